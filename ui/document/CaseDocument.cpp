// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/CaseDocument.h"

#include "ui/dialogs/ErrorMessage.h"

#include "core/case/CaseAnalysis.h"
#include "core/case/CaseReader.h"
#include "core/case/CaseUpgrade.h"
#include "core/case/ReadSnapshot.h"
#include "core/case/SampleCase.h"
#include "core/case/edits/ReportEdits.h"
#include "ui/commands/EditCommand.h"
#include "ui/document/AnalysisRunner.h"
#include "ui/document/SampleCaseLocation.h"

#include <QFileInfo>
#include <QUndoStack>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <utility>

namespace corrob::ui {

CaseDocument::CaseDocument(casefile::CaseOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_undoStack(new QUndoStack(this)),
      m_analysis(new AnalysisRunner(
          [this](const QList<ClaimId>& changed) {
              Q_EMIT analysisRowsChanged(changed);
              Q_EMIT analysisChanged();
          },
          [this] { return m_cache.analysisInput(); }, this)),
      m_selection(new WorkbenchSelection(this))
{
    connect(&m_structureCheck, &StructureCheck::damaged, this, [this](const QString& path, const QString& message) {
        if (!m_case || QFileInfo(path).canonicalFilePath() != QFileInfo(m_case->path()).canonicalFilePath()) {
            return;
        }
        m_damage = message;
        Q_EMIT caseDamaged(message);
    });
}

CaseDocument::~CaseDocument() = default;

void CaseDocument::setOptions(const casefile::CaseOptions& options)
{
    m_options = options;
    if (m_case) {
        m_case->setActor(options.actor);
    }
}

Status CaseDocument::open(const QString& path, casefile::Case::Access access)
{
    if (isOpen() && QFileInfo(path).canonicalFilePath() == QFileInfo(m_case->path()).canonicalFilePath()) {
        close(); // its lock is ours: let go of it before taking it again
    }
    std::unique_ptr<casefile::CaseLock> lock;
    if (access == casefile::Case::Access::ReadWrite) {
        auto taken = casefile::CaseLock::acquire(path);
        if (!taken && taken.error().code == ErrorCode::Busy) {
            return taken.error();
        }
        if (taken) { // else a folder where no lock file can be written: the case opens without one
            lock = std::move(taken).value();
        }
    }
    QString upgradedCopy;
    if (access == casefile::Case::Access::ReadWrite && m_upgrader && casefile::needsUpgrade(path)) {
        auto upgraded = m_upgrader(path); // under the lock: no other window opens the case meanwhile
        CORROB_TRY(upgraded);
        upgradedCopy = upgraded.value();
    }
    // Set before adopt() announces the case (caseOpened): the announcement says where the copy is.
    QString previousCopy = std::exchange(m_upgradedCopy, upgradedCopy);
    if (auto opened = adopt(casefile::Case::open(path, m_options, access)); !opened) {
        m_upgradedCopy = std::move(previousCopy);
        return opened;
    }
    m_lock = std::move(lock);
    if (!isReadOnly()) {
        m_structureCheck.start(path);
    }
    return {};
}

Status CaseDocument::create(const QString& path, const QString& title)
{
    auto created = casefile::Case::create(path, title, m_options);
    CORROB_TRY(created);
    created.value().reset(); // a new file: nobody else can have it open yet
    return open(path);
}

Status CaseDocument::openSample(const SampleCaseLocation& location)
{
    CORROB_TRY(casefile::ensureSampleCase(location.casePath, location.articlesDir, m_options));
    return open(location.casePath);
}

Status CaseDocument::adopt(Result<std::unique_ptr<casefile::Case>> opened)
{
    CORROB_TRY(opened);
    std::unique_ptr<casefile::Case> next = std::move(opened).value();
    // Everything the window reads as the case opens is of one snapshot of it, whatever another connection commits
    // meanwhile; a large case's analysis worker reads on a connection of its own, and its analysis is applied only
    // if it read the same snapshot (the same audit head).
    auto begun = casefile::ReadSnapshot::begin(*next);
    CORROB_TRY(begun);
    std::optional<casefile::ReadSnapshot> snapshot(std::move(begun).value());
    auto title = next->title();
    CORROB_TRY(title);
    auto head = casefile::auditHead(*next);
    CORROB_TRY(head);
    auto size = casefile::claimAndLinkCount(*next);
    CORROB_TRY(size);
    const std::optional<qint64> readOnWorker =
        size.value() >= m_analysis->backgroundFrom() ? std::optional<qint64>(head.value()) : std::nullopt;
    // A large case's worker starts reading now, not after this thread read the reports (30 ms at 20,000), when no
    // case is open whose analysis it would replace.
    const bool readStarted = readOnWorker && !isOpen();
    if (readStarted) {
        startAnalysisRead(next->path(), *readOnWorker);
    }
    // Load everything the panes need before touching the open case, so a failure leaves it as it was.
    auto reports = next->reports();
    if (!reports) {
        if (readStarted) {
            m_analysis->clear();
        }
        return reports.error();
    }
    close();
    m_case = std::move(next);
    noteDataVersion(); // inside the read snapshot: the version of what is read here
    m_title = title.value();
    setReports(std::move(reports).value());
    const Status loaded = reloadCache(readStarted ? std::nullopt : readOnWorker, readStarted);
    snapshot.reset(); // ended before anything may write through the case
    if (!loaded) {
        m_case.reset();
        m_title.clear();
        m_reports.clear();
        m_reportIndex.clear();
        m_newerVersions.clear();
        clearCache();
        return loaded.error();
    }
    Q_EMIT caseOpened();
    return {};
}

void CaseDocument::setReports(std::vector<model::ReportSummary> reports)
{
    m_reports = std::move(reports);
    m_reportIndex.clear();
    m_reportIndex.reserve(qsizetype(m_reports.size()));
    m_newerVersions.clear();
    for (std::size_t i = 0; i < m_reports.size(); ++i) {
        m_reportIndex.insert(m_reports[i].id, i);
        if (m_reports[i].previousVersion.isValid()) {
            m_newerVersions.insert(m_reports[i].previousVersion, m_reports[i].id);
        }
    }
}

void CaseDocument::close()
{
    if (!m_case) {
        return;
    }
    Q_EMIT aboutToClose();
    m_structureCheck.stop();
    m_damage.clear();
    m_undoStack->clear();
    m_case.reset();
    m_lock.reset();
    m_title.clear();
    std::vector<model::ReportSummary>().swap(m_reports); // its storage too (10 MB for 20,000 reports): clear() keeps it
    m_reportIndex.clear();
    m_newerVersions.clear();
    clearCache();
    m_selection->clear();
    Q_EMIT caseClosed();
#ifdef __GLIBC__
    // The case's cache, analysis and the panes' models are freed by now, tens of MB in a large case in many small
    // blocks; glibc keeps them mapped, so each reopen would add to the resident size. Give them back.
    malloc_trim(0);
#endif
}

QString CaseDocument::path() const
{
    return m_case ? m_case->path() : QString();
}

const model::ReportSummary* CaseDocument::reportSummary(ReportId id) const
{
    const auto it = m_reportIndex.constFind(id);
    return it == m_reportIndex.cend() ? nullptr : &m_reports[*it];
}

Result<QString> CaseDocument::reportText(ReportId id, casefile::Case::TextView view) const
{
    if (!m_case) {
        return Error{ErrorCode::NotFound, QStringLiteral("no case is open"), QStringLiteral("report %1").arg(id.value)};
    }
    return m_case->reportText(id, view);
}

void CaseDocument::adoptReports(std::vector<model::ReportSummary> reports)
{
    if (!m_case) {
        return;
    }
    setReports(std::move(reports));
    reportsAdded();
}

void CaseDocument::reportsAdded()
{
    // An import records each report's outlet as a media source (creating it when new), which the analysis counts:
    // the cache is reread along with the reports.
    if (auto loaded = reloadCache(); !loaded) {
        Q_EMIT reloadFailed(tr("Reload the case"), loaded.error().toString());
    }
    Q_EMIT reportsChanged();
    Q_EMIT sourcesChanged();
}

Status CaseDocument::reloadReports()
{
    if (!m_case) {
        return {};
    }
    noteDataVersion(); // before reading: a change committed meanwhile is read next time
    auto reports = m_case->reports();
    CORROB_TRY(reports);
    adoptReports(std::move(reports).value());
    return {};
}

void CaseDocument::noteDataVersion()
{
    const auto version = m_case ? m_case->dataVersion() : Result<qint64>(-1);
    m_dataVersion = version ? version.value() : -1;
    noteAuditHead();
}

void CaseDocument::noteAuditHead()
{
    const auto head = m_case ? m_case->auditHead() : Result<qint64>(-1);
    m_auditHead = head ? head.value() : -1;
}

bool CaseDocument::catchUpWithOtherWriters()
{
    if (!m_case) {
        return false;
    }
    const auto version = m_case->dataVersion();
    if (!version || version.value() == m_dataVersion) {
        return false;
    }
    // Written by another connection; but by another program only if it changed what the case holds (an audit
    // entry): the window's own entity scan writes on a connection of its own, and caches only what it derives.
    const auto head = m_case->auditHead();
    if (head && head.value() == m_auditHead) {
        m_dataVersion = version.value();
        return false;
    }
    noteDataVersion();
    notifyEdited(Changes(Change::Claims) | Change::Links | Change::Sources | Change::Tags | Change::Notes |
                 Change::Reports);
    return true;
}

Result<QList<model::TextRange>> CaseDocument::excludedRanges(ReportId id) const
{
    if (!m_case) {
        return Error{ErrorCode::NotFound, QStringLiteral("no case is open"), QStringLiteral("report %1").arg(id.value)};
    }
    return m_case->excludedRanges(id);
}

Result<casefile::ReportDeletionCounts> CaseDocument::reportDeletionCounts(const std::vector<ReportId>& reports) const
{
    if (!m_case) {
        return Error{ErrorCode::NotFound, QStringLiteral("no case is open"), QString()};
    }
    return casefile::countReportDeletion(*m_case, reports);
}

Status CaseDocument::execute(std::unique_ptr<EditCommand> command)
{
    if (!m_case) {
        return Error{ErrorCode::NotFound, QStringLiteral("no case is open"), command->text()};
    }
    if (!m_damage.isEmpty()) {
        return Error{ErrorCode::Corrupt, tr("This case is open read-only: %1").arg(m_damage), command->text()};
    }
    if (m_case->isReadOnly()) {
        return Error{ErrorCode::Unsupported,
                     tr("This case is open read-only (another window has it open for writing, or its file cannot be "
                        "written); close it there, or make the file writable, and open it again here to change it."),
                     command->text()};
    }
    if (auto applied = command->applyFirst(*m_case); !applied) {
        return applied;
    }
    m_undoStack->push(command.release()); // its first redo() only announces the change
    return {};
}

void CaseDocument::notifyEdited(Changes flagged, const std::optional<QList<ClaimId>>& claims)
{
    // The window's own edit: its audit entry is no other program's change. An edit appends exactly one entry (Edit's
    // contract): the head one past the one noted is this edit's alone, even if the window's own entity scan wrote
    // meanwhile (data_version moved, no entry). Otherwise the head is noted only when no other connection wrote since
    // the window last looked: the entries of a program that wrote just before this edit must still be found.
    if (m_case) {
        const auto head = m_case->auditHead();
        const auto version = m_case->dataVersion();
        if (head &&
            ((m_auditHead >= 0 && head.value() == m_auditHead + 1) || (version && version.value() == m_dataVersion))) {
            m_auditHead = head.value();
        }
    }
    Changes changes = flagged;
    if (changes.testFlag(Change::Reports) && m_case) {
        if (auto reports = m_case->reports(); reports) {
            setReports(std::move(reports).value());
        } else {
            Q_EMIT reloadFailed(tr("Reload the reports"), reports.error().toString());
        }
    }
    // Notes are not cached: a change of notes alone has nothing to reread.
    const bool cached = (changes & ~Changes(Change::Notes)) != Changes();
    if (cached && claims) {
        if (auto updated = updateCache(*claims, changes); !updated) {
            Q_EMIT reloadFailed(tr("Reload the case"), updated.error().toString());
        }
    } else if (cached) {
        if (auto loaded = reloadCache(); !loaded) {
            Q_EMIT reloadFailed(tr("Reload the case"), loaded.error().toString());
        }
        Q_EMIT cacheReloaded();
    }
    WorkbenchSelection& selected = *m_selection;
    if (selected.currentClaim().isValid() && !m_cache.claim(selected.currentClaim())) {
        selected.setCurrentClaim(ClaimId());
    }
    if (selected.currentLink().isValid() && !m_cache.link(selected.currentLink())) {
        selected.setCurrentLink(LinkId());
    }
    if (selected.currentSource().isValid() && !m_cache.source(selected.currentSource())) {
        selected.setCurrentSource(SourceId());
    }
    if (selected.currentReport().isValid() && !reportSummary(selected.currentReport())) {
        selected.setCurrentReport(ReportId());
    }
    if (changes.testFlag(Change::Reports)) {
        Q_EMIT reportsChanged();
    }
    if (changes.testFlag(Change::Sources)) {
        Q_EMIT sourcesChanged();
    }
    if (changes.testFlag(Change::Tags)) {
        Q_EMIT tagsChanged();
    }
    if (changes.testFlag(Change::Claims)) {
        Q_EMIT claimsChanged();
    }
    if (changes.testFlag(Change::Links) || changes.testFlag(Change::Claims)) {
        Q_EMIT linksChanged(); // a claim's analysis depends on both
    }
    if (changes.testFlag(Change::Notes)) {
        Q_EMIT notesChanged();
    }
}

void CaseDocument::notifyEditFailed(const QString& what, const Error& error)
{
    Q_EMIT editFailed(what, errorMessage(error)); // sentences, with what to do: a message box shows it
}

void CaseDocument::startAnalysisRead(const QString& path, qint64 head)
{
    // The worker reads the analysis input itself while this thread reads the window's lists: the analysis no longer
    // waits for them (150-190 ms at 50,000 claims and 100,000 links).
    const ReadHook hook = m_readHook;
    m_analysis->analyseRead(
        [path, hook]() -> Result<casefile::SnapshotInput> {
            if (hook) {
                hook(false);
            }
            auto opened = casefile::Case::open(path, {}, casefile::Case::Access::ReadOnly);
            CORROB_TRY(opened);
            auto read = casefile::readAnalysisInput(*opened.value());
            if (hook) {
                hook(true);
            }
            return read;
        },
        [this, head](qint64 readHead) { return m_case && readHead == head; });
}

Status CaseDocument::reloadCache(std::optional<qint64> readOnWorker, bool workerReading)
{
    if (workerReading) {
        m_cache.clear(); // the analysis the worker is reading for stays
    } else {
        clearCache();
    }
    if (!m_case) {
        return {};
    }
    auto snapshot = casefile::ReadSnapshot::begin(*m_case); // nothing when adopt() began one already
    CORROB_TRY(snapshot);
    if (readOnWorker || workerReading) {
        if (readOnWorker) {
            startAnalysisRead(m_case->path(), *readOnWorker);
        }
        return m_cache.reload(*m_case, m_reports);
    }
    // The analysis reads only the lists: a large case's worker starts before the indexes are built, not after.
    return m_cache.reload(*m_case, m_reports, [this] { (void)reanalyse(); });
}

Status CaseDocument::updateCache(const QList<ClaimId>& claims, Changes& changes)
{
    if (!m_case) {
        return {};
    }
    casefile::WorkbenchCache::Rereads rereads;
    rereads.setFlag(casefile::WorkbenchCache::Reread::Sources, changes.testFlag(Change::Sources));
    rereads.setFlag(casefile::WorkbenchCache::Reread::Tags, changes.testFlag(Change::Tags));
    auto updated = m_cache.update(*m_case, claims, rereads);
    CORROB_TRY(updated);
    // A claim edit may create a source or a tag; it usually does not, and then nothing about them is announced.
    if (!updated->sourcesChanged) {
        changes &= ~Changes(Change::Sources);
    }
    if (!updated->tagsChanged) {
        changes &= ~Changes(Change::Tags);
    }
    QList<ClaimId> rows = m_analysis->analyseEdited(m_cache.takeInputEdits(), claimsAndLinks());
    for (ClaimId id : std::as_const(updated->claims)) {
        if (!rows.contains(id)) {
            rows.append(id);
        }
    }
    Q_EMIT claimRowsChanged(rows);
    if (!m_analysis->isBusy()) {
        Q_EMIT analysisChanged();
    }
    return {};
}

QList<ClaimId> CaseDocument::reanalyse()
{
    return m_analysis->analyse(m_cache.analysisInput(), claimsAndLinks());
}

qsizetype CaseDocument::claimsAndLinks() const
{
    return qsizetype(m_cache.claims().size() + m_cache.links().size());
}

void CaseDocument::clearCache()
{
    m_cache.clear();
    m_analysis->clear();
}

QString CaseDocument::reportTitle(ReportId id) const
{
    const model::ReportSummary* summary = reportSummary(id);
    if (!summary) {
        return {};
    }
    return summary->metadata.title.isEmpty() ? tr("(untitled)") : summary->metadata.title;
}

Result<std::vector<model::Note>> CaseDocument::notesOf(model::NoteTarget target, qint64 targetId) const
{
    if (!m_case) {
        return std::vector<model::Note>();
    }
    return casefile::CaseReader(*m_case).notesOf(target, targetId);
}

Result<std::optional<casefile::ChangedQuote>> CaseDocument::changedQuote(const model::Claim& claim) const
{
    if (!m_case) {
        return std::optional<casefile::ChangedQuote>();
    }
    return casefile::CaseReader(*m_case).changedQuote(claim);
}

Result<std::unordered_set<qint64>> CaseDocument::claimsWithChangedQuotes() const
{
    if (!m_case) {
        return std::unordered_set<qint64>();
    }
    return casefile::CaseReader(*m_case).claimsWithChangedQuotes(cache().claims());
}

Result<std::vector<model::Note>> CaseDocument::notes() const
{
    if (!m_case) {
        return std::vector<model::Note>();
    }
    return casefile::CaseReader(*m_case).notes();
}

Status CaseDocument::backup(const QString& target, bool replaceExisting,
                            const std::function<bool(qint64, qint64)>& progress)
{
    if (!m_case) {
        return Error{ErrorCode::InvalidArgument, tr("no case is open"), target};
    }
    return m_case->backup(target, replaceExisting, progress);
}

QString CaseDocument::upgradeBackupPath() const
{
    if (!m_case) {
        return {};
    }
    return m_case->upgradeBackup().path.isEmpty() ? m_upgradedCopy : m_case->upgradeBackup().path;
}

Result<std::vector<model::Entity>> CaseDocument::entities() const
{
    if (!m_case) {
        return std::vector<model::Entity>();
    }
    return casefile::EntityIndex(*m_case).entities();
}

Result<std::vector<casefile::ReportEntityMention>> CaseDocument::entityMentions(ReportId report)
{
    if (!m_case) {
        return std::vector<casefile::ReportEntityMention>();
    }
    return casefile::EntityIndex(*m_case).mentionsOf(report);
}

Result<std::vector<ReportId>> CaseDocument::reportsMentioningAll(const std::vector<EntityId>& entities) const
{
    if (!m_case) {
        return std::vector<ReportId>();
    }
    return casefile::EntityIndex(*m_case).reportsMentioningAll(entities);
}

Result<std::vector<std::pair<EntityId, qint64>>> CaseDocument::coMentioned(EntityId entity) const
{
    if (!m_case) {
        return std::vector<std::pair<EntityId, qint64>>();
    }
    return casefile::EntityIndex(*m_case).coMentioned(entity);
}

} // namespace corrob::ui
