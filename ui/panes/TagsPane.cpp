// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/TagsPane.h"

#include "ui/document/CaseDocument.h"

#include <QHeaderView>
#include <QPixmap>

namespace corrob::ui {

TagsPane::TagsPane(CaseDocument& document, QWidget* parent) : QTreeWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("tagsTreeWidget"));
    setHeaderLabels({tr("Tag"), tr("Claims"), tr("Description")});
    setAlternatingRowColors(true);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (auto signal : {&CaseDocument::tagsChanged, &CaseDocument::claimsChanged, &CaseDocument::caseOpened,
                        &CaseDocument::caseClosed}) {
        connect(&document, signal, this, &TagsPane::refresh);
    }
    refresh();
}

void TagsPane::refresh()
{
    clear();
    QHash<TagId, int> claims;
    for (const model::Claim& claim : m_document.claims()) {
        for (TagId tag : claim.tags) {
            ++claims[tag];
        }
    }
    QHash<TagId, QTreeWidgetItem*> items;
    // Tree order: parents come before their children.
    for (const model::Tag& tag : m_document.tags()) {
        QTreeWidgetItem* parent = items.value(tag.parent);
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
        item->setText(0, tag.name);
        item->setText(1, QString::number(claims.value(tag.id)));
        item->setText(2, tag.description);
        QPixmap swatch(12, 12);
        swatch.fill(QColor(tag.colour));
        item->setIcon(0, QIcon(swatch));
        item->setData(0, Qt::UserRole, tag.id.value);
        items.insert(tag.id, item);
    }
    expandAll();
}

} // namespace corrob::ui
