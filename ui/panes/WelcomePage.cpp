// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/WelcomePage.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace corrob::ui {
namespace {

constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kColumnChars = 92; // a readable line

// The page's content: one column of at most kColumnChars, centred by its side margins rather than by a layout
// alignment, so the column's layout is always given the width it has and wrapped labels get the height they need
// for it (a centred item would be measured at the page's width and drawn at its own, clipping the text).
class CentredColumn : public QWidget
{
public:
    explicit CentredColumn(QWidget* parent) : QWidget(parent) {}

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QWidget::resizeEvent(event);
        if (QLayout* column = layout()) {
            const int readable = fontMetrics().averageCharWidth() * kColumnChars;
            const int side = std::max(kMinMargin, (event->size().width() - readable) / 2);
            const QMargins margins = column->contentsMargins();
            if (margins.left() != side) {
                column->setContentsMargins(side, margins.top(), side, margins.bottom());
            }
        }
    }

private:
    static constexpr int kMinMargin = 24;
};

QLabel* wrappingLabel(const QString& text, const char* name, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    // Wrapped text asks for the height its width needs (heightForWidth) and never less.
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    return label;
}

QLabel* sectionLabel(const QString& text, const char* name, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QString::fromLatin1(name));
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

QPushButton* bigButton(const QString& text, const char* name, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setMinimumHeight(button->sizeHint().height() + 8);
    button->setMinimumWidth(button->sizeHint().width() + 24);
    return button;
}

} // namespace

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent), m_recentLabel(new QLabel(this)), m_recentList(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* content = new CentredColumn(this);
    content->setObjectName(QStringLiteral("welcomeContent"));

    auto* heading = new QLabel(tr("Corroborate"), content);
    heading->setObjectName(QStringLiteral("welcomeHeadingLabel"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 2.2);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    QLabel* intro = wrappingLabel(
        tr("Corroborate helps you check a story before you publish it. Import the articles and reports you are "
           "working from, mark the claims each one makes and who makes them, and link the claims that back or "
           "contradict each other: Corroborate counts how many truly independent sources stand behind each claim, "
           "and shows who disputes it."),
        "welcomeIntroLabel", content);
    QFont introFont = intro->font();
    introFont.setPointSizeF(introFont.pointSizeF() * 1.15);
    intro->setFont(introFont);

    // Try it: the sample case.
    QLabel* tryLabel = sectionLabel(tr("Try it"), "welcomeTryLabel", content);
    QPushButton* sampleButton = bigButton(tr("Open Sample Case"), "openSampleCaseButton", content);
    sampleButton->setDefault(true);
    QLabel* sampleText = wrappingLabel(tr("Five articles from 2022 on Amnesty International's findings of war crimes "
                                          "in Ukraine, with a few claims already marked and linked: read them, "
                                          "mark more, and see what the analysis makes of them."),
                                       "welcomeSampleLabel", content);
    sampleText->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    sampleButton->setToolTip(sampleText->text());
    m_resetSampleButton = new QPushButton(tr("Reset the Sample Case…"), content);
    m_resetSampleButton->setObjectName(QStringLiteral("resetSampleCaseButton"));
    // A link rather than a fourth big button: it is rarely wanted, and never by a first-time user.
    m_resetSampleButton->setFlat(true);
    m_resetSampleButton->setCursor(Qt::PointingHandCursor);
    m_resetSampleButton->setStyleSheet(
        QStringLiteral("QPushButton { color: palette(link); text-decoration: underline; border: none; padding: 0; }"));
    m_resetSampleButton->setToolTip(tr("Start again from a fresh sample case; your edited copy is kept as a backup"));
    m_resetSampleButton->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(sampleButton, &QPushButton::clicked, this, &WelcomePage::openSampleCaseRequested);
    connect(m_resetSampleButton, &QPushButton::clicked, this, &WelcomePage::resetSampleCaseRequested);
    auto* sampleRow = new QHBoxLayout;
    sampleRow->setSpacing(12);
    sampleRow->addWidget(sampleButton, 0, Qt::AlignTop);
    sampleRow->addWidget(sampleText, 1, Qt::AlignTop);

    // Your own cases.
    QLabel* casesLabel = sectionLabel(tr("Your cases"), "welcomeCasesLabel", content);
    QPushButton* newButton = bigButton(tr("New Case…"), "newCaseButton", content);
    QPushButton* openButton = bigButton(tr("Open Case…"), "openCaseButton", content);
    newButton->setToolTip(tr("A case is one file on your own machine; import your reports into it"));
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newCaseRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openCaseRequested);
    auto* casesRow = new QHBoxLayout;
    casesRow->setSpacing(12);
    casesRow->addWidget(newButton);
    casesRow->addWidget(openButton);
    casesRow->addStretch(1);

    m_recentLabel->setText(tr("Recent cases"));
    QFont recentFont = m_recentLabel->font();
    recentFont.setBold(true);
    m_recentLabel->setFont(recentFont);
    m_recentLabel->setObjectName(QStringLiteral("welcomeRecentLabel"));
    m_recentList->setObjectName(QStringLiteral("recentCasesListWidget"));
    m_recentList->setFrameShape(QFrame::NoFrame);
    m_recentList->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_recentList->setBackgroundRole(QPalette::Window);
    m_recentList->viewport()->setBackgroundRole(QPalette::Window);
    // A recent case opens on a single click, as a link on a start page does (and on Enter); the pointing hand says so.
    m_recentList->viewport()->setCursor(Qt::PointingHandCursor);
    const auto openRecent = [this](QListWidgetItem* item) {
        if (m_openingRecent || !item) {
            return;
        }
        m_openingRecent = true;
        QTimer::singleShot(0, this, [this, path = item->data(kPathRole).toString()] {
            m_openingRecent = false;
            Q_EMIT openRecentCaseRequested(path);
        });
    };
    connect(m_recentList, &QListWidget::itemClicked, this, openRecent);
    connect(m_recentList, &QListWidget::itemActivated, this, openRecent);

    QLabel* helpText = wrappingLabel(tr("New here? The manual (F1) explains the words, the keys and what a grade "
                                        "such as B2 means."),
                                     "welcomeHelpLabel", content);
    auto* manualButton = new QPushButton(tr("Read the Manual"), content);
    manualButton->setObjectName(QStringLiteral("welcomeManualButton"));
    connect(manualButton, &QPushButton::clicked, this, &WelcomePage::manualRequested);
    auto* helpRow = new QHBoxLayout;
    helpRow->setSpacing(12);
    helpText->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    helpRow->addWidget(helpText, 1);
    helpRow->addWidget(manualButton, 0, Qt::AlignVCenter);

    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(24, 32, 24, 32);
    column->setSpacing(10);
    column->addStretch(1);
    column->addWidget(heading);
    column->addWidget(intro);
    column->addSpacing(18);
    column->addWidget(tryLabel);
    column->addLayout(sampleRow);
    column->addWidget(m_resetSampleButton, 0, Qt::AlignLeft);
    column->addSpacing(12);
    column->addWidget(casesLabel);
    column->addLayout(casesRow);
    column->addSpacing(6);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recentList);
    column->addSpacing(18);
    column->addLayout(helpRow);
    column->addStretch(2);

    // A window too small for the column scrolls instead of squeezing it.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("welcomeScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    setRecentCases({});
    setSampleCaseExists(false);
}

void WelcomePage::setRecentCases(const QStringList& paths)
{
    m_recentList->clear();
    for (const QString& path : paths) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(
            tr("%1 — %2").arg(info.completeBaseName(), QDir::toNativeSeparators(info.absolutePath())), m_recentList);
        item->setData(kPathRole, path);
        item->setToolTip(tr("Open %1").arg(QDir::toNativeSeparators(path)));
    }
    m_recentLabel->setVisible(!paths.isEmpty());
    m_recentList->setVisible(!paths.isEmpty());
    // As tall as its rows, up to eight; more scroll.
    const int rows = std::min<int>(int(paths.size()), 8);
    const int rowHeight = paths.isEmpty() ? 0 : m_recentList->sizeHintForRow(0);
    m_recentList->setFixedHeight(rows * rowHeight + 2 * m_recentList->frameWidth() + 2);
}

void WelcomePage::setSampleCaseExists(bool exists)
{
    m_resetSampleButton->setVisible(exists);
}

} // namespace corrob::ui
