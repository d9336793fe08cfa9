// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseReader.h"
#include "tests/support/FakePrompts.h"
#include "ui/MainWindow.h"

#include <QSettings>
#include <QSize>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

class QTableView;

namespace corrob::ui {
class CaseDocument;
class ReadingTextView;
class ReportPane;
} // namespace corrob::ui

namespace corrob::test {

// The main window over a temporary folder (its settings file, the sample case's location and any file a test
// writes, all removed afterwards), shown offscreen and active, no case open. Dialogs are answered by `prompts`. The one
// window harness of the GUI tests: SampleWindow opens the sample case in it; the import and main-window tests build
// their own helpers on it (tests/ui/ImportHarness.h, MainWindowTest.cpp).
struct TestWindow
{
    static constexpr QSize kSize{1500, 940};

    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    FakePrompts prompts;
    std::unique_ptr<ui::MainWindow> window;

    // size: the window's size, now and after each reopen(); an invalid one leaves the size to the window (its default,
    // or what it remembers from the last run).
    explicit TestWindow(QSize size = QSize());
    virtual ~TestWindow();
    TestWindow(const TestWindow&) = delete;
    TestWindow& operator=(const TestWindow&) = delete;

    // Where the window keeps the sample case ("Sample case.corrob" in dir) and finds its articles.
    [[nodiscard]] ui::SampleCaseLocation sample() const;
    // A fresh window over the same settings, as when the application starts again (no case open).
    void reopen();
    // The same, at a new size (kept for later reopens).
    void reopen(QSize size)
    {
        m_size = size;
        reopen();
    }

    // Deferred work (revealing the first linked pair, laying out curves) is posted as zero-time timers that may post
    // more: a few passes of the event loop run it all. No waiting on a clock.
    static void settle();

    template <typename T> T* find(const char* name) const
    {
        T* child = window->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(child, nullptr) << "no " << name;
        return child;
    }

    [[nodiscard]] ui::CaseDocument& document() const;
    // Reads the open case as the file holds it, on a connection of its own (test::openBeside).
    [[nodiscard]] casefile::CaseReader reader() const;
    [[nodiscard]] ui::ReportPane* pane(int i) const;
    [[nodiscard]] ui::ReadingTextView* view(int i) const;
    // The Case list.
    [[nodiscard]] QTableView* reportList() const;
    void clickRow(int row) const;
    // Opens a report for reading, as a double-click in the Case list does.
    void doubleClickRow(int row) const;
    // The first claim whose statement contains the words, or an invalid id.
    [[nodiscard]] ClaimId claimWith(const QString& statementPart) const;
    // Clicks the claim's row in the Claims table (scrolled into view first); a failure when it is not there.
    void clickClaimRow(ClaimId claim) const;

private:
    QSize m_size;
    mutable std::unique_ptr<casefile::Case> m_beside; // reader()'s connection, opened on first use
};

// The test window with the sample case open: what most GUI tests start from.
struct SampleWindow : TestWindow
{
    explicit SampleWindow(QSize size = kSize);
};

} // namespace corrob::test
