// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/AnalysisTypes.h"
#include "core/common/Ids.h"
#include "core/model/Claim.h"
#include "ui/models/ClaimRowModel.h"

#include <QHash>

namespace corrob::ui {

// Every claim of the open case as a table: Statement, Source, Report ("#2 · Fox News": titles often begin alike; the
// tooltip has the title), Tags, Grade (Admiralty "B2": the source's reliability and the claim's credibility; sorted by
// credibility), Independent sources (from the corroboration analysis).
// Rows follow the document row by row (ClaimRowModel). An orphaned claim (its anchor could not be placed in a new
// version of its report) is shown in italics with a warning icon and says so in its tooltip.
class ClaimListModel : public ClaimRowModel
{
    Q_OBJECT
public:
    enum Column
    {
        StatementColumn,
        SourceColumn,
        ReportColumn,
        TagsColumn,
        GradeColumn,
        IndependentColumn,
        ColumnCount,
    };
    enum Role
    {
        ClaimIdRole = Qt::UserRole + 1, // qint64
        ReportIdRole,                   // qint64
        SourceIdRole,                   // qint64, 0 when not attributed
        TagIdsRole,                     // QVariantList of qint64
        SortRole,                       // what the column sorts by (numbers for Grade and Independent)
        OrphanedRole,                   // bool: the claim could not be placed in the new version of its report
        SearchTextRole, // QByteArray, UTF-8: every column's text but Independent's, and the source's aliases, each
                        // folded (text::foldKey), one per line: what a filter searches (the independent sources
                        // are the analysis', which changes without the claim: ask IndependentColumn for them)
    };

    explicit ClaimListModel(const CaseDocument& document, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // How many rows have their search text made (SearchTextRole): all of them once the model made them between
    // events after the case opened; a filter then makes none.
    [[nodiscard]] qsizetype searchTextsMade() const { return m_searchText.size(); }

protected:
    void resetState() override;
    void rowsAboutToSync(const QList<ClaimId>& claims) override;
    void analysisAboutToSync(const QList<ClaimId>& claims) override { Q_UNUSED(claims); } // kept texts hold none
    [[nodiscard]] std::pair<int, int> analysisColumns() const override
    {
        return {IndependentColumn, IndependentColumn};
    }

private:
    void namesChanged();
    // Makes the search texts not made yet, a few ms at a time between events, so the first filter after opening a
    // large case does not make 50,000 of them while the user waits. Not while a large case's worker analyses it:
    // on two cores the texts took the core the analysis needed, and it came 150-200 ms later. A filter typed before
    // they are made makes those it needs (150-250 ms at 50,000 claims, once).
    void scheduleSearchTexts();
    void makeSearchTexts();
    // SearchTextRole of a row, made once per claim.
    [[nodiscard]] const QByteArray& searchText(int row) const;
    // DisplayRole of a column but IndependentColumn (the analysis' number), from the row's claim.
    [[nodiscard]] QString cellText(const model::Claim& claim, int column) const;
    [[nodiscard]] QString tagsText(const model::Claim& claim) const;
    [[nodiscard]] QString sourceReliability(const model::Claim& claim) const;
    [[nodiscard]] QString reportToolTip(ReportId report) const;
    [[nodiscard]] static QString independentToolTip(const analysis::ClaimAnalysis* analysed);

    // SearchTextRole by claim (UTF-8: half the memory of 50,000 mostly Latin texts), made when first asked: filtering
    // 50,000 rows per keystroke would otherwise build every cell's text each time. Forgotten for the claims of each row
    // change, on reset, and when sources or tags change (their names and aliases are in it); not when only the analysis
    // changes (none of it is in it).
    mutable QHash<ClaimId, QByteArray> m_searchText;
    // While search texts are made: a report's label folded, for its claims' texts (its " · " is not ASCII, so folding
    // it normalises), and room to convert a text to UTF-8 in. Forgotten once every text is made, on reset (a
    // report's outlet changed: reportsChanged resets the rows) and when names change.
    [[nodiscard]] const QString& foldedReportLabel(ReportId report) const;
    // The Report column's text: "#2 · Fox News", or "#1" for a report that names no outlet.
    [[nodiscard]] QString reportCell(ReportId report) const;
    mutable QHash<ReportId, QString> m_foldedReportLabels;
    // The same for a source: its name, its reliability letter (the Grade cell's start) and its aliases, each folded,
    // the aliases one per line (nothing for an unknown source). Forgotten with the report labels.
    struct FoldedSource
    {
        QString name;
        QString reliability;
        QString aliases;
    };
    [[nodiscard]] const FoldedSource& foldedSource(SourceId id) const;
    mutable QHash<SourceId, FoldedSource> m_foldedSources;
    mutable QByteArray m_utf8Buffer;
    int m_searchTextsFrom = -1; // the next row makeSearchTexts() looks at; -1 when none is scheduled
};

} // namespace corrob::ui
