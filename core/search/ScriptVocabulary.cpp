// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/ScriptVocabulary.h"

#include "core/search/Spellings.h"
#include "core/text/Fold.h"

#include <QHash>

#include <algorithm>
#include <functional>
#include <mutex>

namespace corrob::search {
namespace {

bool isLatinWord(const QString& word)
{
    return std::all_of(word.cbegin(), word.cend(),
                       [](QChar c) { return !c.isLetter() || c.script() == QChar::Script_Latin; });
}

bool isArabicLetter(char16_t c)
{
    return (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || c == 0x0621;
}

// A Cyrillic romanisation's endings as English-language news writes them: BGN's "-iy", ISO's "-ij", Ukrainian "-yy"
// and "-ii" are also "-y" and "-i" (Vitaliy: Vitaly, Vitali).
QStringList withNewsEndings(const QString& key)
{
    QStringList out{key};
    // BGN's -ey and -ay are -ei and -ai in much of the press (Sergey: Sergei, Nikolay: Nikolai).
    if (key.size() > 3 && (key.endsWith(QStringLiteral("ey")) || key.endsWith(QStringLiteral("ay")))) {
        out << key.chopped(1) + u'i';
    }
    for (const char* ending : {"iy", "ij", "yy", "ii", "yi"}) {
        const QString e = QString::fromLatin1(ending);
        if (key.size() > e.size() + 2 && key.endsWith(e)) {
            out << key.chopped(2) + u'y' << key.chopped(2) + u'i';
            break;
        }
    }
    return out;
}

void add(std::vector<std::pair<QString, QString>>& keyed, const QString& key, const QString& term)
{
    if (!key.isEmpty()) {
        keyed.emplace_back(key, term);
    }
}

void sortUnique(std::vector<std::pair<QString, QString>>& keyed)
{
    std::sort(keyed.begin(), keyed.end());
    keyed.erase(std::unique(keyed.begin(), keyed.end()), keyed.end());
    keyed.shrink_to_fit();
}

void lookup(const std::vector<std::pair<QString, QString>>& keyed, const QString& key, bool prefix, QStringList& out)
{
    if (key.isEmpty()) {
        return;
    }
    auto it = std::lower_bound(keyed.cbegin(), keyed.cend(), key,
                               [](const std::pair<QString, QString>& e, const QString& k) { return e.first < k; });
    for (; it != keyed.cend() && (prefix ? it->first.startsWith(key) : it->first == key); ++it) {
        if (!out.contains(it->second)) {
            out << it->second;
        }
    }
}

// The vowel letters Arabic writes for the long vowels of a foreign name (alif, waw, ya, alif maqsura).
int arabicVowelLetters(const QString& arabic)
{
    return int(std::count_if(arabic.cbegin(), arabic.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u == 0x0627 || u == 0x0648 || u == 0x064A || u == 0x0649;
    }));
}

} // namespace

QStringList unfoldedSpellings(const QString& word)
{
    QStringList out;
    const QString lower = word.toLower();
    if (lower.size() < 3 || !std::all_of(lower.cbegin(), lower.cend(), [](QChar c) {
            return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        })) {
        return out;
    }
    struct Unfolding
    {
        QStringView letters;
        char16_t letter;
    };
    static constexpr Unfolding kUnfoldings[] = {
        {u"l", 0x0142}, {u"o", 0x00F8},  {u"d", 0x0111},  {u"d", 0x00F0},
        {u"i", 0x0131}, {u"ae", 0x00E6}, {u"oe", 0x0153}, {u"th", 0x00FE},
    };
    // Depth first from the left, each place kept as typed before it is unfolded, until enough are made.
    QString built;
    const std::function<void(qsizetype, bool)> extend = [&](qsizetype at, bool changed) {
        if (out.size() >= kMaxUnfolded) {
            return;
        }
        if (at == lower.size()) {
            if (changed) {
                out << built;
            }
            return;
        }
        built += lower.at(at);
        extend(at + 1, changed);
        built.chop(1);
        for (const Unfolding& u : kUnfoldings) {
            if (QStringView(lower).mid(at).startsWith(u.letters)) {
                built += QChar(u.letter);
                extend(at + u.letters.size(), true);
                built.chop(1);
            }
        }
    };
    extend(0, false);
    return out;
}

QString looseFold(const QString& word)
{
    QString folded = text::foldKey(word);
    if (std::all_of(folded.cbegin(), folded.cend(), [](QChar c) { return c.unicode() < 0x80; })) {
        return folded;
    }
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded) {
        switch (c.unicode()) {
        case 0x0142: // ł
            out += u'l';
            break;
        case 0x00F8: // ø
            out += u'o';
            break;
        case 0x0111: // đ
        case 0x00F0: // ð
            out += u'd';
            break;
        case 0x00FE: // þ
            out += QStringLiteral("th");
            break;
        case 0x00E6: // æ
            out += QStringLiteral("ae");
            break;
        case 0x0153: // œ
            out += QStringLiteral("oe");
            break;
        case 0x00DF: // ß
            out += QStringLiteral("ss");
            break;
        case 0x0131: // dotless ı
            out += u'i';
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString latinKey(const QString& latin)
{
    QString out;
    out.reserve(latin.size());
    for (QChar c : latin) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            out += c;
        } else if (u >= u'A' && u <= u'Z') {
            out += QChar(u + (u'a' - u'A'));
        }
    }
    return out;
}

QString latinConsonants(const QString& latin)
{
    const QString w = latin.toLower();
    QString out;
    const auto push = [&out](char16_t cls) {
        if (out.isEmpty() || out.back() != QChar(cls)) {
            out += QChar(cls);
        }
    };
    for (qsizetype i = 0; i < w.size(); ++i) {
        const char16_t c = w.at(i).unicode();
        const char16_t next = i + 1 < w.size() ? w.at(i + 1).unicode() : 0;
        if (c < u'a' || c > u'z') {
            return {};
        }
        if (next == u'h' && (c == u'k' || c == u's' || c == u'c' || c == u'z' || c == u'g' || c == u't' || c == u'd')) {
            push(c == u'k' ? u'x' : c == u's' || c == u'c' ? u'S' : c == u'z' ? u'g' : c == u'g' ? u'g' : c);
            ++i;
            continue;
        }
        if (c == u't' && next == u'c' && i + 2 < w.size() && w.at(i + 2) == u'h') { // tch: ch
            push(u'S');
            i += 2;
            continue;
        }
        switch (c) {
        case u'a':
        case u'e':
        case u'i':
        case u'o':
        case u'u':
        case u'y':
        case u'w':
            break;
        case u'b':
        case u'p':
            push(u'b');
            break;
        case u'f':
        case u'v':
            push(u'f');
            break;
        case u'g':
        case u'j':
            push(u'g');
            break;
        case u'c':
            push(next == u'e' || next == u'i' ? u's' : u'k');
            break;
        case u'k':
        case u'q':
            push(u'k');
            break;
        case u'x':
            push(u'k');
            push(u's');
            break;
        default: // d h l m n r s t z
            push(c);
        }
    }
    return out;
}

QString arabicConsonants(const QString& arabic)
{
    QString out;
    const auto push = [&out](char16_t cls) {
        if (out.isEmpty() || out.back() != QChar(cls)) {
            out += QChar(cls);
        }
    };
    for (qsizetype i = 0; i < arabic.size(); ++i) {
        const char16_t c = arabic.at(i).unicode();
        const char16_t next = i + 1 < arabic.size() ? arabic.at(i + 1).unicode() : 0;
        if (QChar(c).category() == QChar::Mark_NonSpacing || c == 0x0640) { // harakat, shadda, tatweel
            continue;
        }
        if (!isArabicLetter(c)) {
            return {};
        }
        if (c == 0x062A && next == 0x0634) { // تش: ch
            push(u'S');
            ++i;
            continue;
        }
        switch (c) {
        case 0x0628: // ب
        case 0x067E: // پ
            push(u'b');
            break;
        case 0x062A: // ت
        case 0x0637: // ط
        case 0x062B: // ث
            push(u't');
            break;
        case 0x062C: // ج
        case 0x063A: // غ
        case 0x06AF: // گ
        case 0x0698: // ژ
            push(u'g');
            break;
        case 0x062D: // ح
        case 0x0647: // ه
            push(u'h');
            break;
        case 0x062E: // خ
            push(u'x');
            break;
        case 0x062F: // د
        case 0x0630: // ذ
        case 0x0636: // ض
            push(u'd');
            break;
        case 0x0631: // ر
            push(u'r');
            break;
        case 0x0632: // ز
        case 0x0638: // ظ
            push(u'z');
            break;
        case 0x0633: // س
        case 0x0635: // ص
            push(u's');
            break;
        case 0x0634: // ش
        case 0x0686: // چ
            push(u'S');
            break;
        case 0x0641: // ف
        case 0x06A4: // ڤ
            push(u'f');
            break;
        case 0x0642: // ق
        case 0x0643: // ك
        case 0x06A9: // ک
            push(u'k');
            break;
        case 0x0644: // ل
            push(u'l');
            break;
        case 0x0645: // م
            push(u'm');
            break;
        case 0x0646: // ن
            push(u'n');
            break;
        default: // alif, hamza forms, waw, ya, alif maqsura, ʿayn, tāʾ marbūṭa
            break;
        }
    }
    return out;
}

namespace {

// The Latin keys of a term (ICU's transliterators cost about 13 µs a term): kept for the process, so that the
// vocabulary read again after an edit romanises only the terms the edit added. Bounded; cleared when full.
class RomanisedKeys
{
public:
    // Thread-safe; the lock is held for the lookup and the insertion only, never while ICU works, so a search
    // building a large vocabulary does not hold up the window naming a source.
    QStringList of(const QString& term)
    {
        {
            const std::lock_guard lock(m_mutex);
            if (const auto it = m_keys.constFind(term); it != m_keys.constEnd()) {
                return *it;
            }
        }
        QStringList keys;
        for (const QString& romanised : transliterations(term)) {
            for (const QString& key : withNewsEndings(latinKey(romanised))) {
                if (!keys.contains(key)) {
                    keys << key;
                }
            }
        }
        const std::lock_guard lock(m_mutex);
        // Full: what is kept stays (clearing it would make a vocabulary larger than the bound romanise everything
        // again on every change to the index).
        if (m_keys.size() < kMaxTerms) {
            m_keys.insert(term, keys);
        }
        return keys;
    }

private:
    static constexpr qsizetype kMaxTerms = 1000000;
    std::mutex m_mutex;
    QHash<QString, QStringList> m_keys;
};

RomanisedKeys& romanisedKeys()
{
    static RomanisedKeys keys;
    return keys;
}

} // namespace

ScriptVocabulary::ScriptVocabulary(const QStringList& terms)
{
    m_bare.reserve(std::size_t(terms.size()));
    RomanisedKeys& romanised = romanisedKeys();
    for (const QString& term : terms) {
        add(m_bare, looseFold(term), term);
        if (isLatinWord(term)) {
            continue;
        }
        for (const QString& key : romanised.of(term)) {
            add(m_latin, key, term);
        }
        const QString consonants = arabicConsonants(term);
        // Three consonants name too many Arabic words; a foreign name writes its long vowels (بوتين, Putin).
        if (consonants.size() >= 4 || (consonants.size() == 3 && arabicVowelLetters(term) >= 2)) {
            add(m_consonants, consonants, term);
        }
    }
    sortUnique(m_bare);
    sortUnique(m_latin);
    sortUnique(m_consonants);
}

QStringList ScriptVocabulary::termsFor(const QString& word, bool prefix) const
{
    QStringList out;
    if (m_bare.empty() || word.isEmpty()) {
        return out;
    }
    const QString bare = looseFold(word);
    lookup(m_bare, bare, prefix, out);
    if (isLatinWord(word)) {
        lookup(m_latin, latinKey(bare), prefix, out);
        if (!prefix) {
            lookup(m_consonants, latinConsonants(latinKey(bare)), false, out);
        }
    }
    // What the index finds by itself is no other spelling: the word as it folds.
    const QString typed = word.toCaseFolded();
    out.removeIf([&](const QString& term) { return term == bare || term == typed; });
    std::stable_sort(out.begin(), out.end(), [](const QString& a, const QString& b) { return a.size() < b.size(); });
    if (out.size() > kMaxTerms) {
        out.resize(kMaxTerms);
    }
    return out;
}

QStringList nameKeys(const QString& name)
{
    constexpr qsizetype kMaxKeys = 64; // a first name, patronymic and surname in four romanisations each
    QStringList keys{QString()};
    for (const QString& word : name.split(u' ', Qt::SkipEmptyParts)) {
        QStringList forms;
        if (isLatinWord(word)) {
            forms << latinKey(looseFold(word));
        } else {
            forms = romanisedKeys().of(word);
        }
        forms.removeAll(QString());
        if (forms.isEmpty()) {
            continue; // punctuation, a dash: no letters to compare
        }
        QStringList next;
        for (const QString& head : keys) {
            for (const QString& form : forms) {
                if (next.size() < kMaxKeys) {
                    next << (head.isEmpty() ? form : head + u' ' + form);
                }
            }
        }
        keys = next;
    }
    keys.removeAll(QString());
    return keys;
}

namespace {

bool isCyrillicVowel(QChar c)
{
    return QStringView(u"аеиоуыэюяіїє").contains(c);
}

// The endings a surname declined like an adjective takes, folded: the masculine (Зеленський: Зеленського,
// Зеленському, Зеленським; Зеленский: Зеленского) and the feminine (Зеленська: Зеленської, Зеленській, Зеленську;
// Зеленская: Зеленской, Зеленскую). His forms are not hers, nor hers his. (ї folds to і, й to и.)
const QStringList& masculineEndings()
{
    static const QStringList endings = {QStringLiteral("ого"), QStringLiteral("ому"), QStringLiteral("им"),
                                        QStringLiteral("ім"),  QStringLiteral("ом"),  QStringLiteral("ыи"),
                                        QStringLiteral("ии"),  QStringLiteral("іи"),  QStringLiteral("ым")};
    return endings;
}
const QStringList& feminineEndings()
{
    static const QStringList endings = {QStringLiteral("а"),  QStringLiteral("оі"), QStringLiteral("іи"),
                                        QStringLiteral("у"),  QStringLiteral("ою"), QStringLiteral("ая"),
                                        QStringLiteral("ои"), QStringLiteral("ую")};
    return endings;
}

struct Stem
{
    QString letters;
    const QStringList* endings = nullptr; // the only endings it takes (a surname's); any ending when null
};

// What a Cyrillic word's other cases are written from (looseFold'ed, so й is и and ї is і): the word; the word
// without its ending when it has one of a noun's or a surname's (Одеса: Одес-і, Зеленський: Зеленськ-ого); and, for
// Ukrainian's і in a last closed syllable, which turns into о or е when the syllable opens (Харків: Харков-а,
// Київ: Києв-і, Львів: Львов-а). A stem shorter than four letters is not taken: too many words begin so.
std::vector<Stem> stemsOf(const QString& bare)
{
    std::vector<Stem> stems{{bare}};
    // A feminine surname (-ська, -цька, -зька; Russian -ская, -цкая, -зкая) takes the feminine endings only.
    for (const QString& feminine : {QStringLiteral("ська"), QStringLiteral("цька"), QStringLiteral("зька"),
                                    QStringLiteral("ская"), QStringLiteral("цкая"), QStringLiteral("зкая")}) {
        if (bare.endsWith(feminine)) {
            const qsizetype ending = feminine.endsWith(QStringLiteral("ая")) ? 2 : 1;
            if (bare.size() - ending >= 4) {
                stems.push_back({bare.chopped(ending), &feminineEndings()});
            }
            return stems;
        }
    }
    static const QStringList kEndings = {QStringLiteral("ии"), QStringLiteral("іи"), QStringLiteral("ыи"),
                                         QStringLiteral("ои"), QStringLiteral("а"),  QStringLiteral("я"),
                                         QStringLiteral("о"),  QStringLiteral("е"),  QStringLiteral("ь")};
    for (const QString& ending : kEndings) {
        if (bare.endsWith(ending)) {
            if (bare.size() - ending.size() >= 4) {
                stems.push_back({bare.chopped(ending.size()), ending.size() == 2 ? &masculineEndings() : nullptr});
            }
            break;
        }
    }
    const qsizetype n = bare.size();
    if (n >= 4 && bare.at(n - 2) == u'і' && !isCyrillicVowel(bare.at(n - 1)) && bare.at(n - 1) != u'ь') {
        for (const char16_t vowel : {u'о', u'е', u'є'}) {
            QString alternated = bare;
            alternated[n - 2] = QChar(vowel);
            stems.push_back({alternated});
        }
    }
    return stems;
}

} // namespace

QStringList ScriptVocabulary::inflectionsOf(const QString& word) const
{
    QStringList out;
    if (m_bare.empty() || word.size() < 3 || word.contains(u' ') || !word.at(0).isLetter() ||
        word.at(0).script() != QChar::Script_Cyrillic) {
        return out;
    }
    const QString bare = looseFold(word);
    for (const Stem& stem : stemsOf(bare)) {
        QStringList found;
        lookup(m_bare, stem.letters, true, found);
        for (const QString& term : found) {
            const QString folded = looseFold(term);
            const qsizetype ending = folded.size() - stem.letters.size();
            if (ending < 0 || ending > kMaxEnding || folded == bare || out.contains(term) || out.size() >= kMaxTerms ||
                (stem.endings && !stem.endings->contains(folded.right(ending)))) {
                continue;
            }
            out << term;
        }
    }
    return out;
}

} // namespace corrob::search
