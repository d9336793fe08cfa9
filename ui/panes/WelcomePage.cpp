// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/WelcomePage.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace corrob::ui {
namespace {

constexpr int kPathRole = Qt::UserRole + 1;

} // namespace

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent), m_recentLabel(new QLabel(tr("Recent cases"), this)), m_recentList(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcomePage"));

    auto* heading = new QLabel(tr("Corroborate"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 2.2);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto* intro = new QLabel(tr("Import the articles and reports you are working from, mark the claims each one "
                                "makes and who makes them, and link claims that corroborate or contradict each "
                                "other, to see how many truly independent sources back a claim and who disputes "
                                "it."),
                             this);
    intro->setObjectName(QStringLiteral("welcomeIntroLabel"));
    intro->setWordWrap(true);
    QFont introFont = intro->font();
    introFont.setPointSizeF(introFont.pointSizeF() * 1.15);
    intro->setFont(introFont);

    auto* newButton = new QPushButton(tr("New Case…"), this);
    newButton->setObjectName(QStringLiteral("newCaseButton"));
    auto* openButton = new QPushButton(tr("Open Case…"), this);
    openButton->setObjectName(QStringLiteral("openCaseButton"));
    auto* sampleButton = new QPushButton(tr("Open Sample Case"), this);
    sampleButton->setObjectName(QStringLiteral("openSampleCaseButton"));
    sampleButton->setToolTip(tr("Five articles from 2022 on Amnesty International's findings of war crimes in "
                                "Ukraine, ready to read"));
    for (QPushButton* button : {newButton, openButton, sampleButton}) {
        button->setMinimumHeight(button->sizeHint().height() + 8);
        button->setMinimumWidth(button->sizeHint().width() + 24);
    }
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newCaseRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openCaseRequested);
    connect(sampleButton, &QPushButton::clicked, this, &WelcomePage::openSampleCaseRequested);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(sampleButton);
    buttons->addStretch(1);

    QFont recentFont = m_recentLabel->font();
    recentFont.setBold(true);
    m_recentLabel->setFont(recentFont);
    m_recentList->setObjectName(QStringLiteral("recentCasesListWidget"));
    m_recentList->setFrameShape(QFrame::NoFrame);
    m_recentList->setMaximumHeight(m_recentList->fontMetrics().height() * 2 * 6);
    m_recentList->setBackgroundRole(QPalette::Window);
    m_recentList->viewport()->setBackgroundRole(QPalette::Window);
    connect(m_recentList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT openRecentCaseRequested(item->data(kPathRole).toString()); });

    // A centred column of readable width, whatever the window size.
    auto* column = new QVBoxLayout;
    column->setSpacing(16);
    column->addWidget(heading);
    column->addWidget(intro);
    column->addSpacing(8);
    column->addLayout(buttons);
    column->addSpacing(16);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recentList);
    auto* columnWidget = new QWidget(this);
    columnWidget->setLayout(column);
    columnWidget->setMaximumWidth(intro->fontMetrics().averageCharWidth() * 80);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addStretch(1);
    layout->addWidget(columnWidget, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    setRecentCases({});
}

void WelcomePage::setRecentCases(const QStringList& paths)
{
    m_recentList->clear();
    for (const QString& path : paths) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(
            tr("%1 — %2").arg(info.completeBaseName(), QDir::toNativeSeparators(info.absolutePath())), m_recentList);
        item->setData(kPathRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recentLabel->setVisible(!paths.isEmpty());
    m_recentList->setVisible(!paths.isEmpty());
}

} // namespace corrob::ui
