// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/FilteredOutNote.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QEvent>

namespace corrob::ui {

FilteredOutNote::FilteredOutNote(QAbstractItemView* view, QAbstractProxyModel* proxy, const QString& text)
    : QLabel(text, view->viewport()), m_view(view), m_proxy(proxy)
{
    setObjectName(QStringLiteral("filteredOutNote"));
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setWordWrap(true);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents); // a click goes to the list under it
    hide();
    view->viewport()->installEventFilter(this);
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
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        place();
    }
    return QLabel::eventFilter(watched, event);
}

void FilteredOutNote::refresh()
{
    const QAbstractItemModel* source = m_proxy->sourceModel();
    const bool filteredOut = m_proxy->rowCount() == 0 && source && source->rowCount() > 0;
    if (filteredOut) {
        place();
    }
    setVisible(filteredOut);
}

void FilteredOutNote::place()
{
    const int margin = fontMetrics().height();
    const int width = std::max(0, m_view->viewport()->width() - 2 * margin);
    setGeometry(margin, margin, width, heightForWidth(width));
}

} // namespace corrob::ui
