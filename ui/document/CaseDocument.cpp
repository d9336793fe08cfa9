// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/CaseDocument.h"

#include "core/analysis/CorroborationAnalysis.h"
#include "core/case/CaseAnalysis.h"
#include "core/case/CaseReader.h"
#include "core/case/SampleCase.h"
#include "ui/commands/EditCommand.h"
#include "ui/document/AnalysisRunner.h"
#include "ui/document/SampleCaseLocation.h"

#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>
#include <tuple>

namespace corrob::ui {

CaseDocument::CaseDocument(casefile::CaseOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_undoStack(new QUndoStack(this)),
      m_analysisRunner(
          new AnalysisRunner([this](analysis::AnalysisResult next,
                                    const QList<ClaimId>& changed) { analysisReady(std::move(next), changed); },
                             this))
{
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
    if (auto opened = adopt(casefile::Case::open(path, m_options, access)); !opened) {
        return opened;
    }
    m_lock = std::move(lock);
    return {};
}

Status CaseDocument::create(const QString& path, const QString& title)
{
    auto created = casefile::Case::create(path, title, m_options);
    if (!created) {
        return created.error();
    }
    created.value().reset(); // a new file: nobody else can have it open yet
    return open(path);
}

Status CaseDocument::openSample(const SampleCaseLocation& location)
{
    if (auto ensured = casefile::ensureSampleCase(location.casePath, location.articlesDir, m_options); !ensured) {
        return ensured.error();
    }
    return open(location.casePath);
}

Status CaseDocument::adopt(Result<std::unique_ptr<casefile::Case>> opened)
{
    if (!opened) {
        return opened.error();
    }
    std::unique_ptr<casefile::Case> next = std::move(opened).value();
    auto title = next->title();
    if (!title) {
        return title.error();
    }
    // Load everything the panes need before touching the open case, so a failure leaves it as it was.
    auto reports = next->reports();
    if (!reports) {
        return reports.error();
    }
    close();
    m_case = std::move(next);
    m_title = title.value();
    setReports(std::move(reports).value());
    if (auto loaded = reloadCache(); !loaded) {
        m_case.reset();
        m_title.clear();
        m_reports.clear();
        m_reportIndex.clear();
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
    for (std::size_t i = 0; i < m_reports.size(); ++i) {
        m_reportIndex.insert(m_reports[i].id, i);
    }
}

void CaseDocument::close()
{
    if (!m_case) {
        return;
    }
    Q_EMIT aboutToClose();
    m_undoStack->clear();
    m_case.reset();
    m_lock.reset();
    m_title.clear();
    m_reports.clear();
    m_reportIndex.clear();
    clearCache();
    setCurrentClaim(ClaimId());
    setCurrentLink(LinkId());
    setCurrentSource(SourceId());
    setCurrentReport(ReportId());
    Q_EMIT caseClosed();
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

Result<QString> CaseDocument::reportText(ReportId id, bool includeExcluded)
{
    if (!m_case) {
        return Error{ErrorCode::NotFound, QStringLiteral("no case is open"), QStringLiteral("report %1").arg(id.value)};
    }
    return m_case->reportText(id, includeExcluded ? casefile::Case::TextView::All : casefile::Case::TextView::Reading);
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
        Q_EMIT editFailed(tr("Reload the case"), loaded.error().toString());
    }
    Q_EMIT reportsChanged();
    Q_EMIT sourcesChanged();
}

Status CaseDocument::reloadReports()
{
    if (!m_case) {
        return {};
    }
    auto reports = m_case->reports();
    if (!reports) {
        return reports.error();
    }
    adoptReports(std::move(reports).value());
    return {};
}

casefile::ImportOutcome CaseDocument::importFiles(const QStringList& paths, const casefile::ImportOptions& options)
{
    casefile::ImportOutcome outcome;
    if (!m_case) {
        for (const QString& path : paths) {
            outcome.failed.push_back({path, QStringLiteral("no case is open to import into")});
        }
        return outcome;
    }
    outcome = casefile::ImportService(*m_case).importPaths(paths, options);
    if (!outcome.imported.empty()) {
        if (auto reports = m_case->reports(); reports) {
            setReports(std::move(reports).value());
        } else {
            // The reports are stored; only the list could not be reread. Say so next to the files.
            outcome.failed.push_back({m_case->path(), reports.error().toString()});
        }
        reportsAdded();
    }
    return outcome;
}

Result<QList<model::TextRange>> CaseDocument::excludedRanges(ReportId id)
{
    if (!m_case) {
        return Error{ErrorCode::NotFound, QStringLiteral("no case is open"), QStringLiteral("report %1").arg(id.value)};
    }
    return m_case->excludedRanges(id);
}

Status CaseDocument::execute(std::unique_ptr<EditCommand> command)
{
    if (!m_case) {
        return Error{ErrorCode::NotFound, QStringLiteral("no case is open"), command->text()};
    }
    if (m_case->isReadOnly()) {
        return Error{ErrorCode::Unsupported,
                     tr("This case is open read-only (another window has it open for writing); close it there and "
                        "open it again here to change it."),
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
    Changes changes = flagged;
    if (changes.testFlag(Change::Reports) && m_case) {
        if (auto reports = m_case->reports(); reports) {
            setReports(std::move(reports).value());
        } else {
            Q_EMIT editFailed(tr("Reload the reports"), reports.error().toString());
        }
    }
    // Notes are not cached: a change of notes alone has nothing to reread.
    const bool cached = (changes & ~Changes(Change::Notes)) != Changes();
    if (cached && claims) {
        if (auto updated = updateCache(*claims, changes); !updated) {
            Q_EMIT editFailed(tr("Reload the case"), updated.error().toString());
        }
    } else if (cached) {
        if (auto loaded = reloadCache(); !loaded) {
            Q_EMIT editFailed(tr("Reload the case"), loaded.error().toString());
        }
        Q_EMIT cacheReloaded();
    }
    if (m_currentClaim.isValid() && !claim(m_currentClaim)) {
        setCurrentClaim(ClaimId());
    }
    if (m_currentLink.isValid() && !link(m_currentLink)) {
        setCurrentLink(LinkId());
    }
    if (m_currentSource.isValid() && !source(m_currentSource)) {
        setCurrentSource(SourceId());
    }
    if (m_currentReport.isValid() && !reportSummary(m_currentReport)) {
        setCurrentReport(ReportId());
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
    Q_EMIT editFailed(what, error.toString());
}

Status CaseDocument::reloadCache()
{
    clearCache();
    if (!m_case) {
        return {};
    }
    casefile::CaseReader reader(*m_case);
    auto claims = reader.claims();
    auto links = reader.links();
    auto sources = reader.sources();
    auto tags = reader.tags();
    auto outlets = reader.reportOutlets();
    for (const Error* error :
         {claims ? nullptr : &claims.error(), links ? nullptr : &links.error(), sources ? nullptr : &sources.error(),
          tags ? nullptr : &tags.error(), outlets ? nullptr : &outlets.error()}) {
        if (error) {
            return *error;
        }
    }
    m_claims = std::move(claims).value();
    m_links = std::move(links).value();
    m_sources = std::move(sources).value();
    m_tags = std::move(tags).value();
    m_reportFacts = casefile::reportFacts(m_reports, outlets.value());
    // The analysis reads only the lists: a large case's worker starts before the indexes are built, not after.
    (void)reanalyse();
    m_claimIndex.reserve(qsizetype(m_claims.size()));
    indexClaimsFrom(0);
    m_claimCounts.reserve(qsizetype(m_reports.size()));
    for (const model::Claim& c : m_claims) {
        ++m_claimCounts[c.report];
    }
    indexLinks();
    indexSources();
    indexTags();
    return {};
}

namespace {

// The cache's order of claims, as CaseReader::claims() reads them: by report, anchor start, anchor end, id.
bool claimBefore(const model::Claim& a, const model::Claim& b)
{
    return std::tie(a.report.value, a.anchor.start, a.anchor.end, a.id.value) <
           std::tie(b.report.value, b.anchor.start, b.anchor.end, b.id.value);
}

} // namespace

Status CaseDocument::updateCache(const QList<ClaimId>& claims, Changes& changes)
{
    if (!m_case) {
        return {};
    }
    casefile::CaseReader reader(*m_case);
    // Read everything first, so a read failure leaves the cache as it was.
    std::vector<std::optional<model::Claim>> fresh;
    std::vector<model::Link> freshLinks;
    QList<ClaimId> touched;
    for (ClaimId id : claims) {
        if (!id.isValid() || touched.contains(id)) {
            continue;
        }
        touched.append(id);
        auto read = reader.claim(id);
        if (!read && read.error().code != ErrorCode::NotFound) {
            return read.error();
        }
        fresh.push_back(read ? std::optional<model::Claim>(std::move(read).value()) : std::nullopt);
        auto links = reader.linksOf(id);
        if (!links) {
            return links.error();
        }
        freshLinks.insert(freshLinks.end(), links->begin(), links->end());
    }
    std::optional<std::vector<model::Source>> sources;
    if (changes.testFlag(Change::Sources)) {
        auto read = reader.sources();
        if (!read) {
            return read.error();
        }
        sources = std::move(read).value();
    }
    std::optional<std::vector<model::Tag>> tags;
    if (changes.testFlag(Change::Tags)) {
        auto read = reader.tags();
        if (!read) {
            return read.error();
        }
        tags = std::move(read).value();
    }

    // Claims: an entry that keeps its place in the order is replaced; otherwise the old one is taken out and the
    // fresh one put in its place in the order, and the positions after either are reindexed.
    for (std::size_t i = 0; i < fresh.size(); ++i) {
        const ClaimId id = touched[qsizetype(i)];
        if (const auto at = m_claimIndex.constFind(id); at != m_claimIndex.cend()) {
            const std::size_t position = *at;
            if (fresh[i] && !claimBefore(*fresh[i], m_claims[position]) &&
                !claimBefore(m_claims[position], *fresh[i])) {
                m_claims[position] = *fresh[i]; // same place in the order: edited in place
                continue;
            }
            --m_claimCounts[m_claims[position].report];
            m_claims.erase(m_claims.begin() + qsizetype(position));
            m_claimIndex.remove(id);
            indexClaimsFrom(position);
        }
        if (fresh[i]) {
            const auto at = std::lower_bound(m_claims.begin(), m_claims.end(), *fresh[i], claimBefore);
            const auto position = std::size_t(at - m_claims.begin());
            m_claims.insert(at, *fresh[i]);
            ++m_claimCounts[fresh[i]->report];
            indexClaimsFrom(position);
        }
    }

    // Links: every link from or to a touched claim is replaced by what was read (none for a deleted claim).
    // Positions after the first link taken out or put in shift, and only they are reindexed.
    std::size_t firstMoved = m_links.size();
    QList<ClaimId> relinked;
    auto unlist = [this, &relinked](ClaimId claim, LinkId link) {
        m_linksByClaim[claim].removeOne(link);
        relinked.append(claim);
    };
    for (ClaimId id : touched) {
        for (LinkId link : m_linksByClaim.value(id)) {
            if (const auto at = m_linkIndex.constFind(link); at != m_linkIndex.cend()) {
                const std::size_t position = *at;
                firstMoved = std::min(firstMoved, position);
                unlist(m_links[position].from, link);
                unlist(m_links[position].to, link);
                m_linkIndex.remove(link);
                m_links[position].id = LinkId(); // marked, dropped below
            }
        }
    }
    std::erase_if(m_links, [](const model::Link& l) { return !l.id.isValid(); });
    for (const model::Link& l : freshLinks) {
        if (m_linkIndex.contains(l.id)) {
            continue; // read twice: both its claims were touched
        }
        const auto at = std::lower_bound(m_links.begin(), m_links.end(), l,
                                         [](const model::Link& a, const model::Link& b) { return a.id < b.id; });
        firstMoved = std::min(firstMoved, std::size_t(at - m_links.begin()));
        m_linkIndex.insert(l.id, std::size_t(at - m_links.begin())); // corrected by the reindex below
        m_links.insert(at, l);
        m_linksByClaim[l.from].append(l.id);
        m_linksByClaim[l.to].append(l.id);
        relinked << l.from << l.to;
    }
    for (std::size_t i = firstMoved; i < m_links.size(); ++i) {
        m_linkIndex.insert(m_links[i].id, i);
    }
    for (ClaimId claim : relinked) {
        QList<LinkId>& ids = m_linksByClaim[claim];
        std::sort(ids.begin(), ids.end()); // linksOf() lists a claim's links by id
        if (ids.isEmpty()) {
            m_linksByClaim.remove(claim);
        }
    }
    // A claim edit may create a source or a tag; it usually does not, and then nothing about them is announced.
    if (sources && *sources == m_sources) {
        changes &= ~Changes(Change::Sources);
    } else if (sources) {
        m_sources = std::move(*sources);
        indexSources();
    }
    if (tags && *tags == m_tags) {
        changes &= ~Changes(Change::Tags);
    } else if (tags) {
        m_tags = std::move(*tags);
        indexTags();
    }
    QList<ClaimId> rows = reanalyse();
    for (ClaimId id : touched) {
        if (!rows.contains(id)) {
            rows.append(id);
        }
    }
    Q_EMIT claimRowsChanged(rows);
    if (!isAnalysing()) {
        Q_EMIT analysisChanged();
    }
    return {};
}

void CaseDocument::indexClaimsFrom(std::size_t position)
{
    for (std::size_t i = position; i < m_claims.size(); ++i) {
        m_claimIndex.insert(m_claims[i].id, i);
    }
}

void CaseDocument::indexLinks()
{
    m_linkIndex.clear();
    m_linksByClaim.clear();
    m_linkIndex.reserve(qsizetype(m_links.size()));
    m_linksByClaim.reserve(qsizetype(m_claims.size()));
    for (std::size_t i = 0; i < m_links.size(); ++i) {
        m_linkIndex.insert(m_links[i].id, i);
        m_linksByClaim[m_links[i].from].append(m_links[i].id);
        m_linksByClaim[m_links[i].to].append(m_links[i].id);
    }
}

void CaseDocument::indexSources()
{
    m_sourceIndex.clear();
    for (std::size_t i = 0; i < m_sources.size(); ++i) {
        m_sourceIndex.insert(m_sources[i].id, i);
    }
}

void CaseDocument::indexTags()
{
    m_tagIndex.clear();
    for (std::size_t i = 0; i < m_tags.size(); ++i) {
        m_tagIndex.insert(m_tags[i].id, i);
    }
}

bool CaseDocument::isAnalysing() const
{
    return m_analysisRunner->isBusy();
}

QList<ClaimId> CaseDocument::reanalyse()
{
    analysis::AnalysisInput input = casefile::analysisInput(m_claims, m_sources, m_links, m_reportFacts);
    if (qsizetype(m_claims.size() + m_links.size()) >= m_backgroundAnalysisFrom) {
        // About a second at 50,000 claims and 100,000 links: too long to hold the window after each keystroke.
        m_analysisRunner->start(std::move(input), m_analysis);
        return {};
    }
    m_analysisRunner->cancel();
    analysis::AnalysisResult next = analysis::analyzeCorroboration(input);
    QList<ClaimId> changed = claimsWhoseAnalysisChanged(m_analysis, next);
    m_analysis = std::move(next);
    return changed;
}

void CaseDocument::analysisReady(analysis::AnalysisResult next, const QList<ClaimId>& changed)
{
    m_analysis = std::move(next);
    Q_EMIT claimRowsChanged(changed);
    Q_EMIT analysisChanged();
}

void CaseDocument::clearCache()
{
    m_claims.clear();
    m_claimIndex.clear();
    m_claimCounts.clear();
    m_links.clear();
    m_linkIndex.clear();
    m_linksByClaim.clear();
    m_sources.clear();
    m_sourceIndex.clear();
    m_tags.clear();
    m_tagIndex.clear();
    m_reportFacts.clear();
    m_analysis = {};
    m_analysisRunner->cancel();
}

const model::Claim* CaseDocument::claim(ClaimId id) const
{
    const auto it = m_claimIndex.constFind(id);
    return it == m_claimIndex.cend() ? nullptr : &m_claims[*it];
}

std::vector<model::Claim> CaseDocument::claimsOf(ReportId report) const
{
    std::vector<model::Claim> result;
    // The cache is ordered by report then start, so a report's claims are one run.
    auto first = std::find_if(m_claims.cbegin(), m_claims.cend(),
                              [report](const model::Claim& c) { return c.report == report; });
    for (auto it = first; it != m_claims.cend() && it->report == report; ++it) {
        result.push_back(*it);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const model::Claim& a, const model::Claim& b) { return a.anchor.start < b.anchor.start; });
    return result;
}

int CaseDocument::claimPosition(ClaimId id) const
{
    const auto it = m_claimIndex.constFind(id);
    return it == m_claimIndex.cend() ? -1 : int(*it);
}

const model::Link* CaseDocument::link(LinkId id) const
{
    const auto it = m_linkIndex.constFind(id);
    return it == m_linkIndex.cend() ? nullptr : &m_links[*it];
}

std::vector<model::Link> CaseDocument::linksOf(ClaimId claim) const
{
    std::vector<model::Link> result;
    for (LinkId id : m_linksByClaim.value(claim)) {
        result.push_back(m_links[m_linkIndex.value(id)]);
    }
    return result;
}

const model::Source* CaseDocument::source(SourceId id) const
{
    const auto it = m_sourceIndex.constFind(id);
    return it == m_sourceIndex.cend() ? nullptr : &m_sources[*it];
}

const model::Tag* CaseDocument::tag(TagId id) const
{
    const auto it = m_tagIndex.constFind(id);
    return it == m_tagIndex.cend() ? nullptr : &m_tags[*it];
}

QString CaseDocument::tagPath(TagId id) const
{
    return casefile::CaseReader::tagPath(m_tags, id);
}

QString CaseDocument::reportTitle(ReportId id) const
{
    const model::ReportSummary* summary = reportSummary(id);
    if (!summary) {
        return {};
    }
    return summary->metadata.title.isEmpty() ? tr("(untitled)") : summary->metadata.title;
}

Result<std::vector<model::Note>> CaseDocument::notesOf(model::NoteTarget target, qint64 targetId)
{
    if (!m_case) {
        return std::vector<model::Note>();
    }
    return casefile::CaseReader(*m_case).notesOf(target, targetId);
}

Result<std::vector<model::Note>> CaseDocument::notes()
{
    if (!m_case) {
        return std::vector<model::Note>();
    }
    return casefile::CaseReader(*m_case).notes();
}

void CaseDocument::setCurrentClaim(ClaimId claim)
{
    const bool changed = claim != m_currentClaim;
    m_currentClaim = claim;
    if (changed) {
        Q_EMIT currentClaimChanged(claim);
    }
    // Picking a claim (again) brings it back to the Inspector; clearing it clears a link shown with it too.
    if (claim.isValid() || m_selection == Selection::Claim || m_selection == Selection::Link) {
        select(Selection::Claim, claim.isValid());
    }
}

void CaseDocument::setCurrentLink(LinkId link)
{
    const bool changed = link != m_currentLink;
    m_currentLink = link;
    if (changed) {
        Q_EMIT currentLinkChanged(link);
    }
    if (link.isValid() || m_selection == Selection::Link) {
        select(Selection::Link, link.isValid());
    }
}

void CaseDocument::setCurrentSource(SourceId source)
{
    const bool changed = source != m_currentSource;
    m_currentSource = source;
    if (changed) {
        Q_EMIT currentSourceChanged(source);
    }
    if (source.isValid() || m_selection == Selection::Source) {
        select(Selection::Source, source.isValid());
    }
}

void CaseDocument::setCurrentReport(ReportId report)
{
    const bool changed = report != m_currentReport;
    m_currentReport = report;
    if (changed) {
        Q_EMIT currentReportChanged(report);
    }
    if (report.isValid() || m_selection == Selection::Report) {
        select(Selection::Report, report.isValid());
    }
}

void CaseDocument::select(Selection kind, bool picked)
{
    Selection next = kind;
    if (!picked) {
        next = kind != Selection::Claim && m_currentClaim.isValid() ? Selection::Claim : Selection::None;
        if (next == m_selection) {
            return;
        }
    }
    m_selection = next;
    Q_EMIT selectionChanged();
}

} // namespace corrob::ui
