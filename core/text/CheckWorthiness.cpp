// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/CheckWorthiness.h"

#include "core/text/FigureParser.h"

#include <QStringView>

#include <algorithm>
#include <array>
#include <initializer_list>

namespace corrob::text {
namespace {

// One cue: up to four words, lower case; a word ending in '*' matches any word it begins ("accus*": "accused",
// "accuses", "accusations").
struct Cue
{
    CheckReason reason;
    std::array<const char16_t*, 4> words;
};

constexpr CheckReason L = CheckReason::LegalQualification;
constexpr CheckReason A = CheckReason::Allegation;
constexpr CheckReason D = CheckReason::Denial;

// Longer cues first where one begins another, so the longest match is taken.
const std::array kCues = {
    // Legal qualifications: what an investigator has to source before publishing the word.
    Cue{L, {u"war", u"crime*"}},
    Cue{L, {u"crime*", u"against", u"humanity"}},
    Cue{L, {u"crime", u"of", u"aggression"}},
    Cue{L, {u"genocid*"}},
    Cue{L, {u"ethnic", u"cleansing"}},
    Cue{L, {u"unlawful*"}},
    Cue{L, {u"illegal*"}},
    Cue{L, {u"extrajudicial*"}},
    Cue{L, {u"indiscriminate*"}},
    Cue{L, {u"disproportionate*"}},
    Cue{L, {u"torture*"}},
    Cue{L, {u"humanitarian", u"law"}},
    Cue{L, {u"laws", u"of", u"war"}},
    Cue{L, {u"violation*", u"of", u"international"}},
    Cue{L, {u"atrocit*"}},
    Cue{L, {u"banned"}},
    Cue{L, {u"prohibit*"}},
    // Allegations: someone says someone did something, or reports evidence of it.
    Cue{A, {u"accus*"}},
    Cue{A, {u"alleg*"}},
    Cue{A, {u"blam*"}},
    Cue{A, {u"evidence"}},
    Cue{A, {u"documented"}},
    Cue{A, {u"documenting"}},
    Cue{A, {u"charged", u"with"}},
    Cue{A, {u"charges"}},
    Cue{A, {u"suspected"}},
    Cue{A, {u"responsible", u"for"}},
    Cue{A, {u"claims", u"to"}},
    Cue{A, {u"claimed"}},
    Cue{A, {u"committed"}},
    // Denials: someone says it did not happen, or disputes it.
    Cue{D, {u"deny"}},
    Cue{D, {u"denies"}},
    Cue{D, {u"denied"}},
    Cue{D, {u"denying"}},
    Cue{D, {u"denial*"}},
    Cue{D, {u"reject*"}},
    Cue{D, {u"refut*"}},
    Cue{D, {u"rebut*"}},
    Cue{D, {u"dismissed"}},
    Cue{D, {u"falsely"}},
    Cue{D, {u"staged"}},
    Cue{D, {u"fabricat*"}},
    Cue{D, {u"baseless"}},
    Cue{D, {u"unfounded"}},
    Cue{D, {u"fake"}},
    Cue{D, {u"not", u"take", u"responsibility"}},
    Cue{D, {u"not", u"responsible"}},
    Cue{D, {u"no", u"evidence"}},
    Cue{D, {u"never", u"happened"}},
};

struct Word
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString folded; // lower case
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// The words of text[start, end): letters and digits, with an apostrophe inside a word kept ("Russia's" is one word).
std::vector<Word> wordsOf(const QString& text, qsizetype start, qsizetype end)
{
    std::vector<Word> words;
    qsizetype i = start;
    while (i < end) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype begin = i;
        while (i < end && (isWordChar(text.at(i)) || ((text.at(i) == u'\'' || text.at(i) == u'\u2019') && i + 1 < end &&
                                                      isWordChar(text.at(i + 1)) && i > begin))) {
            ++i;
        }
        words.push_back({begin, i, text.mid(begin, i - begin).toLower()});
    }
    return words;
}

bool wordMatches(const QString& word, const char16_t* pattern)
{
    const QStringView p(pattern);
    if (p.endsWith(u'*')) {
        return word.startsWith(p.chopped(1));
    }
    return word == p;
}

// How many words of cue match at words[at], or 0.
size_t matchAt(const std::vector<Word>& words, size_t at, const Cue& cue)
{
    size_t n = 0;
    for (const char16_t* pattern : cue.words) {
        if (pattern == nullptr) {
            break;
        }
        if (at + n >= words.size() || !wordMatches(words[at + n].folded, pattern)) {
            return 0;
        }
        ++n;
    }
    return n;
}

void addCue(CheckWorthySentence& sentence, CheckReason reason, qsizetype start, qsizetype end)
{
    sentence.reasons |= reason;
    sentence.cues.push_back({reason, start, end});
}

} // namespace

std::vector<CheckWorthySentence> findCheckWorthySentences(const QString& text)
{
    AttributionExtractor extractor(text);
    return findCheckWorthySentences(text, extractor.sentences(), extractor.extract());
}

std::vector<CheckWorthySentence> findCheckWorthySentences(const QString& text, const std::vector<Sentence>& sentences,
                                                          const std::vector<Attribution>& attributions)
{
    std::vector<CheckWorthySentence> found(sentences.size());
    for (size_t i = 0; i < sentences.size(); ++i) {
        found[i].start = sentences[i].start;
        found[i].end = sentences[i].end;
    }
    // The sentence holding offset, or sentences.size().
    auto sentenceAt = [&](qsizetype offset) {
        const auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), offset,
                                         [](qsizetype o, const Sentence& s) { return o < s.end; });
        return it != sentences.cend() && it->start <= offset ? size_t(it - sentences.cbegin()) : sentences.size();
    };

    for (const Figure& figure : parseFigures(text)) {
        if (const size_t i = sentenceAt(figure.start); i < found.size()) {
            addCue(found[i], CheckReason::Figure, figure.start, figure.end);
        }
    }
    for (const Attribution& attribution : attributions) {
        // Every sentence whose words are attributed (a quote may run over several).
        auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), attribution.start,
                                   [](qsizetype o, const Sentence& s) { return o < s.end; });
        for (; it != sentences.cend() && it->start < attribution.end; ++it) {
            CheckWorthySentence& sentence = found[size_t(it - sentences.cbegin())];
            if (!(sentence.reasons & CheckReason::Attributed)) {
                addCue(sentence, CheckReason::Attributed, attribution.speakerStart, attribution.speakerEnd);
            }
        }
    }
    std::vector<CheckWorthySentence> out;
    for (CheckWorthySentence& sentence : found) {
        const std::vector<Word> words = wordsOf(text, sentence.start, sentence.end);
        for (size_t w = 0; w < words.size();) {
            size_t matched = 0;
            for (const Cue& cue : kCues) {
                if (const size_t n = matchAt(words, w, cue); n > 0) {
                    addCue(sentence, cue.reason, words[w].start, words[w + n - 1].end);
                    matched = n;
                    break;
                }
            }
            w += std::max<size_t>(matched, 1);
        }
        if (!sentence.reasons || (words.size() < 4 && !(sentence.reasons & CheckReason::Figure))) {
            continue;
        }
        std::stable_sort(sentence.cues.begin(), sentence.cues.end(),
                         [](const CheckCue& a, const CheckCue& b) { return a.start < b.start; });
        out.push_back(std::move(sentence));
    }
    return out;
}

} // namespace corrob::text
