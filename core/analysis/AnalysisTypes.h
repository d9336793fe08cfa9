// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>

namespace corrob::analysis {

// How one claim relates to another. "A repeats B": from = A, to = B, and B is the earlier, original claim.
enum class LinkType
{
    Corroborates,
    Contradicts,
    Repeats,
    Updates,
    Elaborates,
};

// "corroborates", "contradicts", "repeats", "updates", "elaborates": the words of the CLI contract.
QString linkTypeName(LinkType type);
std::optional<LinkType> linkTypeFromName(const QString& name);

// One claim as the analysis needs it. Plain data: the adapter fills it from a case.
struct ClaimInput
{
    ClaimId id;
    ReportId report;
    SourceId source;         // who the claim is attributed to; invalid when nobody is named
    SourceId outlet;         // the source that published the report; invalid when unknown
    QString text;            // the statement or the quote: figures are read from it
    QString reportPublished; // ISO partial date of the report ("2022-04-12", "2022-04"), empty when unknown
};

struct SourceInput
{
    SourceId id;
    QString name;
    SourceId affiliation; // the organisation this source speaks for; invalid when none
    // Admiralty source reliability "A".."F", empty when not graded (weighs contradictions). Initialised, so that
    // {id, name, affiliation} stays a valid initialisation without a warning.
    QString reliability{};
};

struct LinkInput
{
    ClaimId from;
    ClaimId to;
    LinkType type = LinkType::Corroborates;
    LinkId id{}; // named in the reasons ("link #4"); may be invalid (the reason then names the claims only)
};

// A link the analysis of a claim followed: a `repeats` link inside its statement, a `corroborates` link into it,
// or a `contradicts` link touching it.
struct FollowedLink
{
    LinkId id;
    LinkType type = LinkType::Corroborates;
    ClaimId from;
    ClaimId to;

    bool operator==(const FollowedLink&) const = default;
};

// Everything the analysis reads. Order matters only for ties (documented where they occur) and output order.
struct AnalysisInput
{
    QList<ClaimInput> claims;
    QList<SourceInput> sources;
    QList<LinkInput> links;
};

// One change to an AnalysisInput at a position, as a front end's cache makes it to the input it keeps
// (casefile::WorkbenchCache): replayed in order on another copy (applyInputEdits), it brings that copy to the same
// input, so that a worker's copy never shares storage with the one the cache changes in place.
struct InputEdit
{
    enum class Kind
    {
        SetClaim,    // claims[position] = claim
        InsertClaim, // claim inserted before claims[position]
        RemoveClaim, // claims[position] removed
        SetLink,     // links[position] = link
        InsertLink,
        RemoveLink,
        SetSources, // sources = sources
    };
    Kind kind = Kind::SetClaim;
    qsizetype position = 0; // in claims or links as they are when this edit is applied
    ClaimInput claim{};
    LinkInput link{};
    QList<SourceInput> sources{};
};

// Applies edits to input in order. An edit whose position is out of range is a programming error (Q_ASSERT) and is
// skipped. O(edits × the entries a position shift moves).
void applyInputEdits(AnalysisInput& input, const QList<InputEdit>& edits);

// Where a claim ultimately comes from: a source at the top of its affiliation chain, or, when neither the
// claim nor its report names anyone, an origin unique to the report ("unknown origin (report 7)").
struct Origin
{
    SourceId source; // valid for a known origin
    ReportId report; // for an unknown origin: the report it is unique to
    QString name;    // what to show: the source's name, or "unknown origin (report 7)"

    [[nodiscard]] bool isKnown() const { return source.isValid(); }
    bool operator==(const Origin& other) const { return source == other.source && report == other.report; }
};

// A link a reason names: of what kind it is to the statement, and the claims the reason names beside it.
struct ReasonLink
{
    enum class Kind : quint8
    {
        Repeats,      // a `repeats` link inside the statement
        Corroborated, // a `corroborates` link into it
        Contradicted, // a `contradicts` link touching it
        Backs,        // a `corroborates` link out of it (adds no source to it)
    };
    Kind kind = Kind::Repeats;
    LinkId id;
    ClaimId from;
    ClaimId to;
    ClaimId inside; // the end inside the statement (Repeats: either)
    QString who;    // the origin named beside the link: the corroborating or contradicting claim's; may be empty

    bool operator==(const ReasonLink&) const = default;
};

// What the reasons of a statement's claims are made of, shared by all of them: the rule's sentence, then the first
// few links of each kind the analysis followed and how many there are. ClaimAnalysis::reason() writes one claim's
// out when asked: written out for every claim, the reasons of 50,000 claims were 39 MB and a third of the analysis.
struct ReasonParts
{
    static constexpr int kShown = 3; // links named per kind; "and 4 more corroborating links" for the rest
    QString sentence;
    QList<ReasonLink> links;     // at most kShown of each kind, kind after kind in Kind's order
    std::array<int, 4> counts{}; // by Kind: how many links of that kind there are

    bool operator==(const ReasonParts&) const = default;
};

// The analysis of one claim (rules: CorroborationAnalysis.h). Everything but `claim`, `origin` and `reason`
// describes the claim's *statement* (the claims joined to it by `repeats` links, transitively) and is the same for
// every claim of that statement. The lists are implicitly shared Qt containers: every claim of a statement holds
// the same lists, so building the result costs O(claims + links), not O(statement²). Do not expand
// corroboratedBy() for every claim of a large statement unless you must.
struct ClaimAnalysis
{
    ClaimId claim;
    Origin origin;                      // this claim's own origin
    int independentSources = 0;         // distinct origins of the evidence (== origins.size())
    QList<Origin> origins;              // distinct origins of the evidence, in the order of `component`
    QList<ReportId> reports;            // distinct reports of the evidence, in the order of `component`
    QList<ClaimId> component;           // the evidence: sameStatement, then corroborators; this claim included
    QList<ClaimId> sameStatement;       // the claims repeating or repeated by it (transitively), this one included
    QList<ClaimId> corroborators;       // claims with a `corroborates` link into the statement, link order
    QList<ClaimId> corroborates;        // claims the statement backs (its outgoing `corroborates`); not evidence here
    QList<ClaimId> contradictedBy;      // claims with a `contradicts` link to the statement, input order of links
    QList<Origin> contradictingOrigins; // their distinct origins, then those backing the strongest of them
    int contradictingSources = 0;   // X: independent origins on the contradicting side (see CorroborationAnalysis.h)
    double contradictingWeight = 0; // W: the same side weighed by source reliability (contradictionWeight)
    QList<FollowedLink> links;      // the links followed for the statement, input order
    int suggestedCredibility = 6;   // Admiralty 1..6
    std::shared_ptr<const ReasonParts> reasonParts; // the statement's: see reason()

    // The rule's sentence, then the links it followed ("… — repeats claim #4 (link #9); corroborated by claim #7
    // (link #12, Kyiv Independent)"), written out for this claim. O(1): a few links of each kind at most.
    [[nodiscard]] QString reason() const;
    // Whether reason() is the same for both (of the same claim) without writing either out.
    [[nodiscard]] bool hasSameReasonAs(const ClaimAnalysis& other) const;

    // The claims counted for this one: component without the claim itself (its repeats, then its corroborators).
    // O(component).
    [[nodiscard]] QList<ClaimId> corroboratedBy() const;
};

enum class ConflictKind
{
    Contradicts, // a "contradicts" link
    Figures,     // two claims linked as corroborating or updating whose figures disagree
};

// "contradicts" or "figures": the words of the CLI contract.
QString conflictKindName(ConflictKind kind);

struct Conflict
{
    ClaimId a;
    ClaimId b;
    ConflictKind kind = ConflictKind::Contradicts;
    // "more than 5.7 million refugees (2022-03-20) vs more than six million refugees (2022-04-12)", or for a
    // contradiction "Amnesty International (2022-03-04) vs Russian Ministry of Defence (2022-03-05)".
    QString detail;
    LinkId link{}; // the link it comes from (the first of the pair, input order); may be invalid
};

struct AnalysisResult
{
    QList<ClaimAnalysis> claims; // one per distinct input claim, in input order
    QList<Conflict> conflicts;   // in input order of the links they come from
    QStringList issues;          // input problems that were skipped (a link naming an unknown claim, ...)

    // The analysis of a claim, or nullptr when the claim was not in the input. O(1).
    [[nodiscard]] const ClaimAnalysis* find(ClaimId id) const;

    QHash<ClaimId, qsizetype> index; // claim id -> position in claims
};

} // namespace corrob::analysis
