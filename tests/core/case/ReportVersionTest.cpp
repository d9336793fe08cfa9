// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A changed version of a report already in the case: stored as a new version, its claims moved and re-anchored,
// the ones that cannot be placed flagged orphaned and listed, none dropped (docs/decisions/0009).
#include "core/case/CaseReader.h"
#include "core/case/ImportService.h"
#include "core/case/IntegrityCheck.h"
#include "core/case/edits/ClaimEdits.h"
#include "core/case/edits/LinkEdits.h"
#include "core/case/edits/ReportEdits.h"
#include "core/storage/AuditLog.h"
#include "tests/core/case/edits/EditTestSupport.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

using namespace corrob;
using namespace corrob::casefile;

namespace {

const QString kPavlyuk = QStringLiteral(
    "Kyiv regional governor Oleksandr Pavlyuk said that at least 1,235 civilian bodies have been found in the region.");
const QString kDenial = QStringLiteral(
    "Russia has claimed that it hits only targets with military values, denying allegations of war crimes.");
const QString kDenialReworded = QStringLiteral(
    "Russia has insisted that it hits only targets with military values, denying allegations of war crimes.");
const QString kUnits = QStringLiteral(
    "It also says researchers found evidence documenting specific units of the Russian army that were involved.");
const QString kInserted = QStringLiteral(
    "Update, May 8: this article has been updated with comments from the Kyiv regional administration.\n");

QString seed001Name()
{
    return QFileInfo(test::seedFiles().at(1)).fileName();
}

QString seed001()
{
    QFile f(test::seedFiles().at(1));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

// Seed 001 edited: a paragraph inserted at the top, the denial reworded by one word, the units sentence deleted.
QByteArray editedSeed001()
{
    QString text = seed001();
    EXPECT_TRUE(text.contains(kDenial) && text.contains(kUnits + u'\n'));
    text.replace(kDenial, kDenialReworded);
    text.remove(kUnits + u'\n');
    return (kInserted + text).toUtf8();
}

struct VersionedCase
{
    test::SeededCase seeded;
    ClaimId pavlyuk;
    ClaimId denial;
    ClaimId units;
    model::Claim pavlyukBefore;
    model::Claim unitsBefore;

    VersionedCase()
    {
        pavlyuk = test::addClaim(seeded.get(), test::kSeed001, kPavlyuk);
        denial = test::addClaim(seeded.get(), test::kSeed001, kDenial, QStringLiteral("Russia"));
        // The orphan-to-be carries a tag and a link, which must survive the move.
        ClaimDraft draft;
        draft.report = test::kSeed001;
        draft.quote = kUnits;
        draft.tagPaths = {QStringLiteral("Evidence/Ballistics")};
        AddClaim add(draft);
        EXPECT_TRUE(add.apply(seeded.get()).ok());
        units = add.claim().id;
        AddLink link(units, pavlyuk, model::LinkType::Corroborates);
        EXPECT_TRUE(link.apply(seeded.get()).ok());
        CaseReader reader(seeded.get());
        pavlyukBefore = reader.claim(pavlyuk).value();
        unitsBefore = reader.claim(units).value();
    }
};

} // namespace

TEST(ReportVersions, EditedCopyWithTheSameNameIsANewVersionAndTakesTheClaims)
{
    VersionedCase v;
    Case& c = v.seeded.get();
    const qint64 auditBefore = test::auditCount(c);
    const ImportOutcome outcome = ImportService(c).importBytes(editedSeed001(), seed001Name(), {});
    ASSERT_EQ(outcome.imported.size(), 1u);
    const ImportedFile& f = outcome.imported.front();
    EXPECT_EQ(f.report.previousVersion, test::kSeed001);
    EXPECT_FALSE(f.report.nearDuplicateOf.isValid()) << "a version is not flagged as a near-duplicate";
    EXPECT_EQ(f.reanchored.position, 0);
    EXPECT_EQ(f.reanchored.quote, 1);
    EXPECT_EQ(f.reanchored.fuzzy, 1);
    EXPECT_EQ(f.reanchored.orphaned, 1);
    EXPECT_EQ(c.report(f.report.id).value().previousVersion, test::kSeed001);

    CaseReader reader(c);
    EXPECT_TRUE(reader.claimsOf(test::kSeed001).value().empty()) << "the claims moved";
    const auto moved = reader.claimsOf(f.report.id).value();
    ASSERT_EQ(moved.size(), 3u) << "nothing dropped";
    const QString newText = c.reportText(f.report.id, Case::TextView::All).value();

    const model::Claim pavlyuk = reader.claim(v.pavlyuk).value();
    EXPECT_EQ(pavlyuk.report, f.report.id);
    EXPECT_FALSE(pavlyuk.orphaned);
    // Shifted by the inserted paragraph (the working text may normalise its line break, so measured in the text).
    EXPECT_EQ(pavlyuk.anchor.start, newText.indexOf(kPavlyuk));
    EXPECT_GE(pavlyuk.anchor.start, v.pavlyukBefore.anchor.start + kInserted.size() - 1);
    EXPECT_EQ(pavlyuk.anchor.quote, kPavlyuk);

    const model::Claim denial = reader.claim(v.denial).value();
    EXPECT_FALSE(denial.orphaned);
    EXPECT_EQ(denial.anchor.quote, kDenialReworded);
    EXPECT_EQ(newText.mid(denial.anchor.start, denial.anchor.length()), kDenialReworded);
    EXPECT_TRUE(denial.source.isValid()) << "the attribution stays on the claim";

    const model::Claim units = reader.claim(v.units).value();
    EXPECT_TRUE(units.orphaned);
    EXPECT_EQ(units.report, f.report.id);
    EXPECT_EQ(units.anchor, v.unitsBefore.anchor) << "an orphan keeps its old anchor";
    EXPECT_EQ(units.tags, v.unitsBefore.tags);
    EXPECT_EQ(units.tags.size(), 1);
    EXPECT_EQ(reader.linksOf(v.units).value().size(), 1u) << "links stay on the claims";

    const auto orphans = reader.orphanedClaims().value();
    ASSERT_EQ(orphans.size(), 1u);
    EXPECT_EQ(orphans.front().id, v.units);

    // One import entry and one entry listing the moved claims with their offsets and methods.
    EXPECT_EQ(test::auditCount(c), auditBefore + 2);
    storage::AuditEntry last;
    ASSERT_TRUE(c.auditLog()
                    .forEach([&](const storage::AuditEntry& e) {
                        last = e;
                        return true;
                    })
                    .ok());
    EXPECT_EQ(last.action, QStringLiteral("claims.reanchored"));
    const QJsonObject payload = QJsonDocument::fromJson(last.payload.toUtf8()).object();
    EXPECT_EQ(payload.value(QStringLiteral("from_report")).toInteger(), test::kSeed001.value);
    const QJsonArray list = payload.value(QStringLiteral("claims")).toArray();
    ASSERT_EQ(list.size(), 3);
    QStringList methods;
    for (const QJsonValue& e : list) {
        methods << e.toObject().value(QStringLiteral("method")).toString();
    }
    methods.sort();
    EXPECT_EQ(methods, (QStringList{QStringLiteral("fuzzy"), QStringLiteral("orphaned"), QStringLiteral("quote")}));

    auto verified = verifyCase(c);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok());
}

TEST(ReportVersions, AClaimWhoseWordsChangedSaysWhatItQuotedUntilItIsEdited)
{
    // The import's summary said which claims now quote other words; once it was closed, nothing on the claim did.
    VersionedCase v;
    Case& c = v.seeded.get();
    const QString denialQuoted = CaseReader(c).claim(v.denial).value().anchor.quote;
    const ImportOutcome outcome = ImportService(c).importBytes(editedSeed001(), seed001Name(), {});
    ASSERT_EQ(outcome.imported.size(), 1u);
    const ReportId newer = outcome.imported.front().report.id;
    const auto changed = [&](ClaimId id) {
        CaseReader reader(c);
        auto found = reader.changedQuote(reader.claim(id).value());
        EXPECT_TRUE(found.ok());
        // The Claims table's filter reads all of them at once, and must agree.
        auto all = reader.claimsWithChangedQuotes(reader.claims().value());
        EXPECT_TRUE(all.ok());
        if (found.ok() && all.ok()) {
            EXPECT_EQ(all->contains(id.value), found->has_value()) << "claim " << id.value;
            EXPECT_LE(all->size(), 1u) << "only the reworded claim";
        }
        return found.ok() ? found.value() : std::nullopt;
    };
    const auto denial = changed(v.denial);
    ASSERT_TRUE(denial.has_value()) << "its words were reworded";
    EXPECT_EQ(denial->before, denialQuoted);
    EXPECT_EQ(denial->earlier, test::kSeed001);
    EXPECT_FALSE(denial->at.isEmpty());
    EXPECT_FALSE(changed(v.pavlyuk).has_value()) << "found by its very words";
    EXPECT_FALSE(changed(v.units).has_value()) << "orphaned, flagged as such";

    // Edited (here: its statement), it has been looked at; undone, it has not. (Times are kept to the millisecond: the
    // edit comes in a later one, as a person's does.)
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    ClaimChanges statement;
    statement.statement = QStringLiteral("Russia denies it");
    EditClaim edit(v.denial, statement);
    ASSERT_TRUE(edit.apply(c).ok());
    EXPECT_FALSE(changed(v.denial).has_value());
    ASSERT_TRUE(edit.revert(c).ok());
    EXPECT_TRUE(changed(v.denial).has_value());

    // The new version deleted, the claim is back on its own words; undone, on the changed ones again.
    DeleteReports remove({newer});
    ASSERT_TRUE(remove.apply(c).ok());
    EXPECT_FALSE(changed(v.denial).has_value());
    ASSERT_TRUE(remove.revert(c).ok());
    EXPECT_TRUE(changed(v.denial).has_value());

    // A third version that keeps the changed words places the claim on them exactly: it still quotes words changed
    // since the first, and nobody has looked (only the newest move counted, and the flag was lost).
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    const ImportOutcome third = ImportService(c).importBytes(
        editedSeed001() + "\nA closing paragraph the outlet added later.\n", seed001Name(), {});
    ASSERT_EQ(third.imported.size(), 1u);
    ASSERT_EQ(third.imported.front().report.previousVersion, newer);
    EXPECT_EQ(third.imported.front().reanchored.fuzzy, 0) << "placed on the very words";
    const auto still = changed(v.denial);
    ASSERT_TRUE(still.has_value());
    EXPECT_EQ(still->before, denialQuoted);
    EXPECT_EQ(still->earlier, test::kSeed001);
    EXPECT_FALSE(changed(v.pavlyuk).has_value());
    // The third version deleted, the claim is back on the second's words, changed since the first and still
    // unchecked; undone, on the third's.
    DeleteReports removeThird({third.imported.front().report.id});
    ASSERT_TRUE(removeThird.apply(c).ok());
    ASSERT_TRUE(changed(v.denial).has_value());
    EXPECT_EQ(changed(v.denial)->before, denialQuoted);
    ASSERT_TRUE(removeThird.revert(c).ok());
    EXPECT_TRUE(changed(v.denial).has_value());
    // Edited since, it has been looked at.
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    EditClaim again(v.denial, statement);
    ASSERT_TRUE(again.apply(c).ok());
    EXPECT_FALSE(changed(v.denial).has_value());
}

TEST(ReportVersions, TheInvestigatorsExclusionsFollowTheTextToTheNewVersion)
{
    VersionedCase v;
    Case& c = v.seeded.get();
    const QString oldText = c.reportText(test::kSeed001, Case::TextView::All).value();
    // Two sentences hidden by hand: one the new version keeps (moved down by the inserted paragraph), one it drops.
    const qsizetype pavlyukAt = oldText.indexOf(kPavlyuk);
    const qsizetype unitsAt = oldText.indexOf(kUnits);
    ASSERT_GE(pavlyukAt, 0);
    ASSERT_GE(unitsAt, 0);
    ExcludeRange pavlyuk(test::kSeed001, {pavlyukAt, pavlyukAt + kPavlyuk.size(), QStringLiteral("aside")});
    ExcludeRange units(test::kSeed001, {unitsAt, unitsAt + kUnits.size(), QStringLiteral("aside")});
    ASSERT_TRUE(pavlyuk.apply(c).ok());
    ASSERT_TRUE(units.apply(c).ok());
    const auto importRangesBefore = c.excludedRangeList(test::kSeed001).value().size() - 2;

    const ImportOutcome outcome = ImportService(c).importBytes(editedSeed001(), seed001Name(), {});
    ASSERT_EQ(outcome.imported.size(), 1u);
    const ReportId next = outcome.imported.front().report.id;
    const QString newText = c.reportText(next, Case::TextView::All).value();
    std::vector<model::ExcludedRange> userRanges;
    for (const model::ExcludedRange& range : c.excludedRangeList(next).value()) {
        if (range.origin == QStringLiteral("user")) {
            userRanges.push_back(range);
        }
    }
    ASSERT_EQ(userRanges.size(), 1u) << "the kept sentence is hidden again; the dropped one has nothing to hide";
    EXPECT_EQ(newText.mid(userRanges[0].range.start, userRanges[0].range.length()), kPavlyuk);
    EXPECT_EQ(userRanges[0].range.reason, QStringLiteral("aside"));
    EXPECT_FALSE(c.reportText(next, Case::TextView::Reading).value().contains(kPavlyuk));
    EXPECT_EQ(c.excludedRangeList(next).value().size() - 1, importRangesBefore)
        << "the import's own furniture is found again by the import, not copied";

    storage::AuditEntry last;
    ASSERT_TRUE(c.auditLog()
                    .forEach([&](const storage::AuditEntry& e) {
                        last = e;
                        return true;
                    })
                    .ok());
    EXPECT_EQ(last.action, QStringLiteral("ranges.carried"));
    const QJsonArray ranges =
        QJsonDocument::fromJson(last.payload.toUtf8()).object().value(QStringLiteral("ranges")).toArray();
    ASSERT_EQ(ranges.size(), 2);
    int carried = 0;
    for (const QJsonValue& range : ranges) {
        carried += range.toObject().contains(QStringLiteral("new_start")) ? 1 : 0;
    }
    EXPECT_EQ(carried, 1);
    auto verified = verifyCase(c);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok());
}

TEST(ReportVersions, DeletingANewVersionPutsItsClaimsBackOnTheVeryWordsTheyHadBefore)
{
    // The claims moved back were placed again by searching for their new quotes: a claim whose words the new version
    // had changed came back on fewer of its words ("... said there is still" of "... said there is still some
    // doubt"). Each claim still where the import put it goes back to the range it had.
    VersionedCase v;
    const model::Claim denialBefore = CaseReader(v.seeded.get()).claim(v.denial).value();
    const ImportOutcome outcome = ImportService(v.seeded.get()).importBytes(editedSeed001(), seed001Name(), {});
    ASSERT_EQ(outcome.imported.size(), 1u);
    const ReportId newer = outcome.imported.front().report.id;
    const model::Claim denialMoved = CaseReader(v.seeded.get()).claim(v.denial).value();
    ASSERT_EQ(denialMoved.report, newer);
    ASSERT_NE(denialMoved.anchor.quote, denialBefore.anchor.quote) << "the reworded sentence";
    ASSERT_TRUE(CaseReader(v.seeded.get()).claim(v.units).value().orphaned);

    DeleteReports remove({newer});
    ASSERT_TRUE(remove.apply(v.seeded.get()).ok());
    CaseReader reader(v.seeded.get());
    for (const auto& [id, before] : {std::pair{v.denial, denialBefore}, std::pair{v.pavlyuk, v.pavlyukBefore},
                                     std::pair{v.units, v.unitsBefore}}) {
        const model::Claim back = reader.claim(id).value();
        EXPECT_EQ(back.report, test::kSeed001);
        EXPECT_EQ(back.anchor.start, before.anchor.start) << before.anchor.quote.toStdString();
        EXPECT_EQ(back.anchor.end, before.anchor.end) << before.anchor.quote.toStdString();
        EXPECT_EQ(back.anchor.quote, before.anchor.quote);
        EXPECT_FALSE(back.orphaned) << before.anchor.quote.toStdString();
    }
    // Undone, the claims are on the new version again, where the import put them.
    ASSERT_TRUE(remove.revert(v.seeded.get()).ok());
    EXPECT_EQ(CaseReader(v.seeded.get()).claim(v.denial).value().anchor.quote, denialMoved.anchor.quote);
}

TEST(ReportVersions, AClaimWhoseWordsTheNewVersionChangedGetsAllItsWordsBackWhenTheVersionIsDeleted)
{
    // The reliability test's case: "said there is still some doubt" became "said there is no doubt"; deleting the
    // corrected version put the claim back on "said there is still", four of its words lost.
    test::SeededCase seeded;
    const QString before = QStringLiteral(
        "KENT FUEL REVIEW\n\nRain fell throughout the week across the Kent depot district, easing the shortage since "
        "early\nJanuary and improving the outlook for the coming season, although normal stock levels have not been\n"
        "restored, Harbourside Smith said in its weekly review.\n    The shortage means the season will start late "
        "this year.\n    Deliveries for the week ended March 3 were 12,400 drums of 200 litres, making a running total "
        "for\nthe season of 1.2 mln against 1.1 at the same point last year. Once again some fuel delivered\nearlier "
        "on credit seems to be included in the delivery figures.\n    Harbourside Smith said there is still some "
        "doubt as to how much older stock is still available as\ndeliveries have nearly come to an end.\n");
    QString after = before;
    after.replace(QStringLiteral("there is still some doubt"), QStringLiteral("there is no doubt"));
    const QString name = QStringLiteral("kent-fuel.txt");
    ImportService import(seeded.get());
    const ImportOutcome first = import.importBytes(before.toUtf8(), name, {});
    ASSERT_EQ(first.imported.size(), 1u);
    const ReportId earlier = first.imported.front().report.id;
    const ClaimId claim =
        test::addClaim(seeded.get(), earlier, QStringLiteral("Harbourside Smith said there is still some doubt"));
    const model::Claim marked = CaseReader(seeded.get()).claim(claim).value();
    const ImportOutcome second = import.importBytes(after.toUtf8(), name, {});
    ASSERT_EQ(second.imported.size(), 1u);
    const ReportId newer = second.imported.front().report.id;
    ASSERT_EQ(second.imported.front().report.previousVersion, earlier);
    ASSERT_EQ(CaseReader(seeded.get()).claim(claim).value().report, newer);

    DeleteReports remove({newer});
    ASSERT_TRUE(remove.apply(seeded.get()).ok());
    const model::Claim back = CaseReader(seeded.get()).claim(claim).value();
    EXPECT_EQ(back.report, earlier);
    EXPECT_EQ(back.anchor.quote, marked.anchor.quote);
    EXPECT_EQ(back.anchor.start, marked.anchor.start);
    EXPECT_EQ(back.anchor.end, marked.anchor.end);
}

TEST(ReportVersions, IdenticalReimportIsStillSkippedAsDuplicate)
{
    VersionedCase v;
    QFile f(test::seedFiles().at(1));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const ImportOutcome outcome = ImportService(v.seeded.get()).importBytes(f.readAll(), seed001Name(), {});
    EXPECT_TRUE(outcome.imported.empty());
    ASSERT_EQ(outcome.skipped.size(), 1u);
    EXPECT_EQ(outcome.skipped.front().report, test::kSeed001);
    EXPECT_EQ(CaseReader(v.seeded.get()).claimsOf(test::kSeed001).value().size(), 3u);
}

TEST(ReportVersions, UnrelatedFileWithTheSameNameIsNotAVersion)
{
    VersionedCase v;
    QFile other(test::seedFiles().at(4));
    ASSERT_TRUE(other.open(QIODevice::ReadOnly));
    QByteArray bytes = other.readAll();
    bytes.prepend("Another article under the same file name.\n");
    const ImportOutcome outcome = ImportService(v.seeded.get()).importBytes(bytes, seed001Name(), {});
    ASSERT_EQ(outcome.imported.size(), 1u);
    EXPECT_FALSE(outcome.imported.front().report.previousVersion.isValid());
    EXPECT_EQ(outcome.imported.front().reanchored.total(), 0);
    EXPECT_EQ(CaseReader(v.seeded.get()).claimsOf(test::kSeed001).value().size(), 3u);
}

TEST(ReportVersions, AShortArticleWithAFewWordsChangedIsANewVersionOfTheFileItCameFrom)
{
    // 55 words: two changed words alter ten of its 5-word shingles, below the near-duplicate threshold, and the
    // capture was stored as a report of its own beside the one holding the claims.
    test::SeededCase seeded;
    const QString before = QStringLiteral(
        "Shelling hit a school in Kupiansk on Tuesday morning, the regional governor said. Two teachers were "
        "wounded and one pupil was killed, he said, adding that rescuers were still searching the rubble. The "
        "building had been used as a shelter since March. Russian officials did not comment. Local residents said "
        "the strike came without any warning at all.");
    QString after = before;
    after.replace(QStringLiteral("Two teachers"), QStringLiteral("Three teachers"))
        .replace(QStringLiteral("March"), QStringLiteral("April"));
    const QString name = QStringLiteral("kupiansk-school.txt");
    ImportService import(seeded.get());
    const ImportOutcome first = import.importBytes(before.toUtf8(), name, {});
    ASSERT_EQ(first.imported.size(), 1u);
    const ReportId earlier = first.imported.front().report.id;
    const ClaimId claim = test::addClaim(seeded.get(), earlier, QStringLiteral("one pupil was killed"));
    const ImportOutcome second = import.importBytes(after.toUtf8(), name, {});
    ASSERT_EQ(second.imported.size(), 1u);
    EXPECT_EQ(second.imported.front().report.previousVersion, earlier);
    const ReportId newer = second.imported.front().report.id;
    EXPECT_EQ(CaseReader(seeded.get()).claim(claim).value().report, newer) << "the claim moved to the new version";

    // The same changed text under another name is another report; a different text under the same name too.
    const ImportOutcome elsewhere =
        import.importBytes((after + QStringLiteral(" Updated.")).toUtf8(), QStringLiteral("copy.txt"), {});
    ASSERT_EQ(elsewhere.imported.size(), 1u);
    EXPECT_FALSE(elsewhere.imported.front().report.previousVersion.isValid());
    const ImportOutcome unrelated = import.importBytes(
        QStringLiteral("Grain exports through the Black Sea resumed on Monday after a pause of three weeks, the "
                       "ministry said, with four ships leaving Odesa and two more expected by the weekend.")
            .toUtf8(),
        name, {});
    ASSERT_EQ(unrelated.imported.size(), 1u);
    EXPECT_FALSE(unrelated.imported.front().report.previousVersion.isValid());
}

TEST(ReportVersions, TwoPressReleasesUnderOneNameWithALongCommonAboutUsAreNotVersions)
{
    // Two statements of one office, both saved as statement.txt, say different things above the same long "About
    // us": similar enough by their shingles (0.7), they are no versions of each other, and the claims stay put.
    const QString about = QStringLiteral(
        "About the Regional Humanitarian Office. The office coordinates the response of aid agencies across the "
        "region, working with local authorities, community groups and international partners to bring food, water, "
        "shelter and medical care to people affected by the conflict. It publishes weekly updates on access, "
        "needs and funding, and maintains a public register of incidents affecting aid workers, convoys and "
        "facilities. Since its founding the office has supported more than two hundred partner organisations and "
        "trained several thousand local volunteers in first aid, logistics and protection. For media enquiries, "
        "contact the press desk by telephone or email during office hours, Monday to Friday. Follow the office on "
        "its website for maps, situation reports and the latest figures on displacement and humanitarian access.");
    const QString first =
        QStringLiteral("Market shelling must be investigated\n\nShelling of the central market on Tuesday morning "
                       "killed at least nine civilians, including two children, and wounded dozens more, the office "
                       "said, calling for an independent investigation.\n\n") +
        about;
    const QString second =
        QStringLiteral("Aid workers released\n\nTwo aid workers detained last week at a checkpoint near the "
                       "northern border were released on Thursday evening and are in good health, the office said, "
                       "thanking everyone who worked for their release.\n\n") +
        about;
    test::SeededCase seeded;
    ImportService import(seeded.get());
    const ImportOutcome a = import.importBytes(first.toUtf8(), QStringLiteral("statement.txt"), {});
    ASSERT_EQ(a.imported.size(), 1u);
    const ClaimId claim = test::addClaim(seeded.get(), a.imported.front().report.id,
                                         QStringLiteral("killed at least nine civilians, including two children"));
    const ImportOutcome b = import.importBytes(second.toUtf8(), QStringLiteral("statement.txt"), {});
    ASSERT_EQ(b.imported.size(), 1u);
    EXPECT_FALSE(b.imported.front().report.previousVersion.isValid());
    const model::Claim kept = CaseReader(seeded.get()).claim(claim).value();
    EXPECT_EQ(kept.report, a.imported.front().report.id);
    EXPECT_FALSE(kept.orphaned);
}

TEST(ReportVersions, NearDuplicateUnderAnotherNameIsFlaggedNotVersioned)
{
    VersionedCase v;
    const ImportOutcome outcome =
        ImportService(v.seeded.get()).importBytes(editedSeed001(), QStringLiteral("syndicated-copy.txt"), {});
    ASSERT_EQ(outcome.imported.size(), 1u);
    EXPECT_FALSE(outcome.imported.front().report.previousVersion.isValid());
    EXPECT_EQ(outcome.imported.front().report.nearDuplicateOf, test::kSeed001);
    EXPECT_EQ(CaseReader(v.seeded.get()).claimsOf(test::kSeed001).value().size(), 3u);
}

TEST(ReportVersions, SameUrlOrAFileNameInTheChainMakesAVersionOfTheLatest)
{
    VersionedCase v;
    Case& c = v.seeded.get();
    ImportOptions withUrl;
    withUrl.url = QStringLiteral("https://example.org/amnesty-bucha");
    // A first capture with the URL (a near-duplicate of 001 under another name, so not a version of it) ...
    const ImportOutcome first = ImportService(c).importBytes(seed001().toUtf8() + "\n\nShare this article.\n",
                                                             QStringLiteral("capture-1.txt"), withUrl);
    ASSERT_EQ(first.imported.size(), 1u);
    const ReportId capture1 = first.imported.front().report.id;
    EXPECT_FALSE(first.imported.front().report.previousVersion.isValid());
    const ClaimId onCapture = test::addClaim(c, capture1, kPavlyuk);
    // ... and a second capture from the same URL under another name: a version of the first.
    const ImportOutcome second =
        ImportService(c).importBytes(editedSeed001(), QStringLiteral("capture-2.txt"), withUrl);
    ASSERT_EQ(second.imported.size(), 1u);
    EXPECT_EQ(second.imported.front().report.previousVersion, capture1);
    EXPECT_EQ(second.imported.front().reanchored.quote, 1);
    const ReportId capture2 = second.imported.front().report.id;
    EXPECT_EQ(CaseReader(c).claim(onCapture).value().report, capture2);
    // A third capture saved under the first capture's name, without a URL: its most similar report is capture 2
    // (another name), but capture 1 is in that chain, so it is a version of the chain's last report.
    const ImportOutcome third = ImportService(c).importBytes(editedSeed001() + "\nA correction was appended.\n",
                                                             QStringLiteral("capture-1.txt"), {});
    ASSERT_EQ(third.imported.size(), 1u);
    EXPECT_EQ(third.imported.front().report.previousVersion, capture2);
    EXPECT_EQ(third.imported.front().reanchored.position, 1);
    EXPECT_EQ(CaseReader(c).claim(onCapture).value().report, third.imported.front().report.id);
}

TEST(ReportVersions, WhatTheNewCaptureDoesNotSayIsKeptFromTheEarlierVersionAndWhatItSaysWins)
{
    test::SeededCase seeded;
    Case& c = seeded.get();
    // Notes typed by a stringer: no outlet, no date, no byline the import could read.
    QString notes;
    for (int i = 1; i <= 40; ++i) {
        notes += QStringLiteral("Witness %1 saw convoy %2 pass checkpoint %3 before the curfew. ")
                     .arg(i)
                     .arg(i * 7)
                     .arg(i * 11);
    }
    const ImportOutcome first = ImportService(c).importBytes(notes.toUtf8(), QStringLiteral("port-notes.txt"), {});
    ASSERT_EQ(first.imported.size(), 1u);
    const ReportId earlier = first.imported.front().report.id;
    ASSERT_TRUE(first.imported.front().report.metadata.outlet.isEmpty());
    // The investigator named the outlet, the author and the date of the first capture.
    ReportMetadataChanges corrected;
    corrected.outlet = QStringLiteral("Harbor Daily");
    corrected.published = QStringLiteral("2022-04-07");
    corrected.author = QStringLiteral("M. Ivanova");
    EditReportMetadata edit(earlier, corrected);
    ASSERT_TRUE(edit.apply(c).ok());

    // The same notes captured again with a line added; the new capture's date is given (it wins).
    ImportOptions given;
    given.published = model::PartialDate::fromIso(QStringLiteral("2022-04-09"));
    const ImportOutcome outcome =
        ImportService(c).importBytes((notes + QStringLiteral("Update: the convoy returned at dawn.")).toUtf8(),
                                     QStringLiteral("port-notes.txt"), given);
    ASSERT_EQ(outcome.imported.size(), 1u);
    const model::ReportSummary& version = outcome.imported.front().report;
    ASSERT_EQ(version.previousVersion, earlier);
    EXPECT_EQ(version.metadata.outlet, QStringLiteral("Harbor Daily"));
    EXPECT_EQ(version.metadata.author, QStringLiteral("M. Ivanova"));
    EXPECT_EQ(version.metadata.published.iso, QStringLiteral("2022-04-09"));
    // As stored, and so for the outlet: filter, the independence analysis and every export.
    auto stored = c.report(version.id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->metadata.outlet, QStringLiteral("Harbor Daily"));
    EXPECT_EQ(stored->metadata.published.iso, QStringLiteral("2022-04-09"));
    // The audit entry of the import says what was kept.
    const QString log = test::rawQuery(
        c.path(),
        QStringLiteral("SELECT payload FROM audit_log WHERE action = 'report.imported' ORDER BY seq DESC LIMIT 1"));
    EXPECT_TRUE(log.contains(QStringLiteral("\"kept_from_previous_version\":[\"outlet\",\"author\"]")))
        << log.toStdString();
}

TEST(ReportVersions, AMoveRecordedInTheLogReadsBackAsItWasWrittenAndAnOlderEntryWithoutItsLaterFields)
{
    // The log's "claims.reanchored" entries are what the Inspector's "Was" row and the deletion of a version read
    // back: a field lost between writing and reading would lose a changed quote, or put a claim back on other words.
    const std::vector<MovedClaim> moved{
        {ClaimId(7), 10, 25, 12, 27, text::ReanchorMethod::Position, 1.0, QStringLiteral("2026-12-07T10:00:00.000Z"),
         QStringLiteral("2026-12-01T09:00:00.000Z")},
        {ClaimId(8), 40, 52, 44, 58, text::ReanchorMethod::Fuzzy, 0.875, QStringLiteral("2026-12-07T10:00:00.000Z"),
         QStringLiteral("2026-12-02T08:30:00.000Z")},
        {ClaimId(9), 60, 70, 60, 70, text::ReanchorMethod::Orphaned, 0.0, QStringLiteral("2026-12-07T10:00:00.000Z"),
         QStringLiteral("2026-12-03T11:15:00.000Z")}};
    const QJsonObject payload = movedClaimsJson(ReportId(3), ReportId(5), moved);
    const RecordedMoves back = movedClaimsFromJson(QJsonDocument::fromJson(QJsonDocument(payload).toJson()).object());
    EXPECT_EQ(back.from, ReportId(3));
    EXPECT_EQ(back.to, ReportId(5));
    ASSERT_EQ(back.claims.size(), moved.size());
    for (std::size_t i = 0; i < moved.size(); ++i) {
        EXPECT_EQ(back.claims[i].claim, moved[i].claim);
        EXPECT_EQ(back.claims[i].oldStart, moved[i].oldStart);
        EXPECT_EQ(back.claims[i].oldEnd, moved[i].oldEnd);
        EXPECT_EQ(back.claims[i].newStart, moved[i].newStart);
        EXPECT_EQ(back.claims[i].newEnd, moved[i].newEnd);
        EXPECT_EQ(back.claims[i].method, moved[i].method) << i;
        EXPECT_DOUBLE_EQ(back.claims[i].score, moved[i].score);
        EXPECT_EQ(back.claims[i].updatedAt, moved[i].updatedAt);
        EXPECT_EQ(back.claims[i].updatedBefore, moved[i].updatedBefore);
    }

    // An entry written before updated_at and updated_before were recorded, and one with a method this build does
    // not know: the times read as unknown, the method as orphaned (never placed on words it may not have).
    const RecordedMoves older = movedClaimsFromJson(QJsonDocument::fromJson(R"({"from_report":1,"to_report":2,"claims":[
            {"claim":4,"old_start":1,"old_end":9,"new_start":3,"new_end":11,"method":"quote","score":1},
            {"claim":5,"old_start":2,"old_end":6,"new_start":2,"new_end":6,"method":"telepathy"}]})")
                                                        .object());
    ASSERT_EQ(older.claims.size(), 2U);
    EXPECT_EQ(older.claims[0].method, text::ReanchorMethod::Quote);
    EXPECT_EQ(older.claims[0].newStart, 3);
    EXPECT_TRUE(older.claims[0].updatedAt.isEmpty());
    EXPECT_TRUE(older.claims[0].updatedBefore.isEmpty());
    EXPECT_EQ(older.claims[1].method, text::ReanchorMethod::Orphaned);
}
