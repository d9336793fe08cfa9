// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/model/Entity.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QThread;
class QTreeWidget;
class QTreeWidgetItem;

namespace corrob::casefile {
class Edit;
}

namespace corrob::ui {

class CaseDocument;
class ReportPaneArea;

// The Entities dock: the people, organisations, places and units the case's reports mention, with mention and
// report counts, a filter by words and type; picking one highlights its mentions in every open report pane and
// lists the entities mentioned with it; "With" narrows to the reports that mention both. Dragging an entity onto
// another merges them; the context menu (and keys: F2 rename, Delete, Ctrl+Return confirm) holds the other
// decisions, each one undoable command. Mentions missing from the case are computed on a worker with its own
// connection after the case opens and after imports, so reading never waits.
class EntitiesPane : public QWidget
{
    Q_OBJECT

public:
    EntitiesPane(CaseDocument& document, ReportPaneArea& panes, QWidget* parent = nullptr);
    ~EntitiesPane() override;

    [[nodiscard]] EntityId currentEntity() const;
    // Starts computing what is missing on a worker (after opening, after an import).
    void scanInBackground();
    // Rereads the entities from the case.
    void reload();
    // Makes `from` one of the names of `into`, as dropping one entity on another does; named in the History and said
    // in the pane's status line (both kinds when they differ).
    void merge(EntityId from, EntityId into);

Q_SIGNALS:
    // The reports that mention the current entity (and the "with" one), to open.
    void reportPicked(corrob::ReportId report);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refill();
    // The name keeps at least half the width; the type gives way (to its header) before it. A width the user gave
    // the type stays.
    void fitColumns();
    void highlightPanes();
    void showDetails();
    void showMenu(const QPoint& pos);
    void execute(const QString& what, std::function<std::unique_ptr<casefile::Edit>(EntityId)> make);

    CaseDocument& m_document;
    ReportPaneArea& m_panes;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_type = nullptr;
    QTreeWidget* m_list = nullptr;
    QComboBox* m_with = nullptr;
    QListWidget* m_reports = nullptr;
    QListWidget* m_coMentions = nullptr;
    QLabel* m_status = nullptr;
    std::vector<model::Entity> m_entities;
    QPointer<QThread> m_worker;
    bool m_fitting = false;   // fitColumns() is resizing the type's column (not the user)
    bool m_userSized = false; // the user gave the type's column its width: fitColumns() keeps it
};

} // namespace corrob::ui
