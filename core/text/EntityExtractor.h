// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/NameVariants.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace corrob::text {

// A name known before reading: a line of the bundled variants, a source of the case or an entity the investigator
// kept. The canonical name is what every spelling folds to.
struct KnownName
{
    QString canonical;
    NameKind kind = NameKind::Organisation;
    QStringList aliases;
};

// The names an extraction knows, looked up by the key of their words (entityKey: case, diacritics, apostrophes,
// the dots of acronyms and spaces do not matter). A name added later wins a spelling over an earlier one, so the
// case's own decisions (added after the bundled table) override it. Build once, share read-only across threads.
class Gazetteer
{
public:
    // The bundled name variants only.
    static Gazetteer bundled();

    void add(const KnownName& name);
    void add(const NameVariants& table);

    // What a key (see entityKey; words' keys joined by one space) is: the name spelt so, if any, and whether some
    // longer spelling starts with these words. One lookup for both: an extraction asks it of every word.
    struct Lookup
    {
        const KnownName* name = nullptr;
        bool startsLonger = false;
    };
    [[nodiscard]] Lookup lookup(const QString& key) const;
    // The name whose spelling has this key (see entityKey), or nullptr.
    [[nodiscard]] const KnownName* find(const QString& key) const { return lookup(key).name; }
    // True when some spelling of several words starts with a word of this key.
    [[nodiscard]] bool startsName(const QString& wordKey) const { return lookup(wordKey).startsLonger; }
    // True when some spelling is longer than these words and starts with them (keys joined by one space).
    [[nodiscard]] bool continuesName(const QString& keys) const { return lookup(keys).startsLonger; }
    // True when some one-word spelling has this many characters.
    [[nodiscard]] bool hasWordOfLength(qsizetype length) const
    {
        return length >= 0 && length < static_cast<qsizetype>(m_wordLengths.size()) &&
               m_wordLengths[static_cast<size_t>(length)];
    }
    [[nodiscard]] int longestName() const { return m_longest; }
    [[nodiscard]] int longestWord() const { return m_longestWord; }

private:
    struct Entry
    {
        int name = -1;             // in m_names; -1 when the key is only the start of longer spellings
        bool startsLonger = false; // the first words of some spelling of several words
    };
    std::vector<KnownName> m_names;
    QHash<QString, Entry> m_byKey;   // every spelling's key, and the first words of every spelling of several words
    std::vector<bool> m_wordLengths; // the lengths of one-word spellings
    int m_longest = 1;               // words in the longest spelling
    int m_longestWord = 0;           // characters in the longest one-word spelling
};

// One name found in a text. Offsets are UTF-16 code units of the text given (anchors' units). Titles
// ("Secretary General"), possessives ("'s") and glued words ("Bucha" in "Buchanorthwest") are outside the span.
struct EntityMention
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;      // the words as written
    QString canonical; // the one name every mention of the entity folds to
    NameKind kind = NameKind::Organisation;
    bool known = false;       // the canonical name came from the gazetteer
    bool description = false; // a description the text makes clear ("the rights group")

    bool operator==(const EntityMention&) const = default;
};

// The key under which names are the same entity: the words' fold keys (variantKey) with the dots of acronyms
// dropped ("U.N." and "UN" are "un"), joined by one space.
QString entityKey(const QString& name);

// Finds people, organisations, places and military units in text from capitalisation, titles, cue words and the
// gazetteer, and folds each mention to one canonical name: spelling and transliteration variants and diacritics
// (through the gazetteer's keys), titles and possessives (left out of the span), acronyms (known ones, ones the
// text defines "International Criminal Court (ICC)", and ones that spell the initials of a name in the text),
// short forms (a person's surname, the first words of an organisation's name) and descriptions that follow a
// name ("the rights group" after Amnesty International, "the court" after the ICC, "the mayor" after "Mayor
// Anatoliy Fedoruk"). Mentions come in text order and never overlap. Linear in the text; pure, thread-safe.
std::vector<EntityMention> extractEntities(const QString& text, const Gazetteer& gazetteer);

} // namespace corrob::text
