// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/ReportListModel.h"

#include "ui/document/CaseDocument.h"
#include "ui/document/MimeTypes.h"

#include <QFont>
#include <QGuiApplication>
#include <QMimeData>
#include <QPalette>

#include <algorithm>

namespace corrob::ui {
namespace {

QString publishedText(const model::PartialDate& date)
{
    return date.isKnown() ? date.displayText() : QStringLiteral("—");
}

} // namespace

ReportListModel::ReportListModel(const CaseDocument& document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(&document, &CaseDocument::caseOpened, this, &ReportListModel::reload);
    connect(&document, &CaseDocument::caseClosed, this, &ReportListModel::reload);
    // The same reports with corrected metadata change in place (the rows, and so the current report, stay); new
    // or other reports reset the model.
    connect(&document, &CaseDocument::reportsChanged, this, [this] {
        const auto& reports = m_document.reportSummaries();
        const bool sameRows =
            !m_reports.empty() && std::equal(m_reports.cbegin(), m_reports.cend(), reports.cbegin(), reports.cend(),
                                             [](const auto& a, const auto& b) { return a.id == b.id; });
        if (!sameRows) {
            reload();
            return;
        }
        m_reports = reports;
        readClaimCounts();
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, SortRole});
    });
    // Claim counts change with every mark and delete: one column changes, the rows (and the selection) stay. Only
    // the rows whose count changed are announced: all 20,000 of a large case would have a sorting view sort again.
    connect(&document, &CaseDocument::claimsChanged, this, &ReportListModel::syncClaimCounts);
    m_reports = document.reportSummaries();
    readClaimCounts();
}

void ReportListModel::readClaimCounts()
{
    m_claimCounts = std::vector<int>();
    m_claimCounts.reserve(m_reports.size());
    for (const model::ReportSummary& report : m_reports) {
        m_claimCounts.push_back(m_document.cache().claimCount(report.id));
    }
}

void ReportListModel::reload()
{
    beginResetModel();
    // A fresh vector moved in, not copy-assigned: copying into the old one keeps its storage (6 MB for 20,000
    // reports) after the case closed.
    m_reports = std::vector<model::ReportSummary>(m_document.reportSummaries());
    readClaimCounts();
    endResetModel();
}

void ReportListModel::syncClaimCounts()
{
    m_claimCounts.resize(m_reports.size(), -1);
    for (std::size_t row = 0; row < m_reports.size();) {
        auto differs = [this](std::size_t r) {
            const int count = m_document.cache().claimCount(m_reports[r].id);
            const bool changed = m_claimCounts[r] != count;
            m_claimCounts[r] = count;
            return changed;
        };
        if (!differs(row)) {
            ++row;
            continue;
        }
        std::size_t end = row + 1;
        while (end < m_reports.size() && differs(end)) {
            ++end;
        }
        Q_EMIT dataChanged(index(int(row), ClaimsColumn), index(int(end - 1), ClaimsColumn),
                           {Qt::DisplayRole, SortRole});
        row = end + 1; // differs(end) was false, and recorded
    }
}

int ReportListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

int ReportListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const model::ReportSummary& report = m_reports[std::size_t(index.row())];
    const model::ReportMetadata& meta = report.metadata;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: {
            const QString title = meta.title.isEmpty() ? tr("(untitled)") : meta.title;
            // Told apart from the newer version, which usually has the same title (said first: the middle is what is
            // cut).
            return m_document.newerVersionOf(report.id).isValid() ? tr("(earlier) %1").arg(title) : title;
        }
        case OutletColumn:
            return meta.outlet;
        case PublishedColumn:
            return publishedText(meta.published);
        case ClaimsColumn:
            return m_document.cache().claimCount(report.id);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return meta.title;
        case OutletColumn:
            return meta.outlet;
        case PublishedColumn:
            return meta.published.iso; // ISO text sorts chronologically; unknown dates first
        case ClaimsColumn:
            return m_document.cache().claimCount(report.id);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines{meta.title.isEmpty() ? tr("(untitled)") : meta.title};
        if (!meta.outlet.isEmpty()) {
            lines << tr("Outlet: %1").arg(meta.outlet);
        }
        if (!meta.author.isEmpty()) {
            lines << tr("Author: %1").arg(meta.author);
        }
        if (!report.metadata.published.isKnown()) {
            lines << tr("Published: unknown");
        } else {
            lines << tr("Published: %1").arg(meta.published.displayText());
        }
        lines << tr("SHA-256: %1…").arg(report.sha256.left(12));
        if (report.previousVersion.isValid()) {
            lines << tr("A new version of “%1”: its claims moved here.")
                         .arg(m_document.reportTitle(report.previousVersion));
        }
        if (const ReportId newer = m_document.newerVersionOf(report.id); newer.isValid()) {
            lines << tr("Superseded by a newer version, “%1”: its claims are there now.")
                         .arg(m_document.reportTitle(newer));
        }
        return lines.join(u'\n');
    }
    case Qt::FontRole:
        if (m_document.newerVersionOf(report.id).isValid()) { // an earlier capture, kept as evidence
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (m_document.newerVersionOf(report.id).isValid()) {
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        }
        return {};
    case ReportIdRole:
        return report.id.value;
    case Qt::TextAlignmentRole:
        return index.column() == ClaimsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant ReportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case OutletColumn:
        return tr("Outlet");
    case PublishedColumn:
        return tr("Published");
    case ClaimsColumn:
        return tr("Claims");
    default:
        return {};
    }
}

Qt::ItemFlags ReportListModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? QAbstractTableModel::flags(index) | Qt::ItemIsDragEnabled : Qt::NoItemFlags;
}

QStringList ReportListModel::mimeTypes() const
{
    return {kReportMimeType};
}

QMimeData* ReportListModel::mimeData(const QModelIndexList& indexes) const
{
    const auto first = std::find_if(indexes.cbegin(), indexes.cend(), [this](const QModelIndex& index) {
        return index.isValid() && index.model() == this && reportAt(index.row()).isValid();
    });
    if (first == indexes.cend()) {
        return nullptr;
    }
    const model::ReportSummary& report = m_reports[std::size_t(first->row())];
    auto* mime = new QMimeData;
    mime->setData(kReportMimeType, QByteArray::number(report.id.value));
    mime->setText(report.metadata.title);
    return mime;
}

ReportId ReportListModel::reportAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_reports.size() ? m_reports[std::size_t(row)].id : ReportId();
}

int ReportListModel::rowOf(ReportId report) const
{
    for (std::size_t i = 0; i < m_reports.size(); ++i) {
        if (m_reports[i].id == report) {
            return int(i);
        }
    }
    return -1;
}

} // namespace corrob::ui
