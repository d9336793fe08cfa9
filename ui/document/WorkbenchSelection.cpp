// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/WorkbenchSelection.h"

namespace corrob::ui {

template <typename Id> void WorkbenchSelection::replace(Id& current, Id next, void (WorkbenchSelection::*changed)(Id))
{
    const bool differs = next != current;
    current = next;
    if (differs) {
        Q_EMIT(this->*changed)(next);
    }
}

void WorkbenchSelection::setCurrentClaim(ClaimId claim)
{
    replace(m_currentClaim, claim, &WorkbenchSelection::currentClaimChanged);
    // Picking a claim (again) brings it back to the Inspector; clearing it clears a link shown with it too.
    if (claim.isValid() || m_selection == Selection::Claim || m_selection == Selection::Link) {
        select(Selection::Claim, claim.isValid());
    }
}

void WorkbenchSelection::setCurrentLink(LinkId link)
{
    replace(m_currentLink, link, &WorkbenchSelection::currentLinkChanged);
    pickOrClear(Selection::Link, link.isValid());
}

void WorkbenchSelection::setCurrentSource(SourceId source)
{
    replace(m_currentSource, source, &WorkbenchSelection::currentSourceChanged);
    pickOrClear(Selection::Source, source.isValid());
}

void WorkbenchSelection::setCurrentReport(ReportId report)
{
    replace(m_currentReport, report, &WorkbenchSelection::currentReportChanged);
    pickOrClear(Selection::Report, report.isValid());
}

void WorkbenchSelection::clear()
{
    setCurrentClaim(ClaimId());
    setCurrentLink(LinkId());
    setCurrentSource(SourceId());
    setCurrentReport(ReportId());
}

void WorkbenchSelection::pickOrClear(Selection kind, bool picked)
{
    if (picked || m_selection == kind) {
        select(kind, picked);
    }
}

void WorkbenchSelection::select(Selection kind, bool picked)
{
    Selection next = kind;
    if (!picked) {
        next = kind != Selection::Claim && m_currentClaim.isValid() ? Selection::Claim : Selection::None;
        if (next == m_selection) {
            return;
        }
    }
    m_selection = next;
    Q_EMIT selectionChanged();
}

} // namespace corrob::ui
