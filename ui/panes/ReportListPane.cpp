// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/ReportListPane.h"

#include "ui/document/CaseDocument.h"
#include "ui/models/ReportListModel.h"
#include "ui/widgets/FilterFieldKeys.h"
#include "ui/widgets/FilteredOutNote.h"
#include "ui/widgets/QueryField.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace corrob::ui {
namespace {

// Differs from every report id and from "no report", so the next announcement always happens.
constexpr ReportId kNothingAnnounced{-1};

} // namespace

ReportListPane::ReportListPane(CaseDocument& document, QWidget* parent)
    : QWidget(parent), m_model(new ReportListModel(document, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filterEdit(new QLineEdit(this)), m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // every column
    m_proxy->setSortRole(ReportListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_filterEdit->setObjectName(QStringLiteral("reportFilterLineEdit"));
    markAsQueryField(m_filterEdit);
    m_filterEdit->setPlaceholderText(tr("Filter reports (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    // Files dropped here are meant for the case (the window imports them), not typed into the filter as paths.
    m_filterEdit->setAcceptDrops(false);
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto* focusFilter = new QAction(tr("Filter Reports"), this);
    focusFilter->setObjectName(QStringLiteral("filterReportsAction"));
    focusFilter->setShortcut(QKeySequence::Find);
    focusFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusFilter, &QAction::triggered, m_filterEdit, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    addAction(focusFilter);

    m_view->setObjectName(QStringLiteral("reportListView"));
    m_view->setModel(m_proxy);
    new FilteredOutNote(m_view, m_proxy, tr("No reports match the filter."));
    leadDownInto(m_filterEdit, m_view);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setDragEnabled(true); // onto a report pane, to read it there
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    // Titles cut in the middle: reports of one press release start alike ("Amnesty International says it h…" twice
    // in the sample) and differ at the end.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(ReportListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ReportListModel::OutletColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ReportListModel::PublishedColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ReportListModel::ClaimsColumn, QHeaderView::Interactive);
    header->resizeSection(ReportListModel::ClaimsColumn, header->fontMetrics().horizontalAdvance(tr("Claims")) + 16);
    // Room for a short outlet name; the dates take what the case's dates need (fitDates), the title the rest.
    const QFontMetrics metrics = m_view->fontMetrics();
    header->resizeSection(ReportListModel::OutletColumn, metrics.horizontalAdvance(QStringLiteral("Al Jazeera")) + 16);
    fitDates();
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (column == ReportListModel::PublishedColumn && !m_fittingDates) {
            m_datesUserSized = true;
        }
    });
    // Import order until the user clicks a header; a third click on a header returns to import order.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setSortIndicatorClearable(true);
    m_view->setSortingEnabled(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_view, 1);

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_beforeReset = currentReport(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReportListPane::onModelReset);
    // A corrected date changes its row in place: "2022-04-01" where there was only a year needs more room.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                if (topLeft.column() <= ReportListModel::PublishedColumn &&
                    bottomRight.column() >= ReportListModel::PublishedColumn) {
                    fitDates();
                }
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReportListPane::announceCurrent);
    // Double-click or Enter opens a report for reading; a click only picks it (the Inspector shows it), so the report
    // being read stays where it is.
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid()) {
            Q_EMIT openRequested(ReportId(index.data(ReportListModel::ReportIdRole).toLongLong()));
        }
    });
    // A click on a report (or moving through the list with the keyboard) shows it in the Inspector.
    connect(m_view, &QAbstractItemView::clicked, this, [this, &document](const QModelIndex& index) {
        document.selection().setCurrentReport(ReportId(index.data(ReportListModel::ReportIdRole).toLongLong()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, &document](const QModelIndex& index) {
                if (index.isValid() && m_view->hasFocus()) {
                    document.selection().setCurrentReport(
                        ReportId(index.data(ReportListModel::ReportIdRole).toLongLong()));
                }
            });
    // When filtering removes the current row the selection model moves the current index to a neighbour but
    // leaves the highlight behind; when the filter is cleared from an empty list nothing is current at all.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ReportListPane::syncSelection);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ReportListPane::syncSelection);
}

ReportId ReportListPane::currentReport() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? ReportId(current.data(ReportListModel::ReportIdRole).toLongLong()) : ReportId();
}

bool ReportListPane::selectReport(ReportId report)
{
    const int row = m_model->rowOf(report);
    if (row < 0) {
        return false;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ReportListModel::TitleColumn));
    if (!index.isValid()) {
        m_filterEdit->clear();
        index = m_proxy->mapFromSource(m_model->index(row, ReportListModel::TitleColumn));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void ReportListPane::setContextActions(const QList<QAction*>& actions)
{
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions(actions); // and so their shortcuts work while the table has focus, not the filter line
}

void ReportListPane::onModelReset()
{
    // Announce once after a reset even an unchanged id: it may name a report of another case now, and an empty
    // list is news too.
    m_current = kNothingAnnounced;
    // Keep reading the same report when it survived the reset; otherwise start at the top of the list.
    if (!selectReport(m_beforeReset) && m_proxy->rowCount() > 0) {
        m_view->setCurrentIndex(m_proxy->index(0, ReportListModel::TitleColumn));
    }
    m_beforeReset = ReportId();
    announceCurrent();
    fitDates();
}

void ReportListPane::fitDates()
{
    // As wide as the dates in sight or the header's word, whichever is wider: room for "2022-04-01" where a report
    // has a full date, and the room of a year or of "—" given to the title where none has (in German the crowded
    // title read "Amnesty In…" beside "Veröffentlicht" and "Behauptungen").
    // A width the user gave the column stays.
    if (m_datesUserSized) {
        return;
    }
    QHeaderView* header = m_view->horizontalHeader();
    const QAbstractItemView* view = m_view; // sizeHintForColumn is public there
    m_fittingDates = true;
    header->resizeSection(ReportListModel::PublishedColumn,
                          std::max(view->sizeHintForColumn(ReportListModel::PublishedColumn),
                                   header->sectionSizeHint(ReportListModel::PublishedColumn)));
    m_fittingDates = false;
}

void ReportListPane::syncSelection()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() && m_proxy->rowCount() > 0) {
        m_view->setCurrentIndex(m_proxy->index(0, ReportListModel::TitleColumn));
        return;
    }
    if (current.isValid() && !m_view->selectionModel()->isRowSelected(current.row(), {})) {
        m_view->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    announceCurrent();
}

void ReportListPane::announceCurrent()
{
    const ReportId report = currentReport();
    if (report == m_current) {
        return;
    }
    m_current = report;
    Q_EMIT reportSelected(report);
}

} // namespace corrob::ui
