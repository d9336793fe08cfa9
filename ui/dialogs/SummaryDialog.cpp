// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/SummaryDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace corrob::ui {

SummaryDialog::SummaryDialog(const QString& title, const QString& message, const QStringList& details, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("summaryDialog"));
    setWindowTitle(title);

    auto* icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this).pixmap(iconSize));
    icon->setAlignment(Qt::AlignTop);

    auto* text = new QLabel(message, this);
    text->setObjectName(QStringLiteral("summaryMessageLabel"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* list = new QListWidget(this);
    list->setObjectName(QStringLiteral("summaryDetailsListWidget"));
    list->addItems(details);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list->setWordWrap(true);
    list->setTextElideMode(Qt::ElideMiddle);
    // A long detail wraps onto a second line: alternating rows and a gap keep each detail visibly one entry.
    list->setAlternatingRowColors(true);
    list->setSpacing(2);
    list->setVisible(!details.isEmpty());
    // Tall enough for its first details whole, wrapped as they will be at the dialog's width (an imported file and its
    // title take two lines: counted as one, the first detail showed and the second was cut in half), at least three
    // lines and never more than a dozen.
    const QFontMetrics metrics = list->fontMetrics();
    const int wrapWidth = fontMetrics().averageCharWidth() * 80 - 60; // the dialog's width less margins, scroll bar
    int height = 0;
    for (qsizetype i = 0; i < std::min<qsizetype>(details.size(), 12); ++i) {
        height += metrics.boundingRect(QRect(0, 0, std::max(wrapWidth, 100), 10000), Qt::TextWordWrap, details.at(i))
                      .height() +
                  2 * list->spacing();
    }
    list->setMinimumHeight(std::clamp(height, metrics.height() * 3, metrics.height() * 12) + 12);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto* top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);

    // The list opens at that least height, not at a list view's default of about twelve rows: one detail is one
    // short list under the message, not a tall empty box. The user can still make the dialog taller.
    const int listSurplus = list->isVisibleTo(this) ? list->sizeHint().height() - list->minimumHeight() : 0;
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 80),
           sizeHint().height() - std::max(0, listSurplus));
}

} // namespace corrob::ui
