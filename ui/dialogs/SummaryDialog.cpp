// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/SummaryDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
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
    // Tall enough for a few lines without scrolling, never taller than a dozen.
    const int rows = std::clamp(int(details.size()), 3, 12);
    list->setMinimumHeight(list->fontMetrics().height() * rows + 12);

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
