// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The translations as a user sees them: the window built under a German locale speaks German, counts read
// "1 Bericht" / "2 Berichte", and the English build reads "1 report" / "2 reports" (its plural forms come from
// corroborate_en.ts). The test main installs English, as on an English desktop; a test installs German on top.
#include "resources/Translations.h"
#include "core/model/Vocabulary.h"
#include "tests/support/TestPaths.h"
#include "tests/support/TestWindow.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/ImportController.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <map>

using namespace corrob;

namespace {

// The sample window, then a new empty case in its folder into which the tests import seed articles.
struct ImportWindow : test::SampleWindow
{
    QString caseStatus() const { return find<QLabel>("caseStatusLabel")->text(); }

    void newCase()
    {
        prompts.newCasePaths << dir.filePath(QStringLiteral("Counted.corrob"));
        ASSERT_TRUE(window->newCase());
    }

    // Imports files through File > Import Files, as a user would, and waits for the worker to finish.
    void import(const QStringList& files)
    {
        prompts.filesToImport.push_back(files);
        QSignalSpy finished(&window->importer(), &ui::ImportController::importFinished);
        find<QAction>("importFilesAction")->trigger();
        ASSERT_TRUE(finished.count() > 0 || finished.wait(10000));
        settle();
    }
};

// The letter after a single '&' ("Fall ö&ffnen" -> "f"), or empty.
QString accelerator(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&') {
                return text.at(i + 1).toLower();
            }
            ++i; // "&&" is a literal ampersand
        }
    }
    return {};
}

// Items of one menu (or the menu bar) that share an accelerator: "&Datei: f (Fall ö&ffnen…, &Farbe)".
void collectClashes(const QString& where, const QList<QAction*>& actions, QStringList& clashes)
{
    std::map<QString, QStringList> byLetter;
    for (const QAction* action : actions) {
        if (action->isSeparator() || action->text().isEmpty()) {
            continue;
        }
        if (const QString letter = accelerator(action->text()); !letter.isEmpty()) {
            byLetter[letter] << action->text();
        }
        if (const QMenu* menu = action->menu()) {
            collectClashes(menu->title(), menu->actions(), clashes);
        }
    }
    for (const auto& [letter, texts] : byLetter) {
        if (texts.size() > 1) {
            clashes << QStringLiteral("%1: %2 (%3)").arg(where, letter, texts.join(QStringLiteral(", ")));
        }
    }
}

QStringList acceleratorClashes(const ui::MainWindow& window)
{
    QStringList clashes;
    collectClashes(QStringLiteral("menu bar"), window.menuBar()->actions(), clashes);
    return clashes;
}

QString menuTitle(const test::SampleWindow& h, const char* name)
{
    const auto* menu = h.find<QMenu>(name);
    return menu ? menu->title() : QString();
}

} // namespace

TEST(Translations, UnderAGermanLocaleTheWindowsMenusAndActionsAreGerman)
{
    const resources::Translations german(QLocale(QLocale::German, QLocale::Germany));
    ASSERT_EQ(german.language(), QStringLiteral("de"));
    test::SampleWindow h;

    EXPECT_EQ(menuTitle(h, "fileMenu"), QStringLiteral("&Datei"));
    EXPECT_EQ(menuTitle(h, "editMenu"), QStringLiteral("&Bearbeiten"));
    EXPECT_EQ(menuTitle(h, "claimMenu"), QStringLiteral("Behau&ptung"));
    EXPECT_EQ(menuTitle(h, "viewMenu"), QStringLiteral("&Ansicht"));
    EXPECT_EQ(menuTitle(h, "helpMenu"), QStringLiteral("&Hilfe"));
    EXPECT_EQ(h.find<QAction>("newCaseAction")->text(), QStringLiteral("&Neuer Fall…"));
    EXPECT_EQ(h.find<QAction>("markClaimAction")->text(), QStringLiteral("Behauptung &markieren"));
    EXPECT_EQ(h.find<QAction>("quitAction")->text(), QStringLiteral("&Beenden"));
    // The sample case's five reports, counted in German.
    EXPECT_TRUE(h.find<QLabel>("caseStatusLabel")->text().startsWith(QStringLiteral("5 Berichte · ")))
        << h.find<QLabel>("caseStatusLabel")->text().toStdString();
}

TEST(Translations, NoTwoItemsOfAMenuShareAnAcceleratorInGermanOrEnglish)
{
    {
        test::SampleWindow english;
        const QStringList clashes = acceleratorClashes(*english.window);
        EXPECT_TRUE(clashes.isEmpty()) << clashes.join(u'\n').toStdString();
    }
    const resources::Translations german(QLocale(QLocale::German, QLocale::Germany));
    test::SampleWindow h;
    const QStringList clashes = acceleratorClashes(*h.window);
    EXPECT_TRUE(clashes.isEmpty()) << clashes.join(u'\n').toStdString();
}

TEST(Translations, GermanCountsUseTheSingularForOneAndThePluralForMore)
{
    const resources::Translations german(QLocale(QLocale::German, QLocale::Germany));
    ImportWindow h;
    h.newCase();
    const QStringList seeds = test::seedFiles();

    h.import({seeds.at(0)});
    EXPECT_TRUE(h.caseStatus().startsWith(QStringLiteral("1 Bericht · 0 Behauptungen · ")))
        << h.caseStatus().toStdString();
    // Every import says what it did (decision 0014), a single report in the singular.
    ASSERT_EQ(h.prompts.summaries.size(), 1u);
    EXPECT_EQ(h.prompts.summaries[0].text, QStringLiteral("1 Bericht importiert."));

    // Two new reports and the first one again: the summary counts each outcome with its own number.
    h.import({seeds.at(0), seeds.at(1), seeds.at(2)});
    ASSERT_EQ(h.prompts.summaries.size(), 2u);
    EXPECT_EQ(h.prompts.summaries[1].text, QStringLiteral("2 Berichte importiert. 1 Duplikat übersprungen."));
    EXPECT_TRUE(h.caseStatus().startsWith(QStringLiteral("3 Berichte · 0 Behauptungen · ")))
        << h.caseStatus().toStdString();
}

TEST(Translations, EnglishCountsComeFromTheEnglishPluralForms)
{
    ImportWindow h; // the test main installed English, as main() does on an English desktop
    h.newCase();
    const QStringList seeds = test::seedFiles();

    h.import({seeds.at(0)});
    EXPECT_TRUE(h.caseStatus().startsWith(QStringLiteral("1 report · 0 claims · "))) << h.caseStatus().toStdString();
    ASSERT_EQ(h.prompts.summaries.size(), 1u);
    EXPECT_EQ(h.prompts.summaries[0].text, QStringLiteral("Imported 1 report."));

    h.import({seeds.at(0), seeds.at(1), seeds.at(2)});
    ASSERT_EQ(h.prompts.summaries.size(), 2u);
    EXPECT_EQ(h.prompts.summaries[1].text, QStringLiteral("Imported 2 reports. Skipped 1 duplicate."));
    EXPECT_TRUE(h.caseStatus().startsWith(QStringLiteral("3 reports · 0 claims · "))) << h.caseStatus().toStdString();
}

// The model's words are shown in German, while the case keeps the English names the CLI and the file use.
TEST(Translations, AGermanLinkInspectorOffersTheTypesInGermanAndStoresTheChosenName)
{
    const resources::Translations german(QLocale(QLocale::German, QLocale::Germany));
    test::SampleWindow h;
    const auto links = h.reader().links();
    ASSERT_TRUE(links && !links->empty());
    const model::Link link = links->front();
    h.document().selection().setCurrentLink(link.id);
    h.settle();

    auto* type = h.find<QComboBox>("linkTypeComboBox");
    QStringList offered;
    for (int i = 0; i < type->count(); ++i) {
        offered << type->itemText(i);
    }
    EXPECT_EQ(offered,
              QStringList({QStringLiteral("stützt"), QStringLiteral("widerspricht"), QStringLiteral("wiederholt"),
                           QStringLiteral("aktualisiert"), QStringLiteral("präzisiert")}));
    const bool contradicts = link.type == model::LinkType::Contradicts;
    const QString chosen = contradicts ? QStringLiteral("stützt") : QStringLiteral("widerspricht");
    type->setCurrentIndex(type->findText(chosen));
    Q_EMIT type->activated(type->currentIndex());
    h.settle();

    const model::LinkType expected = contradicts ? model::LinkType::Corroborates : model::LinkType::Contradicts;
    bool found = false;
    for (const model::Link& stored : h.reader().links().value()) {
        if (stored.id == link.id) {
            found = true;
            EXPECT_EQ(model::linkTypeName(stored.type), model::linkTypeName(expected));
        }
    }
    EXPECT_TRUE(found);
    EXPECT_EQ(type->currentText(), chosen);
    EXPECT_EQ(h.document().undoStack()->undoText(), QStringLiteral("Verknüpfungstyp auf „%1“ ändern").arg(chosen));
}

TEST(Translations, ALocaleWithoutATranslationStaysEnglishAndARegionalGermanFindsGerman)
{
    {
        const resources::Translations french(QLocale(QLocale::French, QLocale::France));
        EXPECT_EQ(french.language(), QStringLiteral("en"));
        EXPECT_EQ(QCoreApplication::translate("corrob::ui::MainWindow", "&File"), QStringLiteral("&File"));
        EXPECT_EQ(QCoreApplication::translate("corrob::ui::MainWindow", "%Ln report(s)", nullptr, 2),
                  QStringLiteral("2 reports"));
    }
    {
        const resources::Translations austrian(QLocale(QLocale::German, QLocale::Austria));
        EXPECT_EQ(austrian.language(), QStringLiteral("de"));
        EXPECT_EQ(QCoreApplication::translate("corrob::ui::MainWindow", "&File"), QStringLiteral("&Datei"));
    }
    // Gone with the object: the next window is English again.
    EXPECT_EQ(QCoreApplication::translate("corrob::ui::MainWindow", "&File"), QStringLiteral("&File"));
}

TEST(Translations, QtsOwnGermanTranslationNamesTheStandardButtons)
{
    const QString qtGerman = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
    if (!QFile::exists(qtGerman)) {
        GTEST_SKIP() << "Qt's German translation is not installed (" << qtGerman.toStdString()
                     << "; Debian: qt6-translations-l10n, which scripts/install-deps installs)";
    }
    const resources::Translations german(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_TRUE(german.hasQtTranslation());
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    EXPECT_EQ(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
}
