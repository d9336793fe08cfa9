// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include "core/case/Case.h"
#include "core/case/CaseLock.h"
#include "core/case/EntityIndex.h"
#include "core/case/WorkbenchCache.h"
#include "core/common/Result.h"
#include "core/model/Note.h"
#include "core/model/Report.h"
#include "core/model/TextRange.h"
#include "ui/document/AnalysisRunner.h"
#include "ui/document/StructureCheck.h"
#include "ui/document/WorkbenchSelection.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace corrob::casefile {
struct ReportDeletionCounts;
}

namespace corrob::ui {

class EditCommand;
class ImportReportsCommand;
struct SampleCaseLocation;

// The case open in a window: its lifecycle (open, create, close; the case lock; read-only), its report list, and
// the undo stack of its changes (execute), and it tells the panes when the case or its reports change. It owns
// what the panes share: the read cache of the case's claims, links, sources and tags (casefile::WorkbenchCache),
// their corroboration analysis (AnalysisRunner) and the workbench's selection (WorkbenchSelection). An edit that
// names the claims it touched rereads only those claims and their links (sources and tags, which are small, whole
// when flagged) and reruns the analysis on the cache, not on the file
// (docs/decisions/0012-incremental-workbench-cache.md); other changes reread everything. At most one case is open at a
// time. Never shows dialogs: every operation returns a Status whose Error the window presents, and a reread that
// fails after a change is announced (editFailed, reloadFailed). Lives on the UI thread.
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
    // Writes a checked copy of the open case to target (casefile::Case::backup); replaceExisting only once the
    // user confirmed. progress gets pages done and total, and cancels by returning false.
    Status backup(const QString& target, bool replaceExisting, const std::function<bool(qint64, qint64)>& progress);
    // Where opening the current case kept the case as it was before upgrading its schema; empty when no upgrade.
    [[nodiscard]] QString upgradeBackupPath() const;
    // Upgrades an old case (casefile::needsUpgrade) before open() opens it for writing, returning where the case as it
    // was is kept: the window's CaseUpgrader, a worker with progress. Without one, opening upgrades on this thread.
    using Upgrader = std::function<Result<QString>(const QString& path)>;
    void setUpgrader(Upgrader upgrader) { m_upgrader = std::move(upgrader); }
    // Closes the open case (emits caseClosed); does nothing when no case is open.
    void close();

    [[nodiscard]] bool isOpen() const { return m_case != nullptr; }
    // Whether the open case is a read-only view (execute refuses every change): opened so, its file cannot be
    // written, or the check of its structure after it opened found it damaged (caseDamaged).
    [[nodiscard]] bool isReadOnly() const { return m_case && (m_case->isReadOnly() || !m_damage.isEmpty()); }
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
    // The report that is a newer version of this one (its claims moved there: decisions/0009), or an invalid id when
    // none is: this report is then the current version.
    [[nodiscard]] ReportId newerVersionOf(ReportId id) const { return m_newerVersions.value(id); }
    // The report title to show for a report id ("(untitled)" when empty).
    [[nodiscard]] QString reportTitle(ReportId id) const;
    // A report's working text: All (with its excluded ranges, the page furniture) or Reading (as read).
    Result<QString> reportText(ReportId id, casefile::Case::TextView view) const;
    // A report's excluded ranges (page furniture), UTF-16 offsets of the full working text.
    Result<QList<model::TextRange>> excludedRanges(ReportId id) const;
    // What deleting these reports takes with it (claims, links; claims that go back to a previous version).
    Result<casefile::ReportDeletionCounts> reportDeletionCounts(const std::vector<ReportId>& reports) const;
    // Takes the open case's reports as read on another connection to the same file (a worker's, after it added
    // reports) instead of reading them again here, rereads the cache (an import may add outlet sources) and
    // emits reportsChanged and sourcesChanged.
    void adoptReports(std::vector<model::ReportSummary> reports);
    // Reads the open case's reports again, as adoptReports does.
    Status reloadReports();
    // Reads the whole case again when another program (corroborate-cli, a script) committed a change to it since it
    // was last read, announcing every kind of change as an edit does; true when it did. The window calls it when it
    // becomes active again, as the user comes back from the terminal.
    bool catchUpWithOtherWriters();

    // The notes on one target, oldest first (read from the case, not cached).
    Result<std::vector<model::Note>> notesOf(model::NoteTarget target, qint64 targetId) const;
    // What a claim quoted before a new version of its report changed its words, until it is edited
    // (casefile::changedQuote).
    Result<std::optional<casefile::ChangedQuote>> changedQuote(const model::Claim& claim) const;
    // The ids of the case's claims whose quote changed so (casefile::claimsWithChangedQuotes); one read of the audit
    // log.
    Result<std::unordered_set<qint64>> claimsWithChangedQuotes() const;
    // Every note of the case.
    Result<std::vector<model::Note>> notes() const;

    // The entities (casefile::EntityIndex, read from the case, not cached; empty when no case is open): every one
    // not deleted with its counts; a report's mentions (computed first when not cached: one report, a few ms);
    // the reports mentioning all of some entities; the entities mentioned in the same reports as one.
    Result<std::vector<model::Entity>> entities() const;
    Result<std::vector<casefile::ReportEntityMention>> entityMentions(ReportId report);
    Result<std::vector<ReportId>> reportsMentioningAll(const std::vector<EntityId>& entities) const;
    Result<std::vector<std::pair<EntityId, qint64>>> coMentioned(EntityId entity) const;

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

    // The read cache, in the case's order (claims by report then anchor start). Empty when no case is open.
    [[nodiscard]] const casefile::WorkbenchCache& cache() const { return m_cache; }
    // The corroboration analysis of the cache (result()). In a large case (claims + links at least
    // backgroundFrom()) it runs on a worker after each change and is applied when ready (analysisChanged): until
    // then it is the previous one, and isBusy() is true. In a smaller case it is rerun before the change is
    // announced.
    [[nodiscard]] const AnalysisRunner& analysis() const { return *m_analysis; }
    [[nodiscard]] AnalysisRunner& analysis() { return *m_analysis; }
    // The workbench's selection; cleared when the case closes, and of what an edit removed.
    [[nodiscard]] WorkbenchSelection& selection() const { return *m_selection; }

    // For tests: called on the analysis worker of a large case opening, before (false) and after (true) it reads the
    // case on its own connection, so that a test can make a change land between that read and the window's.
    using ReadHook = std::function<void(bool read)>;
    void setAnalysisReadHook(ReadHook hook) { m_readHook = std::move(hook); }

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
    // The analysis of these claims changed and nothing else of them: a worker's analysis was applied (a large case;
    // after opening it, every claim). An item model updates the cells that show the analysis; what does not show it
    // (suggestions, source counts) has nothing to do.
    void analysisRowsChanged(const QList<corrob::ClaimId>& claims);
    // The whole cache was reread after an edit that did not name its claims (an item model resets).
    void cacheReloaded();
    // analysis() changed (after claimRowsChanged names the claims whose analysis differs).
    void analysisChanged();
    // An undo or redo failed: the case is as it was before that step; what names the step.
    void editFailed(const QString& what, const QString& message);
    // The open case's file is damaged (what SQLite's check found): from now on it is read-only here.
    void caseDamaged(const QString& message);
    // Rereading the case after a change (an edit, an import) failed: the case is changed, the panes may show less
    // than it holds until it is read again; what names the reread.
    void reloadFailed(const QString& what, const QString& message);

private:
    // The undo bridge, for the commands on the undo stack only.
    friend class EditCommand;
    friend class ImportReportsCommand;
    // The case an edit applies to (nullptr when none is open).
    [[nodiscard]] casefile::Case* caseFile() const { return m_case.get(); }
    // After an edit was applied or reverted: claims names the claims whose row or links it changed (added, edited,
    // deleted, linked, unlinked), when the edit knows them; then only those are reread. Without it everything
    // that changes flags is reread (cacheReloaded).
    void notifyEdited(Changes changes, const std::optional<QList<ClaimId>>& claims = std::nullopt);
    // The case's data version as last read in full (Case::dataVersion); -1 when unknown.
    void noteDataVersion();
    // The audit log's head as last read (Case::auditHead); -1 when unknown.
    void noteAuditHead();
    void notifyEditFailed(const QString& what, const Error& error);

    Status adopt(Result<std::unique_ptr<casefile::Case>> opened);
    void setReports(std::vector<model::ReportSummary> reports);
    // After reports were added: rereads the cache, emits reportsChanged and sourcesChanged.
    void reportsAdded();
    // Rereads claims, links, sources and tags (in one snapshot) and reruns the analysis; returns the first read
    // failure. With readOnWorker (a large case opening; the audit head of the snapshot read here), the analysis
    // worker reads the case itself meanwhile (startAnalysisRead), and its analysis is applied if it read the same
    // snapshot. With workerReading, that worker was started already (adopt()): the analysis is left to it.
    Status reloadCache(std::optional<qint64> readOnWorker = std::nullopt, bool workerReading = false);
    // Has the analysis worker read the case at path on a connection of its own and analyse it; its analysis is
    // applied if the snapshot it read has the audit head given (the window's).
    void startAnalysisRead(const QString& path, qint64 head);
    void clearCache();
    // Rereads the named claims and their links, and sources and tags when changes flags them; clears those flags
    // when they read back unchanged. Announces the claims' rows.
    Status updateCache(const QList<ClaimId>& claims, Changes& changes);
    // Reruns the analysis on the cache: the claims whose analysis changed, or nothing yet (on the worker).
    QList<ClaimId> reanalyse();
    [[nodiscard]] qsizetype claimsAndLinks() const;

    casefile::CaseOptions m_options;
    std::unique_ptr<casefile::Case> m_case;
    qint64 m_dataVersion = -1;                  // see noteDataVersion
    qint64 m_auditHead = -1;                    // see noteAuditHead
    std::unique_ptr<casefile::CaseLock> m_lock; // held while a case is open for writing
    Upgrader m_upgrader;
    StructureCheck m_structureCheck;
    QString m_damage;       // what the structure check found wrong with the open case; empty when nothing
    QString m_upgradedCopy; // where m_upgrader kept the open case as it was before upgrading it
    QString m_title;
    std::vector<model::ReportSummary> m_reports;
    QHash<ReportId, std::size_t> m_reportIndex; // report id -> position in m_reports
    QHash<ReportId, ReportId> m_newerVersions;  // a superseded report -> the report that is its next version
    QUndoStack* m_undoStack = nullptr;          // owned as a QObject child
    casefile::WorkbenchCache m_cache;
    AnalysisRunner* m_analysis = nullptr;      // owned as a QObject child
    WorkbenchSelection* m_selection = nullptr; // owned as a QObject child
    ReadHook m_readHook;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(CaseDocument::Changes)

} // namespace corrob::ui
