// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QListWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace corrob::ui {

class CaseDocument;

// The Analysis dock: for the current claim, its independent sources and their origins, the reports it appears
// in, who corroborates and who contradicts it, and the suggested credibility grade with its reason; below, the
// case's conflicts (contradicting links, figures that disagree); in a second tab the claim matrix (claims ×
// origins), which shows at a glance what rests on one voice. Clicking a conflict or a matrix row makes its claim
// current.
class AnalysisPane : public QWidget
{
    Q_OBJECT
public:
    explicit AnalysisPane(CaseDocument& document, QWidget* parent = nullptr);

private:
    void refreshClaim();
    void refreshConflicts();
    void scheduleRefresh();

    CaseDocument& m_document;
    QTextBrowser* m_claimView = nullptr;
    QListWidget* m_conflictList = nullptr;
    QTableView* m_matrixView = nullptr;
    QTabWidget* m_tabs = nullptr;
    bool m_refreshPending = false;
    bool m_conflictsStale = false;
    QStringList m_shownConflicts; // what the conflict list shows, and the first claim of each
    QList<qint64> m_shownConflictClaims;
};

} // namespace corrob::ui
