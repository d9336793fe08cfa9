// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"
#include "render/PdfReport.h"
#include "resources/Translations.h"

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
    // English, whatever the locale (the CLI's output is a contract), with its plural forms: "3 links", not "3 link(s)"
    // in the reports it exports.
    const corrob::resources::Translations english(QLocale(QLocale::English, QLocale::UnitedStates));
    return corrob::cli::run(QCoreApplication::arguments());
}
