// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/ClaimsPane.h"

#include "ui/document/CaseDocument.h"
#include "ui/models/ClaimFilterProxyModel.h"
#include "ui/models/ClaimListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace corrob::ui {

ClaimsPane::ClaimsPane(CaseDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new ClaimListModel(document, this)),
      m_proxy(new ClaimFilterProxyModel(this)), m_filterEdit(new QLineEdit(this)), m_reportCombo(new QComboBox(this)),
      m_sourceCombo(new QComboBox(this)), m_tagCombo(new QComboBox(this)), m_statusCombo(new QComboBox(this)),
      m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("claimsPane"));
    m_proxy->setSourceModel(m_model);

    m_filterEdit->setObjectName(QStringLiteral("claimFilterLineEdit"));
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
    m_statusCombo->setItemData(2, tr("Claims that could not be placed in the new version of their report"),
                               Qt::ToolTipRole);
    for (QComboBox* combo : {m_reportCombo, m_sourceCombo, m_tagCombo, m_statusCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    connect(m_reportCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setReport(ReportId(m_reportCombo->currentData().toLongLong())); });
    connect(m_sourceCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSource(SourceId(m_sourceCombo->currentData().toLongLong())); });
    connect(m_tagCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTag(TagId(m_tagCombo->currentData().toLongLong())); });
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatus(ClaimFilterProxyModel::Status(m_statusCombo->currentData().toInt())); });

    m_view->setObjectName(QStringLiteral("claimTableView"));
    m_view->setModel(m_proxy);
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
    header->setSectionResizeMode(ClaimListModel::StatementColumn, QHeaderView::Stretch);
    // The statement is what the table is for: the other columns get a few words each (tooltips have the rest).
    const int character = m_view->fontMetrics().averageCharWidth();
    header->resizeSection(ClaimListModel::SourceColumn, character * 16);
    header->resizeSection(ClaimListModel::ReportColumn, character * 16); // "#12 · Al Jazeera"
    header->resizeSection(ClaimListModel::TagsColumn, character * 10);
    header->resizeSection(ClaimListModel::GradeColumn, header->fontMetrics().horizontalAdvance(tr("Grade")) + 18);
    header->resizeSection(ClaimListModel::IndependentColumn,
                          header->fontMetrics().horizontalAdvance(tr("Indep.")) + 18);
    header->setMinimumSectionSize(character * 4);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setSortIndicatorClearable(true);
    m_view->setSortingEnabled(true);

    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_filterEdit, 2);
    filters->addWidget(m_reportCombo, 1);
    filters->addWidget(m_sourceCombo, 1);
    filters->addWidget(m_tagCombo, 1);
    filters->addWidget(m_statusCombo, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& index) {
        if (!m_syncing && index.isValid()) {
            m_document.setCurrentClaim(ClaimId(index.data(ClaimListModel::ClaimIdRole).toLongLong()));
        }
    });
    // A click on the current claim's row picks it again (the Inspector shows it once more after a link, a
    // source or a report).
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex& index) {
        if (!m_syncing && index.isValid()) {
            m_document.setCurrentClaim(ClaimId(index.data(ClaimListModel::ClaimIdRole).toLongLong()));
        }
    });
    connect(&document, &CaseDocument::currentClaimChanged, this, &ClaimsPane::selectCurrentClaim);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClaimsPane::selectCurrentClaim);
    for (auto signal : {&CaseDocument::caseOpened, &CaseDocument::caseClosed, &CaseDocument::sourcesChanged,
                        &CaseDocument::tagsChanged, &CaseDocument::reportsChanged}) {
        connect(&document, signal, this, &ClaimsPane::fillFilterCombos);
    }
    fillFilterCombos();
}

void ClaimsPane::fillFilterCombos()
{
    auto refill = [](QComboBox* combo, const QString& all, const QList<std::pair<QString, qint64>>& items) {
        const qint64 kept = combo->currentData().toLongLong();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, qint64(0));
        for (const auto& [text, id] : items) {
            combo->addItem(text, id);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(kept)));
    };
    QList<std::pair<QString, qint64>> reports;
    for (const model::ReportSummary& report : m_document.reportSummaries()) {
        reports.append({m_document.reportTitle(report.id), report.id.value});
    }
    QList<std::pair<QString, qint64>> sources;
    for (const model::Source& source : m_document.sources()) {
        sources.append({source.name, source.id.value});
    }
    QList<std::pair<QString, qint64>> tags;
    for (const model::Tag& tag : m_document.tags()) {
        tags.append({m_document.tagPath(tag.id), tag.id.value});
    }
    refill(m_reportCombo, tr("All reports"), reports);
    refill(m_sourceCombo, tr("All sources"), sources);
    refill(m_tagCombo, tr("All tags"), tags);
    m_proxy->setReport(ReportId(m_reportCombo->currentData().toLongLong()));
    m_proxy->setSource(SourceId(m_sourceCombo->currentData().toLongLong()));
    m_proxy->setTag(TagId(m_tagCombo->currentData().toLongLong()));
}

void ClaimsPane::selectCurrentClaim()
{
    const int row = m_model->rowOf(m_document.currentClaim());
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    m_syncing = true;
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clearSelection();
    }
    m_syncing = false;
}

} // namespace corrob::ui
