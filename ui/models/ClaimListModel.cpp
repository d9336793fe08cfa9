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
        return;
    }
    m_searchTextsFrom = row;
    QTimer::singleShot(0, this, &ClaimListModel::makeSearchTexts);
}

void ClaimListModel::namesChanged()
{
    m_searchText.clear();
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
    // Folded cell by cell, one per line as the role promises (foldKey turns line breaks into spaces). The source's
    // aliases count too: an alias finds the claims of the source it names, as it does when attributing.
    QString text;
    for (int column = 0; column < ColumnCount; ++column) {
        if (column != IndependentColumn) {
            text += text::foldKey(data(this->index(row, column)).toString()) + u'\n';
        }
    }
    const model::Claim* found = claimOfRow(row);
    if (const model::Source* source = found ? document().cache().source(found->source) : nullptr) {
        for (const QString& alias : source->aliases) {
            text += text::foldKey(alias) + u'\n';
        }
    }
    QByteArray utf8 = text.toUtf8();
    utf8.squeeze(); // kept for every row: what converting reserved beyond it is tens of MB at 50,000 claims
    return *m_searchText.insert(claim, utf8);
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
        switch (index.column()) {
        case StatementColumn:
            return claim.statement.simplified();
        case SourceColumn:
            return claimSourceName(document(), claim.id);
        case ReportColumn:
            return reportShortLabel(document(), claim.report);
        case TagsColumn:
            return tagsText(claim);
        case GradeColumn:
            return gradeText(sourceReliability(claim), claim.credibility);
        case IndependentColumn:
            return analysed ? analysed->independentSources : 0;
        default:
            return {};
        }
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
