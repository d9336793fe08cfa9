// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Searching a case for a name in any spelling: the name-variants table, transliteration, source aliases, possessives,
// ß and ss, and a PDF's ligatures.
#include "core/case/edits/SourceEdits.h"
#include "core/search/Spellings.h"
#include "tests/core/case/SearchTestSupport.h"

#include <QFile>
#include <QThread>

#include <algorithm>

using namespace corrob;
using namespace corrob::casefile;
using corrob::test::Ids;
using corrob::test::SearchTest;

TEST_F(SearchTest, NameVariantsAndTransliterationFindOtherSpellingsAndSayWhichMatched)
{
    // Kharkiv / Kharkov from the bundled table; Odesa / Odessa; Kyiv / Київ; Putin / Путин by ICU.
    EXPECT_EQ(reports(QStringLiteral("Kharkiv")).size(), 2u);
    const auto odesa = find(QStringLiteral("Odesa"));
    ASSERT_EQ(odesa.size(), 1u);
    EXPECT_EQ(odesa.front().matched, QStringLiteral("Odessa"));
    const auto kyiv = find(QStringLiteral("Kyiv"));
    ASSERT_EQ(kyiv.size(), 1u);
    EXPECT_EQ(kyiv.front().matched, QStringLiteral("Київ"));
    const auto putin = find(QStringLiteral("Putin"));
    ASSERT_EQ(putin.size(), 1u);
    EXPECT_EQ(putin.front().matched, QStringLiteral("Путин"));
    // Each says when the spelling found is another than the one typed.
    EXPECT_TRUE(putin.front().otherSpelling);
    EXPECT_TRUE(kyiv.front().otherSpelling);
    const auto typed = find(QStringLiteral("Путин"));
    ASSERT_EQ(typed.size(), 1u);
    EXPECT_FALSE(typed.front().otherSpelling) << "found as typed";
    const auto accents = find(QStringLiteral("Agnes"));
    ASSERT_FALSE(accents.empty());
    EXPECT_FALSE(accents.front().otherSpelling) << "Agnès is Agnes typed without its accent, not another spelling";
}

TEST_F(SearchTest, NameVariantsAndTransliterationHoldInsideNearGroupsAndForPrefixes)
{
    const ReportId ru = add(QStringLiteral("Ru"), QStringLiteral("TASS"), QStringLiteral("2022-01-01"),
                            QStringLiteral("Путин выступил в Харьковской области."));
    // Kharkiv / Kharkov from the bundled table, Київ by ICU, each inside a NEAR group.
    EXPECT_EQ(reports(QStringLiteral("NEAR(troops Kharkiv, 3)")), Ids{m_reuters.value});
    EXPECT_EQ(reports(QStringLiteral("NEAR(residents Kyiv, 2)")), Ids{m_kharkiv.value});
    EXPECT_EQ(reports(QStringLiteral("NEAR(Putin denied, 1)")), Ids{m_kharkiv.value});
    EXPECT_TRUE(reports(QStringLiteral("NEAR(troops Kyiv, 3)")).empty()) << "a spelling is not any word";
    // A quoted phrase with a name in it: the phrase with each of the name's spellings, still exact otherwise.
    EXPECT_EQ(reports(QStringLiteral("\"residents of Kyiv\"")), Ids{m_kharkiv.value});
    EXPECT_EQ(reports(QStringLiteral("\"troops runs near Kharkiv\"")), Ids{m_reuters.value});
    EXPECT_TRUE(reports(QStringLiteral("\"residents of Kharkiv\"")).empty());
    const auto near = find(QStringLiteral("NEAR(Putin denied, 1)"));
    ASSERT_FALSE(near.empty());
    EXPECT_EQ(near.front().matched, QStringLiteral("Путин"));
    // A prefix's spellings are prefixes: Kharkiv* finds "Kharkov" and the Russian adjective "Харьковской".
    Ids prefixed = reports(QStringLiteral("Kharkiv*"));
    std::sort(prefixed.begin(), prefixed.end());
    EXPECT_EQ(prefixed, (Ids{m_kharkiv.value, m_reuters.value, ru.value}));
    EXPECT_EQ(reports(QStringLiteral("Kharki*")).size(), 1u) << "a part of a name has no spellings of a name";
    // The hits a report shows follow the same spellings.
    auto hits = searchHitsInReport(*m_case, QStringLiteral("Kharkiv*"), ru);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1u);
    EXPECT_EQ(hits->front().start, 17);
}

TEST_F(SearchTest, TransliterationReadsTheRomanisationOfEnglishLanguageNews)
{
    // Names in no variants table, romanised as English-language news does (BGN/PCGN, UN), not as ISO 9.
    const ReportId ru = add(QStringLiteral("Ru"), QStringLiteral("TASS"), QStringLiteral("2022-01-01"),
                            QStringLiteral("Шевченко и Ходорковский встретились с Жуковым."));
    const ReportId en = add(QStringLiteral("En"), QStringLiteral("AP"), QStringLiteral("2022-01-01"),
                            QStringLiteral("Shevchenko met Prigozhin; Mitsotakis was in Athens."));
    const ReportId gr = add(QStringLiteral("Gr"), QStringLiteral("ERT"), QStringLiteral("2022-01-01"),
                            QStringLiteral("Ο Μητσοτάκης μίλησε."));
    const auto sorted = [&](const QString& q) {
        Ids ids = reports(q);
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    EXPECT_EQ(sorted(QStringLiteral("Shevchenko")), (Ids{ru.value, en.value})) << "Latin finds Cyrillic";
    EXPECT_EQ(sorted(QStringLiteral("Khodorkovsky")), Ids{ru.value});
    EXPECT_EQ(sorted(QStringLiteral("Шевченко")), (Ids{ru.value, en.value})) << "Cyrillic finds Latin";
    EXPECT_EQ(sorted(QStringLiteral("Пригожин")), Ids{en.value});
    EXPECT_EQ(sorted(QStringLiteral("Μητσοτάκης")), (Ids{en.value, gr.value})) << "Greek finds Latin";
    const auto hits = find(QStringLiteral("Khodorkovsky"));
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(hits.front().matched, QStringLiteral("Ходорковский"));
}

TEST_F(SearchTest, ANameIsNotSpelledAsATwoLetterAcronymThatIsAlsoAWord)
{
    const ReportId us = add(QStringLiteral("Letter"), QStringLiteral("AP"), QStringLiteral("2022-01-01"),
                            QStringLiteral("Tell us more, let us go. Un homme est venu."));
    const ReportId usa = add(QStringLiteral("Visit"), QStringLiteral("AP"), QStringLiteral("2022-01-02"),
                             QStringLiteral("The USA and the United States sent aid."));
    EXPECT_EQ(reports(QStringLiteral("\"United States\"")), Ids{usa.value}); // not every "us"
    EXPECT_EQ(reports(QStringLiteral("United Nations")), Ids{});             // nor every French "un"
    // Typed, an acronym is searched as typed, and the longer spellings come with it.
    Ids typed = reports(QStringLiteral("US"));
    std::sort(typed.begin(), typed.end());
    EXPECT_EQ(typed, (Ids{us.value, usa.value}));
}

TEST_F(SearchTest, AGreekOrArabicNameTypedWithItsMarksFindsItWrittenWithout)
{
    const ReportId capitals = add(QStringLiteral("Gr"), QStringLiteral("ERT"), QStringLiteral("2022-01-01"),
                                  QStringLiteral("ΤΣΙΠΡΑΣ: ΝΕΑ ΠΡΟΤΑΣΗ"));
    const ReportId accented = add(QStringLiteral("Gr 2"), QStringLiteral("ERT"), QStringLiteral("2022-01-02"),
                                  QStringLiteral("Ο Τσίπρας μίλησε."));
    const ReportId bare = add(QStringLiteral("Ar"), QStringLiteral("Al Jazeera"), QStringLiteral("2022-01-03"),
                              QStringLiteral("قال اردوغان"));
    Ids tsipras = reports(QStringLiteral("Τσίπρας"));
    std::sort(tsipras.begin(), tsipras.end());
    EXPECT_EQ(tsipras, (Ids{capitals.value, accented.value}));
    EXPECT_EQ(reports(QStringLiteral("أردوغان")), Ids{bare.value});
}

TEST_F(SearchTest, APossessiveNameFindsItsOtherSpellings)
{
    const ReportId kiev = add(QStringLiteral("Mayor"), QStringLiteral("AP"), QStringLiteral("2014-01-01"),
                              QStringLiteral("Kiev\u2019s mayor spoke; Odessa's port was closed."));
    const auto sorted = [this](const QString& q) {
        Ids ids = reports(q);
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    // A possessive finds its word in every spelling, possessive or not, as a stemmed word finds its other forms.
    EXPECT_EQ(sorted(QStringLiteral("Kyiv's")), (Ids{m_kharkiv.value, kiev.value})); // "Київ", "Kiev's"
    EXPECT_EQ(sorted(QStringLiteral("Kyiv's")), sorted(QStringLiteral("Kyiv")));
    EXPECT_EQ(sorted(QStringLiteral("Odesa\u2019s")), (Ids{m_odesa.value, kiev.value}));
    // Quoted, as written.
    EXPECT_EQ(reports(QStringLiteral("\"Kyiv's mayor\"")), Ids{kiev.value});
    EXPECT_EQ(reports(QStringLiteral("\"Odesa's port\"")), Ids{kiev.value});
}

TEST_F(SearchTest, TransliterationReadsUkrainianRomanisationAndBothWaysOfWritingEndings)
{
    const ReportId uk = add(QStringLiteral("Uk"), QStringLiteral("Ukrinform"), QStringLiteral("2022-01-01"),
                            QStringLiteral("Тимошенко, Гриценко, Щербина, Коломойський і Євген говорили."));
    const ReportId ru = add(QStringLiteral("Ru"), QStringLiteral("Meduza"), QStringLiteral("2022-01-01"),
                            QStringLiteral("Навальный и Агнес выступили."));
    const ReportId en = add(QStringLiteral("En"), QStringLiteral("AP"), QStringLiteral("2022-01-01"),
                            QStringLiteral("Navalny and Khodorkovsky spoke."));
    for (const char* name : {"Tymoshenko", "Hrytsenko", "Shcherbyna", "Kolomoisky", "Kolomoiskyi", "Yevhen"}) {
        EXPECT_EQ(reports(QString::fromUtf8(name)), Ids{uk.value}) << name;
    }
    // The digraphs begin words only; inside one, ia, iu and ie are я, ю, є; an i after a vowel is й or ї.
    const ReportId inner = add(QStringLiteral("Uk 2"), QStringLiteral("Ukrinform"), QStringLiteral("2022-01-02"),
                               QStringLiteral("Юлія з Запоріжжя, Андрій і Олексій їхали до Києва."));
    for (const char* name : {"Yuliia", "Zaporizhzhia", "Andriy", "Oleksiy"}) {
        EXPECT_EQ(reports(QString::fromUtf8(name)), Ids{inner.value}) << name;
    }
    const QStringList kyiv = search::transliterations(QStringLiteral("Kyiv"));
    EXPECT_TRUE(kyiv.contains(QStringLiteral("київ"))) << kyiv.join(u',').toStdString();
    EXPECT_FALSE(kyiv.contains(QStringLiteral("кїв"))) << kyiv.join(u',').toStdString();
    EXPECT_TRUE(search::transliterations(QStringLiteral("Mykolaiv")).contains(QStringLiteral("миколаїв")));
    EXPECT_FALSE(search::transliterations(QStringLiteral("Андрій")).contains(QStringLiteral("Andry")))
        << "-iy is -y for -ский and -ый only";
    Ids agnes = reports(QStringLiteral("Agnès"));
    std::sort(agnes.begin(), agnes.end());
    EXPECT_EQ(agnes, (Ids{m_kharkiv.value, ru.value})) << "an accented Latin name finds its Cyrillic spelling";
    Ids navalny = reports(QStringLiteral("Навальный"));
    std::sort(navalny.begin(), navalny.end());
    EXPECT_EQ(navalny, (Ids{ru.value, en.value})) << "-ый is -y in English news, not only BGN's -yy";
    EXPECT_EQ(reports(QStringLiteral("Ходорковский")), Ids{en.value});
}

TEST_F(SearchTest, ACyrillicNameTypedInAnotherCaseFindsItsNominativeInAnyScript)
{
    // "Путина" (Putin's genitive) was romanised "Putina" and found nothing of Putin.
    const ReportId en = add(QStringLiteral("En"), QStringLiteral("AP"), QStringLiteral("2022-01-01"),
                            QStringLiteral("Putin and Zelensky spoke; Navalny was absent."));
    const ReportId ru = add(QStringLiteral("Ru"), QStringLiteral("TASS"), QStringLiteral("2022-01-02"),
                            QStringLiteral("Путин выступил."));
    for (const char* name : {"Путина", "Путину", "Путиным", "Путине"}) {
        Ids found = reports(QString::fromUtf8(name));
        std::sort(found.begin(), found.end());
        EXPECT_EQ(found, (Ids{m_kharkiv.value, en.value, ru.value})) << name; // the first says "Путин" too
    }
    for (const char* name : {"Зеленского", "Зеленському", "Навального", "Навальным"}) {
        EXPECT_EQ(reports(QString::fromUtf8(name)), Ids{en.value}) << name;
    }
    EXPECT_TRUE(search::transliterations(QStringLiteral("Путина")).contains(QStringLiteral("Putin")));
    // A nominative keeps its own romanisation only; a short word loses no letters to a guess.
    EXPECT_FALSE(search::transliterations(QStringLiteral("Путин")).contains(QStringLiteral("Puti")));
    EXPECT_FALSE(search::transliterations(QStringLiteral("Ира")).contains(QStringLiteral("Ir")));
    // A town in -sk in another case finds the town.
    const ReportId towns = add(QStringLiteral("Towns"), QStringLiteral("AP"), QStringLiteral("2022-01-03"),
                               QStringLiteral("Shelling hit Kursk, Donetsk and Minsk."));
    for (const char* town : {"Курска", "Курском", "Донецка", "Минске"}) {
        EXPECT_EQ(reports(QString::fromUtf8(town)), Ids{towns.value}) << town;
    }
    // A woman's surname keeps its ending in every case: Зеленській is not Зеленськ-.
    for (const char* hers : {"Зеленська", "Зеленській", "Зеленську", "Зеленская"}) {
        EXPECT_TRUE(reports(QString::fromUtf8(hers)).empty()) << hers;
    }
}

TEST_F(SearchTest, SourceAliasesExpandAQuery)
{
    SourceDraft draft;
    draft.name = QStringLiteral("Agnès Callamard");
    draft.aliases = {QStringLiteral("Amnesty chief")};
    CreateSource create(draft);
    test::expectRoundTrip(*m_case, create);
    // The alias finds the report that names her, and the source itself.
    const auto found = find(QStringLiteral("\"Amnesty chief\""));
    ASSERT_GE(found.size(), 2u);
    bool report = false;
    bool source = false;
    for (const SearchMatch& m : found) {
        report = report || (m.kind == search::DocKind::Report && m.id == m_kharkiv.value);
        source = source || m.kind == search::DocKind::Source;
        if (m.kind == search::DocKind::Report) {
            EXPECT_EQ(m.matched, QStringLiteral("Agnès Callamard"));
        }
    }
    EXPECT_TRUE(report);
    EXPECT_TRUE(source);
}

TEST_F(SearchTest, AKnownNameTypedWithoutQuotesFindsItsOtherSpellings)
{
    const ReportId zelensky = add(QStringLiteral("Address"), QStringLiteral("Ukrinform"), QStringLiteral("2022-03-01"),
                                  QStringLiteral("Volodymyr Zelensky spoke to parliament."));
    // "Vladimir" alone is in neither text: the words together are a name the variants table knows.
    EXPECT_EQ(reports(QStringLiteral("Vladimir Zelensky")), Ids{zelensky.value});
    EXPECT_EQ(reports(QStringLiteral("Vladimir Zelensky parliament")), Ids{zelensky.value});
    EXPECT_TRUE(reports(QStringLiteral("Vladimir Zelensky shelling")).empty()); // the other words still count
    // The case's aliases, the same way.
    SourceDraft draft;
    draft.name = QStringLiteral("Agnès Callamard");
    draft.aliases = {QStringLiteral("Amnesty chief")};
    CreateSource create(draft);
    ASSERT_TRUE(create.apply(*m_case).ok());
    Ids found = reports(QStringLiteral("Amnesty chief"));
    EXPECT_EQ(found, Ids{m_kharkiv.value});
    // Words that are no name as a whole stay words.
    EXPECT_EQ(reports(QStringLiteral("grain ships")), Ids{m_odesa.value});
}

TEST_F(SearchTest, SharpSAndSsFindEachOtherAndLigaturesFindTheirLetters)
{
    const ReportId sharp = add(QStringLiteral("Berlin"), QStringLiteral("taz"), QStringLiteral("2022-05-01"),
                               QStringLiteral("Die Straße am Schloß war gesperrt."));
    const ReportId capital = add(QStringLiteral("BERLIN"), QStringLiteral("Bild"), QStringLiteral("2022-05-02"),
                                 QStringLiteral("DIE STRAẞE WAR GESPERRT."));
    const ReportId swiss = add(QStringLiteral("Zürich"), QStringLiteral("NZZ"), QStringLiteral("2022-05-03"),
                               QStringLiteral("Die Strasse am Schloss war gesperrt."));
    // A PDF report imported before the importers folded ligatures: its working text keeps U+FB01 and U+FB03.
    const ReportId ligatures = add(QStringLiteral("Budget"), QStringLiteral("Reuters"), QStringLiteral("2022-05-04"),
                                   QStringLiteral("The \uFB01nance ministry's o\uFB03cial spoke."));
    const ReportId letters = add(QStringLiteral("Budget 2"), QStringLiteral("AP"), QStringLiteral("2022-05-05"),
                                 QStringLiteral("The finance ministry's official spoke again."));
    const auto sorted = [](Ids ids) {
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    const Ids streets = sorted({sharp.value, capital.value, swiss.value});
    for (const char* query : {"Strasse", "Straße", "STRAẞE", "strasse"}) {
        EXPECT_EQ(sorted(reports(QString::fromUtf8(query))), streets) << query;
    }
    EXPECT_EQ(sorted(reports(QStringLiteral("Schloss"))), (Ids{sharp.value, swiss.value}));
    EXPECT_EQ(sorted(reports(QStringLiteral("Schloß"))), (Ids{sharp.value, swiss.value}));
    // In a phrase too, each "ss" may be a ß on its own.
    EXPECT_EQ(sorted(reports(QStringLiteral("\"Strasse am Schloss\""))), (Ids{sharp.value, swiss.value}));
    EXPECT_EQ(sorted(reports(QStringLiteral("\"Straße am Schloss\""))), (Ids{sharp.value, swiss.value}));

    const Ids budget = sorted({ligatures.value, letters.value});
    for (const QString& query : {QStringLiteral("finance"), QStringLiteral("\uFB01nance"), QStringLiteral("Official"),
                                 QStringLiteral("\"finance ministry\"")}) {
        EXPECT_EQ(sorted(reports(query)), budget) << query.toStdString();
    }
    const auto hits = find(QStringLiteral("finance"));
    const auto old = std::find_if(hits.begin(), hits.end(), [&](const SearchMatch& m) {
        return m.kind == search::DocKind::Report && m.id == ligatures.value;
    });
    ASSERT_NE(old, hits.end());
    EXPECT_EQ(old->matched, QStringLiteral("\uFB01nance")) << "the result says which spelling matched";
    // A quoted phrase beside other words is marked where the exact index found it, in either spelling.
    const auto matchedIn = [this](const QString& query, ReportId report) {
        const auto found = find(query);
        const auto m = std::find_if(found.begin(), found.end(), [&](const SearchMatch& f) {
            return f.kind == search::DocKind::Report && f.id == report.value;
        });
        return m == found.end() ? QStringLiteral("(not found)") : m->matched;
    };
    EXPECT_EQ(matchedIn(QStringLiteral("\"finance ministry\" OR zzzqq"), ligatures),
              QStringLiteral("\uFB01nance ministry"));
    EXPECT_EQ(matchedIn(QStringLiteral("\"Strasse am Schloss\" OR zzzqq"), sharp), QStringLiteral("Straße am Schloß"));
    EXPECT_EQ(matchedIn(QStringLiteral("\"Strasse am Schloss\" gesperrt"), swiss),
              QStringLiteral("Strasse am Schloss"));
}

TEST_F(SearchTest, ALatinQueryFindsNamesWrittenInGreekArabicAndDeclinedCyrillicAndTheNewWordsOfEachChange)
{
    const ReportId greek = add(QStringLiteral("Athens"), QStringLiteral("Kathimerini"), QStringLiteral("2022-05-01"),
                               QStringLiteral("Ο Κυριάκος Μητσοτάκης συνάντησε τον Νίκο Παπαδόπουλο στην Αθήνα."));
    const ReportId arabic = add(QStringLiteral("Moscow"), QStringLiteral("Al Arabiya"), QStringLiteral("2022-05-02"),
                                QStringLiteral("قال سيرغي لافروف إن بوتين التقى أردوغان في خاركيف."));
    const ReportId russian = add(QStringLiteral("Kharkiv mayor"), QStringLiteral("RBC"), QStringLiteral("2022-05-03"),
                                 QStringLiteral("Мэр Харькова Игорь Терехов и Виталий Кличко выступили."));
    const auto matchedIn = [&](const QString& query, ReportId report) {
        for (const SearchMatch& m : find(query)) {
            if (m.kind == search::DocKind::Report && m.id == report.value) {
                return m.matched;
            }
        }
        return QString();
    };
    EXPECT_EQ(matchedIn(QStringLiteral("Mitsotakis"), greek), QStringLiteral("Μητσοτάκης"));
    EXPECT_EQ(matchedIn(QStringLiteral("Athina"), greek), QStringLiteral("Αθήνα"));
    EXPECT_EQ(matchedIn(QStringLiteral("Αθηνα"), greek), QStringLiteral("Αθήνα")) << "Greek without its accent";
    EXPECT_EQ(matchedIn(QStringLiteral("Lavrov"), arabic), QStringLiteral("لافروف"));
    EXPECT_EQ(matchedIn(QStringLiteral("Erdogan"), arabic), QStringLiteral("أردوغان"));
    EXPECT_EQ(matchedIn(QStringLiteral("Vitaly"), russian), QStringLiteral("Виталий"));
    // Kharkiv's Russian spelling from the names table (Харьков) in the genitive; and in Arabic by its consonants.
    EXPECT_EQ(matchedIn(QStringLiteral("Kharkiv"), russian), QStringLiteral("Харькова"));
    EXPECT_EQ(matchedIn(QStringLiteral("Kharkiv"), arabic), QStringLiteral("خاركيف"));
    EXPECT_EQ(matchedIn(QStringLiteral("Khark*"), russian), QStringLiteral("Харькова"));
    // The hits shown in the report are the same words.
    auto hits = searchHitsInReport(*m_case, QStringLiteral("Lavrov"), arabic);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1u);
    EXPECT_EQ(hits->front().start, QStringLiteral("قال سيرغي ").size());

    // A report added after the searches above: its words are found at once (what was read of the index is read
    // again when the index changed).
    const ReportId more = add(QStringLiteral("Thessaloniki"), QStringLiteral("Kathimerini"),
                              QStringLiteral("2022-05-04"), QStringLiteral("Η Θεσσαλονίκη υποδέχτηκε τον Τσίπρα."));
    EXPECT_EQ(matchedIn(QStringLiteral("Thessaloniki"), more), QStringLiteral("Θεσσαλονίκη"));
}

TEST_F(SearchTest, UkrainianAndRussianCasesOfANameAreFound)
{
    // Ukrainian changes the stem's vowel (Київ: Києва, Києві; Харків: Харкова, Харкові) and both languages decline a
    // surname like an adjective (Зеленський: Зеленського; Зеленский: Зеленского): only the word with an ending added
    // was found (Киева, Харькове).
    const ReportId kyiv = add(QStringLiteral("Столиця"), QStringLiteral("Укрінформ"), QStringLiteral("2022-04-01"),
                              QStringLiteral("У Києві знову лунали сирени, повідомив мер Києва."));
    const ReportId kharkiv = add(QStringLiteral("Обстріл"), QStringLiteral("Суспільне"), QStringLiteral("2022-04-02"),
                                 QStringLiteral("У Харкові пошкоджено школу."));
    const ReportId uk = add(QStringLiteral("Звернення"), QStringLiteral("УП"), QStringLiteral("2022-04-03"),
                            QStringLiteral("Звернення Зеленського до парламенту."));
    const ReportId ru = add(QStringLiteral("Обращение"), QStringLiteral("РБК"), QStringLiteral("2022-04-04"),
                            QStringLiteral("Обращение Зеленского к парламенту."));
    const ReportId wife = add(QStringLiteral("Візит"), QStringLiteral("УП"), QStringLiteral("2022-04-05"),
                              QStringLiteral("Олена Зеленська відвідала лікарню."));
    const auto has = [&](const QString& query, ReportId report) {
        const Ids found = reports(query);
        return std::find(found.begin(), found.end(), report.value) != found.end();
    };
    for (const QString& q : {QStringLiteral("Kyiv"), QStringLiteral("Київ"), QStringLiteral("Kiev")}) {
        EXPECT_TRUE(has(q, kyiv)) << q.toStdString();
    }
    EXPECT_TRUE(has(QStringLiteral("Kharkiv"), kharkiv));
    EXPECT_TRUE(has(QStringLiteral("Харків"), kharkiv));
    for (const QString& q : {QStringLiteral("Zelensky"), QStringLiteral("Зеленський"), QStringLiteral("Зеленский")}) {
        EXPECT_TRUE(has(q, uk)) << q.toStdString();
        EXPECT_TRUE(has(q, ru)) << q.toStdString();
        EXPECT_FALSE(has(q, wife)) << q.toStdString() << ": Zelenska is another person";
    }
    // Nor is he she: her name finds her forms, not his.
    const ReportId hers = add(QStringLiteral("Фонд"), QStringLiteral("УП"), QStringLiteral("2022-04-06"),
                              QStringLiteral("Фонд Олени Зеленської відкрив притулок."));
    EXPECT_TRUE(has(QStringLiteral("Зеленська"), hers));
    EXPECT_TRUE(has(QStringLiteral("Зеленська"), wife));
    EXPECT_FALSE(has(QStringLiteral("Зеленська"), uk)) << "Зеленського is her husband";
    EXPECT_FALSE(has(QStringLiteral("Зеленская"), ru)) << "Зеленского is her husband";
    // Both of the report's forms are marked.
    auto hits = searchHitsInReport(*m_case, QStringLiteral("Kyiv"), kyiv);
    ASSERT_TRUE(hits.ok());
    EXPECT_EQ(hits->size(), 2u);
}

TEST_F(SearchTest, AnAsciiQueryFindsWordsWithLettersTheIndexKeepsInTheirMiddle)
{
    // ł ø ı đ æ have no decomposition: unicode61 keeps them, and a name typed without them found nothing when they
    // were not its first letter (only words beginning past ASCII were read for other spellings).
    const ReportId polish =
        add(QStringLiteral("Wrocław"), QStringLiteral("Gazeta Wyborcza"), QStringLiteral("2022-05-01"),
            QStringLiteral("Protest we Wrocławiu: Paweł Kowalski i Lech Wałęsa przemawiali."));
    const ReportId nordic =
        add(QStringLiteral("Oslo"), QStringLiteral("NRK"), QStringLiteral("2022-05-02"),
            QStringLiteral("Statsminister Jonas Gahr Støre met Ingrid Bjørnstad and the Færøyane team."));
    const ReportId turkish = add(QStringLiteral("Ankara"), QStringLiteral("Hürriyet"), QStringLiteral("2022-05-03"),
                                 QStringLiteral("Binali Yıldırım said the talks in Diyarbakır would go on."));
    const auto matchedIn = [&](const QString& query, ReportId report) {
        for (const SearchMatch& m : find(query)) {
            if (m.kind == search::DocKind::Report && m.id == report.value) {
                return m.matched;
            }
        }
        return QStringLiteral("(not found)");
    };
    EXPECT_EQ(matchedIn(QStringLiteral("Pawel"), polish), QStringLiteral("Paweł"));
    EXPECT_EQ(matchedIn(QStringLiteral("Walesa"), polish), QStringLiteral("Wałęsa"));
    EXPECT_EQ(matchedIn(QStringLiteral("Bjornstad"), nordic), QStringLiteral("Bjørnstad"));
    EXPECT_EQ(matchedIn(QStringLiteral("Store"), nordic), QStringLiteral("Støre"));
    EXPECT_EQ(matchedIn(QStringLiteral("Faeroyane"), nordic), QStringLiteral("Færøyane"));
    EXPECT_EQ(matchedIn(QStringLiteral("Yildirim"), turkish), QStringLiteral("Yıldırım"));
    EXPECT_EQ(matchedIn(QStringLiteral("Diyarbakir"), turkish), QStringLiteral("Diyarbakır"));
    EXPECT_EQ(matchedIn(QStringLiteral("\"Binali Yildirim\""), turkish), QStringLiteral("(not found)"))
        << "a phrase is taken as typed (its words' table spellings only)";
    // Only the words the index holds: "Pawel" is not every word with an l.
    EXPECT_EQ(reports(QStringLiteral("Pawel")), Ids{polish.value});
    // The report's hits are the same word.
    auto hits = searchHitsInReport(*m_case, QStringLiteral("Bjornstad"), nordic);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1u);
    EXPECT_EQ(hits->front().start, QStringLiteral("Statsminister Jonas Gahr Støre met Ingrid ").size());
}

TEST_F(SearchTest, PunctuationTypedOrPastedAroundANameKeepsItsOtherSpellings)
{
    // "Kharkiv," copied with its comma: Kharkov is still its spelling, as for "Kharkiv".
    for (const QString& typed : {QStringLiteral("Kharkiv,"), QStringLiteral("(Kharkiv)"), QStringLiteral("Kharkiv."),
                                 QStringLiteral("+Kharkiv"), QStringLiteral("\u201cKharkiv\u201d")}) {
        Ids found = reports(typed);
        std::sort(found.begin(), found.end());
        EXPECT_EQ(found, (Ids{m_kharkiv.value, m_reuters.value})) << typed.toStdString();
    }
}

TEST_F(SearchTest, TheVocabularyOfACaseMadeAgainAtTheSamePathIsItsOwn)
{
    // Search a case with a Greek word, make another case at the same path with another Greek word: the first case's
    // words are not the second's (their FTS5 structure records are alike).
    const QString path = m_dir.filePath(QStringLiteral("again.corrob"));
    const auto makeWith = [&](const QString& text) {
        m_case.reset();
        QFile::remove(path);
        auto created = Case::create(path, QStringLiteral("again"), {});
        EXPECT_TRUE(created.ok());
        m_case = std::move(created).value();
        add(QStringLiteral("Greek"), QStringLiteral("Kathimerini"), QStringLiteral("2022-05-01"), text);
    };
    makeWith(QStringLiteral("Η Αθήνα υποδέχτηκε την αποστολή."));
    EXPECT_EQ(find(QStringLiteral("Αθηνα")).size(), 1u);
    QThread::msleep(10); // another creation time (milliseconds)
    makeWith(QStringLiteral("Η Πάτρα υποδέχτηκε την αποστολή."));
    EXPECT_EQ(find(QStringLiteral("Πατρα")).size(), 1u) << "the vocabulary of the case at that path now";
    EXPECT_TRUE(find(QStringLiteral("Αθηνα")).empty());
}

TEST_F(SearchTest, ADottedAcronymKeepsTheSpellingsTheTableGivesIt)
{
    add(QStringLiteral("UN"), QStringLiteral("Reuters"), QStringLiteral("2022-05-01"),
        QStringLiteral("The United Nations and the United States met in Geneva."));
    // Without its last dot too: "U.S" found only the reports that write "U.S" (a tester's find).
    for (const QString& typed :
         {QStringLiteral("U.N."), QStringLiteral("U.S."), QStringLiteral("U.S"), QStringLiteral("u.n")}) {
        EXPECT_FALSE(find(typed).empty()) << typed.toStdString();
    }
}

TEST_F(SearchTest, ASpellingHoldingTheWordTypedIsNotSaidToBeAnother)
{
    // Zelenskyy's spellings include the whole name "Volodymyr Zelenskyy": a source of that name, found through it,
    // was shown "(as “Volodymyr Zelenskyy”)" for the very word typed.
    SourceDraft draft;
    draft.name = QStringLiteral("Volodymyr Zelenskyy");
    CreateSource create(draft);
    ASSERT_TRUE(create.apply(*m_case).ok());
    const auto found = find(QStringLiteral("Zelenskyy"));
    const auto source = std::find_if(found.cbegin(), found.cend(),
                                     [](const SearchMatch& m) { return m.kind == search::DocKind::Source; });
    ASSERT_NE(source, found.cend());
    EXPECT_FALSE(source->otherSpelling) << qPrintable(source->matched);
    // Another word typed beside it does not make a spelling the typed one: the alias holds "president", not the
    // name as typed.
    SourceDraft titled;
    titled.name = QStringLiteral("Olena Kovalenko");
    titled.aliases = {QStringLiteral("Minister Kovalenko")};
    CreateSource createTitled(titled);
    ASSERT_TRUE(createTitled.apply(*m_case).ok());
    const ReportId minister = add(QStringLiteral("Statement"), QStringLiteral("AP"), QStringLiteral("2022-01-02"),
                                  QStringLiteral("Minister Kovalenko spoke to the minister of health."));
    const auto titledFound = find(QStringLiteral("minister \"Olena Kovalenko\""));
    const auto titledReport = std::find_if(titledFound.cbegin(), titledFound.cend(), [&minister](const SearchMatch& m) {
        return m.kind == search::DocKind::Report && m.id == minister.value;
    });
    ASSERT_NE(titledReport, titledFound.cend());
    EXPECT_EQ(titledReport->matched, QStringLiteral("Minister Kovalenko"));
    EXPECT_TRUE(titledReport->otherSpelling);
    // A spelling in another script still is another.
    const ReportId ru = add(QStringLiteral("Ru"), QStringLiteral("TASS"), QStringLiteral("2022-01-01"),
                            QStringLiteral("Зеленский выступил."));
    const auto cyrillic = find(QStringLiteral("Zelenskyy"));
    const auto report =
        std::find_if(cyrillic.cbegin(), cyrillic.cend(), [&ru](const SearchMatch& m) { return m.id == ru.value; });
    ASSERT_NE(report, cyrillic.cend());
    EXPECT_TRUE(report->otherSpelling);
}
