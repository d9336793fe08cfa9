// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The situation an investigator meets in the seed articles, built with corroborate-cli and analysed end to end:
// Amnesty International's findings repeated by several outlets (one origin), cluster-munition use reported by
// Amnesty and by Bellingcat (two independent origins), and Russia's denials contradicting both.
#include "tests/support/CliRun.h"
#include "tests/support/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

using corrob::test::CliRun;
using corrob::test::runCli;

namespace {

QString ok(const CliRun& run)
{
    return QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err);
}

class AnalyzeScenario : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_case = m_dir.filePath(QStringLiteral("ukraine.corrob"));
        ASSERT_EQ(runCli({QStringLiteral("new"), m_case}).exitCode, 0);
        const CliRun imported = runCli(QStringList{QStringLiteral("import"), m_case} + corrob::test::seedFiles());
        ASSERT_EQ(imported.exitCode, 0) << ok(imported).toStdString();
        source({QStringLiteral("Amnesty International"), QStringLiteral("--kind"), QStringLiteral("ngo")});
        source({QStringLiteral("Agn\u00e8s Callamard"), QStringLiteral("--kind"), QStringLiteral("person"),
                QStringLiteral("--affiliation"), QStringLiteral("Amnesty International")});
        source({QStringLiteral("Bellingcat"), QStringLiteral("--kind"), QStringLiteral("researcher")});
        source({QStringLiteral("Eliot Higgins"), QStringLiteral("--kind"), QStringLiteral("person"),
                QStringLiteral("--affiliation"), QStringLiteral("Bellingcat")});
        source({QStringLiteral("Russian Government"), QStringLiteral("--kind"), QStringLiteral("government")});

        // Reports 1-5 are the seeds 000-004 in order.
        m_claims["amnesty"] = claim(1,
                                    QStringLiteral("Amnesty International said on Friday it had evidence of alleged "
                                                   "war crimes"),
                                    QStringLiteral("Amnesty International"));
        m_claims["fox"] = claim(2,
                                QStringLiteral("Amnesty International says it has documented war crimes by Russian "
                                               "forces around Ukraine's capital city."),
                                QStringLiteral("Amnesty International"));
        m_claims["commondreams"] = claim(3,
                                         QStringLiteral("Amnesty International declared Friday that Russia's "
                                                        "invasion of Ukraine"),
                                         QStringLiteral("Amnesty International"));
        m_claims["cluster"] = claim(5, QStringLiteral("accused Moscow of using banned cluster bombs"),
                                    QStringLiteral("Amnesty International"));
        m_claims["higgins"] =
            claim(4, QStringLiteral("cluster bombs in civilian areas"), QStringLiteral("Eliot Higgins"));
        // Written without the accent: the source is found case- and diacritics-insensitively.
        m_claims["callamard"] = claim(4,
                                      QStringLiteral("There is no possible justification for dropping cluster "
                                                     "munitions in populated areas"),
                                      QStringLiteral("agnes callamard"));
        m_claims["denial-fox"] = claim(2, QStringLiteral("denying allegations of war crimes"),
                                       QStringLiteral("Russian Government"), QStringLiteral("denial"));
        m_claims["denial-cluster"] =
            claim(4, QStringLiteral("Russia consistently denies carrying out illegal attacks."),
                  QStringLiteral("Russian Government"), QStringLiteral("denial"));

        link("fox", "amnesty", QStringLiteral("repeats"));
        link("commondreams", "amnesty", QStringLiteral("repeats"));
        link("higgins", "cluster", QStringLiteral("corroborates"));
        link("callamard", "cluster", QStringLiteral("corroborates"));
    }

    void source(const QStringList& args)
    {
        const CliRun run = runCli(QStringList{QStringLiteral("source"), QStringLiteral("set"), m_case} + args);
        ASSERT_EQ(run.exitCode, 0) << ok(run).toStdString();
    }

    qint64 claim(int report, const QString& quote, const QString& source,
                 const QString& kind = QStringLiteral("allegation"))
    {
        const CliRun run =
            runCli({QStringLiteral("claim"), QStringLiteral("add"), m_case, QStringLiteral("--report"),
                    QString::number(report), QStringLiteral("--quote"), quote, QStringLiteral("--source"), source,
                    QStringLiteral("--kind"), kind, QStringLiteral("--json")});
        EXPECT_EQ(run.exitCode, 0) << quote.toStdString() << ": " << ok(run).toStdString();
        return run.json().object().value(QStringLiteral("id")).toInteger();
    }

    void link(const char* from, const char* to, const QString& type)
    {
        const CliRun run = runCli({QStringLiteral("link"), m_case, QString::number(m_claims.at(from)),
                                   QString::number(m_claims.at(to)), QStringLiteral("--type"), type});
        ASSERT_EQ(run.exitCode, 0) << ok(run).toStdString();
    }

    // The analysis of every claim, by the scenario's name for it.
    std::map<std::string, QJsonObject> analyze(QJsonArray* conflicts = nullptr)
    {
        const CliRun run = runCli({QStringLiteral("analyze"), m_case, QStringLiteral("--json")});
        EXPECT_EQ(run.exitCode, 0) << ok(run).toStdString();
        const QJsonObject root = run.json().object();
        if (conflicts) {
            *conflicts = root.value(QStringLiteral("conflicts")).toArray();
        }
        std::map<std::string, QJsonObject> out;
        for (const QJsonValue& v : root.value(QStringLiteral("claims")).toArray()) {
            const QJsonObject c = v.toObject();
            for (const auto& [name, id] : m_claims) {
                if (c.value(QStringLiteral("id")).toInteger() == id) {
                    out[name] = c;
                }
            }
        }
        EXPECT_EQ(out.size(), m_claims.size());
        return out;
    }

    QJsonArray ids(std::initializer_list<const char*> names) const
    {
        QJsonArray out;
        for (const char* name : names) {
            out.append(m_claims.at(name));
        }
        return out;
    }

    QTemporaryDir m_dir;
    QString m_case;
    std::map<std::string, qint64> m_claims;
};

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray()) {
        out << s.toString();
    }
    out.sort();
    return out;
}

QList<qint64> sortedIds(const QJsonValue& v)
{
    QList<qint64> out;
    for (const QJsonValue& s : v.toArray()) {
        out << s.toInteger();
    }
    std::sort(out.begin(), out.end());
    return out;
}

QList<qint64> sortedIds(const QJsonArray& a)
{
    return sortedIds(QJsonValue(a));
}

} // namespace

TEST_F(AnalyzeScenario, OutletsRepeatingOnePressReleaseAreOneSource)
{
    auto result = analyze();
    const QJsonObject amnesty = result["amnesty"];
    EXPECT_EQ(amnesty.value(QStringLiteral("independent_sources")).toInt(), 1);
    EXPECT_EQ(strings(amnesty.value(QStringLiteral("origins"))), QStringList{QStringLiteral("Amnesty International")});
    EXPECT_EQ(sortedIds(amnesty.value(QStringLiteral("reports"))), (QList<qint64>{1, 2, 3}));
    EXPECT_EQ(sortedIds(amnesty.value(QStringLiteral("corroborated_by"))), sortedIds(ids({"fox", "commondreams"})));
    EXPECT_EQ(amnesty.value(QStringLiteral("suggested_credibility")).toInt(), 3);
    const QString reason = amnesty.value(QStringLiteral("reason")).toString();
    EXPECT_TRUE(reason.contains(QStringLiteral("one origin")) &&
                reason.contains(QStringLiteral("Amnesty International")))
        << reason.toStdString();
    // The repetition carries the same judgement: Fox's copy is not a second source.
    EXPECT_EQ(result["fox"].value(QStringLiteral("independent_sources")).toInt(), 1);
}

TEST_F(AnalyzeScenario, AmnestyAndBellingcatAreTwoIndependentSourcesOnClusterMunitions)
{
    auto result = analyze();
    const QJsonObject cluster = result["cluster"];
    EXPECT_EQ(cluster.value(QStringLiteral("independent_sources")).toInt(), 2);
    EXPECT_EQ(strings(cluster.value(QStringLiteral("origins"))),
              (QStringList{QStringLiteral("Amnesty International"), QStringLiteral("Bellingcat")}));
    EXPECT_EQ(sortedIds(cluster.value(QStringLiteral("corroborated_by"))), sortedIds(ids({"higgins", "callamard"})));
    EXPECT_EQ(cluster.value(QStringLiteral("suggested_credibility")).toInt(), 1);
    EXPECT_TRUE(cluster.value(QStringLiteral("contradicted_by")).toArray().isEmpty());
    // Callamard speaks for Amnesty: her claim adds no third origin. Corroboration backs the claim it points to:
    // her own claim is not credited with Bellingcat.
    const QJsonObject callamard = result["callamard"];
    EXPECT_EQ(callamard.value(QStringLiteral("independent_sources")).toInt(), 1);
    EXPECT_TRUE(callamard.value(QStringLiteral("corroborated_by")).toArray().isEmpty());
    EXPECT_EQ(sortedIds(callamard.value(QStringLiteral("corroborates"))), sortedIds(ids({"cluster"})));
}

TEST_F(AnalyzeScenario, ListsTheLinksItFollowedAndWeighsADenialByItsSourcesGrade)
{
    link("denial-cluster", "cluster", QStringLiteral("contradicts"));
    const QJsonObject cluster = analyze()["cluster"];
    // The links the analysis followed for the claim, with their ids; the reason names them.
    const QJsonArray links = cluster.value(QStringLiteral("links")).toArray();
    ASSERT_EQ(links.size(), 3) << QJsonDocument(links).toJson().toStdString();
    QStringList types;
    for (const QJsonValue& v : links) {
        const QJsonObject l = v.toObject();
        types << l.value(QStringLiteral("type")).toString();
        EXPECT_GT(l.value(QStringLiteral("id")).toInteger(), 0);
        const QString reason = cluster.value(QStringLiteral("reason")).toString();
        EXPECT_TRUE(reason.contains(QStringLiteral("link #%1").arg(l.value(QStringLiteral("id")).toInteger())))
            << reason.toStdString();
    }
    EXPECT_EQ(types, (QStringList{QStringLiteral("corroborates"), QStringLiteral("corroborates"),
                                  QStringLiteral("contradicts")}));
    EXPECT_EQ(sortedIds(cluster.value(QStringLiteral("same_statement"))), sortedIds(ids({"cluster"})));
    EXPECT_DOUBLE_EQ(cluster.value(QStringLiteral("contradicting_weight")).toDouble(), 1.0);
    EXPECT_EQ(cluster.value(QStringLiteral("suggested_credibility")).toInt(), 2);

    // Graded E, the government's denial weighs a quarter: the denial of a single source no longer makes it
    // doubtful.
    link("denial-fox", "amnesty", QStringLiteral("contradicts"));
    EXPECT_EQ(analyze()["amnesty"].value(QStringLiteral("suggested_credibility")).toInt(), 4);
    source({QStringLiteral("Russian Government"), QStringLiteral("--reliability"), QStringLiteral("E")});
    const QJsonObject amnesty = analyze()["amnesty"];
    EXPECT_DOUBLE_EQ(amnesty.value(QStringLiteral("contradicting_weight")).toDouble(), 0.25);
    EXPECT_EQ(amnesty.value(QStringLiteral("suggested_credibility")).toInt(), 3);
    EXPECT_TRUE(amnesty.value(QStringLiteral("reason")).toString().contains(QStringLiteral("Russian Government (E)")))
        << amnesty.value(QStringLiteral("reason")).toString().toStdString();
}

TEST_F(AnalyzeScenario, RussiasDenialsContradictBothAndLowerTheGrades)
{
    link("denial-fox", "amnesty", QStringLiteral("contradicts"));
    link("denial-cluster", "cluster", QStringLiteral("contradicts"));
    QJsonArray conflicts;
    auto result = analyze(&conflicts);

    const QJsonObject amnesty = result["amnesty"];
    EXPECT_EQ(sortedIds(amnesty.value(QStringLiteral("contradicted_by"))), sortedIds(ids({"denial-fox"})));
    EXPECT_EQ(amnesty.value(QStringLiteral("suggested_credibility")).toInt(), 4);
    EXPECT_TRUE(amnesty.value(QStringLiteral("reason")).toString().contains(QStringLiteral("Russian Government")))
        << amnesty.value(QStringLiteral("reason")).toString().toStdString();
    // Every outlet's copy of Amnesty's claim is contradicted too.
    EXPECT_EQ(sortedIds(result["fox"].value(QStringLiteral("contradicted_by"))), sortedIds(ids({"denial-fox"})));

    const QJsonObject cluster = result["cluster"];
    EXPECT_EQ(cluster.value(QStringLiteral("independent_sources")).toInt(), 2);
    EXPECT_EQ(sortedIds(cluster.value(QStringLiteral("contradicted_by"))), sortedIds(ids({"denial-cluster"})));
    EXPECT_EQ(cluster.value(QStringLiteral("suggested_credibility")).toInt(), 2);

    // A denial of what two independent sources report is improbable.
    const QJsonObject denial = result["denial-cluster"];
    EXPECT_EQ(denial.value(QStringLiteral("suggested_credibility")).toInt(), 5);
    // The reason names who stands against the denial: both independent sources, not just the one linked.
    const QString denialReason = denial.value(QStringLiteral("reason")).toString();
    EXPECT_TRUE(denialReason.contains(QStringLiteral("Bellingcat")) &&
                denialReason.contains(QStringLiteral("Amnesty International")))
        << denialReason.toStdString();

    ASSERT_EQ(conflicts.size(), 2);
    QList<QList<qint64>> pairs;
    for (const QJsonValue& v : conflicts) {
        const QJsonObject c = v.toObject();
        EXPECT_EQ(c.value(QStringLiteral("kind")).toString(), QStringLiteral("contradicts"));
        pairs.append(sortedIds(QJsonArray{c.value(QStringLiteral("a")), c.value(QStringLiteral("b"))}));
    }
    std::sort(pairs.begin(), pairs.end());
    QList<QList<qint64>> expected = {sortedIds(ids({"denial-fox", "amnesty"})),
                                     sortedIds(ids({"denial-cluster", "cluster"}))};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(pairs, expected);

    EXPECT_EQ(runCli({QStringLiteral("verify"), m_case}).exitCode, 0);
}
