// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/model/Link.h"

#include <QColor>
#include <QList>
#include <QPoint>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace corrob::ui {

// A long task's progress as the user sees it (a progress dialog with a Cancel button). Closed when destroyed.
// Lives on the UI thread.
class TaskProgress
{
public:
    virtual ~TaskProgress() = default;

    // done of total steps are finished; text says what is happening now ("Importing 3 of 120: name.txt").
    virtual void setProgress(int done, int total, const QString& text) = 0;
    // The user cancelled and the task is winding down (finishing its current step); text says so.
    virtual void setCancelling(const QString& text) = 0;
};

// A claim the user may link to, as a picker lists it.
struct LinkCandidate
{
    ClaimId claim;
    QString label;
};

// The user's answer to "link this claim to which claim, how?".
struct LinkChoice
{
    ClaimId claim;
    model::LinkType type = model::LinkType::Corroborates;
};

// Every question the window asks the user and every message it shows, behind one interface: the application
// uses QtPrompts (Qt dialogs), tests inject a fake that answers at once, so no test ever blocks on a dialog.
class Prompts
{
public:
    virtual ~Prompts() = default;

    // The case file to open, starting in folder; an empty string when the user cancels.
    virtual QString chooseCaseToOpen(QWidget* parent, const QString& folder) = 0;
    // Where to create a new case (a path ending in .corrob), starting in folder; empty when the user cancels.
    virtual QString chooseNewCasePath(QWidget* parent, const QString& folder) = 0;
    // Where to write an export (formatLabel: "Investigation report (PDF)"), proposing proposedPath; suffix (without
    // the dot) is added when the name has none. An existing file is replaced (the dialog asks). Empty when the user
    // cancels.
    virtual QString chooseExportPath(QWidget* parent, const QString& formatLabel, const QString& proposedPath,
                                     const QString& suffix) = 0;
    // The files to import (reports, or any file), starting in folder; empty when the user cancels.
    virtual QStringList chooseFilesToImport(QWidget* parent, const QString& folder) = 0;
    // The folder whose files to import, starting in folder; empty when the user cancels.
    virtual QString chooseFolderToImport(QWidget* parent, const QString& folder) = 0;
    // A W3C Web Annotation file (JSON-LD) to import, starting in folder; empty when the user cancels.
    virtual QString chooseAnnotationsToImport(QWidget* parent, const QString& folder) = 0;
    // Where to write an export (caption names it; filter and suffix the file type; proposedName the file name),
    // starting in folder; empty when the user cancels. An existing file there is replaced.
    virtual QString chooseExchangeExportPath(QWidget* parent, const QString& caption, const QString& folder,
                                             const QString& filter, const QString& suffix,
                                             const QString& proposedName) = 0;
    // The title of a report made from pasted text, proposing suggested; nullopt when the user cancels.
    virtual std::optional<QString> askReportTitle(QWidget* parent, const QString& suggested) = 0;
    // Shows the progress of a long task that runs while the window stays usable (so not modal). cancel is called
    // when the user asks to stop (maybe more than once); the task then calls TaskProgress::setCancelling.
    virtual std::unique_ptr<TaskProgress> showProgress(QWidget* parent, const QString& title,
                                                       std::function<void()> cancel) = 0;
    // Tells the user that something failed: title names the action, message says what happened and where.
    virtual void showError(QWidget* parent, const QString& title, const QString& message) = 0;
    // The outcome of a task with a list of details (the files an import skipped or could not read).
    virtual void showSummary(QWidget* parent, const QString& title, const QString& message,
                             const QStringList& details) = 0;
    // The About box; text is rich text.
    virtual void showAbout(QWidget* parent, const QString& title, const QString& text) = 0;
    // "Link to…": the claim to link `from` to, picked from candidates (searchable), and the link type; nullopt
    // when the user cancels.
    virtual std::optional<LinkChoice> chooseLink(QWidget* parent, const QString& from,
                                                 const QList<LinkCandidate>& candidates) = 0;
    // After a claim was dropped on another: how they relate (a small menu at globalPos); nullopt to cancel.
    virtual std::optional<model::LinkType> chooseLinkType(QWidget* parent, const QPoint& globalPos,
                                                          const QString& question) = 0;
    // A colour (a tag's), starting from initial; nullopt when the user cancels.
    virtual std::optional<QColor> chooseColour(QWidget* parent, const QString& title, const QColor& initial) = 0;
    // The case at path is open in another window (holder says which); true to open it read-only here instead.
    virtual bool askOpenReadOnly(QWidget* parent, const QString& path, const QString& holder) = 0;
    // Asks before a change that removes things (Delete Report): message says what goes with it, acceptText names
    // the button that does it ("Delete Report"); Cancel is the default. True when the user accepts.
    virtual bool confirmDestructive(QWidget* parent, const QString& title, const QString& message,
                                    const QString& acceptText) = 0;
    // Where to write a backup of the open case, proposing proposedPath; empty when the user cancels. Does not ask
    // about an existing file: the caller confirms replacing it (confirmDestructive).
    virtual QString chooseBackupPath(QWidget* parent, const QString& proposedPath) = 0;
};

} // namespace corrob::ui
