// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One paragraph as the attribution extractor reads it, internal to core/text. Its parts live in two files:
// AttributionExtractor.cpp (the paragraph's tokens, quotes and names; quotes continued and paragraphs introduced)
// and AttributionCues.cpp (a cue and its speaker: "X said", "according to X", "X told", appositions, subjects,
// pronouns, the chain, group and anonymous speakers). Offsets are UTF-16 code units of the text.

#include "core/text/AttributionExtractor.h"
#include "core/text/AttributionSpeakers.h"
#include "core/text/AttributionTokens.h"

#include <initializer_list>
#include <optional>
#include <utility>
#include <vector>

namespace corrob::text::attribution {

// An apposition between the speaker and the cue ("Callamard, Amnesty's secretary general, said") is short.
constexpr qsizetype kMaxAppositionTokens = 12;
// Words between a cue clause and the quote it introduces: "said on Friday that", "called the plan".
constexpr qsizetype kMaxGapBeforeQuote = 10;
// A quote continues a speaker's words only if it says something (not a scare-quoted word or two).
constexpr qsizetype kMinContinuedQuoteWords = 3;

// QuoteRegion::attribution of a quote whose cue names a speaker that could not be resolved.
constexpr int kUnresolvedQuote = -2;

struct QuoteRegion
{
    qsizetype open = -1;  // token index of the opening mark
    qsizetype close = -1; // token index of the closing mark, -1 when the paragraph ends first
    qsizetype start = 0;  // the quoted words, without the marks
    qsizetype end = 0;
    int words = 0;
    int attribution = -1; // index into the paragraph's attributions
};

std::vector<QuoteRegion> findQuotes(const std::vector<Token>& tokens, qsizetype paragraphEnd);

// One paragraph's tokens and quotes, and the attributions found in it.
class ParagraphReader
{
public:
    ParagraphReader(const QString& text, const std::vector<Sentence>& sentences, size_t first, size_t last,
                    SpeakerHistory& history);

    // Attributions with a cue of their own, sentence by sentence.
    void readCues();

    // Quotes with no cue take the speaker of the nearest attributed quote in the paragraph, or (a paragraph that
    // opens with a quote) the previous paragraph's last speaker.
    void readContinuedQuotes(const std::optional<Attribution>& previousParagraphLast);

    // A paragraph whose own cues found nothing, after one that ends with a cue and a colon ("Trump lashed out on
    // Twitter, saying:"), is what that speaker said.
    void readIntroduced(const std::optional<Attribution>& introducer);

    // The attribution whose cue clause ends this paragraph with a colon and nothing quoted after it.
    [[nodiscard]] std::optional<Attribution> introducesNext() const;

    [[nodiscard]] const std::vector<Attribution>& found() const { return m_found; }

private:
    const Token& token(qsizetype i) const { return m_tokens[static_cast<size_t>(i)]; }
    const Sentence& sentenceOf(qsizetype tokenIndex) const
    {
        return m_sentences[static_cast<size_t>(token(tokenIndex).sentence)];
    }
    // The token range [first, end) of the sentence holding token i.
    std::pair<qsizetype, qsizetype> sentenceTokens(qsizetype i) const;

    // Every person's name in the paragraph (with the titles written before it), so that a later surname alone
    // can be expanded and "the governor" resolved.
    void collectNames();

    // AttributionCues.cpp
    bool isPunctuation(qsizetype i, std::initializer_list<Token::Kind> kinds) const;
    void readCue(qsizetype cue);
    // The subject of the sentence [first, …) before token `before`: a name, pronoun or description at its start
    // (after one leading phrase set off by a comma: "On Friday, Boehner …") that a lower-case verb follows.
    std::optional<SpeakerPhrase> subjectOf(qsizetype first, qsizetype before) const;
    bool isVerbBeforeItsObject(qsizetype j) const;
    // "Callamard, Amnesty's secretary general, said": the name before the apposition's opening comma.
    std::optional<SpeakerPhrase> speakerBeforeApposition(qsizetype comma, qsizetype first) const;
    std::optional<Attribution> resolve(const SpeakerPhrase& phrase, const QString& cue);
    // The attributed words: a quote just before the cue clause or just after it, else the sentence.
    void placeContent(Attribution& a, qsizetype clauseFirst, qsizetype clauseLast, qsizetype first, qsizetype end);
    [[nodiscard]] bool onlyCircumstances(qsizetype from, qsizetype last) const;
    [[nodiscard]] qsizetype anonymityClauseBefore(qsizetype last, qsizetype floor) const;
    [[nodiscard]] std::optional<SpeakerPhrase> describedPerson(std::optional<SpeakerPhrase> phrase,
                                                               qsizetype first) const;
    // Group and anonymous speakers, from the words that name them.
    void markSpeaker(Attribution& a, const SpeakerPhrase& phrase) const;
    // The original observer when the attributed words open with who saw or heard it: "(that) residents saw …",
    // "witnesses heard …".
    QString observerIn(const Attribution& a) const;

    const QString& m_text;
    const std::vector<Sentence>& m_sentences;
    size_t m_last;
    SpeakerHistory& m_history;
    int m_paragraph = 0;
    std::vector<Token> m_tokens;
    std::vector<QuoteRegion> m_quotes;
    std::vector<bool> m_inQuote;
    std::vector<Attribution> m_found;
    int m_introduces = -1; // index into m_found: see introducesNext()
};

} // namespace corrob::text::attribution
