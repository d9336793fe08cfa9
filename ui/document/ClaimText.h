// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"

#include <QColor>
#include <QString>

namespace corrob::ui {

class CaseDocument;

// "3 — possibly true" for an Admiralty information-credibility grade; "not graded" for 0.
QString credibilityText(int credibility);
// "B — usually reliable" for an Admiralty source-reliability grade (A-F); "not graded" for none.
QString reliabilityText(const QString& grade);
// The Admiralty grade of a claim as analysts write it: the source's reliability letter and the claim's credibility
// digit ("B2"); either alone when the other is not graded ("B", "2"); empty when neither is.
QString gradeText(const QString& reliability, int credibility);
// Both halves of a grade spelled out, one per line, for a tooltip.
QString gradeToolTip(const QString& reliability, int credibility);
// The name of a claim's source, or empty when it is not attributed.
QString claimSourceName(const CaseDocument& document, ClaimId claim);
// A short label for a report: "#2 · Fox News" (its number, then its outlet), or "Report #2" without an outlet.
// Titles of one case often begin alike; the number and outlet tell reports apart in little room.
QString reportShortLabel(const CaseDocument& document, ReportId report);
// A one-line label for pickers and lists: "“statement” — source (#2 · Fox News)".
QString claimLabel(const CaseDocument& document, ClaimId claim);
// Rich-text tooltip: statement, source, kind, grade, independent sources.
QString claimToolTip(const CaseDocument& document, ClaimId claim);
// The highlight colour of a claim: its first tag's colour, else untaggedClaimColour().
QColor claimColour(const CaseDocument& document, ClaimId claim);
// A neutral warm grey for claims without a tag: unlike every colour the Tags dock gives new tags and the sample
// case's tags, so an untagged claim never looks tagged.
QColor untaggedClaimColour();

} // namespace corrob::ui
