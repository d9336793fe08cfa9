// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/ClaimListModel.h"

#include "core/text/Fold.h"

#include "ui/document/CaseDocument.h"
#include "ui/document/ClaimText.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFont>
#include <QIcon>
#include <QStringEncoder>
#include <QStyle>
#include <QTimer>

namespace corrob::ui {
namespace {

QString orphanedText()
{
    return QCoreApplication::translate("ClaimListModel", "Orphaned: could not be placed in the new version");
}

QIcon orphanedIcon()
{
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

} // namespace

ClaimListModel::ClaimListModel(const CaseDocument& document, QObject* parent) : ClaimRowModel(document, parent)
{
    // A source's name, aliases or reliability and a tag's name show in (and are searched in) rows whose claims did
    // not change: those cells are told to repaint and the search text is made again when next asked.
    for (auto signal : {&CaseDocument::sourcesChanged, &CaseDocument::tagsChanged}) {
        connect(&document, signal, this, &ClaimListModel::namesChanged);
    }
    reset();
}

void ClaimListModel::resetState()
{
    m_searchText.clear();
    m_foldedReportLabels.clear(); // a report changed or left (reportsChanged resets)
    m_foldedSources.clear();
    scheduleSearchTexts();
}

void ClaimListModel::scheduleSearchTexts()
{
    const bool scheduled = m_searchTextsFrom >= 0;
    m_searchTextsFrom = 0;
    if (!scheduled) {
        QTimer::singleShot(0, this, &ClaimListModel::makeSearchTexts);
    }
}

void ClaimListModel::makeSearchTexts()
{
    if (document().analysis().isBusy()) {
        // A large case's analysis runs on a worker (as the case opens, or after a large change): what the user waits
        // for, and on two cores the texts took the core it needed. They wait for it, looking again every 25 ms; a
        // filter typed meanwhile makes the texts it needs itself.
        QTimer::singleShot(25, this, &ClaimListModel::makeSearchTexts);
        return;
    }
    // A slice at a time between the window's other events. An edit, a click or a keystroke that arrives meanwhile
    // waits for the slice to end, so a slice is a quarter of a frame: an edit in a 50,000-claim case takes about
    // 10 ms of the UI thread, and the two together still fit in one frame (16 ms).
    constexpr qint64 kSliceNs = 4'000'000;
    QElapsedTimer slice;
    slice.start();
    const int rows = rowCount();
    int row = m_searchTextsFrom;
    for (; row < rows && slice.nsecsElapsed() < kSliceNs; ++row) {
        (void)searchText(row);
    }
    if (row >= rows) {
        m_searchTextsFrom = -1;
        m_utf8Buffer = QByteArray();
        m_foldedReportLabels = {}; // 20,000 reports' labels: asked for again only by a row made anew
        m_foldedSources = {};
        return;
    }
    m_searchTextsFrom = row;
    QTimer::singleShot(0, this, &ClaimListModel::makeSearchTexts);
}

void ClaimListModel::namesChanged()
{
    m_searchText.clear();
    m_foldedReportLabels.clear(); // an outlet is a source: its new name may be a report's
    m_foldedSources.clear();
    scheduleSearchTexts();
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, SourceColumn), index(rowCount() - 1, GradeColumn));
    }
}

int ClaimListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClaimListModel::tagsText(const model::Claim& claim) const
{
    QStringList names;
    for (TagId tag : claim.tags) {
        names << document().cache().tagPath(tag);
    }
    return names.join(QStringLiteral(", "));
}

void ClaimListModel::rowsAboutToSync(const QList<ClaimId>& claims)
{
    for (ClaimId claim : claims) {
        m_searchText.remove(claim);
    }
    if (claims.size() > 1000) { // many claims changed (an import, a new version): make them again meanwhile
        scheduleSearchTexts();
    }
}

const QByteArray& ClaimListModel::searchText(int row) const
{
    const ClaimId claim = claimAt(row);
    if (const auto known = m_searchText.constFind(claim); known != m_searchText.cend()) {
        return *known;
    }
    // Folded cell by cell, one per line as the role promises (foldKey turns line breaks into spaces, and collapses
    // spaces as the Statement cell's simplified() does). The source's aliases count too: an alias finds the claims of
    // the source it names, as it does when attributing. What is the same for many claims (their source's name,
    // aliases and grade letter, their report's label) is folded once; the text is made in room reserved for it.
    const model::Claim* found = claimOfRow(row);
    QString text;
    if (found) {
        const FoldedSource& source = foldedSource(found->source);
        text.reserve(found->statement.size() + source.name.size() + source.aliases.size() + 96);
        text += text::foldKey(found->statement) + u'\n';
        text += source.name + u'\n';
        text += foldedReportLabel(found->report) + u'\n';
        if (!found->tags.isEmpty()) {
            text += text::foldKey(tagsText(*found));
        }
        text += u'\n';
        text += source.reliability; // the Grade cell: the source's letter, then the claim's credibility
        if (found->credibility != 0) {
            text += QString::number(found->credibility);
        }
        text += u'\n';
        text += source.aliases;
    } else {
        text = QStringLiteral("\n\n\n\n\n");
    }
    // Kept for every row, so at its size: converted in a buffer kept for the next text (converting reserves three
    // bytes a unit, tens of MB at 50,000 claims), then copied.
    m_utf8Buffer.resize(std::max(m_utf8Buffer.size(), text.size() * 3));
    QStringEncoder toUtf8(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    const char* end = toUtf8.appendToBuffer(m_utf8Buffer.data(), text);
    return *m_searchText.insert(claim, QByteArray(m_utf8Buffer.constData(), end - m_utf8Buffer.constData()));
}

const ClaimListModel::FoldedSource& ClaimListModel::foldedSource(SourceId id) const
{
    if (const auto known = m_foldedSources.constFind(id); known != m_foldedSources.cend()) {
        return *known;
    }
    FoldedSource folded;
    if (const model::Source* source = document().cache().source(id)) {
        folded.name = text::foldKey(source->name);
        folded.reliability = text::foldKey(gradeText(source->reliability, 0));
        for (const QString& alias : source->aliases) {
            folded.aliases += text::foldKey(alias) + u'\n';
        }
    }
    return *m_foldedSources.insert(id, std::move(folded));
}

const QString& ClaimListModel::foldedReportLabel(ReportId report) const
{
    if (const auto known = m_foldedReportLabels.constFind(report); known != m_foldedReportLabels.cend()) {
        return *known;
    }
    return *m_foldedReportLabels.insert(report, text::foldKey(reportCell(report)));
}

QString ClaimListModel::reportCell(ReportId report) const
{
    // A narrow cell: "#1" where the report names no outlet ("Report #1" elided to "Report…" lost the number).
    const model::ReportSummary* summary = document().reportSummary(report);
    return summary && summary->metadata.outlet.isEmpty() ? QStringLiteral("#%1").arg(report.value)
                                                         : reportShortLabel(document(), report);
}

QString ClaimListModel::sourceReliability(const model::Claim& claim) const
{
    const model::Source* source = document().cache().source(claim.source);
    return source ? source->reliability : QString();
}

QString ClaimListModel::reportToolTip(ReportId report) const
{
    const model::ReportSummary* summary = document().reportSummary(report);
    if (!summary) {
        return {};
    }
    QStringList lines{document().reportTitle(report)};
    if (!summary->metadata.outlet.isEmpty()) {
        lines << summary->metadata.outlet;
    }
    if (summary->metadata.published.isKnown()) {
        lines << summary->metadata.published.iso;
    }
    lines << tr("Report #%1").arg(report.value);
    return lines.join(u'\n');
}

QString ClaimListModel::independentToolTip(const analysis::ClaimAnalysis* analysed)
{
    if (!analysed || analysed->independentSources == 0) {
        return tr("No independent source yet: the claim has no known origin");
    }
    QStringList names;
    for (const analysis::Origin& origin : analysed->origins) {
        names << origin.name;
    }
    return tr("%n independent source(s): %1", nullptr, analysed->independentSources).arg(names.join(u", "));
}

QVariant ClaimListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const model::Claim* found = claimOfRow(index.row());
    if (!found) {
        return {};
    }
    const model::Claim& claim = *found;
    const analysis::ClaimAnalysis* analysed = document().analysis().result().find(claim.id);
    switch (role) {
    case ClaimIdRole:
        return claim.id.value;
    case ReportIdRole:
        return claim.report.value;
    case SourceIdRole:
        return claim.source.value;
    case TagIdsRole: {
        QVariantList ids;
        for (TagId tag : claim.tags) {
            ids << tag.value;
        }
        return ids;
    }
    case OrphanedRole:
        return claim.orphaned;
    case SearchTextRole:
        return searchText(index.row());
    case Qt::ToolTipRole:
        if (index.column() == ReportColumn) {
            return reportToolTip(claim.report);
        }
        if (index.column() == GradeColumn) {
            return gradeToolTip(sourceReliability(claim), claim.credibility);
        }
        if (index.column() == IndependentColumn) {
            return independentToolTip(analysed);
        }
        return claim.orphaned
                   ? QStringLiteral("<p><b>%1</b></p>").arg(orphanedText()) + claimToolTip(document(), claim.id)
                   : claimToolTip(document(), claim.id);
    case Qt::DecorationRole:
        if (index.column() != StatementColumn) {
            return {};
        }
        return claim.orphaned ? QVariant(orphanedIcon()) : QVariant(claimColour(document(), claim.id));
    case Qt::FontRole:
        if (claim.orphaned) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= GradeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        if (index.column() == GradeColumn) {
            return claim.credibility == 0 ? 7 : claim.credibility;
        }
        if (index.column() == IndependentColumn) {
            return analysed ? analysed->independentSources : 0;
        }
        return data(index, Qt::DisplayRole).toString().toLower();
    case Qt::DisplayRole:
        if (index.column() == IndependentColumn) {
            return analysed ? analysed->independentSources : 0;
        }
        return cellText(claim, index.column());
    default:
        return {};
    }
}

QString ClaimListModel::cellText(const model::Claim& claim, int column) const
{
    switch (column) {
    case StatementColumn:
        return claim.statement.simplified();
    case SourceColumn: {
        const model::Source* source = document().cache().source(claim.source);
        return source ? source->name : QString();
    }
    case ReportColumn:
        return reportCell(claim.report);
    case TagsColumn:
        return tagsText(claim);
    case GradeColumn:
        return gradeText(sourceReliability(claim), claim.credibility);
    default:
        return {};
    }
}

QVariant ClaimListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case StatementColumn:
            return tr("What the claim says, in your words (the quote is in the report)");
        case SourceColumn:
            return tr("Who makes the claim");
        case ReportColumn:
            return tr("The report the claim is marked in: its number and outlet");
        case TagsColumn:
            return tr("The claim's codes from the case's codebook");
        case GradeColumn:
            return tr("<p>Admiralty grade, e.g. <b>B2</b>: the source's reliability (A completely reliable … E "
                      "unreliable, F cannot be judged) and the claim's credibility (1 confirmed by independent "
                      "sources … 5 improbable, 6 cannot be judged), graded apart.</p><p>Help &gt; What Is a B2? "
                      "explains each grade.</p>");
        case IndependentColumn:
            return tr("<p><b>Independent sources</b>: how many distinct origins stand behind the claim, counting "
                      "the claim and the claims that corroborate it. Ten outlets repeating one press release are "
                      "one source.</p>");
        default:
            return {};
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StatementColumn:
        return tr("Statement");
    case SourceColumn:
        return tr("Source");
    case ReportColumn:
        return tr("Report");
    case TagsColumn:
        return tr("Tags");
    case GradeColumn:
        return tr("Grade");
    case IndependentColumn:
        return tr("Indep.");
    default:
        return {};
    }
}

} // namespace corrob::ui
