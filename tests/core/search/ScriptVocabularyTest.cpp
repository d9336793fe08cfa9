// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// search::ScriptVocabulary: the words of an index in other scripts, and with letters the index does not fold, found
// from a query typed in Latin letters or without marks.
#include "core/search/ScriptVocabulary.h"

#include <gtest/gtest.h>

using namespace corrob::search;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// Terms as FTS5's unicode61 (remove_diacritics 2) stores them: case-folded, Latin accents gone, the rest kept.
const QStringList kTerms{
    s("παπαδόπουλος"), s("μητσοτάκης"), s("αθήνα"), s("лавров"),   s("харькова"), s("харькове"), s("виталий"),
    s("зеленський"),   s("لافروف"),     s("بوتين"), s("زيلينسكي"), s("خاركيف"),   s("أردوغان"),  s("محمد"),
    s("قال"),          s("الخارجية"),   s("وزير"),  s("في"),       s("łodz"),     s("ørjan"),    s("київ"),
    s("بوتشا"),        s("كل"),         s("الذي"),  s("قتل"),      s("قلد"),
};

} // namespace

TEST(ScriptVocabulary, KeysReadLettersTheIndexKeepsAsTheirBaseLetters)
{
    EXPECT_EQ(looseFold(s("Łódź")), s("lodz"));
    EXPECT_EQ(looseFold(s("Bjørnstad")), s("bjornstad"));
    EXPECT_EQ(looseFold(s("Straße")), s("strasse"));
    EXPECT_EQ(looseFold(s("Αθήνα")), s("αθηνα"));
    EXPECT_EQ(latinKey(s("Khar'kova")), s("kharkova"));
    EXPECT_EQ(latinKey(s("Zelens’kyy")), s("zelenskyy"));
}

TEST(ScriptVocabulary, ArabicAndLatinSpellingsOfANameShareTheirConsonants)
{
    const std::pair<const char*, const char*> names[] = {
        {"Lavrov", "لافروف"},   {"Putin", "بوتين"},     {"Zelensky", "زيلينسكي"}, {"Kharkiv", "خاركيف"},
        {"Erdogan", "أردوغان"}, {"Mohammed", "محمد"},   {"Bucha", "بوتشا"},       {"Mariupol", "ماريوبول"},
        {"Shoigu", "شويغو"},    {"Navalny", "نافالني"},
    };
    for (const auto& [latin, arabic] : names) {
        EXPECT_EQ(latinConsonants(s(latin).toLower()), arabicConsonants(s(arabic))) << latin;
        EXPECT_GE(arabicConsonants(s(arabic)).size(), 2) << latin;
    }
    EXPECT_NE(latinConsonants(s("lavrov")), arabicConsonants(s("بوتين")));
    EXPECT_TRUE(latinConsonants(s("c3po")).isEmpty()) << "a digit is not a letter of a name";
    EXPECT_TRUE(arabicConsonants(s("Putin")).isEmpty());
}

TEST(ScriptVocabulary, ALatinQueryFindsGreekCyrillicAndArabicNamesByTheirRomanisation)
{
    const ScriptVocabulary vocabulary(kTerms);
    EXPECT_EQ(vocabulary.termsFor(s("Papadopoulos"), false), QStringList{s("παπαδόπουλος")});
    EXPECT_EQ(vocabulary.termsFor(s("Mitsotakis"), false), QStringList{s("μητσοτάκης")});
    EXPECT_EQ(vocabulary.termsFor(s("Athina"), false), QStringList{s("αθήνα")});
    EXPECT_EQ(vocabulary.termsFor(s("Lavrov"), false), (QStringList{s("лавров"), s("لافروف")}));
    EXPECT_EQ(vocabulary.termsFor(s("Putin"), false), QStringList{s("بوتين")});
    EXPECT_EQ(vocabulary.termsFor(s("Erdogan"), false), QStringList{s("أردوغان")});
    // English news endings of a Cyrillic romanisation: Vitaly and Vitali for BGN's Vitaliy.
    EXPECT_EQ(vocabulary.termsFor(s("Vitaly"), false), QStringList{s("виталий")});
    EXPECT_EQ(vocabulary.termsFor(s("Vitali"), false), QStringList{s("виталий")});
    // The soft sign is no letter of the romanisation (Khar'kova).
    EXPECT_TRUE(vocabulary.termsFor(s("Kharkova"), false).contains(s("харькова")));
    // A prefix: every term whose romanisation begins so.
    const QStringList khark = vocabulary.termsFor(s("Khark"), true);
    EXPECT_TRUE(khark.contains(s("харькова")) && khark.contains(s("харькове"))) << khark.join(u' ').toStdString();
    EXPECT_TRUE(vocabulary.termsFor(s("Zelensk"), true).contains(s("зеленський")));
}

TEST(ScriptVocabulary, AQueryWithoutMarksOrSpecialLettersFindsTheWordWithThem)
{
    const ScriptVocabulary vocabulary(kTerms);
    EXPECT_EQ(vocabulary.termsFor(s("Αθηνα"), false), QStringList{s("αθήνα")});
    EXPECT_EQ(vocabulary.termsFor(s("ΑΘΗΝΑ"), false), QStringList{s("αθήνα")});
    EXPECT_EQ(vocabulary.termsFor(s("اردوغان"), false), QStringList{s("أردوغان")});
    EXPECT_EQ(vocabulary.termsFor(s("Lodz"), false), QStringList{s("łodz")});
    EXPECT_EQ(vocabulary.termsFor(s("Orjan"), false), QStringList{s("ørjan")});
    // The word as the index already finds it is no other spelling.
    EXPECT_TRUE(vocabulary.termsFor(s("αθήνα"), false).isEmpty());
}

TEST(ScriptVocabulary, CommonWordsFindNoArabicWordByThreeConsonants)
{
    const ScriptVocabulary vocabulary(kTerms);
    // "killed", "cold", "call": k-l-d, k-l-d, k-l: Arabic words of three root consonants (قلد, قتل, كل, قال) are
    // written without the long vowels a foreign name has, so they are not offered.
    for (const char* word : {"killed", "cold", "call", "kill", "fee", "wazir", "alladhi"}) {
        EXPECT_TRUE(vocabulary.termsFor(s(word), false).isEmpty())
            << word << ": " << vocabulary.termsFor(s(word), false).join(u' ').toStdString();
    }
}

TEST(ScriptVocabulary, ACyrillicWordFindsItsDeclinedForms)
{
    const ScriptVocabulary vocabulary(kTerms);
    EXPECT_EQ(vocabulary.inflectionsOf(s("Харьков")), (QStringList{s("харькова"), s("харькове")}));
    EXPECT_TRUE(vocabulary.inflectionsOf(s("Хар")).isEmpty()) << "an ending of at most three letters";
    EXPECT_TRUE(vocabulary.inflectionsOf(s("Kharkov")).isEmpty());
    EXPECT_TRUE(ScriptVocabulary().termsFor(s("Putin"), false).isEmpty());
}

TEST(UnfoldedSpellings, EveryChoiceOfTheLettersThatFoldToAnAsciiWordsLetters)
{
    const auto s = [](const char16_t* text) {
        return QString::fromUtf16(text);
    };
    const QStringList wroclaw = corrob::search::unfoldedSpellings(s(u"Wroclaw"));
    EXPECT_TRUE(wroclaw.contains(s(u"wrocław")));
    EXPECT_TRUE(wroclaw.contains(s(u"wrøcław")));
    EXPECT_FALSE(wroclaw.contains(s(u"wroclaw"))) << "the word itself is not among them";
    EXPECT_TRUE(corrob::search::unfoldedSpellings(s(u"faeroe")).contains(s(u"færøe")));
    EXPECT_TRUE(corrob::search::unfoldedSpellings(s(u"thorshavn")).contains(s(u"þorshavn")));
    for (const QString& unfolded : corrob::search::unfoldedSpellings(s(u"yildirim"))) {
        EXPECT_EQ(corrob::search::looseFold(unfolded), s(u"yildirim")) << unfolded.toStdString();
    }
    EXPECT_TRUE(corrob::search::unfoldedSpellings(s(u"Łódź")).isEmpty()) << "not an ASCII word";
    EXPECT_TRUE(corrob::search::unfoldedSpellings(s(u"lo")).isEmpty()) << "too short";
    EXPECT_LE(corrob::search::unfoldedSpellings(s(u"lollipoploolidodilollipop")).size(), corrob::search::kMaxUnfolded);
}
