// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/W3cAnnotationExporter.h"

#include "core/exchange/CodePoints.h"
#include "core/exchange/ExchangeVocabulary.h"
#include "core/model/Vocabulary.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace corrob::exchange {

namespace {

QString urn(const QUuid& uuid)
{
    return QStringLiteral("urn:uuid:") + uuid.toString(QUuid::WithoutBraces);
}

QJsonArray context()
{
    return QJsonArray{kAnnoContext.toString(), QJsonObject{{kPrefix.toString(), kNamespace.toString()}}};
}

QJsonObject person(const QString& name)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Person")}, {QStringLiteral("name"), name}};
}

// Offsets and texts stored by Qt use UTC ISO 8601 with milliseconds ("…T10:00:00.000Z"): already xsd:dateTime.
void putDate(QJsonObject& o, const QString& key, const QString& iso)
{
    if (!iso.isEmpty()) {
        o.insert(key, iso);
    }
}

QJsonObject targetOf(const model::Claim& claim, const SnapshotReport& report, const CodePointIndex& index)
{
    const model::ReportSummary& r = report.summary;
    // The target's source must be an IRI: a URL that is none ("example.com/a b", typed at import) names nothing.
    const QString url = absoluteIri(r.metadata.url);
    QJsonObject source{{QStringLiteral("id"), url.isEmpty() ? niUriOfSha256(r.sha256) : url},
                       {QStringLiteral("type"), QStringLiteral("Text")},
                       {term(u"sha256"), r.sha256}};
    if (!r.metadata.title.isEmpty()) {
        source.insert(QStringLiteral("dcterms:title"), r.metadata.title);
    }
    if (!r.metadata.outlet.isEmpty()) {
        source.insert(QStringLiteral("dcterms:publisher"), r.metadata.outlet);
    }
    if (!r.metadata.language.isEmpty()) {
        source.insert(QStringLiteral("language"), r.metadata.language);
    }
    const QJsonObject quote{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                            {QStringLiteral("exact"), claim.anchor.quote},
                            {QStringLiteral("prefix"), claim.anchor.prefix},
                            {QStringLiteral("suffix"), claim.anchor.suffix}};
    const QJsonObject position{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                               {QStringLiteral("start"), double(index.toCodePoints(claim.anchor.start))},
                               {QStringLiteral("end"), double(index.toCodePoints(claim.anchor.end))}};
    QJsonObject target{{QStringLiteral("type"), QStringLiteral("SpecificResource")},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("selector"), QJsonArray{quote, position}}};
    // A URL names the article as it is now; two captures of a changed article share it. The time of this capture
    // says which one the selectors read (Web Annotation Data Model §4.3.1, TimeState). An ni: IRI names the bytes.
    if (!url.isEmpty() && !r.capturedAt.isEmpty()) {
        target.insert(QStringLiteral("state"), QJsonObject{{QStringLiteral("type"), QStringLiteral("TimeState")},
                                                           {QStringLiteral("sourceDate"), r.capturedAt}});
    }
    return target;
}

QJsonObject textualBody(const QString& purpose, const QString& value, const QString& format = {})
{
    QJsonObject body{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                     {QStringLiteral("purpose"), purpose},
                     {QStringLiteral("value"), value}};
    if (!format.isEmpty()) {
        body.insert(QStringLiteral("format"), format);
    }
    return body;
}

QJsonObject noteBody(const model::Note& note)
{
    QJsonObject body = textualBody(QStringLiteral("commenting"), note.body, QStringLiteral("text/markdown"));
    body.insert(term(u"role"), QStringLiteral("note"));
    if (!note.author.isEmpty()) {
        body.insert(QStringLiteral("creator"), person(note.author));
    }
    putDate(body, QStringLiteral("created"), note.createdAt);
    putDate(body, QStringLiteral("modified"), note.updatedAt);
    return body;
}

} // namespace

QString annotationIri(const CaseSnapshot& snapshot, ClaimId claim)
{
    return urn(snapshot.uuidOf(QStringLiteral("claim"), claim.value));
}

QJsonObject w3cAnnotationCollection(const CaseSnapshot& snapshot)
{
    QHash<qint64, std::shared_ptr<CodePointIndex>> indexes;
    QJsonArray items;
    for (const model::Claim& claim : snapshot.claims) {
        const SnapshotReport* report = snapshot.report(claim.report);
        Q_ASSERT(report != nullptr); // readSnapshot keeps only the claims of its reports
        auto& index = indexes[claim.report.value];
        if (!index) {
            index = std::make_shared<CodePointIndex>(report->text);
        }
        QJsonArray bodies;
        QJsonObject statement =
            textualBody(QStringLiteral("commenting"), claim.statement, QStringLiteral("text/plain"));
        statement.insert(term(u"role"), QStringLiteral("statement"));
        bodies.append(statement);
        for (TagId tag : claim.tags) {
            bodies.append(textualBody(QStringLiteral("tagging"), snapshot.tagPath(tag)));
        }
        for (const model::Note* note : snapshot.notesOn(model::NoteTarget::Claim, claim.id.value)) {
            bodies.append(noteBody(*note));
        }
        for (const model::Link& link : snapshot.links) {
            if (link.from != claim.id) {
                continue;
            }
            QJsonObject body{{QStringLiteral("type"), QStringLiteral("SpecificResource")},
                             {QStringLiteral("purpose"), QStringLiteral("linking")},
                             {QStringLiteral("source"), annotationIri(snapshot, link.to)},
                             {term(u"relation"), model::linkTypeName(link.type)}};
            if (!link.note.isEmpty()) {
                body.insert(term(u"note"), link.note);
            }
            if (link.confidence) {
                body.insert(term(u"confidence"), *link.confidence);
            }
            if (!link.author.isEmpty()) {
                body.insert(QStringLiteral("creator"), person(link.author));
            }
            putDate(body, QStringLiteral("created"), link.createdAt);
            bodies.append(body);
        }
        QJsonObject a{{QStringLiteral("@context"), context()},
                      {QStringLiteral("id"), annotationIri(snapshot, claim.id)},
                      {QStringLiteral("type"), QStringLiteral("Annotation")},
                      {QStringLiteral("motivation"), QStringLiteral("highlighting")},
                      {QStringLiteral("body"), bodies},
                      {QStringLiteral("target"), targetOf(claim, *report, *index)},
                      {term(u"kind"), model::claimKindName(claim.kind)}};
        putDate(a, QStringLiteral("created"), claim.createdAt);
        putDate(a, QStringLiteral("modified"), claim.updatedAt);
        if (!claim.createdBy.isEmpty()) {
            a.insert(QStringLiteral("creator"), person(claim.createdBy));
        }
        if (claim.credibility != 0) {
            a.insert(term(u"credibility"), claim.credibility);
        }
        if (const model::Source* source = snapshot.source(claim.source)) {
            a.insert(term(u"attributedTo"), source->name);
        }
        items.append(a);
    }
    // The one page of the collection: its id is a must of the model (section 5.2), partOf a should.
    const QJsonObject page{{QStringLiteral("id"), urn(snapshot.uuidOf(QStringLiteral("page"), 0))},
                           {QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                           {QStringLiteral("partOf"), urn(snapshot.caseUuid)},
                           {QStringLiteral("startIndex"), 0},
                           {QStringLiteral("items"), items}};
    return QJsonObject{{QStringLiteral("@context"), context()},
                       {QStringLiteral("id"), urn(snapshot.caseUuid)},
                       {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
                       {QStringLiteral("label"), snapshot.title},
                       {QStringLiteral("total"), items.size()},
                       {QStringLiteral("first"), page}};
}

QByteArray exportW3cAnnotations(const CaseSnapshot& snapshot)
{
    return QJsonDocument(w3cAnnotationCollection(snapshot)).toJson(QJsonDocument::Indented);
}

} // namespace corrob::exchange
