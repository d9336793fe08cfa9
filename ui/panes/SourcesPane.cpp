// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/SourcesPane.h"

#include "core/model/Vocabulary.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/VocabularyText.h"

#include <QHeaderView>

namespace corrob::ui {

SourcesPane::SourcesPane(CaseDocument& document, QWidget* parent) : QTreeWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("sourcesTreeWidget"));
    setHeaderLabels({tr("Source"), tr("Speaks for"), tr("Grade"), tr("Claims")});
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    sortByColumn(0, Qt::AscendingOrder);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::Interactive);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    header()->resizeSection(1, fontMetrics().averageCharWidth() * 16);
    for (auto signal : {&CaseDocument::sourcesChanged, &CaseDocument::claimsChanged, &CaseDocument::caseOpened,
                        &CaseDocument::caseClosed}) {
        connect(&document, signal, this, &SourcesPane::refresh);
    }
    // Picking a source (a click, or moving through the list with the keyboard) shows it in the Inspector.
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        m_document.selection().setCurrentSource(SourceId(item->data(0, Qt::UserRole).toLongLong()));
    });
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && !m_refreshing && hasFocus()) {
            m_document.selection().setCurrentSource(SourceId(item->data(0, Qt::UserRole).toLongLong()));
        }
    });
    refresh();
}

void SourcesPane::refresh()
{
    m_refreshing = true;
    clear();
    QHash<SourceId, int> claims;
    for (const model::Claim& claim : m_document.cache().claims()) {
        ++claims[claim.source];
    }
    for (const model::Source& source : m_document.cache().sources()) {
        const model::Source* affiliation = m_document.cache().source(source.affiliation);
        auto* item = new QTreeWidgetItem(this, {source.name, affiliation ? affiliation->name : QString(),
                                                source.reliability, QString::number(claims.value(source.id))});
        item->setData(0, Qt::UserRole, source.id.value);
        QString tip = tr("%1 (%2)").arg(source.name, sourceKindText(source.kind));
        if (!source.aliases.isEmpty()) {
            tip += tr("\nAlso: %1").arg(source.aliases.join(QStringLiteral(", ")));
        }
        if (!source.rationale.isEmpty()) {
            tip += tr("\nGrade %1: %2").arg(source.reliability, source.rationale);
        }
        item->setToolTip(0, tip);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        if (source.id == m_document.selection().currentSource()) {
            setCurrentItem(item);
        }
    }
    m_refreshing = false;
}

} // namespace corrob::ui
