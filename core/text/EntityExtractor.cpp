// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/EntityExtractor.h"

#include <QStringView>

#include <algorithm>
#include <optional>

namespace corrob::text {

namespace {

// ---- words

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0; // without a possessive "'s"
    QString key;
    bool cap = false;           // starts with a capital letter
    bool allCaps = false;       // two or more letters, all capitals (acronyms, shouting)
    bool ordinal = false;       // "64th"
    bool sentenceStart = false; // first word of a sentence, a line or a heading
    bool possessive = false;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

// The key of one word: lower case, diacritics folded, apostrophes plain, the dots of acronyms dropped. ASCII
// words (most of them) take the fast path.
QString wordKey(QStringView word)
{
    QString key;
    key.reserve(word.size());
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            QString folded = variantKey(word.toString());
            folded.remove(u'.');
            return folded;
        }
        if (u == u'.') {
            continue;
        }
        key.append(u >= u'A' && u <= u'Z' ? QChar(u + 32) : c);
    }
    return key;
}

// Abbreviations whose dot does not end a sentence.
bool isAbbreviation(const QString& key)
{
    static const QSet<QString> words{QStringLiteral("mr"),   QStringLiteral("mrs"), QStringLiteral("ms"),
                                     QStringLiteral("dr"),   QStringLiteral("st"),  QStringLiteral("gen"),
                                     QStringLiteral("col"),  QStringLiteral("lt"),  QStringLiteral("maj"),
                                     QStringLiteral("capt"), QStringLiteral("sgt"), QStringLiteral("sen"),
                                     QStringLiteral("gov"),  QStringLiteral("rep"), QStringLiteral("prof"),
                                     QStringLiteral("adm"),  QStringLiteral("rev"), QStringLiteral("no")};
    return words.contains(key);
}

std::vector<Token> tokenize(const QString& text)
{
    std::vector<Token> tokens;
    const qsizetype n = text.size();
    bool sentenceStart = true;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (!isWordChar(c)) {
            if (c == u'.' || c == u'!' || c == u'?' || c == u'\n' || c == u':') {
                sentenceStart =
                    !(c == u'.' && !tokens.empty() && tokens.back().end == i && isAbbreviation(tokens.back().key));
            }
            ++i;
            continue;
        }
        const qsizetype start = i++;
        bool dotted = false;
        while (i < n) {
            const QChar ch = text.at(i);
            if (isWordChar(ch)) {
                ++i;
            } else if ((ch == u'-' || isApostrophe(ch)) && i + 1 < n && isWordChar(text.at(i + 1))) {
                ++i;
            } else if (ch == u'.' && i + 1 < n && text.at(i + 1).isUpper() && text.at(i - 1).isUpper() &&
                       (i - 1 == start || text.at(i - 2) == u'.')) {
                dotted = true; // U.N., U.S.
                ++i;
            } else {
                break;
            }
        }
        if (dotted && i < n && text.at(i) == u'.') {
            ++i; // the acronym's last dot
        }
        Token t;
        t.start = start;
        t.end = i;
        if (i - start > 2 && (text.at(i - 1) == u's' || text.at(i - 1) == u'S') && isApostrophe(text.at(i - 2))) {
            t.end = i - 2;
            t.possessive = true;
        }
        const QStringView word = QStringView(text).mid(t.start, t.end - t.start);
        t.key = wordKey(word);
        t.cap = word.front().isUpper();
        int letters = 0;
        bool upper = true;
        for (const QChar ch : word) {
            if (ch.isLetter()) {
                ++letters;
                upper = upper && ch.isUpper();
            }
        }
        t.allCaps = upper && letters >= 2;
        t.ordinal = word.front().isDigit() &&
                    (t.key.endsWith(u"st") || t.key.endsWith(u"nd") || t.key.endsWith(u"rd") || t.key.endsWith(u"th"));
        t.sentenceStart = sentenceStart;
        sentenceStart = false;
        tokens.push_back(std::move(t));
    }
    return tokens;
}

// Only white space between two words (no punctuation): they can belong to one name.
bool adjacent(const QString& text, const Token& a, const Token& b)
{
    if (a.possessive || b.start - a.end > 3) {
        return false;
    }
    for (qsizetype i = a.end; i < b.start; ++i) {
        if (!text.at(i).isSpace() || text.at(i) == u'\n') {
            return false;
        }
    }
    return b.start > a.end;
}

// ---- word lists

using Words = QSet<QString>;

Words wordSet(std::initializer_list<const char*> words)
{
    Words out;
    for (const char* w : words) {
        out.insert(QString::fromLatin1(w));
    }
    return out;
}

const Words& functionWords()
{
    static const Words w = wordSet(
        {"the",        "a",          "an",        "in",        "on",        "at",       "but",       "and",
         "or",         "if",         "as",        "it",        "he",        "she",      "they",      "we",
         "i",          "you",        "this",      "that",      "these",     "those",    "there",     "here",
         "when",       "while",      "after",     "before",    "since",     "during",   "according", "however",
         "meanwhile",  "also",       "some",      "many",      "his",       "her",      "their",     "our",
         "its",        "my",         "your",      "what",      "who",       "why",      "how",       "where",
         "which",      "for",        "from",      "to",        "by",        "with",     "of",        "yet",
         "so",         "not",        "no",        "yes",       "all",       "both",     "each",      "every",
         "one",        "two",        "three",     "more",      "most",      "other",    "such",      "than",
         "then",       "now",        "today",     "yesterday", "tomorrow",  "last",     "next",      "read",
         "see",        "later",      "earlier",   "instead",   "thus",      "overall",  "finally",   "eventually",
         "separately", "previously", "here's",    "photo",     "video",     "watch",    "share",     "update",
         "updated",    "editing",    "reporting", "writing",   "january",   "february", "march",     "april",
         "may",        "june",       "july",      "august",    "september", "october",  "november",  "december",
         "monday",     "tuesday",    "wednesday", "thursday",  "friday",    "saturday", "sunday",    "mr",
         "mrs",        "ms",         "do",        "did",       "does",      "is",       "are",       "was",
         "were",       "be",         "been",      "has",       "have",      "had",      "will",      "would",
         "can",        "could",      "should",    "must",      "said",      "says",     "just",      "only",
         "even",       "still",      "again",     "about",     "over",      "under",    "between",   "into",
         "because",    "although",   "though",    "despite",   "until",     "unless",   "whether",   "once",
         "because",    "asked",      "let",       "let's",     "please",    "thank",    "thanks",    "dear",
         "ok",         "several",    "we're",     "it's",      "i'm",       "they're",  "don't",     "dozens",
         "hundreds",   "thousands",  "click",     "here"});
    return w;
}

// Words that may join the words of one name ("Ministry of Defence", "Court of Justice").
const Words& connectors()
{
    static const Words w =
        wordSet({"of", "the", "for", "de", "du", "der", "van", "von", "bin", "al", "la", "le", "da", "del", "di"});
    return w;
}

// Titles that make the name after them a person's.
const Words& titles()
{
    static const Words w = wordSet({"president",
                                    "minister",
                                    "secretary",
                                    "secretary-general",
                                    "general",
                                    "colonel",
                                    "lieutenant",
                                    "major",
                                    "captain",
                                    "sergeant",
                                    "admiral",
                                    "commander",
                                    "chief",
                                    "prosecutor",
                                    "judge",
                                    "ambassador",
                                    "governor",
                                    "mayor",
                                    "senator",
                                    "representative",
                                    "spokesman",
                                    "spokeswoman",
                                    "spokesperson",
                                    "dr",
                                    "mr",
                                    "mrs",
                                    "ms",
                                    "miss",
                                    "professor",
                                    "prof",
                                    "pope",
                                    "king",
                                    "queen",
                                    "prince",
                                    "princess",
                                    "director",
                                    "chairman",
                                    "chairwoman",
                                    "chancellor",
                                    "commissioner",
                                    "rapporteur",
                                    "lawmaker",
                                    "gen",
                                    "col",
                                    "lt",
                                    "maj",
                                    "capt",
                                    "sgt",
                                    "sen",
                                    "gov",
                                    "adm",
                                    "patriarch",
                                    "archbishop",
                                    "bishop",
                                    "sheikh",
                                    "envoy",
                                    "officer",
                                    "investigator",
                                    "premier",
                                    "speaker",
                                    "rev",
                                    "lieutenant-general",
                                    "major-general",
                                    "brigadier",
                                    "private",
                                    "corporal",
                                    "head",
                                    "leader",
                                    "adviser",
                                    "advisor",
                                    "deputy",
                                    "journalist",
                                    "photographer",
                                    "correspondent",
                                    "reporter",
                                    "activist",
                                    "lawyer",
                                    "attorney",
                                    "researcher",
                                    "analyst",
                                    "priest"});
    return w;
}

// Words that may stand inside a title ("Russian Deputy Foreign Minister", "U.N. High Commissioner for").
const Words& titleModifiers()
{
    static const Words w = wordSet(
        {"deputy",    "vice",  "acting",   "former",   "first",   "foreign", "defence",   "defense",    "interior",
         "justice",   "state", "of",       "the",      "for",     "human",   "rights",    "affairs",    "high",
         "prime",     "press", "army",     "military", "senior",  "top",     "regional",  "district",   "city",
         "un",        "us",    "eu",       "nato",     "general", "chief",   "interim",   "special",    "presidential",
         "executive", "ex",    "national", "security", "economy", "health",  "emergency", "emergencies"});
    return w;
}

const Words& unitWords()
{
    static const Words w = wordSet({"brigade", "regiment", "battalion", "division", "corps", "fleet", "squadron",
                                    "platoon", "detachment", "battalions", "brigades", "regiments"});
    return w;
}

const Words& organisationWords()
{
    static const Words w =
        wordSet({"ministry",     "court",         "office",         "council",     "agency",     "committee",
                 "commission",   "international", "watch",          "nations",     "union",      "organization",
                 "organisation", "group",         "service",        "police",      "party",      "university",
                 "institute",    "foundation",    "bank",           "news",        "times",      "post",
                 "press",        "company",       "corporation",    "corp",        "inc",        "ltd",
                 "association",  "department",    "parliament",     "government",  "forces",     "army",
                 "navy",         "guard",         "centre",         "center",      "fund",       "network",
                 "tribunal",     "assembly",      "bureau",         "federation",  "alliance",   "church",
                 "movement",     "front",         "media",          "radio",       "television", "tv",
                 "journal",      "herald",        "tribune",        "gazette",     "daily",      "monitor",
                 "mission",      "programme",     "program",        "project",     "initiative", "society",
                 "board",        "authority",     "administration", "secretariat", "cabinet",    "duma",
                 "rada",         "prosecutor's",  "staff",          "command",     "coalition",  "administration",
                 "prosecutors",  "guardian",      "telegraph",      "reuters",     "associated", "broadcasting",
                 "observatory",  "academy",       "school",         "hospital",    "museum",     "navy",
                 "airlines",     "icrc",          "unicef",         "team",        "lab",        "laboratory",
                 "statute",      "images",        "network",        "dreams"});
    return w;
}

const Words& placeWords()
{
    static const Words w = wordSet(
        {"city",      "region",    "oblast",    "province",    "district", "street",  "square", "river",  "sea",
         "mountains", "island",    "islands",   "county",      "village",  "airport", "bay",    "valley", "lake",
         "ocean",     "peninsula", "raion",     "gulf",        "coast",    "avenue",  "road",   "state",  "states",
         "republic",  "kingdom",   "territory", "territories", "land",     "heights", "strait"});
    return w;
}

const Words& placePrepositions()
{
    static const Words w =
        wordSet({"in", "near", "outside", "across", "around", "into", "towards", "toward", "through", "via", "nearby"});
    return w;
}

const Words& speechVerbs()
{
    static const Words w = wordSet({"said",      "says",   "told",      "added",    "stated", "tweeted",  "wrote",
                                    "explained", "noted",  "announced", "claimed",  "warned", "insisted", "argued",
                                    "confirmed", "denied", "alleged",   "recalled", "asked",  "replied",  "posted"});
    return w;
}

// Endings of words that name a people or its language ("Russian", "Ukrainians", "Chinese", "British"): an
// adjective, never a name of its own.
bool isDemonym(const QString& key)
{
    for (const char16_t* end : {u"ian", u"ians", u"ean", u"eans", u"ese", u"ish", u"ic", u"an", u"ans"}) {
        if (key.size() > 4 && key.endsWith(QStringView(end))) {
            return true;
        }
    }
    return false;
}

// Endings that make a longer word from a name ("Kyivan", "Putinism"): not a glued copy of two words.
bool isDerivation(QStringView rest)
{
    for (const char16_t* end :
         {u"ian", u"ians", u"an", u"ans", u"ese", u"ism", u"ist", u"ists", u"ite", u"ites", u"ern", u"er",  u"ers",
          u"ite", u"iya",  u"ka", u"sk",  u"ska", u"ski", u"ov",  u"ova",  u"ev",  u"eva",  u"in",  u"ina", u"enko"}) {
        if (rest == QStringView(end)) {
            return true;
        }
    }
    return false;
}

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

OrgFamily familyOf(const QString& canonicalKey)
{
    const QStringList words = canonicalKey.split(u' ');
    auto has = [&](std::initializer_list<const char16_t*> list) {
        for (const char16_t* w : list) {
            if (words.contains(QString::fromUtf16(w))) {
                return true;
            }
        }
        return false;
    };
    if (has({u"court", u"tribunal"})) {
        return OrgFamily::Court;
    }
    if (has({u"ministry", u"department"})) {
        return OrgFamily::Ministry;
    }
    if (has({u"alliance", u"treaty", u"union", u"bloc", u"nato", u"eu"})) {
        return OrgFamily::Alliance;
    }
    if (has({u"government", u"kremlin", u"cabinet", u"administration", u"parliament", u"rada", u"duma"})) {
        return OrgFamily::Government;
    }
    if (has({u"office", u"commissioner", u"ohchr"})) {
        return OrgFamily::Office;
    }
    if (has({u"agency"})) {
        return OrgFamily::Agency;
    }
    return OrgFamily::Group;
}

// The families a description's head word may point at; empty when the word is no description.
std::vector<OrgFamily> familiesFor(const QString& head)
{
    if (head == u"group" || head == u"organisation" || head == u"organization" || head == u"watchdog" ||
        head == u"charity" || head == u"ngo" || head == u"monitor") {
        return {OrgFamily::Group};
    }
    if (head == u"body") {
        return {OrgFamily::Group, OrgFamily::Office, OrgFamily::Agency};
    }
    if (head == u"court" || head == u"tribunal") {
        return {OrgFamily::Court};
    }
    if (head == u"ministry" || head == u"department") {
        return {OrgFamily::Ministry};
    }
    if (head == u"alliance" || head == u"bloc") {
        return {OrgFamily::Alliance};
    }
    if (head == u"agency") {
        return {OrgFamily::Agency, OrgFamily::Group};
    }
    if (head == u"office") {
        return {OrgFamily::Office};
    }
    if (head == u"government" || head == u"kremlin") {
        return {OrgFamily::Government};
    }
    return {};
}

// ---- the extraction

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

class Extraction
{
public:
    Extraction(const QString& text, const Gazetteer& gazetteer)
        : m_text(text), m_gazetteer(gazetteer), m_tokens(tokenize(text)), m_claimed(m_tokens.size(), false)
    {
        for (const Token& t : m_tokens) {
            if (!t.cap && !t.allCaps) {
                m_lowerWords.insert(t.key);
            }
        }
    }

    std::vector<EntityMention> run()
    {
        matchKnownNames();
        matchRuns();
        resolveCandidates();
        matchDescriptions();
        return mentions();
    }

private:
    const Token& tok(int i) const { return m_tokens[static_cast<size_t>(i)]; }
    int count() const { return static_cast<int>(m_tokens.size()); }
    bool claimed(int i) const { return m_claimed[static_cast<size_t>(i)]; }
    QString span(qsizetype s, qsizetype e) const { return m_text.mid(s, e - s); }

    void claim(int first, int last)
    {
        for (int i = first; i <= last; ++i) {
            m_claimed[static_cast<size_t>(i)] = true;
        }
    }

    void addFound(Found f)
    {
        claim(f.firstToken, f.lastToken);
        m_found.push_back(std::move(f));
    }

    void addKnown(int first, int last, qsizetype start, qsizetype end, const KnownName& name)
    {
        Found f;
        f.start = start;
        f.end = end;
        f.firstToken = first;
        f.lastToken = last;
        f.canonical = name.canonical;
        f.kind = name.kind;
        f.known = true;
        addFound(std::move(f));
    }

    // The gazetteer's names, longest first at each word; a lower-case word only for places and people.
    void matchKnownNames()
    {
        const int n = count();
        for (int i = 0; i < n; ++i) {
            const Token& t = tok(i);
            const bool lower = !t.cap && !t.allCaps;
            int bestLast = -1;
            const KnownName* best = nullptr;
            if (const KnownName* single = m_gazetteer.find(t.key)) {
                if (!lower ||
                    (t.key.size() >= 4 && (single->kind == NameKind::Place || single->kind == NameKind::Person))) {
                    best = single;
                    bestLast = i;
                }
            }
            if (m_gazetteer.startsName(t.key)) {
                QString key = t.key;
                bool anyCap = !lower;
                for (int j = i + 1; j < n && j - i < m_gazetteer.longestName(); ++j) {
                    if (!adjacent(m_text, tok(j - 1), tok(j))) {
                        break;
                    }
                    key += u' ' + tok(j).key;
                    anyCap = anyCap || tok(j).cap;
                    if (const KnownName* name = m_gazetteer.find(key); name && anyCap) {
                        best = name;
                        bestLast = j;
                    }
                }
            }
            if (best && best->kind == NameKind::Place && startsLongerName(bestLast)) {
                best = nullptr; // "Kharkiv Human Rights Protection Group": the place is part of a name
            }
            if (best) {
                addKnown(i, bestLast, t.start, tok(bestLast).end, *best);
                i = bestLast;
                continue;
            }
            if (t.cap) {
                matchGlued(i);
            }
        }
    }

    // True when capitalised words after token `last` make it part of an organisation's or unit's name.
    bool startsLongerName(int last) const
    {
        for (int j = last + 1; j < count() && adjacent(m_text, tok(j - 1), tok(j)); ++j) {
            const Token& t = tok(j);
            if (organisationWords().contains(t.key) || unitWords().contains(t.key)) {
                return true;
            }
            if (!t.cap && !connectors().contains(t.key)) {
                return false;
            }
        }
        return false;
    }

    // "Buchanorthwest", "Kyiv-based": a known name glued to a lower-case word.
    void matchGlued(int i)
    {
        const Token& t = tok(i);
        const QStringView word = QStringView(m_text).mid(t.start, t.end - t.start);
        if (const qsizetype dash = word.indexOf(u'-'); dash > 0) {
            if (const KnownName* name = m_gazetteer.find(wordKey(word.left(dash)))) {
                addKnown(i, i, t.start, t.start + dash, *name);
            }
            return;
        }
        if (t.key.size() != word.size() || word.size() < 7) {
            return; // folding changed the length: offsets would not line up
        }
        const qsizetype longest = std::min<qsizetype>(word.size() - 3, m_gazetteer.longestWord());
        for (qsizetype len = longest; len >= 4; --len) {
            const QStringView rest = word.mid(len);
            bool lowerRest = true;
            for (const QChar c : rest) {
                lowerRest = lowerRest && c.isLower();
            }
            if (!lowerRest || isDerivation(rest)) {
                continue;
            }
            if (const KnownName* name = m_gazetteer.find(t.key.left(len))) {
                addKnown(i, i, t.start, t.start + len, *name);
                return;
            }
        }
    }

    bool startsRun(int i) const
    {
        const Token& t = tok(i);
        if (claimed(i)) {
            return false;
        }
        if (t.cap || t.allCaps) {
            return true;
        }
        return t.ordinal && i + 1 < count() && tok(i + 1).cap && adjacent(m_text, t, tok(i + 1));
    }

    // Capitalised words in a row, joined by connectors ("Ministry of Defence").
    void matchRuns()
    {
        const int n = count();
        int i = 0;
        while (i < n) {
            if (!startsRun(i)) {
                ++i;
                continue;
            }
            int last = i;
            int j = i + 1;
            while (j < n && !claimed(j) && adjacent(m_text, tok(j - 1), tok(j))) {
                if ((tok(j).cap || tok(j).allCaps) && !functionWords().contains(tok(j).key)) {
                    last = j++;
                } else if (connectors().contains(tok(j).key) && j + 1 < n && !claimed(j + 1) && tok(j + 1).cap &&
                           adjacent(m_text, tok(j), tok(j + 1))) {
                    j += 2;
                    last = j - 1;
                } else if (connectors().contains(tok(j).key) && j + 2 < n && connectors().contains(tok(j + 1).key) &&
                           !claimed(j + 2) && tok(j + 2).cap && adjacent(m_text, tok(j + 1), tok(j + 2))) {
                    j += 3;
                    last = j - 1;
                } else {
                    break;
                }
            }
            takeRun(i, last);
            i = last + 1;
        }
    }

    bool isTitleWord(int i) const { return titles().contains(tok(i).key); }
    bool isNameWord(int i) const
    {
        const Token& t = tok(i);
        return t.cap && (!t.allCaps || t.key.size() <= 2) && !t.ordinal && !connectors().contains(t.key) &&
               !functionWords().contains(t.key) && !organisationWords().contains(t.key) &&
               !unitWords().contains(t.key) && !placeWords().contains(t.key);
    }

    void takeRun(int first, int last)
    {
        while (first <= last && (functionWords().contains(tok(first).key) || connectors().contains(tok(first).key) ||
                                 (tok(first).sentenceStart && tok(first).key.endsWith(u"ly")))) {
            ++first;
        }
        while (last >= first && connectors().contains(tok(last).key)) {
            --last;
        }
        if (first > last) {
            return;
        }
        // A title before the name: "Secretary General Agnès Callamard", "Russian Deputy Foreign Minister X".
        QStringList titleKeys;
        if (first > 0 && titles().contains(tok(first - 1).key) && !tok(first - 1).cap) {
            titleKeys << tok(first - 1).key; // "mayor Anatoliy Fedoruk"
        }
        int nameStart = first;
        bool titled = false;
        for (int i = first; i <= last; ++i) {
            const QString& key = tok(i).key;
            nameStart = i;
            if (titles().contains(key)) {
                titleKeys << key;
                titled = true;
            } else if (!titleModifiers().contains(key) && !isDemonym(key)) {
                break;
            }
            nameStart = i + 1;
        }
        if (titled && nameStart > last) {
            return; // only titles: "Russian President", "Secretary General"
        }
        if (!titled) {
            nameStart = first;
        }
        if (nameStart > first) {
            bool nameLike = last - nameStart < 3;
            for (int i = nameStart; nameLike && i <= last; ++i) {
                nameLike = isNameWord(i) || (i > nameStart && connectors().contains(tok(i).key));
            }
            if (nameLike) {
                first = nameStart;
            } else {
                titleKeys.clear();
            }
        }
        if (first < last && titleKeys.isEmpty() && !known(first, last)) {
            // Shouting ("CLICK HERE TO GET") and title-case phrases whose words the text also writes in lower case
            // ("War Crimes", "Climate Change") are no names.
            int shouted = 0;
            int common = 0;
            for (int i = first; i <= last; ++i) {
                shouted += tok(i).allCaps && tok(i).key.size() > 2 ? 1 : 0;
                common += m_lowerWords.contains(tok(i).key) || connectors().contains(tok(i).key) ? 1 : 0;
            }
            if (shouted >= 2 || common == last - first + 1) {
                return;
            }
            if (isDemonym(tok(first).key) && !hasCue(first, last)) {
                ++first; // "Russian Grad"
            }
        }
        if (first == last) {
            takeSingle(first, !titleKeys.isEmpty(), titleKeys);
            return;
        }
        Found f;
        f.firstToken = first;
        f.lastToken = last;
        f.start = tok(first).start;
        f.end = tok(last).end;
        f.canonical = span(f.start, f.end).simplified();
        f.titles = titleKeys;
        f.kind = kindOfRun(first, last, !titleKeys.isEmpty());
        addFound(std::move(f));
    }

    bool known(int first, int last) const
    {
        QString key;
        for (int i = first; i <= last; ++i) {
            key += (i > first ? QStringLiteral(" ") : QString()) + tok(i).key;
        }
        return m_gazetteer.find(key) != nullptr;
    }

    bool hasCue(int first, int last) const
    {
        for (int i = first; i <= last; ++i) {
            const QString& key = tok(i).key;
            if (organisationWords().contains(key) || unitWords().contains(key) || placeWords().contains(key)) {
                return true;
            }
        }
        return false;
    }

    NameKind kindOfRun(int first, int last, bool titled) const
    {
        if (titled) {
            return NameKind::Person;
        }
        bool unit = false;
        bool org = false;
        bool place = false;
        bool allNames = last - first < 3;
        for (int i = first; i <= last; ++i) {
            const QString& key = tok(i).key;
            unit = unit || unitWords().contains(key);
            org = org || organisationWords().contains(key) || tok(i).allCaps;
            place = place || placeWords().contains(key);
            allNames = allNames && isNameWord(i) && !m_lowerWords.contains(key);
        }
        if (unit) {
            return NameKind::Unit;
        }
        if (org) {
            return NameKind::Organisation;
        }
        if (place || (first > 0 && placePrepositions().contains(tok(first - 1).key))) {
            return NameKind::Place;
        }
        if (allNames) {
            return NameKind::Person;
        }
        return NameKind::Organisation;
    }

    void takeSingle(int i, bool titled, const QStringList& titleKeys)
    {
        const Token& t = tok(i);
        if (!titled && (isDemonym(t.key) || functionWords().contains(t.key) || t.key.size() < 2)) {
            return;
        }
        Candidate c;
        c.token = i;
        c.titled = titled;
        m_candidates.push_back(c);
        if (titled) {
            m_candidateTitles.insert(i, titleKeys);
        }
    }

    // What the text's longer names make of the single words: a defined acronym, an acronym of a name's initials,
    // a person's surname, the first word of an organisation's name; else a cue word says what it is, or it is
    // dropped.
    void resolveCandidates()
    {
        QHash<QString, int> byKey;      // canonical key -> found index
        QHash<QString, int> defined;    // acronym key -> found index
        QHash<QString, int> initials;   // initials key -> found index
        QHash<QString, int> surnames;   // last word key -> person found index (-1: ambiguous)
        QHash<QString, int> firstWords; // first word key -> organisation found index (-1: ambiguous)
        auto note = [](QHash<QString, int>& map, const QString& key, int index, const QString& canonicalKey,
                       const std::vector<Found>& found) {
            auto it = map.find(key);
            if (it == map.end()) {
                map.insert(key, index);
            } else if (it.value() >= 0 && entityKey(found[static_cast<size_t>(it.value())].canonical) != canonicalKey) {
                it.value() = -1;
            }
        };
        for (int k = 0; k < static_cast<int>(m_found.size()); ++k) {
            const Found& f = m_found[static_cast<size_t>(k)];
            const QString ckey = entityKey(f.canonical);
            byKey.insert(ckey, k);
            const QStringList words = ckey.split(u' ');
            if (f.kind == NameKind::Person && words.size() >= 2) {
                note(surnames, words.back(), k, ckey, m_found);
            }
            if (f.kind == NameKind::Organisation || f.kind == NameKind::Unit) {
                if (words.size() >= 2) {
                    QString letters;
                    for (const QString& w : words) {
                        if (!connectors().contains(w) && w != u"and" && w != u"in" && w != u"on") {
                            letters += w.front();
                        }
                    }
                    if (letters.size() >= 2) {
                        note(initials, letters, k, ckey, m_found);
                    }
                    if (!organisationWords().contains(words.front()) && !isDemonym(words.front()) &&
                        !titleModifiers().contains(words.front())) {
                        note(firstWords, words.front(), k, ckey, m_found);
                    }
                }
                // "the International Criminal Court (ICC)"
                const int next = f.lastToken + 1;
                if (next < count() && tok(next).allCaps) {
                    const QStringView between = QStringView(m_text).mid(f.end, tok(next).start - f.end).trimmed();
                    const qsizetype after = tok(next).end;
                    if (between == u"(" && after < m_text.size() && m_text.at(after) == u')') {
                        defined.insert(tok(next).key, k);
                    }
                }
            }
        }
        // "ICC (International Criminal Court)": the acronym before its name.
        for (const Candidate& c : m_candidates) {
            const Token& t = tok(c.token);
            if (!t.allCaps || c.token + 1 >= count()) {
                continue;
            }
            for (int k = 0; k < static_cast<int>(m_found.size()); ++k) {
                const Found& f = m_found[static_cast<size_t>(k)];
                if (f.firstToken == c.token + 1 && QStringView(m_text).mid(t.end, f.start - t.end).trimmed() == u"(") {
                    defined.insert(t.key, k);
                }
            }
        }
        for (const Candidate& c : m_candidates) {
            const Token& t = tok(c.token);
            int target = -1;
            for (const QHash<QString, int>* map : {&defined, &byKey, &surnames, &firstWords}) {
                if (auto it = map->find(t.key); it != map->end() && it.value() >= 0) {
                    target = it.value();
                    break;
                }
            }
            if (target < 0 && t.allCaps) {
                if (auto it = initials.find(t.key); it != initials.end() && it.value() >= 0) {
                    target = it.value();
                }
            }
            Found f;
            f.firstToken = c.token;
            f.lastToken = c.token;
            f.start = t.start;
            f.end = t.end;
            if (target >= 0) {
                const Found& to = m_found[static_cast<size_t>(target)];
                f.canonical = to.canonical;
                f.kind = to.kind;
                f.known = to.known;
                f.titles = m_candidateTitles.value(c.token);
                m_resolved.push_back(std::move(f));
                continue;
            }
            std::optional<NameKind> kind;
            if (c.titled) {
                kind = NameKind::Person;
            } else if (t.allCaps && t.key.size() <= 6) {
                kind = NameKind::Organisation;
            } else if (c.token > 0 && placePrepositions().contains(tok(c.token - 1).key) && !t.sentenceStart) {
                kind = NameKind::Place;
            } else if (c.token + 1 < count() && speechVerbs().contains(tok(c.token + 1).key) &&
                       adjacent(m_text, t, tok(c.token + 1)) && (!t.sentenceStart || !t.key.endsWith(u's'))) {
                kind = NameKind::Person; // "Fedoruk said", but not "Residents said"
            }
            if (!kind) {
                continue;
            }
            f.canonical = span(f.start, f.end);
            f.kind = *kind;
            f.titles = m_candidateTitles.value(c.token);
            m_resolved.push_back(std::move(f));
        }
        for (Found& f : m_resolved) {
            claim(f.firstToken, f.lastToken);
            m_found.push_back(std::move(f));
        }
        m_resolved.clear();
        std::sort(m_found.begin(), m_found.end(), [](const Found& a, const Found& b) { return a.start < b.start; });
    }

    // "the rights group", "the court", "the mayor": the nearest name before it that such words describe.
    void matchDescriptions()
    {
        const int n = count();
        std::vector<Found> added;
        size_t before = 0; // m_found[0, before) start before the current word
        for (int i = 0; i + 1 < n; ++i) {
            if (tok(i).key != u"the" || claimed(i + 1)) {
                continue;
            }
            for (int k = 1; k <= 3 && i + k < n; ++k) {
                const Token& head = tok(i + k);
                if (claimed(i + k) || head.cap || !adjacent(m_text, tok(i + k - 1), head)) {
                    break;
                }
                const std::vector<OrgFamily> families = familiesFor(head.key);
                const bool personHead = titles().contains(head.key);
                const bool unitHead = unitWords().contains(head.key) || head.key == u"unit";
                if (families.empty() && !personHead && !unitHead) {
                    continue;
                }
                while (before < m_found.size() && m_found[before].start < tok(i).start) {
                    ++before;
                }
                for (size_t b = before; b-- > 0;) {
                    const Found& to = m_found[b];
                    bool fits = false;
                    if (personHead) {
                        fits = to.kind == NameKind::Person && to.titles.contains(head.key);
                    } else if (unitHead) {
                        fits = to.kind == NameKind::Unit;
                    } else if (to.kind == NameKind::Organisation) {
                        const OrgFamily family = familyOf(entityKey(to.canonical));
                        fits = std::find(families.begin(), families.end(), family) != families.end();
                    }
                    if (fits) {
                        Found f;
                        f.firstToken = i + 1;
                        f.lastToken = i + k;
                        f.start = tok(i + 1).start;
                        f.end = head.end;
                        f.canonical = to.canonical;
                        f.kind = to.kind;
                        f.known = to.known;
                        f.description = true;
                        f.titles = to.titles;
                        added.push_back(std::move(f));
                        break;
                    }
                }
                break;
            }
        }
        for (Found& f : added) {
            m_found.push_back(std::move(f));
        }
        std::sort(m_found.begin(), m_found.end(), [](const Found& a, const Found& b) { return a.start < b.start; });
    }

    std::vector<EntityMention> mentions() const
    {
        std::vector<EntityMention> out;
        out.reserve(m_found.size());
        qsizetype end = 0;
        for (const Found& f : m_found) {
            if (f.start < end || f.end <= f.start) {
                continue;
            }
            EntityMention m;
            m.start = f.start;
            m.end = f.end;
            m.text = span(f.start, f.end);
            m.canonical = f.canonical;
            m.kind = f.kind;
            m.known = f.known;
            m.description = f.description;
            out.push_back(std::move(m));
            end = f.end;
        }
        return out;
    }

    const QString& m_text;
    const Gazetteer& m_gazetteer;
    std::vector<Token> m_tokens;
    std::vector<bool> m_claimed;
    std::vector<Found> m_found;
    std::vector<Found> m_resolved;
    std::vector<Candidate> m_candidates;
    QHash<int, QStringList> m_candidateTitles;
    QSet<QString> m_lowerWords; // words the text writes in lower case somewhere: common words, not names
};

} // namespace

QString entityKey(const QString& name)
{
    const std::vector<Token> tokens = tokenize(name);
    QString key;
    for (const Token& t : tokens) {
        if (!key.isEmpty()) {
            key += u' ';
        }
        key += t.key;
    }
    return key;
}

Gazetteer Gazetteer::bundled()
{
    Gazetteer g;
    g.add(NameVariants::bundled());
    return g;
}

void Gazetteer::add(const KnownName& name)
{
    const int index = static_cast<int>(m_names.size());
    m_names.push_back(name);
    for (const QString& spelling : QStringList{name.canonical} + name.aliases) {
        const QString key = entityKey(spelling);
        if (key.isEmpty()) {
            continue;
        }
        m_byKey.insert(key, index);
        const qsizetype space = key.indexOf(u' ');
        if (space > 0) {
            m_firstWords.insert(key.left(space));
            m_longest = std::max(m_longest, static_cast<int>(key.count(u' ')) + 1);
        } else {
            m_longestWord = std::max(m_longestWord, static_cast<int>(key.size()));
        }
    }
}

void Gazetteer::add(const NameVariants& table)
{
    for (const NameGroup& group : table.names()) {
        add(KnownName{group.canonical, group.kind, group.spellings});
    }
}

const KnownName* Gazetteer::find(const QString& key) const
{
    const auto it = m_byKey.constFind(key);
    return it == m_byKey.constEnd() ? nullptr : &m_names[static_cast<size_t>(it.value())];
}

std::vector<EntityMention> extractEntities(const QString& text, const Gazetteer& gazetteer)
{
    return Extraction(text, gazetteer).run();
}

} // namespace corrob::text
