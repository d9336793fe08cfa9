// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"
#include "render/PdfReport.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    // A PDF export draws text with Qt Gui's fonts; every other command runs on Qt Core alone.
    const auto app = corrob::render::makeApplication(argc, argv, corrob::cli::needsGuiApplication(arguments));
    QCoreApplication::setOrganizationName(QStringLiteral("Corroborate"));
    QCoreApplication::setApplicationName(QStringLiteral("Corroborate"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CORROB_VERSION));
    return corrob::cli::run(QCoreApplication::arguments());
}
