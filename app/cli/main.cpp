// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Corroborate"));
    QCoreApplication::setApplicationName(QStringLiteral("Corroborate"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CORROB_VERSION));
    return corrob::cli::run(QCoreApplication::arguments());
}
