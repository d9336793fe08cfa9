// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/AnalysisTypes.h"
#include "core/common/Ids.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QListView;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace corrob::ui {

class CaseDocument;
class ClaimMatrixModel;
class ConflictListModel;

// The Analysis dock: for the current claim, its independent sources and their origins, the reports it appears
// in, who corroborates and who contradicts it (and how much reliability grades discount that), and the suggested
// credibility grade with its reason and the links it followed; then the claims of its statement, those
// corroborating it, those contradicting it and those it corroborates (decision 0005); below, the
// case's conflicts (contradicting links, figures that disagree); in a second tab the claim matrix (claims ×
// origins), which shows at a glance what rests on one voice. Clicking a conflict or a matrix row makes its claim
// current.
class AnalysisPane : public QWidget
{
    Q_OBJECT
public:
    explicit AnalysisPane(CaseDocument& document, QWidget* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // "#2 · Fox News" or "Report #1", as the Claims table labels a report.
    // "Oleksandr Pavlyuk (B)", or for a report that names nobody "unnamed source (Report #1)". Plain text.
    [[nodiscard]] QString originText(const analysis::Origin& origin) const;
    [[nodiscard]] QString claimListHtml(const QList<ClaimId>& claims) const;
    // The rule's reason without the grade's words it starts with, unknown origins named by their report.
    [[nodiscard]] QString reasonText(const analysis::ClaimAnalysis& analysed) const;
    void refreshClaim();
    void refreshConflicts();
    // "Conflicts (3)" on the tab and in its tooltip.
    void showConflictCount(qsizetype count);
    // Selects the current claim's row of the matrix and scrolls to it.
    void followCurrentClaim();
    void refreshMatrixLegend();
    void scheduleRefresh();

    CaseDocument& m_document;
    QTextBrowser* m_claimView = nullptr;
    QListView* m_conflictList = nullptr;
    ConflictListModel* m_conflicts = nullptr;
    QTableView* m_matrixView = nullptr;
    ClaimMatrixModel* m_matrixModel = nullptr;
    QLabel* m_matrixLegend = nullptr;
    QTabWidget* m_tabs = nullptr;
    bool m_refreshPending = false;
    bool m_conflictsStale = false;
};

} // namespace corrob::ui
