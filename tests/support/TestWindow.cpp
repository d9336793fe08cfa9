// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestWindow.h"

#include "tests/ui/UiTestSupport.h"
#include "ui/Theme.h"
#include "ui/document/CaseDocument.h"
#include "ui/models/ClaimListModel.h"
#include "ui/panes/ReportPane.h"
#include "ui/panes/ReportPaneArea.h"

#include <QApplication>
#include <QTableView>
#include <QTest>

namespace corrob::test {

TestWindow::TestWindow(QSize size) : m_size(size)
{
    reopen();
}

TestWindow::~TestWindow()
{
    // The theme is the application's palette: leave it as the next test expects it.
    ui::applyTheme(ui::Theme::System);
}

ui::SampleCaseLocation TestWindow::sample() const
{
    return sampleCaseIn(dir);
}

void TestWindow::reopen()
{
    if (window) {
        window->close();
    }
    window = std::make_unique<ui::MainWindow>(prompts, settings, sample());
    if (m_size.isValid()) {
        window->resize(m_size);
    }
    window->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    window->activateWindow();
    EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
}

void TestWindow::settle()
{
    for (int pass = 0; pass < 3; ++pass) {
        QApplication::processEvents();
    }
}

ui::CaseDocument& TestWindow::document() const
{
    return window->document();
}

casefile::CaseReader TestWindow::reader() const
{
    if (!m_beside || m_beside->path() != document().path()) {
        m_beside = openBeside(document());
    }
    return casefile::CaseReader(*m_beside);
}

ui::ReportPane* TestWindow::pane(int i) const
{
    return window->paneArea().panes().at(i);
}

ui::ReadingTextView* TestWindow::view(int i) const
{
    return pane(i)->textView();
}

QTableView* TestWindow::reportList() const
{
    return find<QTableView>("reportListView");
}

void TestWindow::clickRow(int row) const
{
    test::clickRow(*reportList(), row);
}

void TestWindow::doubleClickRow(int row) const
{
    test::clickRow(*reportList(), row, true);
}

ClaimId TestWindow::claimWith(const QString& statementPart) const
{
    for (const model::Claim& claim : document().cache().claims()) {
        if (claim.statement.contains(statementPart)) {
            return claim.id;
        }
    }
    return {};
}

void TestWindow::clickClaimRow(ClaimId claim) const
{
    auto* table = find<QTableView>("claimTableView");
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (index.data(ui::ClaimListModel::ClaimIdRole).toLongLong() == claim.value) {
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
            return;
        }
    }
    ADD_FAILURE() << "claim " << claim.value << " is not in the Claims table";
}

SampleWindow::SampleWindow(QSize size) : TestWindow(size)
{
    EXPECT_TRUE(window->openSampleCase());
    settle();
}

} // namespace corrob::test
