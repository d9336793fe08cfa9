// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseSearch.h"
#include "core/common/Ids.h"

#include <QList>
#include <QWidget>

#include <atomic>
#include <memory>
#include <utility>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QThread;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace corrob::ui {

class CaseDocument;
class SearchWorker;

// The Search dock (Ctrl+Shift+F): results as you type, grouped by report (title, outlet, date), each hit with its
// snippet and the spelling that matched. Searches run on a worker thread with its own read-only connection to the
// case, so typing never waits for the index; a newer query makes older answers void. Up/Down move through the
// results from the query line, Enter opens the result's report in the current pane with every hit highlighted
// (openRequested), "Mark as Claim" does that and marks the hit as a claim (markRequested). "Batch Search…" takes a
// list of terms, one a line, and lists for each the reports and hit counts.
class SearchDock : public QWidget
{
    Q_OBJECT

public:
    // A result row's text as HTML with its hits in bold (what the row shows).
    static constexpr int MarkedTextRole = Qt::UserRole + 3;

    // A report's text found: its hits as the reader finds them.
    struct TextHits
    {
        qint64 shown = 0;             // hits the panes show
        qint64 hidden = 0;            // hits in page furniture (excluded ranges), which the panes hide
        bool onlyInFurniture = false; // the result stands for hits in furniture only
    };

    explicit SearchDock(CaseDocument& document, QWidget* parent = nullptr);
    ~SearchDock() override;

    [[nodiscard]] QLineEdit* queryField() const { return m_query; }
    [[nodiscard]] QTreeWidget* results() const { return m_results; }
    // Focuses the query line with its text selected (Ctrl+Shift+F).
    void focusQuery();
    // Opens the batch search of a list of terms.
    void showBatchSearch();

Q_SIGNALS:
    // Show report in the current pane with hits (full working-text spans) highlighted, the first from offset `at` on
    // selected (the hit of the result's snippet; the first of all when at is 0 or less).
    void openRequested(corrob::ReportId report, const QList<std::pair<qsizetype, qsizetype>>& hits, qsizetype at);
    // As openRequested, then mark the span [start, end) as a claim.
    void markRequested(corrob::ReportId report, const QList<std::pair<qsizetype, qsizetype>>& hits, qsizetype start,
                       qsizetype end);
    // A claim found: show it in its report, selected.
    void claimRequested(corrob::ReportId report, corrob::ClaimId claim);
    // A source found: select it.
    void sourceRequested(corrob::SourceId source);
    // The results shown are of another query now: hits of the one before, highlighted in panes, are stale.
    void queryChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runQuery();
    // textHits: for each match of a report's text, its hits (readTextHits on the worker); zero for other kinds.
    // namingNothing: the query's filters that name nothing of the case (casefile::filtersNamingNothing), read when
    // nothing is found. capped: there are more results than the kResultLimit shown (casefile::SearchOptions::more).
    void showResults(int generation, const QString& query, const std::vector<casefile::SearchMatch>& matches,
                     const std::vector<TextHits>& textHits, const QString& error, const QStringList& namingNothing = {},
                     bool capped = false);
    void openItem(QTreeWidgetItem* item, bool mark);
    // Reads query's hits in report on the worker, then asks for the report to be shown with them (openRequested), or
    // the span [start, end) (else the first hit) marked as a claim (markRequested).
    void requestHits(ReportId report, const QString& query, bool mark, qsizetype start, qsizetype end);
    void moveCurrent(int step);
    // What the status says of filters written with a value they do not take.
    static QString unreadFilters(const QStringList& written);
    // What the status says of an infix NEAR read as a word (search::Query::unreadNear).
    static QString unreadNear(const QStringList& written);
    // What a report's text result is called: "text", "text, 4 hits", "text, 2 hits + 1 in page furniture"...
    static QString textKind(const TextHits& hits);

    CaseDocument& m_document;
    QLineEdit* m_query = nullptr;
    QTreeWidget* m_results = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_markButton = nullptr;
    QTimer* m_debounce = nullptr;
    QThread* m_thread = nullptr;
    SearchWorker* m_worker = nullptr;
    std::shared_ptr<std::atomic<int>> m_latest;
    int m_generation = 0;
    QString m_shownQuery;
};

} // namespace corrob::ui
