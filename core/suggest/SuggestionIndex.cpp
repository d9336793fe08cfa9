// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/suggest/SuggestionIndex.h"

#include "core/common/Hash.h"
#include "core/suggest/SuggestionEvidence.h"
#include "core/suggest/Terms.h"
#include "core/text/AttributionExtractor.h"
#include "core/text/FigureParser.h"
#include "core/text/Fold.h"
#include "core/text/SentenceSplitter.h"

#include <algorithm>
#include <cmath>

namespace corrob::suggest {

namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
constexpr int kRescore = 300; // at most this many candidates go from BM25 to the evidence scoring (10 × top, >= 50)
const QChar kEntityMark(0x1);
const QChar kFigureMark(0x2);

struct Posting
{
    int passage;
    int tf;
};

} // namespace

// One indexed passage: a sentence or a claim of a report, with the evidence the relation guess reads (text,
// entities, figures, speaker, denial cue, quoted: PassageEvidence).
struct Passage : PassageEvidence
{
    ReportId report;
    qsizetype start = 0;
    qsizetype end = 0;
    QString context; // a claim's sentences, when they say more than the claim
    std::optional<ClaimId> claim;
    QString hash;
    std::vector<std::pair<int, int>> terms; // term id, frequency
    int length = 0;                         // content words, for BM25's length normalisation
    bool alive = true;
};

// An indexed report: its outlet and date (ReportFacts) and its passages.
struct ReportMeta : ReportFacts
{
    std::vector<int> passages;
};

struct IndexData
{
    text::Gazetteer gazetteer;
    std::vector<Passage> passages;
    QHash<QString, int> termIds;
    std::vector<std::vector<Posting>> postings;
    std::vector<int> df;        // live passages per term
    std::vector<char> wordTerm; // 1 for a word's stem, 0 for an entity or figure term
    QHash<ReportId, ReportMeta> reports;
    QHash<ClaimId, int> byClaim;
    qint64 totalLength = 0;
    int live = 0;
    StanceJudge stance;

    int termId(const QString& term)
    {
        auto it = termIds.constFind(term);
        if (it != termIds.constEnd()) {
            return it.value();
        }
        const int id = int(postings.size());
        termIds.insert(term, id);
        postings.emplace_back();
        df.push_back(0);
        wordTerm.push_back(term.startsWith(kEntityMark) || term.startsWith(kFigureMark) ? 0 : 1);
        return id;
    }

    [[nodiscard]] double avgLength() const { return live > 0 ? double(totalLength) / live : 1.0; }
    [[nodiscard]] double idf(int term) const
    {
        const double n = std::max(live, 1);
        const double d = df[term];
        return std::log(1.0 + (n - d + 0.5) / (d + 0.5));
    }
};

namespace {

bool isQuoteMark(QChar c)
{
    return c == u'"' || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0xAB) || c == QChar(0xBB);
}

// The quoted stretches of a text ("…", “…”, «…»), within a paragraph.
std::vector<std::pair<qsizetype, qsizetype>> quotedSpans(const QString& text)
{
    std::vector<std::pair<qsizetype, qsizetype>> out;
    qsizetype open = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\n') {
            open = -1;
        } else if (isQuoteMark(c)) {
            if (open < 0) {
                open = i + 1;
            } else {
                out.emplace_back(open, i);
                open = -1;
            }
        }
    }
    return out;
}

bool overlaps(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1)
{
    return a0 < b1 && b0 < a1;
}

struct ReportAnalysis
{
    std::vector<text::EntityMention> entities;
    QList<text::Figure> figures;
    std::vector<text::Attribution> attributions;
    std::vector<std::pair<qsizetype, qsizetype>> quotes;
};

template <typename T, typename StartOf> auto firstAtOrAfter(const T& items, qsizetype pos, StartOf startOf)
{
    return std::lower_bound(items.begin(), items.end(), pos,
                            [&](const auto& item, qsizetype p) { return startOf(item) < p; });
}

// A passage [start, end); its words, names, figures and speaker are read from [contextStart, contextEnd) (a claim's
// sentences: the claim stands for them in the index).
Passage makePassage(const QString& text, qsizetype start, qsizetype end, const ReportAnalysis& a,
                    qsizetype contextStart = -1, qsizetype contextEnd = -1)
{
    Passage p;
    p.start = start;
    p.end = end;
    p.text = text.mid(start, end - start);
    p.hash = sha256Hex(p.text);
    if (contextStart >= 0 && (contextStart < start || contextEnd > end)) {
        p.context = text.mid(contextStart, contextEnd - contextStart);
        start = contextStart;
        end = contextEnd;
    }
    // Mentions and figures start inside the passage (both lists are ordered by start).
    for (auto it = firstAtOrAfter(a.entities, start, [](const text::EntityMention& m) { return m.start; });
         it != a.entities.end() && it->start < end; ++it) {
        if (!p.entities.contains(it->canonical)) {
            p.entities.append(it->canonical);
            if (it->kind == text::NameKind::Place && !it->description) {
                p.places.append(it->canonical);
            }
        }
    }
    for (auto it = firstAtOrAfter(a.figures, start, [](const text::Figure& f) { return f.start; });
         it != a.figures.end() && it->start < end; ++it) {
        p.figures.append(*it);
    }
    for (const auto& q : a.quotes) {
        if (overlaps(q.first, q.second, start, end)) {
            p.quoted = true;
            break;
        }
    }
    return p;
}

void assignSpeakers(std::vector<Passage>& passages, const std::vector<text::Attribution>& attributions)
{
    // passages are ordered by start; an attribution names the speaker of every passage its scope overlaps.
    for (const text::Attribution& at : attributions) {
        if (at.speaker.isEmpty()) {
            continue;
        }
        auto it = std::lower_bound(passages.begin(), passages.end(), at.scopeStart,
                                   [](const Passage& p, qsizetype pos) { return p.end <= pos; });
        for (; it != passages.end() && it->start < at.scopeEnd; ++it) {
            if (it->speaker.isEmpty()) {
                it->speaker = at.speaker;
            }
        }
    }
}

void addTerms(IndexData& d, Passage& p, bool wordsOnly)
{
    const std::vector<Word> words = wordsOf(p.context.isEmpty() ? p.text : p.context);
    QHash<int, int> tf;
    int length = 0;
    for (const Word& w : words) {
        if (w.stem.isEmpty()) {
            continue;
        }
        ++length;
        tf[d.termId(w.stem)] += 1;
    }
    if (!wordsOnly) {
        for (const QString& e : std::as_const(p.entities)) {
            tf[d.termId(kEntityMark + text::foldKey(e))] += 1;
        }
        for (const text::Figure& f : std::as_const(p.figures)) {
            if (!f.unit.isEmpty()) {
                tf[d.termId(kFigureMark + text::figureUnitKey(f.unit))] += 1;
            }
        }
    }
    p.cue = denialCue(p.context.isEmpty() ? p.text : p.context, words);
    p.length = std::max(length, 1);
    p.terms.clear();
    for (auto it = tf.cbegin(); it != tf.cend(); ++it) {
        p.terms.emplace_back(it.key(), it.value());
    }
    std::sort(p.terms.begin(), p.terms.end());
}

ReportAnalysis analyse(const QString& text, const text::Gazetteer& gazetteer)
{
    ReportAnalysis a;
    a.entities = text::extractEntities(text, gazetteer);
    a.figures = text::parseFigures(text);
    a.attributions = text::extractAttributions(text);
    a.quotes = quotedSpans(text);
    return a;
}

// The passages of one report: its claims, and its sentences outside claims and excluded ranges.
std::vector<Passage> passagesOf(const ReportInput& r, const text::Gazetteer& gazetteer)
{
    const ReportAnalysis a = analyse(r.text, gazetteer);
    std::vector<Passage> out;
    auto excluded = [&](qsizetype s, qsizetype e) {
        for (const auto& x : r.excluded) {
            if (overlaps(x.start, x.end, s, e)) {
                return true;
            }
        }
        return false;
    };
    std::vector<ClaimSpan> claims = r.claims;
    std::sort(claims.begin(), claims.end(), [](const ClaimSpan& x, const ClaimSpan& y) { return x.start < y.start; });
    const std::vector<text::Sentence> sentences = text::splitSentences(r.text);
    auto claimPassage = [&](const ClaimSpan& c) {
        qsizetype from = c.start;
        qsizetype to = c.end;
        for (auto it = std::lower_bound(sentences.begin(), sentences.end(), c.start,
                                        [](const text::Sentence& x, qsizetype pos) { return x.end <= pos; });
             it != sentences.end() && it->start < c.end; ++it) {
            from = std::min(from, it->start);
            to = std::max(to, it->end);
        }
        Passage p = makePassage(r.text, c.start, c.end, a, from, to);
        p.claim = c.id;
        return p;
    };
    std::size_t ci = 0;
    for (const text::Sentence& s : sentences) {
        // Claims starting before this sentence's end become passages in text order.
        while (ci < claims.size() && claims[ci].start < s.end) {
            const ClaimSpan& c = claims[ci++];
            if (c.start >= 0 && c.end <= r.text.size() && c.start < c.end) {
                out.push_back(claimPassage(c));
            }
        }
        bool inClaim = false;
        for (const ClaimSpan& c : claims) {
            if (overlaps(c.start, c.end, s.start, s.end)) {
                inClaim = true;
                break;
            }
        }
        // A sentence of fewer than four words is a heading or a caption, not a statement.
        if (inClaim || excluded(s.start, s.end) || wordsOf(r.text, s.start, s.end).size() < 4) {
            continue;
        }
        out.push_back(makePassage(r.text, s.start, s.end, a));
    }
    for (; ci < claims.size(); ++ci) {
        const ClaimSpan& c = claims[ci];
        if (c.start >= 0 && c.end <= r.text.size() && c.start < c.end) {
            out.push_back(claimPassage(c));
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Passage& x, const Passage& y) { return x.start < y.start; });
    assignSpeakers(out, a.attributions);
    for (Passage& p : out) {
        p.report = r.id;
    }
    return out;
}

} // namespace

SuggestionIndex::SuggestionIndex(text::Gazetteer gazetteer) : d(std::make_unique<IndexData>())
{
    d->gazetteer = std::move(gazetteer);
}

SuggestionIndex::~SuggestionIndex() = default;
SuggestionIndex::SuggestionIndex(SuggestionIndex&&) noexcept = default;
SuggestionIndex& SuggestionIndex::operator=(SuggestionIndex&&) noexcept = default;

void SuggestionIndex::setStanceJudge(StanceJudge judge)
{
    d->stance = std::move(judge);
}

bool SuggestionIndex::build(const std::vector<ReportInput>& reports, const Progress& progress)
{
    text::Gazetteer gazetteer = std::move(d->gazetteer);
    StanceJudge stance = std::move(d->stance);
    d = std::make_unique<IndexData>();
    d->gazetteer = std::move(gazetteer);
    d->stance = std::move(stance);
    const int total = int(reports.size());
    for (int i = 0; i < total; ++i) {
        addReport(reports[std::size_t(i)]);
        if (progress && !progress(i + 1, total)) {
            text::Gazetteer g = std::move(d->gazetteer);
            StanceJudge s = std::move(d->stance);
            d = std::make_unique<IndexData>();
            d->gazetteer = std::move(g);
            d->stance = std::move(s);
            return false;
        }
    }
    return true;
}

void SuggestionIndex::addReport(const ReportInput& report)
{
    removeReport(report.id);
    std::vector<Passage> passages = passagesOf(report, d->gazetteer);
    ReportMeta& meta = d->reports[report.id];
    meta.outlet = report.outlet;
    meta.published = report.published;
    meta.passages.clear();
    for (Passage& p : passages) {
        addTerms(*d, p, true); // names and figures are evidence, not retrieval terms (decisions/0024)
        const int index = int(d->passages.size());
        for (const auto& [term, tf] : p.terms) {
            d->postings[std::size_t(term)].push_back(Posting{index, tf});
            d->df[std::size_t(term)] += 1;
        }
        if (p.claim) {
            d->byClaim.insert(*p.claim, index);
        }
        d->totalLength += p.length;
        d->live += 1;
        meta.passages.push_back(index);
        d->passages.push_back(std::move(p));
    }
}

void SuggestionIndex::removeReport(ReportId report)
{
    auto it = d->reports.find(report);
    if (it == d->reports.end()) {
        return;
    }
    for (int index : it->passages) {
        Passage& p = d->passages[std::size_t(index)];
        p.alive = false;
        for (const auto& [term, tf] : p.terms) {
            d->df[std::size_t(term)] -= 1;
        }
        if (p.claim) {
            d->byClaim.remove(*p.claim);
        }
        d->totalLength -= p.length;
        d->live -= 1;
        // The dead passage's postings stay until the next build; queries skip them. Its text goes now.
        p.text.clear();
        p.context.clear();
        p.figures.clear();
        p.entities.clear();
        p.places.clear();
    }
    d->reports.erase(it);
}

bool SuggestionIndex::contains(ReportId report) const
{
    return d->reports.contains(report);
}

int SuggestionIndex::passageCount() const
{
    return d->live;
}

int SuggestionIndex::reportCount() const
{
    return int(d->reports.size());
}

namespace {

double bm25(const IndexData& d, const std::vector<std::pair<int, double>>& query, const Passage& p)
{
    double score = 0;
    const double norm = kK1 * (1 - kB + kB * p.length / d.avgLength());
    for (const auto& [term, qtf] : query) {
        auto it = std::lower_bound(p.terms.begin(), p.terms.end(), std::make_pair(term, 0));
        if (it != p.terms.end() && it->first == term) {
            score += qtf * d.idf(term) * (it->second * (kK1 + 1)) / (it->second + norm);
        }
    }
    return score;
}

// Accumulates BM25 over the postings of the query's terms: the passages sharing no term are never touched.
std::vector<std::pair<double, int>> retrieve(const IndexData& d, const std::vector<std::pair<int, double>>& query,
                                             const std::function<bool(const Passage&)>& keep, int limit)
{
    std::vector<float> acc(d.passages.size(), 0.0f);
    std::vector<int> touched;
    const double avg = d.avgLength();
    for (const auto& [term, qtf] : query) {
        const double idf = d.idf(term);
        for (const Posting& post : d.postings[std::size_t(term)]) {
            const Passage& p = d.passages[std::size_t(post.passage)];
            if (!p.alive) {
                continue;
            }
            const double norm = kK1 * (1 - kB + kB * p.length / avg);
            if (acc[std::size_t(post.passage)] == 0.0f) {
                touched.push_back(post.passage);
            }
            acc[std::size_t(post.passage)] += float(qtf * idf * (post.tf * (kK1 + 1)) / (post.tf + norm));
        }
    }
    std::vector<std::pair<double, int>> scored;
    scored.reserve(touched.size());
    for (int index : touched) {
        const Passage& p = d.passages[std::size_t(index)];
        if (keep(p)) {
            scored.emplace_back(acc[std::size_t(index)], index);
        }
    }
    const auto cut = std::min<std::size_t>(scored.size(), std::size_t(std::max(limit, 0)));
    std::partial_sort(scored.begin(), scored.begin() + qsizetype(cut), scored.end(), [](const auto& x, const auto& y) {
        return x.first > y.first || (x.first == y.first && x.second < y.second);
    });
    scored.resize(cut);
    return scored;
}

std::vector<std::pair<int, double>> queryTermsOf(const IndexData& d, const Passage& p, bool wordsOnly)
{
    std::vector<std::pair<int, double>> out;
    for (const auto& [term, tf] : p.terms) {
        if (wordsOnly && d.wordTerm[std::size_t(term)] == 0) {
            continue;
        }
        out.emplace_back(term, double(tf));
    }
    return out;
}

// A passage made for a text that is not indexed: its terms are looked up, never added.
Passage probePassage(const IndexData& d, const QString& text)
{
    const ReportAnalysis a = analyse(text, d.gazetteer);
    Passage p = makePassage(text, 0, text.size(), a);
    std::vector<Passage> one{p};
    assignSpeakers(one, a.attributions);
    p = one.front();
    const std::vector<Word> words = wordsOf(p.text);
    QHash<int, int> tf;
    int length = 0;
    auto add = [&](const QString& term) {
        auto it = d.termIds.constFind(term);
        if (it != d.termIds.constEnd()) {
            tf[it.value()] += 1;
        }
    };
    for (const Word& w : words) {
        if (!w.stem.isEmpty()) {
            ++length;
            add(w.stem);
        }
    }
    for (const QString& e : std::as_const(p.entities)) {
        add(kEntityMark + text::foldKey(e));
    }
    for (const text::Figure& f : std::as_const(p.figures)) {
        if (!f.unit.isEmpty()) {
            add(kFigureMark + text::figureUnitKey(f.unit));
        }
    }
    p.cue = denialCue(p.text, words);
    p.length = std::max(length, 1);
    p.terms.clear();
    for (auto it = tf.cbegin(); it != tf.cend(); ++it) {
        p.terms.emplace_back(it.key(), it.value());
    }
    std::sort(p.terms.begin(), p.terms.end());
    return p;
}

struct ExclusionSet
{
    QHash<ReportId, std::vector<Exclusions::Span>> spans;
    const QSet<ClaimId>* claims = nullptr;
    ReportId own;

    explicit ExclusionSet(const Exclusions& e, ReportId ownReport) : claims(&e.claims), own(ownReport)
    {
        for (const auto& s : e.spans) {
            spans[s.report].push_back(s);
        }
    }

    [[nodiscard]] bool keeps(const Passage& p) const
    {
        if (p.report == own || (p.claim && claims->contains(*p.claim))) {
            return false;
        }
        auto it = spans.constFind(p.report);
        if (it == spans.constEnd()) {
            return true;
        }
        for (const auto& s : it.value()) {
            if ((s.start == p.start && s.end == p.end) || (!s.passageHash.isEmpty() && s.passageHash == p.hash)) {
                return false;
            }
            // A sentence holding a linked claim's span is that claim's sentence.
            if (s.linkedClaim && overlaps(s.start, s.end, p.start, p.end)) {
                return false;
            }
        }
        return true;
    }
};

std::vector<Candidate> rank(const IndexData& d, const Passage& probe, ReportId report, int top,
                            const Exclusions& exclusions)
{
    if (top <= 0) {
        return {};
    }
    static const ReportMeta kNoMeta;
    const auto factsOf = [&d](ReportId id) -> const ReportFacts& {
        const auto it = d.reports.constFind(id);
        return it == d.reports.constEnd() ? kNoMeta : it.value();
    };
    const ReportFacts& probeReport = factsOf(report);
    // Retrieval on the words: names and figures as query terms of their own lowered recall on ECB+; they weigh in
    // as evidence instead.
    const auto query = queryTermsOf(d, probe, true);
    const ExclusionSet exclude(exclusions, report);
    const auto retrieved = retrieve(
        d, query, [&](const Passage& p) { return exclude.keeps(p); },
        std::max(top, std::min(kRescore, std::max(10 * top, 50))));
    const double self = std::max(bm25(d, query, probe), 1e-9);
    const std::vector<Word> probeWords = wordsOf(probe.text);
    struct Scored
    {
        const Passage* passage;
        double similarity;
        Judgement judged;
    };
    std::vector<Scored> scored;
    scored.reserve(retrieved.size());
    for (const auto& [raw, index] : retrieved) {
        const Passage& p = d.passages[std::size_t(index)];
        // Normalised like a cosine: an identical passage scores 1 whatever its length.
        // Relative to what the claim scores against itself: keeps BM25's order, which a length-normalised (cosine)
        // similarity spoilt on ECB+ (recall@5 0.555 against BM25's 0.617).
        const double similarity = std::min(1.0, raw / self);
        scored.push_back(
            {&p, similarity, judge(probe, probeWords, probeReport, p, factsOf(p.report), similarity, std::nullopt)});
    }
    const auto byScore = [](const Scored& x, const Scored& y) {
        return x.judged.score > y.judged.score;
    };
    std::stable_sort(scored.begin(), scored.end(), byScore);
    // The stance model is the costliest evidence: it judges only the leading candidates, which it may reorder.
    if (d.stance) {
        const std::size_t judged = std::min(scored.size(), std::size_t(std::max(2 * top, 10)));
        for (std::size_t i = 0; i < judged; ++i) {
            Scored& x = scored[i];
            x.judged = judge(probe, probeWords, probeReport, *x.passage, factsOf(x.passage->report), x.similarity,
                             d.stance(probe.context.isEmpty() ? probe.text : probe.context, x.passage->text));
        }
        std::stable_sort(scored.begin(), scored.begin() + qsizetype(judged), byScore);
    }
    std::vector<Candidate> out;
    out.reserve(std::min(scored.size(), std::size_t(top)));
    for (const Scored& x : scored) {
        if (out.size() >= std::size_t(top)) {
            break;
        }
        const Passage& p = *x.passage;
        Candidate c;
        c.report = p.report;
        c.start = p.start;
        c.end = p.end;
        c.text = p.text;
        c.claim = p.claim;
        c.score = x.judged.score;
        c.relation = x.judged.relation;
        c.reasons = x.judged.reasons;
        c.passageHash = p.hash;
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace

std::vector<Candidate> SuggestionIndex::forClaim(ClaimId claim, int top, const Exclusions& exclusions) const
{
    auto it = d->byClaim.constFind(claim);
    if (it == d->byClaim.constEnd()) {
        return {};
    }
    const Passage& probe = d->passages[std::size_t(it.value())];
    Exclusions withSelf = exclusions;
    withSelf.claims.insert(claim);
    return rank(*d, probe, probe.report, top, withSelf);
}

std::vector<Candidate> SuggestionIndex::forText(const QString& text, ReportId report, int top,
                                                const Exclusions& exclusions) const
{
    const Passage probe = probePassage(*d, text);
    return rank(*d, probe, report, top, exclusions);
}

std::vector<Candidate> SuggestionIndex::bm25Only(const QString& text, ReportId report, int top) const
{
    const Passage probe = probePassage(*d, text);
    const auto query = queryTermsOf(*d, probe, true);
    const auto retrieved = retrieve(
        *d, query, [&](const Passage& p) { return p.report != report; }, top);
    std::vector<Candidate> out;
    for (const auto& [raw, index] : retrieved) {
        const Passage& p = d->passages[std::size_t(index)];
        Candidate c;
        c.report = p.report;
        c.start = p.start;
        c.end = p.end;
        c.text = p.text;
        c.claim = p.claim;
        c.score = raw;
        c.passageHash = p.hash;
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace corrob::suggest
