// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `corroborate` shows the welcome page, `corroborate CASE` opens a case, `corroborate --sample` opens the sample
// case (creating it in the user's data folder on first use).
#include "core/common/Memory.h"
#include "resources/Resources.h"
#include "resources/Translations.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/QtPrompts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char** argv)
{
    corrob::configureAllocator(); // before any thread starts
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Corroborate"));
    QApplication::setApplicationName(QStringLiteral("Corroborate"));
    QApplication::setApplicationVersion(QStringLiteral(CORROB_VERSION));
    // The installed desktop entry (packaging/): Wayland compositors match the window to it for its name and icon.
    QApplication::setDesktopFileName(QStringLiteral("org.corroborate.Corroborate"));
    // The desktop's language (LANG, LANGUAGE), before any text is made; English when there is no translation.
    const corrob::resources::Translations translations(QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Corroborate: a desktop investigation workbench."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sampleOption(QStringLiteral("sample"),
                                          QApplication::translate("main", "Open the sample case."));
    parser.addOption(sampleOption);
    parser.addPositionalArgument(QStringLiteral("case"), QApplication::translate("main", "The case file to open."),
                                 QStringLiteral("[CASE]"));
    parser.process(app);

    corrob::ui::QtPrompts prompts;
    QSettings settings;
    corrob::ui::MainWindow window(prompts, settings,
                                  corrob::ui::SampleCaseLocation::standard(corrob::resources::sampleArticlesDir()));
    window.show();
    // On failure the window has said why and stays on the welcome page.
    if (parser.isSet(sampleOption)) {
        window.openSampleCase();
    } else if (!parser.positionalArguments().isEmpty()) {
        window.openCase(parser.positionalArguments().constFirst());
    }
    return QApplication::exec();
}
