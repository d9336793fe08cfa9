// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractProxyModel>
#include <QLabel>
#include <QPointer>

class QAbstractItemView;

namespace corrob::ui {

// A line at the top of a list whose filters hide every row ("No claims match these filters."), so that a filtered
// list does not look like a case with nothing in it. Hidden while the list shows a row, or holds none to hide.
class FilteredOutNote : public QLabel
{
    Q_OBJECT
public:
    // view shows proxy, which filters its source model.
    FilteredOutNote(QAbstractItemView* view, QAbstractProxyModel* proxy, const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void place();

    QPointer<QWidget> m_viewport;          // the view's, which the note covers
    QPointer<QAbstractProxyModel> m_proxy; // may go before the source model it watches too
};

} // namespace corrob::ui
