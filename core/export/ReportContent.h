// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/common/Result.h"
#include "core/model/Claim.h"
#include "core/model/Link.h"
#include "core/model/Note.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <vector>

namespace corrob::casefile {
class Case;
}

namespace corrob::exporting {

// What goes into an export. The criteria combine (a claim must meet all that are set); none set = every claim.
struct Selection
{
    QString tag;            // a tag path ("Violence/Shelling", case-insensitive): claims with it or a tag below it
    QList<ClaimId> claims;  // only these claims (empty: no restriction)
    int minCredibility = 0; // 1..6: claims graded this or better (1 is best; ungraded claims are left out); 0: any

    [[nodiscard]] bool isAll() const { return tag.isEmpty() && claims.isEmpty() && minCredibility == 0; }
};

// Another claim as a claim's entry names it: who says it, where.
struct RelatedClaim
{
    ClaimId id;
    QString source;    // the attributed source's name, empty when not attributed
    QString statement; // what the claim says (the report quotes it only when the claim is included)
    QString reportTitle;
    QString outlet;        // its report's
    bool included = false; // the claim is in the export too (an internal link can point at it)
};

struct ReportEntry
{
    ReportId id;
    QString title;
    QString outlet;
    QString author;
    QString published;     // ISO partial date, empty when unknown
    QString publishedText; // as a reader writes it ("12 Apr 2022")
    QString url;
    QString sha256;             // of the original as collected
    QString capturedAt;         // UTC ISO 8601
    QList<model::Note> notes{}; // on the report, oldest first
};

struct ClaimEntry
{
    model::Claim claim;
    // The anchor's start and end in Unicode code points of the working text, as exports count them (W3C, REFI-QDA,
    // and a Python or R user slicing the text); claim.anchor keeps UTF-16 code units.
    qsizetype codePointStart = 0;
    qsizetype codePointEnd = 0;
    QString reportTitle;
    QString outlet;
    QString published; // the report's ISO partial date
    QString publishedText;
    QString source;      // attributed source's name, empty when not attributed
    QString reliability; // its grade "A".."F", empty when not graded
    QString kind;        // claimKindName
    QStringList tags;    // tag paths
    int independentSources = 0;
    QStringList origins; // the names of the distinct origins behind it
    // The evidence besides the claim (decision 0005's "corroborated by", the CSV's corroborated_by column), in two
    // parts a reader must not confuse: the claims that repeat its statement (or that it repeats), which add no
    // witness of their own, and the claims that corroborate the statement.
    QList<RelatedClaim> sameStatement;
    QList<RelatedClaim> corroborators;
    QList<RelatedClaim> contradictedBy;
    int suggestedCredibility = 0;
    QString reason;           // why the analysis suggests that grade
    QList<model::Note> notes; // oldest first

    // "B2", "B?" when the claim is ungraded, "?2" when its source is; "" when neither.
    [[nodiscard]] QString grade() const;
};

struct ConflictEntry
{
    ClaimId a;
    ClaimId b;
    QString kind; // "contradicts" or "figures"
    QString detail;
};

struct SourceEntry
{
    SourceId id;
    QString name;
    QString kind;
    QString affiliation; // the organisation's name, empty when none
    QString reliability; // "A".."F", empty when not graded
    QString rationale;
    QStringList aliases;
    int claims = 0;             // exported claims attributed to it
    QList<model::Note> notes{}; // on the source, oldest first
};

struct LinkEntry
{
    model::Link link;
    QString fromQuote;
    QString toQuote;
    QList<model::Note> notes{}; // on the link (its own note is link.note), oldest first
};

// Everything an export writes, collected once from a case: the investigation report (HTML, PDF), the CSV files and
// the ClaimReview JSON-LD are rendered from it. Plain values; anchors keep UTF-16 offsets (each claim has its code
// point offsets beside them).
struct ReportContent
{
    QString caseTitle;
    QString caseFile;    // the case file's name
    QString author;      // who exports (the case's actor)
    QString exportedAt;  // UTC ISO 8601
    QString selection;   // what was selected, in words ("claims tagged Violence, graded 2 or better")
    int totalClaims = 0; // claims in the case, selected or not

    std::vector<ClaimEntry> claims;       // by report then anchor start
    std::vector<ConflictEntry> conflicts; // touching an exported claim
    std::vector<SourceEntry> sources;     // attributed to, origin of, or outlet of what is exported; by name
    std::vector<ReportEntry> reports;     // the reports the claims sit in (every report when all claims go), by id
    std::vector<LinkEntry> links;         // links with at least one end exported
    QList<model::Note> caseNotes;         // notes on the case itself, oldest first

    QString auditHeadHash; // the hash of the audit log's last entry
    qint64 auditEntries = 0;

    // Summary counts: claimsByCredibility[0] ungraded, [1..6] per grade; sourcesByReliability[0] ungraded,
    // [1..6] for A..F.
    std::array<int, 7> claimsByCredibility{};
    std::array<int, 7> sourcesByReliability{};

    [[nodiscard]] const ClaimEntry* findClaim(ClaimId id) const;
};

// Called with (done, total) steps while collecting; returns false to cancel (collectReport then fails with
// ErrorCode::Cancelled). May be empty.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

// Reads what selection picks from target (claims, their analysis, links, sources, reports, notes, the audit
// log's head) into a ReportContent. Fails when the case cannot be read, when selection.tag names no tag of the
// codebook (InvalidArgument), when minCredibility is outside 0..6, or when cancelled. O(claims + links + sources +
// reports + notes + audit entries). Same thread as the case.
Result<ReportContent> collectReport(casefile::Case& target, const Selection& selection,
                                    const ExportProgress& progress = {});

} // namespace corrob::exporting
