// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/common/LoginName.h"
#include "ui/CaseBackup.h"
#include "ui/ClaimActions.h"
#include "ui/DockLayout.h"
#include "ui/DockNavigation.h"
#include "ui/ExchangeActions.h"
#include "ui/OtherWritersWatch.h"
#include "ui/Preferences.h"
#include "ui/RecentCasesMenu.h"
#include "ui/ReportActions.h"
#include "ui/SearchActions.h"
#include "ui/ShortcutsOverTextFields.h"
#include "ui/SpeakerSuggestion.h"
#include "ui/ThemeMenu.h"
#include "ui/dialogs/ConfirmationBox.h"
#include "ui/dialogs/ErrorMessage.h"
#include "ui/dialogs/ExportDialog.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/dialogs/Prompts.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/CaseUpgrader.h"
#include "ui/document/ImportController.h"
#include "ui/entities/EntitiesPane.h"
#include "ui/panes/AnalysisPane.h"
#include "ui/panes/ClaimsPane.h"
#include "ui/panes/EmptyCasePage.h"
#include "ui/panes/InspectorPane.h"
#include "ui/panes/LinkLegend.h"
#include "ui/panes/NotesPane.h"
#include "ui/panes/ReportListPane.h"
#include "ui/panes/ReportPane.h"
#include "ui/panes/ReportPaneArea.h"
#include "ui/panes/SourcesPane.h"
#include "ui/panes/TagsPane.h"
#include "ui/panes/WelcomePage.h"
#include "ui/suggest/ClaimFinder.h"
#include "ui/suggest/SuggestionsPane.h"
#include "ui/widgets/UndoHistoryView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QDropEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

#include <algorithm>

namespace corrob::ui {
namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kFurnitureKey = QStringLiteral("view/showFurniture");

casefile::CaseOptions caseOptions(const QSettings& settings)
{
    // The audit log names whoever the user says they are, else their login.
    return {Preferences::load(settings).auditActor()};
}

// The local files and folders a drag carries; empty when it carries anything else.
QStringList localPaths(const QMimeData* mime)
{
    QStringList paths;
    if (mime == nullptr || !mime->hasUrls()) {
        return paths;
    }
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    return paths;
}

bool isCaseFile(const QString& path)
{
    const QFileInfo info(path);
    return !info.isDir() && info.suffix().compare(u"corrob", Qt::CaseInsensitive) == 0;
}

} // namespace

MainWindow::MainWindow(Prompts& prompts, QSettings& settings, SampleCaseLocation sample, QWidget* parent)
    : QMainWindow(parent), m_prompts(prompts), m_settings(settings), m_sample(std::move(sample)),
      m_recentCases(settings), m_paneSessions(settings), m_document(new CaseDocument(caseOptions(settings), this)),
      m_import(new ImportController(*m_document, prompts, this, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    createActions();

    m_welcomePage = new WelcomePage(this);
    connect(m_welcomePage, &WelcomePage::newCaseRequested, this, &MainWindow::newCase);
    connect(m_welcomePage, &WelcomePage::openCaseRequested, this, &MainWindow::chooseAndOpenCase);
    connect(m_welcomePage, &WelcomePage::openSampleCaseRequested, this, &MainWindow::openSampleCase);
    connect(m_welcomePage, &WelcomePage::openRecentCaseRequested, this, &MainWindow::openCase);
    connect(m_welcomePage, &WelcomePage::resetSampleCaseRequested, this, &MainWindow::confirmResetSampleCase);
    connect(m_welcomePage, &WelcomePage::manualRequested, this, [this] { showHelp(HelpWindow::Page::Manual); });

    m_reportList = new ReportListPane(*m_document, this);
    m_paneArea = new ReportPaneArea(*m_document, this);
    connect(m_reportList, &ReportListPane::openRequested, m_paneArea, &ReportPaneArea::openReport);
    // The Case list follows what is read: the current pane's report is the one selected there.
    auto followCurrentPane = [this] {
        if (ReportPane* pane = m_paneArea->currentPane(); pane && pane->report().isValid()) {
            m_reportList->selectReport(pane->report());
        }
    };
    connect(m_paneArea, &ReportPaneArea::currentPaneChanged, this, followCurrentPane);
    connect(m_paneArea, &ReportPaneArea::reportShown, this, [followCurrentPane, this](ReportPane* pane) {
        if (pane == m_paneArea->currentPane()) {
            followCurrentPane();
        }
    });
    // A case opens as it was left, or on its first reports side by side (after the list has made the first one
    // current).
    connect(m_document, &CaseDocument::caseOpened, this, &MainWindow::showCasePanes);
    connect(m_document, &CaseDocument::aboutToClose, this,
            [this] { m_paneSessions.save(m_document->path(), m_paneArea->session()); });

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("centralStack"));
    m_stack->addWidget(m_welcomePage);
    m_stack->addWidget(m_paneArea);
    m_emptyCasePage = new EmptyCasePage({m_importFilesAction, m_importFolderAction, m_pasteReportAction}, this);
    m_stack->addWidget(m_emptyCasePage);
    setCentralWidget(m_stack);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("caseStatusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    m_linkLegend = new LinkLegend(this);
    statusBar()->addPermanentWidget(m_linkLegend);

    m_claimActions = new ClaimActions(*m_document, *m_paneArea, m_prompts, this);
    m_reportActions = new ReportActions(*m_document, *m_reportList, m_prompts, this);
    m_exchangeActions = new ExchangeActions(*m_document, m_prompts, m_settings, this);
    connect(m_exchangeActions, &ExchangeActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    createDocks();
    createMenus();
    connect(m_import, &ImportController::runningChanged, this, &MainWindow::updateActions);
    connect(m_import, &ImportController::importFinished, this, &MainWindow::onImportFinished);
    // corroborate-cli's changes, looked for when the window becomes active again and every few seconds.
    m_otherWriters = new OtherWritersWatch(*m_document, *m_import, *this);
    connect(m_document, &CaseDocument::caseOpened, this, &MainWindow::updateForCase);
    connect(m_document, &CaseDocument::caseClosed, this, &MainWindow::updateForCase);
    connect(m_document, &CaseDocument::reportsChanged, this, &MainWindow::updateForCase);
    // The first reports of a case that had none open side by side, however they came in.
    connect(m_document, &CaseDocument::reportsChanged, this, [this] {
        const auto panes = m_paneArea->panes();
        // A report deleted (or an import undone) is no longer read anywhere: its panes are emptied.
        for (ReportPane* pane : panes) {
            if (pane->report().isValid() && !m_document->reportSummary(pane->report())) {
                pane->showReport(ReportId());
            }
        }
        const bool nothingShown =
            std::none_of(panes.cbegin(), panes.cend(), [](ReportPane* pane) { return pane->report().isValid(); });
        if (nothingShown && !m_document->reportSummaries().empty()) {
            m_paneArea->openFirstReports();
        }
    });
    connect(m_document, &CaseDocument::claimsChanged, this, &MainWindow::updateForCase);
    connect(m_document, &CaseDocument::editFailed, this,
            [this](const QString& what, const QString& message) { m_prompts.showError(this, what, message); });
    connect(m_document, &CaseDocument::reloadFailed, this,
            [this](const QString& what, const QString& message) { m_prompts.showError(this, what, message); });
    connect(m_document, &CaseDocument::caseDamaged, this, [this](const QString& message) {
        updateForCase(); // read-only from now on: the title says so and editing is off
        m_prompts.showError(
            this, tr("Damaged Case"),
            tr("%1\n\nThe case stays open read-only here, so nothing more is written into it.").arg(message));
    });
    connect(m_claimActions, &ClaimActions::inspectRequested, this, [this] {
        QDockWidget* inspector = m_docks->dock(DockLayout::Dock::Inspector);
        inspector->show();
        inspector->raise();
    });

    if (!restoreGeometry(m_settings.value(kGeometryKey).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(QSize(1500, 940).boundedTo(available * 0.92));
    }
    m_docks->sizeFor(size()); // the first run's layout; a saved one replaces it below
    m_docks->restoreState(m_settings.value(kStateKey).toByteArray());
    m_claimActions->action(ClaimActions::Id::ShowFurniture)
        ->setChecked(m_settings.value(kFurnitureKey, false).toBool());
    // Kept as it changes, so that the preferences show it and View and Preferences stay in step.
    connect(m_claimActions->action(ClaimActions::Id::ShowFurniture), &QAction::toggled, this,
            [this](bool shown) { m_settings.setValue(kFurnitureKey, shown); });
    updateForCase();
    updateRecentCases();
}

MainWindow::~MainWindow()
{
    // Close the case while the panes and settings it saves its view to are still here (the document, a child,
    // outlives this destructor's members otherwise).
    m_document->close();
}

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
    m_resetSampleCaseAction = makeAction(tr("R&eset Sample Case…"), "resetSampleCaseAction");
    m_resetSampleCaseAction->setStatusTip(
        tr("Start again from a fresh sample case; the edited one is kept as a backup"));
    connect(m_resetSampleCaseAction, &QAction::triggered, this, &MainWindow::confirmResetSampleCase);
    m_caseBackup = new CaseBackup(*m_document, m_prompts, this);
    // An old case is upgraded on a worker, with progress, before it opens (the search index of a large case: seconds).
    auto* upgrader = new CaseUpgrader(m_prompts, this);
    connect(upgrader, &CaseUpgrader::upgraded, m_caseBackup, &CaseBackup::noteUpgrade);
    m_document->setUpgrader([upgrader](const QString& path) { return upgrader->run(path); });
    connect(m_caseBackup, &CaseBackup::backedUp, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    m_preferencesAction = makeAction(tr("Pre&ferences…"), "preferencesAction", QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    m_manualAction = makeAction(tr("&Manual"), "manualAction", QKeySequence(Qt::Key_F1));
    connect(m_manualAction, &QAction::triggered, this, [this] { showHelp(HelpWindow::Page::Manual); });
    m_gradesHelpAction = makeAction(tr("&What Is a B2?"), "gradesHelpAction");
    connect(m_gradesHelpAction, &QAction::triggered, this, [this] { showHelp(HelpWindow::Page::Grades); });
    m_licenceAction = makeAction(tr("&Licence"), "licenceAction");
    connect(m_licenceAction, &QAction::triggered, this, [this] { showHelp(HelpWindow::Page::Licence); });
    m_closeCaseAction = makeAction(tr("&Close Case"), "closeCaseAction", QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_closeCaseAction, &QAction::triggered, this, &MainWindow::closeCase);
    m_importFilesAction = makeAction(tr("&Import Files…"), "importFilesAction", QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importFilesAction, &QAction::triggered, this,
            [this] { m_import->chooseAndImportFiles(importFolder(m_settings)); });
    m_importFolderAction = makeAction(tr("Import Fol&der…"), "importFolderAction");
    connect(m_importFolderAction, &QAction::triggered, this,
            [this] { m_import->chooseAndImportFolder(importFolder(m_settings)); });
    m_exportAction = makeAction(tr("E&xport…"), "exportAction", QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::showExport);
    qApp->installEventFilter(new ShortcutsOverTextFields({m_exportAction->shortcut()}, this));
    m_pasteReportAction = makeAction(tr("&Paste as New Report"), "pasteAsNewReportAction",
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(m_pasteReportAction, &QAction::triggered, this, &MainWindow::pasteAsNewReport);
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
    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_themeMenu = new ThemeMenu(m_settings, this);
}

void MainWindow::createDocks()
{
    auto* tags = new TagsPane(*m_document, m_prompts, this);
    connect(tags, &TagsPane::editFailed, this, &MainWindow::showFailure);
    auto* inspector = new InspectorPane(*m_document, this);
    connect(inspector, &InspectorPane::editFailed, this, &MainWindow::showFailure);
    // A speaker proposed when a claim is marked shows in the Inspector's source field.
    m_claimActions->speakerSuggestion().setSourceField(inspector->claimSourceField());
    // Undo reaches back to the opening of the case; what was done before is in its audit log, not undoable here.
    auto* history = new UndoHistoryView(m_document->undoStack(),
                                        tr("Case opened (earlier changes are not undone from here)"), this);
    history->setObjectName(QStringLiteral("undoHistoryView"));
    connect(history, &UndoHistoryView::jumped, this, [this](int steps) {
        const QString redo = m_redoAction->shortcut().toString(QKeySequence::NativeText);
        statusBar()->showMessage(
            steps < 0
                ? tr("Undid %n step(s); Redo (%1) brings them back until the next change.", nullptr, -steps).arg(redo)
                : tr("Redid %n step(s).", nullptr, steps),
            10000);
    });
    auto* claims = new ClaimsPane(*m_document, this);
    claims->rememberColumnsIn(m_settings);
    m_docks = new DockLayout(*this, {.caseList = m_reportList,
                                     .claims = claims,
                                     .inspector = inspector,
                                     .analysis = new AnalysisPane(*m_document, this),
                                     .sources = new SourcesPane(*m_document, this),
                                     .tags = tags,
                                     .notes = new NotesPane(*m_document, this),
                                     .history = history});
    auto* entities = new EntitiesPane(*m_document, *m_paneArea, this);
    connect(entities, &EntitiesPane::reportPicked, m_paneArea, &ReportPaneArea::openReport);
    QDockWidget* entitiesDock =
        m_docks->addTabbed(entities, tr("Entities"), "entitiesDock", DockLayout::Dock::Inspector); // Alt+9
    // Search (issue 10): Ctrl+Shift+F, F3 / Shift+F3.
    m_searchActions = new SearchActions(*m_document, *m_paneArea, *m_docks,
                                        *m_claimActions->action(ClaimActions::Id::MarkClaim), this);
    connect(m_searchActions, &SearchActions::message, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    // Suggestions (issue 11): a tab of the left column following the current claim, and the review queue.
    m_suggestions = new SuggestionsPane(*m_document, *m_paneArea, this);
    connect(m_suggestions, &SuggestionsPane::editFailed, this,
            [this](const QString& what, const QString& message) { m_prompts.showError(this, what, message); });
    QDockWidget* suggestionsDock =
        m_docks->addTabbed(m_suggestions, tr("Suggestions"), "suggestionsDock", DockLayout::Dock::Inspector);
    m_suggestions->setDock(suggestionsDock);
    // Search, Entities and Suggestions share the Inspector's place: a claim picked elsewhere (a report, the Claims
    // table) shows in the Inspector again, as when they were tabs of the Case list, except over Suggestions, which
    // follow the current claim and keep the place; a link picked (a curve between panes) shows in the Inspector over
    // all three, since nothing else shows it.
    connect(&m_document->selection(), &WorkbenchSelection::selectionChanged, m_docks,
            [this, entitiesDock, suggestionsDock] {
                switch (m_document->selection().selection()) {
                case WorkbenchSelection::Selection::Claim:
                    m_docks->raiseOver(DockLayout::Dock::Inspector, {m_searchActions->dockWidget(), entitiesDock});
                    break;
                case WorkbenchSelection::Selection::Link:
                    m_docks->raiseOver(DockLayout::Dock::Inspector,
                                       {m_searchActions->dockWidget(), entitiesDock, suggestionsDock});
                    break;
                default:
                    break;
                }
            });
    m_docks->dock(DockLayout::Dock::Case)->raise();
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_newCaseAction);
    fileMenu->addAction(m_openCaseAction);
    m_recentMenu = new RecentCasesMenu(m_recentCases, this);
    connect(m_recentMenu, &RecentCasesMenu::openRequested, this, &MainWindow::openCase);
    connect(m_recentMenu, &RecentCasesMenu::listChanged, m_welcomePage, &WelcomePage::setRecentCases);
    fileMenu->addMenu(m_recentMenu);
    fileMenu->addAction(m_openSampleCaseAction);
    fileMenu->addAction(m_resetSampleCaseAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_importFilesAction);
    fileMenu->addAction(m_importFolderAction);
    fileMenu->addAction(m_exchangeActions->importAnnotationsAction());
    fileMenu->addSeparator();
    fileMenu->addAction(m_exportAction);
    fileMenu->addMenu(m_exchangeActions->exportMenu());
    fileMenu->addAction(m_caseBackup->action());
    fileMenu->addSeparator();
    fileMenu->addAction(m_closeCaseAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);
    editMenu->addSeparator();
    editMenu->addAction(m_pasteReportAction);
    editMenu->addAction(m_reportActions->deleteAction());
    editMenu->addSeparator();
    editMenu->addAction(m_preferencesAction);

    // The claim finder (issue 11): underlines check-worthy sentences, F9 marks one; also in the panes' menus.
    auto* finder = new ClaimFinder(*m_document, *m_paneArea, m_claimActions->action(ClaimActions::Id::MarkClaim), this);
    m_paneArea->setContextActions(m_paneArea->contextActions() +
                                  QList<QAction*>{finder->showAction(), finder->markAction()});

    QMenu* claimMenu = menuBar()->addMenu(tr("&Claim"));
    claimMenu->setObjectName(QStringLiteral("claimMenu"));
    claimMenu->addActions({m_claimActions->action(ClaimActions::Id::MarkClaim),
                           m_claimActions->action(ClaimActions::Id::AcceptSuggestedSource),
                           m_claimActions->action(ClaimActions::Id::LinkClaim),
                           m_claimActions->action(ClaimActions::Id::DeleteClaim)});
    claimMenu->addSeparator();
    claimMenu->addActions(
        {m_claimActions->action(ClaimActions::Id::NextClaim), m_claimActions->action(ClaimActions::Id::PreviousClaim)});
    claimMenu->addSeparator();
    claimMenu->addAction(finder->markAction());
    claimMenu->addActions(m_suggestions->menuActions());
    editMenu->addSeparator();
    editMenu->addActions(m_searchActions->actions());

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addActions(
        {m_claimActions->action(ClaimActions::Id::NextPane), m_claimActions->action(ClaimActions::Id::PreviousPane),
         m_claimActions->action(ClaimActions::Id::AddPane), m_claimActions->action(ClaimActions::Id::ClosePane)});
    viewMenu->addSeparator();
    viewMenu->addAction(m_claimActions->action(ClaimActions::Id::ShowFurniture));
    viewMenu->addAction(m_claimActions->action(ClaimActions::Id::CaretBrowsing));
    viewMenu->addAction(finder->showAction());
    viewMenu->addMenu(m_themeMenu);
    viewMenu->addSeparator();
    for (QDockWidget* dock : m_docks->docks()) {
        viewMenu->addAction(dock->toggleViewAction());
    }
    QMenu* goToMenu = viewMenu->addMenu(tr("&Go To"));
    goToMenu->setObjectName(QStringLiteral("goToMenu"));
    goToMenu->addActions(createGoToDockActions(m_docks->docksByUse(), this));

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addActions({m_manualAction, m_gradesHelpAction, m_licenceAction});
    helpMenu->addSeparator();
    helpMenu->addAction(m_aboutAction);
}

bool MainWindow::openCase(const QString& path)
{
    if (m_import->isRunning()) {
        return false; // the import goes into the open case; the actions that get here are disabled meanwhile
    }
    auto opened = openOrOfferReadOnly(path);
    if (!opened) {
        if (opened.error().code == ErrorCode::NotFound) {
            m_recentCases.remove(path);
            updateRecentCases();
        }
        showFailure(tr("Cannot open the case"), opened.error());
        return false;
    }
    if (opened.value()) {
        rememberOpened(path);
    }
    return opened.value();
}

Result<bool> MainWindow::openOrOfferReadOnly(const QString& path)
{
    auto opened = m_document->open(path);
    if (opened) {
        return true;
    }
    const auto holder = opened.error().code == ErrorCode::Busy ? casefile::CaseLock::holder(path) : std::nullopt;
    if (!holder) { // not another window: SQLite's own lock (another program writing for seconds), or any failure
        return opened.error();
    }
    if (!m_prompts.askOpenReadOnly(this, path, holder->describe())) {
        return false; // the user chose not to open it: nothing to report
    }
    CORROB_TRY(m_document->open(path, casefile::Case::Access::ReadOnly));
    return true;
}

bool MainWindow::openSampleCase()
{
    if (m_import->isRunning()) {
        return false;
    }
    if (auto opened = m_document->openSample(m_sample); !opened && opened.error().code == ErrorCode::Busy) {
        return openCase(m_sample.casePath);
    } else if (!opened) {
        showFailure(tr("Cannot open the sample case"), opened.error());
        return false;
    }
    rememberOpened(m_sample.casePath);
    return true;
}

void MainWindow::confirmResetSampleCase()
{
    if (m_import->isRunning()) {
        return;
    }
    askToConfirm(this,
                 {tr("Reset the Sample Case"), tr("Start again from a fresh sample case?"),
                  tr("The sample case as you left it is closed and kept beside the new one as a backup, named with "
                     "today's date and time; nothing is deleted."),
                  tr("Reset"), QStringLiteral("resetSampleCaseMessageBox")},
                 [this] { resetSampleCase(); });
}

bool MainWindow::resetSampleCase()
{
    if (m_import->isRunning()) {
        return false;
    }
    // Its files are renamed, never read: the case must be closed first (closing any descriptor of an open SQLite
    // file would drop this process's locks on it).
    if (m_document->isOpen() && QFileInfo(m_document->path()) == QFileInfo(m_sample.casePath)) {
        m_document->close();
    }
    // Another window writing into the renamed file would go on in the backup without knowing it.
    if (const auto holder = casefile::CaseLock::holder(m_sample.casePath)) {
        showFailure(
            tr("Cannot reset the sample case"),
            Error{ErrorCode::Busy,
                  tr("the sample case is open in another window: %1; close it there first").arg(holder->describe()),
                  m_sample.casePath});
        return false;
    }
    auto moved = moveSampleCaseAside(m_sample, QDateTime::currentDateTime());
    if (!moved) {
        showFailure(tr("Cannot reset the sample case"), moved.error());
        return false;
    }
    if (!openSampleCase()) {
        return false;
    }
    if (!moved.value().isEmpty()) {
        statusBar()->showMessage(tr("A fresh sample case is open. The one you edited is kept as %1")
                                     .arg(QFileInfo(moved.value()).fileName()),
                                 15000);
    }
    return true;
}

void MainWindow::showPreferences()
{
    auto* dialog = new PreferencesDialog(Preferences::load(m_settings), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyPreferences(dialog->preferences()); });
    dialog->open();
}

void MainWindow::applyPreferences(const Preferences& preferences)
{
    preferences.save(m_settings);
    m_document->setOptions(caseOptions(m_settings)); // the open case records the new name from its next change
    m_themeMenu->setTheme(preferences.theme);        // View > Theme shows and applies it
    m_claimActions->action(ClaimActions::Id::ShowFurniture)->setChecked(preferences.showFurniture);
}

void MainWindow::showHelp(HelpWindow::Page page)
{
    if (!m_helpWindow) {
        m_helpWindow = new HelpWindow(this);
    }
    m_helpWindow->showPage(page);
}

bool MainWindow::newCase()
{
    if (m_import->isRunning()) {
        return false;
    }
    const QString path = m_prompts.chooseNewCasePath(this, caseFolder(m_settings));
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
    const QString path = m_prompts.chooseCaseToOpen(this, caseFolder(m_settings));
    return !path.isEmpty() && openCase(path);
}

void MainWindow::closeCase()
{
    if (!m_import->isRunning()) {
        m_document->close();
    }
}

bool MainWindow::pasteAsNewReport()
{
    return m_import->importText(QGuiApplication::clipboard()->text());
}

void MainWindow::onImportFinished()
{
    const casefile::ImportOutcome& outcome = m_import->lastOutcome();
    if (!outcome.imported.empty()) {
        // The first new report is selected in the Case list and opens beside what is being read, never in its
        // place: in an empty pane, else in a new pane while there are fewer than four; with four panes in use it is
        // only selected (Enter or a double-click reads it).
        const ReportId firstReport = outcome.imported.front().report.id;
        m_reportList->selectReport(firstReport);
        if (!m_paneArea->paneShowing(firstReport)) {
            const auto panes = m_paneArea->panes();
            const auto empty =
                std::find_if(panes.cbegin(), panes.cend(), [](ReportPane* pane) { return !pane->report().isValid(); });
            if (empty != panes.cend()) {
                m_paneArea->setCurrentPane(*empty);
                m_paneArea->openReport(firstReport);
            } else if (m_paneArea->addPane()) {
                m_paneArea->openReport(firstReport);
            }
        }
        // Folders and files are remembered apart from cases: reports rarely sit next to the case file.
        rememberImportFolder(m_settings, outcome.imported.front().file);
    }
    const auto count = qsizetype(outcome.imported.size());
    statusBar()->showMessage(tr("Imported %Ln report(s).", nullptr, int(count)), 6000);
    if (m_closeAfterImport) {
        close();
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_import->isRunning() && !localPaths(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dragMoveEvent(QDragMoveEvent* event)
{
    if (!m_import->isRunning() && !localPaths(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (m_import->isRunning() || paths.isEmpty()) {
        return;
    }
    event->acceptProposedAction();
    if (const auto it = std::find_if(paths.cbegin(), paths.cend(), isCaseFile); it != paths.cend()) {
        openCase(*it);
        return;
    }
    if (m_document->isReadOnly()) {
        m_prompts.showError(this, tr("Import"),
                            tr("This case is open read-only here: nothing can be imported into it."));
        return;
    }
    // Reports dropped with no case open go into a new one.
    if (m_document->isOpen() || newCase()) {
        m_import->importPaths(paths, QStringLiteral("drop"));
    }
}

void MainWindow::rememberOpened(const QString& path)
{
    m_recentCases.add(path);
    rememberCaseFolder(m_settings, path);
    updateRecentCases();
}

void MainWindow::showCasePanes()
{
    if (const auto session = m_paneSessions.load(m_document->path())) {
        m_paneArea->restoreSession(*session);
    } else {
        // A case seen for the first time opens with as many panes as the preferences say (else as many as are open).
        if (const int wanted = Preferences::load(m_settings).paneCount; wanted > 0) {
            while (m_paneArea->panes().size() < wanted && m_paneArea->addPane()) {
            }
            while (m_paneArea->panes().size() > wanted && m_paneArea->closeCurrentPane()) {
            }
        }
        m_paneArea->openFirstReports();
    }
}

void MainWindow::updateForCase()
{
    const bool open = m_document->isOpen();
    QWidget* page = m_welcomePage;
    if (open) {
        page = m_document->reportSummaries().empty() ? static_cast<QWidget*>(m_emptyCasePage) : m_paneArea;
    }
    m_stack->setCurrentWidget(page);
    m_emptyCasePage->setCaseTitle(m_document->title());
    m_welcomePage->setSampleCaseExists(QFileInfo::exists(m_sample.casePath)); // a stat: no file is opened
    m_linkLegend->setVisible(open);
    m_docks->setShown(open);
    updateActions();
    if (!open) {
        setWindowTitle(tr("Corroborate"));
    } else if (m_document->isReadOnly()) {
        setWindowTitle(tr("%1 (read-only) — Corroborate").arg(m_document->title()));
    } else {
        setWindowTitle(tr("%1 — Corroborate").arg(m_document->title()));
    }
    if (!open) {
        m_statusLabel->clear();
        return;
    }
    const auto count = qsizetype(m_document->reportSummaries().size());
    const QString reports = tr("%Ln report(s)", nullptr, int(count));
    const auto claimCount = qsizetype(m_document->cache().claims().size());
    const QString claims = tr("%Ln claim(s)", nullptr, int(claimCount));
    QString status = reports + u" · " + claims + u" · " + QFileInfo(m_document->path()).fileName();
    if (m_document->isReadOnly()) {
        status += u" · " + tr("read-only");
    }
    m_statusLabel->setText(status);
    m_statusLabel->setToolTip(QDir::toNativeSeparators(m_document->path()));
}

void MainWindow::updateActions()
{
    // An import goes into the open case: nothing may close it or start another import until it is done.
    const bool idle = !m_import->isRunning();
    const bool open = m_document->isOpen();
    for (QAction* action : {m_newCaseAction, m_openCaseAction, m_openSampleCaseAction, m_resetSampleCaseAction}) {
        action->setEnabled(idle);
    }
    m_recentMenu->setEnabled(idle);
    m_welcomePage->setEnabled(idle);
    m_closeCaseAction->setEnabled(idle && open);
    m_caseBackup->action()->setEnabled(idle && open);
    const bool writable = open && !m_document->isReadOnly();
    m_importFilesAction->setEnabled(idle && writable);
    m_importFolderAction->setEnabled(idle && writable);
    m_pasteReportAction->setEnabled(idle && writable);
    m_exchangeActions->importAnnotationsAction()->setEnabled(idle && writable);
    m_exportAction->setEnabled(idle && open);
    // Nothing to search or suggest from without a case (Ctrl+Shift+F said "Nothing found" of no case at all).
    for (QAction* action : m_searchActions->actions() + m_suggestions->menuActions()) {
        action->setEnabled(open);
    }
}

void MainWindow::showExport()
{
    // Window-modal but not blocking: the dialog reads the case on a worker of its own and closes when it wrote.
    auto* dialog = new ExportDialog(*m_document, m_prompts, exportFolder(m_settings, caseFolder(m_settings)), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->written().isEmpty()) {
            rememberExportFolder(m_settings, dialog->written().front());
        }
        statusBar()->showMessage(tr("Exported to %1").arg(dialog->written().join(QStringLiteral(", "))), 10000);
    });
    dialog->open();
}

void MainWindow::updateRecentCases()
{
    m_recentMenu->refresh();
}

void MainWindow::showFailure(const QString& title, const Error& error)
{
    m_prompts.showError(this, title, errorMessage(error));
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    // Back from the terminal where corroborate-cli changed the case: show the case as it is now.
    if (event->type() == QEvent::ActivationChange && isActiveWindow()) {
        m_otherWriters->look();
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_import->isRunning()) {
        // Stop after the current file (the ones imported stay) and close then; never wait here.
        m_closeAfterImport = true;
        m_import->cancel();
        event->ignore();
        return;
    }
    m_settings.setValue(kGeometryKey, saveGeometry());
    m_settings.setValue(kStateKey, m_docks->saveState());
    m_settings.setValue(kFurnitureKey, m_claimActions->action(ClaimActions::Id::ShowFurniture)->isChecked());
    m_document->close();
    event->accept();
}

} // namespace corrob::ui
