// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Searching a case: the matching rules, filters, hits and snippets, and the index kept in step with every change
// (the spellings a name is found in: SearchSpellingsTest.cpp).
#include "core/case/IntegrityCheck.h"
#include "core/case/edits/ClaimEdits.h"
#include "core/case/edits/NoteEdits.h"
#include "core/case/edits/ReportEdits.h"
#include "core/case/edits/SourceEdits.h"
#include "core/common/Hash.h"
#include "core/storage/Database.h"
#include "core/storage/SearchRepository.h"
#include "tests/core/case/SearchTestSupport.h"
#include "tests/core/case/edits/EditTestSupport.h"

#include <QTemporaryDir>

#include <algorithm>
#include <iterator>

#include "core/search/Spellings.h"

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::casefile;
using corrob::test::Ids;
using corrob::test::SearchTest;

TEST_F(SearchTest, IgnoresCaseAndDiacritics)
{
    EXPECT_EQ(reports(QStringLiteral("agnes")), Ids{m_kharkiv.value});
    EXPECT_EQ(reports(QStringLiteral("CALLAMARD")), Ids{m_kharkiv.value});
    const auto hits = find(QStringLiteral("Agnes"));
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(hits.front().matched, QStringLiteral("Agnès"));
    EXPECT_EQ(hits.front().start, 0);
    EXPECT_EQ(hits.front().end, 5);
}

TEST_F(SearchTest, SnippetsAndFirstHitsAreTheSameWithOrWithoutFilters)
{
    // Words alone are ranked, cut and marked in one statement; with a filter the marks are read row by row: the
    // results a report gets must not depend on which way they were read.
    for (const QString& words : {QStringLiteral("Kharkiv"), QStringLiteral("running"), QStringLiteral("Odesa grain")}) {
        const auto plain = find(words);
        const auto filtered = find(words + QStringLiteral(" in:reports"));
        std::vector<SearchMatch> plainReports;
        std::copy_if(plain.begin(), plain.end(), std::back_inserter(plainReports),
                     [](const SearchMatch& m) { return m.kind == search::DocKind::Report; });
        ASSERT_FALSE(plainReports.empty()) << words.toStdString();
        ASSERT_EQ(plainReports.size(), filtered.size()) << words.toStdString();
        for (std::size_t i = 0; i < filtered.size(); ++i) {
            const SearchMatch& a = plainReports[i];
            const SearchMatch& b = filtered[i];
            EXPECT_EQ(a.id, b.id) << words.toStdString();
            EXPECT_EQ(a.snippet, b.snippet) << words.toStdString();
            EXPECT_EQ(a.snippetHits, b.snippetHits) << words.toStdString();
            EXPECT_EQ(a.matched, b.matched) << words.toStdString();
            EXPECT_EQ(a.start, b.start) << words.toStdString();
            EXPECT_EQ(a.end, b.end) << words.toStdString();
            EXPECT_EQ(a.reportTitle, b.reportTitle) << words.toStdString();
            EXPECT_FALSE(a.snippet.isEmpty()) << words.toStdString();
            EXPECT_GE(a.start, 0) << words.toStdString();
        }
    }
}

TEST_F(SearchTest, StemsWordsButKeepsQuotedPhrasesExact)
{
    EXPECT_EQ(reports(QStringLiteral("run")).size(), 2u);
    EXPECT_EQ(reports(QStringLiteral("\"runs\"")), Ids{m_reuters.value});
    EXPECT_EQ(reports(QStringLiteral("\"was running\"")), Ids{m_kharkiv.value});
    EXPECT_TRUE(reports(QStringLiteral("\"was run\"")).empty());
}

TEST_F(SearchTest, EnglishWordsFindTheirIrregularFormsAndNewsIsNotNew)
{
    // Porter's stemmer of 1980 missed these (a tester's find on other articles): Snowball's English stemmer finds them.
    const ReportId crash = add(QStringLiteral("Crash"), QStringLiteral("Local"), QStringLiteral("2022-01-01"),
                               QStringLiteral("Two people died in the crash. The virus spread on campuses. Officials "
                                              "focused on the crises; their buses tried to leave."));
    const ReportId fresh = add(QStringLiteral("Budget"), QStringLiteral("Local"), QStringLiteral("2022-01-02"),
                               QStringLiteral("The new budget was approved on Monday."));
    const ReportId bulletin = add(QStringLiteral("Bulletin"), QStringLiteral("Local"), QStringLiteral("2022-01-03"),
                                  QStringLiteral("The evening news said little."));
    for (const QString& q :
         {QStringLiteral("die"), QStringLiteral("dying"), QStringLiteral("campus"), QStringLiteral("focus"),
          QStringLiteral("try"), QStringLiteral("crisis"), QStringLiteral("bus")}) {
        EXPECT_EQ(reports(q), Ids{crash.value}) << q.toStdString();
    }
    EXPECT_EQ(reports(QStringLiteral("news")), Ids{bulletin.value});
    EXPECT_EQ(reports(QStringLiteral("new")), Ids{fresh.value});
    // "theses" is no longer "these".
    const ReportId theses = add(QStringLiteral("Theses"), QStringLiteral("Local"), QStringLiteral("2022-01-04"),
                                QStringLiteral("Two doctoral theses were defended."));
    EXPECT_EQ(reports(QStringLiteral("thesis")), Ids{theses.value});
    EXPECT_TRUE(reports(QStringLiteral("these")).empty());
    // Quoted, a phrase is still its exact words.
    EXPECT_TRUE(reports(QStringLiteral("\"people die\"")).empty());
}

TEST_F(SearchTest, PrefixOrNotNear)
{
    EXPECT_EQ(reports(QStringLiteral("Kharki*")).size(), 1u); // Kharkov is another word
    EXPECT_EQ(reports(QStringLiteral("Odessa OR Callamard")).size(), 2u);
    EXPECT_EQ(reports(QStringLiteral("Kharkiv NOT troops")), Ids{m_kharkiv.value});
    EXPECT_EQ(reports(QStringLiteral("NEAR(shelling days, 5)")), Ids{m_kharkiv.value});
    EXPECT_EQ(reports(QStringLiteral("NEAR(shell* days, 5)")), Ids{m_kharkiv.value}); // a prefix inside NEAR
    EXPECT_TRUE(reports(QStringLiteral("NEAR(Agnès days, 2)")).empty());
    // A group of alternatives beside an infix NEAR: any of them near the other side, in any of its spellings.
    EXPECT_EQ(reports(QStringLiteral("(Odessa OR Kharkov) NEAR/2 troops")), Ids{m_reuters.value});
    EXPECT_EQ(reports(QStringLiteral("troops NEAR/2 (Odessa OR Kharkiv)")), Ids{m_reuters.value}); // Kharkov
    EXPECT_EQ(reports(QStringLiteral("(port OR ships) NEAR/1 Odesa")), Ids{m_odesa.value});
    EXPECT_TRUE(reports(QStringLiteral("(Odessa OR Kharkov) NEAR/0 troops")).empty());
    // A group of words ANDed beside it: all of them close together.
    EXPECT_EQ(reports(QStringLiteral("(grain ships) NEAR/2 Odesa")), Ids{m_odesa.value});
    EXPECT_TRUE(reports(QStringLiteral("(port grain) NEAR/0 Odesa")).empty());
    EXPECT_TRUE(reports(QStringLiteral("(grain troops) NEAR/5 Odessa")).empty()); // not all in one report
}

TEST_F(SearchTest, APrefixLongerThanAWordsStemFindsTheWord)
{
    // The stemmed index holds "evacu" for "evacuated", "devast" for "devastated", "nguyen" for "Nguyen": a prefix
    // typed further than the stem, or one the stemmer changes itself ("nguy" to "ngui"), found nothing.
    const ReportId report = add(QStringLiteral("Flood"), QStringLiteral("VnExpress"), QStringLiteral("2022-09-01"),
                                QStringLiteral("Students were evacuated. The town was devastated. Teams delivered "
                                               "supplies and surveyed the damage. Nguyen Thi Huong spoke."));
    for (const QString& prefix :
         {QStringLiteral("evacu*"), QStringLiteral("evacua*"), QStringLiteral("evacuat*"), QStringLiteral("evacuated*"),
          QStringLiteral("devastat*"), QStringLiteral("delivere*"), QStringLiteral("surveye*"), QStringLiteral("Nguy*"),
          QStringLiteral("NGUYE*")}) {
        EXPECT_EQ(reports(prefix), Ids{report.value}) << prefix.toStdString();
    }
    EXPECT_TRUE(reports(QStringLiteral("evacuatio*")).empty()) << "no word of the case begins so";
    // The hits marked in the report are the words the prefix begins.
    auto hits = searchHitsInReport(*m_case, QStringLiteral("devastat*"), report);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1u);
    EXPECT_EQ(hits->front().start, QStringLiteral("Students were evacuated. The town was ").size());
    EXPECT_EQ(hits->front().end - hits->front().start, QStringLiteral("devastated").size());
    // In a NEAR group and beside other words too.
    EXPECT_EQ(reports(QStringLiteral("NEAR(evacuat* students, 3)")), Ids{report.value});
    EXPECT_EQ(reports(QStringLiteral("surveye* Huong")), Ids{report.value});

    // The words a prefix stands for are matched as written, not by their stems: "generation" and "general" share
    // the stem "gener", "organization" and "organ" the stem "organ".
    const ReportId general = add(QStringLiteral("Command"), QStringLiteral("AP"), QStringLiteral("2022-09-02"),
                                 QStringLiteral("The general said the organ donors were thanked."));
    const ReportId generation = add(QStringLiteral("Power"), QStringLiteral("AP"), QStringLiteral("2022-09-03"),
                                    QStringLiteral("Power generation fell, the organization said."));
    EXPECT_EQ(reports(QStringLiteral("generat*")), Ids{generation.value});
    EXPECT_EQ(reports(QStringLiteral("organiz*")), Ids{generation.value});
    const auto generalFound = find(QStringLiteral("general"));
    EXPECT_TRUE(std::any_of(generalFound.begin(), generalFound.end(),
                            [&](const SearchMatch& m) { return m.reportId == general.value; }));
    auto marked = searchHitsInReport(*m_case, QStringLiteral("generat*"), generation);
    ASSERT_TRUE(marked.ok());
    ASSERT_EQ(marked->size(), 1u);
    EXPECT_EQ(marked->front().start, QStringLiteral("Power ").size());
    // A prefix with many words in a NEAR group stays a prefix there (a group holds at most 64 choices of words).
    QString many = QStringLiteral("Kyiv zorbazab");
    for (int i = 0; i < 30; ++i) {
        many += QStringLiteral(" zorba%1x").arg(QChar(u'a' + i % 26)) + QString::number(i);
    }
    const ReportId near = add(QStringLiteral("Zorba"), QStringLiteral("AP"), QStringLiteral("2022-09-04"), many);
    EXPECT_EQ(reports(QStringLiteral("NEAR(zorba* Kyiv)")), Ids{near.value});
}

TEST_F(SearchTest, ResultsAreGroupedByReport)
{
    // A claim of one report ranked between two other reports was listed there, away from its report.
    const ReportId first =
        add(QStringLiteral("Sumy shelled"), QStringLiteral("Ukrinform"), QStringLiteral("2022-03-01"),
            QStringLiteral("Sumy was shelled overnight, Sumy officials said."));
    const ReportId second = add(QStringLiteral("Border"), QStringLiteral("Reuters"), QStringLiteral("2022-03-02"),
                                QStringLiteral("Shelling near Sumy and Okhtyrka went on."));
    const ReportId third =
        add(QStringLiteral("Region"), QStringLiteral("AP"), QStringLiteral("2022-03-03"),
            QStringLiteral("The governor spoke at length about the wider region, its roads, its farms and its "
                           "schools, and then, briefly, about Sumy."));
    const ClaimId claim = test::addClaim(*m_case, third, QStringLiteral("about Sumy"), QStringLiteral("Governor"));
    const auto found = find(QStringLiteral("Sumy"));
    std::vector<qint64> order;
    for (const SearchMatch& m : found) {
        order.push_back(m.reportId);
    }
    ASSERT_EQ(found.size(), 4u);
    // Each report's results are together, in the order of each group's best result.
    std::vector<qint64> seen;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && order[i] == order[i - 1]) {
            continue;
        }
        EXPECT_EQ(std::count(seen.begin(), seen.end(), order[i]), 0) << "report " << order[i] << " split";
        seen.push_back(order[i]);
    }
    EXPECT_EQ(seen.size(), 3u);
    const auto claimAt = std::find_if(found.begin(), found.end(), [&](const SearchMatch& m) {
        return m.kind == search::DocKind::Claim && m.id == claim.value;
    });
    ASSERT_NE(claimAt, found.end());
    EXPECT_EQ(claimAt->reportId, third.value);
    EXPECT_TRUE(std::count(order.begin(), order.end(), first.value) == 1 &&
                std::count(order.begin(), order.end(), second.value) == 1);
}

TEST_F(SearchTest, AWordInATitleOutranksARareSpellingOfItInABody)
{
    // Each spelling was a term of its own under bm25: one "Kharkov" in a body (a rare word, a high IDF) outranked the
    // typed word in a title (common: an IDF of almost nothing). A word and its spellings are one term now.
    const ReportId titled = add(QStringLiteral("Kharkiv under fire"), QStringLiteral("A"), QStringLiteral("2022-05-01"),
                                QStringLiteral("Shelling went on in Kharkiv overnight."));
    const ReportId variant = add(QStringLiteral("Front line"), QStringLiteral("B"), QStringLiteral("2022-05-02"),
                                 QStringLiteral("Troops moved north of Kharkov on Tuesday."));
    add(QStringLiteral("Aid"), QStringLiteral("C"), QStringLiteral("2022-05-03"),
        QStringLiteral("Aid reached Kharkiv by train."));
    add(QStringLiteral("Power"), QStringLiteral("D"), QStringLiteral("2022-05-04"),
        QStringLiteral("Power came back in parts of Kharkiv."));
    const auto found = find(QStringLiteral("Kharkiv"));
    std::vector<qint64> order;
    for (const SearchMatch& m : found) {
        if (m.kind == search::DocKind::Report) {
            order.push_back(m.reportId);
        }
    }
    ASSERT_FALSE(order.empty());
    EXPECT_EQ(order.front(), titled.value) << "the report with the word in its title first";
    EXPECT_NE(std::find(order.begin(), order.end(), variant.value), order.end()) << "Kharkov is still found";
    // Typed the other way, the same: the title first.
    const auto other = find(QStringLiteral("Kharkov"));
    ASSERT_FALSE(other.empty());
    EXPECT_EQ(other.front().reportId, titled.value);
}

TEST_F(SearchTest, FiltersNarrowTheResults)
{
    EXPECT_EQ(reports(QStringLiteral("Kharkiv outlet:reuters")), Ids{m_reuters.value});
    EXPECT_EQ(reports(QStringLiteral("Kharkiv published:2022-06..2022-12")), Ids{m_kharkiv.value});
    EXPECT_EQ(reports(QStringLiteral("published:..2021")), Ids{m_odesa.value});
    EXPECT_EQ(reports(QStringLiteral("Kharkiv report:%1").arg(m_reuters.value)), Ids{m_reuters.value});
    const ClaimId claim = test::addClaim(*m_case, m_kharkiv, QStringLiteral("the shelling of Kharkiv"),
                                         QStringLiteral("Agnès Callamard"));
    const auto claims = find(QStringLiteral("shelling in:claims"));
    ASSERT_EQ(claims.size(), 1u);
    EXPECT_EQ(claims.front().kind, search::DocKind::Claim);
    EXPECT_EQ(claims.front().id, claim.value);
    EXPECT_EQ(claims.front().reportId, m_kharkiv.value);
    EXPECT_EQ(claims.front().start, 21); // the claim's anchor
    EXPECT_EQ(find(QStringLiteral("shelling source:callamard")).size(), 1u);
    EXPECT_TRUE(find(QStringLiteral("shelling source:reuters")).empty());
    ASSERT_TRUE(m_case->database()
                    .exec(QStringLiteral("UPDATE claims SET kind = 'legal' WHERE id = %1").arg(claim.value))
                    .ok());
    for (const QString& q :
         {QStringLiteral("shelling kind:legal"), QStringLiteral("shelling kind:\"legal qualification\""),
          QStringLiteral("shelling kind:Legal-Qualification")}) {
        EXPECT_EQ(find(q).size(), 1u) << q.toStdString();
    }
    EXPECT_TRUE(find(QStringLiteral("shelling kind:denial")).empty());
}

TEST_F(SearchTest, FiltersThatNameNothingOfTheCaseAreNamed)
{
    const auto naming = [this](const QString& q) {
        auto nothing = casefile::filtersNamingNothing(*m_case, q);
        EXPECT_TRUE(nothing.ok()) << q.toStdString();
        return nothing.ok() ? nothing.value() : QStringList{QStringLiteral("(failed)")};
    };
    // A misspelt outlet, a title no report has, a report number past the last, a tag and a source nobody has.
    EXPECT_EQ(naming(QStringLiteral("Kharkiv outlet:Reuterz")), QStringList{QStringLiteral("outlet:Reuterz")});
    EXPECT_EQ(naming(QStringLiteral("Kharkiv report:abc")), QStringList{QStringLiteral("report:abc")});
    EXPECT_EQ(naming(QStringLiteral("report:%1").arg(m_odesa.value + 100)),
              QStringList{QStringLiteral("report:%1").arg(m_odesa.value + 100)});
    EXPECT_EQ(naming(QStringLiteral("tag:Shelling source:\"Agnès Callamard\"")),
              (QStringList{QStringLiteral("source:\"Agnès Callamard\""), QStringLiteral("tag:Shelling")}));
    // In the query's tree and in what it leaves out, each value on its own.
    EXPECT_EQ(naming(QStringLiteral("Odessa OR outlet:AP")), QStringList{QStringLiteral("outlet:AP")});
    EXPECT_EQ(naming(QStringLiteral("Kharkiv NOT outlet:TASS")), QStringList{QStringLiteral("outlet:TASS")});
    EXPECT_EQ(naming(QStringLiteral("outlet:Reuters OR outlet:Reuterz")),
              QStringList{QStringLiteral("outlet:Reuterz")});
    // What the case has is no warning, however the search goes: a title's word, a number, an outlet's other case.
    EXPECT_TRUE(naming(QStringLiteral("zzzz outlet:reuters report:Kharkov report:%1").arg(m_kharkiv.value)).isEmpty());
    EXPECT_TRUE(naming(QStringLiteral("Kharkiv in:claims published:2030")).isEmpty()) << "only names are checked";
    // Once a claim is attributed and tagged, its source and tag name something.
    ClaimDraft draft;
    draft.report = m_kharkiv;
    draft.quote = QStringLiteral("the shelling of Kharkiv");
    draft.sourceName = QStringLiteral("Agnès Callamard");
    draft.tagPaths = {QStringLiteral("Violence/Shelling")};
    AddClaim add(draft);
    ASSERT_TRUE(add.apply(*m_case).ok());
    EXPECT_TRUE(naming(QStringLiteral("tag:Shelling source:\"Agnès Callamard\"")).isEmpty());
}

TEST_F(SearchTest, AReportsHitIsWhereItsBestPassageBeginsAndAWordAloneIsAtItsFirstPlace)
{
    const QString text = QStringLiteral("Mines were found near the river. ") +
                         QStringLiteral("Nothing else happened there that day or the day after it. ").repeated(6) +
                         QStringLiteral("Later, cluster mines were found in the school yard; mines, mines.");
    const ReportId report =
        add(QStringLiteral("Field notes"), QStringLiteral("Local"), QStringLiteral("2022-05-01"), text);
    const auto hitOf = [&](const QString& query) {
        for (const SearchMatch& m : find(query)) {
            if (m.kind == search::DocKind::Report && m.id == report.value) {
                return std::pair{m.start, m.matched};
            }
        }
        return std::pair{qint64(-2), QString()};
    };
    // Both words together are only in the last sentence: the hit there (Enter opens it, Mark as Claim marks it), and
    // the snippet shows it.
    const qint64 later = text.indexOf(QStringLiteral("cluster"));
    EXPECT_EQ(hitOf(QStringLiteral("cluster mines")), (std::pair{later, QStringLiteral("cluster")}));
    const auto both = find(QStringLiteral("cluster mines"));
    const auto shown =
        std::find_if(both.begin(), both.end(), [&](const SearchMatch& m) { return m.id == report.value; });
    ASSERT_NE(shown, both.end());
    EXPECT_TRUE(shown->snippet.contains(QStringLiteral("cluster"))) << shown->snippet.toStdString();
    // One word: its first place, though it is denser further on; the snippet is there too.
    EXPECT_EQ(hitOf(QStringLiteral("mines")), (std::pair{qint64(0), QStringLiteral("Mines")}));
    const auto one = find(QStringLiteral("mines"));
    const auto first = std::find_if(one.begin(), one.end(), [&](const SearchMatch& m) { return m.id == report.value; });
    ASSERT_NE(first, one.end());
    EXPECT_TRUE(first->snippet.startsWith(QStringLiteral("Mines were found"))) << first->snippet.toStdString();
}

TEST_F(SearchTest, AReportDatedOnlyByYearOrMonthIsInEveryRangeItsPeriodMeets)
{
    const ReportId year = add(QStringLiteral("Grain"), QStringLiteral("TASS"), QStringLiteral("2021"),
                              QStringLiteral("Grain left the port of Mykolaiv."));
    const ReportId month = add(QStringLiteral("Grain again"), QStringLiteral("TASS"), QStringLiteral("2022-04"),
                               QStringLiteral("Grain left the port of Mykolaiv again."));
    const auto found = [&](const QString& range) {
        Ids ids = reports(QStringLiteral("Mykolaiv published:") + range);
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    EXPECT_EQ(found(QStringLiteral("2021-01-01..2021-12-31")), Ids{year.value});
    EXPECT_EQ(found(QStringLiteral("2021-03..2021-05")), Ids{year.value});
    EXPECT_EQ(found(QStringLiteral("2021-06-15..")), (Ids{year.value, month.value}));
    EXPECT_EQ(found(QStringLiteral("2022-04-01..2022-05-31")), Ids{month.value});
    EXPECT_EQ(found(QStringLiteral("2022-04-10")), Ids{month.value});
    EXPECT_EQ(found(QStringLiteral("..2022-04-10")), (Ids{year.value, month.value}));
    EXPECT_TRUE(found(QStringLiteral("2022-05..2022-12")).empty());
    EXPECT_TRUE(found(QStringLiteral("..2020")).empty());
    EXPECT_EQ(found(QStringLiteral("2021-12-31..2022-03-31")), Ids{year.value});
}

TEST_F(SearchTest, NotBeforeAFilterLeavesOutWhatItSelects)
{
    // Kharkiv is in the Al Jazeera report (m_kharkiv) and, as Kharkov, in a Reuters one (m_reuters).
    EXPECT_EQ(reports(QStringLiteral("Kharkiv NOT outlet:Reuters")), Ids{m_kharkiv.value});
    EXPECT_EQ(reports(QStringLiteral("NOT outlet:\"Al Jazeera\" Kharkiv")), Ids{m_reuters.value});
    EXPECT_EQ(reports(QStringLiteral("Kharkiv NOT published:2022-06")), Ids{m_reuters.value});
    for (const SearchMatch& m : find(QStringLiteral("Kharkiv NOT in:reports"))) {
        EXPECT_NE(m.kind, search::DocKind::Report);
    }
    EXPECT_TRUE(reports(QStringLiteral("Kharkiv NOT in:reports")).empty());
    // NOT before a word still excludes the word; a filter after it selects as before.
    EXPECT_EQ(reports(QStringLiteral("Kharkiv NOT troops outlet:\"Al Jazeera\"")), Ids{m_kharkiv.value});
    // A hyphen before a word or a filter excludes it too.
    EXPECT_EQ(reports(QStringLiteral("Kharkiv -troops")), Ids{m_kharkiv.value});
    EXPECT_EQ(reports(QStringLiteral("Kharkiv -outlet:Reuters")), Ids{m_kharkiv.value});
    // What a filter says nothing of stays: the source Reuters (a source has no report, so no outlet).
    const auto sources = find(QStringLiteral("Reuters -outlet:\"Al Jazeera\""));
    EXPECT_TRUE(std::any_of(sources.begin(), sources.end(),
                            [](const SearchMatch& m) { return m.kind == search::DocKind::Source; }));
    // Only exclusions: what the case holds besides them.
    Ids rest = reports(QStringLiteral("NOT outlet:Reuters"));
    EXPECT_EQ(rest, Ids{m_kharkiv.value});
}

TEST_F(SearchTest, AFilterCombinesWithTheWordsLikeAnyOtherOperand)
{
    const auto sorted = [this](const QString& q) {
        Ids ids = reports(q);
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    // ORed with a word, a filter adds what it selects; what the words match comes first.
    const Ids either = reports(QStringLiteral("Odessa OR outlet:\"Al Jazeera\""));
    EXPECT_EQ(either, (Ids{m_odesa.value, m_kharkiv.value}));
    EXPECT_EQ(sorted(QStringLiteral("outlet:\"Al Jazeera\" OR published:..2021")),
              (Ids{m_kharkiv.value, m_odesa.value}));
    // Each group keeps its own filter: Kharkiv from Reuters, or Odessa before 2022.
    EXPECT_EQ(sorted(QStringLiteral("(Kharkiv outlet:Reuters) OR (Odessa published:..2021)")),
              (Ids{m_reuters.value, m_odesa.value}));
    EXPECT_EQ(sorted(QStringLiteral("(Kharkiv outlet:Reuters) OR (Odessa published:2022)")), Ids{m_reuters.value});
    // A negated group leaves out what all of it selects: the Reuters report about troops, not every report about
    // troops and every Reuters report.
    EXPECT_EQ(reports(QStringLiteral("Kharkiv NOT (troops outlet:Reuters)")), Ids{m_kharkiv.value});
    EXPECT_EQ(sorted(QStringLiteral("Kharkiv NOT (troops outlet:\"Al Jazeera\")")),
              (Ids{m_kharkiv.value, m_reuters.value}));
    // Exclusions taken from what a filter selects: the Reuters reports without troops.
    EXPECT_EQ(reports(QStringLiteral("-troops outlet:Reuters")), Ids{m_odesa.value});
    EXPECT_EQ(reports(QStringLiteral("outlet:Reuters -troops -grain")), Ids{});
    // Excluded words alone still find nothing.
    EXPECT_TRUE(find(QStringLiteral("NOT (Kharkiv outlet:Reuters)")).empty());
    // Values of one field are any of them inside a group too: the group means what it means alone.
    EXPECT_EQ(sorted(QStringLiteral("(outlet:Reuters outlet:\"Al Jazeera\") OR zzzqq")),
              (Ids{m_kharkiv.value, m_reuters.value, m_odesa.value}));
    // The same words in several groups are one lookup, and each group keeps its own filter.
    EXPECT_EQ(sorted(QStringLiteral("(Kharkiv outlet:Reuters) OR (Kharkiv published:2022-06)")),
              (Ids{m_kharkiv.value, m_reuters.value}));
    // A quoted phrase is exact wherever it is written, beside an OR or under a NOT as at the root ("troop run" stems
    // to the words of "Troops runs" but is not them); it used to be stemmed there.
    EXPECT_TRUE(reports(QStringLiteral("\"troop run\" OR outlet:zzzqq")).empty());
    EXPECT_TRUE(reports(QStringLiteral("\"troop run\" OR zzzqq")).empty());
    EXPECT_EQ(reports(QStringLiteral("\"troops runs\" OR zzzqq")), Ids{m_reuters.value});
    EXPECT_EQ(reports(QStringLiteral("\"troops runs\" OR outlet:zzzqq")), Ids{m_reuters.value});
    EXPECT_EQ(sorted(QStringLiteral("Kharkiv NOT \"troop run\"")), sorted(QStringLiteral("Kharkiv")));
    EXPECT_EQ(reports(QStringLiteral("Kharkiv -\"troops runs\"")), Ids{m_kharkiv.value});
    EXPECT_EQ(reports(QStringLiteral("\"troop run\" (Kharkov OR outlet:zzzqq)")),
              reports(QStringLiteral("\"troop run\" (Kharkov OR zzzqq)")));
    EXPECT_TRUE(reports(QStringLiteral("\"troop run\" (Kharkov OR outlet:zzzqq)")).empty());

    // A result found by its filter alone shows its beginning; one found by the words, its hits.
    const auto found = find(QStringLiteral("Odessa OR outlet:\"Al Jazeera\""));
    for (const SearchMatch& m : found) {
        EXPECT_FALSE(m.snippet.isEmpty()) << m.id;
        if (m.kind == search::DocKind::Report && m.id == m_odesa.value) {
            EXPECT_EQ(m.matched, QStringLiteral("Odessa"));
        }
    }
    // A group left out with its filter excludes no words from the ranking and the highlights: the Al Jazeera report
    // mentions troops nowhere, the Reuters report is not in notes, so both stay, ranked and marked by Kharkiv.
    const auto kept = find(QStringLiteral("Kharkiv -(troops in:notes)"));
    ASSERT_EQ(kept.size(), 2u);
    for (const SearchMatch& m : kept) {
        EXPECT_FALSE(m.matched.isEmpty()) << m.id;
        EXPECT_LT(m.rank, 0.0) << m.id; // BM25, not the 0 of a document found by a filter alone
    }
    auto marked = searchHitsInReport(*m_case, QStringLiteral("Kharkiv -(troops in:notes)"), m_reuters);
    ASSERT_TRUE(marked.ok());
    EXPECT_EQ(marked->size(), 1u); // "Kharkov" in the text (the words NOT troops marked nothing in it)
    // The words are highlighted in the report, the filter is not a word.
    auto hits = searchHitsInReport(*m_case, QStringLiteral("Odessa OR outlet:\"Al Jazeera\""), m_odesa);
    ASSERT_TRUE(hits.ok());
    EXPECT_EQ(hits->size(), 2u);
    // Sources and claims: "Reuters OR in:claims" finds the source Reuters and every claim.
    const ClaimId claim = test::addClaim(*m_case, m_kharkiv, QStringLiteral("the shelling of Kharkiv"),
                                         QStringLiteral("Agnès Callamard"));
    const auto mixed = find(QStringLiteral("grain OR in:claims"));
    EXPECT_TRUE(std::any_of(mixed.begin(), mixed.end(), [&](const SearchMatch& m) {
        return m.kind == search::DocKind::Claim && m.id == claim.value && m.start == 21;
    }));
    EXPECT_TRUE(std::any_of(mixed.begin(), mixed.end(), [&](const SearchMatch& m) {
        return m.kind == search::DocKind::Report && m.id == m_odesa.value;
    }));
    EXPECT_EQ(mixed.size(), 2u);
}

TEST_F(SearchTest, ATagFilterTakesAPathAndFindsTheTagsBelowIt)
{
    // Tags are written as paths everywhere else ("claim add --tag Violence/Shelling", "export --tag"): the filter
    // reads them so too, and a tag stands for the tags below it, as the export's --tag does.
    ClaimDraft draft;
    draft.report = m_kharkiv;
    draft.quote = QStringLiteral("the shelling of Kharkiv");
    draft.tagPaths = {QStringLiteral("Violence/Shelling")};
    AddClaim add(draft);
    ASSERT_TRUE(add.apply(*m_case).ok());
    const qint64 claim = add.claim().id.value;
    for (const QString& q : {QStringLiteral("tag:Shelling"), QStringLiteral("tag:violence/shelling"),
                             QStringLiteral("tag:Violence"), QStringLiteral("Kharkiv tag:\"Violence / Shelling\"")}) {
        const auto found = find(q);
        ASSERT_EQ(found.size(), 1u) << q.toStdString();
        EXPECT_EQ(found.front().id, claim) << q.toStdString();
    }
    EXPECT_TRUE(find(QStringLiteral("tag:Shelling/Violence")).empty());
    EXPECT_TRUE(find(QStringLiteral("tag:Viol")).empty());

    // Case and accents fold in any script, as outlet: and source: do (COLLATE NOCASE folded ASCII only).
    ClaimDraft other = draft;
    other.quote = QStringLiteral("Residents of Київ");
    other.tagPaths = {QStringLiteral("Économie/Обстріл")};
    AddClaim addOther(other);
    ASSERT_TRUE(addOther.apply(*m_case).ok());
    for (const QString& q : {QStringLiteral("tag:économie"), QStringLiteral("tag:ECONOMIE"),
                             QStringLiteral("tag:обстріл"), QStringLiteral("tag:economie/ОБСТРІЛ")}) {
        const auto found = find(q);
        ASSERT_EQ(found.size(), 1u) << q.toStdString();
        EXPECT_EQ(found.front().id, addOther.claim().id.value) << q.toStdString();
    }
}

TEST_F(SearchTest, HostileQueriesNeverFail)
{
    for (const QString& q :
         {QStringLiteral("C++"), QStringLiteral("state-of"), QStringLiteral("\"unbalanced"), QStringLiteral("NEAR("),
          QStringLiteral("*"), QStringLiteral("AND"), QStringLiteral("((("), QString(), QStringLiteral("\""),
          QStringLiteral("NEAR(,)"), QStringLiteral("a:b:c"), QStringLiteral("-x"), QStringLiteral("^"),
          QStringLiteral("NOT NOT"), QStringLiteral("report:'; DROP TABLE reports"), QStringLiteral("published:..")}) {
        auto found = searchCase(*m_case, q);
        EXPECT_TRUE(found.ok()) << q.toStdString() << ": "
                                << (found.ok() ? std::string() : found.error().toString().toStdString());
    }
    EXPECT_EQ(reports(QStringLiteral("C++")), Ids{m_reuters.value});
    EXPECT_EQ(reports(QStringLiteral("state-of")), Ids{m_reuters.value});
}

TEST_F(SearchTest, HitsInAReportAreEveryOccurrence)
{
    auto hits = searchHitsInReport(*m_case, QStringLiteral("running"), m_kharkiv);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 2u);
    const QString text = m_case->reportText(m_kharkiv, Case::TextView::All).value();
    for (const TextSpan& h : hits.value()) {
        EXPECT_EQ(text.mid(h.start, h.end - h.start), QStringLiteral("running"));
    }
}

TEST_F(SearchTest, BatchSearchCountsHitsPerReport)
{
    auto batch = batchSearch(*m_case, {QStringLiteral("running"), QString(), QStringLiteral("Odessa")});
    ASSERT_TRUE(batch.ok());
    ASSERT_EQ(batch->size(), 2u);
    EXPECT_EQ(batch->at(0).term, QStringLiteral("running"));
    ASSERT_EQ(batch->at(0).reports.size(), 2u);
    EXPECT_EQ(batch->at(0).reports.front().report, m_kharkiv);
    EXPECT_EQ(batch->at(0).reports.front().hits, 2);
    EXPECT_EQ(batch->at(1).totalHits, 2);
}

TEST_F(SearchTest, AReportWithAWordThousandsOfTimesGetsEveryHitAndAShortSnippetAtItsFirst)
{
    // FTS5's own snippet() and highlight() took time quadratic in a document's hits (minutes for a large report full
    // of "the"); the search's own functions read the text once. What they give must be what those gave.
    QString text = QStringLiteral("Préface 𝒳 — Kyiv.\n");
    const QString sentence = QStringLiteral("The convoy passed the bridge at dawn and the village saw it. ");
    for (int i = 0; i < 3000; ++i) {
        text += sentence;
    }
    text += QStringLiteral("Last words: Zaporizhzhia.");
    const ReportId big =
        add(QStringLiteral("Convoy log"), QStringLiteral("Field notes"), QStringLiteral("2022-05-01"), text);
    auto hits = searchHitsInReport(*m_case, QStringLiteral("the"), big);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 9000u);
    for (const TextSpan& h : hits.value()) {
        ASSERT_EQ(text.mid(h.start, h.end - h.start).toLower(), QStringLiteral("the")) << h.start;
    }
    EXPECT_EQ(hits->front().start, text.indexOf(QStringLiteral("The")));

    const auto found = find(QStringLiteral("the report:") + QString::number(big.value));
    ASSERT_EQ(found.size(), 1u);
    const SearchMatch& m = found.front();
    EXPECT_EQ(m.start, hits->front().start);
    EXPECT_EQ(m.matched, QStringLiteral("The"));
    EXPECT_LE(m.snippet.split(u' ', Qt::SkipEmptyParts).size(), 18) << m.snippet.toStdString();
    ASSERT_FALSE(m.snippetHits.empty());
    for (const TextSpan& h : m.snippetHits) {
        EXPECT_EQ(m.snippet.mid(h.start, h.end - h.start).toLower(), QStringLiteral("the")) << m.snippet.toStdString();
    }
    // A word only at the end: its one hit, and a snippet that ends with the text (no ellipsis after it).
    const auto last = find(QStringLiteral("Zaporizhzhia"));
    ASSERT_EQ(last.size(), 1u);
    EXPECT_EQ(last.front().start, text.indexOf(QStringLiteral("Zaporizhzhia")));
    EXPECT_TRUE(last.front().snippet.endsWith(QStringLiteral("Zaporizhzhia."))) << last.front().snippet.toStdString();
    EXPECT_TRUE(last.front().snippet.startsWith(QChar(0x2026)));
    // A word after a character outside the BMP: offsets in UTF-16 units, as anchors count them.
    const auto kyiv = find(QStringLiteral("Kyiv report:") + QString::number(big.value));
    ASSERT_EQ(kyiv.size(), 1u);
    EXPECT_EQ(text.mid(kyiv.front().start, kyiv.front().end - kyiv.front().start), QStringLiteral("Kyiv"));
}

TEST_F(SearchTest, AQuotedPhraseLongerThanTheSnippetShowsItsFirstPlaceTheTitleFirst)
{
    // Twenty words pasted as a quote: longer than a snippet's sixteen. In the title and twice in the text, the
    // snippet is the title's (the first column wins a tie), starting with the quote.
    QStringList quote;
    for (int i = 0; i < 20; ++i) {
        quote << QStringLiteral("q%1word").arg(i);
    }
    const QString phrase = quote.join(u' ');
    const ReportId r = add(phrase, QStringLiteral("Wire"), QStringLiteral("2022-01-01"),
                           QStringLiteral("Alpha said ") + phrase + QStringLiteral(". Omega said ") + phrase + u'.');
    const auto found = find(u'"' + phrase + QStringLiteral("\" report:") + QString::number(r.value));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_TRUE(found.front().snippet.startsWith(QStringLiteral("q0word q1word")))
        << found.front().snippet.toStdString();
    ASSERT_FALSE(found.front().snippetHits.empty());
    EXPECT_EQ(found.front().snippetHits.front().start, 0);
    // Its first place in the text is the first hit.
    EXPECT_EQ(found.front().start, QStringLiteral("Alpha said ").size());
}

TEST_F(SearchTest, AQuotedPhraseMarksOnlyItsExactWordsWhereverItIsWritten)
{
    // "mass graves" stems to the words of "mass grave" but is not that phrase: a query that quotes the phrase marks
    // (and says it matched, and steps through) only the exact words, alone, with other words, beside an OR.
    const QString text = QStringLiteral("Mass graves were found in Bucha. A second mass grave was found on Monday; "
                                        "the MASS GRAVE held forty bodies.");
    const ReportId r = add(QStringLiteral("Bucha"), QStringLiteral("Wire"), QStringLiteral("2022-04-04"), text);
    const qsizetype first = text.indexOf(QStringLiteral("mass grave was"));
    ASSERT_GT(first, 0);
    for (const QString& query : {QStringLiteral("\"mass grave\""), QStringLiteral("\"mass grave\" Bucha"),
                                 QStringLiteral("\"mass grave\" OR zzzqq"), QStringLiteral("\"mass grave\" in:reports"),
                                 QStringLiteral("Bucha (\"mass grave\" OR zzzqq)")}) {
        const auto found = find(query + QStringLiteral(" report:") + QString::number(r.value));
        ASSERT_EQ(found.size(), 1u) << query.toStdString();
        const SearchMatch& m = found.front();
        if (query.contains(QStringLiteral("Bucha"))) {
            EXPECT_EQ(m.matched, QStringLiteral("Bucha")) << query.toStdString(); // the first hit
        } else {
            EXPECT_EQ(m.start, first) << query.toStdString();
            EXPECT_EQ(m.matched, QStringLiteral("mass grave")) << query.toStdString();
        }
        for (const TextSpan& h : m.snippetHits) {
            const QString marked = m.snippet.mid(h.start, h.end - h.start).toLower();
            EXPECT_TRUE(marked == QStringLiteral("mass grave") || marked == QStringLiteral("bucha"))
                << query.toStdString() << ": " << marked.toStdString() << " in " << m.snippet.toStdString();
        }
        auto hits = searchHitsInReport(*m_case, query, r);
        ASSERT_TRUE(hits.ok()) << query.toStdString();
        QStringList marked;
        for (const TextSpan& h : hits.value()) {
            if (text.mid(h.start, h.end - h.start).compare(QStringLiteral("Bucha"), Qt::CaseInsensitive) != 0) {
                marked << text.mid(h.start, h.end - h.start);
            }
        }
        EXPECT_EQ(marked, (QStringList{QStringLiteral("mass grave"), QStringLiteral("MASS GRAVE")}))
            << query.toStdString() << ": " << marked.join(u'|').toStdString();
    }
    // A control character inside the phrase parts its words as a space does.
    const auto control = find(QStringLiteral("\"mass\u001Fgrave\" OR zzzqq report:") + QString::number(r.value));
    ASSERT_EQ(control.size(), 1u);
    EXPECT_EQ(control.front().matched, QStringLiteral("mass grave"));
    // A NEAR group with a letter the index reads as a separator (U+19B0): FTS5 drops that phrase and numbers the
    // rest otherwise than they are written; the marks are then the stemmed index's, none dropped.
    const auto near = find(QStringLiteral("NEAR(\u19B0 Bucha, 30) \"mass grave\" report:") + QString::number(r.value));
    ASSERT_EQ(near.size(), 1u);
    EXPECT_EQ(near.front().matched, QStringLiteral("Mass graves")); // as before exact marks, rather than none
    // Unquoted, the words are stemmed and every form is marked.
    auto stemmed = searchHitsInReport(*m_case, QStringLiteral("mass grave"), r);
    ASSERT_TRUE(stemmed.ok());
    ASSERT_EQ(stemmed->size(), 6u); // each word on its own: mass, graves, mass, grave, MASS, GRAVE
    EXPECT_EQ(text.mid(stemmed->at(1).start, stemmed->at(1).end - stemmed->at(1).start), QStringLiteral("graves"));
    // The same word quoted and unquoted: the unquoted one takes every form.
    auto both = searchHitsInReport(*m_case, QStringLiteral("\"graves\" OR graves"), r);
    ASSERT_TRUE(both.ok());
    EXPECT_EQ(both->size(), 3u);
}

TEST_F(SearchTest, BatchSearchFindsNothingForALineWithoutWords)
{
    // A stray line in a list of names finds nothing, as the same text in the Search dock does; a filter alone on a
    // line still lists what it selects.
    const QStringList lines{QStringLiteral("\"(("), QStringLiteral("*"),   QStringLiteral("-"),
                            QStringLiteral("((("),  QStringLiteral("AND"), QStringLiteral("()")};
    auto batch = batchSearch(*m_case, lines);
    ASSERT_TRUE(batch.ok());
    ASSERT_EQ(batch->size(), size_t(lines.size()));
    for (const TermHits& t : batch.value()) {
        EXPECT_TRUE(t.reports.empty()) << t.term.toStdString();
        EXPECT_EQ(t.totalHits, 0) << t.term.toStdString();
        EXPECT_TRUE(find(t.term).empty()) << t.term.toStdString();
    }
    auto byOutlet = batchSearch(*m_case, {QStringLiteral("outlet:Reuters")});
    ASSERT_TRUE(byOutlet.ok());
    ASSERT_EQ(byOutlet->size(), 1u);
    EXPECT_EQ(byOutlet->front().reports.size(), 2u);
}

TEST_F(SearchTest, TheIndexFollowsEditsUndoRedoAndDeletion)
{
    expectInStep(QStringLiteral("import"));
    ClaimDraft draft;
    draft.report = m_odesa;
    draft.quote = QStringLiteral("grain ships");
    draft.statement = QStringLiteral("Wheat exports resumed");
    AddClaim add(draft);
    test::expectRoundTrip(*m_case, add);
    EXPECT_EQ(find(QStringLiteral("wheat")).size(), 1u);

    AddNote note(model::NoteTarget::Report, m_odesa.value, QStringLiteral("Ask the harbour master about silos"));
    test::expectRoundTrip(*m_case, note);
    EXPECT_EQ(find(QStringLiteral("silos")).size(), 1u);

    DeleteReports del({m_odesa});
    test::expectRoundTrip(*m_case, del);
    EXPECT_TRUE(find(QStringLiteral("Odessa")).empty());
    EXPECT_TRUE(find(QStringLiteral("wheat")).empty());
    EXPECT_TRUE(find(QStringLiteral("silos")).empty());
    ASSERT_TRUE(del.revert(*m_case).ok());
    expectInStep(QStringLiteral("undo delete"));
    EXPECT_EQ(find(QStringLiteral("silos")).size(), 1u);
    EXPECT_EQ(reports(QStringLiteral("Odessa")), Ids{m_odesa.value});

    auto verified = verifyCase(*m_case);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok());
}

TEST_F(SearchTest, VerifyFindsAnIndexOutOfStepAndReindexRepairsIt)
{
    ASSERT_TRUE(m_case->database().exec(QStringLiteral("DELETE FROM search_docs WHERE kind = 'report'")).ok());
    auto verified = verifyCase(*m_case);
    ASSERT_TRUE(verified.ok());
    ASSERT_FALSE(verified->ok());
    EXPECT_EQ(verified->problems.front().kind, IntegrityProblem::Kind::Index);
    EXPECT_TRUE(reports(QStringLiteral("Odessa")).empty());

    ASSERT_TRUE(reindexCase(*m_case).ok());
    verified = verifyCase(*m_case);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok());
    EXPECT_EQ(reports(QStringLiteral("Odessa")), Ids{m_odesa.value});
}

TEST_F(SearchTest, VerifyFindsADocumentTakenOutOfOneIndexEvenOnAReadOnlyConnection)
{
    ASSERT_TRUE(m_case->database()
                    .exec(QStringLiteral("INSERT INTO search_fts (search_fts, rowid, title, statement, body) "
                                         "SELECT 'delete', doc_id, title, statement, body FROM search_content "
                                         "WHERE doc_id IN (SELECT doc_id FROM search_docs WHERE kind = 'report' "
                                         "AND item_id = %1)")
                              .arg(m_odesa.value))
                    .ok());
    EXPECT_TRUE(reports(QStringLiteral("Odessa")).empty());
    auto view = Case::open(m_case->path(), {}, Case::Access::ReadOnly);
    ASSERT_TRUE(view.ok());
    auto verified = verifyCase(*view.value());
    ASSERT_TRUE(verified.ok());
    ASSERT_FALSE(verified->ok());
    EXPECT_EQ(verified->problems.front().kind, IntegrityProblem::Kind::Index);
    EXPECT_TRUE(verified->problems.front().detail.contains(
        QStringLiteral("the search index search_fts lacks report %1").arg(m_odesa.value)))
        << verified->problems.front().detail.toStdString();
    view.value().reset();

    const auto reindexed = reindexCase(*m_case);
    ASSERT_TRUE(reindexed.ok()) << reindexed.error().toString().toStdString();
    verified = verifyCase(*m_case);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok());
    EXPECT_EQ(reports(QStringLiteral("Odessa")), Ids{m_odesa.value});
}
