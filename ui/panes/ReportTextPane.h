// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace corrob::ui {

class CaseDocument;
class ReadingTextView;

// One report to read: its title, a line of metadata (outlet · author · published · length) and its working text
// with page furniture hidden. Shows a hint instead when no report is selected.
class ReportTextPane : public QWidget
{
    Q_OBJECT
public:
    explicit ReportTextPane(CaseDocument& document, QWidget* parent = nullptr);

    // Shows report, or the hint when it is invalid or not in the open case.
    void showReport(ReportId report);
    [[nodiscard]] ReportId report() const { return m_report; }

private:
    void showNothing();

    CaseDocument& m_document;
    ReportId m_report;
    QVBoxLayout* m_headerLayout = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_metaLabel = nullptr;
    ReadingTextView* m_textView = nullptr;
};

} // namespace corrob::ui
