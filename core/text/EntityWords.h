// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The words entity extraction works on: its tokenizer, word keys and the small word lists (titles, cue words for
// organisations, units and places, function words) and the families of descriptions ("the rights group").
// Internal to core/text (EntityExtractor). Offsets are UTF-16 code units.

#include <QSet>
#include <QString>
#include <QStringView>

#include <initializer_list>
#include <vector>

namespace corrob::text::entities {

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0; // without a possessive "'s"
    // The word's key (wordKey). It may view the characters of the text tokenized (QString::fromRawData, and so its
    // copies): a token and its key never outlive that text; a key kept longer is rebuilt (entityKey does).
    QString key;
    bool cap = false;           // starts with a capital letter
    bool allCaps = false;       // two or more letters, all capitals (acronyms, shouting)
    bool ordinal = false;       // "64th"
    bool sentenceStart = false; // first word of a sentence, a line or a heading
    bool possessive = false;
};

bool isWordChar(QChar c);
bool isApostrophe(QChar c);
// The key of one word: lower case, diacritics folded, apostrophes plain, the dots of acronyms dropped.
QString wordKey(QStringView word);
std::vector<Token> tokenize(const QString& text);
// Only white space between two words (no punctuation): they can belong to one name.
bool adjacent(const QString& text, const Token& a, const Token& b);

using Words = QSet<QString>;

const Words& functionWords();
// Words that may join the words of one name ("Ministry of Defence", "Court of Justice").
const Words& connectors();
// Titles that make the name after them a person's.
const Words& titles();
// Words that may stand inside a title ("Russian Deputy Foreign Minister", "U.N. High Commissioner for").
const Words& titleModifiers();
const Words& unitWords();
const Words& organisationWords();
// Acronyms of common nouns, in news about conflicts and elsewhere: a weapon system ("HIMARS", "IED", "UAV"), a kind
// of body or office ("NGO", "CEO", "MP"), units, currencies, time zones. Keys (lower case).
const Words& commonAcronyms();
// A word of letters and digits that is a designation, a model or a code ("BMP-30", "TOS-1A", "Su-25", "COVID-19",
// "BY-NC-ND"), not an ordinal ("64th"). `word` as written.
bool isDesignation(QStringView word);
// Words that make a name a document's: a treaty, law, charter or licence ("Rome Statute", "Geneva Conventions").
const Words& documentWords();
const Words& placeWords();
const Words& placePrepositions();
// Words that stand before a place's name as part of it or to say which part ("Eastern Ukraine", "North Korea",
// "Greater London"): compass points and their adjectives, upper, lower, greater, central.
const Words& placeModifiers();
const Words& speechVerbs();
// The vocabulary of page furniture and user interfaces ("icon", "caption", "cookies", "newsletter", "share"): a run
// of capitalised words holding one is a label, not a name.
const Words& furnitureWords();

// The initials of a name's word keys, without connectors and "and", "in", "on" ("icc" of "international criminal
// court", "msf" of "medecins sans frontieres").
QString initialsOf(const QStringList& wordKeys);
// Endings of words that name a people or its language ("Russian", "Ukrainians"): an adjective, never a name.
bool isDemonym(const QString& key);
// Endings that make a longer word from a name ("Kyivan", "Putinism"): not a glued copy of two words.
bool isDerivation(QStringView rest);
// A lower-case word that may come straight after a place's name and be glued to it when a space is lost
// ("Buchanorthwest", "Kharkovbased"): function words, prepositions, compass points, place words, "based".
bool followsPlaceName(const QString& key);

// Descriptions that point back at an organisation named before ("the rights group"), by the head word.
enum class OrgFamily
{
    Any,
    Group,
    Court,
    Ministry,
    Alliance,
    Agency,
    Office,
    Government,
};

OrgFamily familyOf(const QString& canonicalKey);
// The families a description's head word may point at; empty when the word is no description.
std::vector<OrgFamily> familiesFor(const QString& head);

} // namespace corrob::text::entities
