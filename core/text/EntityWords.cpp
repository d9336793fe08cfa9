// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/EntityWords.h"

#include "core/text/NameVariants.h"

#include <QStringList>

namespace corrob::text::entities {

namespace {

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

// A capital letter's dot at `dot` that stands for a name: a space and a capitalised word follow that is no
// function word ("James R. Whitfield", not "Plan B. The").
bool isMiddleInitial(const QString& text, qsizetype dot)
{
    const qsizetype n = text.size();
    if (dot + 2 >= n || text.at(dot) != u'.' || text.at(dot + 1) != u' ' || !text.at(dot + 2).isUpper()) {
        return false;
    }
    qsizetype end = dot + 2;
    while (end < n && isWordChar(text.at(end))) {
        ++end;
    }
    return !functionWords().contains(wordKey(QStringView(text).mid(dot + 2, end - dot - 2)));
}

Words wordSet(std::initializer_list<const char*> words)
{
    Words out;
    for (const char* w : words) {
        out.insert(QString::fromLatin1(w));
    }
    return out;
}

} // namespace

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    }
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

std::vector<Token> tokenize(const QString& text)
{
    std::vector<Token> tokens;
    tokens.reserve(static_cast<size_t>(text.size() / 6) + 4); // about one word per six characters of prose
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
        } else if (i - start == 1 && text.at(start).isUpper() && isMiddleInitial(text, i)) {
            ++i; // "George W. Bush": the initial's dot ends no sentence and keeps the name's words together
        }
        Token t;
        t.start = start;
        t.end = i;
        if (i - start > 2 && (text.at(i - 1) == u's' || text.at(i - 1) == u'S') && isApostrophe(text.at(i - 2))) {
            t.end = i - 2;
            t.possessive = true;
        }
        const QStringView word = QStringView(text).mid(t.start, t.end - t.start);
        // Most words are their own key (lower-case ASCII, no dots): the key then views the text, no copy.
        bool ownKey = true;
        for (const QChar ch : word) {
            const char16_t u = ch.unicode();
            if (u >= 0x80 || u == u'.' || (u >= u'A' && u <= u'Z')) {
                ownKey = false;
                break;
            }
        }
        t.key = ownKey ? QString::fromRawData(word.data(), word.size()) : wordKey(word);
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
    static const Words w = wordSet(
        {"president", "minister", "secretary", "secretary-general", "general", "colonel", "lieutenant", "major",
         "captain", "sergeant", "admiral", "commander", "chief", "prosecutor", "judge", "ambassador", "governor",
         "mayor", "senator", "representative", "spokesman", "spokeswoman", "spokesperson", "dr", "mr", "mrs", "ms",
         "miss", "professor", "prof", "pope", "king", "queen", "prince", "princess", "director", "chairman",
         "chairwoman", "chancellor", "commissioner", "rapporteur", "lawmaker", "gen", "col", "lt", "maj", "capt", "sgt",
         "sen", "gov", "adm", "patriarch", "archbishop", "bishop", "sheikh", "envoy", "officer", "investigator",
         "premier", "speaker", "rev", "lieutenant-general", "major-general", "brigadier", "private", "corporal", "head",
         "leader", "adviser", "advisor", "deputy", "journalist", "photographer", "correspondent", "reporter",
         "activist", "lawyer", "attorney", "researcher", "analyst", "priest",
         // occupations news writes before a name as a title
         "actor", "actress", "singer", "author", "writer", "producer", "coach", "sheriff", "detective", "inspector",
         "trooper", "coroner", "surgeon", "pastor", "rabbi", "imam", "cardinal", "founder", "cofounder", "co-founder"});
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
    static const Words w = wordSet(
        {"ministry", "court", "office", "council", "agency", "committee", "commission", "international", "watch",
         "nations", "union", "organization", "organisation", "group", "service", "police", "party", "university",
         "institute", "foundation", "bank", "news", "times", "post", "press", "company", "corporation", "corp", "inc",
         "ltd", "association", "department", "parliament", "government", "forces", "army", "navy", "guard", "centre",
         "center", "fund", "network", "tribunal", "assembly", "bureau", "federation", "alliance", "church", "movement",
         "front", "media", "radio", "television", "tv", "journal", "herald", "tribune", "gazette", "daily", "monitor",
         "mission", "programme", "program", "project", "initiative", "society", "board", "authority", "administration",
         "secretariat", "cabinet", "duma", "rada", "prosecutor's", "staff", "command", "coalition", "administration",
         "prosecutors", "guardian", "telegraph", "reuters", "associated", "broadcasting", "observatory", "academy",
         "school", "hospital", "museum", "navy", "airlines", "icrc", "unicef", "team", "lab", "laboratory", "images",
         "network", "dreams",
         // companies' endings and trades, newspapers and magazines, leagues and forces
         "plc", "llc", "gmbh", "technologies", "networks", "systems", "solutions", "industries", "enterprises",
         "holdings", "partners", "communications", "telecom", "entertainment", "studios", "pictures", "airways",
         "motors", "advisors", "advisers", "magazine", "weekly", "chronicle", "observer", "courier", "league",
         "conference", "club", "patrol", "survey"});
    return w;
}

const Words& commonAcronyms()
{
    static const Words w =
        wordSet({"ngo",  "ingo",    "ceo", "cfo",  "coo", "cto", "mp",  "mep",  "md",    "phd",  "tv",     "hq",
                 "id",   "dna",     "gdp", "ied",  "uav", "apc", "ifv", "mbt",  "mlrs",  "mrls", "himars", "atacms",
                 "nlaw", "manpads", "rpg", "icbm", "sam", "gps", "sms", "cctv", "covid", "hiv",  "aids",   "vip",
                 "ufo",  "faq",     "pdf", "url",  "pr",  "am",  "pm",  "est",  "gmt",   "utc",  "bst",    "cet",
                 "eet",  "msk",     "usd", "eur",  "gbp", "uah", "rub", "km",   "mm",    "kg",   "mph",    "pow",
                 "idp",  "suv",     "atm", "icu",  "er",  "ok",  "dvd", "cd"});
    return w;
}

// A word of letters and digits that is a designation, a model or a code ("BMP-30", "TOS-1A", "Su-25", "COVID-19",
// "BY-NC-ND"), not an ordinal ("64th").
bool isDesignation(QStringView word)
{
    bool letter = false;
    bool digit = false;
    bool lower = false;
    int parts = 1;
    for (const QChar c : word) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
        lower = lower || c.isLower();
        parts += c == u'-' ? 1 : 0;
    }
    if (letter && digit) {
        const bool ordinal = word.front().isDigit() && (word.endsWith(u"st") || word.endsWith(u"nd") ||
                                                        word.endsWith(u"rd") || word.endsWith(u"th"));
        return !ordinal;
    }
    return letter && !lower && parts >= 3; // capitals in three parts or more: a code, not a name
}

const Words& documentWords()
{
    static const Words w = wordSet(
        {"statute",  "statutes",    "convention",   "conventions", "treaty",     "treaties",  "act",        "charter",
         "protocol", "protocols",   "resolution",   "licence",     "license",    "agreement", "agreements", "accord",
         "accords",  "declaration", "constitution", "covenant",    "memorandum", "directive", "doctrine"});
    return w;
}

const Words& placeWords()
{
    static const Words w = wordSet(
        {"city",    "region",    "oblast",  "province",  "district", "street",    "square",        "river",
         "sea",     "mountains", "island",  "islands",   "county",   "village",   "airport",       "bay",
         "valley",  "lake",      "ocean",   "peninsula", "raion",    "gulf",      "coast",         "avenue",
         "road",    "state",     "states",  "republic",  "kingdom",  "territory", "territories",   "land",
         "heights", "strait",    "mount",   "mt",        "mountain", "glacier",   "peak",          "canyon",
         "desert",  "cape",      "harbour", "harbor",    "plateau",  "volcano",   "neighbourhood", "neighborhood",
         "port",    "fort",      "steppe",  "forest",    "reservoir"});
    return w;
}

const Words& placePrepositions()
{
    static const Words w =
        wordSet({"in", "near", "outside", "across", "around", "into", "towards", "toward", "through", "via", "nearby"});
    return w;
}

const Words& placeModifiers()
{
    static const Words w =
        wordSet({"north",     "south",        "east",         "west",         "northern",     "southern",
                 "eastern",   "western",      "central",      "northeast",    "northwest",    "southeast",
                 "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "upper",
                 "lower",     "greater",      "occupied",     "mid"});
    return w;
}

const Words& speechVerbs()
{
    static const Words w = wordSet({"said",      "says",   "told",      "added",    "stated", "tweeted",  "wrote",
                                    "explained", "noted",  "announced", "claimed",  "warned", "insisted", "argued",
                                    "confirmed", "denied", "alleged",   "recalled", "asked",  "replied",  "posted"});
    return w;
}

const Words& furnitureWords()
{
    static const Words w = wordSet(
        {"icon",      "icons",       "logo",          "logos",       "button",        "buttons",        "caption",
         "captions",  "cookie",      "cookies",       "menu",        "menus",         "newsletter",     "newsletters",
         "subscribe", "subscribers", "subscription",  "unsubscribe", "login",         "logout",         "signup",
         "sign-in",   "sign-up",     "log-in",        "share",       "shares",        "sharing",        "print",
         "email",     "e-mail",      "comment",       "comments",    "advertisement", "advertisements", "advert",
         "adverts",   "sponsored",   "skip",          "navigation",  "homepage",      "copyright",      "image",
         "photo",     "photos",      "video",         "videos",      "gallery",       "slideshow",      "download",
         "downloads", "app",         "click",         "tap",         "scroll",        "toggle",         "widget",
         "thumbnail", "sidebar",     "footer",        "header",      "playlist",      "bookmark",       "rss",
         "permalink", "settings",    "accessibility", "feedback",    "loading",       "expand",         "collapse"});
    return w;
}

QString initialsOf(const QStringList& wordKeys)
{
    QString letters;
    for (const QString& w : wordKeys) {
        if (!w.isEmpty() && !connectors().contains(w) && w != u"and" && w != u"in" && w != u"on") {
            letters += w.front();
        }
    }
    return letters;
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

// A lower-case word that may come straight after a place's name and be glued to it when a space is lost
// ("Buchanorthwest", "Kharkovbased"): function words, prepositions, compass points, place words, "based".
bool followsPlaceName(const QString& key)
{
    static const Words participles = wordSet({"based", "born", "backed", "led", "held", "controlled", "bound"});
    return functionWords().contains(key) || connectors().contains(key) || placePrepositions().contains(key) ||
           placeModifiers().contains(key) || placeWords().contains(key) || participles.contains(key);
}

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

} // namespace corrob::text::entities
