// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/EmptyCasePage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace corrob::ui {
namespace {

// "importFilesAction" -> "importFilesButton": tests find a button by its action's name.
QString buttonName(const QAction* action)
{
    QString name = action->objectName();
    if (name.endsWith(QStringLiteral("Action"))) {
        name.chop(6);
    }
    return name + QStringLiteral("Button");
}

} // namespace

EmptyCasePage::EmptyCasePage(const QList<QAction*>& actions, QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(this))
{
    setObjectName(QStringLiteral("emptyCasePage"));

    m_heading->setObjectName(QStringLiteral("emptyCaseHeadingLabel"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    auto* intro = new QLabel(tr("Add the articles and reports you are working from: text, Markdown, HTML or PDF "
                                "files, a whole folder of them, or text copied from a web page or an email. "
                                "Corroborate keeps each original exactly as it came."),
                             this);
    intro->setObjectName(QStringLiteral("emptyCaseIntroLabel"));
    intro->setWordWrap(true);
    QFont introFont = intro->font();
    introFont.setPointSizeF(introFont.pointSizeF() * 1.1);
    intro->setFont(introFont);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    for (QAction* action : actions) {
        auto* button = new QPushButton(this);
        button->setObjectName(buttonName(action));
        auto sync = [button, action] {
            button->setText(action->text());
            button->setEnabled(action->isEnabled());
            const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
            button->setToolTip(shortcut.isEmpty() ? QString() : shortcut);
        };
        sync();
        connect(action, &QAction::changed, button, sync);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        button->setMinimumHeight(button->sizeHint().height() + 8);
        button->setMinimumWidth(button->sizeHint().width() + 24);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    auto* dropHint = new QLabel(tr("Or drop files and folders anywhere on this window."), this);
    dropHint->setObjectName(QStringLiteral("emptyCaseDropHintLabel"));
    dropHint->setWordWrap(true);
    dropHint->setForegroundRole(QPalette::PlaceholderText);

    auto* column = new QVBoxLayout;
    column->setSpacing(16);
    column->addWidget(m_heading);
    column->addWidget(intro);
    column->addSpacing(8);
    column->addLayout(buttons);
    column->addWidget(dropHint);
    auto* columnWidget = new QWidget(this);
    columnWidget->setLayout(column);
    // A fixed width, so the wrapped labels get the height of the width they are shown at.
    columnWidget->setFixedWidth(intro->fontMetrics().averageCharWidth() * 72);

    // Centred by stretches rather than an alignment flag: an aligned item gets its size hint, not the height its
    // wrapped labels need at its width.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(columnWidget);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    setCaseTitle({});
}

void EmptyCasePage::setCaseTitle(const QString& title)
{
    m_heading->setText(title.isEmpty() ? tr("This case has no reports yet") : tr("“%1” has no reports yet").arg(title));
}

} // namespace corrob::ui
