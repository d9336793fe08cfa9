// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/AttributionExtractor.h"

#include "core/text/AttributionTokens.h"
#include "core/text/Fold.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace corrob::text {

using attribution::SpeakerPhrase;
using attribution::Token;

namespace {

// How far back a pronoun looks for its speaker, in paragraphs (news paragraphs are often one sentence long).
constexpr int kPronounParagraphs = 2;
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

// The speakers named so far, newest last, to resolve pronouns and expand surnames.
class SpeakerHistory
{
public:
    using Placed = std::vector<std::pair<qsizetype, QString>>; // in text order

    struct Mention
    {
        QString name;
        SpeakerKind kind = SpeakerKind::Unknown;
        int paragraph = 0;
        char gender = 0;  // 'm', 'f' or unknown (0), from the given name or a title ("Mrs.")
        qsizetype at = 0; // where the text names them
    };

    // The gender a person's name tells by its first word ("Angela Merkel": 'f'), or one recorded for the name.
    [[nodiscard]] char genderOf(const QString& name) const
    {
        if (const auto known = m_genderByName.constFind(name); known != m_genderByName.cend()) {
            return *known;
        }
        const qsizetype space = name.indexOf(u' ');
        return space > 0 ? attribution::givenNameGender(name.left(space).toLower()) : 0;
    }

    void add(const QString& name, SpeakerKind kind, int paragraph, qsizetype at)
    {
        m_mentions.push_back(
            Mention{name, kind, paragraph, kind == SpeakerKind::Organisation ? char(0) : genderOf(name), at});
        noteGender(m_mentions.back());
        if (const QString surname = lastWordIfSeveral(name); !surname.isEmpty()) {
            m_speakerBySurname.insert(surname, name);
        }
    }

    // The latest speaker of a kind that fits `wanted`, named no more than kPronounParagraphs paragraphs back.
    // Unknown kinds fit anything; a known kind never stands for the other.
    // "he" and "she" (gender 'm', 'f') take the latest speaker or person named whose given name tells that gender
    // (see below for further back); "they" ('p') skips persons.
    [[nodiscard]] const Mention* resolve(SpeakerKind wanted, int paragraph, char gender = 0) const
    {
        const Mention* fallback = nullptr;
        if (gender == 'm' || gender == 'f') {
            // The latest speaker or person named whose name tells the pronoun's gender, then any fitting speaker.
            const Mention* latest = nullptr;
            for (const auto* list : {&m_mentions, &m_named}) {
                for (auto it = list->rbegin(); it != list->rend(); ++it) {
                    if (it->paragraph < paragraph - kPronounParagraphs) {
                        break;
                    }
                    if (it->gender == gender && it->kind != SpeakerKind::Organisation) {
                        if (!latest || it->at > latest->at) {
                            latest = &*it;
                        }
                        break;
                    }
                }
            }
            if (latest) {
                return latest;
            }
            // Further back: the one person of that gender the text has named so far (by surname), if only one. With
            // several, and none near, the pronoun stays unresolved rather than guessed (measured on the BASIL
            // tuning part: one wrong speaker fewer than falling back to the nearest speaker of unknown gender).
            const OnlyOfGender& only = m_onlyOfGender[gender == 'f' ? 1 : 0];
            if (only.several) {
                return nullptr;
            }
            if (only.any) {
                return &only.latest;
            }
        }
        for (auto it = m_mentions.rbegin(); it != m_mentions.rend(); ++it) {
            if (it->paragraph < paragraph - kPronounParagraphs) {
                break;
            }
            if ((gender == 'm' || gender == 'f') &&
                ((it->gender != 0 && it->gender != gender) || looksLikeGroup(it->name))) {
                continue; // "she" is not "Democrats" or "critics"
            }
            if (gender == 'p' && (it->kind == SpeakerKind::Person || it->gender != 0)) {
                continue; // "they" is not one person
            }
            if (wanted == SpeakerKind::Unknown || it->kind == wanted) {
                return &*it;
            }
            if (it->kind == SpeakerKind::Unknown && !fallback) {
                fallback = &*it;
            }
        }
        return fallback;
    }

    // A person's name seen in the text (spoken or not) at offset `at`, with the titles written before it
    // (canonical: "governor"). Names arrive in text order, paragraph by paragraph.
    void addName(const QString& name, qsizetype at, const QStringList& titles, int paragraph, char gender)
    {
        if (gender == 0) {
            gender = genderOf(name);
        } else {
            m_genderByName.insert(name, gender);
        }
        m_named.push_back(Mention{name, SpeakerKind::Person, paragraph, gender, at});
        noteGender(m_named.back());
        if (const QString surname = lastWordIfSeveral(name); !surname.isEmpty()) {
            m_nameBySurname[surname].push_back({at, name});
        }
        for (const QString& title : titles) {
            m_nameByTitle[title].push_back({at, name});
        }
    }

    // The nearest person named before offset `at` with this title ("the governor" -> "Gov. Mike Pence").
    [[nodiscard]] QString resolveTitle(const QString& title, qsizetype at) const
    {
        return nearestBefore(m_nameByTitle.value(title), at);
    }

    // A fuller name that ends with this one-word name ("Callamard" -> "Agnès Callamard"): the latest such
    // speaker, else the nearest such name before offset `at`; the name itself when there is none.
    [[nodiscard]] QString expand(const QString& name, qsizetype at) const
    {
        const QString key = foldKey(name);
        if (key.isEmpty() || key.contains(u' ')) {
            return name;
        }
        if (const auto speaker = m_speakerBySurname.constFind(key); speaker != m_speakerBySurname.cend()) {
            return *speaker;
        }
        const QString named = nearestBefore(m_nameBySurname.value(key), at);
        return named.isEmpty() ? name : named;
    }

    // A speaker written as a description or one plural word: "critics", "Democrats", "the senator's aides".
    static bool looksLikeGroup(const QString& name)
    {
        const QString last = name.mid(name.lastIndexOf(u' ') + 1);
        return name.isEmpty() || name.front().isLower() || (!name.contains(u' ') && name.endsWith(u's')) ||
               (!last.isEmpty() && last.front().isLower() && last.endsWith(u's'));
    }

private:
    // The fold key of a name's last word, when the name has more than one word.
    static QString lastWordIfSeveral(const QString& name)
    {
        const QString key = foldKey(name);
        const qsizetype space = key.lastIndexOf(u' ');
        return space < 0 ? QString() : key.mid(space + 1);
    }

    static QString nearestBefore(const Placed& placed, qsizetype at)
    {
        for (auto it = placed.rbegin(); it != placed.rend(); ++it) {
            if (it->first < at) {
                return it->second;
            }
        }
        return QString();
    }

    // The people of one gender seen so far: the latest, and whether they are more than one (by surname).
    struct OnlyOfGender
    {
        Mention latest;
        bool any = false;
        bool several = false;
    };

    void noteGender(const Mention& m)
    {
        if ((m.gender != 'm' && m.gender != 'f') || m.kind == SpeakerKind::Organisation) {
            return;
        }
        OnlyOfGender& only = m_onlyOfGender[m.gender == 'f' ? 1 : 0];
        if (only.any && lastWordIfSeveral(only.latest.name) != lastWordIfSeveral(m.name)) {
            only.several = true;
        }
        if (!only.any || m.at > only.latest.at) {
            only.latest = m;
        }
        only.any = true;
    }

    std::vector<Mention> m_mentions;
    std::vector<Mention> m_named;               // every person named, in text order
    OnlyOfGender m_onlyOfGender[2];             // men, women
    QHash<QString, char> m_genderByName;        // from a title written before the name ("Mrs. Smith")
    QHash<QString, QString> m_speakerBySurname; // the latest speaker with that surname
    QHash<QString, Placed> m_nameBySurname;
    QHash<QString, Placed> m_nameByTitle;
};

// One paragraph's tokens and quotes, and the attributions found in it.
class ParagraphReader
{
public:
    ParagraphReader(const QString& text, const std::vector<Sentence>& sentences, size_t first, size_t last,
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
    void readCues()
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
    void readContinuedQuotes(const std::optional<Attribution>& previousParagraphLast)
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
    void readIntroduced(const std::optional<Attribution>& introducer)
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
    [[nodiscard]] std::optional<Attribution> introducesNext() const
    {
        if (m_introduces < 0) {
            return std::nullopt;
        }
        return m_found[static_cast<size_t>(m_introduces)];
    }

    [[nodiscard]] const std::vector<Attribution>& found() const { return m_found; }

private:
    const Token& token(qsizetype i) const { return m_tokens[static_cast<size_t>(i)]; }
    const Sentence& sentenceOf(qsizetype tokenIndex) const
    {
        return m_sentences[static_cast<size_t>(token(tokenIndex).sentence)];
    }
    // The token range [first, end) of the sentence holding token i.
    std::pair<qsizetype, qsizetype> sentenceTokens(qsizetype i) const
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
    void collectNames()
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
                m_history.addName(m_text.mid(start, token(phrase->last).end - start), start, titles, m_paragraph,
                                  gender);
            }
            i = phrase->last;
        }
    }

    bool isPunctuation(qsizetype i, std::initializer_list<Token::Kind> kinds) const
    {
        return std::find(kinds.begin(), kinds.end(), token(i).kind) != kinds.end();
    }

    void readCue(qsizetype cue)
    {
        const auto [first, end] = sentenceTokens(cue);
        const Token& c = token(cue);
        const bool ambiguous = attribution::isAmbiguousCue(c.lower);
        QString cueText = c.lower;
        qsizetype clauseLast = cue;
        std::optional<SpeakerPhrase> phrase;
        if ((c.lower == u"called" || c.lower == u"calling") && cue + 1 < end &&
            (token(cue + 1).lower == u"for" || token(cue + 1).lower == u"on" || token(cue + 1).lower == u"off")) {
            return; // "called for an inquiry", "called on Moscow": a demand, not words reported
        }
        if (attribution::isParticipleCue(c.lower)) {
            // "Boehner chided Obama, accusing him of having …", "She doubled down, telling CNN: …": the subject
            // of the sentence speaks; a participle opening the sentence ("Calling Trump a …, Cruz said") does not.
            if (cue == first || token(cue - 1).kind != Token::Kind::Comma) {
                return;
            }
            phrase = subjectOf(first, cue);
            if (!phrase) {
                return;
            }
        } else if (c.lower == u"according") {
            if (cue + 1 >= end || token(cue + 1).lower != u"to") {
                return;
            }
            cueText = QStringLiteral("according to");
            phrase = attribution::speakerStartingAt(m_tokens, cue + 2, end);
        } else {
            if (c.lower == u"pointed") {
                if (cue + 1 >= end || token(cue + 1).lower != u"out") {
                    return;
                }
                cueText = QStringLiteral("pointed out");
            }
            qsizetype j = cue - 1;
            while (j >= first && token(j).isWord() && !token(j).capital && attribution::isAuxiliary(token(j).lower)) {
                --j;
            }
            const bool afterBreak = j < first || isPunctuation(j, {Token::Kind::CloseQuote, Token::Kind::Colon,
                                                                   Token::Kind::Dash, Token::Kind::Comma});
            if (j >= first && token(j).kind == Token::Kind::Comma) {
                phrase = speakerBeforeApposition(j, first);
            } else if (j - 1 >= first && (token(j).lower == u"who" || token(j).lower == u"which") &&
                       token(j - 1).kind == Token::Kind::Comma) {
                // A cue in a relative clause: "Mary Smith, who said …", "Amnesty, which reported …".
                phrase = attribution::speakerEndingAt(m_tokens, j - 2, first);
                if (phrase && phrase->form != SpeakerPhrase::Form::Name) {
                    phrase.reset();
                }
            } else if (!afterBreak) {
                phrase = attribution::speakerEndingAt(m_tokens, j, first);
            }
            if (!phrase && afterBreak && !ambiguous) {
                phrase = attribution::speakerStartingAt(m_tokens, cue + 1, end);
            }
            if (ambiguous && phrase && phrase->form == SpeakerPhrase::Form::Description) {
                return; // "the claims", "increasing reports": a noun, not a verb of saying
            }
        }
        if (!phrase) {
            return;
        }
        if (phrase->last > clauseLast) {
            clauseLast = phrase->last;
        }
        const bool participle = attribution::isParticipleCue(c.lower);
        if (participle) {
            clauseLast = cue;
        }
        const qsizetype clauseFirst =
            participle ? cue : std::min(phrase->extentFirst >= 0 ? phrase->extentFirst : phrase->first, cue);
        std::optional<Attribution> a = resolve(*phrase, cueText);
        if (!a) {
            // "…,” he said" with no "he" to be found: the quote has a speaker, just not a known one, so it does not
            // continue anybody else's words.
            Attribution unresolved;
            placeContent(unresolved, clauseFirst, clauseLast, first, end);
            for (QuoteRegion& q : m_quotes) {
                if (q.attribution == static_cast<int>(m_found.size())) {
                    q.attribution = kUnresolvedQuote;
                }
            }
            return;
        }
        placeContent(*a, clauseFirst, clauseLast, first, end);
        for (const Attribution& existing : m_found) {
            if (existing.start == a->start && existing.end == a->end) {
                return; // "X said … and added": one attribution of the same words
            }
        }
        markSpeaker(*a, *phrase);
        a->chain = QStringList{a->speaker};
        // "Fox reports that Amnesty said that …": a cue inside the words another speaker is reported to have said.
        for (auto it = m_found.rbegin(); it != m_found.rend(); ++it) {
            if (it->start <= a->speakerStart && a->speakerEnd <= it->end && it->end - it->start > a->end - a->start) {
                a->chain = it->chain + a->chain;
                break;
            }
        }
        a->observer = observerIn(*a);
        const qsizetype lastToken = static_cast<qsizetype>(m_tokens.size()) - 1;
        if (token(lastToken).kind == Token::Kind::Colon && clauseLast < lastToken && end - 1 == lastToken) {
            bool quoted = false;
            for (const QuoteRegion& q : m_quotes) {
                quoted = quoted || q.open > clauseLast;
            }
            if (!quoted) {
                m_introduces = static_cast<int>(m_found.size());
            }
        }
        m_found.push_back(*a);
    }

    // The subject of the sentence [first, …) before token `before`: a name, pronoun or description at its start
    // (after one leading phrase set off by a comma: "On Friday, Boehner …") that a lower-case verb follows.
    std::optional<SpeakerPhrase> subjectOf(qsizetype first, qsizetype before) const
    {
        qsizetype k = first;
        while (k < before && token(k).isWord() &&
               (token(k).lower == u"and" || token(k).lower == u"but" || token(k).lower == u"so" ||
                token(k).lower == u"then" || token(k).lower == u"yet")) {
            ++k; // "And Trump lashed out, saying …"
        }
        for (int attempt = 0; attempt < 2 && k < before; ++attempt) {
            if (!m_inQuote[static_cast<size_t>(k)]) {
                auto phrase = attribution::speakerStartingAt(m_tokens, k, before);
                if (!phrase && token(k).isWord() && attribution::isDeterminer(token(k).lower)) {
                    phrase.reset();
                }
                // The phrase may drop titles before the name ("President Obama", "Sen. Ted Cruz").
                if (phrase && phrase->first >= k && phrase->first - k <= 3) {
                    qsizetype verb = phrase->last + 1;
                    if (verb < before && token(verb).kind == Token::Kind::OpenBracket) {
                        // "Sen. Ted Cruz (R-Texas) lashed out": skip the bracket.
                        while (verb < before && token(verb).kind != Token::Kind::CloseBracket) {
                            ++verb;
                        }
                        ++verb;
                    }
                    while (verb < before && token(verb).isWord() && !token(verb).capital &&
                           attribution::isAuxiliary(token(verb).lower)) {
                        ++verb;
                    }
                    if (verb < before && token(verb).isWord() && !token(verb).capital) {
                        return phrase;
                    }
                }
            }
            while (k < before && token(k).kind != Token::Kind::Comma) {
                ++k;
            }
            ++k;
        }
        return std::nullopt;
    }

    // "Callamard, Amnesty's secretary general, said": the name before the apposition's opening comma.
    std::optional<SpeakerPhrase> speakerBeforeApposition(qsizetype comma, qsizetype first) const
    {
        for (qsizetype k = comma - 1; k >= first && comma - k <= kMaxAppositionTokens; --k) {
            const Token& t = token(k);
            if (m_inQuote[static_cast<size_t>(k)] || isPunctuation(k, {Token::Kind::Stop, Token::Kind::CloseQuote,
                                                                       Token::Kind::OpenQuote, Token::Kind::Colon})) {
                return std::nullopt;
            }
            if (t.kind == Token::Kind::Comma) {
                auto phrase = attribution::speakerEndingAt(m_tokens, k - 1, first);
                if (phrase && phrase->form == SpeakerPhrase::Form::Name) {
                    return phrase;
                }
                // "Ukraine's foreign minister, Dmytro Kuleba, said": the apposition is the name.
                auto named = attribution::speakerEndingAt(m_tokens, comma - 1, k + 1);
                if (named && named->form == SpeakerPhrase::Form::Name && named->first == k + 1) {
                    return named;
                }
                return std::nullopt;
            }
        }
        return std::nullopt;
    }

    std::optional<Attribution> resolve(const SpeakerPhrase& phrase, const QString& cue)
    {
        Attribution a;
        a.cue = cue;
        a.speakerStart = token(phrase.first).start;
        a.speakerEnd = token(phrase.last).end;
        a.kind = phrase.kind;
        switch (phrase.form) {
        case SpeakerPhrase::Form::Name:
            a.speaker = m_history.expand(m_text.mid(a.speakerStart, a.speakerEnd - a.speakerStart), a.speakerStart);
            a.via = Attribution::Via::Name;
            if (a.speaker.size() != a.speakerEnd - a.speakerStart && a.kind == SpeakerKind::Unknown) {
                a.kind = SpeakerKind::Person; // a surname that expanded to a full name
            }
            m_history.add(a.speaker, a.kind, m_paragraph, a.speakerStart);
            return a;
        case SpeakerPhrase::Form::Anaphor:
            if (!phrase.title.isEmpty()) {
                a.speaker = m_history.expand(m_history.resolveTitle(phrase.title, a.speakerStart), a.speakerStart);
                a.via = Attribution::Via::Pronoun;
                if (a.speaker.isEmpty()) {
                    a.speaker = m_text.mid(a.speakerStart, a.speakerEnd - a.speakerStart); // kept as written
                    a.via = Attribution::Via::Name;
                    a.kind = SpeakerKind::Unknown;
                } else {
                    m_history.add(a.speaker, a.kind, m_paragraph, a.speakerStart);
                }
                return a;
            }
            [[fallthrough]];
        case SpeakerPhrase::Form::Pronoun: {
            const QString& word = token(phrase.first).lower;
            // 'p': "they" wants a group or an organisation (number), not one person.
            const char gender = word == u"he" ? 'm' : word == u"she" ? 'f' : word == u"they" ? 'p' : 0;
            const SpeakerHistory::Mention* m = m_history.resolve(phrase.kind, m_paragraph, gender);
            // Only speakers count, not every name: falling back to the last person named anywhere was measured
            // on BASIL to add more wrong speakers than right ones.
            if (!m) {
                return std::nullopt;
            }
            a.speaker = m->name;
            a.kind = m->kind;
            a.via = Attribution::Via::Pronoun;
            m_history.add(a.speaker, a.kind, m_paragraph, a.speakerStart);
            return a;
        }
        case SpeakerPhrase::Form::Description:
            a.speaker = m_text.mid(a.speakerStart, a.speakerEnd - a.speakerStart);
            a.via = Attribution::Via::Name;
            if (SpeakerHistory::looksLikeGroup(a.speaker) && a.speaker.endsWith(u's')) {
                m_history.add(a.speaker, a.kind, m_paragraph, a.speakerStart); // "officials said … They said"
            }
            return a;
        }
        return std::nullopt;
    }

    // The attributed words: a quote just before the cue clause or just after it, else the sentence.
    void placeContent(Attribution& a, qsizetype clauseFirst, qsizetype clauseLast, qsizetype first, qsizetype end)
    {
        for (size_t qi = 0; qi < m_quotes.size(); ++qi) {
            QuoteRegion& q = m_quotes[qi];
            const bool before = q.close >= 0 && q.close < clauseFirst && clauseFirst - q.close <= 2 &&
                                (clauseFirst - q.close == 1 || token(q.close + 1).kind == Token::Kind::Comma);
            bool after = q.open > clauseLast && q.open - clauseLast <= kMaxGapBeforeQuote;
            for (qsizetype k = clauseLast + 1; after && k < q.open; ++k) {
                after = !isPunctuation(k, {Token::Kind::Stop, Token::Kind::CloseQuote});
            }
            if ((before || after) && q.attribution < 0) {
                a.start = q.start;
                a.end = q.end;
                a.scopeStart =
                    std::min(sentenceOf(q.open).start, m_sentences[static_cast<size_t>(token(first).sentence)].start);
                const qsizetype quoteEnd = q.close >= 0 ? sentenceOf(q.close).end : m_sentences[m_last].end;
                a.scopeEnd = std::max(quoteEnd, sentenceOf(end - 1).end);
                q.attribution = static_cast<int>(m_found.size());
                return;
            }
        }
        const Sentence& s = sentenceOf(first);
        a.start = s.start;
        a.end = s.end;
        a.scopeStart = s.start;
        a.scopeEnd = s.end;
        // No quote: what was said is the rest of the sentence after the cue clause ("X said (that) …",
        // "according to X, …"), or the part before it ("…, X said.").
        qsizetype k = clauseLast + 1;
        while (k < end && (token(k).kind == Token::Kind::Comma || token(k).lower == u"that")) {
            ++k;
        }
        qsizetype lastWord = end - 1;
        while (lastWord > k && !token(lastWord).isWord()) {
            --lastWord;
        }
        if (k < end && lastWord > k) {
            a.start = token(k).start;
            a.end = s.end;
            return;
        }
        qsizetype before = clauseFirst - 1;
        while (before >= first &&
               (token(before).kind == Token::Kind::Comma || token(before).kind == Token::Kind::Dash)) {
            --before;
        }
        if (before > first && !attribution::isParticipleCue(a.cue)) { // before "…, saying:" is narration
            a.start = token(first).start;
            a.end = token(before).end;
        }
    }

    // Group and anonymous speakers, from the words that name them.
    void markSpeaker(Attribution& a, const SpeakerPhrase& phrase) const
    {
        const Token& head = token(phrase.last);
        const bool plural = head.isWord() && head.lower.size() > 3 && head.lower.endsWith(u's') &&
                            !head.lower.endsWith(u"ss") && !head.lower.endsWith(u"'s") && !head.lower.endsWith(u"us");
        if (phrase.form == SpeakerPhrase::Form::Description) {
            a.group = plural || head.lower == u"people" || head.lower == u"police";
            const QString lead = token(phrase.first).lower;
            bool unnamed = false;
            for (qsizetype k = phrase.first; k <= phrase.last; ++k) {
                const QString& w = token(k).lower;
                unnamed = unnamed || w == u"anonymous" || w == u"unnamed" || w == u"unidentified" || w == u"source" ||
                          w == u"sources";
            }
            a.anonymous = unnamed || lead == u"a" || lead == u"an" || lead == u"one" || lead == u"another" ||
                          lead == u"some" || lead == u"several" || lead == u"two" || lead == u"three" ||
                          lead == u"other" || plural;
        } else if (phrase.form == SpeakerPhrase::Form::Name && phrase.first == phrase.last && plural &&
                   a.kind != SpeakerKind::Person) {
            // "Democrats said", "Ukrainians say": one capitalised plural names a group.
            const QString& w = head.lower;
            a.group = w.endsWith(u"ans") || w.endsWith(u"ats") || w.endsWith(u"ists") || w.endsWith(u"ites") ||
                      w.endsWith(u"ers");
        } else if (phrase.form == SpeakerPhrase::Form::Pronoun && head.lower == u"they" &&
                   a.kind != SpeakerKind::Organisation) {
            a.group = a.group || a.kind == SpeakerKind::Unknown;
        }
    }

    // The original observer when the attributed words open with who saw or heard it: "(that) residents saw …",
    // "witnesses heard …".
    QString observerIn(const Attribution& a) const
    {
        static const QStringList perception = {
            QStringLiteral("saw"),      QStringLiteral("heard"),    QStringLiteral("witnessed"),
            QStringLiteral("watched"),  QStringLiteral("noticed"),  QStringLiteral("observed"),
            QStringLiteral("spotted"),  QStringLiteral("see"),      QStringLiteral("hear"),
            QStringLiteral("describe"), QStringLiteral("described")};
        qsizetype k = 0;
        while (k < static_cast<qsizetype>(m_tokens.size()) && token(k).start < a.start) {
            ++k;
        }
        for (qsizetype v = k + 1; v < static_cast<qsizetype>(m_tokens.size()) && v <= k + 4; ++v) {
            const Token& t = token(v);
            if (!t.isWord() || t.end > a.end) {
                return QString();
            }
            if (perception.contains(t.lower)) {
                const auto observer = attribution::speakerEndingAt(m_tokens, v - 1, k);
                if (!observer || observer->first != k) {
                    return QString();
                }
                return m_text.mid(token(k).start, token(v - 1).end - token(k).start);
            }
        }
        return QString();
    }

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

} // namespace

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
