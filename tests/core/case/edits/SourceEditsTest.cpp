// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/edits/SourceEdits.h"
#include "core/case/CaseReader.h"
#include "core/case/ImportService.h"
#include "core/case/edits/ClaimEdits.h"
#include "core/case/edits/NoteEdits.h"
#include "tests/core/case/edits/EditTestSupport.h"

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::casefile;
using test::SeededCase;

namespace {

SourceId createSource(Case& c, const QString& name, const QString& affiliation = {})
{
    SourceDraft d;
    d.name = name;
    d.affiliationName = affiliation;
    CreateSource create(d);
    const Status s = create.apply(c);
    EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : s.error().toString().toStdString());
    return create.source().id;
}

} // namespace

TEST(CreateSource, StoresKindAliasesAffiliationAndGradeAndRoundTrips)
{
    SeededCase c;
    SourceDraft d;
    d.name = QStringLiteral("  Agnès   Callamard ");
    d.kind = model::SourceKind::Person;
    d.aliases = {QStringLiteral("Callamard"), QStringLiteral("callamard"), QStringLiteral("Agnes Callamard")};
    d.affiliationName = QStringLiteral("Amnesty International");
    d.reliability = QStringLiteral("b");
    d.rationale = QStringLiteral("Secretary General, on the record");
    CreateSource create(d);
    test::expectRoundTrip(c.get(), create);
    const model::Source s = CaseReader(c.get()).source(create.source().id).value();
    EXPECT_EQ(s.name, QStringLiteral("Agnès Callamard"));
    EXPECT_EQ(s.kind, model::SourceKind::Person);
    EXPECT_EQ(s.aliases, QStringList{QStringLiteral("Callamard")}) << "one alias per fold key, never the name";
    EXPECT_EQ(s.reliability, QStringLiteral("B"));
    const model::Source amnesty = CaseReader(c.get()).source(s.affiliation).value();
    EXPECT_EQ(amnesty.name, QStringLiteral("Amnesty International"));

    ASSERT_TRUE(create.revert(c.get()).ok());
    EXPECT_FALSE(CaseReader(c.get()).sourceNamed(QStringLiteral("Amnesty International")).value().has_value())
        << "an affiliation created with the source goes with it";
}

TEST(CreateSource, RefusesAnEmptyNameAGradeOutsideAToFAndANameAlreadyTaken)
{
    SeededCase c;
    createSource(c.get(), QStringLiteral("Agnès Callamard"));
    SourceDraft empty;
    empty.name = QStringLiteral("   ");
    CreateSource noName(empty);
    EXPECT_TRUE(test::expectRefused(c.get(), noName).message.contains(QStringLiteral("needs a name")));

    SourceDraft graded;
    graded.name = QStringLiteral("Oleksandr Pavlyuk");
    graded.reliability = QStringLiteral("G");
    CreateSource badGrade(graded);
    const Error e = test::expectRefused(c.get(), badGrade);
    EXPECT_TRUE(e.message.contains(QStringLiteral("A to F")) && e.message.contains(QStringLiteral("'G'")))
        << e.message.toStdString();

    SourceDraft same;
    same.name = QStringLiteral("AGNES callamard");
    CreateSource duplicate(same);
    const Error dup = test::expectRefused(c.get(), duplicate);
    EXPECT_EQ(dup.code, ErrorCode::AlreadyExists);
    EXPECT_TRUE(dup.message.contains(QStringLiteral("Agnès Callamard"))) << dup.message.toStdString();
}

TEST(EditSource, RenamesKeepingTheOldNameAsAnAliasAndRoundTrips)
{
    SeededCase c;
    const SourceId id = createSource(c.get(), QStringLiteral("Callamard"));
    SourceChanges changes;
    changes.name = QStringLiteral("Agnès Callamard");
    changes.kind = model::SourceKind::Person;
    changes.reliability = QStringLiteral("A");
    changes.affiliationName = QStringLiteral("Amnesty International");
    changes.addAliases = {QStringLiteral("Amnesty's secretary general")};
    EditSource edit(id, changes);
    test::expectRoundTrip(c.get(), edit);
    const model::Source s = CaseReader(c.get()).source(id).value();
    EXPECT_EQ(s.name, QStringLiteral("Agnès Callamard"));
    EXPECT_TRUE(s.aliases.contains(QStringLiteral("Callamard")));
    EXPECT_EQ(s.reliability, QStringLiteral("A"));
    EXPECT_EQ(CaseReader(c.get()).sourceNamed(QStringLiteral("callamard")).value()->id, id);
}

TEST(EditSource, RefusesAGradeOutsideAToFAnEmptyNameATakenAliasAndSelfAffiliation)
{
    SeededCase c;
    const SourceId id = createSource(c.get(), QStringLiteral("Amnesty International"));
    SourceChanges grade;
    grade.reliability = QStringLiteral("Z");
    EditSource badGrade(id, grade);
    EXPECT_EQ(test::expectRefused(c.get(), badGrade).context,
              QStringLiteral("source %1 (Amnesty International)").arg(id.value));
    SourceChanges blank;
    blank.name = QStringLiteral(" ");
    EditSource noName(id, blank);
    EXPECT_TRUE(test::expectRefused(c.get(), noName).message.contains(QStringLiteral("needs a name")));
    createSource(c.get(), QStringLiteral("Human Rights Watch"));
    SourceChanges taken;
    taken.addAliases = {QStringLiteral("human rights watch")};
    EditSource takenAlias(id, taken);
    EXPECT_EQ(test::expectRefused(c.get(), takenAlias).code, ErrorCode::AlreadyExists);
    SourceChanges self;
    self.affiliationName = QStringLiteral("amnesty international");
    EditSource selfAffiliated(id, self);
    EXPECT_TRUE(test::expectRefused(c.get(), selfAffiliated).message.contains(QStringLiteral("itself")));
}

TEST(EditSource, RefusesAnAffiliationThatWouldCloseALoop)
{
    // Callamard speaks for Amnesty, Amnesty for a coalition: the coalition cannot be affiliated with Callamard (an
    // origin is followed up the affiliations, and a loop has no top).
    SeededCase c;
    const SourceId coalition = createSource(c.get(), QStringLiteral("Rights Coalition"));
    createSource(c.get(), QStringLiteral("Amnesty International"), QStringLiteral("Rights Coalition"));
    createSource(c.get(), QStringLiteral("Agnès Callamard"), QStringLiteral("Amnesty International"));
    SourceChanges loop;
    loop.affiliationName = QStringLiteral("Agnès Callamard");
    EditSource closing(coalition, loop);
    const Error refused = test::expectRefused(c.get(), closing);
    EXPECT_EQ(refused.code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(refused.message.contains(QStringLiteral("speaks for"))) << refused.message.toStdString();
    // Affiliated with a source outside the chain, it may be.
    SourceChanges fine;
    fine.affiliationName = QStringLiteral("United Nations");
    EditSource allowed(coalition, fine);
    EXPECT_TRUE(allowed.apply(c.get()).ok());
}

TEST(MergeSources, MovesEveryReferenceAndUndoRestoresThem)
{
    SeededCase c;
    CaseReader reader(c.get());
    // A report whose outlet the investigator stated at import: the outlet is a source the report points at.
    ImportOptions options;
    options.outlet = QStringLiteral("Canadian Broadcasting Corporation");
    const auto imported = ImportService(c.get()).importBytes(
        QByteArrayLiteral("Amnesty report\n\nAmnesty International said on Friday it had evidence.\n"),
        QStringLiteral("cbc.txt"), options);
    ASSERT_EQ(imported.imported.size(), 1u);
    const ReportId report = imported.imported.front().report.id;
    const QString outletName = options.outlet;
    const SourceId outlet = reader.sourceNamed(outletName).value()->id;

    const SourceId keep = createSource(c.get(), QStringLiteral("CBC News"));
    const SourceId person = createSource(c.get(), QStringLiteral("Reporter X"), outletName);
    const ClaimId claim =
        test::addClaim(c.get(), report, QStringLiteral("Amnesty International said on Friday"), outletName);
    AddNote note(model::NoteTarget::Source, outlet.value, QStringLiteral("public broadcaster"));
    ASSERT_TRUE(note.apply(c.get()).ok());
    ASSERT_EQ(reader.source(person).value().affiliation, outlet);

    MergeSources merge(keep, outlet);
    test::expectRoundTrip(c.get(), merge);
    EXPECT_FALSE(reader.source(outlet).ok());
    EXPECT_EQ(reader.claim(claim).value().source, keep);
    EXPECT_EQ(reader.source(person).value().affiliation, keep);
    EXPECT_EQ(c->report(report).value().metadata.outlet, QStringLiteral("CBC News"));
    const auto outlets = reader.reportOutlets().value();
    EXPECT_EQ(outlets.back(), (model::ReportOutlet{report, keep, SourceId()})) << "the analysis sees the new outlet";
    EXPECT_TRUE(reader.source(keep).value().aliases.contains(outletName));
    EXPECT_EQ(reader.notesOf(model::NoteTarget::Source, keep.value).value().size(), 1u);
    EXPECT_EQ(reader.sourceNamed(outletName).value()->id, keep) << "the old name finds the merged source";

    ASSERT_TRUE(merge.revert(c.get()).ok());
    EXPECT_EQ(reader.source(outlet).value().name, outletName);
    EXPECT_EQ(reader.claim(claim).value().source, outlet);
    EXPECT_EQ(reader.source(person).value().affiliation, outlet);
    EXPECT_EQ(c->report(report).value().metadata.outlet, outletName);
    EXPECT_EQ(reader.notesOf(model::NoteTarget::Source, outlet.value).value().size(), 1u);
    EXPECT_TRUE(reader.source(keep).value().aliases.isEmpty());
}

TEST(MergeSources, RefusesMergingASourceIntoItselfOrAMissingOne)
{
    SeededCase c;
    const SourceId id = createSource(c.get(), QStringLiteral("Amnesty International"));
    MergeSources self(id, id);
    EXPECT_TRUE(test::expectRefused(c.get(), self).message.contains(QStringLiteral("itself")));
    MergeSources missing(id, SourceId(999));
    EXPECT_EQ(test::expectRefused(c.get(), missing).context, QStringLiteral("source 999"));
}

TEST(AttributeClaim, ANameWrittenInAnotherScriptIsTheSourceAlreadyInTheCaseNotASecondOne)
{
    // A speaker found in a Greek or a Ukrainian report, and the same person named in English: one source, or the
    // independence analysis counts one witness as two.
    SeededCase c;
    const SourceId papadopoulos = createSource(c.get(), QStringLiteral("Georgios Papadopoulos"));
    const SourceId melnyk = createSource(c.get(), QStringLiteral("Andriy Melnyk"));
    const auto attributedTo = [&](const QString& quote, const QString& name) {
        ClaimDraft draft;
        draft.report = test::kSeed001;
        draft.quote = quote;
        draft.sourceName = name;
        AddClaim add(draft);
        const Status s = add.apply(c.get());
        EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : s.error().toString().toStdString());
        return add.claim().source;
    };
    const auto sourceCount = [&] {
        return CaseReader(c.get()).sources().value().size();
    };
    const std::size_t before = sourceCount();
    EXPECT_EQ(attributedTo(QStringLiteral("1,235 civilian bodies"), QStringLiteral("Γεώργιος Παπαδόπουλος")),
              papadopoulos);
    EXPECT_EQ(attributedTo(QStringLiteral("Kyiv regional governor"), QStringLiteral("Андрій Мельник")), melnyk);
    EXPECT_EQ(sourceCount(), before);
    // One word may be anyone of that name; another name in Greek is another source.
    EXPECT_NE(attributedTo(QStringLiteral("war crimes"), QStringLiteral("Мельник")), melnyk);
    EXPECT_NE(attributedTo(QStringLiteral("Amnesty International"), QStringLiteral("Νίκος Δημητρίου")), papadopoulos);
    EXPECT_EQ(sourceCount(), before + 2);
}
