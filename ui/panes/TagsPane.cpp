// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/TagsPane.h"

#include "ui/commands/TagCommands.h"
#include "ui/dialogs/Prompts.h"
#include "ui/document/CaseDocument.h"

#include <QAction>
#include <QDropEvent>
#include <QHeaderView>
#include <QPixmap>
#include <QSet>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace corrob::ui {
namespace {

constexpr int kNameColumn = 0;
constexpr int kClaimsColumn = 1;
constexpr int kDescriptionColumn = 2;

TagId tagOf(const QTreeWidgetItem* item)
{
    return item ? TagId(item->data(kNameColumn, Qt::UserRole).toLongLong()) : TagId();
}

QIcon swatch(const QString& colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(QColor(colour));
    return QIcon(pixmap);
}

// Colours a new tag gets, the first one no tag has yet: distinct from each other, and light enough that text over
// their highlight reads (ReadableColours keeps it so in any palette).
} // namespace

TagsPane::TagsPane(CaseDocument& document, Prompts& prompts, QWidget* parent)
    : QWidget(parent), m_document(document), m_prompts(prompts), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("tagsPane"));
    m_tree->setObjectName(QStringLiteral("tagsTreeWidget"));
    m_tree->setHeaderLabels({tr("Tag"), tr("Claims"), tr("Description")});
    m_tree->setAlternatingRowColors(true);
    // Names in full; the description takes what is left and elides.
    m_tree->header()->setSectionResizeMode(kNameColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(kClaimsColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->viewport()->setAcceptDrops(true); // drops reach the viewport, where eventFilter turns them into moves
    m_tree->viewport()->installEventFilter(this);

    auto make = [this](const QString& text, const char* name, const QKeySequence& shortcut, const QString& tip) {
        auto* action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut); // the tree's keys, not the window's
        action->setToolTip(
            shortcut.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        m_tree->addAction(action);
        return action;
    };
    m_newTagAction = make(tr("New Tag"), "newTagAction", QKeySequence(Qt::Key_Insert), tr("Add a tag beside this one"));
    m_newSubTagAction = make(tr("New Sub-tag"), "newSubTagAction", QKeySequence(Qt::SHIFT | Qt::Key_Insert),
                             tr("Add a tag under this one"));
    m_renameAction = make(tr("Rename"), "renameTagAction", QKeySequence(Qt::Key_F2), tr("Rename this tag"));
    m_colourAction = make(tr("Colour…"), "tagColourAction", QKeySequence(), tr("Change the colour of this tag"));
    m_deleteAction = make(tr("Delete"), "deleteTagAction", QKeySequence(QKeySequence::Delete),
                          tr("Delete this tag and its sub-tags, and take them off their claims"));
    connect(m_newTagAction, &QAction::triggered, this, [this] { addTag(false); });
    connect(m_newSubTagAction, &QAction::triggered, this, [this] { addTag(true); });
    connect(m_renameAction, &QAction::triggered, this, [this] {
        if (QTreeWidgetItem* item = m_tree->currentItem()) {
            m_tree->editItem(item, kNameColumn);
        }
    });
    connect(m_colourAction, &QAction::triggered, this, &TagsPane::changeColour);
    connect(m_deleteAction, &QAction::triggered, this, &TagsPane::deleteTag);

    auto* toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("tagsToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addActions({m_newTagAction, m_newSubTagAction, m_colourAction, m_deleteAction});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_tree);

    connect(m_tree, &QTreeWidget::itemChanged, this, &TagsPane::onItemChanged);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TagsPane::updateActions);
    for (auto signal : {&CaseDocument::tagsChanged, &CaseDocument::claimsChanged, &CaseDocument::caseOpened,
                        &CaseDocument::caseClosed}) {
        connect(&document, signal, this, &TagsPane::refresh);
    }
    refresh();
}

TagId TagsPane::currentTag() const
{
    return tagOf(m_tree->currentItem());
}

void TagsPane::setCurrentTag(TagId tag)
{
    m_tree->setCurrentItem(itemOf(tag));
}

QTreeWidgetItem* TagsPane::itemOf(TagId tag) const
{
    if (!tag.isValid()) {
        return nullptr;
    }
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (tagOf(*it) == tag) {
            return *it;
        }
    }
    return nullptr;
}

void TagsPane::refresh()
{
    const TagId current = currentTag();
    QSet<TagId> collapsed;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->childCount() > 0 && !(*it)->isExpanded()) {
            collapsed.insert(tagOf(*it));
        }
    }
    m_filling = true;
    m_tree->clear();
    QHash<TagId, int> claims;
    for (const model::Claim& claim : m_document.cache().claims()) {
        for (TagId tag : claim.tags) {
            ++claims[tag];
        }
    }
    QHash<TagId, QTreeWidgetItem*> items;
    // Tree order: parents come before their children.
    for (const model::Tag& tag : m_document.cache().tags()) {
        QTreeWidgetItem* parent = items.value(tag.parent);
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(kNameColumn, tag.name);
        item->setText(kClaimsColumn, QString::number(claims.value(tag.id)));
        item->setTextAlignment(kClaimsColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(kDescriptionColumn, tag.description);
        item->setToolTip(kNameColumn, m_document.cache().tagPath(tag.id));
        item->setIcon(kNameColumn, swatch(tag.colour));
        item->setData(kNameColumn, Qt::UserRole, tag.id.value);
        item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
        items.insert(tag.id, item);
    }
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        it.value()->setExpanded(!collapsed.contains(it.key()));
    }
    m_tree->setCurrentItem(items.value(current));
    m_filling = false;
    updateActions();
}

void TagsPane::updateActions()
{
    // A read-only view (the case open for writing in another window) offers no change it would refuse.
    const bool open = m_document.isOpen() && !m_document.isReadOnly();
    const bool selected = open && currentTag().isValid();
    m_newTagAction->setEnabled(open);
    m_newSubTagAction->setEnabled(selected);
    m_renameAction->setEnabled(selected);
    m_colourAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
}

QString TagsPane::freeName(TagId parent) const
{
    QSet<QString> taken;
    for (const model::Tag& tag : m_document.cache().tags()) {
        if (tag.parent == parent) {
            taken.insert(tag.name.toCaseFolded());
        }
    }
    const QString base = tr("New tag");
    QString name = base;
    for (int n = 2; taken.contains(name.toCaseFolded()); ++n) {
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    }
    return name;
}

TagId TagsPane::addTag(bool asChild)
{
    if (!m_document.isOpen()) {
        return {};
    }
    const TagId selected = currentTag();
    const model::Tag* tag = m_document.cache().tag(selected);
    const TagId parent = asChild ? selected : (tag ? tag->parent : TagId());
    const QString name = freeName(parent);
    QStringList used;
    for (const model::Tag& each : m_document.cache().tags()) {
        used << each.colour;
    }
    const QString colour = model::Tag::newColour(used);
    auto command = std::make_unique<AddTagCommand>(m_document, parent, name, colour);
    AddTagCommand* added = command.get();
    if (auto done = m_document.execute(std::move(command)); !done) {
        Q_EMIT editFailed(tr("Cannot add the tag"), done.error());
        return {};
    }
    const TagId id = added->tagId(); // the stack owns the command now, and keeps it
    if (QTreeWidgetItem* item = itemOf(id)) {
        m_tree->setCurrentItem(item);
        m_tree->scrollToItem(item);
        m_tree->editItem(item, kNameColumn);
    }
    return id;
}

void TagsPane::onItemChanged(QTreeWidgetItem* item, int column)
{
    if (m_filling || (column != kNameColumn && column != kDescriptionColumn)) {
        return;
    }
    // The tree is still committing its editor (maybe because another item is being made current): apply the
    // change once it is done, as applying it rebuilds the tree.
    QMetaObject::invokeMethod(
        this,
        [this, id = tagOf(item), column, text = item->text(column).trimmed()] { applyItemText(id, column, text); },
        Qt::QueuedConnection);
}

void TagsPane::applyItemText(TagId id, int column, const QString& text)
{
    const model::Tag* tag = m_document.cache().tag(id);
    if (!tag) {
        return;
    }
    casefile::TagChanges changes;
    QString what;
    if (column == kNameColumn) {
        if (text == tag->name) {
            return;
        }
        changes.name = text;
        what = tr("Rename tag “%1” to “%2”").arg(tag->name, text);
    } else {
        if (text == tag->description) {
            return;
        }
        changes.description = text;
        what = tr("Describe tag “%1”").arg(tag->name);
    }
    const QString name = tag->name;
    if (auto done = m_document.execute(std::make_unique<EditTagCommand>(m_document, id, changes, what)); !done) {
        Q_EMIT editFailed(tr("Cannot change tag “%1”").arg(name), done.error());
        refresh(); // the tree shows the codebook as stored, not the refused text
    }
}

void TagsPane::changeColour()
{
    const model::Tag* tag = m_document.cache().tag(currentTag());
    if (!tag) {
        return;
    }
    const TagId id = tag->id;
    const QString name = tag->name;
    const auto colour = m_prompts.chooseColour(this, tr("Colour of “%1”").arg(name), QColor(tag->colour));
    if (!colour || !colour->isValid() || colour->name() == tag->colour) {
        return;
    }
    casefile::TagChanges changes;
    changes.colour = colour->name();
    if (auto done = m_document.execute(
            std::make_unique<EditTagCommand>(m_document, id, changes, tr("Change colour of tag “%1”").arg(name)));
        !done) {
        Q_EMIT editFailed(tr("Cannot change the colour of “%1”").arg(name), done.error());
    }
}

void TagsPane::deleteTag()
{
    const model::Tag* tag = m_document.cache().tag(currentTag());
    if (!tag) {
        return;
    }
    const QString name = tag->name;
    // No "are you sure?": Undo puts the tag, its sub-tags and their claims back.
    if (auto done = m_document.execute(std::make_unique<DeleteTagCommand>(m_document, tag->id, name)); !done) {
        Q_EMIT editFailed(tr("Cannot delete tag “%1”").arg(name), done.error());
    }
}

bool TagsPane::moveTag(TagId tag, TagId newParent)
{
    const model::Tag* moving = m_document.cache().tag(tag);
    if (!moving || moving->parent == newParent || tag == newParent) {
        return false;
    }
    const QString name = moving->name;
    if (auto done = m_document.execute(std::make_unique<MoveTagCommand>(m_document, tag, newParent, name)); !done) {
        Q_EMIT editFailed(tr("Cannot move tag “%1”").arg(name), done.error());
        return false;
    }
    setCurrentTag(tag);
    return true;
}

TagId TagsPane::dropParentAt(const QPoint& position) const
{
    QTreeWidgetItem* target = m_tree->itemAt(position);
    if (!target) {
        return {}; // below the last tag: top level
    }
    // On the middle of a row: under that tag; near its top or bottom edge: beside it.
    const QRect row = m_tree->visualItemRect(target);
    const bool into = position.y() > row.top() + row.height() / 4 && position.y() < row.bottom() - row.height() / 4;
    return into ? tagOf(target) : tagOf(target->parent());
}

bool TagsPane::eventFilter(QObject* watched, QEvent* event)
{
    // The tree draws its own drag and drop indicator; the move itself is a MoveTag command, never the tree's own
    // rearranging of items (refresh then shows the codebook as stored). Drags from anywhere else are refused.
    if (watched == m_tree->viewport() && event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        drop->setDropAction(Qt::IgnoreAction);
        drop->accept();
        if (drop->source() == m_tree && currentTag().isValid()) {
            moveTag(currentTag(), dropParentAt(drop->position().toPoint()));
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace corrob::ui
