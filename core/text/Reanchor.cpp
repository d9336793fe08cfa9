// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/Reanchor.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace corrob::text {
namespace {

// Share of the old context found again around [start, end) of text: the prefix compared right-aligned against
// the code units before start, the suffix left-aligned against those after end. 1 when there was no context.
double contextScore(const QuoteSelector& a, QStringView text, qsizetype start, qsizetype end)
{
    const qsizetype total = a.prefix.size() + a.suffix.size();
    if (total == 0) {
        return 1.0;
    }
    qsizetype same = 0;
    for (qsizetype i = 1; i <= a.prefix.size() && start - i >= 0; ++i) {
        same += a.prefix.at(a.prefix.size() - i) == text.at(start - i) ? 1 : 0;
    }
    for (qsizetype i = 0; i < a.suffix.size() && end + i < text.size(); ++i) {
        same += a.suffix.at(i) == text.at(end + i) ? 1 : 0;
    }
    return double(same) / double(total);
}

qsizetype expectedStart(const QuoteSelector& a, qsizetype oldTextLength, qsizetype newLength)
{
    if (oldTextLength <= 0) {
        return 0;
    }
    return qsizetype(double(a.start) * double(newLength) / double(oldTextLength));
}

bool isHigh(QChar c)
{
    return c.isHighSurrogate();
}

bool isLow(QChar c)
{
    return c.isLowSurrogate();
}

// Widens [start, end) so it never cuts a surrogate pair.
void keepPairs(QStringView text, qsizetype& start, qsizetype& end)
{
    if (start > 0 && start < text.size() && isLow(text.at(start)) && isHigh(text.at(start - 1))) {
        --start;
    }
    if (end > 0 && end < text.size() && isLow(text.at(end)) && isHigh(text.at(end - 1))) {
        ++end;
    }
}

// A letter, digit or mark at i (a surrogate pair read whole); false outside the text.
bool isWordAt(QStringView text, qsizetype i)
{
    if (i < 0 || i >= text.size()) {
        return false;
    }
    char32_t c = text.at(i).unicode();
    if (isHigh(text.at(i)) && i + 1 < text.size() && isLow(text.at(i + 1))) {
        c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
    } else if (isLow(text.at(i)) && i > 0 && isHigh(text.at(i - 1))) {
        c = QChar::surrogateToUcs4(text.at(i - 1), text.at(i));
    }
    if (!QChar::isLetterOrNumber(c) && !QChar::isMark(c)) {
        return false;
    }
    // Scripts written without spaces between words (Chinese, Japanese, Thai...) have no word edge to keep: a letter
    // beside a letter there is no sign of a word cut in two.
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
    case QChar::Script_Tibetan:
        return false;
    default:
        return true;
    }
}

// An approximate occurrence ends where the edits let it, which may be inside a word: "injuring 14" found in a text
// that now says "injuring 17" ended after "1". Where the quote began or ended at a word's edge in the old text (its
// first or last character a word's, the context beside it not), the new range is widened to the whole word there.
struct WordEdges
{
    bool start = false; // the quote began at the start of a word
    bool end = false;   // and ended at the end of one
};

WordEdges edgesOf(const QuoteSelector& a)
{
    const QStringView quote(a.quote);
    if (quote.isEmpty()) {
        return {};
    }
    return {isWordAt(quote, 0) && (a.prefix.isEmpty() || !isWordAt(a.prefix, a.prefix.size() - 1)),
            isWordAt(quote, quote.size() - 1) && (a.suffix.isEmpty() || !isWordAt(a.suffix, 0))};
}

// Whether [start, end) of text cuts a word where the quote did not: "injuring 14" found in "injuring 140", or
// "2 people" in "12 people". Such an occurrence is not the quote's place.
bool cutsAWord(const QuoteSelector& a, QStringView text, qsizetype start, qsizetype end)
{
    const WordEdges edges = edgesOf(a);
    return (edges.start && isWordAt(text, start - 1)) || (edges.end && isWordAt(text, end));
}

void keepWholeWords(const QuoteSelector& a, QStringView text, qsizetype& start, qsizetype& end)
{
    const WordEdges edges = edgesOf(a);
    const bool startedAtEdge = edges.start;
    const bool endedAtEdge = edges.end;
    if (startedAtEdge) {
        while (start > 0 && isWordAt(text, start - 1) && isWordAt(text, start)) {
            --start;
        }
    }
    if (endedAtEdge) {
        while (end < text.size() && isWordAt(text, end) && isWordAt(text, end - 1)) {
            ++end;
        }
    }
}

struct Candidate
{
    qsizetype start = 0;
    qsizetype end = 0;
    int distance = 0;
};

// Where the approximate occurrence ending at end starts: the start in [end - m - k, end] with the least edit
// distance between quote and text[start, end) (ties: the length nearest the quote's). O(m (m + k)).
Candidate startOf(QStringView quote, QStringView text, qsizetype end, int k)
{
    const qsizetype m = quote.size();
    const qsizetype width = std::min<qsizetype>(end, m + k);
    // Rows over the reversed quote, columns over the text read backwards from end.
    std::vector<int> prev(size_t(width) + 1);
    std::vector<int> cur(size_t(width) + 1);
    for (qsizetype j = 0; j <= width; ++j) {
        prev[size_t(j)] = int(j);
    }
    for (qsizetype i = 1; i <= m; ++i) {
        cur[0] = int(i);
        const QChar q = quote.at(m - i);
        for (qsizetype j = 1; j <= width; ++j) {
            const int diagonal = prev[size_t(j - 1)] + (q == text.at(end - j) ? 0 : 1);
            cur[size_t(j)] = std::min({diagonal, prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1});
        }
        std::swap(prev, cur);
    }
    Candidate best{end, end, int(m) + 1};
    for (qsizetype j = 0; j <= width; ++j) {
        const int d = prev[size_t(j)];
        if (d < best.distance || (d == best.distance && std::abs(j - m) < std::abs((end - best.start) - m))) {
            best = {end - j, end, d};
        }
    }
    return best;
}

// Sellers' approximate substring search with Ukkonen's cut-off over text[lo, hi): for each run of end positions
// where the quote matches with at most k edits, the end with the fewest. Expected O(k (hi - lo)).
std::vector<Candidate> approximateEnds(QStringView quote, QStringView text, qsizetype lo, qsizetype hi, int k)
{
    const qsizetype m = quote.size();
    std::vector<int> column(size_t(m) + 1);
    for (qsizetype i = 0; i <= m; ++i) {
        column[size_t(i)] = int(i);
    }
    qsizetype lastActive = std::min<qsizetype>(k + 1, m);
    std::vector<Candidate> ends;
    bool inRun = false;
    for (qsizetype j = lo; j < hi; ++j) {
        const QChar t = text.at(j);
        int previousOld = 0; // column[i - 1] before this step
        int previousNew = 0; // column[i - 1] after this step
        for (qsizetype i = 1; i <= lastActive; ++i) {
            int value = 0;
            if (quote.at(i - 1) == t) {
                value = previousOld;
            } else {
                value = std::min({previousOld, previousNew, column[size_t(i)]}) + 1;
            }
            previousOld = column[size_t(i)];
            column[size_t(i)] = value;
            previousNew = value;
        }
        while (lastActive > 0 && column[size_t(lastActive)] > k) {
            --lastActive;
        }
        if (lastActive == m) {
            const Candidate c{0, j + 1, column[size_t(m)]};
            if (inRun && c.distance < ends.back().distance) {
                ends.back() = c;
            } else if (!inRun) {
                ends.push_back(c);
            }
            inRun = true;
        } else {
            ++lastActive;
            inRun = false;
        }
    }
    return ends;
}

ReanchorResult fuzzy(const QuoteSelector& a, qsizetype oldTextLength, QStringView text)
{
    const QStringView quote(a.quote);
    const qsizetype m = quote.size();
    const int k = int(std::floor(double(m) * kMaxFuzzyDistance));
    if (m < kMinFuzzyQuote || k < 1 || text.size() < m - k) {
        return {};
    }
    const qsizetype expected = expectedStart(a, oldTextLength, text.size());
    // Bounded work: the worst case of the search is m cells per text position.
    qsizetype lo = 0;
    qsizetype hi = text.size();
    const qint64 window = kFuzzyCellBudget / std::max<qint64>(m, 1);
    if (qint64(text.size()) > window) {
        lo = std::clamp<qsizetype>(expected - qsizetype(window / 2), 0, text.size() - qsizetype(window));
        hi = lo + qsizetype(window);
    }
    std::vector<Candidate> ends = approximateEnds(quote, text, lo, hi, k);
    // The closest matches first; a long text full of near-repeats must not make the start search quadratic.
    constexpr size_t kMaxCandidates = 64;
    std::stable_sort(ends.begin(), ends.end(),
                     [](const Candidate& x, const Candidate& y) { return x.distance < y.distance; });
    if (ends.size() > kMaxCandidates) {
        ends.resize(kMaxCandidates);
    }
    ReanchorResult best;
    qsizetype bestGap = 0;
    for (const Candidate& e : ends) {
        Candidate c = startOf(quote, text, e.end, k);
        if (c.distance > k || c.start >= c.end) {
            continue;
        }
        keepWholeWords(a, text, c.start, c.end);
        keepPairs(text, c.start, c.end);
        const double similarity = 1.0 - double(c.distance) / double(m);
        const double score = 0.7 * similarity + 0.3 * contextScore(a, text, c.start, c.end);
        const qsizetype gap = std::abs(c.start - expected);
        if (best.method == ReanchorMethod::Orphaned || score > best.score || (score == best.score && gap < bestGap)) {
            best = {ReanchorMethod::Fuzzy, c.start, c.end, score};
            bestGap = gap;
        }
    }
    return best;
}

} // namespace

QString reanchorMethodName(ReanchorMethod method)
{
    switch (method) {
    case ReanchorMethod::Position:
        return QStringLiteral("position");
    case ReanchorMethod::Quote:
        return QStringLiteral("quote");
    case ReanchorMethod::Fuzzy:
        return QStringLiteral("fuzzy");
    case ReanchorMethod::Orphaned:
        break;
    }
    return QStringLiteral("orphaned");
}

ReanchorResult reanchor(const QuoteSelector& anchor, qsizetype oldTextLength, QStringView newText)
{
    const QStringView quote(anchor.quote);
    if (quote.isEmpty()) {
        return {};
    }
    const qsizetype length = quote.size();
    // An exact occurrence that cuts a word the quote did not cut ("14" in "140") is kept aside: the approximate search
    // takes the whole word; only when it finds nothing (a quote too short for it) is that occurrence used.
    ReanchorResult cutting;
    const bool inPlace =
        anchor.start >= 0 && anchor.start + length <= newText.size() && newText.mid(anchor.start, length) == quote;
    if (inPlace && !cutsAWord(anchor, newText, anchor.start, anchor.start + length)) {
        return {ReanchorMethod::Position, anchor.start, anchor.start + length, 1.0};
    }
    if (inPlace) {
        cutting = {ReanchorMethod::Position, anchor.start, anchor.start + length, 1.0};
    }

    const qsizetype expected = expectedStart(anchor, oldTextLength, newText.size());
    ReanchorResult best;
    qsizetype bestGap = 0;
    qsizetype seen = 0;
    for (qsizetype at = newText.indexOf(quote); at >= 0 && seen < kMaxOccurrences;
         at = newText.indexOf(quote, at + 1), ++seen) {
        const double score = contextScore(anchor, newText, at, at + length);
        if (cutsAWord(anchor, newText, at, at + length)) {
            if (cutting.method == ReanchorMethod::Orphaned || score > cutting.score) {
                cutting = {ReanchorMethod::Quote, at, at + length, score};
            }
            continue; // part of a longer word or number: the approximate search takes it whole
        }
        const qsizetype gap = std::abs(at - expected);
        if (best.method == ReanchorMethod::Orphaned || score > best.score || (score == best.score && gap < bestGap)) {
            best = {ReanchorMethod::Quote, at, at + length, score};
            bestGap = gap;
        }
    }
    if (best.method != ReanchorMethod::Orphaned) {
        return best;
    }
    const ReanchorResult approximate = fuzzy(anchor, oldTextLength, newText);
    return approximate.method != ReanchorMethod::Orphaned ? approximate : cutting;
}

} // namespace corrob::text
