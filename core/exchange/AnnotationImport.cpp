// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/AnnotationImport.h"

#include "core/case/Case.h"
#include "core/case/CaseReader.h"
#include "core/case/edits/ClaimEdits.h"
#include "core/exchange/CodePoints.h"
#include "core/exchange/ExchangeVocabulary.h"
#include "core/model/Anchor.h"
#include "core/model/Vocabulary.h"
#include "core/storage/ClaimRepository.h"
#include "core/storage/LinkRepository.h"
#include "core/storage/NoteRepository.h"
#include "core/storage/ReportRepository.h"
#include "core/text/Reanchor.h"
#include "core/text/TextNormalizer.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace corrob::exchange {

using namespace casefile::edits;

namespace {

// A JSON-LD value that may be one item or an array of them.
QJsonArray asArray(const QJsonValue& v)
{
    if (v.isArray()) {
        return v.toArray();
    }
    if (v.isUndefined() || v.isNull()) {
        return {};
    }
    return QJsonArray{v};
}

bool hasType(const QJsonObject& o, QStringView type)
{
    for (const auto& t : asArray(o.value(QStringLiteral("type")))) {
        if (t.toString() == type) {
            return true;
        }
    }
    for (const auto& t : asArray(o.value(QStringLiteral("@type")))) {
        if (t.toString() == type) {
            return true;
        }
    }
    return false;
}

QString idOf(const QJsonValue& v)
{
    if (v.isString()) {
        return v.toString();
    }
    const QJsonObject o = v.toObject();
    return o.contains(QStringLiteral("id")) ? o.value(QStringLiteral("id")).toString()
                                            : o.value(QStringLiteral("@id")).toString();
}

// The value of one of our terms, under the prefix the file's context maps to our namespace (usually "corrob"),
// or under the full IRI.
struct Terms
{
    QString prefix = kPrefix.toString();
    [[nodiscard]] QJsonValue get(const QJsonObject& o, QStringView name) const
    {
        const QJsonValue compact = o.value(prefix + u':' + name);
        return compact.isUndefined() ? o.value(kNamespace + name) : compact;
    }
};

Terms termsOf(const QJsonValue& context, Terms inherited)
{
    for (const auto& c : asArray(context)) {
        const QJsonObject o = c.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().toString() == kNamespace) {
                inherited.prefix = it.key();
            }
        }
    }
    return inherited;
}

// A selector and the selectors refining it (W3C 4.2.9 refinedBy: a quote inside a fragment, say), outermost first.
void collectSelectors(const QJsonValue& selectors, QList<QJsonObject>& out, int depth = 0)
{
    if (depth > 16) { // a refinement chain deeper than any real file: stop rather than recurse without end
        return;
    }
    for (const auto& sv : asArray(selectors)) {
        const QJsonObject s = sv.toObject();
        out.append(s);
        collectSelectors(s.value(QStringLiteral("refinedBy")), out, depth + 1);
    }
}

void readTarget(const QJsonValue& target, const Terms& terms, ParsedAnnotation& a)
{
    if (target.isString()) {
        a.sourceIri = target.toString();
        return;
    }
    const QJsonObject t = target.toObject();
    const QJsonValue source = t.value(QStringLiteral("source"));
    a.sourceIri = idOf(source);
    a.sha256 = terms.get(source.toObject(), u"sha256").toString().toLower();
    if (a.sha256.isEmpty()) {
        a.sha256 = sha256OfNiUri(a.sourceIri);
    }
    QList<QJsonObject> selectors;
    collectSelectors(t.value(QStringLiteral("selector")), selectors);
    for (const QJsonObject& s : selectors) {
        if (hasType(s, u"TextQuoteSelector")) {
            // Another tool quoted the document as it had it: decomposed accents (NFD), CRLF line ends. Compare
            // with the working text as it was made from the original (NFC, LF, no control characters).
            a.exact = text::normalizeWorkingText(s.value(QStringLiteral("exact")).toString());
            a.prefix = text::normalizeWorkingText(s.value(QStringLiteral("prefix")).toString());
            a.suffix = text::normalizeWorkingText(s.value(QStringLiteral("suffix")).toString());
        } else if (hasType(s, u"TextPositionSelector")) {
            const QJsonValue start = s.value(QStringLiteral("start"));
            const QJsonValue end = s.value(QStringLiteral("end"));
            // A position past 2^53 is past any text (and a double past qsizetype's range cannot be converted at all:
            // undefined behaviour): no position, the quote is searched for instead.
            constexpr double kLargestPosition = 9007199254740992.0;
            if (start.isDouble() && end.isDouble() && start.toDouble() >= 0 && end.toDouble() >= start.toDouble() &&
                end.toDouble() <= kLargestPosition) {
                a.start = qsizetype(start.toDouble());
                a.end = qsizetype(end.toDouble());
            }
        }
    }
}

// A W3C "creator": a name, or an agent (an object with a name, a nickname or only an id, or a list of them: the first
// that names someone). Empty when nobody is named.
QString creatorOf(const QJsonValue& v, int depth = 0)
{
    if (v.isString()) {
        return v.toString().trimmed();
    }
    if (v.isArray() && depth == 0) {
        for (const auto& item : v.toArray()) {
            if (QString name = creatorOf(item, depth + 1); !name.isEmpty()) {
                return name;
            }
        }
        return {};
    }
    const QJsonObject o = v.toObject();
    for (const char* key : {"name", "nickname", "id", "@id"}) {
        if (const QString name = o.value(QLatin1String(key)).toString().trimmed(); !name.isEmpty()) {
            return name;
        }
    }
    return {};
}

// An xsd:dateTime ("2015-01-28T12:00:00Z", "2015-01-28T12:00:00+01:00", with or without fractions of a second) as
// the case stores times: UTC, ISO 8601 with milliseconds. A time without a zone is taken as UTC (W3C: it SHOULD have
// one). Empty for anything else, and for years outside 1000-9999 (not a time anyone annotated at).
QString timeOf(const QJsonValue& v)
{
    const QString text = v.toString().trimmed();
    if (text.size() < 19 || text.size() > 40) {
        return {};
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || t.date().year() < 1000 || t.date().year() > 9999) {
        return {};
    }
    if (t.timeSpec() == Qt::LocalTime) {
        t.setTimeSpec(Qt::UTC);
    }
    return t.toUTC().toString(Qt::ISODateWithMs);
}

void readBodies(const QJsonObject& o, const Terms& terms, ParsedAnnotation& a)
{
    QJsonArray bodies = asArray(o.value(QStringLiteral("body")));
    if (o.value(QStringLiteral("bodyValue")).isString()) {
        bodies.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                  {QStringLiteral("value"), o.value(QStringLiteral("bodyValue"))}});
    }
    for (const auto& bv : bodies) {
        const QJsonObject b = bv.toObject();
        const QString purpose = b.value(QStringLiteral("purpose")).toString();
        const QString value = b.value(QStringLiteral("value")).toString();
        if (purpose == u"linking") {
            ParsedAnnotation::LinkTo link;
            link.target = idOf(b.value(QStringLiteral("source")));
            if (link.target.isEmpty()) {
                link.target = idOf(b);
            }
            link.relation = terms.get(b, u"relation").toString();
            link.note = terms.get(b, u"note").toString();
            if (const QJsonValue c = terms.get(b, u"confidence"); c.isDouble()) {
                link.confidence = c.toDouble();
            }
            link.creator = creatorOf(b.value(QStringLiteral("creator")));
            link.created = timeOf(b.value(QStringLiteral("created")));
            a.links.push_back(link);
        } else if (purpose == u"tagging") {
            if (!value.trimmed().isEmpty()) {
                a.tags.append(value.trimmed());
            }
        } else if (!value.isEmpty()) {
            // commenting, describing, or no purpose: the statement when we wrote it so, else a note.
            if (terms.get(b, u"role").toString() == u"statement" && a.statement.isEmpty()) {
                a.statement = value;
            } else {
                a.notes.push_back({value, creatorOf(b.value(QStringLiteral("creator"))),
                                   timeOf(b.value(QStringLiteral("created"))),
                                   timeOf(b.value(QStringLiteral("modified")))});
            }
        }
    }
}

// One ParsedAnnotation per target: the bodies apply to each (W3C 3.2: "an Annotation has 1 or more Targets"). Links
// leave from the first target's claim only, and other annotations' links reach that one.
std::vector<ParsedAnnotation> readAnnotation(const QJsonObject& o, const Terms& inherited)
{
    const Terms terms = termsOf(o.value(QStringLiteral("@context")), inherited);
    ParsedAnnotation a;
    a.id = idOf(o);
    readBodies(o, terms, a);
    a.kind = terms.get(o, u"kind").toString();
    const QJsonValue credibility = terms.get(o, u"credibility");
    if (credibility.isDouble() && model::checkCredibility(credibility.toInt())) {
        a.credibility = credibility.toInt();
    }
    a.attributedTo = terms.get(o, u"attributedTo").toString();
    a.creator = creatorOf(o.value(QStringLiteral("creator")));
    a.created = timeOf(o.value(QStringLiteral("created")));
    a.modified = timeOf(o.value(QStringLiteral("modified")));
    const QJsonArray targets = asArray(o.value(QStringLiteral("target")));
    std::vector<ParsedAnnotation> out;
    for (const auto& target : targets) {
        ParsedAnnotation one = a;
        if (!out.empty()) {
            one.links.clear();
        }
        readTarget(target, terms, one);
        out.push_back(std::move(one));
    }
    if (out.empty()) {
        out.push_back(std::move(a)); // no target: listed as not placed, with the reason
    }
    return out;
}

QString normalizedUrl(const QString& url)
{
    const QString iri = absoluteIri(url);
    QString u = iri.isEmpty() ? url.trimmed() : iri;
    while (u.endsWith(u'/')) {
        u.chop(1);
    }
    return u;
}

} // namespace

Result<std::vector<ParsedAnnotation>> parseW3cAnnotations(const QByteArray& json, const QString& where)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull()) {
        const QByteArray start = json.trimmed().left(1);
        if (!start.isEmpty() && QByteArrayLiteral("-0123456789\"tfn").contains(start)) {
            // 42, "text", true: JSON perhaps, but no annotations.
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("not a W3C annotation file: its top level must be a JSON object (an "
                                        "annotation, a page or a collection of them) or an array of annotations"),
                         where};
        }
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset), where};
    }
    QJsonArray items;
    Terms terms;
    if (doc.isArray()) {
        items = doc.array();
    } else {
        const QJsonObject root = doc.object();
        terms = termsOf(root.value(QStringLiteral("@context")), terms);
        if (hasType(root, u"AnnotationCollection")) {
            // Only the first page is embedded in a file; later pages would be separate resources.
            items = root.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
        } else if (hasType(root, u"AnnotationPage")) {
            items = root.value(QStringLiteral("items")).toArray();
        } else {
            items = QJsonArray{root};
        }
    }
    std::vector<ParsedAnnotation> out;
    for (const auto& item : items) {
        const QJsonObject o = item.toObject();
        if (hasType(o, u"Annotation")) {
            for (ParsedAnnotation& a : readAnnotation(o, terms)) {
                out.push_back(std::move(a));
            }
        }
    }
    if (out.empty()) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("no W3C Web Annotation in this file (no object of type \"Annotation\")"), where};
    }
    return out;
}

Result<AnnotationPlan> planAnnotationImport(casefile::Case& target, const std::vector<ParsedAnnotation>& annotations)
{
    auto reports = target.reports();
    CORROB_TRY(reports);
    // Texts are read once, when first needed.
    QHash<qint64, QString> texts;
    QHash<qint64, std::shared_ptr<CodePointIndex>> indexes;
    const auto textOf = [&](ReportId id) -> Result<QString> {
        if (auto it = texts.constFind(id.value); it != texts.constEnd()) {
            return *it;
        }
        auto text = target.reportText(id, casefile::Case::TextView::All);
        CORROB_TRY(text);
        texts.insert(id.value, text.value());
        return text.value();
    };
    auto existing = casefile::CaseReader(target).claims();
    CORROB_TRY(existing);
    QSet<QString> taken;
    for (const model::Claim& c : existing.value()) {
        taken.insert(QStringLiteral("%1:%2:%3").arg(c.report.value).arg(c.anchor.start).arg(c.anchor.end));
    }

    AnnotationPlan plan;
    for (const ParsedAnnotation& a : annotations) {
        const auto unplaced = [&](const QString& reason) {
            plan.unplaced.push_back({a.id, a.exact, reason});
        };
        if (a.exact.isEmpty()) {
            unplaced(QStringLiteral("no quote: the annotation has no TextQuoteSelector"));
            continue;
        }
        // A quote from a tool that kept a PDF's ligatures (ﬁ) against a text imported since the importers fold them
        // (docs/decisions/0025): the quote as given first, then with its ligatures folded.
        const QString foldedExact = text::foldTypesetting(a.exact);
        const auto quoteIn = [&](const QString& text) {
            return text.contains(a.exact) || (foldedExact != a.exact && text.contains(foldedExact));
        };
        // The candidate reports, most certain first.
        std::vector<ReportId> candidates;
        QString matchedBy;
        if (!a.sha256.isEmpty()) {
            for (const model::ReportSummary& r : reports.value()) {
                if (r.sha256.compare(a.sha256, Qt::CaseInsensitive) == 0) {
                    candidates.push_back(r.id);
                }
            }
            matchedBy = QStringLiteral("sha256");
        }
        if (candidates.empty() && !a.sourceIri.isEmpty() && !a.sourceIri.startsWith(u"ni:")) {
            for (auto r = reports->rbegin(); r != reports->rend(); ++r) {
                if (!r->metadata.url.isEmpty() && normalizedUrl(r->metadata.url) == normalizedUrl(a.sourceIri)) {
                    candidates.push_back(r->id);
                }
            }
            matchedBy = QStringLiteral("url");
        }
        if (candidates.empty()) {
            for (const model::ReportSummary& r : reports.value()) {
                auto text = textOf(r.id);
                CORROB_TRY(text);
                if (quoteIn(text.value())) {
                    candidates.push_back(r.id);
                }
            }
            matchedBy = QStringLiteral("quote");
        }
        if (candidates.empty()) {
            unplaced(QStringLiteral("no report in the case matches its source (SHA-256, URL) or holds its quote"));
            continue;
        }
        std::optional<PlacedAnnotation> best;
        double bestScore = -1;
        bool halfCharacter = false; // found only where it would cut a character in half (a lone surrogate quoted)
        for (ReportId report : candidates) {
            auto text = textOf(report);
            CORROB_TRY(text);
            auto& index = indexes[report.value];
            if (!index) {
                index = std::make_shared<CodePointIndex>(text.value());
            }
            text::QuoteSelector selector;
            const bool folded = foldedExact != a.exact && !text->contains(a.exact) && text->contains(foldedExact);
            selector.quote = folded ? foldedExact : a.exact;
            selector.prefix = folded ? text::foldTypesetting(a.prefix) : a.prefix;
            selector.suffix = folded ? text::foldTypesetting(a.suffix) : a.suffix;
            const qsizetype start = a.start ? index->toUtf16(*a.start) : -1;
            const qsizetype end = a.end ? index->toUtf16(*a.end) : -1;
            if (start >= 0 && end >= start) {
                selector.start = start;
                selector.end = end;
            } else {
                // No usable position: start the search where the quote would be without one (the middle).
                selector.start = text->size() / 2;
                selector.end = selector.start + selector.quote.size();
            }
            const text::ReanchorResult found = text::reanchor(selector, text->size(), text.value());
            if (found.method == text::ReanchorMethod::Orphaned || found.score <= bestScore) {
                continue;
            }
            if (!model::anchorAt(text.value(), found.start, found.end, QString()).ok()) {
                halfCharacter = true;
                continue;
            }
            bestScore = found.score;
            best =
                PlacedAnnotation{a, report, found.start, found.end, matchedBy, text::reanchorMethodName(found.method)};
        }
        if (!best && halfCharacter) {
            unplaced(
                QStringLiteral("the quote is half of a character (a lone UTF-16 surrogate): no claim can mark it"));
            continue;
        }
        if (!best) {
            unplaced(QStringLiteral("the quote is not in report %1, matched by %2")
                         .arg(candidates.front().value)
                         .arg(matchedBy == u"sha256" ? QStringLiteral("SHA-256") : matchedBy.toUpper()));
            continue;
        }
        const QString key = QStringLiteral("%1:%2:%3").arg(best->report.value).arg(best->start).arg(best->end);
        if (taken.contains(key)) {
            unplaced(QStringLiteral("a claim already marks this text in report %1").arg(best->report.value));
            continue;
        }
        taken.insert(key);
        plan.placed.push_back(std::move(*best));
    }
    return plan;
}

// ---- ImportAnnotations

ImportAnnotations::ImportAnnotations(AnnotationPlan plan, QString fileName)
    : m_plan(std::move(plan)), m_fileName(std::move(fileName))
{
}

Status ImportAnnotations::resolve(casefile::EditContext& ctx)
{
    storage::ClaimRepository claims(ctx.db);
    storage::LinkRepository links(ctx.db);
    storage::NoteRepository notes(ctx.db);
    CreatedItems created;
    std::vector<model::Claim> newClaims;
    std::vector<model::Link> newLinks;
    std::vector<model::Note> newNotes;
    QHash<QString, ClaimId> byIri;
    for (const PlacedAnnotation& p : m_plan.placed) {
        const ParsedAnnotation& a = p.annotation;
        casefile::ClaimDraft draft;
        draft.report = p.report;
        draft.start = p.start;
        draft.end = p.end;
        draft.statement = a.statement;
        if (auto kind = model::parseClaimKind(a.kind); kind) {
            draft.kind = kind.value();
        }
        draft.sourceName = a.attributedTo;
        draft.credibility = a.credibility;
        draft.tagPaths = a.tags;
        auto built = buildClaim(ctx, draft, created);
        CORROB_TRY(built);
        model::Claim c = std::move(built).value();
        // Who marked it and when, as the annotation says (the audit entry keeps who imported it, and when).
        if (!a.creator.isEmpty()) {
            c.createdBy = a.creator;
        }
        if (!a.created.isEmpty()) {
            c.createdAt = a.created;
            c.updatedAt = a.modified >= a.created ? a.modified : a.created;
        }
        auto id = claims.insert(c);
        CORROB_TRY(id);
        c.id = id.value();
        if (!a.id.isEmpty()) {
            if (!byIri.contains(a.id)) { // an annotation with several targets: links reach its first
                byIri.insert(a.id, c.id);
            }
        }
        for (const ParsedAnnotation::NoteBody& body : a.notes) {
            model::Note n;
            n.target = model::NoteTarget::Claim;
            n.targetId = c.id.value;
            n.body = body.body;
            n.author = body.creator.isEmpty() ? ctx.actor : body.creator;
            n.createdAt = body.created.isEmpty() ? ctx.now : body.created;
            n.updatedAt = body.created.isEmpty() ? ctx.now : std::max(body.modified, body.created);
            auto noteId = notes.insert(n);
            CORROB_TRY(noteId);
            n.id = noteId.value();
            newNotes.push_back(n);
        }
        newClaims.push_back(c);
    }
    int skipped = 0;
    for (size_t i = 0; i < m_plan.placed.size(); ++i) {
        for (const ParsedAnnotation::LinkTo& to : m_plan.placed[i].annotation.links) {
            const auto type = model::parseLinkType(to.relation);
            const auto other = byIri.constFind(to.target);
            if (!type || other == byIri.constEnd() || *other == newClaims[i].id) {
                ++skipped;
                continue;
            }
            auto duplicate = links.find(newClaims[i].id, *other, type.value());
            CORROB_TRY(duplicate);
            if (duplicate.value()) {
                continue;
            }
            model::Link l;
            l.from = newClaims[i].id;
            l.to = *other;
            l.type = type.value();
            l.note = to.note;
            if (to.confidence && model::checkConfidence(*to.confidence)) {
                l.confidence = to.confidence;
            }
            l.author = to.creator.isEmpty() ? ctx.actor : to.creator;
            l.createdAt = to.created.isEmpty() ? ctx.now : to.created;
            auto id = links.insert(l);
            CORROB_TRY(id);
            l.id = id.value();
            newLinks.push_back(l);
        }
    }
    m_claims = std::move(newClaims);
    m_links = std::move(newLinks);
    m_notes = std::move(newNotes);
    m_created = std::move(created);
    m_skippedLinks = skipped;
    m_resolved = true;
    return {};
}

Result<casefile::Edit::Record> ImportAnnotations::forward(casefile::EditContext& ctx)
{
    if (!m_resolved) {
        if (m_plan.placed.empty()) {
            return invalid(QStringLiteral("no annotation could be placed in this case"), m_fileName);
        }
        CORROB_TRY(resolve(ctx));
        return record(QStringLiteral("annotations.imported"), QStringLiteral("created"));
    }
    // Redo: the same rows with the same ids.
    CORROB_TRY(m_created.reinsert(ctx));
    storage::ClaimRepository claims(ctx.db);
    for (const model::Claim& c : m_claims) {
        CORROB_TRY(claims.insert(c));
    }
    storage::LinkRepository links(ctx.db);
    for (const model::Link& l : m_links) {
        CORROB_TRY(links.insert(l));
    }
    storage::NoteRepository notes(ctx.db);
    for (const model::Note& n : m_notes) {
        CORROB_TRY(notes.insert(n));
    }
    return record(QStringLiteral("annotations.imported"), QStringLiteral("created"));
}

Result<casefile::Edit::Record> ImportAnnotations::backward(casefile::EditContext& ctx)
{
    storage::NoteRepository notes(ctx.db);
    for (const model::Note& n : m_notes) {
        CORROB_TRY(notes.remove(n.id));
    }
    storage::LinkRepository links(ctx.db);
    for (const model::Link& l : m_links) {
        CORROB_TRY(links.remove(l.id));
    }
    storage::ClaimRepository claims(ctx.db);
    for (const model::Claim& c : m_claims) {
        CORROB_TRY(claims.remove(c.id));
    }
    CORROB_TRY(m_created.remove(ctx));
    return record(QStringLiteral("annotations.removed"), QStringLiteral("removed"));
}

casefile::Edit::Record ImportAnnotations::record(const QString& action, const QString& createdKey) const
{
    QJsonArray claimIds;
    for (const model::Claim& c : m_claims) {
        claimIds.append(c.id.value);
    }
    QJsonArray linkIds;
    for (const model::Link& l : m_links) {
        linkIds.append(l.id.value);
    }
    QJsonArray noteIds;
    for (const model::Note& n : m_notes) {
        noteIds.append(n.id.value);
    }
    return Record{action, QJsonObject{{QStringLiteral("file"), m_fileName},
                                      {QStringLiteral("claims"), claimIds},
                                      {QStringLiteral("links"), linkIds},
                                      {QStringLiteral("notes"), noteIds},
                                      {QStringLiteral("unplaced"), qint64(m_plan.unplaced.size())},
                                      {createdKey, m_created.toJson()}}};
}

} // namespace corrob::exchange
