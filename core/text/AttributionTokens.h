// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The tokens and word lists the attribution extractor works on. Internal to core/text; offsets are UTF-16 code
// units of the text that was tokenized.

#include <QString>
#include <QStringView>

#include <vector>

namespace corrob::text::attribution {

struct Token
{
    enum class Kind
    {
        Word,
        Comma,
        Colon,       // ':' and ';'
        Stop,        // '.', '!', '?', '…' ending a sentence or clause
        OpenQuote,   // “ « and a straight " that opens
        CloseQuote,  // ” » and a straight " that closes
        OpenBracket, // ( [
        CloseBracket,
        Dash, // – — and a spaced hyphen
        Other,
    };
    Kind kind = Kind::Other;
    qsizetype start = 0;
    qsizetype end = 0;
    QString lower;        // words: lower-cased, a trailing possessive ('s, ’s) kept
    bool capital = false; // words: starts with an upper-case letter (or is a dotted acronym)
    bool allCaps = false; // words: two letters or more, every letter upper-case ("WHO", "MSF")
    int sentence = -1;    // index into the sentences of the text

    [[nodiscard]] bool isWord() const { return kind == Kind::Word; }
    [[nodiscard]] bool isPossessive() const { return lower.endsWith(u"'s") || lower.endsWith(u"\u2019s"); }
};

// Tokenizes text[from, to). Words keep inner apostrophes, hyphens and dots ("O'Brien", "al-Assad", "U.N."), and
// the full stop of a dotted acronym, an initial or a title ("U.N.", "A.", "Dr.").
std::vector<Token> tokenize(const QString& text, qsizetype from, qsizetype to);

// The verb (or noun, for "according") that introduces reported speech: "said", "told", "according"...
bool isCue(QStringView lower);
// Participles that report speech after the main clause: "…, saying …", "…, telling CNN: …". Their speaker is
// the subject of the sentence. isCue() is true for them too.
bool isParticipleCue(QStringView lower);
// Cues that are also common nouns ("claims", "reports", "notes"): they count only after a named speaker.
bool isAmbiguousCue(QStringView lower);
// Words that may sit between a speaker and its cue: "has", "also", "repeatedly".
bool isAuxiliary(QStringView lower);
// Lower-case words inside names: "of", "de", "al", "bin", "van".
bool isNameParticle(QStringView lower);
// Capitalised words that are not names: sentence-initial function words, days, months.
bool isNotName(QStringView lower);
// Titles before a person's name: "president", "minister", "gen.".
bool isTitle(QStringView lower);
// A title in one spelling: "gov." -> "governor", "spokeswoman" -> "spokesperson".
QString canonicalTitle(QStringView lower);
// Words that mark a name as an organisation: "international", "ministry", "council".
bool isOrganisationWord(QStringView lower);
// Determiners that start a descriptive speaker: "the", "a", "one", "another".
bool isDeterminer(QStringView lower);
// Words that end a descriptive speaker: prepositions and conjunctions ("in", "on", "that", "and").
bool endsDescription(QStringView lower);
// Heads of an anaphor for an organisation: "the group", "the rights body", "the agency".
bool isOrganisationAnaphorHead(QStringView lower);
// The grammatical gender a person's first name or title usually takes: 'm' ("john", "mr."), 'f' ("mary", "mrs.",
// "ms."), or 0 when the word does not tell. A short list of common given names; unknown names resolve either way.
char givenNameGender(QStringView lower);
// Heads of phrases that are not actors: "the report", "figures", "the video".
bool isNotActorHead(QStringView lower);

} // namespace corrob::text::attribution
