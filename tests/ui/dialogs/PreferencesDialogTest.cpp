// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Edit > Preferences driven through the real window: the investigator's name reaches the audit log from the next
// change, the theme stays in step with View > Theme, and the defaults apply where they are used.
#include "tests/support/RawSqlite.h"
#include "tests/support/TestPaths.h"
#include "tests/support/TestWindow.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/Preferences.h"
#include "ui/Theme.h"
#include "ui/document/CaseDocument.h"
#include "ui/panes/ReportPaneArea.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <stdexcept>

using namespace corrob;

namespace {

struct PreferencesWindow : test::SampleWindow
{
    // Opens Edit > Preferences with its shortcut, as a user would, and returns the dialog.
    QDialog* openPreferences() const
    {
        QTest::keySequence(QApplication::focusWidget() ? QApplication::focusWidget() : window.get(),
                           QKeySequence(Qt::CTRL | Qt::Key_Comma));
        settle();
        auto* dialog = window->findChild<QDialog*>(QStringLiteral("preferencesDialog"));
        EXPECT_NE(dialog, nullptr) << "Ctrl+, opens the preferences";
        EXPECT_TRUE(dialog && dialog->isVisible());
        if (!dialog) {
            throw std::runtime_error("no preferences dialog"); // the test cannot go on
        }
        return dialog;
    }

    void press(QDialog* dialog, QDialogButtonBox::StandardButton which) const
    {
        auto* box = dialog->findChild<QDialogButtonBox*>(QStringLiteral("preferencesButtonBox"));
        QTest::mouseClick(box->button(which), Qt::LeftButton);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // it deletes itself when closed
        settle();
        // The offscreen platform does not hand activation back to the window when a dialog closes; a desktop does.
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    QString lastActor() const
    {
        return test::rawQuery(document().path(),
                              QStringLiteral("SELECT actor FROM audit_log ORDER BY seq DESC LIMIT 1"));
    }

    // Sets the translation credit of the first report through the Inspector: one audited change.
    void editSomething(const QString& credit) const
    {
        test::clickRow(*find<QTableView>("reportListView"), 0);
        settle();
        auto* field = find<QLineEdit>("reportTranslationLineEdit");
        field->setFocus(Qt::MouseFocusReason);
        field->selectAll();
        QTest::keyClicks(field, credit);
        QTest::keyClick(field, Qt::Key_Return);
        settle();
    }
};

TEST(PreferencesDialog, NameIsRecordedInTheAuditLogFromTheNextChange)
{
    PreferencesWindow w;
    w.settings.remove(QStringLiteral("audit/actor"));
    w.editSomething(QStringLiteral("First translator"));
    const QString before = w.lastActor();
    ASSERT_FALSE(before.isEmpty());

    QDialog* dialog = w.openPreferences();
    ASSERT_NE(dialog, nullptr);
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("preferencesActorLineEdit"));
    EXPECT_TRUE(name->text().isEmpty());
    EXPECT_FALSE(name->placeholderText().isEmpty()) << "the login name the log uses meanwhile";
    QTest::keyClicks(name, QStringLiteral("Ada Investigator"));
    w.press(dialog, QDialogButtonBox::Ok);

    EXPECT_EQ(w.settings.value(QStringLiteral("audit/actor")).toString(), QStringLiteral("Ada Investigator"));
    w.editSomething(QStringLiteral("Second translator"));
    EXPECT_EQ(w.lastActor(), QStringLiteral("Ada Investigator")) << "no need to reopen the case";
    EXPECT_EQ(w.document().options().actor, QStringLiteral("Ada Investigator")) << "imports run with it too";

    // Cancel changes nothing.
    dialog = w.openPreferences();
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("preferencesActorLineEdit")), QStringLiteral(" Jr"));
    w.press(dialog, QDialogButtonBox::Cancel);
    EXPECT_EQ(w.settings.value(QStringLiteral("audit/actor")).toString(), QStringLiteral("Ada Investigator"));

    // Emptied, the login name applies again.
    dialog = w.openPreferences();
    dialog->findChild<QLineEdit*>(QStringLiteral("preferencesActorLineEdit"))->clear();
    w.press(dialog, QDialogButtonBox::Ok);
    EXPECT_FALSE(w.settings.contains(QStringLiteral("audit/actor")));
    w.editSomething(QStringLiteral("Third translator"));
    EXPECT_EQ(w.lastActor(), before);
}

TEST(PreferencesDialog, ThemeStaysInStepWithTheViewMenu)
{
    PreferencesWindow w;
    w.find<QAction>("themeDarkAction")->trigger();
    QDialog* dialog = w.openPreferences();
    auto* theme = dialog->findChild<QComboBox*>(QStringLiteral("preferencesThemeComboBox"));
    EXPECT_EQ(theme->currentData().toString(), QStringLiteral("dark")) << "shows what View > Theme set";
    theme->setCurrentIndex(theme->findData(QStringLiteral("light")));
    w.press(dialog, QDialogButtonBox::Ok);

    EXPECT_TRUE(w.find<QAction>("themeLightAction")->isChecked());
    EXPECT_EQ(w.settings.value(QStringLiteral("view/theme")).toString(), QStringLiteral("light"));
    EXPECT_FALSE(ui::isDark(QApplication::palette())) << "applied at once";
}

TEST(PreferencesDialog, DefaultsApplyWhereTheyAreUsed)
{
    PreferencesWindow w;
    QDialog* dialog = w.openPreferences();
    auto* furniture = dialog->findChild<QCheckBox*>(QStringLiteral("preferencesFurnitureCheckBox"));
    EXPECT_EQ(furniture->isChecked(), w.find<QAction>("showFurnitureAction")->isChecked());
    furniture->setChecked(!furniture->isChecked());
    auto* panes = dialog->findChild<QSpinBox*>(QStringLiteral("preferencesPaneCountSpinBox"));
    EXPECT_EQ(panes->value(), panes->minimum()) << "by default, as many as are open";
    EXPECT_FALSE(panes->specialValueText().isEmpty());
    EXPECT_EQ(panes->maximum(), 4);
    panes->setValue(3);
    auto* folder = dialog->findChild<QLineEdit*>(QStringLiteral("preferencesStartFolderLineEdit"));
    QTest::keyClicks(folder, w.dir.path());
    const bool furnitureWanted = furniture->isChecked();
    w.press(dialog, QDialogButtonBox::Ok);

    EXPECT_EQ(w.find<QAction>("showFurnitureAction")->isChecked(), furnitureWanted) << "View > Show Page Furniture";
    const ui::Preferences saved = ui::Preferences::load(w.settings);
    EXPECT_EQ(saved.paneCount, 3);
    EXPECT_EQ(saved.startFolder, w.dir.path());

    // A case opened for the first time opens with three panes (the sample case has a saved layout: a new one).
    w.prompts.newCasePaths << w.dir.filePath(QStringLiteral("fresh.corrob"));
    ASSERT_TRUE(w.window->newCase());
    ASSERT_TRUE(corrob::test::importInto(w.document(), test::seedFiles().mid(0, 3)).failed.empty());
    test::SampleWindow::settle();
    w.window->closeCase();
    ASSERT_TRUE(w.window->openCase(w.dir.filePath(QStringLiteral("fresh.corrob"))));
    test::SampleWindow::settle();
    EXPECT_EQ(w.window->paneArea().panes().size(), 3);
}

TEST(Preferences, ReadsNonsenseInTheSettingsFileAsTheDefaults)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("view/paneCount"), QStringLiteral("many"));
    settings.setValue(QStringLiteral("view/theme"), QStringLiteral("purple"));
    settings.setValue(QStringLiteral("audit/actor"), QStringLiteral("  "));
    const ui::Preferences p = ui::Preferences::load(settings);
    EXPECT_EQ(p.paneCount, 0) << "as many as are open";
    EXPECT_EQ(p.theme, ui::Theme::System);
    EXPECT_FALSE(p.auditActor().trimmed().isEmpty()) << "the login name";
    settings.setValue(QStringLiteral("view/paneCount"), 9);
    EXPECT_EQ(ui::Preferences::load(settings).paneCount, 4);
    settings.setValue(QStringLiteral("view/paneCount"), 1);
    EXPECT_EQ(ui::Preferences::load(settings).paneCount, 2);
}

} // namespace
