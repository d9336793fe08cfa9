// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QSettings;
class QWidget;

namespace corrob::casefile {
class Case;
}

namespace corrob::ui {

class CaseDocument;
class Prompts;

// The exchange formats in the File menu: Import Annotations… (a W3C Web Annotation file, added as claims in one
// undo step, with a summary of what could not be placed) and Export for Other Tools (W3C Web Annotations, a
// REFI-QDA project, a case bundle). Exports and the import's placing read the open case on the UI thread through
// a connection of their own and never touch its files (decisions/0013); the import's edit runs on the document's.
class ExchangeActions : public QObject
{
    Q_OBJECT
public:
    // settings: where the export dialogs start and the folder last exported to (exportFolder).
    ExchangeActions(CaseDocument& document, Prompts& prompts, QSettings& settings, QWidget* window);

    // File > Import Annotations…
    [[nodiscard]] QAction* importAnnotationsAction() const { return m_importAnnotations; }
    // File > Export for Other Tools, holding the three exports.
    [[nodiscard]] QMenu* exportMenu() const { return m_exportMenu; }

    // Imports the annotations of a file into the open case; false when nothing was imported (failures shown).
    bool importAnnotationsFrom(const QString& path);

Q_SIGNALS:
    // An export written with nothing to report but where it went, for the status bar (as the Export dialog's
    // formats say it); one that left claims out says so in a summary instead.
    void message(const QString& text);

private:
    void updateEnabled();
    void exportAs(int format);
    [[nodiscard]] QString folder() const;
    // The reads of an import or an export (the plan, the snapshot, the bundle's copy) go through this.
    [[nodiscard]] Result<std::unique_ptr<casefile::Case>> openConnection() const;

    CaseDocument& m_document;
    Prompts& m_prompts;
    QSettings& m_settings;
    QWidget* m_window;
    QAction* m_importAnnotations = nullptr;
    QAction* m_exportW3c = nullptr;
    QAction* m_exportQdpx = nullptr;
    QAction* m_exportBundle = nullptr;
    QMenu* m_exportMenu = nullptr;
};

} // namespace corrob::ui
