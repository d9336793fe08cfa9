// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/Spellings.h"

#include "core/search/ScriptVocabulary.h"

#include "core/search/Choices.h"
#include "core/text/Fold.h"
#include "core/text/TextNormalizer.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QStandardPaths>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace corrob::search {
namespace {

// ICU transliterators are not thread-safe to share; each thread builds its own, once, and only the one it needs
// (building one takes tens of milliseconds: a search of Latin words never builds the one to Latin).
std::unique_ptr<icu::Transliterator> makeTransliterator(const char* id)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
    if (U_FAILURE(status)) {
        t.reset();
    }
    return t;
}

icu::Transliterator* toLatin()
{
    thread_local const std::unique_ptr<icu::Transliterator> t = makeTransliterator("Any-Latin; Latin-ASCII");
    return t.get();
}

icu::Transliterator* toCyrillic()
{
    thread_local const std::unique_ptr<icu::Transliterator> t = makeTransliterator("Latin-Cyrillic");
    return t.get();
}

// A transliterator made from our own rules (nullptr should ICU refuse them).
std::unique_ptr<icu::Transliterator> makeFromRules(const char* id, const char* rules)
{
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError;
    std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createFromRules(
        icu::UnicodeString::fromUTF8(id), icu::UnicodeString::fromUTF8(rules), UTRANS_FORWARD, parseError, status));
    if (U_FAILURE(status)) {
        made.reset();
    }
    return made;
}

// English-language news romanises Russian and Ukrainian names with digraphs (BGN/PCGN: Shevchenko, Zhukov,
// Khodorkovsky, Tsarev, Yanukovych); ICU's Latin-Cyrillic reads the ISO 9 letters (š, ž, č) and turns "sh" into
// "сх", so "Shevchenko" never found "Шевченко". These rules read the digraphs and the usual endings first.
icu::Transliterator* toCyrillicFromEnglish()
{
    thread_local const std::unique_ptr<icu::Transliterator> t =
        makeFromRules("corrob-en-Cyrl", "::Lower; shch > щ; sh > ш; ch > ч; zh > ж; kh > х; ts > ц; ya > я; yu > ю; "
                                        "yo > ё; ye > е; skyy } [^[:L:][:M:]] > ський; sky } [^[:L:][:M:]] > ский; "
                                        "skiy } [^[:L:][:M:]] > ский; iy } [^[:L:][:M:]] > ий; "
                                        "y } [^[:L:][:M:]] > ый; ::Latin-Cyrillic;");
    return t.get();
}

// Ukrainian names as English-language news romanises them (the national system of 2010: Tymoshenko, Hrytsenko,
// Shcherbyna, Kolomoiskyi, Yevhen, Yuliia, Zaporizhzhia): y is и, h is г, i is і; ye, yi, ya, yu begin a word as є, ї,
// я, ю, and ie, iu, ia are є, ю, я inside one. An i after a vowel is й (Kolomoiskyi) or ї (Mykolaiv, Kyiv): the
// spelling cannot tell, so both are made. (A context sees the letters already made: и and і count as vowels. The
// word-end rules come before the word-start ones, which ICU would otherwise call masking them.)
QByteArray ukrainianRules(bool iAfterVowelIsYi)
{
    return QStringLiteral(
               "::Lower; iy } [^[:L:][:M:]] > ій; yi } [^[:L:][:M:]] > ий; ^yi > ї; ^ye > є; ^ya > я; ^yu > ю; "
               "shch > щ; zh > ж; kh > х; ch > ч; sh > ш; tskyi } [^[:L:][:M:]] > цький; tsky } [^[:L:][:M:]] > цький; "
               "skyi } [^[:L:][:M:]] > ський; skyy } [^[:L:][:M:]] > ський; sky } [^[:L:][:M:]] > ський; ts > ц; "
               "ia > я; iu > ю; ie > є; [aeiouyиіяюєї] { i > %1; i > і; y > и; h > г; ::Latin-Cyrillic;")
        .arg(iAfterVowelIsYi ? QStringLiteral("ї") : QStringLiteral("й"))
        .toUtf8();
}

icu::Transliterator* toUkrainianFromEnglish()
{
    thread_local const std::unique_ptr<icu::Transliterator> t =
        makeFromRules("corrob-en-uk", ukrainianRules(false).constData());
    return t.get();
}

icu::Transliterator* toUkrainianFromEnglishWithYi()
{
    thread_local const std::unique_ptr<icu::Transliterator> t =
        makeFromRules("corrob-en-uk-yi", ukrainianRules(true).constData());
    return t.get();
}

// The romanisations English-language news uses (BGN/PCGN for Russian and Ukrainian, UN for Greek), where ICU's
// Any-Latin gives the scholarly ones ("Шевченко": Ševčenko; "Μητσοτάκης": Mētsotákēs).
icu::Transliterator* russianToLatin()
{
    thread_local const std::unique_ptr<icu::Transliterator> t =
        makeTransliterator("Russian-Latin/BGN; [\u02B9\u02BA] Remove; Latin-ASCII");
    return t.get();
}

icu::Transliterator* ukrainianToLatin()
{
    thread_local const std::unique_ptr<icu::Transliterator> t =
        makeTransliterator("Ukrainian-Latin/BGN; [\u02B9\u02BA] Remove; Latin-ASCII");
    return t.get();
}

icu::Transliterator* greekToLatin()
{
    thread_local const std::unique_ptr<icu::Transliterator> t = makeTransliterator("Greek-Latin/UNGEGN; Latin-ASCII");
    return t.get();
}

// The script of a word's first letter.
QChar::Script scriptOf(const QString& word)
{
    for (QChar c : word) {
        if (c.isLetter()) {
            return c.script();
        }
    }
    return QChar::Script_Unknown;
}

QString apply(icu::Transliterator* t, const QString& word)
{
    if (!t) {
        return {};
    }
    icu::UnicodeString s(reinterpret_cast<const char16_t*>(word.utf16()), int32_t(word.size()));
    t->transliterate(s);
    return QString(reinterpret_cast<const QChar*>(s.getBuffer()), s.length());
}

bool isLatin(const QString& word)
{
    for (QChar c : word) {
        if (c.isLetter() && c.script() != QChar::Script_Latin) {
            return false;
        }
    }
    return true;
}

// An acronym of one or two letters (US, UN, EU): the index folds case, so as another spelling of a name it would find
// every "us", French "un", Portuguese "eu". Typed as it is, it is searched as typed.
bool isShortAcronym(const QString& spelling)
{
    return spelling.size() <= 2 &&
           std::all_of(spelling.begin(), spelling.end(), [](QChar c) { return c.isLetter() && c.isUpper(); });
}

void addSpelling(QStringList& out, const QString& own, const QString& spelling)
{
    const QString key = text::foldKey(spelling);
    if (key.isEmpty() || key == text::foldKey(own) || !hasWordCharacters(spelling) || isShortAcronym(spelling)) {
        return;
    }
    for (const QString& s : out) {
        if (text::foldKey(s) == key) {
            return;
        }
    }
    out << spelling;
}

// Other spellings the orthography gives a word or phrase (docs/decisions/0025-search-folding.md): German ß and
// capital ẞ written "ss" and back (FTS5's unicode61 folds ẞ to ß, never ß to ss); a query typed with a ligature
// (U+FB00-FB06) as its letters; and the letters as the f-ligatures ﬀ ﬁ ﬂ ﬃ ﬄ, which the texts of PDF reports
// imported before the importers folded them still hold. foldKey would call most of these the query itself (it
// decomposes ligatures), so they are added as they are, without addSpelling's check.
QStringList orthographicSpellings(const QString& text)
{
    QStringList out;
    const auto add = [&](const QString& s) {
        if (s.compare(text, Qt::CaseInsensitive) != 0 && !out.contains(s, Qt::CaseInsensitive)) {
            out << s;
        }
    };
    const QString base = text::foldTypesetting(text);
    add(base);
    if (base.contains(u'ß') || base.contains(QChar(0x1E9E))) {
        QString ss = base;
        ss.replace(u'ß', QStringLiteral("ss")).replace(QChar(0x1E9E), QStringLiteral("SS"));
        add(ss);
    }
    // Each "ss" may be a ß (Strasse / Straße, Schlossstrasse / Schloßstraße): every choice of up to three of them.
    QList<qsizetype> at;
    for (qsizetype i = base.indexOf(QStringLiteral("ss"), 0, Qt::CaseInsensitive); i >= 0 && at.size() < 3;
         i = base.indexOf(QStringLiteral("ss"), i + 2, Qt::CaseInsensitive)) {
        at << i;
    }
    for (int mask = 1; mask < (1 << at.size()); ++mask) {
        QString sharp = base;
        for (qsizetype k = at.size() - 1; k >= 0; --k) { // from the right, so earlier positions stay valid
            if (mask & (1 << k)) {
                sharp.replace(at.at(k), 2, QStringLiteral("ß"));
            }
        }
        add(sharp);
    }
    static const std::pair<QString, QString> kLigatures[] = {
        {QStringLiteral("ffi"), QStringLiteral("\uFB03")}, {QStringLiteral("ffl"), QStringLiteral("\uFB04")},
        {QStringLiteral("ff"), QStringLiteral("\uFB00")},  {QStringLiteral("fi"), QStringLiteral("\uFB01")},
        {QStringLiteral("fl"), QStringLiteral("\uFB02")},
    };
    const QString lower = base.toLower();
    QString ligated = lower;
    for (const auto& [letters, ligature] : kLigatures) {
        ligated.replace(letters, ligature);
    }
    if (ligated != lower) {
        add(ligated);
    }
    // Greek and Arabic keep their marks in the index (unicode61 folds Latin ones only): a name typed with its accent
    // or hamza (Τσίπρας, أردوغان) also finds it written without, as capitals and much of the press write it
    // (ΤΣΙΠΡΑΣ, اردوغان). The other way cannot be guessed: where would the accent go?
    const QChar::Script script = scriptOf(base);
    if (script == QChar::Script_Greek || script == QChar::Script_Arabic) {
        QString bare;
        for (QChar c : base.normalized(QString::NormalizationForm_D)) {
            if (c.category() != QChar::Mark_NonSpacing) {
                bare += c;
            }
        }
        add(bare.normalized(QString::NormalizationForm_C));
    }
    return out;
}

// The variants table's spellings of a word, a possessive's too: "Kyiv's" is "Kiev's", "Київ's" (the table lists
// names, and "Kyiv's" was none).
QStringList variantSpellings(const text::NameVariants& variants, const QString& word)
{
    QStringList out = variants.spellingsOf(word); // the word alone when the table does not know it
    if (out.size() > 1) {
        return out;
    }
    for (const QString& suffix : {QStringLiteral("'s"), QStringLiteral("\u2019s")}) {
        if (word.size() > suffix.size() && word.endsWith(suffix, Qt::CaseInsensitive)) {
            for (const QString& stem : variants.spellingsOf(word.chopped(suffix.size()))) {
                out << stem + word.right(suffix.size());
            }
        }
    }
    return out;
}

// At most this many spellings of a phrase from the names in it.
constexpr qsizetype kMaxPhraseSpellings = 16;

// A quoted phrase with each name in it written as the variants table writes it elsewhere ("Kiev region": "Kyiv
// region", "Київ region"...), every choice of a spelling for each name, the typed words kept first; at most
// kMaxPhraseSpellings. Only the table: a transliterated word amid words of another script finds nothing.
QStringList phraseWithNameVariants(const QString& phrase, const text::NameVariants& variants)
{
    const QStringList words = phrase.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2) {
        return {};
    }
    std::vector<QStringList> choices;
    bool any = false;
    for (const QString& word : words) {
        QStringList spellings{word};
        for (const QString& s : variantSpellings(variants, word)) {
            if (!spellings.contains(s, Qt::CaseInsensitive)) {
                spellings << s;
            }
        }
        any = any || spellings.size() > 1;
        choices.push_back(spellings);
    }
    QStringList out;
    if (!any) {
        return out;
    }
    // The first choice, every word as typed, is the phrase itself.
    const std::vector<QStringList> chosen = everyChoice(std::move(choices), kMaxPhraseSpellings + 1);
    for (std::size_t i = 1; i < chosen.size(); ++i) {
        out << chosen[i].join(u' ');
    }
    return out;
}

// A word without the punctuation and symbols typed or pasted around it ("Kharkiv," "(Kyiv)" "+Odesa"); the word as it
// is when nothing of it is a letter or digit ("C++" stays "C++", "++" stays "++").
QString withoutEdgePunctuation(const QString& text)
{
    const auto isWordChar = [](QChar c) {
        return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
    };
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && !isWordChar(text.at(begin))) {
        ++begin;
    }
    while (end > begin && !isWordChar(text.at(end - 1)) && text.at(end - 1) != u'+' && text.at(end - 1) != u'#') {
        --end;
    }
    if (begin == end) {
        return text;
    }
    return text.mid(begin, end - begin);
}

// The nominatives a Russian or Ukrainian word typed in another case may have, for its romanisation: the news writes
// Putin, not "Putina" (Путина, the genitive), Zelensky, not "Zelenskogo". Only the endings of names' cases (nouns in
// a consonant, surnames in -ский/-ський, -ый/-ий), one ending taken off, at least three letters left; empty when the
// word has none of them, or is a woman's surname in -ська. A wrong guess adds a spelling (Анна also reads "Ann",
// Газа "Gaz"), and a result found through it says which spelling matched.
QStringList cyrillicNominatives(const QString& word)
{
    struct Ending
    {
        const char16_t* ending;
        std::initializer_list<const char16_t*> nominatives;
    };
    // Longest first: the first ending the word has is taken.
    static const Ending kEndings[] = {
        {u"ского", {u"ский"}},
        {u"скому", {u"ский"}},
        {u"ським", {u"ський"}},
        {u"ського", {u"ський"}},
        {u"ському", {u"ський"}},
        {u"ским", {u"ский"}},
        {u"ском", {u"ский", u"ск"}}, // Курском: Kursk's prepositional too
        {u"ськім", {u"ський"}},
        {u"ого", {u"ый", u"ий"}},
        {u"ому", {u"ый", u"ий"}},
        {u"ові", {u""}},
        {u"еві", {u""}},
        {u"ым", {u"", u"ый"}},
        {u"им", {u"ий"}},
        {u"ом", {u""}},
        {u"ем", {u""}},
        {u"а", {u""}},
        {u"у", {u""}},
        {u"е", {u""}},
        {u"і", {u""}},
    };
    constexpr qsizetype kMinStem = 3;
    const QString lower = word.toLower();
    for (const Ending& e : kEndings) {
        const QStringView ending(e.ending);
        if (!lower.endsWith(ending) || lower.size() - ending.size() < kMinStem) {
            continue;
        }
        const QString stem = word.left(word.size() - ending.size());
        // Зеленська, Зеленську are her name, not his: -а or -у after a Ukrainian adjectival stem is a feminine
        // surname's ending, not a case of a masculine one. (Russian writes hers -ская, -ской, -скую, none of them an
        // ending here; Курска, Донецка are the towns Kursk and Donetsk.)
        const QString lowerStem = stem.toLower();
        if (ending.size() == 1 && (lowerStem.endsWith(u"ськ") || lowerStem.endsWith(u"цьк"))) {
            return {};
        }
        QStringList out;
        for (const char16_t* nominative : e.nominatives) {
            out << stem + QStringView(nominative);
        }
        return out;
    }
    return {};
}

} // namespace

QStringList transliterations(const QString& word)
{
    // Typing "Kharkiv" asks for K, Kh, Kha...: each word is transliterated once per thread.
    thread_local QHash<QString, QStringList> cache;
    if (const auto it = cache.constFind(word); it != cache.constEnd()) {
        return *it;
    }
    if (cache.size() > 10000) {
        cache.clear();
    }
    QStringList out;
    if (isLatin(word)) {
        // Lower case first: ICU reads a leading capital as a separate letter in some rules. Accents go first too
        // ("Agnès" is read as "Agnes": the Cyrillic spelling has none).
        const QString plain = text::foldKey(word);
        addSpelling(out, word, apply(toCyrillic(), plain));
        addSpelling(out, word, apply(toCyrillicFromEnglish(), plain));
        addSpelling(out, word, apply(toUkrainianFromEnglish(), plain));
        addSpelling(out, word, apply(toUkrainianFromEnglishWithYi(), plain));
    } else {
        addSpelling(out, word, apply(toLatin(), word));
        const QChar::Script script = scriptOf(word);
        if (script == QChar::Script_Cyrillic) {
            // BGN writes -ский and -ський as -skiy and -s'kyy, -ый as -yy; English news as -sky and -y
            // (Khodorkovsky, Navalny). Only those endings: Андрій stays Andriy. A word in another case than the
            // nominative is romanised in the nominative too (Путина: Putin), which is also a spelling of its own.
            QStringList forms{word};
            for (const QString& nominative : cyrillicNominatives(word)) {
                addSpelling(out, word, nominative);
                forms << nominative;
            }
            for (const QString& form : forms) {
                // Зеленській (hers, in the dative) is no -ий: her name in English is Zelenska, not Zelensky.
                const bool masculine =
                    form.endsWith(u"ий", Qt::CaseInsensitive) || form.endsWith(u"ый", Qt::CaseInsensitive);
                for (const QString& latin : {apply(russianToLatin(), form), apply(ukrainianToLatin(), form)}) {
                    addSpelling(out, word, latin);
                    if (masculine && (latin.endsWith(QStringLiteral("skiy"), Qt::CaseInsensitive) ||
                                      latin.endsWith(QStringLiteral("yy"), Qt::CaseInsensitive))) {
                        addSpelling(out, word, latin.chopped(2) + u'y');
                    }
                }
            }
        } else if (script == QChar::Script_Greek) {
            addSpelling(out, word, apply(greekToLatin(), word));
        }
    }
    cache.insert(word, out);
    return out;
}

namespace {

// At most this many words typed one after another are read as one name.
constexpr std::size_t kMaxNameWords = 4;

// The other spellings of a name of several words as a whole, from the variants table and the case's aliases ("Vladimir
// Zelensky": "Volodymyr Zelensky", "Зеленський"); empty when neither knows it.
QStringList wholeNameSpellings(const QString& name, const SpellingSources& sources)
{
    QStringList found;
    if (sources.variants) {
        for (const QString& s : sources.variants->spellingsOf(name)) {
            addSpelling(found, name, s);
        }
    }
    if (sources.aliases) {
        for (const QString& s : sources.aliases(name)) {
            addSpelling(found, name, s);
        }
    }
    return found;
}

// Words typed one after another without quotes that together are a known name (Vladimir Zelensky, Aleksandr Vilkul)
// also find the name's other spellings: the run becomes (the words, as typed, ANDed) OR "the name" with its
// spellings. Investigators rarely quote a name; word by word, "Vladimir" missed "Volodymyr Zelensky". Longest first.
// Expands every child of the AND.
void expandAnd(QueryNode& andNode, const SpellingSources& sources)
{
    std::vector<QueryNode>& items = andNode.children;
    const auto isWord = [](const QueryNode& n) {
        return n.type == QueryNode::Type::Term && !n.prefix;
    };
    for (std::size_t at = 0; at < items.size(); ++at) {
        bool grouped = false;
        std::size_t run = 0;
        while (at + run < items.size() && run < kMaxNameWords && isWord(items[at + run])) {
            ++run;
        }
        for (std::size_t n = run; n >= 2; --n) {
            QStringList words;
            for (std::size_t k = at; k < at + n; ++k) {
                words << items[k].text;
            }
            QueryNode name;
            name.type = QueryNode::Type::Phrase;
            name.text = words.join(u' ');
            name.spellings = wholeNameSpellings(name.text, sources);
            if (name.spellings.isEmpty()) {
                continue;
            }
            QueryNode typed;
            typed.type = QueryNode::Type::And;
            typed.children.assign(std::make_move_iterator(items.begin() + qsizetype(at)),
                                  std::make_move_iterator(items.begin() + qsizetype(at + n)));
            for (QueryNode& w : typed.children) {
                expandSpellings(w, sources);
            }
            QueryNode either;
            either.type = QueryNode::Type::Or;
            either.children.push_back(std::move(typed));
            either.children.push_back(std::move(name));
            items.erase(items.begin() + qsizetype(at + 1), items.begin() + qsizetype(at + n));
            items[at] = std::move(either);
            grouped = true;
            break;
        }
        if (!grouped) {
            expandSpellings(items[at], sources);
        }
    }
}

} // namespace

void expandSpellings(QueryNode& node, const SpellingSources& sources)
{
    if (node.type == QueryNode::Type::And) {
        expandAnd(node, sources);
        return;
    }
    if (node.type != QueryNode::Type::Term && node.type != QueryNode::Type::Phrase) {
        for (QueryNode& c : node.children) { // a NEAR group's words too: each of its phrases has its spellings
            expandSpellings(c, sources);
            // A NEAR group is every choice of one spelling per word, at most 64: a prefix of many listed words would
            // crowd out the rest, and stays a prefix there.
            if (node.type == QueryNode::Type::Near && c.completions.size() > kMaxNearCompletions) {
                c.completions.clear();
            }
            for (QueryNode& alternative : c.children) { // a NEAR group's operand "(Kyiv* OR Kharkiv*)"
                if (node.type == QueryNode::Type::Near && alternative.completions.size() > kMaxNearCompletions) {
                    alternative.completions.clear();
                }
            }
        }
        return;
    }
    // A prefix's spellings are prefixes as well (Kharkiv* finds Kharkov's and Харківська: the renderer adds the '*').
    // A word is looked up without the punctuation around it ("Kharkiv," pasted with its comma is Kharkiv; the index
    // never holds the comma).
    QStringList found;
    const QString word = withoutEdgePunctuation(node.text);
    // As typed too: the table and the aliases hold names with their dots ("U.S.", "U.N."); an abbreviation typed
    // without its last dot ("U.S") is looked up with it.
    QStringList lookedUp = word == node.text ? QStringList{word} : QStringList{node.text, word};
    if (word.size() > 1 && word.contains(u'.') && !word.endsWith(u'.')) {
        lookedUp << word + u'.';
    }
    for (const QString& key : lookedUp) {
        if (sources.variants) {
            for (const QString& s : variantSpellings(*sources.variants, key)) {
                addSpelling(found, word, s);
            }
        }
        if (sources.aliases) {
            for (const QString& s : sources.aliases(key)) {
                addSpelling(found, word, s);
            }
        }
    }
    if (sources.transliterate && !word.contains(u' ')) {
        for (const QString& s : transliterations(word)) {
            addSpelling(found, word, s);
        }
    }
    // A prefix of Latin letters (what the porter stemmer changes): the words it begins, when they are few. In other
    // scripts the index's folding and foldKey's may differ (Cyrillic й): the prefix stays as typed.
    if (sources.completions && node.prefix && node.type == QueryNode::Type::Term) {
        const QString key = text::foldKey(word);
        if (!key.isEmpty() && std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c.unicode() < 0x80; })) {
            if (auto words = sources.completions(key)) {
                node.completions = std::move(words).value();
            }
        }
    }
    // Letters the index keeps (ł ø ı...) anywhere in the word, which the vocabulary above does not read: only
    // the words the index holds, so a short word's many unfoldings cost one probe each and add nothing else.
    if (sources.indexTerms && !node.prefix && node.type == QueryNode::Type::Term) {
        for (const QString& term : sources.indexTerms(unfoldedSpellings(looseFold(word)))) {
            if (!found.contains(term, Qt::CaseInsensitive)) {
                found << term;
            }
        }
    }
    // The index's own words this one names (another script, letters it does not fold): added as they are, since
    // foldKey calls an accented Greek word the same as the bare one, which the index does not.
    if (sources.vocabulary && !word.contains(u' ')) {
        for (const QString& term : sources.vocabulary->termsFor(word, node.prefix)) {
            if (!found.contains(term, Qt::CaseInsensitive)) {
                found << term;
            }
        }
        // Russian and Ukrainian decline names (Харьков: Харькова, Харькове): the endings of each Cyrillic spelling.
        if (!node.prefix) {
            const QStringList spellings = QStringList{word} + found;
            for (const QString& spelling : spellings) {
                for (const QString& term : sources.vocabulary->inflectionsOf(spelling)) {
                    if (!found.contains(term, Qt::CaseInsensitive) && term.compare(word, Qt::CaseInsensitive) != 0) {
                        found << term;
                    }
                }
            }
        }
    }
    if (node.type == QueryNode::Type::Phrase && sources.variants) {
        for (const QString& s : phraseWithNameVariants(node.text, *sources.variants)) {
            addSpelling(found, node.text, s);
        }
    }
    for (const QString& s : orthographicSpellings(node.text)) {
        if (!found.contains(s, Qt::CaseInsensitive)) {
            found << s;
        }
    }
    node.spellings = found;
}

QString userNameVariantsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/name-variants.tsv");
}

Result<text::NameVariants> nameVariantsWithUserTable(const QString& path)
{
    text::NameVariants table = text::NameVariants::bundled();
    if (path.isEmpty() || !QFile::exists(path)) {
        return table;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, QStringLiteral("cannot read the name-variants table: %1").arg(f.errorString()),
                     path};
    }
    auto user = text::NameVariants::parse(QString::fromUtf8(f.readAll()), path);
    CORROB_TRY(user);
    table.add(user.value());
    return table;
}

} // namespace corrob::search
