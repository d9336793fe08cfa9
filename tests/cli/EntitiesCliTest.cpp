// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// corroborate-cli entities and entity merge|rename|alias|split|retype|confirm|delete|to-source end to end on the
// seed articles: the contract's JSON keys, exit statuses, and what the next listing shows.
#include "tests/support/CliRun.h"
#include "tests/support/TestPaths.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;
using test::CliRun;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

class EntitiesCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("x.corrob"));
        ASSERT_EQ(test::runCli({s("new"), path}).exitCode, 0);
        ASSERT_EQ(test::runCli(QStringList{s("import"), path} + test::seedFiles()).exitCode, 0);
    }

    QJsonObject entityNamed(const char* canonical)
    {
        const CliRun r = test::runCli({s("entities"), path, s("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        for (const QJsonValue& v : r.json().array()) {
            if (v.toObject().value(s("canonical")).toString() == s(canonical)) {
                return v.toObject();
            }
        }
        return {};
    }

    CliRun entity(const QStringList& args) { return test::runCli(QStringList{s("entity")} + args); }

    QTemporaryDir dir;
    QString path;
};

} // namespace

TEST_F(EntitiesCli, ListsEntitiesWithTheContractsKeys)
{
    const CliRun r = test::runCli({s("entities"), path, s("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ASSERT_TRUE(r.json().isArray());
    ASSERT_GT(r.json().array().size(), 10);
    for (const char* key : {"id", "canonical", "type", "aliases", "mentions", "reports"}) {
        EXPECT_TRUE(r.json().array().first().toObject().contains(s(key))) << key;
    }
    const QJsonObject kyiv = entityNamed("Kyiv");
    EXPECT_EQ(kyiv.value(s("type")).toString(), s("place"));
    EXPECT_TRUE(kyiv.value(s("aliases")).toArray().contains(s("Kiev")));
    EXPECT_GE(kyiv.value(s("reports")).toInt(), 3);
    const CliRun text = test::runCli({s("entities"), path});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(s("Amnesty International"))) << text.out.toStdString();
}

TEST_F(EntitiesCli, MergeRenameAliasSplitRetypeConfirmDelete)
{
    const CliRun merge = entity({s("merge"), path, s("Kyiv"), s("Bucha"), s("--json")});
    ASSERT_EQ(merge.exitCode, 0) << merge.err.toStdString();
    EXPECT_EQ(merge.json().object().value(s("canonical")).toString(), s("Kyiv"));
    EXPECT_TRUE(entityNamed("Bucha").isEmpty());
    EXPECT_TRUE(entityNamed("Kyiv").value(s("aliases")).toArray().contains(s("Bucha")));

    const CliRun split = entity({s("split"), path, s("Kyiv"), s("Bucha"), s("--json")});
    ASSERT_EQ(split.exitCode, 0) << split.err.toStdString();
    EXPECT_EQ(split.json().object().value(s("canonical")).toString(), s("Bucha"));
    EXPECT_GT(entityNamed("Bucha").value(s("mentions")).toInt(), 0);

    ASSERT_EQ(entity({s("rename"), path, s("Kiev"), s("Kyiv city")}).exitCode, 0);
    EXPECT_FALSE(entityNamed("Kyiv city").isEmpty());
    ASSERT_EQ(entity({s("alias"), path, s("Kyiv city"), s("Kyjiw"), s("Kijów")}).exitCode, 0);
    EXPECT_TRUE(entityNamed("Kyiv city").value(s("aliases")).toArray().contains(s("Kyjiw")));
    ASSERT_EQ(entity({s("retype"), path, s("Okhtyrka"), s("unit")}).exitCode, 0);
    EXPECT_EQ(entityNamed("Okhtyrka").value(s("type")).toString(), s("unit"));
    ASSERT_EQ(entity({s("confirm"), path, s("Okhtyrka"), s("--json")}).json().object().value(s("confirmed")), true);
    ASSERT_EQ(entity({s("delete"), path, s("Okhtyrka")}).exitCode, 0);
    EXPECT_TRUE(entityNamed("Okhtyrka").isEmpty());
    // Later reads follow the decision.
    EXPECT_TRUE(entityNamed("Okhtyrka").isEmpty());
}

TEST_F(EntitiesCli, ToSourceMakesASourceWithTheAliases)
{
    const CliRun r = entity({s("to-source"), path, s("Eliot Higgins"), s("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_GT(r.json().object().value(s("source")).toInt(), 0);
    const CliRun sources = test::runCli({s("sources"), path, s("--json")});
    bool found = false;
    for (const QJsonValue& v : sources.json().array()) {
        if (v.toObject().value(s("name")).toString() == s("Eliot Higgins")) {
            found = true;
            EXPECT_TRUE(v.toObject().value(s("aliases")).toArray().contains(s("Higgins")));
        }
    }
    EXPECT_TRUE(found) << sources.out.toStdString();
    // A place cannot speak.
    const CliRun place = entity({s("to-source"), path, s("Kyiv")});
    EXPECT_EQ(place.exitCode, 1);
    EXPECT_TRUE(place.err.startsWith(s("error: only a person or an organisation"))) << place.err.toStdString();
}

TEST_F(EntitiesCli, BadInputSaysWhatAndWhere)
{
    const CliRun missing = entity({s("rename"), path, s("Atlantis"), s("X")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(s("no such entity (entity 'Atlantis')"))) << missing.err.toStdString();
    const CliRun type = entity({s("retype"), path, s("Kyiv"), s("planet")});
    EXPECT_EQ(type.exitCode, 2);
    EXPECT_TRUE(type.err.contains(s("unknown entity type 'planet'"))) << type.err.toStdString();
    const CliRun clash = entity({s("rename"), path, s("Kyiv"), s("Bucha")});
    EXPECT_EQ(clash.exitCode, 1);
    EXPECT_TRUE(clash.err.contains(s("merge the two instead"))) << clash.err.toStdString();
    EXPECT_EQ(entity({s("merge"), path, s("Kyiv")}).exitCode, 2);
}
