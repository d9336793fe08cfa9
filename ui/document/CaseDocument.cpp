// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/CaseDocument.h"

#include "core/case/SampleCase.h"
#include "ui/document/SampleCaseLocation.h"

#include <QUndoStack>

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
    m_undoStack->clear();
    m_case.reset();
    m_title.clear();
    m_reports.clear();
    m_reportIndex.clear();
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
        Q_EMIT reportsChanged();
    }
    return outcome;
}

} // namespace corrob::ui
