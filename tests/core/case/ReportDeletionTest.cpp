// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Deleting a report (DeleteReports: reversible, with its claims, links and notes) and purging it for good
// (Case::purgeDeletedReports), and what every reader and verify make of deleted and purged reports.
#include "core/case/CaseAnalysis.h"
#include "core/case/CaseReader.h"
#include "core/case/ImportService.h"
#include "core/case/IntegrityCheck.h"
#include "core/case/edits/ClaimEdits.h"
#include "core/case/edits/LinkEdits.h"
#include "core/case/edits/NoteEdits.h"
#include "core/case/edits/ReportEdits.h"
#include "core/storage/AuditLog.h"
#include "core/storage/CaseSchema.h"
#include "core/storage/Database.h"
#include "tests/core/case/edits/EditTestSupport.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::casefile;

namespace {

const QString kCallamard = QStringLiteral("Agnès Callamard");
const QString kPavlyuk = QStringLiteral(
    "Kyiv regional governor Oleksandr Pavlyuk said that at least 1,235 civilian bodies have been found in the region.");

QJsonObject lastEntry(Case& c, QString* action = nullptr)
{
    QJsonObject payload;
    EXPECT_TRUE(c.auditLog()
                    .forEach([&](const storage::AuditEntry& e) {
                        payload = QJsonDocument::fromJson(e.payload.toUtf8()).object();
                        if (action) {
                            *action = e.action;
                        }
                        return true;
                    })
                    .ok());
    return payload;
}

bool listed(Case& c, ReportId id)
{
    for (const model::ReportSummary& r : c.reports().value()) {
        if (r.id == id) {
            return true;
        }
    }
    return false;
}

QStringList sourceNames(Case& c)
{
    QStringList names;
    for (const model::Source& s : CaseReader(c).sources().value()) {
        names << s.name;
    }
    return names;
}

IntegrityReport verified(Case& c)
{
    auto report = verifyCase(c);
    EXPECT_TRUE(report.ok());
    return report.ok() ? report.value() : IntegrityReport{};
}

} // namespace

TEST(DeleteReports, RemovesTheReportWithItsClaimsLinksAndNotesAndUndoRestoresThemWithTheSameIds)
{
    test::SeededCase c;
    const ClaimId callamard = test::addClaim(c.get(), test::kSeed000, kCallamard, QStringLiteral("Agnès Callamard"));
    const ClaimId pavlyuk = test::addClaim(c.get(), test::kSeed001, kPavlyuk);
    AddLink link(callamard, pavlyuk, model::LinkType::Corroborates, QStringLiteral("same count"));
    ASSERT_TRUE(link.apply(c.get()).ok());
    AddNote onClaim(model::NoteTarget::Claim, callamard.value, QStringLiteral("check the date"));
    AddNote onLink(model::NoteTarget::Link, link.link().id.value, QStringLiteral("weak"));
    AddNote onReport(model::NoteTarget::Report, test::kSeed000.value, QStringLiteral("paywalled"));
    for (Edit* e : std::initializer_list<Edit*>{&onClaim, &onLink, &onReport}) {
        ASSERT_TRUE(e->apply(c.get()).ok());
    }

    DeleteReports edit({test::kSeed000});
    test::expectRoundTrip(c.get(), edit); // undo: same ids, same values, everything back

    CaseReader reader(c.get());
    EXPECT_FALSE(listed(c.get(), test::kSeed000));
    EXPECT_EQ(c->reports().value().size(), 4u);
    EXPECT_FALSE(reader.claim(callamard).ok());
    EXPECT_TRUE(reader.claim(pavlyuk).ok()) << "a claim of another report stays";
    EXPECT_TRUE(reader.links().value().empty()) << "the link to it goes";
    EXPECT_TRUE(reader.notes().value().empty()) << "notes on the report, the claim and the link go";
    EXPECT_EQ(c->report(test::kSeed000).error().code, ErrorCode::NotFound);
    EXPECT_FALSE(c->reportText(test::kSeed000, Case::TextView::All).ok());

    QString action;
    const QJsonObject payload = lastEntry(c.get(), &action);
    EXPECT_EQ(action, QStringLiteral("report.deleted"));
    const QJsonObject deleted = payload.value(QStringLiteral("reports")).toArray().at(0).toObject();
    EXPECT_EQ(deleted.value(QStringLiteral("report")).toInteger(), test::kSeed000.value);
    EXPECT_EQ(deleted.value(QStringLiteral("claims")).toArray(), QJsonArray{callamard.value});
    EXPECT_EQ(deleted.value(QStringLiteral("links")).toArray(), QJsonArray{link.link().id.value});
    EXPECT_EQ(deleted.value(QStringLiteral("notes")).toArray().size(), 3);

    ASSERT_TRUE(edit.revert(c.get()).ok());
    EXPECT_EQ(lastEntry(c.get(), &action).value(QStringLiteral("undo")).toBool(), true);
    EXPECT_EQ(action, QStringLiteral("report.restored"));
    EXPECT_TRUE(listed(c.get(), test::kSeed000));
    EXPECT_EQ(CaseReader(c.get()).linksOf(pavlyuk).value().size(), 1u);
    EXPECT_TRUE(verified(c.get()).problems.empty());
}

TEST(DeleteReports, CountsWhatGoesWithTheReportsForTheConfirmation)
{
    test::SeededCase c;
    const ClaimId a = test::addClaim(c.get(), test::kSeed000, kCallamard);
    const ClaimId b = test::addClaim(c.get(), test::kSeed001, kPavlyuk);
    AddLink link(a, b, model::LinkType::Corroborates);
    ASSERT_TRUE(link.apply(c.get()).ok());
    const auto one = countReportDeletion(c.get(), {test::kSeed000});
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(one->claims, 1);
    EXPECT_EQ(one->links, 1);
    const auto both = countReportDeletion(c.get(), {test::kSeed000, test::kSeed001});
    ASSERT_TRUE(both.ok());
    EXPECT_EQ(both->claims, 2);
    EXPECT_EQ(both->links, 1) << "a link between two deleted reports counts once";
}

TEST(DeleteReports, SeveralReportsLinkedToEachOtherRoundTripInOneStep)
{
    test::SeededCase c;
    const ClaimId a = test::addClaim(c.get(), test::kSeed000, kCallamard);
    const ClaimId b = test::addClaim(c.get(), test::kSeed001, kPavlyuk);
    AddLink link(a, b, model::LinkType::Corroborates);
    ASSERT_TRUE(link.apply(c.get()).ok());
    DeleteReports edit({test::kSeed000, test::kSeed001});
    EXPECT_EQ(edit.text(), QStringLiteral("Delete reports"));
    test::expectRoundTrip(c.get(), edit);
    EXPECT_EQ(c->reports().value().size(), 3u);
    EXPECT_TRUE(CaseReader(c.get()).claims().value().empty());
}

TEST(DeleteReports, RemovesTheOutletSourceOnlyItsImportMadeAndKeepsOnesInUse)
{
    test::SeededCase c;
    const model::ReportSummary seed = c->report(test::kSeed004).value();
    ASSERT_FALSE(seed.metadata.outlet.isEmpty());
    const QString outlet = seed.metadata.outlet;
    ASSERT_TRUE(sourceNames(c.get()).contains(outlet));

    DeleteReports edit({test::kSeed004});
    test::expectRoundTrip(c.get(), edit); // the snapshot holds every source and outlet with its id
    EXPECT_FALSE(sourceNames(c.get()).contains(outlet)) << "nothing else used " << outlet.toStdString();
    ASSERT_TRUE(edit.revert(c.get()).ok());
    EXPECT_EQ(c->report(test::kSeed004).value().metadata.outlet, outlet) << "undo points the report at it again";

    // A claim attributed to the outlet keeps it.
    test::addClaim(c.get(), test::kSeed000, kCallamard, outlet);
    DeleteReports again({test::kSeed004});
    ASSERT_TRUE(again.apply(c.get()).ok());
    EXPECT_TRUE(sourceNames(c.get()).contains(outlet));
}

TEST(DeleteReports, ANewVersionGivesItsClaimsBackToTheEarlierVersion)
{
    test::SeededCase c;
    const QString name = QFileInfo(test::seedFiles().at(1)).fileName();
    QFile f(test::seedFiles().at(1));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray edited = "Update: this article has been updated.\n" + f.readAll();
    const ClaimId pavlyuk = test::addClaim(c.get(), test::kSeed001, kPavlyuk);
    const model::Claim before = CaseReader(c.get()).claim(pavlyuk).value();
    const ImportOutcome outcome = ImportService(c.get()).importBytes(edited, name, {});
    ASSERT_EQ(outcome.imported.size(), 1u);
    const ReportId version = outcome.imported.front().report.id;
    ASSERT_EQ(outcome.imported.front().report.previousVersion, test::kSeed001);
    ASSERT_EQ(CaseReader(c.get()).claim(pavlyuk).value().report, version);

    DeleteReports edit({version});
    test::expectRoundTrip(c.get(), edit);
    const model::Claim back = CaseReader(c.get()).claim(pavlyuk).value();
    EXPECT_EQ(back.report, test::kSeed001);
    EXPECT_EQ(back.anchor, before.anchor) << "placed where it was before the new version came";
    EXPECT_FALSE(back.orphaned);
    const QJsonObject deleted = lastEntry(c.get()).value(QStringLiteral("reports")).toArray().at(0).toObject();
    EXPECT_EQ(deleted.value(QStringLiteral("moved_to")).toInteger(), test::kSeed001.value);
    EXPECT_EQ(deleted.value(QStringLiteral("moved")).toArray(), QJsonArray{pavlyuk.value});
    const auto counts = countReportDeletion(c.get(), {test::kSeed001});
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->claims, 1);

    // Importing the same version again makes it a version again (the deleted one is not in the way).
    const ImportOutcome again = ImportService(c.get()).importBytes(edited, name, {});
    ASSERT_EQ(again.imported.size(), 1u) << "a deleted report is not a duplicate";
    EXPECT_EQ(again.imported.front().report.previousVersion, test::kSeed001);
}

TEST(DeleteReports, RefusesAnEmptyListAMissingReportAReportListedTwiceAndOneAlreadyDeleted)
{
    test::SeededCase c;
    DeleteReports none({});
    test::expectRefused(c.get(), none);
    DeleteReports missing({ReportId(99)});
    const Error gone = test::expectRefused(c.get(), missing);
    EXPECT_EQ(gone.code, ErrorCode::NotFound);
    EXPECT_EQ(gone.context, QStringLiteral("report 99"));
    DeleteReports twice({test::kSeed001, test::kSeed001});
    test::expectRefused(c.get(), twice);
    DeleteReports first({test::kSeed001});
    ASSERT_TRUE(first.apply(c.get()).ok());
    DeleteReports second({test::kSeed001});
    EXPECT_EQ(test::expectRefused(c.get(), second).message, QStringLiteral("the report was deleted"));
    ClaimDraft draft;
    draft.report = test::kSeed001;
    draft.quote = kPavlyuk;
    AddClaim onDeleted(draft);
    EXPECT_FALSE(onDeleted.apply(c.get()).ok()) << "no claim on a deleted report";
}

TEST(DeleteReports, ADeletedReportLeavesTheAnalysisAndIsStillVerified)
{
    test::SeededCase c;
    test::addClaim(c.get(), test::kSeed001, kPavlyuk);
    DeleteReports edit({test::kSeed004});
    ASSERT_TRUE(edit.apply(c.get()).ok());
    const IntegrityReport report = verified(c.get());
    EXPECT_TRUE(report.problems.empty());
    EXPECT_EQ(report.reportsChecked, 5) << "a deleted report's original is still checked";
    for (const model::ReportOutlet& o : CaseReader(c.get()).reportOutlets().value()) {
        EXPECT_NE(o.report, test::kSeed004);
    }
    // Its original is still there, and a change to it is still found.
    ASSERT_TRUE(c->database()
                    .exec(QStringLiteral("UPDATE report_originals SET bytes = x'00' WHERE report_id = %1")
                              .arg(test::kSeed004.value))
                    .ok());
    EXPECT_FALSE(verified(c.get()).problems.empty());
}

TEST(PurgeDeletedReports, RemovesTheOriginalForGoodRecordsItAndVerifyStillPasses)
{
    test::SeededCase c;
    DeleteReports edit({test::kSeed002, test::kSeed004});
    ASSERT_TRUE(edit.apply(c.get()).ok());
    auto refused = c->purgeDeletedReports({test::kSeed001});
    ASSERT_FALSE(refused.ok()) << "a report that is not deleted is not purged";
    EXPECT_EQ(refused.error().context, QStringLiteral("report 2"));
    EXPECT_FALSE(c->purgeDeletedReports({ReportId(99)}).ok());

    const qint64 audit = test::auditCount(c.get());
    auto purged = c->purgeDeletedReports({test::kSeed002});
    ASSERT_TRUE(purged.ok()) << purged.error().toString().toStdString();
    ASSERT_EQ(purged->size(), 1u);
    EXPECT_EQ(purged->front().id, test::kSeed002);
    EXPECT_EQ(test::auditCount(c.get()), audit + 1);
    QString action;
    EXPECT_EQ(lastEntry(c.get(), &action).value(QStringLiteral("report")).toInteger(), test::kSeed002.value);
    EXPECT_EQ(action, QStringLiteral("report.purged"));
    EXPECT_FALSE(c->original(test::kSeed002).ok());
    EXPECT_EQ(
        c->database()
            .queryInt(
                QStringLiteral("SELECT count(*) FROM report_originals WHERE report_id = %1").arg(test::kSeed002.value))
            .value(),
        0);
    EXPECT_TRUE(verified(c.get()).problems.empty());

    // Undo of a purged delete fails clearly and changes nothing.
    const Status undo = edit.revert(c.get());
    ASSERT_FALSE(undo.ok());
    EXPECT_TRUE(undo.error().message.contains(QStringLiteral("purged"))) << undo.error().message.toStdString();

    // No list: every deleted report.
    auto rest = c->purgeDeletedReports({});
    ASSERT_TRUE(rest.ok());
    ASSERT_EQ(rest->size(), 1u);
    EXPECT_EQ(rest->front().id, test::kSeed004);
    const IntegrityReport report = verified(c.get());
    EXPECT_TRUE(report.problems.empty());
    EXPECT_EQ(report.reportsChecked, 3);

    // A purged id given to a new report is checked against its own import entry.
    const ImportOutcome again = ImportService(c.get()).importPaths({test::seedFiles().at(4)}, {});
    ASSERT_EQ(again.imported.size(), 1u);
    EXPECT_TRUE(verified(c.get()).problems.empty());
}

TEST(PurgeDeletedReports, AReportMissingWithoutAPurgeEntryIsStillAProblem)
{
    test::SeededCase c;
    ASSERT_TRUE(c->database().exec(QStringLiteral("DELETE FROM reports WHERE id = 5")).ok());
    EXPECT_FALSE(verified(c.get()).problems.empty());
}

TEST(DeleteReports, OpensTheVersionThreeFixtureWithItsDeletedReportAndPurgesIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.corrob"));
    ASSERT_TRUE(QFile::copy(test::dataDir() + QStringLiteral("/case-v3.corrob"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto c = Case::open(path, {QStringLiteral("tester")});
    ASSERT_TRUE(c.ok()) << c.error().toString().toStdString();
    EXPECT_EQ(c.value()->database().queryInt(QStringLiteral("PRAGMA user_version")).value(),
              storage::caseSchemaVersion());
    EXPECT_EQ(c.value()->reports().value().size(), 4u) << "report 5 is deleted in the fixture";
    EXPECT_EQ(verified(*c.value()).reportsChecked, 5);
    EXPECT_TRUE(verified(*c.value()).problems.empty());
    auto purged = c.value()->purgeDeletedReports({});
    ASSERT_TRUE(purged.ok());
    ASSERT_EQ(purged->size(), 1u);
    EXPECT_EQ(purged->front().id, ReportId(5));
    EXPECT_TRUE(verified(*c.value()).problems.empty());
}

TEST(DeleteReports, TwoReportsOfAnOutletNothingElseUsesTakeItWithThemAndUndoPointsBothBackAtIt)
{
    test::SeededCase c;
    ImportOptions options;
    options.outlet = QStringLiteral("Example Herald");
    const ImportOutcome outcome = ImportService(c.get()).importBytes(
        "Officials said a drone struck a school overnight in the north of the city.\n", QStringLiteral("a.txt"),
        options);
    const ImportOutcome other = ImportService(c.get()).importBytes(
        "The regional administration said rescuers were searching the rubble of a market.\n", QStringLiteral("b.txt"),
        options);
    ASSERT_EQ(outcome.imported.size(), 1u);
    ASSERT_EQ(other.imported.size(), 1u);
    const ReportId a = outcome.imported.front().report.id;
    const ReportId b = other.imported.front().report.id;

    DeleteReports one({a});
    ASSERT_TRUE(one.apply(c.get()).ok());
    EXPECT_TRUE(sourceNames(c.get()).contains(QStringLiteral("Example Herald"))) << "the other report still uses it";
    ASSERT_TRUE(one.revert(c.get()).ok());

    DeleteReports both({a, b});
    test::expectRoundTrip(c.get(), both);
    EXPECT_FALSE(sourceNames(c.get()).contains(QStringLiteral("Example Herald")));
    EXPECT_EQ(both.summary().value(QStringLiteral("sources")).toArray().size(), 1);
    ASSERT_TRUE(both.revert(c.get()).ok());
    EXPECT_EQ(c->report(a).value().metadata.outlet, QStringLiteral("Example Herald"));
    EXPECT_EQ(c->report(b).value().metadata.outlet, QStringLiteral("Example Herald"));
}
