// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace corrob::model {

// What kind of actor a source is. Stored as the names of sourceKindName().
enum class SourceKind
{
    Person,
    Organisation,
    Ngo,
    Government,
    Military,
    Intergovernmental,
    Media,
    Researcher,
    Witness,
    Anonymous,
    Other,
};

// An actor who asserts something. Names and aliases match case- and diacritics-insensitively (text::foldKey).
struct Source
{
    SourceId id;
    QString name;
    QStringList aliases; // read back ordered by fold key; one per fold key
    SourceKind kind = SourceKind::Other;
    SourceId affiliation; // the organisation a person speaks for; invalid when none
    QString reliability;  // "A".."F" (Admiralty source reliability), empty when not graded
    QString rationale;    // why that grade
    QString createdAt;    // UTC ISO 8601

    bool operator==(const Source&) const = default;
};

// The sources a report points at (invalid ids where unknown): what the analysis needs to follow a claim to the
// outlet that published it.
struct ReportOutlet
{
    ReportId report;
    SourceId outlet;
    SourceId republisher;

    bool operator==(const ReportOutlet&) const = default;
};

// Everything in the case that points at one source (what a merge moves and its undo moves back).
struct SourceReferences
{
    std::vector<ClaimId> claims;         // claims.source_id
    std::vector<ReportId> outletOf;      // reports.outlet_id
    std::vector<ReportId> republisherOf; // reports.republished_by_id
    std::vector<SourceId> affiliated;    // sources.affiliation_id (people speaking for it)

    bool operator==(const SourceReferences&) const = default;
};

} // namespace corrob::model
