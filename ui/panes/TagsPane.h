// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/common/Ids.h"

#include <QWidget>

class QAction;
class QTreeWidget;
class QTreeWidgetItem;

namespace corrob::ui {

class CaseDocument;
class Prompts;

// The Tags dock: the case's codebook as a tree, each tag with its colour swatch, claim count and description, and
// the means to keep it: New Tag (Insert), New Sub-tag (Shift+Insert), Rename (F2, in place; the description is
// edited in place too), Change Colour…, Delete Tag (Delete), and dragging a tag onto another to move it there.
// Every change is an undoable command; one the case refuses (a name a sibling has) shows why and the tree shows
// the codebook as stored. The tree keeps its selection and expanded branches across changes.
class TagsPane : public QWidget
{
    Q_OBJECT
public:
    TagsPane(CaseDocument& document, Prompts& prompts, QWidget* parent = nullptr);

    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }
    // The selected tag, or invalid.
    [[nodiscard]] TagId currentTag() const;
    void setCurrentTag(TagId tag);

    // Adds a tag (under the selected one when asChild, else beside it) with a free name, selects it and starts
    // renaming it in place. Returns the new tag, or invalid when the case refused it.
    TagId addTag(bool asChild);
    // Asks for a colour for the selected tag and applies it.
    void changeColour();
    void deleteTag();
    // Moves tag under newParent (invalid: top level), as a drop does.
    bool moveTag(TagId tag, TagId newParent);
    // Where a tag dropped at a point of the tree's viewport goes: under the tag on whose middle it lands, beside
    // (under the parent of) a tag whose top or bottom edge it lands on, at the top level below the last tag.
    [[nodiscard]] TagId dropParentAt(const QPoint& position) const;

Q_SIGNALS:
    // A change the case refused: title names the change.
    void editFailed(const QString& title, const corrob::Error& error);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void updateActions();
    void onItemChanged(QTreeWidgetItem* item, int column);
    void applyItemText(TagId id, int column, const QString& text);
    [[nodiscard]] QTreeWidgetItem* itemOf(TagId tag) const;
    [[nodiscard]] QString freeName(TagId parent) const;

    CaseDocument& m_document;
    Prompts& m_prompts;
    QTreeWidget* m_tree = nullptr;
    QAction* m_newTagAction = nullptr;
    QAction* m_newSubTagAction = nullptr;
    QAction* m_renameAction = nullptr;
    QAction* m_colourAction = nullptr;
    QAction* m_deleteAction = nullptr;
    bool m_filling = false;
};

} // namespace corrob::ui
