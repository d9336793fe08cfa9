// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/CaseReader.h"
#include "core/exchange/AnnotationImport.h"
#include "core/exchange/CaseSnapshot.h"
#include "core/exchange/CodePoints.h"
#include "core/exchange/ExchangeVocabulary.h"
#include "core/exchange/W3cAnnotationExporter.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "tests/core/case/edits/EditTestSupport.h"
#include "tests/core/exchange/ExchangeTestSupport.h"
#include "tests/support/TestFiles.h"
#include "tests/support/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include <gtest/gtest.h>

namespace corrob::exchange {

namespace {

QJsonArray itemsOf(const QJsonObject& collection)
{
    return collection.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
}

QJsonObject annotationQuoting(const QJsonArray& items, const QString& exact)
{
    for (const QJsonValue& v : items) {
        const QJsonObject a = v.toObject();
        const QJsonArray selectors =
            a.value(QStringLiteral("target")).toObject().value(QStringLiteral("selector")).toArray();
        if (selectors.at(0).toObject().value(QStringLiteral("exact")).toString() == exact) {
            return a;
        }
    }
    return {};
}

AnnotationPlan plan(casefile::Case& c, const QByteArray& json)
{
    auto parsed = parseW3cAnnotations(json, QStringLiteral("test.jsonld"));
    EXPECT_TRUE(parsed.ok()) << (parsed.ok() ? std::string() : parsed.error().toString().toStdString());
    if (!parsed) {
        return {};
    }
    auto planned = planAnnotationImport(c, parsed.value());
    EXPECT_TRUE(planned.ok());
    return planned.ok() ? std::move(planned).value() : AnnotationPlan{};
}

} // namespace

TEST(W3cAnnotations, PositionsAreUnicodeCodePointsSoTheySelectTheQuoteAfterEmoji)
{
    test::ExchangeCase source;
    auto snapshot = readSnapshot(source.get());
    ASSERT_TRUE(snapshot.ok());
    const QJsonArray items = itemsOf(w3cAnnotationCollection(snapshot.value()));
    ASSERT_EQ(items.size(), 5);

    const QString text = source.get().reportText(source.emojiReport(), casefile::Case::TextView::All).value();
    const QList<uint> ucs4 = text.toUcs4();
    for (const QString& quote :
         {QStringLiteral("12 people were killed"), QStringLiteral("denied \U0001F645 any strike on civilians"),
          QStringLiteral("at least 15 bodies")}) {
        const QJsonObject a = annotationQuoting(items, quote);
        ASSERT_FALSE(a.isEmpty()) << quote.toStdString();
        const QJsonObject position =
            a.value(QStringLiteral("target")).toObject().value(QStringLiteral("selector")).toArray().at(1).toObject();
        EXPECT_EQ(position.value(QStringLiteral("type")).toString(), QStringLiteral("TextPositionSelector"));
        const qsizetype start = position.value(QStringLiteral("start")).toInteger();
        const qsizetype end = position.value(QStringLiteral("end")).toInteger();
        // Code points: slicing the UCS-4 text gives the quote; the UTF-16 offsets are larger (emoji before it).
        EXPECT_EQ(QString::fromUcs4(reinterpret_cast<const char32_t*>(ucs4.constData()) + start, end - start), quote);
        EXPECT_LT(start, text.indexOf(quote));
    }
}

TEST(W3cAnnotations, WritesTagsStatementNotesAndLinksAsBodiesAndOwnTermsAsNamespacedIris)
{
    test::ExchangeCase source;
    auto snapshot = readSnapshot(source.get());
    ASSERT_TRUE(snapshot.ok());
    const QJsonObject collection = w3cAnnotationCollection(snapshot.value());
    // The page has the IRI the model requires of it (section 5.2), other than the collection's and every annotation's,
    // and says what it is part of.
    const QJsonObject page = collection.value(QStringLiteral("first")).toObject();
    const QString pageId = page.value(QStringLiteral("id")).toString();
    EXPECT_TRUE(pageId.startsWith(QStringLiteral("urn:uuid:"))) << pageId.toStdString();
    EXPECT_NE(pageId, collection.value(QStringLiteral("id")).toString());
    EXPECT_EQ(page.value(QStringLiteral("partOf")).toString(), collection.value(QStringLiteral("id")).toString());
    for (const QJsonValue& item : itemsOf(collection)) {
        EXPECT_NE(item.toObject().value(QStringLiteral("id")).toString(), pageId);
    }
    const QJsonObject mayor = annotationQuoting(itemsOf(collection), QStringLiteral("12 people were killed"));
    const QJsonArray context = mayor.value(QStringLiteral("@context")).toArray();
    EXPECT_EQ(context.at(0).toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
    EXPECT_EQ(context.at(1).toObject().value(QStringLiteral("corrob")).toString(),
              QStringLiteral("https://corroborate.invalid/ns#"));
    // Every key the anno.jsonld context does not define carries the prefix, so JSON-LD keeps it.
    for (const QString& key : mayor.keys()) {
        static const QStringList model = {
            QStringLiteral("@context"),   QStringLiteral("id"),       QStringLiteral("type"),
            QStringLiteral("motivation"), QStringLiteral("body"),     QStringLiteral("target"),
            QStringLiteral("created"),    QStringLiteral("modified"), QStringLiteral("creator")};
        EXPECT_TRUE(model.contains(key) || key.startsWith(QStringLiteral("corrob:"))) << key.toStdString();
    }
    EXPECT_EQ(mayor.value(QStringLiteral("corrob:credibility")).toInt(), 2);
    EXPECT_EQ(mayor.value(QStringLiteral("corrob:kind")).toString(), QStringLiteral("figure"));
    EXPECT_EQ(mayor.value(QStringLiteral("corrob:attributedTo")).toString(), QStringLiteral("the mayor"));

    QStringList tags;
    QStringList comments;
    QString linkRelation;
    for (const QJsonValue& v : mayor.value(QStringLiteral("body")).toArray()) {
        const QJsonObject b = v.toObject();
        const QString purpose = b.value(QStringLiteral("purpose")).toString();
        if (purpose == u"tagging") {
            tags << b.value(QStringLiteral("value")).toString();
        } else if (purpose == u"commenting") {
            comments << b.value(QStringLiteral("value")).toString();
        } else if (purpose == u"linking") {
            linkRelation = b.value(QStringLiteral("corrob:relation")).toString();
            EXPECT_TRUE(b.value(QStringLiteral("source")).toString().startsWith(QStringLiteral("urn:uuid:")));
        }
    }
    EXPECT_EQ(tags, (QStringList{QStringLiteral("Casualties"), QStringLiteral("Violence/Shelling")}));
    EXPECT_EQ(comments, (QStringList{QStringLiteral("12 killed in the market shelling"),
                                     QStringLiteral("Check the <b>hospital</b> figures <script>alert(1)</script>")}));
    EXPECT_EQ(linkRelation, QStringLiteral("contradicts"));
}

TEST(W3cAnnotations, EveryExportedAnnotationPassesTheW3cSuitesMustAssertions)
{
    if (test::standardsDir().isEmpty()) {
        GTEST_SKIP() << "../shared/standards is absent: the W3C suite cannot be run";
    }
    test::ExchangeCase source;
    auto snapshot = readSnapshot(source.get());
    ASSERT_TRUE(snapshot.ok());
    const QString file = source.dir() + QStringLiteral("/annotations.jsonld");
    test::writeFile(file, exportW3cAnnotations(snapshot.value()));
    QString output;
    EXPECT_EQ(test::runW3cMusts(file, output), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("5 annotation(s), 54 assertion(s), 0 failure(s)")))
        << output.toStdString();
}

TEST(W3cAnnotations, ATargetsSourceIsAnIriEvenWhenTheReportsUrlIsNone)
{
    test::ExchangeCase source;
    auto snapshot = readSnapshot(source.get());
    ASSERT_TRUE(snapshot.ok());
    ASSERT_GE(snapshot->reports.size(), 2u);
    // URLs as a user types them at import: no scheme, a space in the path.
    snapshot->reports[0].summary.metadata.url = QStringLiteral("example.com/news/a b");
    for (size_t i = 1; i < snapshot->reports.size(); ++i) {
        snapshot->reports[i].summary.metadata.url = QStringLiteral("https://example.org/a b?q=\"x\"");
    }
    QStringList ids;
    for (const QJsonValue& v : itemsOf(w3cAnnotationCollection(snapshot.value()))) {
        const QJsonObject target = v.toObject().value(QStringLiteral("target")).toObject();
        const QString id = target.value(QStringLiteral("source")).toObject().value(QStringLiteral("id")).toString();
        ids << id;
        // An absolute IRI: a scheme, and nothing RFC 3987 forbids.
        EXPECT_TRUE(id.contains(u':') && !id.contains(u' ') && !id.contains(u'"')) << id.toStdString();
    }
    EXPECT_TRUE(ids.contains(niUriOfSha256(snapshot->reports[0].summary.sha256)));
    EXPECT_TRUE(ids.contains(QStringLiteral("https://example.org/a%20b?q=%22x%22"))) << ids.join(u' ').toStdString();
    EXPECT_EQ(absoluteIri(QStringLiteral("https://example.org/a%20b")),
              absoluteIri(QStringLiteral("https://example.org/a b")));
}

TEST(W3cAnnotations, TwoCapturesOfOneUrlAreToldApartByTheTimeOfEachCapture)
{
    test::ExchangeCase source;
    auto snapshot = readSnapshot(source.get());
    ASSERT_TRUE(snapshot.ok());
    // Every report captured from one URL (an article that changed between captures), each at its own time.
    for (size_t i = 0; i < snapshot->reports.size(); ++i) {
        snapshot->reports[i].summary.metadata.url = QStringLiteral("https://example.org/story");
        snapshot->reports[i].summary.capturedAt = QStringLiteral("2022-03-0%1T10:00:00.000Z").arg(i + 1);
    }
    QSet<QString> dates;
    for (const QJsonValue& v : itemsOf(w3cAnnotationCollection(snapshot.value()))) {
        const QJsonObject target = v.toObject().value(QStringLiteral("target")).toObject();
        const QJsonObject state = target.value(QStringLiteral("state")).toObject();
        EXPECT_EQ(state.value(QStringLiteral("type")).toString(), QStringLiteral("TimeState"));
        const QString date = state.value(QStringLiteral("sourceDate")).toString();
        EXPECT_TRUE(date.startsWith(QStringLiteral("2022-03-0"))) << date.toStdString();
        dates.insert(date);
    }
    EXPECT_GE(dates.size(), 2) << "the claims of different captures name different times";
    if (!test::standardsDir().isEmpty()) {
        const QString file = source.dir() + QStringLiteral("/captures.jsonld");
        test::writeFile(file, exportW3cAnnotations(snapshot.value()));
        QString output;
        EXPECT_EQ(test::runW3cMusts(file, output), 0) << output.toStdString();
        EXPECT_TRUE(output.contains(QStringLiteral(" 0 failure(s)"))) << output.toStdString();
    }
    // A report without a URL is named by the hash of its bytes, which needs no time.
    snapshot->reports[0].summary.metadata.url.clear();
    for (const QJsonValue& v : itemsOf(w3cAnnotationCollection(snapshot.value()))) {
        const QJsonObject target = v.toObject().value(QStringLiteral("target")).toObject();
        if (target.value(QStringLiteral("source"))
                .toObject()
                .value(QStringLiteral("id"))
                .toString()
                .startsWith(QStringLiteral("ni:"))) {
            EXPECT_FALSE(target.contains(QStringLiteral("state")));
        }
    }
}

TEST(W3cAnnotations, TheSuiteRunnerFailsAnAnnotationThatBreaksAMust)
{
    if (test::standardsDir().isEmpty()) {
        GTEST_SKIP() << "../shared/standards is absent: the W3C suite cannot be run";
    }
    // The check above could pass by checking nothing: a bad id and a bad date must fail.
    test::ExchangeCase source;
    auto snapshot = readSnapshot(source.get());
    ASSERT_TRUE(snapshot.ok());
    QJsonObject collection = w3cAnnotationCollection(snapshot.value());
    QJsonObject page = collection.value(QStringLiteral("first")).toObject();
    QJsonArray items = page.value(QStringLiteral("items")).toArray();
    QJsonObject broken = items.at(0).toObject();
    broken.insert(QStringLiteral("id"), QStringLiteral("not an iri"));
    broken.insert(QStringLiteral("created"), QStringLiteral("yesterday"));
    items.replace(0, broken);
    page.insert(QStringLiteral("items"), items);
    collection.insert(QStringLiteral("first"), page);
    const QString file = source.dir() + QStringLiteral("/broken.jsonld");
    test::writeFile(file, QJsonDocument(collection).toJson());
    QString output;
    EXPECT_EQ(test::runW3cMusts(file, output), 1) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("3.1-annotationIdValidated"))) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("3.3.1-annotationCreatedValidated"))) << output.toStdString();
}

TEST(W3cAnnotations, RoundTripIntoAFreshCaseBringsEveryClaimBackAtTheSamePlaceWithTheSameTags)
{
    test::ExchangeCase source;
    auto snapshot = readSnapshot(source.get());
    ASSERT_TRUE(snapshot.ok());
    const QByteArray json = exportW3cAnnotations(snapshot.value());

    auto fresh = source.freshCaseWithSameReports(QStringLiteral("fresh.corrob"));
    ASSERT_TRUE(fresh);
    AnnotationPlan p = plan(*fresh, json);
    EXPECT_TRUE(p.unplaced.empty());
    ASSERT_EQ(p.placed.size(), 5u);
    for (const PlacedAnnotation& placed : p.placed) {
        EXPECT_EQ(placed.matchedBy, QStringLiteral("sha256"));
        EXPECT_EQ(placed.method, QStringLiteral("position"));
    }
    ImportAnnotations edit(std::move(p), QStringLiteral("annotations.jsonld"));
    ASSERT_TRUE(edit.apply(*fresh).ok());
    EXPECT_EQ(test::describeClaims(*fresh), test::describeClaims(source.get()));

    casefile::CaseReader reader(*fresh);
    const auto links = reader.links().value();
    ASSERT_EQ(links.size(), 2u);
    EXPECT_EQ(links[0].type, model::LinkType::Contradicts);
    EXPECT_EQ(links[0].note, QStringLiteral("mayor vs ministry"));
    EXPECT_EQ(links[1].type, model::LinkType::Updates);
    EXPECT_EQ(links[1].confidence, std::optional<double>(0.7));
    const auto notes = reader.notes().value();
    QStringList bodies;
    for (const model::Note& n : notes) {
        bodies << n.body;
    }
    bodies.sort();
    EXPECT_EQ(bodies, (QStringList{QStringLiteral("Check the <b>hospital</b> figures <script>alert(1)</script>"),
                                   QStringLiteral("Press release of 3 March.")}));
}

TEST(W3cAnnotations, ARoundTripKeepsWhoMadeEachClaimNoteAndLinkAndWhen)
{
    test::ExchangeCase source;
    // Marked by someone else, long ago, and edited later: the import must not make them the importer's, made now.
    ASSERT_TRUE(source.get()
                    .database()
                    .exec(QStringLiteral("UPDATE claims SET created_by = 'Olena K.', created_at = "
                                         "'2022-03-04T09:15:00.000Z', updated_at = '2022-03-05T18:00:00.000Z'; "
                                         "UPDATE notes SET author = 'Desk editor', created_at = "
                                         "'2022-03-06T07:00:00.000Z', updated_at = '2022-03-07T07:00:00.000Z'; "
                                         "UPDATE links SET author = 'Second reader', created_at = "
                                         "'2022-03-08T12:30:00.000Z'"))
                    .ok());
    const QByteArray json = exportW3cAnnotations(readSnapshot(source.get()).value());
    auto fresh = source.freshCaseWithSameReports(QStringLiteral("fresh.corrob"));
    ASSERT_TRUE(fresh);
    ImportAnnotations edit(plan(*fresh, json), QStringLiteral("annotations.jsonld"));
    ASSERT_TRUE(edit.apply(*fresh).ok());

    casefile::CaseReader reader(*fresh);
    const auto claims = reader.claims().value();
    ASSERT_EQ(claims.size(), 5u);
    for (const model::Claim& c : claims) {
        EXPECT_EQ(c.createdBy, QStringLiteral("Olena K."));
        EXPECT_EQ(c.createdAt, QStringLiteral("2022-03-04T09:15:00.000Z"));
        EXPECT_EQ(c.updatedAt, QStringLiteral("2022-03-05T18:00:00.000Z"));
    }
    const auto notes = reader.notes().value();
    ASSERT_EQ(notes.size(), 2u);
    for (const model::Note& n : notes) {
        EXPECT_EQ(n.author, QStringLiteral("Desk editor"));
        EXPECT_EQ(n.createdAt, QStringLiteral("2022-03-06T07:00:00.000Z"));
        EXPECT_EQ(n.updatedAt, QStringLiteral("2022-03-07T07:00:00.000Z"));
    }
    const auto links = reader.links().value();
    ASSERT_EQ(links.size(), 2u);
    for (const model::Link& l : links) {
        EXPECT_EQ(l.author, QStringLiteral("Second reader"));
        EXPECT_EQ(l.createdAt, QStringLiteral("2022-03-08T12:30:00.000Z"));
    }
    // The audit trail still says who imported them, and when.
    QString lastAction;
    ASSERT_TRUE(fresh->auditLog()
                    .forEach([&](const storage::AuditEntry& e) {
                        lastAction = e.action;
                        return true;
                    })
                    .ok());
    EXPECT_EQ(lastAction, QStringLiteral("annotations.imported"));
}

TEST(W3cAnnotations, ACreatorIsReadInEveryFormTheModelAllowsAndATimeInAnyZoneIsStoredInUtc)
{
    const auto parsedOne = [](const QString& creatorAndTimes) {
        const QString json = QStringLiteral(R"({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
            "target": {"source": "https://example.org/a", "selector": {"type": "TextQuoteSelector", "exact": "x"}},
            %1})")
                                 .arg(creatorAndTimes);
        auto parsed = parseW3cAnnotations(json.toUtf8(), QStringLiteral("t.jsonld"));
        EXPECT_TRUE(parsed.ok() && parsed->size() == 1u) << creatorAndTimes.toStdString();
        return parsed.ok() && parsed->size() == 1u ? parsed->front() : ParsedAnnotation{};
    };
    EXPECT_EQ(parsedOne(QStringLiteral(R"("creator": "Ann")")).creator, QStringLiteral("Ann"));
    EXPECT_EQ(parsedOne(QStringLiteral(R"("creator": {"type": "Person", "name": "Ann B."})")).creator,
              QStringLiteral("Ann B."));
    EXPECT_EQ(parsedOne(QStringLiteral(R"("creator": {"type": "Person", "nickname": "annb"})")).creator,
              QStringLiteral("annb"));
    EXPECT_EQ(parsedOne(QStringLiteral(R"("creator": {"id": "acct:annb@hypothes.is"})")).creator,
              QStringLiteral("acct:annb@hypothes.is"));
    EXPECT_EQ(parsedOne(QStringLiteral(R"("creator": [{"type": "Software"}, {"name": "Ann"}])")).creator,
              QStringLiteral("Ann"));
    EXPECT_TRUE(parsedOne(QStringLiteral(R"("creator": {"type": "Person"})")).creator.isEmpty());

    const ParsedAnnotation zoned =
        parsedOne(QStringLiteral(R"("created": "2015-01-28T12:00:00+01:00", "modified": "2015-01-29T09:00:00.5Z")"));
    EXPECT_EQ(zoned.created, QStringLiteral("2015-01-28T11:00:00.000Z"));
    EXPECT_EQ(zoned.modified, QStringLiteral("2015-01-29T09:00:00.500Z"));
    EXPECT_EQ(parsedOne(QStringLiteral(R"("created": "2015-01-28T12:00:00")")).created,
              QStringLiteral("2015-01-28T12:00:00.000Z")); // no zone: UTC
    for (const QString& bad : {QStringLiteral(R"("created": "yesterday")"), QStringLiteral(R"("created": 1422446400)"),
                               QStringLiteral(R"("created": "2015-13-45T99:00:00Z")"),
                               QStringLiteral(R"("created": "0001-01-01T00:00:00Z")")}) {
        EXPECT_TRUE(parsedOne(bad).created.isEmpty()) << bad.toStdString();
    }
}

TEST(W3cAnnotations, TheImportIsOneUndoableAuditedEdit)
{
    test::ExchangeCase source;
    const QByteArray json = exportW3cAnnotations(readSnapshot(source.get()).value());
    auto fresh = source.freshCaseWithSameReports(QStringLiteral("fresh.corrob"));
    ASSERT_TRUE(fresh);
    ImportAnnotations edit(plan(*fresh, json), QStringLiteral("annotations.jsonld"));
    test::expectRoundTrip(*fresh, edit); // apply, undo, redo: same rows, same ids, three audit entries
    QStringList actions;
    ASSERT_TRUE(fresh->auditLog()
                    .forEach([&](const storage::AuditEntry& e) {
                        actions << e.action;
                        return true;
                    })
                    .ok());
    EXPECT_EQ(actions.mid(actions.size() - 3),
              (QStringList{QStringLiteral("annotations.imported"), QStringLiteral("annotations.removed"),
                           QStringLiteral("annotations.imported")}));
}

TEST(W3cAnnotations, ReanchorsByUrlThenByQuoteAndListsWhatItCannotPlace)
{
    test::ExchangeCase source;
    auto fresh = source.freshCaseWithSameReports(QStringLiteral("fresh.corrob"));
    ASSERT_TRUE(fresh);
    const QString text = fresh->reportText(ReportId{6}, casefile::Case::TextView::All).value();
    // A file from another tool: no hash, the URL unknown here, no positions; and three it cannot place.
    const QByteArray json = QStringLiteral(R"([
      {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://example.org/anno/1", "type": "Annotation",
       "body": [{"type": "TextualBody", "value": "casualty figure", "purpose": "tagging"},
                {"type": "TextualBody", "value": "compare with the hospital", "purpose": "commenting"}],
       "target": {"source": "https://elsewhere.example/notes",
                  "selector": {"type": "TextQuoteSelector", "exact": "40 wounded", "prefix": "and ", "suffix": "."}}},
      {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://example.org/anno/2", "type": "Annotation",
       "target": {"source": "https://elsewhere.example/notes",
                  "selector": {"type": "TextQuoteSelector", "exact": "a sentence no report has"}}},
      {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://example.org/anno/3", "type": "Annotation",
       "target": {"source": {"id": "ni:///sha-256;dL7xQ3oOOASSIxj6-81qCWza7U6d9j7AX0ZfNm4TYV4"},
                  "selector": {"type": "TextQuoteSelector", "exact": "not in the first seed"}}},
      {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://example.org/anno/4", "type": "Annotation",
       "target": "https://elsewhere.example/notes"}
    ])")
                                .toUtf8();
    AnnotationPlan p = plan(*fresh, json);
    ASSERT_EQ(p.placed.size(), 1u);
    EXPECT_EQ(p.placed[0].report, ReportId{6});
    EXPECT_EQ(p.placed[0].matchedBy, QStringLiteral("quote"));
    EXPECT_EQ(text.mid(p.placed[0].start, p.placed[0].end - p.placed[0].start), QStringLiteral("40 wounded"));
    ASSERT_EQ(p.unplaced.size(), 3u);
    EXPECT_EQ(p.unplaced[0].quote, QStringLiteral("a sentence no report has"));
    EXPECT_TRUE(p.unplaced[0].reason.contains(QStringLiteral("no report"))) << p.unplaced[0].reason.toStdString();
    EXPECT_TRUE(p.unplaced[1].reason.contains(QStringLiteral("not in report 1"))) << p.unplaced[1].reason.toStdString();
    EXPECT_TRUE(p.unplaced[2].reason.contains(QStringLiteral("no quote"))) << p.unplaced[2].reason.toStdString();

    ImportAnnotations edit(std::move(p), QStringLiteral("other-tool.json"));
    ASSERT_TRUE(edit.apply(*fresh).ok());
    const model::Claim claim = edit.claims().front();
    EXPECT_EQ(claim.statement, QStringLiteral("40 wounded"));
    EXPECT_EQ(casefile::CaseReader(*fresh).notesOf(model::NoteTarget::Claim, claim.id.value).value().front().body,
              QStringLiteral("compare with the hospital"));

    // Importing the same file again adds nothing: every annotation is already there or cannot be placed.
    AnnotationPlan again = plan(*fresh, json);
    EXPECT_TRUE(again.placed.empty());
    EXPECT_TRUE(again.unplaced[0].reason.contains(QStringLiteral("already"))) << again.unplaced[0].reason.toStdString();
}

TEST(W3cAnnotations, AQuoteOfHalfACharacterIsListedUnplacedAndTheRestOfTheFileIsImported)
{
    test::ExchangeCase source;
    auto fresh = source.freshCaseWithSameReports(QStringLiteral("fresh.corrob"));
    ASSERT_TRUE(fresh);
    // A seed holds a character outside the BMP (two UTF-16 units); a file quotes half of it, JSON's "\ud83d" alone.
    qint64 withPair = 0;
    for (qint64 id = 1; id <= 20 && withPair == 0; ++id) {
        auto text = fresh->reportText(ReportId{id}, casefile::Case::TextView::All);
        if (text && std::any_of(text->cbegin(), text->cend(), [](QChar c) { return c.isHighSurrogate(); })) {
            withPair = id;
        }
    }
    ASSERT_NE(withPair, 0) << "a seed with an emoji";
    const QString text = fresh->reportText(ReportId{withPair}, casefile::Case::TextView::All).value();
    const qsizetype at =
        std::find_if(text.cbegin(), text.cend(), [](QChar c) { return c.isHighSurrogate(); }) - text.cbegin();
    const QString half = QStringLiteral("\\u%1").arg(text.at(at).unicode(), 4, 16, QChar(u'0'));
    const QByteArray json = QStringLiteral(R"([
      {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://example.org/anno/1", "type": "Annotation",
       "target": {"source": "https://elsewhere.example/notes",
                  "selector": {"type": "TextQuoteSelector", "exact": "40 wounded", "prefix": "and ", "suffix": "."}}},
      {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://example.org/anno/2", "type": "Annotation",
       "target": {"source": "https://elsewhere.example/notes",
                  "selector": {"type": "TextQuoteSelector", "exact": "%1"}}}
    ])")
                                .arg(half)
                                .toUtf8();
    AnnotationPlan p = plan(*fresh, json);
    ASSERT_EQ(p.placed.size(), 1u);
    const QString placedIn = fresh->reportText(p.placed[0].report, casefile::Case::TextView::All).value();
    EXPECT_EQ(placedIn.mid(p.placed[0].start, p.placed[0].end - p.placed[0].start), QStringLiteral("40 wounded"));
    ASSERT_EQ(p.unplaced.size(), 1u);
    EXPECT_TRUE(p.unplaced[0].reason.contains(QStringLiteral("half of a character")))
        << p.unplaced[0].reason.toStdString();
    ImportAnnotations edit(std::move(p), QStringLiteral("half.json"));
    ASSERT_TRUE(edit.apply(*fresh).ok()) << "the other annotation is imported";
    EXPECT_EQ(edit.claims().size(), 1u);
}

TEST(W3cAnnotations, EveryTargetOfAnAnnotationIsPlacedAndARefinedQuoteIsFound)
{
    test::ExchangeCase source;
    auto fresh = source.freshCaseWithSameReports(QStringLiteral("fresh.corrob"));
    ASSERT_TRUE(fresh);
    const QString text = fresh->reportText(ReportId{6}, casefile::Case::TextView::All).value();
    // W3C 3.2: one or more targets, the bodies apply to each; 4.2.9: a selector refined by a quote.
    const QByteArray json = QStringLiteral(R"({
      "@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://example.org/anno/1", "type": "Annotation",
      "body": {"type": "TextualBody", "value": "casualty figure", "purpose": "tagging"},
      "target": [
        {"source": "https://elsewhere.example/a", "selector": {"type": "TextQuoteSelector", "exact": "40 wounded"}},
        {"source": "https://elsewhere.example/a",
         "selector": {"type": "FragmentSelector", "value": "para5",
                      "refinedBy": {"type": "TextQuoteSelector", "exact": "at least 15 bodies"}}}]})")
                                .toUtf8();
    const AnnotationPlan p = plan(*fresh, json);
    EXPECT_TRUE(p.unplaced.empty()) << (p.unplaced.empty() ? std::string() : p.unplaced[0].reason.toStdString());
    QStringList quotes;
    for (const PlacedAnnotation& placed : p.placed) {
        quotes << text.mid(placed.start, placed.end - placed.start);
        EXPECT_EQ(placed.annotation.tags, QStringList{QStringLiteral("casualty figure")});
    }
    EXPECT_EQ(quotes, (QStringList{QStringLiteral("40 wounded"), QStringLiteral("at least 15 bodies")}));
}

TEST(W3cAnnotations, AQuoteFromAToolThatKeptDecomposedAccentsAndCrlfLinesIsPlaced)
{
    test::ExchangeCase source;
    auto fresh = source.freshCaseWithSameReports(QStringLiteral("fresh.corrob"));
    ASSERT_TRUE(fresh);
    const QString text = fresh->reportText(ReportId{1}, casefile::Case::TextView::All).value();
    const qsizetype agnes = text.indexOf(QStringLiteral("Agnès Callamard"));
    ASSERT_GE(agnes, 0);
    // The same words as another tool has them: e + U+0300, and a line end written CRLF.
    const qsizetype lineEnd = text.indexOf(u'\n', agnes);
    ASSERT_GT(lineEnd, agnes);
    const QString quoted = text.mid(agnes, lineEnd + 1 - agnes).normalized(QString::NormalizationForm_D);
    QJsonObject selector{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                         {QStringLiteral("exact"), QString(quoted).replace(u'\n', QStringLiteral("\r\n"))}};
    const QJsonObject annotation{{QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
                                 {QStringLiteral("id"), QStringLiteral("https://example.org/anno/nfd")},
                                 {QStringLiteral("type"), QStringLiteral("Annotation")},
                                 {QStringLiteral("target"),
                                  QJsonObject{{QStringLiteral("source"), QStringLiteral("https://elsewhere.example/x")},
                                              {QStringLiteral("selector"), selector}}}};
    const AnnotationPlan p = plan(*fresh, QJsonDocument(annotation).toJson());
    ASSERT_EQ(p.placed.size(), 1u) << (p.unplaced.empty() ? std::string() : p.unplaced[0].reason.toStdString());
    EXPECT_EQ(p.placed[0].start, agnes);
    EXPECT_EQ(p.placed[0].end, lineEnd + 1);
}

TEST(W3cAnnotations, AQuoteThatKeptAPdfsLigaturesIsPlacedInATextThatSpellsTheLetters)
{
    test::ExchangeCase source;
    auto fresh = source.freshCaseWithSameReports(QStringLiteral("fresh.corrob"));
    ASSERT_TRUE(fresh);
    const QString text = fresh->reportText(ReportId{1}, casefile::Case::TextView::All).value();
    const QRegularExpressionMatch words = QRegularExpression(QStringLiteral("\\w*fi\\w* \\w+ \\w+")).match(text);
    ASSERT_TRUE(words.hasMatch());
    QString quoted = words.captured(0);
    quoted.replace(QStringLiteral("fi"), QStringLiteral("\uFB01")); // as a tool reading the PDF has it
    const QJsonObject selector{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                               {QStringLiteral("exact"), quoted}};
    const QJsonObject annotation{{QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
                                 {QStringLiteral("id"), QStringLiteral("https://example.org/anno/ligature")},
                                 {QStringLiteral("type"), QStringLiteral("Annotation")},
                                 {QStringLiteral("target"),
                                  QJsonObject{{QStringLiteral("source"), QStringLiteral("https://elsewhere.example/y")},
                                              {QStringLiteral("selector"), selector}}}};
    const AnnotationPlan p = plan(*fresh, QJsonDocument(annotation).toJson());
    ASSERT_EQ(p.placed.size(), 1u) << (p.unplaced.empty() ? std::string() : p.unplaced[0].reason.toStdString());
    EXPECT_EQ(p.placed[0].start, words.capturedStart(0));
    EXPECT_EQ(p.placed[0].end, words.capturedEnd(0));
}

TEST(W3cAnnotations, RefusesAFileThatIsNotJsonOrHoldsNoAnnotation)
{
    auto notJson = parseW3cAnnotations(QByteArrayLiteral("<html>"), QStringLiteral("x.jsonld"));
    ASSERT_FALSE(notJson.ok());
    EXPECT_TRUE(notJson.error().message.contains(QStringLiteral("not JSON")));
    EXPECT_EQ(notJson.error().context, QStringLiteral("x.jsonld"));
    // JSON, but a number or a string: no annotation could be in it, and "not JSON" would be wrong.
    for (const QByteArray& scalar :
         {QByteArrayLiteral("42"), QByteArrayLiteral("\"annotations\""), QByteArrayLiteral(" true")}) {
        auto bare = parseW3cAnnotations(scalar, QStringLiteral("z.jsonld"));
        ASSERT_FALSE(bare.ok());
        EXPECT_TRUE(bare.error().message.contains(QStringLiteral("top level must be a JSON object")))
            << bare.error().message.toStdString();
    }
    auto empty = parseW3cAnnotations(QByteArrayLiteral(R"({"type": "Person"})"), QStringLiteral("y.jsonld"));
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().message.contains(QStringLiteral("no W3C Web Annotation")));
}

TEST(W3cAnnotations, APositionNoTextCanHaveIsIgnoredAndTheQuoteDecides)
{
    // 1e300 does not fit any integer (converting it was undefined behaviour, seen while writing the W3C fuzz target);
    // 2^53 + 2 is past any text. Both are read as no position; an ordinary one is kept.
    const auto read = [](const char* start, const char* end) {
        const QByteArray json = QStringLiteral(R"({"type": "Annotation", "target": {"source": "urn:x", "selector": [
              {"type": "TextQuoteSelector", "exact": "40 wounded"},
              {"type": "TextPositionSelector", "start": %1, "end": %2}]}})")
                                    .arg(QLatin1String(start), QLatin1String(end))
                                    .toUtf8();
        auto parsed = parseW3cAnnotations(json, QStringLiteral("positions.jsonld"));
        EXPECT_TRUE(parsed.ok());
        return parsed.ok() ? parsed->front() : ParsedAnnotation{};
    };
    for (const auto& [start, end] : {std::pair{"1e300", "1e301"}, std::pair{"9007199254740994", "9007199254740994"},
                                     std::pair{"9.3e18", "9.3e18"}}) {
        const ParsedAnnotation a = read(start, end);
        EXPECT_EQ(a.exact, QStringLiteral("40 wounded"));
        EXPECT_FALSE(a.start.has_value()) << start;
        EXPECT_FALSE(a.end.has_value()) << end;
    }
    const ParsedAnnotation ordinary = read("10", "20");
    EXPECT_EQ(ordinary.start, std::optional<qsizetype>(10));
    EXPECT_EQ(ordinary.end, std::optional<qsizetype>(20));
}

} // namespace corrob::exchange
