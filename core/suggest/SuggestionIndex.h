// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/model/TextRange.h"
#include "core/suggest/Suggestion.h"
#include "core/text/EntityExtractor.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

namespace corrob::suggest {

// A claim of a report as the index needs it: its span (UTF-16 code units of the working text).
struct ClaimSpan
{
    ClaimId id;
    qsizetype start = 0;
    qsizetype end = 0;
};

// One report as the index reads it. Plain values: the case-bound adapter (casefile::CaseSuggestions) fills them.
struct ReportInput
{
    ReportId id;
    QString text;                     // the whole working text (TextView::All)
    QList<model::TextRange> excluded; // page furniture: no sentence overlapping it is indexed
    std::vector<ClaimSpan> claims;    // indexed as passages of their own; sentences they overlap are not
    QString outlet;                   // who published it, for "same outlet"; empty when unknown
    QString published;                // ISO date (or a prefix of one: "2022-04"), for "newer figure"; may be empty
};

// What a claim's candidates must not include: the passages already linked to the claim, the dismissed ones, the
// claim's own report (always left out).
struct Exclusions
{
    QSet<ClaimId> claims; // linked claims (and the claim itself)
    struct Span
    {
        ReportId report;
        qsizetype start = 0;
        qsizetype end = 0;
        QString passageHash;      // matches a passage of the report with this text even when its offsets moved
        bool linkedClaim = false; // a linked claim's span: the sentence around it is left out too
    };
    std::vector<Span> spans; // dismissed passages and the spans of linked claims
};

struct IndexData; // internal

// The in-memory index of a case's passages (sentences and claims) that suggestions are ranked from
// (docs/decisions/0023-suggestions.md): an inverted index of normalised terms with BM25 weights, where the terms
// include the passages' entities (canonical names) and what their figures count, and per passage the evidence the
// relation guess reads (entities, figures with their as-of dates, speaker, quoted phrases, denial cues).
//
// Costs: building reads every report once (sentences, entities, figures, attributions: linear in the text);
// adding or removing a report touches only that report's passages; a query walks the postings of the claim's terms
// only (no scan of all passages) and rescores the best few hundred.
//
// Threading: no Qt object, no case, no SQL. A const index may be queried from several threads at once; building,
// adding and removing need exclusive access. Typical use: build on a worker (with progress and cancel), then query
// on that worker or hand the index over.
class SuggestionIndex
{
public:
    // gazetteer: the names the entity extraction knows (the case's: EntityIndex::gazetteer()).
    explicit SuggestionIndex(text::Gazetteer gazetteer = text::Gazetteer::bundled());
    ~SuggestionIndex();
    SuggestionIndex(SuggestionIndex&&) noexcept;
    SuggestionIndex& operator=(SuggestionIndex&&) noexcept;

    // Replaces the contents with these reports. progress(done, total) after each report; returns false when it
    // cancelled (the index is then empty).
    bool build(const std::vector<ReportInput>& reports, const Progress& progress = {});
    // Adds a report, replacing its earlier passages if it was indexed (a claim added, a range excluded).
    void addReport(const ReportInput& report);
    void removeReport(ReportId report);
    [[nodiscard]] bool contains(ReportId report) const;
    [[nodiscard]] int passageCount() const; // live passages
    [[nodiscard]] int reportCount() const;

    // A judge of stance used as one more piece of evidence (see StanceJudge); none by default.
    void setStanceJudge(StanceJudge judge);

    // The best candidates for a claim of an indexed report (its passage is read from the index), best first, at
    // most top, none from the claim's own report, none excluded. Empty when the claim is not indexed.
    [[nodiscard]] std::vector<Candidate> forClaim(ClaimId claim, int top, const Exclusions& exclusions) const;
    // The same for any text (a claim of a report not indexed, a sentence): report is left out of the results.
    [[nodiscard]] std::vector<Candidate> forText(const QString& text, ReportId report, int top,
                                                 const Exclusions& exclusions) const;
    // Plain BM25 over the words alone (no entities, figures or evidence): the benchmark's baseline.
    [[nodiscard]] std::vector<Candidate> bm25Only(const QString& text, ReportId report, int top) const;

    // Candidates scoring below this are not worth an investigator's time; the review queue leaves them out.
    static constexpr double kQueueThreshold = 0.25;

private:
    std::unique_ptr<IndexData> d;
};

} // namespace corrob::suggest
