// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Case list's Published column: as wide as the dates in sight need, and as wide as the user made it.
#include "ui/panes/ReportListPane.h"
#include "tests/support/TestPaths.h"
#include "tests/ui/UiTestSupport.h"

#include "resources/Translations.h"
#include "ui/commands/InspectorCommands.h"
#include "ui/document/CaseDocument.h"
#include "ui/models/ReportListModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace corrob;
using corrob::ui::ReportListModel;

namespace {

struct ReportListHarness
{
    QTemporaryDir dir;
    ui::CaseDocument document{{QStringLiteral("test")}};
    ui::ReportListPane pane{document};

    explicit ReportListHarness(const QStringList& files = test::seedFiles())
    {
        // Reports without a stated date: the column is fitted to "—" and its header.
        EXPECT_TRUE(document.create(dir.filePath(QStringLiteral("case.corrob")), QString()).ok());
        test::importInto(document, files);
        pane.resize(700, 400);
        pane.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&pane));
        QApplication::processEvents();
    }
    QTableView* view() const { return pane.findChild<QTableView*>(QStringLiteral("reportListView")); }
    int dates() const { return view()->horizontalHeader()->sectionSize(ReportListModel::PublishedColumn); }
    void setPublished(int row, const QString& iso)
    {
        casefile::ReportMetadataChanges changes;
        changes.published = iso;
        const ReportId report = document.reportSummaries().at(row).id;
        ASSERT_TRUE(document.execute(std::make_unique<ui::EditReportCommand>(document, report, changes)).ok());
        QApplication::processEvents();
    }
};

} // namespace

TEST(ReportListPane, AFullDateSetOnAReportWithoutOneShowsWhole)
{
    // German heads the column "Datum", narrower than a date.
    const resources::Translations german(QLocale(QLocale::German, QLocale::Germany));
    ReportListHarness h;
    ASSERT_TRUE(h.view());
    const int before = h.dates();
    h.setPublished(0, QStringLiteral("2022-04-01"));
    const QModelIndex date = h.view()->model()->index(0, ReportListModel::PublishedColumn);
    const QString shown = date.data().toString();
    ASSERT_FALSE(shown.isEmpty());
    EXPECT_GE(h.dates(), h.view()->fontMetrics().horizontalAdvance(shown) + 6) << "cut: " << shown.toStdString();
    EXPECT_GT(h.dates(), before);
}

TEST(ReportListPane, KeepsTheDatesWidthTheUserGaveIt)
{
    QStringList seeds = test::seedFiles();
    const QString last = seeds.takeLast();
    ReportListHarness h(seeds);
    ASSERT_TRUE(h.view());
    QHeaderView* header = h.view()->horizontalHeader();
    header->resizeSection(ReportListModel::PublishedColumn, 190); // as a drag of the divider does
    h.setPublished(0, QStringLiteral("2022-04-01"));
    EXPECT_EQ(h.dates(), 190);
    // An import resets the list: the width stays.
    ASSERT_EQ(test::importInto(h.document, {last}).imported.size(), 1U);
    QApplication::processEvents();
    EXPECT_EQ(h.dates(), 190);
}

TEST(ReportListPane, AFilterThatMatchesNoReportSaysSo)
{
    ReportListHarness h;
    auto* note = h.view()->findChild<QLabel*>(QStringLiteral("filteredOutNote"));
    ASSERT_NE(note, nullptr);
    EXPECT_FALSE(note->isVisible());
    auto* filter = h.pane.findChild<QLineEdit*>(QStringLiteral("reportFilterLineEdit"));
    QTest::keyClicks(filter, QStringLiteral("Amnesty"));
    EXPECT_GT(h.view()->model()->rowCount(), 0);
    EXPECT_FALSE(note->isVisible());
    QTest::keyClicks(filter, QStringLiteral(" qqzx"));
    EXPECT_EQ(h.view()->model()->rowCount(), 0);
    EXPECT_TRUE(note->isVisible());
    EXPECT_EQ(note->text(), QStringLiteral("No reports match the filter."));
    QTest::keyClick(filter, Qt::Key_Backspace);
    filter->clear();
    EXPECT_EQ(h.view()->model()->rowCount(), int(test::seedFiles().size()));
    EXPECT_FALSE(note->isVisible());
}
