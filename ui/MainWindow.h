// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "ui/RecentCases.h"
#include "ui/document/SampleCaseLocation.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QSettings;
class QSplitter;
class QStackedWidget;

namespace corrob::ui {

class CaseDocument;
class Prompts;
class ReportListPane;
class ReportTextPane;
class WelcomePage;

// The application window: menus, the welcome page while no case is open, the report list and the report text
// side by side while one is. Wiring only: the case lives in CaseDocument, questions and messages go through
// the injected Prompts, and window state, recent cases and the audit actor come from the injected settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Prompts& prompts, QSettings& settings, SampleCaseLocation sample, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the case at path; on failure tells the user through Prompts::showError and keeps what was open.
    bool openCase(const QString& path);
    // Opens the sample case, creating it first when it does not exist yet.
    bool openSampleCase();
    // Asks where to create a case, creates it and opens it.
    bool newCase();
    // Asks which case to open and opens it.
    bool chooseAndOpenCase();
    void closeCase();

    [[nodiscard]] CaseDocument& document() const { return *m_document; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void updateForCase();
    void updateRecentCases();
    void rememberOpened(const QString& path);
    void showFailure(const QString& title, const Error& error);
    [[nodiscard]] QString dialogFolder() const;

    Prompts& m_prompts;
    QSettings& m_settings;
    SampleCaseLocation m_sample;
    RecentCases m_recentCases;
    CaseDocument* m_document = nullptr;

    QStackedWidget* m_stack = nullptr;
    WelcomePage* m_welcomePage = nullptr;
    QSplitter* m_splitter = nullptr;
    bool m_splitterPlaced = false; // whether the splitter has its sizes (restored, or set when first shown)
    ReportListPane* m_reportList = nullptr;
    ReportTextPane* m_reportText = nullptr;
    QLabel* m_statusLabel = nullptr;

    QAction* m_newCaseAction = nullptr;
    QAction* m_openCaseAction = nullptr;
    QAction* m_openSampleCaseAction = nullptr;
    QAction* m_closeCaseAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_clearRecentAction = nullptr;
    QMenu* m_recentMenu = nullptr;
};

} // namespace corrob::ui
