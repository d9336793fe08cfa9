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
// The name of a claim's source, or empty when it is not attributed.
QString claimSourceName(const CaseDocument& document, ClaimId claim);
// A one-line label for pickers and lists: "“statement” — source (report title)".
QString claimLabel(const CaseDocument& document, ClaimId claim);
// Rich-text tooltip: statement, source, kind, grade, independent sources.
QString claimToolTip(const CaseDocument& document, ClaimId claim);
// The highlight colour of a claim: its first tag's colour, else the default highlight colour.
QColor claimColour(const CaseDocument& document, ClaimId claim);

} // namespace corrob::ui
