// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/NotesPane.h"

#include "core/model/Vocabulary.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/VocabularyText.h"

#include <QHeaderView>
#include <QPainter>

namespace corrob::ui {

NotesPane::NotesPane(CaseDocument& document, QWidget* parent) : QTreeWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("notesTreeWidget"));
    setHeaderLabels({tr("Note"), tr("On"), tr("By"), tr("When")});
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    for (auto signal : {&CaseDocument::notesChanged, &CaseDocument::claimsChanged, &CaseDocument::caseOpened,
                        &CaseDocument::caseClosed}) {
        connect(&document, signal, this, &NotesPane::refresh);
    }
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item->data(1, Qt::UserRole).toInt() == int(model::NoteTarget::Claim)) {
            m_document.selection().setCurrentClaim(ClaimId(item->data(0, Qt::UserRole).toLongLong()));
        }
    });
    refresh();
}

QString NotesPane::placeholderText() const
{
    return tr("No notes yet. Pick a claim and add a note in the Inspector's Notes field: every note of the case is "
              "listed here.");
}

void NotesPane::paintEvent(QPaintEvent* event)
{
    QTreeWidget::paintEvent(event);
    if (topLevelItemCount() > 0) {
        return;
    }
    // As the Inspector's and the Analysis's empty pages do: say what would be here and how it gets here.
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int margin = fontMetrics().averageCharWidth() * 2;
    painter.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, placeholderText());
}

void NotesPane::refresh()
{
    clear();
    auto notes = m_document.notes();
    if (!notes) {
        return;
    }
    for (const model::Note& note : notes.value()) {
        const QString on = note.target == model::NoteTarget::Case
                               ? tr("case")
                               : QStringLiteral("%1 %2").arg(noteTargetText(note.target)).arg(note.targetId);
        auto* item = new QTreeWidgetItem(this, {note.body.simplified(), on, note.author, note.createdAt.left(10)});
        item->setToolTip(0, note.body);
        item->setData(0, Qt::UserRole, note.targetId);
        item->setData(1, Qt::UserRole, int(note.target));
    }
    resizeColumnToContents(1);
    resizeColumnToContents(2);
    resizeColumnToContents(3);
}

} // namespace corrob::ui
