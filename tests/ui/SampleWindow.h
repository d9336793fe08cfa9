// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseReader.h"
#include "tests/ui/FakePrompts.h"
#include "ui/MainWindow.h"

#include <QSettings>
#include <QSize>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace corrob::ui {
class CaseDocument;
class ReadingTextView;
class ReportPane;
} // namespace corrob::ui

namespace corrob::test {

// The main window over a temporary folder (its settings file, the sample case's location and any file a test
// writes, all removed afterwards), shown offscreen and active, with the sample case open: what most GUI tests start
// from. Dialogs are answered by `prompts`.
struct SampleWindow
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    FakePrompts prompts;
    std::unique_ptr<ui::MainWindow> window;

    explicit SampleWindow(QSize size = QSize(1500, 940));
    virtual ~SampleWindow();
    SampleWindow(const SampleWindow&) = delete;
    SampleWindow& operator=(const SampleWindow&) = delete;

    // A fresh window over the same settings, as when the application starts again (no case open).
    void reopen(QSize size = QSize(1500, 940));

    // Deferred work (revealing the first linked pair, laying out curves) is posted as zero-time timers that may post
    // more: a few passes of the event loop run it all. No waiting on a clock.
    static void settle();

    [[nodiscard]] ui::CaseDocument& document() const;
    // Reads the open case as the file holds it, on a connection of its own (test::openBeside).
    [[nodiscard]] casefile::CaseReader reader() const;
    [[nodiscard]] ui::ReportPane* pane(int i) const;
    [[nodiscard]] ui::ReadingTextView* view(int i) const;
    // The first claim whose statement contains the words, or an invalid id.
    [[nodiscard]] ClaimId claimWith(const QString& statementPart) const;
    // Clicks the claim's row in the Claims table (scrolled into view first); a failure when it is not there.
    void clickClaimRow(ClaimId claim) const;

    template <typename T> T* find(const char* name) const
    {
        T* child = window->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(child, nullptr) << "no " << name;
        return child;
    }

private:
    mutable std::unique_ptr<casefile::Case> m_beside; // reader()'s connection, opened on first use
};

} // namespace corrob::test
