// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/common/Result.h"
#include "ui/RecentCases.h"
#include "ui/dialogs/HelpWindow.h"
#include "ui/document/PaneSession.h"
#include "ui/document/SampleCaseLocation.h"

#include <QMainWindow>

class QAction;
class QDragEnterEvent;
class QDragMoveEvent;
class QDropEvent;
class QDockWidget;
class QLabel;
class QMenu;
class QSettings;
class QStackedWidget;

namespace corrob::ui {

class CaseBackup;
class SearchActions;
class SuggestionsPane;
class CaseDocument;
class ClaimActions;
class DockLayout;
class RecentCasesMenu;
class ReportActions;
class ExchangeActions;
class EmptyCasePage;
class ImportController;
class OtherWritersWatch;
class Prompts;
class ReportListPane;
class ReportPaneArea;
class LinkLegend;
class ThemeMenu;
struct Preferences;
class WelcomePage;

// The application window: menus, the welcome page while no case is open, a call to add reports while the open
// case has none; once it has some, the reading workbench: report panes side by side in the centre and docks
// around them (Case, Claims, Inspector, Analysis, Sources, Tags, Notes, History), their layout remembered between
// runs. Wiring only: the case lives in CaseDocument, claim and pane actions in ClaimActions, imports run in
// ImportController, questions and messages go through the injected Prompts, and window state, recent cases and
// the audit actor come from the injected settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Prompts& prompts, QSettings& settings, SampleCaseLocation sample, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the case at path; on failure tells the user through Prompts::showError and keeps what was open. When
    // another window has it open, offers a read-only view (Prompts::askOpenReadOnly). False when not opened.
    bool openCase(const QString& path);
    // Opens the sample case, creating it first when it does not exist yet.
    bool openSampleCase();
    // Asks where to create a case, creates it and opens it.
    bool newCase();
    // Asks which case to open and opens it.
    bool chooseAndOpenCase();
    void closeCase();
    // Imports the clipboard's text as a new report (asking for its title).
    bool pasteAsNewReport();
    // Asks whether to reset the sample case (a window-modal box, "resetSampleCaseMessageBox") and resets it if so.
    void confirmResetSampleCase();
    // Closes the sample case if it is open, moves it aside as a timestamped backup (moveSampleCaseAside), and
    // opens a fresh one; says where the backup is in the status bar.
    bool resetSampleCase();
    // Edit > Preferences: the dialog ("preferencesDialog", window-modal); on OK saves and applies what was chosen.
    void showPreferences();
    // File > Export…: the ExportDialog on the open case.
    void showExport();
    // Saves preferences and applies them at once: the actor from the next change, the theme, page furniture.
    void applyPreferences(const Preferences& preferences);
    // Help > Manual (F1), What Is a B2?, Licence: the help window on that page.
    void showHelp(HelpWindow::Page page);

    [[nodiscard]] CaseDocument& document() const { return *m_document; }
    [[nodiscard]] ImportController& importer() const { return *m_import; }
    [[nodiscard]] ReportPaneArea& paneArea() const { return *m_paneArea; }
    [[nodiscard]] ClaimActions& claimActions() const { return *m_claimActions; }

protected:
    // Closing while an import runs cancels it and closes once it has stopped.
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    // Files and folders dropped on the window are imported; a dropped .corrob file is opened instead.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createDocks();
    void createMenus();
    void updateForCase();
    void updateActions();
    void onImportFinished();
    void updateRecentCases();
    void rememberOpened(const QString& path);
    // The panes as they were when this case was last closed, else its first reports side by side.
    void showCasePanes();
    void showFailure(const QString& title, const Error& error);
    // Opens path for writing or, when another window holds it and the user agrees, read-only; false when the user
    // declined.
    Result<bool> openOrOfferReadOnly(const QString& path);

    Prompts& m_prompts;
    QSettings& m_settings;
    SampleCaseLocation m_sample;
    RecentCases m_recentCases;
    PaneSessionStore m_paneSessions;
    CaseDocument* m_document = nullptr;
    ImportController* m_import = nullptr;
    OtherWritersWatch* m_otherWriters = nullptr;
    bool m_closeAfterImport = false;

    QStackedWidget* m_stack = nullptr;
    WelcomePage* m_welcomePage = nullptr;
    EmptyCasePage* m_emptyCasePage = nullptr;
    ReportPaneArea* m_paneArea = nullptr;
    ReportListPane* m_reportList = nullptr;
    ClaimActions* m_claimActions = nullptr;
    ReportActions* m_reportActions = nullptr;
    DockLayout* m_docks = nullptr;
    ThemeMenu* m_themeMenu = nullptr; // View > Theme
    ExchangeActions* m_exchangeActions = nullptr;
    SearchActions* m_searchActions = nullptr; // the Search dock: Ctrl+Shift+F; F3 / Shift+F3
    SuggestionsPane* m_suggestions = nullptr; // the Suggestions dock (issue 11)
    QLabel* m_statusLabel = nullptr;
    LinkLegend* m_linkLegend = nullptr;
    HelpWindow* m_helpWindow = nullptr; // made when first asked for

    QAction* m_newCaseAction = nullptr;
    QAction* m_openCaseAction = nullptr;
    QAction* m_openSampleCaseAction = nullptr;
    QAction* m_resetSampleCaseAction = nullptr;
    CaseBackup* m_caseBackup = nullptr; // File > Back Up…
    QAction* m_preferencesAction = nullptr;
    QAction* m_manualAction = nullptr;
    QAction* m_gradesHelpAction = nullptr;
    QAction* m_licenceAction = nullptr;
    QAction* m_closeCaseAction = nullptr;
    QAction* m_importFilesAction = nullptr;
    QAction* m_importFolderAction = nullptr;
    QAction* m_pasteReportAction = nullptr;
    QAction* m_exportAction = nullptr; // File > Export… (Ctrl+E): ExportDialog
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    RecentCasesMenu* m_recentMenu = nullptr;
};

} // namespace corrob::ui
