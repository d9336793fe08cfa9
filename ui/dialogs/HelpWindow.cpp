// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/HelpWindow.h"

#include "resources/HelpResources.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace corrob::ui {

QUrl HelpWindow::pageUrl(Page page)
{
    const QString dir = resources::helpDir(); // ":/help", registered on first use
    switch (page) {
    case Page::Grades:
        return QUrl(u"qrc" + dir + u"/grades.html");
    case Page::Licence:
        return QUrl(u"qrc" + dir + u"/licence.html");
    case Page::Manual:
        break;
    }
    return QUrl(u"qrc" + dir + u"/manual.html");
}

HelpWindow::HelpWindow(QWidget* parent) : QWidget(parent, Qt::Window), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Corroborate Help"));
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(true); // pages link to each other; only http(s) links leave the window
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(16);

    auto makeButton = [this](const QString& text, const char* name,
                             QStyle::StandardPixmap icon = QStyle::SP_CustomBase) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QString::fromLatin1(name));
        if (icon != QStyle::SP_CustomBase) {
            button->setIcon(style()->standardIcon(icon));
        }
        button->setAutoDefault(false);
        return button;
    };
    QPushButton* back = makeButton(tr("Back"), "helpBackButton", QStyle::SP_ArrowBack);
    QPushButton* forward = makeButton(tr("Forward"), "helpForwardButton", QStyle::SP_ArrowForward);
    QPushButton* manual = makeButton(tr("Manual"), "helpManualButton");
    QPushButton* grades = makeButton(tr("What Is a B2?"), "helpGradesButton");
    QPushButton* licence = makeButton(tr("Licence"), "helpLicenceButton");
    back->setEnabled(false);
    forward->setEnabled(false);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(forward, &QPushButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QPushButton::setEnabled);
    connect(manual, &QPushButton::clicked, this, [this] { showPage(Page::Manual); });
    connect(grades, &QPushButton::clicked, this, [this] { showPage(Page::Grades); });
    connect(licence, &QPushButton::clicked, this, [this] { showPage(Page::Licence); });
    back->setShortcut(QKeySequence::Back);
    forward->setShortcut(QKeySequence::Forward);
    auto* close = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(close, &QShortcut::activated, this, &QWidget::close);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(8, 8, 8, 0);
    bar->addWidget(back);
    bar->addWidget(forward);
    bar->addSpacing(12);
    bar->addWidget(manual);
    bar->addWidget(grades);
    bar->addWidget(licence);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);

    // Lines of a readable length, and room for the keys table; within the screen (46 lines ran past the bottom of a
    // 900-pixel screen, a tester's find).
    const int em = fontMetrics().averageCharWidth();
    const QSize wanted(em * 120, fontMetrics().height() * 46);
    const QSize available = screen() ? screen()->availableSize() * 0.9 : wanted;
    resize(wanted.boundedTo(available));
}

void HelpWindow::showPage(Page page)
{
    const QUrl url = pageUrl(page);
    if (m_browser->source() != url) {
        m_browser->setSource(url);
    }
    m_browser->verticalScrollBar()->setValue(0);
    show();
    raise();
    activateWindow();
}

} // namespace corrob::ui
