// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ElidingComboBox.h"

#include <QHelpEvent>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QToolTip>

namespace corrob::ui {

ElidingComboBox::ElidingComboBox(QWidget* parent) : QComboBox(parent)
{
}

int ElidingComboBox::textRoom() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const QRect field = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    int room = field.width();
    if (!option.currentIcon.isNull()) {
        room -= option.iconSize.width() + 4;
    }
    return room;
}

QString ElidingComboBox::shownText() const
{
    return fontMetrics().elidedText(currentText(), Qt::ElideRight, std::max(textRoom(), 0));
}

int ElidingComboBox::wholeTextWidth() const
{
    // What the frame and the arrow take does not change with the width; 1 pixel spare against rounding.
    return width() - textRoom() + fontMetrics().horizontalAdvance(currentText()) + 1;
}

void ElidingComboBox::paintEvent(QPaintEvent* /*event*/)
{
    QStylePainter painter(this);
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    option.currentText = shownText();
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

bool ElidingComboBox::event(QEvent* event)
{
    // Worked out when asked: the items may change with the box's signals blocked (a refill), so a tooltip set
    // beforehand could name an item no longer there.
    if (event->type() == QEvent::ToolTip) {
        if (const QString text = currentText(); shownText() != text) {
            QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), text, this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QComboBox::event(event);
}

} // namespace corrob::ui
