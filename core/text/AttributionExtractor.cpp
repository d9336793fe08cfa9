// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/AttributionExtractor.h"

#include "core/text/AttributionParagraph.h"

#include <algorithm>

namespace corrob::text {

namespace attribution {

std::vector<QuoteRegion> findQuotes(const std::vector<Token>& tokens, qsizetype paragraphEnd)
{
    std::vector<QuoteRegion> quotes;
    QuoteRegion current;
    bool open = false;
    for (qsizetype i = 0; i < static_cast<qsizetype>(tokens.size()); ++i) {
        const Token& t = tokens[static_cast<size_t>(i)];
        const bool opens = t.kind == Token::Kind::OpenQuote;
        const bool closes = t.kind == Token::Kind::CloseQuote;
        if (!open && opens) {
            current = QuoteRegion{i, -1, t.end, paragraphEnd, 0, -1};
            open = true;
        } else if (open && (closes || opens)) {
            // A straight quote read as opening while a quote is open closes it ("word "next).
            current.close = i;
            current.end = t.start;
            quotes.push_back(current);
            open = false;
        } else if (open && t.isWord()) {
            ++current.words;
        }
    }
    if (open) {
        quotes.push_back(current);
    }
    return quotes;
}

ParagraphReader::ParagraphReader(const QString& text, const std::vector<Sentence>& sentences, size_t first, size_t last,
                                 SpeakerHistory& history)
    : m_text(text), m_sentences(sentences), m_last(last), m_history(history)
{
    m_paragraph = sentences[first].paragraph;
    m_tokens = attribution::tokenize(text, sentences[first].start, sentences[last].end);
    size_t s = first;
    for (Token& t : m_tokens) {
        while (s < last && t.start >= sentences[s + 1].start) {
            ++s;
        }
        t.sentence = static_cast<int>(s);
    }
    m_quotes = findQuotes(m_tokens, sentences[last].end);
    collectNames();
    m_inQuote.assign(m_tokens.size(), false);
    for (const QuoteRegion& q : m_quotes) {
        const qsizetype stop = q.close >= 0 ? q.close : static_cast<qsizetype>(m_tokens.size());
        for (qsizetype i = q.open; i < stop; ++i) {
            m_inQuote[static_cast<size_t>(i)] = true;
        }
    }
}

// Attributions with a cue of their own, sentence by sentence.
void ParagraphReader::readCues()
{
    for (qsizetype i = 0; i < static_cast<qsizetype>(m_tokens.size()); ++i) {
        const Token& t = token(i);
        // "According to X, …" opens a sentence; every other cue is a lower-case verb.
        if (t.isWord() && (!t.capital || t.lower == u"according") && !m_inQuote[static_cast<size_t>(i)] &&
            attribution::isCue(t.lower)) {
            readCue(i);
        }
    }
}

// Quotes with no cue take the speaker of the nearest attributed quote in the paragraph, or (a paragraph that
// opens with a quote) the previous paragraph's last speaker.
void ParagraphReader::readContinuedQuotes(const std::optional<Attribution>& previousParagraphLast)
{
    for (size_t qi = 0; qi < m_quotes.size(); ++qi) {
        QuoteRegion& q = m_quotes[qi];
        if (q.attribution != -1 || q.words < kMinContinuedQuoteWords) {
            continue;
        }
        const Attribution* from = nullptr;
        for (size_t before = qi; before-- > 0;) {
            if (m_quotes[before].attribution >= 0) {
                from = &m_found[static_cast<size_t>(m_quotes[before].attribution)];
                break;
            }
        }
        for (size_t after = qi + 1; !from && after < m_quotes.size(); ++after) {
            if (m_quotes[after].attribution >= 0) {
                from = &m_found[static_cast<size_t>(m_quotes[after].attribution)];
            }
        }
        if (!from && q.open == 0 && m_found.empty() && previousParagraphLast) {
            from = &*previousParagraphLast;
        }
        if (!from) {
            continue;
        }
        Attribution a = *from;
        a.start = q.start;
        a.end = q.end;
        a.scopeStart = sentenceOf(q.open).start;
        a.scopeEnd = q.close >= 0 ? sentenceOf(q.close).end : m_sentences[m_last].end;
        a.via = Attribution::Via::ContinuedQuote;
        q.attribution = static_cast<int>(m_found.size());
        m_found.push_back(a);
    }
}

// A paragraph whose own cues found nothing, after one that ends with a cue and a colon ("Trump lashed out on
// Twitter, saying:"), is what that speaker said.
void ParagraphReader::readIntroduced(const std::optional<Attribution>& introducer)
{
    if (!introducer || !m_found.empty() || m_tokens.empty()) {
        return;
    }
    Attribution a = *introducer;
    a.start = m_sentences[static_cast<size_t>(m_tokens.front().sentence)].start;
    a.end = m_sentences[m_last].end;
    a.scopeStart = a.start;
    a.scopeEnd = a.end;
    a.via = Attribution::Via::ContinuedQuote;
    m_found.push_back(a);
}

// The attribution whose cue clause ends this paragraph with a colon and nothing quoted after it.
std::optional<Attribution> ParagraphReader::introducesNext() const
{
    if (m_introduces < 0) {
        return std::nullopt;
    }
    return m_found[static_cast<size_t>(m_introduces)];
}

// The token range [first, end) of the sentence holding token i.
std::pair<qsizetype, qsizetype> ParagraphReader::sentenceTokens(qsizetype i) const
{
    const int s = token(i).sentence;
    qsizetype a = i;
    while (a > 0 && token(a - 1).sentence == s) {
        --a;
    }
    qsizetype b = i + 1;
    while (b < static_cast<qsizetype>(m_tokens.size()) && token(b).sentence == s) {
        ++b;
    }
    return {a, b};
}

// Every person's name in the paragraph (with the titles written before it), so that a later surname alone
// can be expanded and "the governor" resolved.
void ParagraphReader::collectNames()
{
    for (qsizetype i = 0; i < static_cast<qsizetype>(m_tokens.size()); ++i) {
        const Token& t = token(i);
        if (!t.isWord() || !t.capital || attribution::isNotName(t.lower)) {
            continue;
        }
        const auto phrase = attribution::speakerStartingAt(m_tokens, i, static_cast<qsizetype>(m_tokens.size()));
        if (!phrase || phrase->form != SpeakerPhrase::Form::Name) {
            continue;
        }
        // Titles: capitalised ones the phrase dropped ("Gov. Mike Pence"), or a lower-case one before it
        // ("Kyiv regional governor Oleksandr Pavlyuk").
        QStringList titles;
        char gender = 0;
        for (qsizetype k = i; k < phrase->first; ++k) {
            if (attribution::isTitle(token(k).lower)) {
                titles << attribution::canonicalTitle(token(k).lower);
            }
            gender = gender ? gender : attribution::givenNameGender(token(k).lower);
        }
        if (phrase->first > 0 && attribution::isTitle(token(phrase->first - 1).lower)) {
            titles << attribution::canonicalTitle(token(phrase->first - 1).lower);
        }
        // A person's name, or a single name after a title ("President Obama").
        if (phrase->kind == SpeakerKind::Person || (!titles.isEmpty() && phrase->kind == SpeakerKind::Unknown)) {
            const qsizetype start = token(phrase->first).start;
            m_history.addName(m_text.mid(start, token(phrase->last).end - start), start, titles, m_paragraph, gender);
        }
        i = phrase->last;
    }
}

} // namespace attribution

using attribution::ParagraphReader;
using attribution::SpeakerHistory;

AttributionExtractor::AttributionExtractor(const QString& text) : AttributionExtractor(text, splitSentences(text))
{
}

AttributionExtractor::AttributionExtractor(const QString& text, std::vector<Sentence> sentences)
    : m_text(text), m_sentences(std::move(sentences))
{
}

std::vector<Attribution> AttributionExtractor::extract() const
{
    std::vector<Attribution> out;
    SpeakerHistory history;
    std::optional<Attribution> previousLast;
    std::optional<Attribution> introducer; // "…, saying:" ending the previous paragraph
    int previousParagraph = -1;
    size_t first = 0;
    while (first < m_sentences.size()) {
        size_t last = first;
        while (last + 1 < m_sentences.size() && m_sentences[last + 1].paragraph == m_sentences[first].paragraph) {
            ++last;
        }
        if (m_sentences[first].paragraph != previousParagraph + 1) {
            previousLast.reset(); // a paragraph with no sentences between: no continuation across it
            introducer.reset();
        }
        ParagraphReader reader(m_text, m_sentences, first, last, history);
        reader.readCues();
        reader.readContinuedQuotes(previousLast);
        reader.readIntroduced(introducer);
        const auto& found = reader.found();
        out.insert(out.end(), found.begin(), found.end());
        if (!found.empty()) {
            previousLast = found.back();
        } else {
            previousLast.reset();
        }
        introducer = reader.introducesNext();
        previousParagraph = m_sentences[first].paragraph;
        first = last + 1;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Attribution& a, const Attribution& b) { return a.start < b.start; });
    return out;
}

std::optional<Attribution> attributionAt(const std::vector<Attribution>& attributions, qsizetype start, qsizetype end)
{
    auto overlap = [&](qsizetype a, qsizetype b) {
        return std::min(b, end) - std::max(a, start);
    };
    const Attribution* best = nullptr;
    qsizetype bestOverlap = 0;
    for (const Attribution& a : attributions) {
        const qsizetype o = overlap(a.start, a.end);
        if (o > bestOverlap || (best && o == bestOverlap && o > 0 && a.end - a.start < best->end - best->start)) {
            best = &a; // the innermost of nested attributions ("Fox reports that Amnesty said that …")
            bestOverlap = o;
        }
    }
    if (!best) {
        // The selection lies outside the quoted words, e.g. on "Callamard said": take the sentences around them.
        for (const Attribution& a : attributions) {
            if (const qsizetype o = overlap(a.scopeStart, a.scopeEnd); o > bestOverlap) {
                best = &a;
                bestOverlap = o;
            }
        }
    }
    if (!best) {
        return std::nullopt;
    }
    return *best;
}

} // namespace corrob::text
