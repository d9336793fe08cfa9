// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One run of entity extraction over a text, internal to core/text. Its parts live in three files:
// EntityExtractor.cpp (the gazetteer's names, glued words, the mentions out), EntityCandidates.cpp (runs of
// capitalised words: titles, shouting and common phrases left out, the kind of a name) and EntityFolding.cpp
// (single words folded to the text's longer names: acronyms, surnames, short forms; descriptions such as "the
// rights group"). Offsets are UTF-16 code units of the text.

#include "core/text/EntityExtractor.h"
#include "core/text/EntityWords.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace corrob::text::entities {

struct Found
{
    qsizetype start = 0;
    qsizetype end = 0;
    int firstToken = 0;
    int lastToken = 0; // inclusive
    QString canonical;
    NameKind kind = NameKind::Organisation;
    bool known = false;
    bool description = false;
    QStringList titles; // keys of the titles that introduced a person
};

// A single capitalised word not yet known to be a name: kept until the rest of the text says what it is.
struct Candidate
{
    int token = 0;
    bool titled = false;
};

// A line of the text (between line breaks), as page furniture is told from prose.
struct Line
{
    int firstToken = 0;
    int endToken = 0; // one past the last
    // Every word is capitalised, a number or a function word, and the line stands between blocks: a heading, a
    // label, a menu item, a byline.
    bool titleCase = false;
    // Every word is capitalised, a number or a function word, wherever the line stands (a headline over prose too).
    bool capitalised = false;
    // A title-case line next to another (a menu, a list of links or labels).
    bool inList = false;
};

class Extraction
{
public:
    Extraction(const QString& text, const Gazetteer& gazetteer);

    std::vector<EntityMention> run();

private:
    const Token& tok(int i) const { return m_tokens[static_cast<size_t>(i)]; }
    int count() const { return static_cast<int>(m_tokens.size()); }
    bool claimed(int i) const { return m_claimed[static_cast<size_t>(i)]; }
    QString span(qsizetype s, qsizetype e) const { return m_text.mid(s, e - s); }

    void claim(int first, int last);
    void addFound(Found f);
    void addKnown(int first, int last, qsizetype start, qsizetype end, const KnownName& name);

    // EntityExtractor.cpp
    // The gazetteer's names, longest first at each word; a lower-case word only for places and people.
    void matchKnownNames();
    // True when capitalised words after token `last` make it part of an organisation's, unit's or document's name.
    bool startsLongerName(int last) const;
    // True when the one-word place at token i is the end of a person's name ("Michael Jordan").
    bool endsPersonsName(int i) const;
    // "Buchanorthwest", "Kyiv-based": a known name glued to a lower-case word.
    void matchGlued(int i);
    std::vector<EntityMention> mentions() const;

    // EntityCandidates.cpp
    // Acronyms the text shows to be common nouns: spelt out in lower case ("multiple launch rocket systems (MLRS)")
    // or written in the plural ("NGOs").
    void findCommonAcronyms();
    // A word that is no name, however capitalised: a designation of letters and digits ("BMP-30", "TOS-1A", "Su-25",
    // "BY-NC-ND") or an acronym of a common noun ("NGO", "HIMARS", and those of findCommonAcronyms).
    bool isCommonNoun(int i) const;
    bool startsRun(int i) const;
    // Capitalised words in a row, joined by connectors ("Ministry of Defence").
    void matchRuns();
    bool isTitleWord(int i) const { return titles().contains(tok(i).key); }
    bool isNameWord(int i) const;
    void takeRun(int first, int last);
    // The document word that heads a run ("Rome Statute", "Geneva Conventions", "Statute of Rome"), or -1.
    int documentHead(int first, int last) const;
    // True when the run at `first` continues a document's title ("Convention on the Rights of the Child").
    bool continuesDocument(int first) const;
    // Two or three name words that the text never writes in lower case and that name no known place or
    // organisation ("Gary Holloway", "James R. Whitfield").
    bool personsName(int first, int last) const;
    bool known(int first, int last) const;
    // True when the run is followed by its acronym in parentheses: "(ICC)" alone or, with `initialsOnly` or when
    // more follows inside them ("Creative Commons (CC BY-NC-ND 3.0)"), an acronym of the run's initials.
    bool acronymAfter(int first, int last, bool initialsOnly) const;
    bool hasCue(int first, int last) const;
    // "the Kharkiv region", "Qeshm island", "the village of Yahidne": a place's word in lower case straight after the
    // words, or before them with "of".
    bool namedByPlaceWord(int first, int last) const;
    NameKind kindOfRun(int first, int last, bool titled) const;
    // An all-capital run opening a line before a dash, comma or bracket: a dateline's place ("CAIRO —").
    bool isDateline(int first, int last) const;
    void takeSingle(int i, bool titled, const QStringList& titleKeys);

    // EntityFurniture.cpp
    // Splits the text into lines and marks the title-case ones that stand between blocks.
    void readLines();
    bool isFurniture(int first, int last) const;
    // Drops what title-case lines yield unless the gazetteer knows it, the prose names it too, or the line is a
    // person's name alone (a byline).
    void dropFurniture();

    // EntityFolding.cpp
    // What the text's longer names make of the single words: a defined acronym, an acronym of a name's initials,
    // a person's surname, the first word of an organisation's name; else a cue word says what it is, or it is
    // dropped.
    void resolveCandidates();
    // "the rights group", "the court", "the mayor": the nearest name before it that such words describe.
    void matchDescriptions();

    const QString& m_text;
    const Gazetteer& m_gazetteer;
    std::vector<Token> m_tokens;
    std::vector<bool> m_claimed;
    std::vector<Found> m_found;
    std::vector<Found> m_resolved;
    int m_documentEnd = -1; // the last token of the latest document's name
    static constexpr int kMaxInnerTitles = 8;
    int m_innerTitles = 0;          // takeRun calls within one another for the part before a title inside a run
    QSet<QString> m_commonAcronyms; // keys of acronyms the text uses as common nouns
    std::vector<Candidate> m_candidates;
    QHash<int, QStringList> m_candidateTitles;
    QSet<QString> m_lowerWords; // words the text writes in lower case somewhere: common words, not names
    std::vector<Line> m_lines;
    std::vector<int> m_lineOf; // token -> index into m_lines
};

} // namespace corrob::text::entities
