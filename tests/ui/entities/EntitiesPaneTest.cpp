// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/entities/EntitiesPane.h"
#include "resources/Translations.h"
#include "tests/support/TestWindow.h"
#include "ui/document/CaseDocument.h"
#include "ui/widgets/ReadingTextView.h"

#include "tests/support/QtWait.h"
#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>

#include <QLabel>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace corrob;

namespace {

QTreeWidgetItem* itemNamed(QTreeWidget* list, const QString& name)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == name) {
            return list->topLevelItem(i);
        }
    }
    return nullptr;
}

// The words a pane shows in bold extra selections: the highlighted mentions.
QStringList highlighted(ui::ReadingTextView* view)
{
    QStringList words;
    for (const QTextEdit::ExtraSelection& s : view->extraSelections()) {
        if (s.format.fontWeight() == QFont::Bold) {
            words << s.cursor.selectedText();
        }
    }
    return words;
}

} // namespace

TEST(EntitiesPane, PickingAnEntityHighlightsItsMentionsInTheOpenPanesAndListsItsReports)
{
    test::SampleWindow w;
    auto* list = w.find<QTreeWidget>("entityTreeWidget");
    // The mentions are found on a worker after the case opens; the list fills when it is done.
    QTRY_VERIFY_WITH_TIMEOUT(itemNamed(list, QStringLiteral("Kyiv")) != nullptr, 30000);
    list->setFocus();
    list->setCurrentItem(itemNamed(list, QStringLiteral("Amnesty International")));
    test::SampleWindow::settle();
    for (int i = 0; i < 2; ++i) {
        const QStringList words = highlighted(w.view(i));
        ASSERT_FALSE(words.isEmpty()) << i;
        for (const QString& word : words) {
            EXPECT_TRUE(word == u"Amnesty International" || word == u"Amnesty" || word.endsWith(u"group") ||
                        word.endsWith(u"body") || word.endsWith(u"organisation") || word.endsWith(u"organization"))
                << word.toStdString();
        }
    }
    EXPECT_EQ(w.find<QListWidget>("entityReportsListWidget")->count(), 5);
    EXPECT_GT(w.find<QListWidget>("entityCoMentionsListWidget")->count(), 0);

    // The filter finds an entity by an alias.
    QTest::keyClicks(w.find<QLineEdit>("entityFilterLineEdit"), QStringLiteral("kiev"));
    EXPECT_NE(itemNamed(list, QStringLiteral("Kyiv")), nullptr);
    EXPECT_EQ(itemNamed(list, QStringLiteral("Bucha")), nullptr);
}

TEST(EntitiesPane, DeleteRemovesAnEntityAndUndoBringsItBack)
{
    test::SampleWindow w;
    auto* list = w.find<QTreeWidget>("entityTreeWidget");
    QTRY_VERIFY_WITH_TIMEOUT(itemNamed(list, QStringLiteral("Okhtyrka")) != nullptr, 30000);
    list->setFocus();
    list->setCurrentItem(itemNamed(list, QStringLiteral("Okhtyrka")));
    QTest::keyClick(list, Qt::Key_Delete);
    EXPECT_EQ(itemNamed(list, QStringLiteral("Okhtyrka")), nullptr);
    EXPECT_EQ(w.document().undoStack()->undoText(), QStringLiteral("Delete entity"));
    w.document().undoStack()->undo();
    EXPECT_NE(itemNamed(list, QStringLiteral("Okhtyrka")), nullptr);
    w.document().undoStack()->redo();
    EXPECT_EQ(itemNamed(list, QStringLiteral("Okhtyrka")), nullptr);
}

TEST(EntitiesPane, AMergeNamesBothEntitiesInTheHistoryAndSaysSoWithTheirKindsWhenTheyDiffer)
{
    // A drag a few rows off merged a governor into a medical department: the status stayed empty and the History said
    // only "Merge entities" (a tester's find).
    test::SampleWindow w;
    auto* list = w.find<QTreeWidget>("entityTreeWidget");
    QTRY_VERIFY_WITH_TIMEOUT(itemNamed(list, QStringLiteral("Okhtyrka")) != nullptr, 30000);
    QTreeWidgetItem* town = itemNamed(list, QStringLiteral("Okhtyrka"));
    QTreeWidgetItem* group = itemNamed(list, QStringLiteral("Amnesty International"));
    ASSERT_TRUE(town && group);
    ASSERT_NE(town->text(1), group->text(1)) << "a place and an organisation";
    auto* pane = w.window->findChild<ui::EntitiesPane*>();
    ASSERT_TRUE(pane);
    pane->merge(EntityId(town->data(0, Qt::UserRole + 1).toLongLong()),
                EntityId(group->data(0, Qt::UserRole + 1).toLongLong()));
    EXPECT_EQ(w.document().undoStack()->undoText(),
              QStringLiteral("Merge \u201cOkhtyrka\u201d into \u201cAmnesty International\u201d"));
    const QString said = w.find<QLabel>("entityStatusLabel")->text();
    EXPECT_TRUE(
        said.startsWith(QStringLiteral("Merged \u201cOkhtyrka\u201d (place) into \u201cAmnesty International\u201d "
                                       "(organisation)")))
        << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("Ctrl+Z"))) << said.toStdString();
    EXPECT_EQ(itemNamed(list, QStringLiteral("Okhtyrka")), nullptr);
    w.document().undoStack()->undo();
    EXPECT_NE(itemNamed(list, QStringLiteral("Okhtyrka")), nullptr);
}

TEST(EntitiesPane, TheEntitiesListGetsTheRoomAndItsNamesTheWidestColumn)
{
    test::SampleWindow w;
    QTest::keyClick(w.window.get(), Qt::Key_9, Qt::AltModifier); // brings the dock to the front
    auto* list = w.find<QTreeWidget>("entityTreeWidget");
    QTRY_VERIFY_WITH_TIMEOUT(itemNamed(list, QStringLiteral("Kyiv")) != nullptr, 30000);
    test::SampleWindow::settle();
    ASSERT_TRUE(list->isVisible());
    // The list of entities is what the dock is for: taller than either list below it, whatever their hints.
    for (const char* name : {"entityReportsListWidget", "entityCoMentionsListWidget"}) {
        EXPECT_GT(list->height(), w.find<QListWidget>(name)->height()) << name;
    }
    // A name reads: its column is wider than the type's and the counts'.
    for (int column = 1; column < list->columnCount(); ++column) {
        EXPECT_GT(list->columnWidth(0), list->columnWidth(column)) << column;
    }
}

TEST(EntitiesPane, TheTypeColumnKeepsTheWidthTheUserGaveIt)
{
    test::SampleWindow w;
    QTest::keyClick(w.window.get(), Qt::Key_9, Qt::AltModifier); // brings the dock to the front
    auto* list = w.find<QTreeWidget>("entityTreeWidget");
    QTRY_VERIFY_WITH_TIMEOUT(itemNamed(list, QStringLiteral("Kyiv")) != nullptr, 30000);
    test::SampleWindow::settle();
    const int given = list->columnWidth(1) + 37;
    list->header()->resizeSection(1, given); // as a drag of the divider does
    // A wider window resizes the list; a filter refills it: the width stays.
    w.window->resize(w.window->width() + 120, w.window->height());
    test::SampleWindow::settle();
    EXPECT_EQ(list->columnWidth(1), given);
    QTest::keyClicks(w.find<QLineEdit>("entityFilterLineEdit"), QStringLiteral("ky"));
    test::SampleWindow::settle();
    EXPECT_EQ(list->columnWidth(1), given);
}

TEST(EntitiesPane, TheArrowsInTheFilterPickAnEntityWithoutLeavingIt)
{
    test::SampleWindow w;
    QTest::keyClick(w.window.get(), Qt::Key_9, Qt::AltModifier);
    auto* list = w.find<QTreeWidget>("entityTreeWidget");
    auto* filter = w.find<QLineEdit>("entityFilterLineEdit");
    QTRY_VERIFY_WITH_TIMEOUT(itemNamed(list, QStringLiteral("Kyiv")) != nullptr, 30000);
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("Kyiv"));
    QTest::keyClick(filter, Qt::Key_Down);
    ASSERT_NE(list->currentItem(), nullptr);
    EXPECT_EQ(list->currentItem()->text(0), QStringLiteral("Kyiv"));
    EXPECT_TRUE(filter->hasFocus());
    EXPECT_GT(w.find<QListWidget>("entityReportsListWidget")->count(), 0) << "its reports are listed at once";
}

TEST(EntitiesPane, TheContextMenuNamesTheKeysForConfirmAndDelete)
{
    test::SampleWindow w;
    QTest::keyClick(w.window.get(), Qt::Key_9, Qt::AltModifier);
    auto* list = w.find<QTreeWidget>("entityTreeWidget");
    QTRY_VERIFY_WITH_TIMEOUT(itemNamed(list, QStringLiteral("Kyiv")) != nullptr, 30000);
    list->setFocus();
    list->setCurrentItem(itemNamed(list, QStringLiteral("Kyiv")));
    QMap<QString, QKeySequence> keys;
    QTimer::singleShot(0, [&keys] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu) {
            return;
        }
        for (QAction* action : menu->actions()) {
            keys.insert(action->text().remove(u'&'), action->shortcut());
        }
        menu->close();
    });
    QTest::keyClick(list, Qt::Key_Menu);
    EXPECT_EQ(keys.value(QStringLiteral("Confirm")), QKeySequence(Qt::CTRL | Qt::Key_Return));
    EXPECT_EQ(keys.value(QStringLiteral("Delete")), QKeySequence(QKeySequence::Delete));
    ASSERT_NE(itemNamed(list, QStringLiteral("Kyiv")), nullptr) << "showing the keys deletes nothing";
}

TEST(EntitiesPane, ANameCutShortIsWholeInItsTooltipAndTheTypeGivesWayToTheNameInGerman)
{
    const resources::Translations german(QLocale(QLocale::German, QLocale::Germany));
    test::SampleWindow w(QSize(1280, 800));
    QTest::keyClick(w.window.get(), Qt::Key_9, Qt::AltModifier); // brings the dock to the front
    auto* list = w.find<QTreeWidget>("entityTreeWidget");
    QTRY_VERIFY_WITH_TIMEOUT(itemNamed(list, QStringLiteral("Amnesty International")) != nullptr, 30000);
    test::SampleWindow::settle();
    ASSERT_TRUE(list->isVisible());
    // The name gets the room ("Amnest…" beside the German "Erwähnungen" and "Organisation" before): the type gives
    // way to its header's word first while the name has less than half the list.
    EXPECT_GE(list->columnWidth(0), list->viewport()->width() / 3);
    if (list->columnWidth(0) < list->viewport()->width() / 2) {
        EXPECT_EQ(list->columnWidth(1), list->header()->sectionSizeHint(1));
    }
    // The headers of the type and of the counts are whole.
    for (int column = 1; column < list->columnCount(); ++column) {
        const QString title = list->headerItem()->text(column);
        EXPECT_GE(list->columnWidth(column), list->header()->fontMetrics().horizontalAdvance(title) + 8)
            << title.toStdString();
    }
    // Every name, whether the column shows it whole or not, is whole at the start of its tooltip.
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = list->topLevelItem(i);
        SCOPED_TRACE(item->text(0).toStdString());
        EXPECT_TRUE(item->toolTip(0).startsWith(item->text(0)));
        EXPECT_EQ(item->toolTip(1), item->text(1));
    }
    // A narrower dock shortens long names; their tooltips still say them whole.
    list->resize(200, list->height());
    test::SampleWindow::settle();
    const QTreeWidgetItem* amnesty = itemNamed(list, QStringLiteral("Amnesty International"));
    EXPECT_LT(list->columnWidth(0), list->fontMetrics().horizontalAdvance(amnesty->text(0)));
    EXPECT_TRUE(amnesty->toolTip(0).startsWith(QStringLiteral("Amnesty International")));
}
