// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/AnalysisTypes.h"
#include "core/case/Case.h"
#include "core/case/CaseAnalysis.h"
#include "core/case/CaseLock.h"
#include "core/case/ImportService.h"
#include "core/common/Result.h"
#include "core/model/Claim.h"
#include "core/model/Link.h"
#include "core/model/Note.h"
#include "core/model/Report.h"
#include "core/model/Source.h"
#include "core/model/Tag.h"
#include "core/model/TextRange.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace corrob::ui {

class AnalysisRunner;
class EditCommand;
struct SampleCaseLocation;

// The case open in a window: owns the core Case and the undo stack of its changes, and tells the panes when
// the case or its reports change. Keeps a read cache of the case's claims, links, sources, tags and their
// corroboration analysis, and the workbench's selection (the current claim and link), shared by every pane and
// dock. An edit that names the claims it touched rereads only those claims and their links (sources and tags,
// which are small, whole when flagged) and reruns the analysis on the cache, not on the file
// (docs/decisions/0012-incremental-workbench-cache.md); other changes reread everything. At most one case is open at a
// time. Never shows dialogs: every operation returns a Status whose Error the window presents. Lives on the UI thread.
class CaseDocument : public QObject
{
    Q_OBJECT
public:
    explicit CaseDocument(casefile::CaseOptions options, QObject* parent = nullptr);
    ~CaseDocument() override;

    // Opens the case at path. On success the case open before (if any) is closed first (caseClosed, then
    // caseOpened); on failure nothing changes and the Error says what happened and where. For writing, the case's
    // lock is taken first (casefile::CaseLock, decisions/0013): when another window holds it, open fails with
    // ErrorCode::Busy naming that window, and the case can be opened ReadOnly instead. Opening the case that is
    // open here again closes it first.
    Status open(const QString& path, casefile::Case::Access access = casefile::Case::Access::ReadWrite);
    // Creates a new case file (never overwrites an existing file) and opens it, as open() does.
    Status create(const QString& path, const QString& title);
    // Creates the sample case from its seed articles when it does not exist yet, then opens it.
    Status openSample(const SampleCaseLocation& location);
    // Closes the open case (emits caseClosed); does nothing when no case is open.
    void close();

    [[nodiscard]] bool isOpen() const { return m_case != nullptr; }
    // Whether the open case is a read-only view (execute refuses every change).
    [[nodiscard]] bool isReadOnly() const { return m_case && m_case->isReadOnly(); }
    // The open case's file and title; empty when no case is open.
    [[nodiscard]] QString path() const;
    [[nodiscard]] const QString& title() const { return m_title; }
    [[nodiscard]] const casefile::CaseOptions& options() const { return m_options; }
    // Options for the cases opened from now on and for the open one: a new actor is recorded from the next change.
    void setOptions(const casefile::CaseOptions& options);

    // Every report of the open case in import order (empty when no case is open). Loaded when the case opens and
    // whenever its reports change, so reading it is cheap.
    [[nodiscard]] const std::vector<model::ReportSummary>& reportSummaries() const { return m_reports; }
    // The summary of one report, or nullptr when the open case has no such report.
    [[nodiscard]] const model::ReportSummary* reportSummary(ReportId id) const;
    // A report's working text: with its excluded ranges (page furniture) when includeExcluded, else as read.
    Result<QString> reportText(ReportId id, bool includeExcluded);

    // Imports files and folders into the open case on the calling thread and, when any report was added, rereads
    // the cache and emits reportsChanged and sourcesChanged. Meant for small imports and tests; the window imports
    // through ImportController, on a worker with its own Case.
    casefile::ImportOutcome importFiles(const QStringList& paths, const casefile::ImportOptions& options = {});

    // Takes the open case's reports as read on another connection to the same file (a worker's, after it added
    // reports) instead of reading them again here, rereads the cache (an import may add outlet sources) and
    // emits reportsChanged and sourcesChanged.
    void adoptReports(std::vector<model::ReportSummary> reports);
    // Reads the open case's reports again, as adoptReports does.
    Status reloadReports();
    // A report's excluded ranges (page furniture), UTF-16 offsets of the full working text.
    Result<QList<model::TextRange>> excludedRanges(ReportId id);

    // The home of every undoable change to the open case; cleared when a case opens or closes.
    [[nodiscard]] QUndoStack* undoStack() const { return m_undoStack; }

    // What an edit changed; selects the signals emitted after it is applied or reverted.
    enum class Change
    {
        Claims = 1,
        Links = 2,
        Sources = 4,
        Tags = 8,
        Notes = 16,
        Reports = 32, // a report's metadata: the report list is reread and reportsChanged emitted
    };
    Q_DECLARE_FLAGS(Changes, Change)

    // Applies command's edit once and, when that succeeds, pushes the command on the undo stack (its first
    // redo() does not apply again). On failure nothing changes and the command is discarded; the Error says why.
    Status execute(std::unique_ptr<EditCommand> command);
    // For EditCommand: the case its edit applies to (nullptr when none is open), and what to do afterwards.
    [[nodiscard]] casefile::Case* caseFile() const { return m_case.get(); }
    // After an edit was applied or reverted: claims names the claims whose row or links it changed (added, edited,
    // deleted, linked, unlinked), when the edit knows them; then only those are reread. Without it everything
    // that changes flags is reread (cacheReloaded).
    void notifyEdited(Changes changes, const std::optional<QList<ClaimId>>& claims = std::nullopt);
    void notifyEditFailed(const QString& what, const Error& error);

    // The read cache, in the case's order (claims by report then anchor start). Empty when no case is open.
    [[nodiscard]] const std::vector<model::Claim>& claims() const { return m_claims; }
    [[nodiscard]] const model::Claim* claim(ClaimId id) const;
    // Where a claim is in claims(), or -1.
    [[nodiscard]] int claimPosition(ClaimId id) const;
    // The claims of one report ordered by anchor start.
    [[nodiscard]] std::vector<model::Claim> claimsOf(ReportId report) const;
    [[nodiscard]] int claimCount(ReportId report) const { return m_claimCounts.value(report); }
    [[nodiscard]] const std::vector<model::Link>& links() const { return m_links; }
    [[nodiscard]] const model::Link* link(LinkId id) const;
    // The links from or to a claim.
    [[nodiscard]] std::vector<model::Link> linksOf(ClaimId claim) const;
    [[nodiscard]] const std::vector<model::Source>& sources() const { return m_sources; }
    [[nodiscard]] const model::Source* source(SourceId id) const;
    [[nodiscard]] const std::vector<model::Tag>& tags() const { return m_tags; }
    [[nodiscard]] const model::Tag* tag(TagId id) const;
    // "Parent/Child" for a tag.
    [[nodiscard]] QString tagPath(TagId id) const;
    // The corroboration analysis of the cache. In a large case (claims + links at least backgroundAnalysisFrom())
    // it runs on a worker after each change and is applied when ready (analysisChanged): until then it is the
    // previous one, and isAnalysing() is true. In a smaller case it is rerun before the change is announced.
    [[nodiscard]] const analysis::AnalysisResult& analysis() const { return m_analysis; }
    [[nodiscard]] bool isAnalysing() const;
    [[nodiscard]] int backgroundAnalysisFrom() const { return m_backgroundAnalysisFrom; }
    void setBackgroundAnalysisFrom(int claimsAndLinks) { m_backgroundAnalysisFrom = claimsAndLinks; }
    // The report title to show for a report id ("(untitled)" when empty).
    [[nodiscard]] QString reportTitle(ReportId id) const;

    // The notes on one target, oldest first (read from the case, not cached).
    Result<std::vector<model::Note>> notesOf(model::NoteTarget target, qint64 targetId);
    // Every note of the case.
    Result<std::vector<model::Note>> notes();

    // The workbench's selection: one current claim (invalid for none) and one current link.
    [[nodiscard]] ClaimId currentClaim() const { return m_currentClaim; }
    void setCurrentClaim(ClaimId claim);
    [[nodiscard]] LinkId currentLink() const { return m_currentLink; }
    void setCurrentLink(LinkId link);
    // The source picked in the Sources dock and the report picked in the Case dock (invalid for none).
    [[nodiscard]] SourceId currentSource() const { return m_currentSource; }
    void setCurrentSource(SourceId source);
    [[nodiscard]] ReportId currentReport() const { return m_currentReport; }
    void setCurrentReport(ReportId report);

    // What was selected last, for the Inspector: picking a valid claim, link, source or report makes it the
    // selection (even when it was current already); clearing the selected one falls back to the current claim,
    // else to nothing.
    enum class Selection
    {
        None,
        Claim,
        Link,
        Source,
        Report,
    };
    [[nodiscard]] Selection selection() const { return m_selection; }

Q_SIGNALS:
    void caseOpened();
    // The open case is about to close (path() and the cache are still there): the moment to remember its view.
    void aboutToClose();
    void caseClosed();
    void reportsChanged();
    // After an edit was applied or reverted (the cache is already reloaded).
    void claimsChanged();
    void linksChanged();
    void sourcesChanged();
    void tagsChanged();
    void notesChanged();
    // Row by row, before the coarse signals above: these claims were added, changed or removed in the cache, or
    // their analysis changed (an item model inserts, updates or removes their rows).
    void claimRowsChanged(const QList<corrob::ClaimId>& claims);
    // The whole cache was reread after an edit that did not name its claims (an item model resets).
    void cacheReloaded();
    // analysis() changed (after claimRowsChanged names the claims whose analysis differs).
    void analysisChanged();
    // An undo or redo failed: the case is as it was before that step; what names the step.
    void editFailed(const QString& what, const QString& message);
    void currentClaimChanged(corrob::ClaimId claim);
    void currentLinkChanged(corrob::LinkId link);
    void currentSourceChanged(corrob::SourceId source);
    void currentReportChanged(corrob::ReportId report);
    // selection() changed, or the same kind was picked again (another or the same item).
    void selectionChanged();

private:
    Status adopt(Result<std::unique_ptr<casefile::Case>> opened);
    void setReports(std::vector<model::ReportSummary> reports);
    // After reports were added: rereads the cache, emits reportsChanged and sourcesChanged.
    void reportsAdded();
    // Rereads claims, links, sources and tags and reruns the analysis; returns the first read failure.
    Status reloadCache();
    void clearCache();
    // Makes kind the selection when picked, or falls back when cleared; emits selectionChanged.
    void select(Selection kind, bool picked);
    // Rereads the named claims and their links (a claim no longer in the case leaves the cache with its links),
    // and sources and tags when changes flags them; clears those flags when they read back unchanged.
    Status updateCache(const QList<ClaimId>& claims, Changes& changes);
    void indexClaimsFrom(std::size_t position);
    void indexLinks();
    void indexSources();
    void indexTags();
    // Reruns the analysis on the cache: here, returning the claims whose analysis differs from the previous one,
    // or (a large case) on the worker, returning nothing yet.
    QList<ClaimId> reanalyse();
    // A result from the worker, with the claims whose analysis differs from the current one: adopted, announced.
    void analysisReady(analysis::AnalysisResult next, const QList<ClaimId>& changed);

    casefile::CaseOptions m_options;
    std::unique_ptr<casefile::Case> m_case;
    std::unique_ptr<casefile::CaseLock> m_lock; // held while a case is open for writing
    QString m_title;
    std::vector<model::ReportSummary> m_reports;
    QHash<ReportId, std::size_t> m_reportIndex; // report id -> position in m_reports
    QUndoStack* m_undoStack = nullptr;          // owned as a QObject child

    std::vector<model::Claim> m_claims;
    QHash<ClaimId, std::size_t> m_claimIndex;
    QHash<ReportId, int> m_claimCounts;
    std::vector<model::Link> m_links;
    QHash<LinkId, std::size_t> m_linkIndex;
    QHash<ClaimId, QList<LinkId>> m_linksByClaim;
    std::vector<model::Source> m_sources;
    QHash<SourceId, std::size_t> m_sourceIndex;
    std::vector<model::Tag> m_tags;
    QHash<TagId, std::size_t> m_tagIndex;
    casefile::ReportFactsById m_reportFacts; // what the analysis reads of each report, read with the cache
    analysis::AnalysisResult m_analysis;
    AnalysisRunner* m_analysisRunner = nullptr; // owned as a QObject child
    int m_backgroundAnalysisFrom = 20000;       // measured by bench_workbench: see decision 0012
    ClaimId m_currentClaim;
    LinkId m_currentLink;
    SourceId m_currentSource;
    ReportId m_currentReport;
    Selection m_selection = Selection::None;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(CaseDocument::Changes)

} // namespace corrob::ui
