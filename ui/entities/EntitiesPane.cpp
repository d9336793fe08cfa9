// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/entities/EntitiesPane.h"

#include "core/case/Case.h"
#include "core/case/EntityIndex.h"
#include "core/case/edits/EntityEdits.h"
#include "ui/commands/EditCommand.h"
#include "ui/document/CaseDocument.h"
#include "ui/panes/ReportPane.h"
#include "ui/panes/ReportPaneArea.h"
#include "ui/widgets/QueryField.h"

#include <QAction>
#include <QComboBox>
#include <QDropEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMetaObject>
#include <QThread>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace corrob::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString typeText(const QString& type)
{
    if (type == u"person") {
        return EntitiesPane::tr("person");
    }
    if (type == u"organisation") {
        return EntitiesPane::tr("organisation");
    }
    if (type == u"place") {
        return EntitiesPane::tr("place");
    }
    return EntitiesPane::tr("unit");
}

} // namespace

EntitiesPane::EntitiesPane(CaseDocument& document, ReportPaneArea& panes, QWidget* parent)
    : QWidget(parent), m_document(document), m_panes(panes)
{
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("entityFilterLineEdit"));
    markAsQueryField(m_filter);
    m_filter->setPlaceholderText(tr("Filter entities"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Type to filter; the Up and Down arrows pick an entity without leaving the field"));
    m_filter->installEventFilter(this);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("entityTypeComboBox"));
    m_type->addItem(tr("All types"), QString());
    for (const char* t : {"person", "organisation", "place", "unit"}) {
        m_type->addItem(typeText(QString::fromLatin1(t)), QString::fromLatin1(t));
    }
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_type);
    layout->addLayout(filters);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("entityTreeWidget"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Entity"), tr("Type"), tr("Mentions"), tr("Reports")});
    // The name gets the room; the two counts take what their headers need, the type what its words need while the
    // name keeps half the width (fitColumns; at the default 100 pixels each they left "Amnesty…" in a dock of the
    // left column).
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    connect(m_list->header(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == 1 && !m_fitting) {
            m_userSized = true;
        }
    });
    for (int column = 2; column < 4; ++column) {
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(2, Qt::DescendingOrder);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setDragEnabled(true);
    m_list->setAcceptDrops(true);
    m_list->setDragDropMode(QAbstractItemView::DragDrop);
    m_list->viewport()->installEventFilter(this);
    m_list->installEventFilter(this);
    m_list->setToolTip(tr("Drag an entity onto another to merge them"));
    layout->addWidget(m_list, 3);

    auto* with = new QHBoxLayout;
    auto* withLabel = new QLabel(tr("&With:"), this);
    m_with = new QComboBox(this);
    m_with->setObjectName(QStringLiteral("entityWithComboBox"));
    withLabel->setBuddy(m_with);
    with->addWidget(withLabel);
    with->addWidget(m_with, 1);
    layout->addLayout(with);
    auto* reportsLabel = new QLabel(tr("&Reports that mention it:"), this);
    m_reports = new QListWidget(this);
    m_reports->setObjectName(QStringLiteral("entityReportsListWidget"));
    reportsLabel->setBuddy(m_reports);
    layout->addWidget(reportsLabel);
    layout->addWidget(m_reports, 1);
    auto* coLabel = new QLabel(tr("&Mentioned with it:"), this);
    m_coMentions = new QListWidget(this);
    m_coMentions->setObjectName(QStringLiteral("entityCoMentionsListWidget"));
    coLabel->setBuddy(m_coMentions);
    layout->addWidget(coLabel);
    layout->addWidget(m_coMentions, 1);
    // The three lists share the height by their stretch (3:1:1), not by their size hints: those asked for the
    // same height each, and the entities' list, first to give way, showed two rows in a short dock.
    const int line = fontMetrics().lineSpacing();
    for (QAbstractScrollArea* area : std::initializer_list<QAbstractScrollArea*>{m_list, m_reports, m_coMentions}) {
        area->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
        area->setMinimumHeight(line * (area == m_list ? 6 : 3));
    }
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("entityStatusLabel"));
    // Wrapped: a long message widened the whole dock column, and the window kept that width (a tester's find).
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, this, &EntitiesPane::refill);
    connect(m_type, &QComboBox::currentIndexChanged, this, &EntitiesPane::refill);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        highlightPanes();
        showDetails();
    });
    connect(m_with, &QComboBox::currentIndexChanged, this, &EntitiesPane::showDetails);
    connect(m_list, &QWidget::customContextMenuRequested, this, &EntitiesPane::showMenu);
    connect(m_reports, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT reportPicked(ReportId(item->data(kIdRole).toLongLong())); });
    connect(m_coMentions, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const qint64 id = item->data(kIdRole).toLongLong();
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            if (m_list->topLevelItem(i)->data(0, kIdRole).toLongLong() == id) {
                m_list->setCurrentItem(m_list->topLevelItem(i));
                m_list->setFocus();
            }
        }
    });
    connect(&m_document, &CaseDocument::caseOpened, this, [this] {
        reload();
        scanInBackground();
    });
    connect(&m_document, &CaseDocument::caseClosed, this, &EntitiesPane::reload);
    connect(&m_document, &CaseDocument::reportsChanged, this, &EntitiesPane::scanInBackground);
    connect(m_document.undoStack(), &QUndoStack::indexChanged, this, &EntitiesPane::reload);
    for (ReportPane* pane : m_panes.panes()) {
        connect(pane, &ReportPane::reportChanged, this, &EntitiesPane::highlightPanes);
    }
}

EntitiesPane::~EntitiesPane()
{
    if (m_worker) {
        m_worker->requestInterruption();
        m_worker->wait();
        // Its finished() handler, which would delete it, never runs once the pane is gone (LeakSanitizer found every
        // such thread leaked in ui_tests).
        delete m_worker;
    }
}

EntityId EntitiesPane::currentEntity() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? EntityId(item->data(0, kIdRole).toLongLong()) : EntityId();
}

void EntitiesPane::scanInBackground()
{
    if (m_worker || m_document.isReadOnly() || m_document.path().isEmpty()) {
        return;
    }
    const QString path = m_document.path();
    const casefile::CaseOptions options = m_document.options();
    QPointer<EntitiesPane> self(this);
    m_status->setText(tr("Finding entities…"));
    m_worker = QThread::create([path, options, self] {
        auto opened = casefile::Case::open(path, options);
        if (!opened) {
            return;
        }
        QThread* thread = QThread::currentThread();
        (void)casefile::EntityIndex(*opened.value()).scanPending([self, thread](int done, int total) {
            QMetaObject::invokeMethod(
                self,
                [self, done, total] {
                    if (self) {
                        self->m_status->setText(tr("Finding entities: %1 of %n report(s)", nullptr, total).arg(done));
                    }
                },
                Qt::QueuedConnection);
            return !thread->isInterruptionRequested();
        });
    });
    connect(m_worker, &QThread::finished, this, [this] {
        m_worker->deleteLater();
        m_worker = nullptr;
        m_status->clear();
        reload();
    });
    m_worker->start(QThread::LowPriority);
}

void EntitiesPane::reload()
{
    auto entities = m_document.entities();
    m_entities = entities ? std::move(entities).value() : std::vector<model::Entity>();
    refill();
}

void EntitiesPane::refill()
{
    const EntityId current = currentEntity();
    const QString words = m_filter->text().trimmed().toCaseFolded();
    const QString type = m_type->currentData().toString();
    m_list->setSortingEnabled(false);
    m_list->clear();
    const QString with = m_with->currentData().toString();
    m_with->blockSignals(true);
    m_with->clear();
    m_with->addItem(tr("(any entity)"), QString());
    QTreeWidgetItem* select = nullptr;
    for (const model::Entity& e : m_entities) {
        m_with->addItem(e.canonical, QString::number(e.id.value));
        if (!type.isEmpty() && e.type != type) {
            continue;
        }
        if (e.reports == 0 && !e.confirmed) { // found only in deleted reports or earlier versions: nothing to show
            continue;
        }
        if (!words.isEmpty() && !e.canonical.toCaseFolded().contains(words) &&
            !e.aliases.join(u'\n').toCaseFolded().contains(words)) {
            continue;
        }
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, e.canonical);
        item->setText(1, typeText(e.type));
        item->setToolTip(1, item->text(1)); // "Orga…" where the type gives way to the name
        item->setData(2, Qt::DisplayRole, e.mentions);
        item->setData(3, Qt::DisplayRole, e.reports);
        item->setData(0, kIdRole, e.id.value);
        // The whole name, which a narrow dock shortens with "…", and the other names it goes by.
        item->setToolTip(0, e.aliases.isEmpty()
                                ? e.canonical
                                : e.canonical + u'\n' + tr("Also: %1").arg(e.aliases.join(QStringLiteral(", "))));
        if (e.confirmed) {
            QFont f = item->font(0);
            f.setBold(true);
            item->setFont(0, f);
        }
        if (e.id == current) {
            select = item;
        }
    }
    m_with->setCurrentIndex(std::max(0, m_with->findData(with)));
    m_with->blockSignals(false);
    m_list->setSortingEnabled(true);
    fitColumns();
    if (select) {
        m_list->setCurrentItem(select);
    }
    highlightPanes();
    showDetails();
}

void EntitiesPane::highlightPanes()
{
    const EntityId id = currentEntity();
    for (ReportPane* pane : m_panes.panes()) {
        QList<model::TextRange> ranges;
        if (id.isValid() && pane->report().isValid()) {
            auto mentions = m_document.entityMentions(pane->report());
            if (mentions) {
                for (const casefile::ReportEntityMention& m : mentions.value()) {
                    if (m.entity == id) {
                        ranges.append(model::TextRange{m.start, m.end, QString()});
                    }
                }
            }
        }
        pane->setEntityHighlights(std::move(ranges));
    }
}

void EntitiesPane::showDetails()
{
    m_reports->clear();
    m_coMentions->clear();
    const EntityId id = currentEntity();
    if (!id.isValid()) {
        return;
    }
    std::vector<EntityId> both{id};
    if (const qint64 with = m_with->currentData().toString().toLongLong(); with > 0 && with != id.value) {
        both.push_back(EntityId(with));
    }
    if (auto reports = m_document.reportsMentioningAll(both)) {
        for (const ReportId r : reports.value()) {
            auto* item = new QListWidgetItem(m_document.reportTitle(r), m_reports);
            item->setData(kIdRole, r.value);
        }
    }
    QHash<qint64, QString> names;
    for (const model::Entity& e : m_entities) {
        names.insert(e.id.value, e.canonical);
    }
    if (auto co = m_document.coMentioned(id)) {
        for (const auto& [other, count] : co.value()) {
            auto* item = new QListWidgetItem(tr("%1 (%n report(s))", nullptr, int(count)).arg(names.value(other.value)),
                                             m_coMentions);
            item->setData(kIdRole, other.value);
        }
    }
}

void EntitiesPane::execute(const QString& what, std::function<std::unique_ptr<casefile::Edit>(EntityId)> make)
{
    const EntityId id = currentEntity();
    if (!id.isValid()) {
        return;
    }
    std::unique_ptr<casefile::Edit> edit = make(id);
    if (!edit) {
        return;
    }
    auto command = std::make_unique<EditCommand>(m_document, std::move(edit), CaseDocument::Change::Sources, what);
    if (auto s = m_document.execute(std::move(command)); !s) {
        m_status->setText(s.error().toString());
    }
}

void EntitiesPane::merge(EntityId from, EntityId into)
{
    if (!from.isValid() || !into.isValid() || from == into) {
        return;
    }
    const auto entityOf = [this](EntityId id) -> const model::Entity* {
        const auto it =
            std::find_if(m_entities.begin(), m_entities.end(), [id](const model::Entity& e) { return e.id == id; });
        return it == m_entities.end() ? nullptr : &*it;
    };
    const model::Entity* a = entityOf(from);
    const model::Entity* b = entityOf(into);
    if (!a || !b) {
        return;
    }
    // Named in the History and said at once: a drag a few rows off merged a governor into a medical department
    // with no word of it (a tester's find). Ctrl+Z takes it back.
    auto command = std::make_unique<EditCommand>(
        m_document, std::make_unique<casefile::MergeEntities>(from, into), CaseDocument::Change::Sources,
        tr("Merge \u201c%1\u201d into \u201c%2\u201d").arg(a->canonical, b->canonical));
    const QString undo = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    const QString merged =
        a->type == b->type
            ? tr("Merged \u201c%1\u201d into \u201c%2\u201d, as one of its names (%3 undoes it).")
                  .arg(a->canonical, b->canonical, undo)
            : tr("Merged \u201c%1\u201d (%2) into \u201c%3\u201d (%4), as one of its names (%5 undoes it).")
                  .arg(a->canonical, typeText(a->type), b->canonical, typeText(b->type), undo);
    if (auto s = m_document.execute(std::move(command)); !s) {
        m_status->setText(s.error().toString());
    } else {
        m_status->setText(merged);
    }
}

void EntitiesPane::showMenu(const QPoint& pos)
{
    if (!currentEntity().isValid()) {
        return;
    }
    QMenu menu(this);
    // The menu names the keys the list takes for the same decisions (shown only: the list's event filter acts).
    QAction* confirm = menu.addAction(tr("&Confirm"), this, [this] {
        execute(tr("Confirm entity"), [](EntityId id) { return std::make_unique<casefile::ConfirmEntity>(id, true); });
    });
    confirm->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    confirm->setShortcutContext(Qt::WidgetShortcut);
    menu.addAction(tr("&Rename…"), this, [this] {
        const QString name = QInputDialog::getText(this, tr("Rename Entity"), tr("New name:"), QLineEdit::Normal,
                                                   m_list->currentItem()->text(0));
        execute(tr("Rename entity"), [name](EntityId id) -> std::unique_ptr<casefile::Edit> {
            return name.trimmed().isEmpty() ? nullptr : std::make_unique<casefile::RenameEntity>(id, name);
        });
    });
    QMenu* types = menu.addMenu(tr("&Type"));
    for (const char* t : {"person", "organisation", "place", "unit"}) {
        const QString type = QString::fromLatin1(t);
        types->addAction(typeText(type), this, [this, type] {
            execute(tr("Retype entity"),
                    [type](EntityId id) { return std::make_unique<casefile::RetypeEntity>(id, type); });
        });
    }
    QMenu* split = menu.addMenu(tr("&Split Off"));
    for (const model::Entity& e : m_entities) {
        if (e.id == currentEntity()) {
            for (const QString& alias : e.aliases) {
                split->addAction(alias, this, [this, alias] {
                    execute(tr("Split entity"),
                            [alias](EntityId id) { return std::make_unique<casefile::SplitEntity>(id, alias); });
                });
            }
        }
    }
    split->setEnabled(!split->isEmpty());
    menu.addAction(tr("Make &Source"), this, [this] {
        execute(tr("Make entity a source"), [](EntityId id) { return std::make_unique<casefile::EntityToSource>(id); });
    });
    menu.addSeparator();
    QAction* remove = menu.addAction(tr("&Delete"), this, [this] {
        execute(tr("Delete entity"), [](EntityId id) { return std::make_unique<casefile::DeleteEntity>(id); });
    });
    remove->setShortcut(QKeySequence(QKeySequence::Delete));
    remove->setShortcutContext(Qt::WidgetShortcut);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void EntitiesPane::fitColumns()
{
    // The counts take what their headers need; the type its words while the name keeps half the width, else down
    // to its header's word ("Organisation" gives way before "Amnesty International").
    if (m_userSized) {
        return;
    }
    QHeaderView* header = m_list->header();
    const QAbstractItemView* view = m_list; // sizeHintForColumn is public there
    auto wanted = [&](int column) {
        return std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
    };
    const int counts = wanted(2) + wanted(3);
    const int room = m_list->viewport()->width() / 2 - counts;
    m_fitting = true;
    header->resizeSection(1, std::clamp(room, header->sectionSizeHint(1), wanted(1)));
    m_fitting = false;
}

bool EntitiesPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize) {
        fitColumns();
    }
    // As in the Search dock: the arrows in the filter walk the filtered list, so typing a name and pressing Down
    // shows its mentions.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && m_list->topLevelItemCount() > 0) {
            QTreeWidgetItem* current = m_list->currentItem();
            QTreeWidgetItem* next = !current                     ? m_list->topLevelItem(0)
                                    : key->key() == Qt::Key_Down ? m_list->itemBelow(current)
                                                                 : m_list->itemAbove(current);
            if (next) {
                m_list->setCurrentItem(next);
                m_list->scrollToItem(next);
            }
            return true;
        }
    }
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete) {
            execute(tr("Delete entity"), [](EntityId id) { return std::make_unique<casefile::DeleteEntity>(id); });
            return true;
        }
        if (key->key() == Qt::Key_Return && key->modifiers() & Qt::ControlModifier) {
            execute(tr("Confirm entity"),
                    [](EntityId id) { return std::make_unique<casefile::ConfirmEntity>(id, true); });
            return true;
        }
        if (key->key() == Qt::Key_Menu) {
            showMenu(m_list->visualItemRect(m_list->currentItem()).center());
            return true;
        }
    }
    if (watched == m_list->viewport() &&
        (event->type() == QEvent::DragMove || event->type() == QEvent::DragEnter || event->type() == QEvent::Drop)) {
        auto* drop = static_cast<QDropEvent*>(event);
        QTreeWidgetItem* target = m_list->itemAt(drop->position().toPoint());
        const bool ok = drop->source() == m_list && target && target != m_list->currentItem();
        if (event->type() == QEvent::Drop && ok) {
            merge(currentEntity(), EntityId(target->data(0, kIdRole).toLongLong()));
        }
        if (ok || event->type() == QEvent::DragEnter) {
            drop->acceptProposedAction();
        } else {
            drop->ignore();
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace corrob::ui
