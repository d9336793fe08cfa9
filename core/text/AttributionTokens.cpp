// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/AttributionTokens.h"

#include <QHash>
#include <QSet>

#include <initializer_list>

namespace corrob::text::attribution {

namespace {

QSet<QString> words(std::initializer_list<const char16_t*> list)
{
    QSet<QString> set;
    for (const char16_t* w : list) {
        set.insert(QString::fromUtf16(w));
    }
    return set;
}

bool contains(const QSet<QString>& set, QStringView word)
{
    return set.contains(word.toString());
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

bool isWordJoiner(QChar c)
{
    return isApostrophe(c) || c == u'-' || c == u'\u2010' || c == u'.' || c == u'&';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing ||
           c.category() == QChar::Mark_SpacingCombining;
}

// "U.N", "A.A": single letters joined by dots (the final dot is not yet part of the word).
bool isDottedLetters(QStringView word)
{
    if (word.size() == 1) {
        return word.at(0).isUpper();
    }
    for (qsizetype i = 0; i < word.size(); ++i) {
        const bool letterPlace = i % 2 == 0;
        if (letterPlace != word.at(i).isLetter() || (!letterPlace && word.at(i) != u'.')) {
            return false;
        }
    }
    return word.size() % 2 == 1;
}

bool keepsFullStop(QStringView word)
{
    static const QSet<QString> titles =
        words({u"mr",  u"mrs", u"ms",  u"dr",  u"prof", u"gen", u"lt", u"col", u"maj",    u"capt", u"sgt",
               u"adm", u"gov", u"sen", u"rep", u"rev",  u"st",  u"jr", u"sr",  u"messrs", u"hon",  u"pres"});
    return isDottedLetters(word) || contains(titles, word.toString().toLower());
}

} // namespace

std::vector<Token> tokenize(const QString& text, qsizetype from, qsizetype to)
{
    std::vector<Token> out;
    qsizetype i = from;
    while (i < to) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        if (isWordChar(c)) {
            qsizetype j = i + 1;
            while (j < to) {
                if (isWordChar(text.at(j))) {
                    ++j;
                } else if (isWordJoiner(text.at(j)) && j + 1 < to && isWordChar(text.at(j + 1))) {
                    j += 2;
                } else {
                    break;
                }
            }
            if (j < to && text.at(j) == u'.' && keepsFullStop(QStringView(text).mid(i, j - i))) {
                ++j;
            }
            t.kind = Token::Kind::Word;
            t.end = j;
            t.lower = text.mid(i, j - i).toLower();
            t.capital = c.isUpper() || c.isTitleCase();
            if (t.capital) {
                int letters = 0;
                bool lower = false;
                for (qsizetype k = i; k < j; ++k) {
                    const QChar ch = text.at(k);
                    letters += ch.isLetter() ? 1 : 0;
                    lower = lower || ch.isLower();
                }
                t.allCaps = letters >= 2 && !lower;
            }
            out.push_back(std::move(t));
            i = j;
            continue;
        }
        t.end = i + 1;
        switch (c.unicode()) {
        case u',':
            t.kind = Token::Kind::Comma;
            break;
        case u':':
        case u';':
            t.kind = Token::Kind::Colon;
            break;
        case u'.':
        case u'!':
        case u'?':
        case u'\u2026':
            t.kind = Token::Kind::Stop;
            break;
        case u'\u201C':
        case u'\u201E':
        case u'\u00AB':
            t.kind = Token::Kind::OpenQuote;
            break;
        case u'\u201D':
        case u'\u00BB':
            t.kind = Token::Kind::CloseQuote;
            break;
        case u'"': {
            // A straight quote opens after a space, a bracket or a dash, or at the start; otherwise it closes.
            const QChar before = i > from ? text.at(i - 1) : QChar(u' ');
            const bool opens = before.isSpace() || before == u'(' || before == u'[' || before == u'\u2014' ||
                               before == u'\u2013' || before == u'-' || before == u':';
            t.kind = opens ? Token::Kind::OpenQuote : Token::Kind::CloseQuote;
            break;
        }
        case u'(':
        case u'[':
            t.kind = Token::Kind::OpenBracket;
            break;
        case u')':
        case u']':
            t.kind = Token::Kind::CloseBracket;
            break;
        case u'\u2013':
        case u'\u2014':
        case u'-':
            t.kind = Token::Kind::Dash;
            break;
        default:
            t.kind = Token::Kind::Other;
            break;
        }
        out.push_back(std::move(t));
        ++i;
    }
    return out;
}

bool isCue(QStringView lower)
{
    static const QSet<QString> set = words({
        u"said",       u"says",       u"say",        u"told",       u"tells",        u"stated",       u"states",
        u"added",      u"adds",       u"according",  u"claimed",    u"claims",       u"denied",       u"denies",
        u"alleged",    u"alleges",    u"warned",     u"warns",      u"announced",    u"announces",    u"insisted",
        u"insists",    u"wrote",      u"writes",     u"accused",    u"accuses",      u"noted",        u"notes",
        u"argued",     u"argues",     u"stressed",   u"stresses",   u"explained",    u"explains",     u"continued",
        u"declared",   u"declares",   u"asserted",   u"asserts",    u"acknowledged", u"acknowledges", u"admitted",
        u"admits",     u"concluded",  u"concludes",  u"reported",   u"urged",        u"urges",        u"tweeted",
        u"confirmed",  u"confirms",   u"maintained", u"maintains",  u"contended",    u"contends",     u"vowed",
        u"vows",       u"asked",      u"asks",       u"replied",    u"responded",    u"countered",    u"recalled",
        u"complained", u"testified",  u"emphasized", u"emphasised", u"predicted",    u"believes",     u"charged",
        u"suggested",  u"conceded",   u"pointed",    u"cautioned",  u"estimated",    u"promised",     u"blamed",
        u"criticized", u"criticised", u"condemned",  u"demanded",   u"wondered",     u"called",       u"described",
        u"labeled",    u"labelled",   u"dubbed",     u"branded",    u"denounced",    u"slammed",      u"blasted",
        u"mocked",     u"praised",    u"observed",   u"remarked",   u"quipped",      u"boasted",      u"acknowledged",
        u"disputed",   u"rejected",   u"reports",    u"posted",     u"tweets",       u"posts",
    });
    return contains(set, lower) || isParticipleCue(lower);
}

bool isParticipleCue(QStringView lower)
{
    static const QSet<QString> set =
        words({u"saying",  u"telling",   u"writing",   u"adding",     u"noting",     u"arguing",  u"insisting",
               u"warning", u"claiming",  u"declaring", u"explaining", u"stating",    u"tweeting", u"accusing",
               u"calling", u"asserting", u"stressing", u"suggesting", u"describing", u"vowing"});
    return contains(set, lower);
}

bool isAmbiguousCue(QStringView lower)
{
    static const QSet<QString> set =
        words({u"claims",   u"states",    u"notes",      u"reported",   u"charged",   u"pointed",   u"blamed",
               u"rejected", u"condemned", u"criticized", u"criticised", u"demanded",  u"estimated", u"promised",
               u"asked",    u"disputed",  u"continued",  u"accused",    u"alleged",   u"called",    u"described",
               u"labeled",  u"labelled",  u"dubbed",     u"branded",    u"denounced", u"slammed",   u"blasted",
               u"mocked",   u"praised",   u"reports",    u"posted",     u"tweets",    u"posts"});
    return contains(set, lower);
}

bool isAuxiliary(QStringView lower)
{
    static const QSet<QString> set =
        words({u"has",   u"have",    u"had",  u"also",  u"later", u"previously", u"recently", u"then",
               u"again", u"further", u"once", u"would", u"will",  u"did",        u"does",     u"do",
               u"is",    u"was",     u"were", u"are",   u"has",   u"also",       u"first",    u"last",
               u"had",   u"just",    u"even", u"still", u"often", u"never",      u"already",  u"long"});
    return contains(set, lower) || (lower.size() > 4 && lower.endsWith(u"ly"));
}

bool isNameParticle(QStringView lower)
{
    static const QSet<QString> set =
        words({u"of",  u"for", u"de", u"da", u"del", u"della", u"di",  u"du", u"des", u"van", u"von", u"der",
               u"den", u"la",  u"le", u"al", u"el",  u"bin",   u"ibn", u"y",  u"&",   u"and", u"on"});
    return contains(set, lower);
}

bool isNotName(QStringView lower)
{
    static const QSet<QString> set = words({
        u"the",       u"a",        u"an",        u"this",      u"that",      u"these",     u"those",    u"but",
        u"and",       u"or",       u"however",   u"in",        u"on",        u"at",        u"by",       u"for",
        u"from",      u"with",     u"as",        u"after",     u"before",    u"when",      u"while",    u"since",
        u"although",  u"though",   u"meanwhile", u"also",      u"then",      u"it",        u"its",      u"he",
        u"she",       u"they",     u"we",        u"i",         u"you",       u"his",       u"her",      u"their",
        u"our",       u"my",       u"there",     u"here",      u"if",        u"so",        u"yet",      u"still",
        u"now",       u"last",     u"earlier",   u"later",     u"according", u"both",      u"neither",  u"nor",
        u"not",       u"some",     u"many",      u"several",   u"one",       u"other",     u"another",  u"each",
        u"every",     u"all",      u"no",        u"what",      u"which",     u"who",       u"where",    u"why",
        u"how",       u"monday",   u"tuesday",   u"wednesday", u"thursday",  u"friday",    u"saturday", u"sunday",
        u"january",   u"february", u"march",     u"april",     u"may",       u"june",      u"july",     u"august",
        u"september", u"october",  u"november",  u"december",  u"today",     u"yesterday", u"tomorrow", u"speaking",
        u"asked",     u"despite",  u"under",     u"during",    u"instead",   u"until",     u"because",
    });
    return contains(set, lower);
}

bool isTitle(QStringView lower)
{
    static const QSet<QString> set = words({
        u"president",   u"vice",         u"minister",   u"prime",        u"secretary",  u"general",
        u"governor",    u"senator",      u"sen.",       u"rep.",         u"gov.",       u"gen.",
        u"dr.",         u"mr.",          u"mrs.",       u"ms.",          u"prof.",      u"judge",
        u"justice",     u"chancellor",   u"king",       u"queen",        u"pope",       u"ambassador",
        u"prosecutor",  u"chief",        u"director",   u"commissioner", u"mayor",      u"representative",
        u"rep",         u"speaker",      u"leader",     u"chairman",     u"chairwoman", u"spokesman",
        u"spokeswoman", u"spokesperson", u"attorney",   u"sheriff",      u"lt.",        u"col.",
        u"sgt.",        u"capt.",        u"adm.",       u"candidate",    u"founder",    u"coordinator",
        u"officer",     u"democrat",     u"republican", u"gop",          u"former",     u"sens.",
        u"reps.",       u"house",
    });
    return contains(set, lower);
}

QString canonicalTitle(QStringView lower)
{
    static const QHash<QString, QString> abbreviations = {
        {QStringLiteral("gov."), QStringLiteral("governor")},
        {QStringLiteral("sen."), QStringLiteral("senator")},
        {QStringLiteral("rep."), QStringLiteral("representative")},
        {QStringLiteral("gen."), QStringLiteral("general")},
        {QStringLiteral("pres."), QStringLiteral("president")},
        {QStringLiteral("spokesman"), QStringLiteral("spokesperson")},
        {QStringLiteral("spokeswoman"), QStringLiteral("spokesperson")},
        {QStringLiteral("sens."), QStringLiteral("senator")},
    };
    const QString word = lower.toString();
    return abbreviations.value(word, word);
}

bool isOrganisationWord(QStringView lower)
{
    static const QSet<QString> set = words({
        u"international", u"group",      u"organisation",   u"organization", u"ministry",    u"office",
        u"council",       u"court",      u"nations",        u"agency",       u"department",  u"watch",
        u"committee",     u"commission", u"party",          u"union",        u"association", u"institute",
        u"university",    u"bank",       u"fund",           u"federation",   u"foundation",  u"network",
        u"team",          u"lab",        u"laboratory",     u"service",      u"police",      u"army",
        u"forces",        u"government", u"administration", u"senate",       u"congress",    u"parliament",
        u"times",         u"news",       u"post",           u"press",        u"inc",         u"corp",
        u"company",       u"campaign",   u"center",         u"centre",       u"coalition",   u"alliance",
        u"cluster",       u"project",    u"tribunal",       u"authority",    u"board",       u"bureau",
        u"cross",         u"reuters",    u"journal",        u"media",        u"network",     u"institution",
        u"republicans",   u"democrats",  u"lawmakers",      u"officials",    u"authorities", u"military",
        u"nato",          u"un",         u"u.n.",           u"eu",           u"who",         u"white",
    });
    return contains(set, lower);
}

bool isDeterminer(QStringView lower)
{
    static const QSet<QString> set = words({u"the", u"a", u"an", u"one", u"another", u"some", u"two", u"three",
                                            u"several", u"many", u"his", u"her", u"its", u"their", u"our", u"other"});
    return contains(set, lower);
}

bool endsDescription(QStringView lower)
{
    static const QSet<QString> set = words({
        u"in",    u"on",     u"at",     u"to",      u"during",    u"after",    u"before",   u"that",   u"and",
        u"but",   u"or",     u"with",   u"from",    u"by",        u"through",  u"as",       u"when",   u"while",
        u"who",   u"which",  u"since",  u"about",   u"into",      u"over",     u"under",    u"last",   u"this",
        u"on",    u"friday", u"monday", u"tuesday", u"wednesday", u"thursday", u"saturday", u"sunday", u"it",
        u"there", u"he",     u"she",    u"they",    u"we",        u"not",      u"is",       u"was",    u"are",
        u"were",  u"has",    u"have",   u"had",
    });
    return contains(set, lower) || isCue(lower);
}

char givenNameGender(QStringView lower)
{
    static const QSet<QString> male = words(
        {u"mr.",       u"mr",      u"sir",     u"lord",     u"king",      u"john",      u"james",    u"robert",
         u"michael",   u"william", u"david",   u"richard",  u"joseph",    u"thomas",    u"charles",  u"christopher",
         u"daniel",    u"matthew", u"mark",    u"donald",   u"steven",    u"paul",      u"andrew",   u"joshua",
         u"kenneth",   u"kevin",   u"brian",   u"george",   u"edward",    u"ronald",    u"timothy",  u"jason",
         u"jeffrey",   u"ryan",    u"jacob",   u"gary",     u"eric",      u"jonathan",  u"stephen",  u"larry",
         u"justin",    u"scott",   u"frank",   u"benjamin", u"gregory",   u"samuel",    u"raymond",  u"patrick",
         u"alexander", u"jack",    u"dennis",  u"jerry",    u"tyler",     u"peter",     u"henry",    u"carl",
         u"arthur",    u"barack",  u"joe",     u"mitt",     u"rick",      u"ted",       u"marco",    u"mike",
         u"jeb",       u"bernie",  u"bill",    u"tom",      u"jim",       u"bob",       u"chris",    u"dan",
         u"vladimir",  u"sergei",  u"sergey",  u"dmitry",   u"volodymyr", u"oleksandr", u"dmytro",   u"emmanuel",
         u"olaf",      u"boris",   u"antonio", u"karim",    u"ahmed",     u"mohammed",  u"muhammad", u"ali",
         u"benjamin",  u"vicente", u"felipe",  u"xi",       u"jens",      u"eliot",     u"rand",     u"harry",
         u"newt",      u"chuck",   u"jay",     u"anthony",  u"ben",       u"al"});
    static const QSet<QString> female = words(
        {u"mrs.",      u"mrs",         u"ms.",       u"ms",       u"miss",      u"madam",     u"lady",     u"queen",
         u"dame",      u"mary",        u"patricia",  u"jennifer", u"linda",     u"elizabeth", u"barbara",  u"susan",
         u"jessica",   u"sarah",       u"karen",     u"nancy",    u"lisa",      u"betty",     u"margaret", u"sandra",
         u"ashley",    u"kimberly",    u"emily",     u"donna",    u"michelle",  u"dorothy",   u"carol",    u"amanda",
         u"melissa",   u"deborah",     u"stephanie", u"rebecca",  u"sharon",    u"laura",     u"cynthia",  u"kathleen",
         u"amy",       u"angela",      u"shirley",   u"anna",     u"ruth",      u"brenda",    u"pamela",   u"nicole",
         u"katherine", u"samantha",    u"christine", u"emma",     u"catherine", u"debra",     u"rachel",   u"carolyn",
         u"janet",     u"virginia",    u"maria",     u"heather",  u"diane",     u"julie",     u"joyce",    u"victoria",
         u"kelly",     u"christina",   u"joan",      u"evelyn",   u"hillary",   u"sarah",     u"michele",  u"nikki",
         u"kamala",    u"condoleezza", u"madeleine", u"theresa",  u"ursula",    u"agnès",     u"agnes",    u"donatella",
         u"olena",     u"iryna",       u"natalia",   u"tatiana",  u"maryna",    u"marie",     u"sophie",   u"heidi",
         u"melania",   u"ivanka",      u"anita",     u"elena",    u"jackie",    u"sheila",    u"jill",     u"hannah",
         u"olivia",    u"sophia",      u"isabella",  u"grace",    u"alice",     u"helen",     u"claire"});
    if (contains(male, lower)) {
        return 'm';
    }
    return contains(female, lower) ? 'f' : 0;
}

bool isOrganisationAnaphorHead(QStringView lower)
{
    static const QSet<QString> set = words({u"group", u"organisation", u"organization", u"agency", u"body", u"ngo",
                                            u"charity", u"watchdog", u"organisation's", u"movement"});
    return contains(set, lower);
}

bool isNotActorHead(QStringView lower)
{
    static const QSet<QString> set =
        words({u"report", u"reports", u"statement", u"study", u"document", u"documents", u"data", u"figures", u"video",
               u"videos", u"footage", u"images", u"evidence", u"article", u"letter", u"survey", u"poll", u"analysis",
               u"investigation", u"findings", u"records", u"bill", u"law", u"ruling", u"order", u"memo", u"complaint",
               u"lawsuit", u"indictment", u"photos", u"book", u"website", u"post", u"advertisement", u"ad", u"ads",
               u"resolution", u"suit", u"filing", u"measure", u"plan", u"proposal", u"message", u"tweet", u"email",
               u"release", u"page", u"film", u"note", u"caption",
               // Events, which befall people and speak for no one ("Her latest stay at Betty Ford comes after …,
               // telling them"):
               u"stay", u"visit", u"trip", u"arrest", u"arrival", u"departure", u"death", u"appearance", u"attack",
               u"election"});
    return contains(set, lower);
}

} // namespace corrob::text::attribution
