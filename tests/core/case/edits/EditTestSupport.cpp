// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/case/edits/EditTestSupport.h"

#include "core/storage/SearchRepository.h"
#include "core/storage/Statement.h"

#include "core/case/CaseReader.h"
#include "core/case/ImportService.h"
#include "core/case/edits/ClaimEdits.h"
#include "core/model/Vocabulary.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "tests/support/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace corrob::test {

SeededCase::SeededCase()
{
    auto created =
        casefile::Case::create(m_dir.filePath(QStringLiteral("seeds.corrob")), QString(), {QStringLiteral("tester")});
    EXPECT_TRUE(created.ok());
    m_case = std::move(created).value();
    EXPECT_EQ(casefile::ImportService(*m_case).importPaths(seedFiles(), {}).imported.size(), 5u);
}

QString SeededCase::path() const
{
    return m_case->path();
}

namespace {

template <typename T, typename ToJson> QJsonArray listJson(const Result<std::vector<T>>& items, ToJson toJson)
{
    EXPECT_TRUE(items.ok()) << (items.ok() ? std::string() : items.error().toString().toStdString());
    QJsonArray out;
    if (items.ok()) {
        for (const T& item : items.value()) {
            out.append(toJson(item));
        }
    }
    return out;
}

QJsonArray ids(const QList<TagId>& tags)
{
    QJsonArray out;
    for (const TagId t : tags) {
        out.append(t.value);
    }
    return out;
}

} // namespace

QString snapshot(casefile::Case& c)
{
    casefile::CaseReader reader(c);
    QJsonObject all;
    all.insert(QStringLiteral("claims"), listJson(reader.claims(), [](const model::Claim& x) {
                   return QJsonObject{{QStringLiteral("id"), x.id.value},
                                      {QStringLiteral("report"), x.report.value},
                                      {QStringLiteral("start"), x.anchor.start},
                                      {QStringLiteral("end"), x.anchor.end},
                                      {QStringLiteral("quote"), x.anchor.quote},
                                      {QStringLiteral("prefix"), x.anchor.prefix},
                                      {QStringLiteral("suffix"), x.anchor.suffix},
                                      {QStringLiteral("statement"), x.statement},
                                      {QStringLiteral("kind"), model::claimKindName(x.kind)},
                                      {QStringLiteral("source"), x.source.value},
                                      {QStringLiteral("credibility"), x.credibility},
                                      {QStringLiteral("tags"), ids(x.tags)},
                                      {QStringLiteral("orphaned"), x.orphaned},
                                      {QStringLiteral("created"), QString(x.createdAt + u' ' + x.createdBy)},
                                      {QStringLiteral("updated"), x.updatedAt}};
               }));
    all.insert(QStringLiteral("links"), listJson(reader.links(), [](const model::Link& x) {
                   return QJsonObject{{QStringLiteral("id"), x.id.value},
                                      {QStringLiteral("from"), x.from.value},
                                      {QStringLiteral("to"), x.to.value},
                                      {QStringLiteral("type"), model::linkTypeName(x.type)},
                                      {QStringLiteral("note"), x.note},
                                      {QStringLiteral("confidence"), x.confidence ? *x.confidence : -1.0},
                                      {QStringLiteral("created"), QString(x.createdAt + u' ' + x.author)}};
               }));
    all.insert(QStringLiteral("sources"), listJson(reader.sources(), [](const model::Source& x) {
                   return QJsonObject{{QStringLiteral("id"), x.id.value},
                                      {QStringLiteral("name"), x.name},
                                      {QStringLiteral("aliases"), QJsonArray::fromStringList(x.aliases)},
                                      {QStringLiteral("kind"), model::sourceKindName(x.kind)},
                                      {QStringLiteral("affiliation"), x.affiliation.value},
                                      {QStringLiteral("reliability"), x.reliability},
                                      {QStringLiteral("rationale"), x.rationale},
                                      {QStringLiteral("created"), x.createdAt}};
               }));
    all.insert(QStringLiteral("tags"), listJson(reader.tags(), [](const model::Tag& x) {
                   return QJsonObject{{QStringLiteral("id"), x.id.value},
                                      {QStringLiteral("parent"), x.parent.value},
                                      {QStringLiteral("name"), x.name},
                                      {QStringLiteral("colour"), x.colour},
                                      {QStringLiteral("description"), x.description},
                                      {QStringLiteral("position"), x.position}};
               }));
    all.insert(QStringLiteral("notes"), listJson(reader.notes(), [](const model::Note& x) {
                   return QJsonObject{{QStringLiteral("id"), x.id.value},
                                      {QStringLiteral("target"), model::noteTargetName(x.target)},
                                      {QStringLiteral("target_id"), x.targetId},
                                      {QStringLiteral("body"), x.body},
                                      {QStringLiteral("created"), QString(x.createdAt + u' ' + x.author)},
                                      {QStringLiteral("updated"), x.updatedAt}};
               }));
    // Report outlets point at sources too: a merge must keep them.
    QJsonArray outlets;
    auto reports = c.reports();
    EXPECT_TRUE(reports.ok());
    QJsonArray metadata; // and a report's metadata is an edit of its own
    for (const auto& r : reports.value()) {
        outlets.append(r.metadata.outlet);
        const model::ReportMetadata& m = r.metadata;
        metadata.append(QJsonObject{{QStringLiteral("title"), m.title},
                                    {QStringLiteral("outlet"), m.outlet},
                                    {QStringLiteral("republished_by"), m.republishedBy},
                                    {QStringLiteral("author"), m.author},
                                    {QStringLiteral("translation_credit"), m.translationCredit},
                                    {QStringLiteral("url"), m.url},
                                    {QStringLiteral("language"), m.language},
                                    {QStringLiteral("published"), m.published.iso}});
    }
    all.insert(QStringLiteral("outlets"), outlets);
    all.insert(QStringLiteral("reports"), metadata);
    QJsonArray excluded;
    for (const auto& r : reports.value()) {
        auto ranges = c.excludedRangeList(r.id);
        EXPECT_TRUE(ranges.ok());
        for (const model::ExcludedRange& x : ranges.value()) {
            excluded.append(QJsonObject{{QStringLiteral("id"), x.id.value},
                                        {QStringLiteral("report"), r.id.value},
                                        {QStringLiteral("start"), static_cast<qint64>(x.range.start)},
                                        {QStringLiteral("end"), static_cast<qint64>(x.range.end)},
                                        {QStringLiteral("reason"), x.range.reason},
                                        {QStringLiteral("origin"), x.origin}});
        }
    }
    all.insert(QStringLiteral("excluded"), excluded);
    // Dismissed suggestions: a dismissal is an edit, and a deleted claim takes its dismissals with it.
    QJsonArray dismissed;
    auto rows = c.database().prepare(QStringLiteral(
        "SELECT id, claim_id, report_id, start, \"end\", ifnull(target_claim_id, 0), passage_sha256, dismissed_at "
        "FROM dismissed_suggestions ORDER BY id"));
    EXPECT_TRUE(rows.ok());
    while (rows) {
        auto row = rows->step();
        if (!row || !row.value()) {
            break;
        }
        dismissed.append(QJsonArray{rows->int64(0), rows->int64(1), rows->int64(2), rows->int64(3), rows->int64(4),
                                    rows->int64(5), rows->text(6), rows->text(7)});
    }
    all.insert(QStringLiteral("dismissed_suggestions"), dismissed);
    return QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
}

qint64 auditCount(casefile::Case& c)
{
    auto n = c.auditLog().count();
    EXPECT_TRUE(n.ok());
    return n.ok() ? n.value() : -1;
}

QString rowCounts(casefile::Case& c)
{
    QStringList parts;
    for (const char* table :
         {"claims", "links", "sources", "source_aliases", "tags", "claim_tags", "notes", "audit_log"}) {
        auto n = c.database().queryInt(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table));
        parts << QString::fromLatin1(table) + u'=' + QString::number(n.ok() ? n.value() : -1);
    }
    return parts.join(u' ');
}

void expectIndexInStep(casefile::Case& c, const QString& after)
{
    auto problems = storage::SearchRepository(c.database()).check();
    ASSERT_TRUE(problems.ok()) << problems.error().toString().toStdString();
    EXPECT_TRUE(problems.value().empty())
        << problems.value().front().detail.toStdString() << "after " << after.toStdString();
}

void expectRoundTrip(casefile::Case& c, casefile::Edit& edit)
{
    const QString before = snapshot(c);
    const qint64 audit = auditCount(c);
    const Status applied = edit.apply(c);
    ASSERT_TRUE(applied.ok()) << applied.error().toString().toStdString();
    expectIndexInStep(c, edit.text());
    const QString after = snapshot(c);
    EXPECT_NE(after, before) << "the edit changed nothing: " << edit.text().toStdString();

    const Status undone = edit.revert(c);
    ASSERT_TRUE(undone.ok()) << undone.error().toString().toStdString();
    EXPECT_EQ(snapshot(c), before) << "undo of " << edit.text().toStdString();
    expectIndexInStep(c, QStringLiteral("undo of ") + edit.text());

    const Status redone = edit.apply(c);
    ASSERT_TRUE(redone.ok()) << redone.error().toString().toStdString();
    EXPECT_EQ(snapshot(c), after) << "redo of " << edit.text().toStdString();
    expectIndexInStep(c, QStringLiteral("redo of ") + edit.text());
    EXPECT_EQ(auditCount(c), audit + 3);
}

Error expectRefused(casefile::Case& c, casefile::Edit& edit)
{
    const QString counts = rowCounts(c);
    const QString before = snapshot(c);
    const Status s = edit.apply(c);
    EXPECT_FALSE(s.ok()) << edit.text().toStdString() << " should have been refused";
    EXPECT_EQ(rowCounts(c), counts);
    EXPECT_EQ(snapshot(c), before);
    return s.ok() ? Error{} : s.error();
}

ClaimId addClaim(casefile::Case& c, ReportId report, const QString& quote, const QString& source)
{
    casefile::ClaimDraft draft;
    draft.report = report;
    draft.quote = quote;
    draft.sourceName = source;
    casefile::AddClaim add(draft);
    const Status s = add.apply(c);
    EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : s.error().toString().toStdString());
    return add.claim().id;
}

} // namespace corrob::test
