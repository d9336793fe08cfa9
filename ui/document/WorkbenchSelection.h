// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"

#include <QObject>

namespace corrob::ui {

// The workbench's selection, shared by every pane and dock: the current claim and link (invalid for none), the
// source picked in the Sources dock and the report picked in the Case dock, and which of them was picked last
// (what the Inspector shows). Owned by the CaseDocument, which clears what an edit removed and everything when the
// case closes. Lives on the UI thread.
class WorkbenchSelection : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    [[nodiscard]] ClaimId currentClaim() const { return m_currentClaim; }
    void setCurrentClaim(ClaimId claim);
    [[nodiscard]] LinkId currentLink() const { return m_currentLink; }
    void setCurrentLink(LinkId link);
    [[nodiscard]] SourceId currentSource() const { return m_currentSource; }
    void setCurrentSource(SourceId source);
    [[nodiscard]] ReportId currentReport() const { return m_currentReport; }
    void setCurrentReport(ReportId report);
    // Clears the claim, link, source and report, in that order, as setting each to none does.
    void clear();

    // What was selected last, for the Inspector: picking a valid claim, link, source or report makes it the
    // selection (even when it was current already); clearing the selected one falls back to the current claim,
    // else to nothing.
    enum class Selection
    {
        None,
        Claim,
        Link,
        Source,
        Report,
    };
    [[nodiscard]] Selection selection() const { return m_selection; }

Q_SIGNALS:
    void currentClaimChanged(corrob::ClaimId claim);
    void currentLinkChanged(corrob::LinkId link);
    void currentSourceChanged(corrob::SourceId source);
    void currentReportChanged(corrob::ReportId report);
    // selection() changed, or the same kind was picked again (another or the same item).
    void selectionChanged();

private:
    // Sets current to next, emitting changed when it differs.
    template <typename Id> void replace(Id& current, Id next, void (WorkbenchSelection::*changed)(Id));
    // A link, source or report was set: picked (valid) it becomes the selection; cleared, it falls back when it was
    // the selection.
    void pickOrClear(Selection kind, bool picked);
    // Makes kind the selection when picked, or falls back when cleared; emits selectionChanged.
    void select(Selection kind, bool picked);

    ClaimId m_currentClaim;
    LinkId m_currentLink;
    SourceId m_currentSource;
    ReportId m_currentReport;
    Selection m_selection = Selection::None;
};

} // namespace corrob::ui
