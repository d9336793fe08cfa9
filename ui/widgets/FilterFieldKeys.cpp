// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/FilterFieldKeys.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPointer>

namespace corrob::ui {

namespace {

class DownIntoList : public QObject
{
public:
    DownIntoList(QLineEdit* filter, QAbstractItemView* list) : QObject(filter), m_list(list) {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress || !m_list) {
            return QObject::eventFilter(watched, event);
        }
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() != Qt::Key_Down && key->key() != Qt::Key_PageDown) || key->modifiers() != Qt::NoModifier) {
            return QObject::eventFilter(watched, event);
        }
        QAbstractItemModel* model = m_list->model();
        if (!model || model->rowCount() == 0) {
            return false;
        }
        if (!m_list->currentIndex().isValid()) {
            m_list->setCurrentIndex(model->index(0, 0));
        }
        m_list->setFocus(Qt::TabFocusReason);
        return true;
    }

private:
    QPointer<QAbstractItemView> m_list;
};

} // namespace

void leadDownInto(QLineEdit* filter, QAbstractItemView* list)
{
    filter->installEventFilter(new DownIntoList(filter, list));
}

} // namespace corrob::ui
