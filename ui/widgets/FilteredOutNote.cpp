// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/FilteredOutNote.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QEvent>

namespace corrob::ui {

FilteredOutNote::FilteredOutNote(QAbstractItemView* view, QAbstractProxyModel* proxy, const QString& text)
    // A child of the view over its viewport, not of the viewport: the viewport's children move when the table is
    // scrolled sideways, and the note would slide out of sight with the columns.
    : QLabel(text, view), m_viewport(view->viewport()), m_proxy(proxy)
{
    setObjectName(QStringLiteral("filteredOutNote"));
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setWordWrap(true);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents); // a click goes to the list under it
    hide();
    m_viewport->installEventFilter(this);
    for (QAbstractItemModel* model : {static_cast<QAbstractItemModel*>(proxy), proxy->sourceModel()}) {
        if (!model) {
            continue;
        }
        connect(model, &QAbstractItemModel::rowsInserted, this, &FilteredOutNote::refresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &FilteredOutNote::refresh);
        connect(model, &QAbstractItemModel::modelReset, this, &FilteredOutNote::refresh);
        connect(model, &QAbstractItemModel::layoutChanged, this, &FilteredOutNote::refresh);
    }
    refresh();
}

bool FilteredOutNote::eventFilter(QObject* watched, QEvent* event)
{
    // The viewport by the pointer kept, not asked of the view: while the view is destroyed its viewport still sends
    // events here, and the view is no longer a scroll area to ask.
    if (event->type() == QEvent::Resize && watched == m_viewport.data()) {
        place();
    }
    return QLabel::eventFilter(watched, event);
}

void FilteredOutNote::refresh()
{
    if (!m_proxy) {
        hide();
        return;
    }
    const QAbstractItemModel* source = m_proxy->sourceModel();
    const bool filteredOut = m_proxy->rowCount() == 0 && source && source->rowCount() > 0;
    if (filteredOut) {
        place();
    }
    setVisible(filteredOut);
}

void FilteredOutNote::place()
{
    if (!m_viewport) {
        return;
    }
    const QRect area = m_viewport->geometry(); // in the view's coordinates, below the header
    const int margin = fontMetrics().height();
    const int width = std::max(0, area.width() - 2 * margin);
    setGeometry(area.left() + margin, area.top() + margin, width, heightForWidth(width));
    raise();
}

} // namespace corrob::ui
