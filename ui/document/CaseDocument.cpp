// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/CaseDocument.h"

#include "core/case/CaseAnalysis.h"
#include "core/case/CaseReader.h"
#include "core/case/SampleCase.h"
#include "ui/commands/EditCommand.h"
#include "ui/document/SampleCaseLocation.h"

#include <QUndoStack>

#include <algorithm>

namespace corrob::ui {

CaseDocument::CaseDocument(casefile::CaseOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_undoStack(new QUndoStack(this))
{
}

CaseDocument::~CaseDocument() = default;

Status CaseDocument::open(const QString& path)
{
    return adopt(casefile::Case::open(path, m_options));
}

Status CaseDocument::create(const QString& path, const QString& title)
{
    return adopt(casefile::Case::create(path, title, m_options));
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
    if (auto applied = command->applyFirst(*m_case); !applied) {
        return applied;
    }
    m_undoStack->push(command.release()); // its first redo() only announces the change
    return {};
}

void CaseDocument::notifyEdited(Changes changes)
{
    if (changes.testFlag(Change::Reports) && m_case) {
        if (auto reports = m_case->reports(); reports) {
            setReports(std::move(reports).value());
        } else {
            Q_EMIT editFailed(tr("Reload the reports"), reports.error().toString());
        }
    }
    if (auto loaded = reloadCache(); !loaded) {
        Q_EMIT editFailed(tr("Reload the case"), loaded.error().toString());
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
    auto analysed = casefile::analyzeCase(*m_case);
    for (const Error* error :
         {claims ? nullptr : &claims.error(), links ? nullptr : &links.error(), sources ? nullptr : &sources.error(),
          tags ? nullptr : &tags.error(), analysed ? nullptr : &analysed.error()}) {
        if (error) {
            return *error;
        }
    }
    m_claims = std::move(claims).value();
    m_links = std::move(links).value();
    m_sources = std::move(sources).value();
    m_tags = std::move(tags).value();
    m_analysis = std::move(analysed).value();
    for (std::size_t i = 0; i < m_claims.size(); ++i) {
        m_claimIndex.insert(m_claims[i].id, i);
        ++m_claimCounts[m_claims[i].report];
    }
    for (std::size_t i = 0; i < m_links.size(); ++i) {
        m_linksByClaim[m_links[i].from].append(i);
        m_linksByClaim[m_links[i].to].append(i);
    }
    for (std::size_t i = 0; i < m_sources.size(); ++i) {
        m_sourceIndex.insert(m_sources[i].id, i);
    }
    for (std::size_t i = 0; i < m_tags.size(); ++i) {
        m_tagIndex.insert(m_tags[i].id, i);
    }
    return {};
}

void CaseDocument::clearCache()
{
    m_claims.clear();
    m_claimIndex.clear();
    m_claimCounts.clear();
    m_links.clear();
    m_linksByClaim.clear();
    m_sources.clear();
    m_sourceIndex.clear();
    m_tags.clear();
    m_tagIndex.clear();
    m_analysis = {};
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

const model::Link* CaseDocument::link(LinkId id) const
{
    const auto it = std::find_if(m_links.cbegin(), m_links.cend(), [id](const model::Link& l) { return l.id == id; });
    return it == m_links.cend() ? nullptr : &*it;
}

std::vector<model::Link> CaseDocument::linksOf(ClaimId claim) const
{
    std::vector<model::Link> result;
    for (std::size_t i : m_linksByClaim.value(claim)) {
        result.push_back(m_links[i]);
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
