// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Theme.h"

#include <QString>

class QSettings;

namespace corrob::ui {

// What the investigator sets in Edit > Preferences, as kept in the settings. Settings are user-editable files:
// a value that does not make sense reads as the default.
struct Preferences
{
    QString actor;               // "audit/actor": who the audit log records; empty: the login name
    Theme theme = Theme::System; // "view/theme", the same as View > Theme
    int paneCount = 0;           // "view/paneCount": report panes (2-4) a case opens with when it has no saved
                                 // layout; 0: as many as the window has open
    bool showFurniture = false;  // "view/showFurniture", the same as View > Show Page Furniture
    QString startFolder; // "files/startFolder": where case and import dialogs start; empty: the folder last used

    static constexpr int kMinPanes = 2;
    static constexpr int kMaxPanes = 4;

    [[nodiscard]] static Preferences load(const QSettings& settings);
    void save(QSettings& settings) const;
    // The name the audit log records: actor, else the login name.
    [[nodiscard]] QString auditActor() const;
};

// Where the export dialogs (the investigation report, Export for Other Tools) start: the preferences' start folder
// when it is set, else the folder last exported to, else fallback. rememberExportFolder keeps the folder of a file
// an export wrote, for the next one.
[[nodiscard]] QString exportFolder(const QSettings& settings, const QString& fallback);
// Whether a folder is hidden or inside a hidden one (~/.local/share, where the sample case lives): it holds none of
// the user's files, so no file dialog starts there, where what the user saves would go unnoticed.
[[nodiscard]] bool isHiddenFolder(const QString& folder);
void rememberExportFolder(QSettings& settings, const QString& writtenFile);
// Where the case dialogs (New, Open, and the exports' fallback) start: the start folder, else the folder of the case
// last opened (never a hidden one), else Documents. rememberCaseFolder keeps a case's folder unless it is hidden.
[[nodiscard]] QString caseFolder(const QSettings& settings);
void rememberCaseFolder(QSettings& settings, const QString& casePath);
// Where the import dialogs start: the start folder, else the folder last imported from, else caseFolder (reports
// rarely sit next to the case file). rememberImportFolder keeps the folder of a file imported.
[[nodiscard]] QString importFolder(const QSettings& settings);
void rememberImportFolder(QSettings& settings, const QString& importedFile);

// The settings keys, for the window's own View actions that share them.
namespace preferenceKeys {
inline constexpr char kActor[] = "audit/actor";
inline constexpr char kTheme[] = "view/theme";
inline constexpr char kPaneCount[] = "view/paneCount";
inline constexpr char kShowFurniture[] = "view/showFurniture";
inline constexpr char kStartFolder[] = "files/startFolder";
inline constexpr char kLastExportFolder[] = "files/lastExportFolder";
inline constexpr char kLastCaseFolder[] = "mainWindow/lastFolder";
inline constexpr char kLastImportFolder[] = "mainWindow/lastImportFolder";
} // namespace preferenceKeys

} // namespace corrob::ui
