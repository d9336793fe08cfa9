// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// EntityIndex: a report's mentions against the case's sources and entities, stored or (read-only) computed.
#include "core/case/EntityIndex.h"
#include "core/case/Case.h"
#include "core/case/edits/ReportEdits.h"
#include "core/case/edits/SourceEdits.h"
#include "core/common/Hash.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::casefile;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

class EntityIndexTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto created = Case::create(path(), s("entities"), {});
        ASSERT_TRUE(created.ok());
        m_case = std::move(created.value());
    }

    QString path() const { return m_dir.filePath(s("e.corrob")); }

    ReportId add(const QString& text, const QString& url = {})
    {
        model::NewReport r;
        r.metadata.url = url;
        r.original = text.toUtf8();
        r.sha256 = sha256Hex(QByteArrayView(r.original));
        r.workingText = text;
        r.metadata.title = s("report");
        r.provenance.importMethod = s("paste");
        r.provenance.capturedAt = s("2026-01-01T00:00:00Z");
        r.provenance.mediaType = s("text/plain");
        r.provenance.encoding = s("UTF-8");
        auto id = m_case->addReport(r);
        EXPECT_TRUE(id.ok());
        return id.ok() ? id.value() : ReportId();
    }

    void addSource(const char* name, model::SourceKind kind, const QStringList& aliases)
    {
        SourceDraft draft;
        draft.name = s(name);
        draft.kind = kind;
        draft.aliases = aliases;
        CreateSource edit(draft);
        ASSERT_TRUE(edit.apply(*m_case).ok());
    }

    // The mention whose words are `words`, or an empty one.
    static ReportEntityMention mentionOf(const std::vector<ReportEntityMention>& mentions, const char* words)
    {
        for (const ReportEntityMention& m : mentions) {
            if (m.text == s(words)) {
                return m;
            }
        }
        return {};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Case> m_case;
};

} // namespace

TEST_F(EntityIndexTest, ACountryNamedAsASourcesAliasStaysTheCountry)
{
    // The investigator gave the Kremlin's source the alias "Russia" so that "Russia said" is attributed to it; the
    // country's other mentions must not become that organisation.
    addSource("Russian government", model::SourceKind::Government, {s("Russia"), s("the Kremlin")});
    const ReportId report =
        add(s("Russia invaded Ukraine in February. Troops from Russia crossed the border near Kharkiv, and the "
              "Russian government denied any attack on civilians."));
    auto mentions = EntityIndex(*m_case).mentionsOf(report);
    ASSERT_TRUE(mentions.ok());
    const ReportEntityMention russia = mentionOf(mentions.value(), "Russia");
    EXPECT_EQ(russia.canonical, s("Russia"));
    EXPECT_EQ(russia.type, s("place"));
    const ReportEntityMention government = mentionOf(mentions.value(), "Russian government");
    EXPECT_EQ(government.canonical, s("Russian government"));
    EXPECT_NE(government.entity, russia.entity);
    // An alias that names no place still folds to the source.
    const ReportId kremlin = add(s("The Kremlin said the talks in Istanbul had failed."));
    auto more = EntityIndex(*m_case).mentionsOf(kremlin);
    ASSERT_TRUE(more.ok());
    EXPECT_EQ(mentionOf(more.value(), "The Kremlin").canonical, s("Russian government"));
}

TEST_F(EntityIndexTest, AReadOnlyCaseComputesMentionsWithoutStoringThem)
{
    const ReportId known = add(s("Agnès Callamard of Amnesty International visited Bucha."));
    ASSERT_TRUE(EntityIndex(*m_case).scanPending().ok());
    const ReportId fresh = add(s("Amnesty International met Oleksandra Matviichuk in Kyiv."));
    m_case.reset();

    auto reader = Case::open(path(), {}, Case::Access::ReadOnly);
    ASSERT_TRUE(reader.ok());
    EntityIndex index(*reader.value());
    auto stored = index.mentionsOf(known);
    ASSERT_TRUE(stored.ok());
    const EntityId amnesty = mentionOf(stored.value(), "Amnesty International").entity;
    EXPECT_TRUE(amnesty.isValid());

    auto computed = index.mentionsOf(fresh);
    ASSERT_TRUE(computed.ok()) << computed.error().toString().toStdString();
    // A name the case knows gets its entity; a new one comes without (nothing was written).
    EXPECT_EQ(mentionOf(computed.value(), "Amnesty International").entity, amnesty);
    const ReportEntityMention kyiv = mentionOf(computed.value(), "Kyiv");
    EXPECT_EQ(kyiv.type, s("place"));
    EXPECT_FALSE(kyiv.entity.isValid());
    EXPECT_EQ(kyiv.start, s("Amnesty International met Oleksandra Matviichuk in ").size());
    EXPECT_FALSE(index.entityNamed(s("Kyiv")).value().has_value());
}

TEST_F(EntityIndexTest, CountsAndCoMentionsLeaveOutDeletedReportsAndEarlierVersions)
{
    const QString url = s("https://example.org/news/bucha");
    const ReportId first = add(s("Agnès Callamard of Amnesty International visited Bucha on Monday."), url);
    // The same article captured again (same URL), changed: a new version, the first one kept as evidence.
    const ReportId second = add(s("Agnès Callamard of Amnesty International visited Bucha and Irpin on Monday."), url);
    ASSERT_EQ(m_case->report(second)->previousVersion, first);
    const ReportId other = add(s("Amnesty International met Oleksandra Matviichuk in Kyiv."));
    EntityIndex index(*m_case);
    ASSERT_TRUE(index.scanPending().ok());
    auto countsOf = [&](const char* name) {
        const auto id = index.entityNamed(s(name)).value();
        EXPECT_TRUE(id.has_value()) << name;
        auto e = index.entity(id.value_or(EntityId()));
        EXPECT_TRUE(e.ok()) << name;
        return e.ok() ? std::pair{e->mentions, e->reports} : std::pair<qint64, qint64>{-1, -1};
    };
    // The article counts once, as its current version: Amnesty in it and in the other report.
    EXPECT_EQ(countsOf("Amnesty International"), (std::pair<qint64, qint64>{2, 2}));
    EXPECT_EQ(countsOf("Bucha"), (std::pair<qint64, qint64>{1, 1}));
    const EntityId amnesty = index.entityNamed(s("Amnesty International")).value().value_or(EntityId());
    EXPECT_EQ(index.reportsMentioningAll({amnesty}).value(), (std::vector<ReportId>{second, other}));
    const auto co = index.coMentioned(index.entityNamed(s("Bucha")).value().value_or(EntityId())).value();
    ASSERT_FALSE(co.empty());
    for (const auto& [entity, reports] : co) {
        EXPECT_EQ(reports, 1) << index.entity(entity)->canonical.toStdString(); // not 2: the earlier version
    }

    // A deleted report's mentions stop counting (and count again when it is brought back); deleting the new
    // version makes the first capture the current one again.
    DeleteReports deleteOther({other});
    ASSERT_TRUE(deleteOther.apply(*m_case).ok());
    EXPECT_EQ(countsOf("Amnesty International"), (std::pair<qint64, qint64>{1, 1}));
    EXPECT_EQ(countsOf("Oleksandra Matviichuk"), (std::pair<qint64, qint64>{0, 0}));
    DeleteReports deleteSecond({second});
    ASSERT_TRUE(deleteSecond.apply(*m_case).ok());
    EXPECT_EQ(index.reportsMentioningAll({amnesty}).value(), (std::vector<ReportId>{first}));
    ASSERT_TRUE(deleteOther.revert(*m_case).ok());
    EXPECT_EQ(countsOf("Amnesty International"), (std::pair<qint64, qint64>{2, 2}));
}

TEST_F(EntityIndexTest, ANameWrittenInAnotherScriptIsTheSameEntity)
{
    // A Ukrainian report and an English one about the same spokesman; a Greek one and an English one about a captain.
    const ReportId english =
        add(s("Andriy Melnyk, a spokesman for the regional administration, said the port was closed. "
              "Captain Georgios Papadopoulos said the crew was safe."));
    const ReportId ukrainian = add(s("Речник обласної адміністрації Андрій Мельник повідомив, що порт закрито."));
    const ReportId greek = add(s("Ο καπετάνιος Γεώργιος Παπαδόπουλος δήλωσε ότι το πλήρωμα είναι ασφαλές."));
    EntityIndex index(*m_case);
    ASSERT_TRUE(index.scanPending().ok());
    auto entityOf = [&](ReportId report, const char* words) {
        auto mentions = index.mentionsOf(report);
        EXPECT_TRUE(mentions.ok());
        const ReportEntityMention m = mentionOf(mentions.value(), words);
        EXPECT_TRUE(m.entity.isValid()) << words;
        return m.entity;
    };
    const EntityId melnyk = entityOf(english, "Andriy Melnyk");
    EXPECT_EQ(entityOf(ukrainian, "Андрій Мельник"), melnyk);
    EXPECT_EQ(entityOf(greek, "Γεώργιος Παπαδόπουλος"), entityOf(english, "Georgios Papadopoulos"));
    // Counted once, in both reports.
    auto e = index.entity(melnyk);
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->reports, 2);
}
