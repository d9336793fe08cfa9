// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/WorkbenchSelection.h"

namespace corrob::ui {

void WorkbenchSelection::setCurrentClaim(ClaimId claim)
{
    const bool changed = claim != m_currentClaim;
    m_currentClaim = claim;
    if (changed) {
        Q_EMIT currentClaimChanged(claim);
    }
    // Picking a claim (again) brings it back to the Inspector; clearing it clears a link shown with it too.
    if (claim.isValid() || m_selection == Selection::Claim || m_selection == Selection::Link) {
        select(Selection::Claim, claim.isValid());
    }
}

void WorkbenchSelection::setCurrentLink(LinkId link)
{
    const bool changed = link != m_currentLink;
    m_currentLink = link;
    if (changed) {
        Q_EMIT currentLinkChanged(link);
    }
    if (link.isValid() || m_selection == Selection::Link) {
        select(Selection::Link, link.isValid());
    }
}

void WorkbenchSelection::setCurrentSource(SourceId source)
{
    const bool changed = source != m_currentSource;
    m_currentSource = source;
    if (changed) {
        Q_EMIT currentSourceChanged(source);
    }
    if (source.isValid() || m_selection == Selection::Source) {
        select(Selection::Source, source.isValid());
    }
}

void WorkbenchSelection::setCurrentReport(ReportId report)
{
    const bool changed = report != m_currentReport;
    m_currentReport = report;
    if (changed) {
        Q_EMIT currentReportChanged(report);
    }
    if (report.isValid() || m_selection == Selection::Report) {
        select(Selection::Report, report.isValid());
    }
}

void WorkbenchSelection::clear()
{
    setCurrentClaim(ClaimId());
    setCurrentLink(LinkId());
    setCurrentSource(SourceId());
    setCurrentReport(ReportId());
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
