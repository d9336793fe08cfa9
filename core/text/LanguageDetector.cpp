// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/LanguageDetector.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <array>

namespace corrob::text {
namespace {

constexpr qsizetype kSampleChars = 64 * 1024;
constexpr int kMinWords = 8;

struct Language
{
    const char* code;
    const char16_t* stopwords; // space separated, lower case
};

// The most frequent function words of each language. Words shared by several languages ("de", "la", "a") still
// help: what decides is the share of all of a language's words.
constexpr std::array<Language, 9> kLanguages = {{
    {"en", u"the of and to in is that for it was on with as by at from his her are be this have has had not "
           u"which were they their said who an or but would been will its after also"},
    {"es", u"el la de que y en los las del se por un una con para es al lo como más pero sus le ya o fue este "
           u"ha son entre cuando muy sin sobre también hasta hay donde desde"},
    {"fr", u"le la les de des du et en un une est que qui dans pour pas sur au aux avec ce ces il elle ont sont "
           u"par plus mais ou été cette leur nous vous être"},
    {"de", u"der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an werden "
           u"aus er hat dass sie nach bei einer um wird wurde sind"},
    {"it", u"il di che la e in un una per non con del della le si sono da al gli dei nel alla più anche ma ha "
           u"come questo essere stato delle"},
    {"pt", u"o a de que e do da em um uma para com não os as no na por mais dos das se ao foi pelo pela ele "
           u"seu sua também são"},
    {"nl", u"de het een en van in is dat op te zijn met voor niet aan er om ook als bij door naar maar dan heeft "
           u"wordt werd worden"},
    {"ru", u"и в не на что с по как это он она они к из за от у о для было был была то же все так его её но "
           u"также который которые может"},
    {"uk", u"і в не на що з по як це він вона вони до із за від у про для було був була то ж все так його її "
           u"але також який які може та й"},
}};

// Each stopword with the languages that have it (bit i: kLanguages[i]): one lookup a word instead of one a language.
struct Stopwords
{
    QHash<QString, quint16> languages;
    qsizetype longest = 0; // a longer word is no stopword: it is not looked up
};

const Stopwords& stopwordLanguages()
{
    static_assert(kLanguages.size() <= 16);
    static const auto table = [] {
        Stopwords out;
        for (size_t i = 0; i < kLanguages.size(); ++i) {
            for (const QString& word : QString::fromUtf16(kLanguages[i].stopwords).split(u' ', Qt::SkipEmptyParts)) {
                out.languages[word] |= quint16(1u << i);
                out.longest = std::max(out.longest, word.size());
            }
        }
        return out;
    }();
    return table;
}

// Whether c is a letter, and its lower case: ASCII without Unicode's tables (most of what is imported), the same
// answers.
bool letterAndLower(QChar c, char16_t& lower)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        const char16_t folded = u | 0x20;
        lower = folded;
        return folded >= u'a' && folded <= u'z';
    }
    lower = c.toLower().unicode();
    return c.isLetter();
}

bool isCyrillic(char16_t c)
{
    return c >= 0x0400 && c <= 0x04FF;
}

} // namespace

QString detectLanguage(const QString& text)
{
    const QStringView sample = QStringView(text).left(kSampleChars);
    const auto& stopwords = stopwordLanguages();
    std::array<int, kLanguages.size()> hits{};
    int words = 0;
    qsizetype latin = 0;
    qsizetype cyrillic = 0;
    int ukrainianLetters = 0;
    int russianLetters = 0;
    // The word being read, lower-cased; only its first letters are kept once it is longer than any stopword.
    std::array<char16_t, 32> word{};
    qsizetype length = 0;
    const qsizetype longest = std::min<qsizetype>(stopwords.longest, qsizetype(word.size()));
    auto flush = [&] {
        if (length == 0) {
            return;
        }
        ++words;
        if (length <= longest) {
            const quint16 languages =
                stopwords.languages.value(QString::fromRawData(reinterpret_cast<const QChar*>(word.data()), length));
            for (size_t i = 0; languages != 0 && i < kLanguages.size(); ++i) {
                if (languages & (1u << i)) {
                    ++hits[i];
                }
            }
        }
        length = 0;
    };
    for (const QChar c : sample) {
        char16_t u = 0;
        if (!letterAndLower(c, u) && c != u'\'' && c != u'\u2019') {
            flush();
            continue;
        }
        if (isCyrillic(u)) {
            ++cyrillic;
            if (u == u'і' || u == u'ї' || u == u'є' || u == u'ґ') {
                ++ukrainianLetters;
            } else if (u == u'ы' || u == u'э' || u == u'ъ' || u == u'ё') {
                ++russianLetters;
            }
        } else if (u < 0x0250) {
            ++latin;
        }
        if (length < longest) {
            word[size_t(length)] = u;
        }
        ++length;
    }
    flush();
    if (words < kMinWords) {
        return {};
    }
    if (cyrillic > latin) {
        // Letters only one of the two languages writes decide first; stopwords break a tie.
        const int ru = russianLetters * 3 + hits[7];
        const int uk = ukrainianLetters * 3 + hits[8];
        if (ru == uk) {
            return {};
        }
        return QString::fromLatin1(uk > ru ? "uk" : "ru");
    }
    size_t best = 0;
    for (size_t i = 1; i < 7; ++i) {
        if (hits[i] > hits[best]) {
            best = i;
        }
    }
    int second = 0;
    for (size_t i = 0; i < 7; ++i) {
        if (i != best) {
            second = std::max(second, hits[i]);
        }
    }
    // A clear winner: at least 10% of the words (and two) are its stopwords, and it beats the runner-up by 25%.
    if (hits[best] * 10 < words || hits[best] < 2 || hits[best] * 4 < second * 5) {
        return {};
    }
    return QString::fromLatin1(kLanguages[best].code);
}

} // namespace corrob::text
