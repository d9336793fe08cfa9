// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/model/Link.h"

#include <QList>
#include <QPoint>
#include <QString>

#include <optional>

class QWidget;

namespace corrob::ui {

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
// uses QtPrompts (modal Qt dialogs), tests inject a fake that answers at once, so no test ever blocks on a dialog.
class Prompts
{
public:
    virtual ~Prompts() = default;

    // The case file to open, starting in folder; an empty string when the user cancels.
    virtual QString chooseCaseToOpen(QWidget* parent, const QString& folder) = 0;
    // Where to create a new case (a path ending in .corrob), starting in folder; empty when the user cancels.
    virtual QString chooseNewCasePath(QWidget* parent, const QString& folder) = 0;
    // Tells the user that something failed: title names the action, message says what happened and where.
    virtual void showError(QWidget* parent, const QString& title, const QString& message) = 0;
    // The About box; text is rich text.
    virtual void showAbout(QWidget* parent, const QString& title, const QString& text) = 0;
    // "Link to…": the claim to link `from` to, picked from candidates (searchable), and the link type; nullopt
    // when the user cancels.
    virtual std::optional<LinkChoice> chooseLink(QWidget* parent, const QString& from,
                                                 const QList<LinkCandidate>& candidates) = 0;
    // After a claim was dropped on another: how they relate (a small menu at globalPos); nullopt to cancel.
    virtual std::optional<model::LinkType> chooseLinkType(QWidget* parent, const QPoint& globalPos,
                                                          const QString& question) = 0;
};

} // namespace corrob::ui
