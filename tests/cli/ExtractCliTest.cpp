// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// corroborate-cli extract: a report's sentences, entities, figures and attributions, with offsets that read back in
// the working text (`text --all`), as claim anchors do.
#include "tests/support/CliRun.h"
#include "tests/support/TestFiles.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using corrob::test::CliRun;
using corrob::test::runCli;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

class ExtractCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_case = m_dir.filePath(s("case.corrob"));
        ASSERT_EQ(runCli({s("new"), m_case}).exitCode, 0);
        const QString file = m_dir.filePath(s("bucha.txt"));
        // An apostrophe outside ASCII before the figures: offsets count UTF-16 units, not bytes.
        corrob::test::writeFile(
            file, s("Bucha\u2019s count\n\n"
                    "At least 1,235 civilian bodies had been found by May 11, the governor said.\n\n"
                    "Fox reports that Amnesty International said that residents saw soldiers fire on cars.\n\n"
                    "\u201cThere is no justification for this,\u201d Agn\u00e8s Callamard told reporters. "
                    "Prosecutors opened between 30 and 50 war crime probes, according to one Western official.\n")
                      .toUtf8());
        const CliRun imported =
            runCli({s("import"), m_case, file, s("--outlet"), s("Fox News"), s("--published"), s("2022-05-12")});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
        const CliRun text = runCli({s("text"), m_case, s("1"), s("--all")});
        ASSERT_EQ(text.exitCode, 0);
        m_text = text.out;
    }

    QString at(const QJsonObject& o, const char* start = "start", const char* end = "end") const
    {
        const int a = o.value(s(start)).toInt();
        return m_text.mid(a, o.value(s(end)).toInt() - a);
    }

    QTemporaryDir m_dir;
    QString m_case;
    QString m_text;
};

TEST_F(ExtractCli, PrintsFiguresWithWhatTheyCountAndTheirDate)
{
    const CliRun run = runCli({s("extract"), m_case, s("1"), s("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = run.json().object();
    EXPECT_TRUE(json.value(s("entities")).isArray());

    const QJsonArray sentences = json.value(s("sentences")).toArray();
    ASSERT_GE(sentences.size(), 5);
    EXPECT_EQ(at(sentences.at(1).toObject()),
              s("At least 1,235 civilian bodies had been found by May 11, the governor said."));

    const QJsonArray figures = json.value(s("figures")).toArray();
    ASSERT_EQ(figures.size(), 2) << run.out.toStdString();
    const QJsonObject bodies = figures.at(0).toObject();
    EXPECT_EQ(bodies.value(s("text")).toString(), s("At least 1,235 civilian bodies"));
    EXPECT_EQ(at(bodies), bodies.value(s("text")).toString());
    EXPECT_EQ(bodies.value(s("value")).toDouble(), 1235);
    EXPECT_EQ(bodies.value(s("low")).toDouble(), 1235);
    EXPECT_TRUE(bodies.value(s("high")).isNull());
    EXPECT_EQ(bodies.value(s("unit")).toString(), s("bodies"));
    EXPECT_EQ(bodies.value(s("qualifier")).toString(), s("at least"));
    EXPECT_EQ(bodies.value(s("counted")).toString(), s("civilian bodies"));
    EXPECT_EQ(bodies.value(s("as_of")).toString(), s("by May 11"));
    EXPECT_EQ(at(bodies, "as_of_start", "as_of_end"), s("by May 11"));

    const QJsonObject probes = figures.at(1).toObject();
    EXPECT_EQ(probes.value(s("low")).toDouble(), 30);
    EXPECT_EQ(probes.value(s("high")).toDouble(), 50);
    EXPECT_EQ(probes.value(s("counted")).toString(), s("war crime probes"));
    EXPECT_TRUE(probes.value(s("as_of")).isNull());
}

TEST_F(ExtractCli, PrintsWhoSaidWhatWithTheChainFromThePublisher)
{
    const CliRun run = runCli({s("extract"), m_case, s("1"), s("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray attributions = run.json().object().value(s("attributions")).toArray();
    QJsonObject callamard;
    QJsonObject residents;
    QJsonObject official;
    for (const QJsonValue& v : attributions) {
        const QJsonObject a = v.toObject();
        if (a.value(s("speaker")).toString() == s("Agn\u00e8s Callamard")) {
            callamard = a;
        } else if (a.value(s("speaker")).toString() == s("Amnesty International")) {
            residents = a;
        } else if (a.value(s("speaker")).toString() == s("one Western official")) {
            official = a;
        }
    }
    ASSERT_FALSE(callamard.isEmpty()) << run.out.toStdString();
    EXPECT_EQ(at(callamard), s("There is no justification for this,"));
    EXPECT_EQ(at(callamard, "speaker_start", "speaker_end"), s("Agn\u00e8s Callamard"));
    EXPECT_EQ(callamard.value(s("cue")).toString(), s("told"));
    EXPECT_EQ(callamard.value(s("kind")).toString(), s("person"));

    ASSERT_FALSE(residents.isEmpty()) << run.out.toStdString();
    EXPECT_TRUE(at(residents).startsWith(s("residents saw"))) << at(residents).toStdString();
    QStringList chain;
    for (const QJsonValue& link : residents.value(s("chain")).toArray()) {
        chain << link.toObject().value(s("role")).toString() + u':' + link.toObject().value(s("name")).toString();
    }
    EXPECT_EQ(chain, (QStringList{s("publisher:Fox News"), s("source:Fox"), s("source:Amnesty International"),
                                  s("observer:residents")}));

    ASSERT_FALSE(official.isEmpty()) << run.out.toStdString();
    EXPECT_TRUE(official.value(s("anonymous")).toBool());
}

TEST_F(ExtractCli, PrintsEntityMentionsAsTheCaseEntitiesHaveThem)
{
    const CliRun run = runCli({s("extract"), m_case, s("1"), s("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray entities = run.json().object().value(s("entities")).toArray();
    ASSERT_FALSE(entities.isEmpty()) << run.out.toStdString();
    QHash<QString, QJsonObject> byText;
    for (const QJsonValue& v : entities) {
        const QJsonObject m = v.toObject();
        // The contract's keys, and offsets that select the words in the working text.
        for (const char* key : {"start", "end", "text", "canonical", "type", "entity"}) {
            EXPECT_TRUE(m.contains(s(key))) << key;
        }
        EXPECT_EQ(at(m), m.value(s("text")).toString());
        byText.insert(m.value(s("text")).toString(), m);
    }
    // "Bucha’s": the possessive stays outside the span, counted in UTF-16 units after a non-ASCII apostrophe.
    ASSERT_TRUE(byText.contains(s("Bucha"))) << run.out.toStdString();
    EXPECT_EQ(byText.value(s("Bucha")).value(s("start")).toInt(), 0);
    EXPECT_EQ(byText.value(s("Bucha")).value(s("type")).toString(), s("place"));
    const QJsonObject callamard = byText.value(s("Agn\u00e8s Callamard"));
    EXPECT_EQ(callamard.value(s("canonical")).toString(), s("Agn\u00e8s Callamard"));
    EXPECT_EQ(callamard.value(s("type")).toString(), s("person"));
    const QJsonObject amnesty = byText.value(s("Amnesty International"));
    EXPECT_EQ(amnesty.value(s("type")).toString(), s("organisation"));

    // The entity ids are the case's: `entities` lists the same one, and an investigator's rename shows here.
    const CliRun list = runCli({s("entities"), m_case, s("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    qint64 listed = 0;
    for (const QJsonValue& v : list.json().array()) {
        if (v.toObject().value(s("canonical")).toString() == s("Amnesty International")) {
            listed = v.toObject().value(s("id")).toInteger();
        }
    }
    EXPECT_EQ(amnesty.value(s("entity")).toInteger(), listed);
    ASSERT_EQ(runCli({s("entity"), s("rename"), m_case, s("Amnesty International"), s("Amnesty")}).exitCode, 0);
    const CliRun again = runCli({s("extract"), m_case, s("1"), s("--json")});
    bool renamed = false;
    for (const QJsonValue& v : again.json().object().value(s("entities")).toArray()) {
        const QJsonObject m = v.toObject();
        if (m.value(s("text")).toString() == s("Amnesty International")) {
            renamed = m.value(s("canonical")).toString() == s("Amnesty") && m.value(s("entity")).toInteger() == listed;
        }
    }
    EXPECT_TRUE(renamed) << again.out.toStdString();
}

TEST_F(ExtractCli, PrintsAReadableSummaryAndRefusesAMissingReport)
{
    const CliRun run = runCli({s("extract"), m_case, s("1")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(s("figure ["))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(s("(by May 11)"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(s("2 figures"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(s("entity [0,5) Bucha -> Bucha (place)"))) << run.out.toStdString();

    const CliRun missing = runCli({s("extract"), m_case, s("9"), s("--json")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(s("9"))) << missing.err.toStdString();
    const CliRun bad = runCli({s("extract"), m_case, s("x")});
    EXPECT_EQ(bad.exitCode, 2);
}

} // namespace
