// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/ClaimsPane.h"

#include "ui/document/CaseDocument.h"
#include "ui/models/ClaimFilterProxyModel.h"
#include "ui/models/ClaimListModel.h"
#include "ui/widgets/ElidingComboBox.h"
#include "ui/widgets/FilterFieldKeys.h"
#include "ui/widgets/FilteredOutNote.h"
#include "ui/widgets/QueryField.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace corrob::ui {
namespace {

const QString kColumnsKey = QStringLiteral("claims/columnWidths");
constexpr int kLeastStatement = 20; // characters of the statement always in sight

} // namespace

ClaimsPane::ClaimsPane(CaseDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new ClaimListModel(document, this)),
      m_proxy(new ClaimFilterProxyModel(this)), m_filterEdit(new QLineEdit(this)),
      m_reportCombo(new ElidingComboBox(this)), m_sourceCombo(new ElidingComboBox(this)),
      m_tagCombo(new ElidingComboBox(this)), m_statusCombo(new ElidingComboBox(this)), m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("claimsPane"));
    m_proxy->setSourceModel(m_model);

    m_filterEdit->setObjectName(QStringLiteral("claimFilterLineEdit"));
    markAsQueryField(m_filterEdit);
    m_filterEdit->setPlaceholderText(tr("Filter claims"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &ClaimFilterProxyModel::setText);

    m_reportCombo->setObjectName(QStringLiteral("claimReportFilterComboBox"));
    m_sourceCombo->setObjectName(QStringLiteral("claimSourceFilterComboBox"));
    m_tagCombo->setObjectName(QStringLiteral("claimTagFilterComboBox"));
    m_statusCombo->setObjectName(QStringLiteral("claimStatusFilterComboBox"));
    m_statusCombo->addItem(tr("Any status"), int(ClaimFilterProxyModel::Status::Any));
    m_statusCombo->addItem(tr("Placed"), int(ClaimFilterProxyModel::Status::Placed));
    m_statusCombo->addItem(tr("Orphaned"), int(ClaimFilterProxyModel::Status::Orphaned));
    m_statusCombo->addItem(tr("Quote changed"), int(ClaimFilterProxyModel::Status::QuoteChanged));
    m_statusCombo->setItemData(2, tr("Claims that could not be placed in the new version of their report"),
                               Qt::ToolTipRole);
    m_statusCombo->setItemData(3,
                               tr("Claims a new version of their report placed on words that changed, not edited or "
                                  "marked checked since: check their statements"),
                               Qt::ToolTipRole);
    for (QComboBox* combo :
         std::initializer_list<QComboBox*>{m_reportCombo, m_sourceCombo, m_tagCombo, m_statusCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(4);
    }
    // In a narrow dock the four boxes took all the room and left the words filter a sliver ("Fi…"): it keeps the
    // width of its hint and the clear button.
    m_filterEdit->setMinimumWidth(m_filterEdit->fontMetrics().horizontalAdvance(m_filterEdit->placeholderText()) +
                                  2 * m_filterEdit->fontMetrics().height() + 8);
    connect(m_reportCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setReport(ReportId(m_reportCombo->currentData().toLongLong())); });
    connect(m_sourceCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSource(SourceId(m_sourceCombo->currentData().toLongLong())); });
    connect(m_tagCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTag(TagId(m_tagCombo->currentData().toLongLong())); });
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        keepStatusWhole();
        readChangedQuotes();
        m_proxy->setStatus(ClaimFilterProxyModel::Status(m_statusCombo->currentData().toInt()));
    });
    // Any edit of a claim (Checked is one), an import or a deleted version changes which claims quote changed words.
    // Another case opened: its claims are numbered from 1 too, and the last case's set would name the wrong ones. One
    // edit sends several of these: the log is read once, when they have all come.
    auto* reread = new QTimer(this);
    reread->setObjectName(QStringLiteral("changedQuotesTimer"));
    reread->setSingleShot(true);
    reread->setInterval(0);
    connect(reread, &QTimer::timeout, this, &ClaimsPane::readChangedQuotes);
    for (auto signal : {&CaseDocument::claimsChanged, &CaseDocument::reportsChanged, &CaseDocument::cacheReloaded}) {
        connect(&document, signal, reread, qOverload<>(&QTimer::start));
    }
    connect(&document, &CaseDocument::claimRowsChanged, reread, qOverload<>(&QTimer::start));
    // Not a moment with the last case's ids over the new case's claims.
    connect(&document, &CaseDocument::caseOpened, this, &ClaimsPane::readChangedQuotes);
    connect(&document, &CaseDocument::caseClosed, this, &ClaimsPane::readChangedQuotes);

    m_view->setObjectName(QStringLiteral("claimTableView"));
    m_view->setModel(m_proxy);
    new FilteredOutNote(m_view, m_proxy, tr("No claims match these filters."));
    leadDownInto(m_filterEdit, m_view);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Every column stays user-resizable (Interactive); fitColumns() shares the width out as the dock resizes.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    const int character = m_view->fontMetrics().averageCharWidth();
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_fitting && column != ClaimListModel::StatementColumn) {
            m_userSized = true;
            saveColumns();
        }
    });
    m_view->viewport()->installEventFilter(this);
    header->setMinimumSectionSize(character * 4);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setSortIndicatorClearable(true);
    m_view->setSortingEnabled(true);

    m_filters = new QGridLayout;
    m_filters->setContentsMargins(0, 0, 0, 0);
    m_filters->setSpacing(4);
    placeFilters(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->setSizeConstraint(QLayout::SetNoConstraint); // the least width is minimumSizeHint()'s, in two rows
    layout->addLayout(m_filters);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index, const QModelIndex& previous) {
                // The current row moves to a neighbour when its claim goes (an undone Mark Claim, a deletion): that
                // neighbour was not picked, and making it current would scroll a pane to it and aim the next edit.
                const bool previousGone =
                    previous.isValid() &&
                    !m_document.cache().claim(ClaimId(previous.data(ClaimListModel::ClaimIdRole).toLongLong()));
                if (!m_syncing && index.isValid() && !previousGone) {
                    // Picked here, the row is where the user sees it: scrolling it now would move another row
                    // under the mouse button, still down, which the table would then select.
                    m_pickedHere = true;
                    m_document.selection().setCurrentClaim(
                        ClaimId(index.data(ClaimListModel::ClaimIdRole).toLongLong()));
                    m_pickedHere = false;
                }
            });
    // A click on the current claim's row picks it again (the Inspector shows it once more after a link, a
    // source or a report).
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex& index) {
        if (!m_syncing && index.isValid()) {
            m_document.selection().setCurrentClaim(ClaimId(index.data(ClaimListModel::ClaimIdRole).toLongLong()));
        }
    });
    connect(&document.selection(), &WorkbenchSelection::currentClaimChanged, this, &ClaimsPane::selectCurrentClaim);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClaimsPane::selectCurrentClaim);
    // New texts may need other widths (until the user sizes the columns): once, after a burst of changes.
    auto* refit = new QTimer(this);
    refit->setSingleShot(true);
    refit->setInterval(0);
    connect(refit, &QTimer::timeout, this, &ClaimsPane::fitColumns);
    connect(m_model, &QAbstractItemModel::modelReset, refit, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsInserted, refit, qOverload<>(&QTimer::start));
    for (auto signal : {&CaseDocument::caseOpened, &CaseDocument::caseClosed, &CaseDocument::sourcesChanged,
                        &CaseDocument::tagsChanged, &CaseDocument::reportsChanged}) {
        connect(&document, signal, this, &ClaimsPane::fillFilterCombos);
    }
    fillFilterCombos();
}

void ClaimsPane::placeFilters(bool twoRows)
{
    // One row when the words filter and the four boxes fit side by side; in a narrow dock (the bottom row of a
    // 1024-pixel window) the boxes go under the words filter, so that the dock beside keeps its share.
    m_twoRows = twoRows;
    for (QWidget* filter : filterWidgets()) {
        m_filters->removeWidget(filter);
    }
    // Room beyond their least widths is shared alike, so that the boxes show "All reports" whole where they can.
    const int boxRow = twoRows ? 1 : 0;
    const int firstBox = twoRows ? 0 : 1;
    m_filters->addWidget(m_filterEdit, 0, 0, 1, twoRows ? 4 : 1);
    m_filters->addWidget(m_reportCombo, boxRow, firstBox);
    m_filters->addWidget(m_sourceCombo, boxRow, firstBox + 1);
    m_filters->addWidget(m_tagCombo, boxRow, firstBox + 2);
    m_filters->addWidget(m_statusCombo, boxRow, firstBox + 3);
    for (int column = 0; column < 5; ++column) {
        m_filters->setColumnStretch(column, column < firstBox + 4 ? 1 : 0);
    }
}

QList<QWidget*> ClaimsPane::filterWidgets() const
{
    return {m_filterEdit, m_reportCombo, m_sourceCombo, m_tagCombo, m_statusCombo};
}

int ClaimsPane::oneRowWidth() const
{
    int width = 4 * m_filters->spacing() + 8; // and the pane's margins
    for (QWidget* filter : filterWidgets()) {
        width += filter->minimumSizeHint().width();
    }
    return std::max(width, m_filterEdit->minimumWidth() + width - m_filterEdit->minimumSizeHint().width());
}

QSize ClaimsPane::minimumSizeHint() const
{
    // The two-row arrangement's: the boxes side by side, each at its least.
    int boxes = 3 * m_filters->spacing() + 8;
    for (QWidget* box : filterWidgets().mid(1)) {
        boxes += box->minimumSizeHint().width();
    }
    const QSize least = QWidget::minimumSizeHint();
    return {std::min(least.width(), std::max(boxes, m_filterEdit->minimumWidth() + 8)), least.height()};
}

void ClaimsPane::resizeEvent(QResizeEvent* event)
{
    if (const bool twoRows = width() < oneRowWidth(); twoRows != m_twoRows) {
        placeFilters(twoRows);
    }
    keepStatusWhole();
    QWidget::resizeEvent(event);
}

void ClaimsPane::keepStatusWhole()
{
    // Shared alike, the room left the status box "Quote cha…" at the usual dock width, a filter that hides claims
    // read as something else. The report, source and tag boxes can be long and elide; a status is a word or two.
    int others = 3 * m_filters->spacing() + 8; // and the pane's margins
    for (QWidget* box : {m_reportCombo, m_sourceCombo, m_tagCombo}) {
        others += box->minimumSizeHint().width();
    }
    if (!m_twoRows) {
        others += m_filterEdit->minimumWidth() + m_filters->spacing();
    }
    const int whole = m_statusCombo->wholeTextWidth();
    m_statusCombo->setMinimumWidth(width() - others >= whole ? whole : 0);
}

bool ClaimsPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        fitColumns();
    }
    return QWidget::eventFilter(watched, event);
}

int ClaimsPane::leastStatementWidth() const
{
    // The colour swatch, the cell's margins and about twenty characters of the statement: a few words to read.
    const int swatch = m_view->iconSize().isValid() ? m_view->iconSize().width() : m_view->fontMetrics().height();
    return swatch + 16 + m_view->fontMetrics().averageCharWidth() * kLeastStatement;
}

int ClaimsPane::headerWordsWidth(int column) const
{
    // The header style's margins (4 pixels each side) and a little air: the words whole, no more.
    return m_view->horizontalHeader()->fontMetrics().horizontalAdvance(
               m_proxy->headerData(column, Qt::Horizontal).toString()) +
           12;
}

void ClaimsPane::fitColumns()
{
    // The statement is what an investigator reads: it keeps at least 45% of the width, and never less than a few
    // words (leastStatementWidth). Source, Report and Tags get what their texts in sight need, up to a few words each
    // (tooltips have the rest); in a dock too narrow for that they give way first, in proportion to their need, down
    // to their headers' whole words. Grade and Indep. just fit. Only a table too narrow even for that scrolls sideways.
    QHeaderView* header = m_view->horizontalHeader();
    const QFontMetrics headerMetrics = header->fontMetrics();
    const int character = m_view->fontMetrics().averageCharWidth();
    const int width = m_view->viewport()->width();
    const int leastStatement = leastStatementWidth();
    m_fitting = true;
    if (!m_userSized) {
        auto headerWidth = [this](int column) {
            return headerWordsWidth(column);
        };
        const int grade = std::max(headerWidth(ClaimListModel::GradeColumn),
                                   m_view->fontMetrics().horizontalAdvance(QStringLiteral("B2")) + 18);
        const int independent = headerWidth(ClaimListModel::IndependentColumn);
        struct Share
        {
            int column;
            int fewest;
            int wanted;
        };
        std::array<Share, 3> shares{{{ClaimListModel::SourceColumn, headerWidth(ClaimListModel::SourceColumn), 0},
                                     {ClaimListModel::ReportColumn, headerWidth(ClaimListModel::ReportColumn), 0},
                                     {ClaimListModel::TagsColumn, headerWidth(ClaimListModel::TagsColumn), 0}}};
        const int most = character * 32;
        int fewest = 0;
        int above = 0; // what they want beyond their floors
        for (Share& share : shares) {
            share.wanted = std::clamp(contentWidth(share.column), share.fewest, std::max(share.fewest, most));
            fewest += share.fewest;
            above += share.wanted - share.fewest;
        }
        // Each keeps its floor (its header whole); what is left beyond the floors and the statement's share goes in
        // proportion to what each wants beyond its own.
        const int room = width - grade - independent - std::max(width * 45 / 100, leastStatement) - fewest;
        for (const Share& share : shares) {
            const int extra = share.wanted - share.fewest;
            const int size =
                share.fewest + (above <= room ? extra : int(qint64(extra) * std::max(room, 0) / std::max(above, 1)));
            header->resizeSection(share.column, size);
        }
        header->resizeSection(ClaimListModel::GradeColumn, grade);
        header->resizeSection(ClaimListModel::IndependentColumn, independent);
    }
    // Once the user has sized the other columns, the statement still takes what they leave.
    int others = 0;
    for (int column = 0; column < ClaimListModel::ColumnCount; ++column) {
        if (column != ClaimListModel::StatementColumn) {
            others += header->sectionSize(column);
        }
    }
    header->resizeSection(ClaimListModel::StatementColumn, std::max(width - others, leastStatement));
    m_fitting = false;
}

int ClaimsPane::contentWidth(int column) const
{
    // The rows in sight (a case may have 50,000 claims) and the header.
    int widest = m_view->horizontalHeader()->sectionSizeHint(column);
    const int rows = m_proxy->rowCount();
    const int first = std::max(0, m_view->rowAt(0));
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    last = std::min(last < 0 ? rows - 1 : last, first + 100);
    for (int row = first; row <= last; ++row) {
        widest = std::max(widest, m_view->sizeHintForIndex(m_proxy->index(row, column)).width());
    }
    return widest;
}

void ClaimsPane::rememberColumnsIn(QSettings& settings)
{
    m_settings = &settings;
    const QVariantList saved = settings.value(kColumnsKey).toList();
    if (saved.size() != ClaimListModel::ColumnCount) {
        return; // none saved, or by a build with other columns
    }
    QHeaderView* header = m_view->horizontalHeader();
    m_fitting = true;
    for (int column = 0; column < ClaimListModel::ColumnCount; ++column) {
        // Never narrower than the header's words in the language of now: widths saved in English cut German
        // "Einstufung".
        if (const int size = saved.at(column).toInt(); size > 0 && column != ClaimListModel::StatementColumn) {
            header->resizeSection(column, std::max(size, headerWordsWidth(column)));
        }
    }
    m_fitting = false;
    m_userSized = true;
    fitColumns();
}

void ClaimsPane::saveColumns()
{
    if (m_settings == nullptr) {
        return;
    }
    QVariantList sizes;
    for (int column = 0; column < ClaimListModel::ColumnCount; ++column) {
        sizes.append(m_view->horizontalHeader()->sectionSize(column));
    }
    m_settings->setValue(kColumnsKey, sizes);
}

void ClaimsPane::fillFilterCombos()
{
    auto refill = [](QComboBox* combo, const QString& all, const QList<std::pair<QString, qint64>>& items) {
        const qint64 kept = combo->currentData().toLongLong();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, qint64(0));
        if (auto* model = qobject_cast<QStandardItemModel*>(combo->model())) {
            // Put in at once, not item by item: a large case lists 20,000 reports (one at a time, 30 ms as it opens).
            QList<QStandardItem*> rows;
            rows.reserve(items.size());
            for (const auto& [text, id] : items) {
                auto* item = new QStandardItem(text);
                item->setData(id, Qt::UserRole);
                rows.append(item);
            }
            model->invisibleRootItem()->appendRows(rows);
        } else {
            for (const auto& [text, id] : items) {
                combo->addItem(text, id);
            }
        }
        combo->setCurrentIndex(std::max(0, combo->findData(kept)));
    };
    QList<std::pair<QString, qint64>> reports;
    for (const model::ReportSummary& report : m_document.reportSummaries()) {
        reports.append({m_document.reportTitle(report.id), report.id.value});
    }
    QList<std::pair<QString, qint64>> sources;
    for (const model::Source& source : m_document.cache().sources()) {
        sources.append({source.name, source.id.value});
    }
    QList<std::pair<QString, qint64>> tags;
    for (const model::Tag& tag : m_document.cache().tags()) {
        tags.append({m_document.cache().tagPath(tag.id), tag.id.value});
    }
    refill(m_reportCombo, tr("All reports"), reports);
    refill(m_sourceCombo, tr("All sources"), sources);
    refill(m_tagCombo, tr("All tags"), tags);
    m_proxy->setReport(ReportId(m_reportCombo->currentData().toLongLong()));
    m_proxy->setSource(SourceId(m_sourceCombo->currentData().toLongLong()));
    m_proxy->setTag(TagId(m_tagCombo->currentData().toLongLong()));
}

void ClaimsPane::readChangedQuotes()
{
    if (ClaimFilterProxyModel::Status(m_statusCombo->currentData().toInt()) !=
        ClaimFilterProxyModel::Status::QuoteChanged) {
        return; // read when chosen: a read of the audit log, not made after every edit for nothing
    }
    auto changed = m_document.claimsWithChangedQuotes();
    // Unreadable (the case went away under it), the filter shows nothing rather than claims it cannot vouch for.
    m_proxy->setChangedQuotes(changed ? std::move(changed).value() : std::unordered_set<qint64>());
}

void ClaimsPane::selectCurrentClaim()
{
    const int row = m_model->rowOf(m_document.selection().currentClaim());
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    m_syncing = true;
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (!m_pickedHere) {
            m_view->scrollTo(index);
        }
    } else {
        m_view->selectionModel()->clearSelection();
    }
    m_syncing = false;
}

} // namespace corrob::ui
