// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/common/LoginName.h"
#include "ui/dialogs/ErrorMessage.h"
#include "ui/dialogs/Prompts.h"
#include "ui/document/CaseDocument.h"
#include "ui/panes/ReportListPane.h"
#include "ui/panes/ReportTextPane.h"
#include "ui/panes/WelcomePage.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>

#include <algorithm>

namespace corrob::ui {
namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kFolderKey = QStringLiteral("mainWindow/lastFolder");

casefile::CaseOptions caseOptions(const QSettings& settings)
{
    // The audit log names whoever the user says they are, else their login.
    const QString actor = settings.value(QStringLiteral("audit/actor")).toString().trimmed();
    return {actor.isEmpty() ? loginName() : actor};
}

} // namespace

MainWindow::MainWindow(Prompts& prompts, QSettings& settings, SampleCaseLocation sample, QWidget* parent)
    : QMainWindow(parent), m_prompts(prompts), m_settings(settings), m_sample(std::move(sample)),
      m_recentCases(settings), m_document(new CaseDocument(caseOptions(settings), this))
{
    setObjectName(QStringLiteral("mainWindow"));

    m_welcomePage = new WelcomePage(this);
    connect(m_welcomePage, &WelcomePage::newCaseRequested, this, &MainWindow::newCase);
    connect(m_welcomePage, &WelcomePage::openCaseRequested, this, &MainWindow::chooseAndOpenCase);
    connect(m_welcomePage, &WelcomePage::openSampleCaseRequested, this, &MainWindow::openSampleCase);
    connect(m_welcomePage, &WelcomePage::openRecentCaseRequested, this, &MainWindow::openCase);

    m_reportList = new ReportListPane(*m_document, this);
    m_reportText = new ReportTextPane(*m_document, this);
    connect(m_reportList, &ReportListPane::reportSelected, m_reportText, &ReportTextPane::showReport);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("reportSplitter"));
    m_splitter->addWidget(m_reportList);
    m_splitter->addWidget(m_reportText);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitterPlaced = m_splitter->restoreState(m_settings.value(kSplitterKey).toByteArray());

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("centralStack"));
    m_stack->addWidget(m_welcomePage);
    m_stack->addWidget(m_splitter);
    setCentralWidget(m_stack);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("caseStatusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);

    createActions();
    createMenus();
    connect(m_document, &CaseDocument::caseOpened, this, &MainWindow::updateForCase);
    connect(m_document, &CaseDocument::caseClosed, this, &MainWindow::updateForCase);
    connect(m_document, &CaseDocument::reportsChanged, this, &MainWindow::updateForCase);

    if (!restoreGeometry(m_settings.value(kGeometryKey).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(QSize(1200, 780).boundedTo(available * 0.9));
    }
    updateForCase();
    updateRecentCases();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto makeAction = [this](const QString& text, const char* name, const QKeySequence& shortcut = {}) {
        auto* action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(shortcut);
        return action;
    };
    m_newCaseAction = makeAction(tr("&New Case…"), "newCaseAction", QKeySequence::New);
    connect(m_newCaseAction, &QAction::triggered, this, &MainWindow::newCase);
    m_openCaseAction = makeAction(tr("&Open Case…"), "openCaseAction", QKeySequence::Open);
    connect(m_openCaseAction, &QAction::triggered, this, &MainWindow::chooseAndOpenCase);
    m_openSampleCaseAction = makeAction(tr("Open &Sample Case"), "openSampleCaseAction");
    connect(m_openSampleCaseAction, &QAction::triggered, this, &MainWindow::openSampleCase);
    m_closeCaseAction = makeAction(tr("&Close Case"), "closeCaseAction", QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_closeCaseAction, &QAction::triggered, this, &MainWindow::closeCase);
    m_quitAction = makeAction(tr("&Quit"), "quitAction", QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_aboutAction = makeAction(tr("&About Corroborate"), "aboutAction");
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        m_prompts.showAbout(
            this, tr("About Corroborate"),
            tr("<h3>Corroborate %1</h3>"
               "<p>A desktop investigation workbench: read the reports you collected side by side, mark the claims "
               "they make, link the claims that corroborate or contradict each other, and see how many truly "
               "independent sources back each claim.</p><p>Built with Qt %2.</p>")
                .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
    m_clearRecentAction = makeAction(tr("Clear Recent"), "clearRecentAction");
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        m_recentCases.clear();
        updateRecentCases();
    });
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_newCaseAction);
    fileMenu->addAction(m_openCaseAction);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("openRecentMenu"));
    // Files may have gone since the menu was filled: list what exists when it opens.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentCases);
    fileMenu->addAction(m_openSampleCaseAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_closeCaseAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(m_aboutAction);
}

bool MainWindow::openCase(const QString& path)
{
    if (auto opened = m_document->open(path); !opened) {
        if (opened.error().code == ErrorCode::NotFound) {
            m_recentCases.remove(path);
            updateRecentCases();
        }
        showFailure(tr("Cannot open the case"), opened.error());
        return false;
    }
    rememberOpened(path);
    return true;
}

bool MainWindow::openSampleCase()
{
    if (auto opened = m_document->openSample(m_sample); !opened) {
        showFailure(tr("Cannot open the sample case"), opened.error());
        return false;
    }
    rememberOpened(m_sample.casePath);
    return true;
}

bool MainWindow::newCase()
{
    const QString path = m_prompts.chooseNewCasePath(this, dialogFolder());
    if (path.isEmpty()) {
        return false;
    }
    if (auto created = m_document->create(path, QFileInfo(path).completeBaseName()); !created) {
        showFailure(tr("Cannot create the case"), created.error());
        return false;
    }
    rememberOpened(path);
    return true;
}

bool MainWindow::chooseAndOpenCase()
{
    const QString path = m_prompts.chooseCaseToOpen(this, dialogFolder());
    return !path.isEmpty() && openCase(path);
}

void MainWindow::closeCase()
{
    m_document->close();
}

void MainWindow::rememberOpened(const QString& path)
{
    m_recentCases.add(path);
    m_settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    updateRecentCases();
}

void MainWindow::updateForCase()
{
    const bool open = m_document->isOpen();
    if (open && !m_splitterPlaced) {
        // The first time a case is shown: about a third for the list, the rest for reading. Done here, not in
        // the constructor, because only now does the splitter know its width.
        const int width = std::max(m_stack->width(), 600);
        m_splitter->setSizes({width * 35 / 100, width - width * 35 / 100});
        m_splitterPlaced = true;
    }
    m_stack->setCurrentWidget(open ? static_cast<QWidget*>(m_splitter) : m_welcomePage);
    m_closeCaseAction->setEnabled(open);
    setWindowTitle(open ? tr("%1 — Corroborate").arg(m_document->title()) : tr("Corroborate"));
    if (!open) {
        m_statusLabel->clear();
        return;
    }
    const auto count = qsizetype(m_document->reportSummaries().size());
    const QString reports = count == 1 ? tr("1 report") : tr("%1 reports").arg(QLocale().toString(count));
    m_statusLabel->setText(reports + u" · " + QFileInfo(m_document->path()).fileName());
    m_statusLabel->setToolTip(QDir::toNativeSeparators(m_document->path()));
}

void MainWindow::updateRecentCases()
{
    const QStringList paths = m_recentCases.paths();
    m_recentMenu->clear();
    for (int i = 0; i < paths.size(); ++i) {
        const QFileInfo info(paths[i]);
        // "&1 Name.corrob": a digit to pick it from the keyboard; '&' in a file name must not become one.
        QString label = info.fileName().replace(u'&', QStringLiteral("&&"));
        if (i < 9) {
            label = QStringLiteral("&%1  %2").arg(i + 1).arg(label);
        }
        QAction* action = m_recentMenu->addAction(label);
        action->setData(paths[i]);
        action->setToolTip(QDir::toNativeSeparators(paths[i]));
        action->setStatusTip(QDir::toNativeSeparators(paths[i]));
        connect(action, &QAction::triggered, this, [this, path = paths[i]] { openCase(path); });
    }
    if (paths.isEmpty()) {
        m_recentMenu->addAction(tr("No Recent Cases"))->setEnabled(false);
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!paths.isEmpty());
    m_welcomePage->setRecentCases(paths);
}

void MainWindow::showFailure(const QString& title, const Error& error)
{
    m_prompts.showError(this, title, errorMessage(error));
}

QString MainWindow::dialogFolder() const
{
    const QString last = m_settings.value(kFolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir()) {
        return last;
    }
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setValue(kGeometryKey, saveGeometry());
    m_settings.setValue(kSplitterKey, m_splitter->saveState());
    m_document->close();
    event->accept();
}

} // namespace corrob::ui
