// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A cue of reported speech and its speaker: "X said", "said X, title of Org", "X, title, said", "according to X",
// "X told Y", "X, who said", "…, saying", the chain of asserting sources and the observer, pronouns and
// descriptions resolved through the speaker history, group and anonymous speakers.
#include "core/text/AttributionParagraph.h"

#include <QStringList>

#include <algorithm>

namespace corrob::text::attribution {

bool ParagraphReader::isPunctuation(qsizetype i, std::initializer_list<Token::Kind> kinds) const
{
    return std::find(kinds.begin(), kinds.end(), token(i).kind) != kinds.end();
}

void ParagraphReader::readCue(qsizetype cue)
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
        // "The World Food Programme (WFP) said": the acronym in brackets belongs to the name before it.
        if (j - 2 > first && token(j).kind == Token::Kind::CloseBracket && token(j - 1).isWord() &&
            token(j - 1).allCaps && token(j - 2).kind == Token::Kind::OpenBracket) {
            j -= 3;
        }
        const bool afterBreak = j < first || isPunctuation(j, {Token::Kind::CloseQuote, Token::Kind::Colon,
                                                               Token::Kind::Dash, Token::Kind::Comma});
        const qsizetype unnamedWho = anonymityClauseBefore(j, first);
        if (unnamedWho >= 0) {
            // "A senior official who asked not to be named said": who speaks is before the clause, unnamed.
            qsizetype speakerLast = unnamedWho - 1;
            if (speakerLast >= first && token(speakerLast).kind == Token::Kind::Comma) {
                --speakerLast;
            }
            phrase = describedPerson(attribution::speakerEndingAt(m_tokens, speakerLast, first), first);
        } else if (j >= first && token(j).kind == Token::Kind::Comma) {
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
        if (ambiguous && phrase && cue + 2 < end && token(cue + 1).kind == Token::Kind::Comma &&
            (token(cue + 2).capital || (token(cue + 2).isWord() && token(cue + 2).lower.front().isDigit()))) {
            return; // "Interview notes, Kharkiv, 12 May 2022": a heading's noun, where "notes, however, that" speaks
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

// Whether token j, a lower-case word, reads as a verb in the past tense with its object or particle after it: "-ed"
// (not "-eed", not "hundred"), after a word that is neither an adverb nor a determiner, before a determiner, a
// pronoun, a preposition or particle, or a capitalised word.
bool ParagraphReader::isVerbBeforeItsObject(qsizetype j) const
{
    const QString& word = token(j).lower;
    const QString& previous = token(j - 1).lower;
    if (word.size() <= 3 || !word.endsWith(u"ed") || word.endsWith(u"eed") || word == u"hundred" ||
        previous.endsWith(u"ly") || attribution::isDeterminer(previous)) {
        return false;
    }
    const Token& next = token(j + 1);
    if (!next.isWord()) {
        return false;
    }
    static const QSet<QString> objects = {
        QStringLiteral("the"),  QStringLiteral("a"),      QStringLiteral("an"),    QStringLiteral("this"),
        QStringLiteral("that"), QStringLiteral("these"),  QStringLiteral("those"), QStringLiteral("his"),
        QStringLiteral("her"),  QStringLiteral("its"),    QStringLiteral("their"), QStringLiteral("him"),
        QStringLiteral("them"), QStringLiteral("it"),     QStringLiteral("us"),    QStringLiteral("me"),
        QStringLiteral("on"),   QStringLiteral("at"),     QStringLiteral("to"),    QStringLiteral("in"),
        QStringLiteral("with"), QStringLiteral("for"),    QStringLiteral("out"),   QStringLiteral("off"),
        QStringLiteral("up"),   QStringLiteral("down"),   QStringLiteral("by"),    QStringLiteral("into"),
        QStringLiteral("from"), QStringLiteral("against")};
    return next.capital || objects.contains(next.lower);
}

// The subject of the sentence [first, …) before token `before`: a name, pronoun or description at its start
// (after one leading phrase set off by a comma: "On Friday, Boehner …") that a lower-case verb follows.
std::optional<SpeakerPhrase> ParagraphReader::subjectOf(qsizetype first, qsizetype before) const
{
    qsizetype k = first;
    while (k < before && token(k).isWord() &&
           (token(k).lower == u"and" || token(k).lower == u"but" || token(k).lower == u"so" ||
            token(k).lower == u"then" || token(k).lower == u"yet")) {
        ++k; // "And Trump lashed out, saying …"
    }
    for (int attempt = 0; attempt < 2 && k < before; ++attempt) {
        if (!m_inQuote[static_cast<size_t>(k)]) {
            // "The lawyer defended the appeal, saying …", "His spokesman rejected it, saying …": a description reads on
            // through lower-case words, so it would take the verb in; it ends before a past tense (-ed) that an
            // object or a preposition follows ("defended the", "briefed Congress", "pulled out") and at least one of
            // its words comes before ("the armed group attacked": "armed" is the description's). An -ed word before
            // a noun ("detailed account", "wanted man"), after an adverb or a determiner ("the newly elected", "her
            // two detained sons"), or past a possessive ("the government's so-called experts") is no such verb.
            qsizetype ceiling = before;
            if (token(k).isWord() && attribution::isDeterminer(token(k).lower)) {
                for (qsizetype j = k + 2; j + 1 < before && j <= k + 5 && token(j).isWord() && !token(j).capital &&
                                          !token(j - 1).isPossessive();
                     ++j) {
                    if (isVerbBeforeItsObject(j)) {
                        ceiling = j;
                        break;
                    }
                }
            }
            auto phrase = attribution::speakerStartingAt(m_tokens, k, ceiling);
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
std::optional<SpeakerPhrase> ParagraphReader::speakerBeforeApposition(qsizetype comma, qsizetype first) const
{
    for (qsizetype k = comma - 1; k >= first && comma - k <= kMaxAppositionTokens; --k) {
        const Token& t = token(k);
        if (m_inQuote[static_cast<size_t>(k)] || isPunctuation(k, {Token::Kind::Stop, Token::Kind::CloseQuote,
                                                                   Token::Kind::OpenQuote, Token::Kind::Colon})) {
            return std::nullopt;
        }
        if (t.kind == Token::Kind::Comma) {
            auto phrase = attribution::speakerEndingAt(m_tokens, k - 1, first);
            // "Ukraine's foreign minister, Dmytro Kuleba, said": the apposition is the name.
            auto named = attribution::speakerEndingAt(m_tokens, comma - 1, k + 1);
            const bool apposedName = named && named->form == SpeakerPhrase::Form::Name && named->first == k + 1;
            // "The mayor of Kupiansk, Andrii Besedin, said", "The master of the Aegean Star, Georgios
            // Papadopoulos, said": the name before the comma ends a title's "of" phrase; the person is the apposition.
            qsizetype before = phrase ? phrase->first - 1 : -1;
            if (before >= first && attribution::isDeterminer(token(before).lower)) {
                --before;
            }
            const bool ofPhrase = before >= first && token(before).isWord() && !token(before).capital &&
                                  (token(before).lower == u"of" || token(before).lower == u"at" ||
                                   token(before).lower == u"for" || token(before).lower == u"in");
            if (phrase && phrase->form == SpeakerPhrase::Form::Name && !(ofPhrase && apposedName)) {
                return phrase;
            }
            // "An official at the governor's office, speaking on condition of anonymity, said".
            if (anonymityClauseBefore(comma - 1, k) >= 0) {
                phrase = describedPerson(phrase, first);
                if (phrase && phrase->form == SpeakerPhrase::Form::Description) {
                    return phrase;
                }
            }
            if (apposedName) {
                return named;
            }
            return std::nullopt;
        }
    }
    return std::nullopt;
}

std::optional<Attribution> ParagraphReader::resolve(const SpeakerPhrase& phrase, const QString& cue)
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
        if ((SpeakerHistory::looksLikeGroup(a.speaker) && a.speaker.endsWith(u's')) ||
            phrase.kind == SpeakerKind::Person) {
            // "officials said … They said"; "a resident of Saltivka told me … she said"
            m_history.add(a.speaker, a.kind, m_paragraph, a.speakerStart);
        }
        return a;
    }
    return std::nullopt;
}

// The attributed words: a quote just before the cue clause or just after it, else the sentence.
void ParagraphReader::placeContent(Attribution& a, qsizetype clauseFirst, qsizetype clauseLast, qsizetype first,
                                   qsizetype end)
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
    if (k < end && lastWord > k && !onlyCircumstances(k, lastWord)) {
        a.start = token(k).start;
        a.end = s.end;
        return;
    }
    qsizetype before = clauseFirst - 1;
    // "…, the CEC said": the speaker's article is no part of what was said.
    if (before >= first && token(before).isWord() && attribution::isDeterminer(token(before).lower)) {
        --before;
    }
    while (before >= first && (token(before).kind == Token::Kind::Comma || token(before).kind == Token::Kind::Dash)) {
        --before;
    }
    if (before > first && !attribution::isParticipleCue(a.cue)) { // before "…, saying:" is narration
        a.start = token(first).start;
        a.end = token(before).end;
    }
}

// "A Western diplomat in Tbilisi", "an official at the governor's office": a name or description found at the end
// of a description is where the person is, not who speaks; the description before the preposition is. Other
// phrases are returned as they are.
std::optional<SpeakerPhrase> ParagraphReader::describedPerson(std::optional<SpeakerPhrase> phrase,
                                                              qsizetype first) const
{
    if (!phrase || (phrase->form != SpeakerPhrase::Form::Name && phrase->form != SpeakerPhrase::Form::Description)) {
        return phrase;
    }
    qsizetype before = phrase->first - 1;
    if (before >= first && attribution::isDeterminer(token(before).lower)) {
        --before;
    }
    if (before - 1 < first || !token(before).isWord() || token(before).capital) {
        return phrase;
    }
    const QString& preposition = token(before).lower;
    if (preposition != u"in" && preposition != u"at" && preposition != u"of" && preposition != u"from") {
        return phrase;
    }
    auto described = attribution::speakerEndingAt(m_tokens, before - 1, first);
    return described && described->form == SpeakerPhrase::Form::Description ? described : phrase;
}

// Where a clause saying that the speaker is not named begins, when it ends at last ("who asked not to be named",
// "who spoke on condition of anonymity", "speaking on condition of anonymity", "who was not authorised to speak
// publicly"): the index of its "who" or "speaking", else -1. floor: the first token it may begin at.
qsizetype ParagraphReader::anonymityClauseBefore(qsizetype last, qsizetype floor) const
{
    static const QStringList unnamed = {QStringLiteral("named"),      QStringLiteral("identified"),
                                        QStringLiteral("anonymity"),  QStringLiteral("authorized"),
                                        QStringLiteral("authorised"), QStringLiteral("anonymous")};
    bool says = false;
    for (qsizetype k = last; k >= floor && last - k <= 12; --k) {
        const Token& t = token(k);
        if (!t.isWord()) {
            if (t.kind == Token::Kind::Comma && k == last) {
                continue;
            }
            return -1;
        }
        says = says || unnamed.contains(t.lower);
        if ((t.lower == u"who" || t.lower == u"speaking") && !t.capital) {
            return says ? k : -1;
        }
    }
    return -1;
}

// Whether tokens [from, last] only say when or where something was said ("on Friday", "late on Tuesday", "in a
// statement", "at a news conference on Monday"): after a cue that ends the sentence, what was said comes before it.
bool ParagraphReader::onlyCircumstances(qsizetype from, qsizetype last) const
{
    static const QStringList words = {
        QStringLiteral("on"),        QStringLiteral("in"),        QStringLiteral("at"),
        QStringLiteral("late"),      QStringLiteral("early"),     QStringLiteral("earlier"),
        QStringLiteral("later"),     QStringLiteral("last"),      QStringLiteral("this"),
        QStringLiteral("yesterday"), QStringLiteral("today"),     QStringLiteral("tonight"),
        QStringLiteral("week"),      QStringLiteral("month"),     QStringLiteral("year"),
        QStringLiteral("night"),     QStringLiteral("morning"),   QStringLiteral("afternoon"),
        QStringLiteral("evening"),   QStringLiteral("a"),         QStringLiteral("an"),
        QStringLiteral("the"),       QStringLiteral("its"),       QStringLiteral("his"),
        QStringLiteral("her"),       QStringLiteral("their"),     QStringLiteral("statement"),
        QStringLiteral("interview"), QStringLiteral("briefing"),  QStringLiteral("conference"),
        QStringLiteral("news"),      QStringLiteral("press"),     QStringLiteral("post"),
        QStringLiteral("posted"),    QStringLiteral("online"),    QStringLiteral("twitter"),
        QStringLiteral("telegram"),  QStringLiteral("facebook"),  QStringLiteral("monday"),
        QStringLiteral("tuesday"),   QStringLiteral("wednesday"), QStringLiteral("thursday"),
        QStringLiteral("friday"),    QStringLiteral("saturday"),  QStringLiteral("sunday"),
        QStringLiteral("weekend"),   QStringLiteral("written"),   QStringLiteral("televised"),
        QStringLiteral("address"),   QStringLiteral("speech"),    QStringLiteral("and"),
        QStringLiteral("local"),     QStringLiteral("time"),      QStringLiteral("hours"),
        QStringLiteral("ago"),       QStringLiteral("recently"),
    };
    static const QStringList months = {
        QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
        QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
        QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
        QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    if (last - from > 8) {
        return false;
    }
    for (qsizetype k = from; k <= last; ++k) {
        const Token& t = token(k);
        if (!t.isWord()) {
            if (t.kind == Token::Kind::Comma) {
                continue;
            }
            return false;
        }
        const bool number = !t.lower.isEmpty() && t.lower.front().isDigit();
        if (!number && !words.contains(t.lower) && !months.contains(t.lower)) {
            return false;
        }
    }
    return true;
}

// Group and anonymous speakers, from the words that name them.
void ParagraphReader::markSpeaker(Attribution& a, const SpeakerPhrase& phrase) const
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
                      lead == u"some" || lead == u"several" || lead == u"two" || lead == u"three" || lead == u"other" ||
                      plural;
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
QString ParagraphReader::observerIn(const Attribution& a) const
{
    static const QStringList perception = {
        QStringLiteral("saw"),     QStringLiteral("heard"),    QStringLiteral("witnessed"), QStringLiteral("watched"),
        QStringLiteral("noticed"), QStringLiteral("observed"), QStringLiteral("spotted"),   QStringLiteral("see"),
        QStringLiteral("hear"),    QStringLiteral("describe"), QStringLiteral("described")};
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

} // namespace corrob::text::attribution
