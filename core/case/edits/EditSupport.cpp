// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/edits/EditSupport.h"

#include "core/case/edits/ClaimEdits.h"
#include "core/model/Anchor.h"
#include "core/model/Vocabulary.h"
#include "core/search/ScriptVocabulary.h"
#include "core/storage/ClaimRepository.h"
#include "core/storage/ReportRepository.h"
#include "core/storage/SourceRepository.h"
#include "core/storage/TagRepository.h"

#include <algorithm>

namespace corrob::casefile::edits {

namespace {

// A field the edit changed takes its value from `to`; one it left keeps what it holds now. A field the edit changed
// that holds neither `from` nor `to` now was changed since by someone else: named in conflicts, when given.
template <typename T>
void take(T& now, const T& from, const T& to, const char* field = nullptr, QStringList* conflicts = nullptr)
{
    if (!(from == to)) {
        if (conflicts && field && !(now == from) && !(now == to)) {
            *conflicts << QString::fromLatin1(field);
        }
        now = to;
    }
}

// A list: the entries the edit added are added, those it removed removed; the others stay as they are now (in
// the order they are now, added ones last; the repositories order what they store).
template <typename T> void takeEntries(QList<T>& now, const QList<T>& from, const QList<T>& to)
{
    for (const T& gone : from) {
        if (!to.contains(gone)) {
            now.removeAll(gone);
        }
    }
    for (const T& added : to) {
        if (!from.contains(added) && !now.contains(added)) {
            now.append(added);
        }
    }
}

} // namespace

model::Claim withChange(const model::Claim& now, const model::Claim& from, const model::Claim& to,
                        QStringList* conflicts)
{
    model::Claim out = now;
    take(out.report, from.report, to.report, "report", conflicts);
    take(out.anchor, from.anchor, to.anchor, "quote", conflicts);
    take(out.statement, from.statement, to.statement, "statement", conflicts);
    take(out.kind, from.kind, to.kind, "kind", conflicts);
    take(out.source, from.source, to.source, "source", conflicts);
    take(out.credibility, from.credibility, to.credibility, "grade", conflicts);
    takeEntries(out.tags, from.tags, to.tags);
    std::sort(out.tags.begin(), out.tags.end());
    take(out.orphaned, from.orphaned, to.orphaned, "placement", conflicts);
    take(out.updatedAt, from.updatedAt, to.updatedAt);
    return out;
}

model::Link withChange(const model::Link& now, const model::Link& from, const model::Link& to, QStringList* conflicts)
{
    model::Link out = now;
    take(out.from, from.from, to.from, "from claim", conflicts);
    take(out.to, from.to, to.to, "to claim", conflicts);
    take(out.type, from.type, to.type, "type", conflicts);
    take(out.note, from.note, to.note, "note", conflicts);
    take(out.confidence, from.confidence, to.confidence, "confidence", conflicts);
    take(out.author, from.author, to.author, "author", conflicts);
    return out;
}

model::Note withChange(const model::Note& now, const model::Note& from, const model::Note& to, QStringList* conflicts)
{
    model::Note out = now;
    take(out.target, from.target, to.target, "target", conflicts);
    take(out.targetId, from.targetId, to.targetId, "target", conflicts);
    take(out.body, from.body, to.body, "text", conflicts);
    take(out.updatedAt, from.updatedAt, to.updatedAt);
    return out;
}

model::Source withChange(const model::Source& now, const model::Source& from, const model::Source& to,
                         QStringList* conflicts)
{
    model::Source out = now;
    take(out.name, from.name, to.name, "name", conflicts);
    takeEntries(out.aliases, from.aliases, to.aliases);
    take(out.kind, from.kind, to.kind, "kind", conflicts);
    take(out.affiliation, from.affiliation, to.affiliation, "affiliation", conflicts);
    take(out.reliability, from.reliability, to.reliability, "reliability", conflicts);
    take(out.rationale, from.rationale, to.rationale, "rationale", conflicts);
    return out;
}

model::Tag withChange(const model::Tag& now, const model::Tag& from, const model::Tag& to, QStringList* conflicts)
{
    model::Tag out = now;
    take(out.parent, from.parent, to.parent, "parent", conflicts);
    take(out.name, from.name, to.name, "name", conflicts);
    take(out.colour, from.colour, to.colour, "colour", conflicts);
    take(out.description, from.description, to.description, "description", conflicts);
    take(out.position, from.position, to.position, "position", conflicts);
    return out;
}

Status CreatedItems::reinsert(EditContext& ctx) const
{
    storage::SourceRepository sourceRepo(ctx.db);
    for (const model::Source& s : sources) {
        CORROB_TRY(sourceRepo.insert(s));
    }
    storage::TagRepository tagRepo(ctx.db);
    for (const model::Tag& t : tags) {
        CORROB_TRY(tagRepo.insert(t));
    }
    return {};
}

Status CreatedItems::remove(EditContext& ctx) const
{
    // What refers to a source or tag the step created, now that the step's own use of it is taken back: another
    // program's claim, report, tag or source gave it a use since, which removing it would blank (ON DELETE SET NULL)
    // or delete with it.
    const auto inUse = [&](const QString& what, const Result<qint64>& uses) -> Status {
        CORROB_TRY(uses);
        if (uses.value() == 0) {
            return {};
        }
        return Error{ErrorCode::Conflict,
                     QStringLiteral("%1, which this step created, has been used since (in another program): undoing "
                                    "the step would take it from what uses it now, so nothing was done")
                         .arg(what),
                     {}};
    };
    // Each looked at just before it goes: a tag's child or a source's affiliate made in the same step is gone by then.
    storage::TagRepository tagRepo(ctx.db);
    for (auto t = tags.rbegin(); t != tags.rend(); ++t) { // children before parents
        CORROB_TRY(inUse(QStringLiteral("the tag \"%1\"").arg(t->name), tagRepo.uses(t->id)));
        CORROB_TRY(tagRepo.remove(t->id));
    }
    storage::SourceRepository sourceRepo(ctx.db);
    for (auto source = sources.rbegin(); source != sources.rend(); ++source) {
        CORROB_TRY(inUse(QStringLiteral("the source \"%1\"").arg(source->name), sourceRepo.uses(source->id)));
        CORROB_TRY(sourceRepo.remove(source->id));
    }
    return {};
}

QJsonObject CreatedItems::toJson() const
{
    QJsonArray s;
    for (const model::Source& source : sources) {
        s.append(sourceJson(source));
    }
    QJsonArray t;
    for (const model::Tag& tag : tags) {
        t.append(tagJson(tag));
    }
    return {{QStringLiteral("sources"), s}, {QStringLiteral("tags"), t}};
}

Result<model::Claim> buildClaim(EditContext& ctx, const ClaimDraft& draft, CreatedItems& created)
{
    const QString where = QStringLiteral("report %1").arg(draft.report.value);
    if (draft.credibility != 0) {
        if (auto s = model::checkCredibility(draft.credibility); !s) {
            return at(s.error(), where);
        }
    }
    auto text = storage::ReportRepository(ctx.db).workingText(draft.report);
    CORROB_TRY(text);
    auto anchor = (draft.start || draft.end)
                      ? model::anchorAt(text.value(), draft.start.value_or(-1), draft.end.value_or(-1), where)
                      : model::anchorOfQuote(text.value(), draft.quote, draft.occurrence, where);
    CORROB_TRY(anchor);
    model::Claim c;
    c.report = draft.report;
    c.anchor = anchor.value();
    c.statement = draft.statement.simplified().isEmpty() ? c.anchor.quote.simplified() : draft.statement.trimmed();
    c.kind = draft.kind;
    c.credibility = draft.credibility;
    c.createdAt = ctx.now;
    c.createdBy = ctx.actor;
    c.updatedAt = ctx.now;
    if (!draft.sourceName.trimmed().isEmpty()) {
        auto source = sourceNamed(ctx, draft.sourceName, model::SourceKind::Other, created);
        if (!source) {
            return at(source.error(), where);
        }
        c.source = source.value();
    }
    for (const QString& path : draft.tagPaths) {
        auto tag = tagAtPath(ctx, path, created);
        if (!tag) {
            return at(tag.error(), where);
        }
        c.tags.append(tag.value());
    }
    std::sort(c.tags.begin(), c.tags.end());
    c.tags.erase(std::unique(c.tags.begin(), c.tags.end()), c.tags.end());
    return c;
}

namespace {

Result<std::optional<SourceId>> sourceWrittenAs(const storage::SourceRepository& repo, const QString& name)
{
    const QStringList keys = search::nameKeys(name);
    // Only a name of two words or more: one word ("Melnyk") may be anyone of that name, and is matched as written.
    if (keys.isEmpty() || !keys.front().contains(u' ')) {
        return std::optional<SourceId>();
    }
    auto sources = repo.all();
    CORROB_TRY(sources);
    for (const model::Source& source : sources.value()) {
        const QStringList names = QStringList(source.aliases) << source.name;
        for (const QString& written : names) {
            const QStringList theirs = search::nameKeys(written);
            if (std::any_of(theirs.cbegin(), theirs.cend(), [&](const QString& k) { return keys.contains(k); })) {
                return std::optional<SourceId>(source.id);
            }
        }
    }
    return std::optional<SourceId>();
}

} // namespace

Result<SourceId> sourceNamed(EditContext& ctx, const QString& name, model::SourceKind kind, CreatedItems& created)
{
    if (name.trimmed().isEmpty()) {
        return invalid(QStringLiteral("a source needs a name"), QString());
    }
    storage::SourceRepository repo(ctx.db);
    auto found = repo.findByName(name);
    CORROB_TRY(found);
    if (found.value()) {
        return *found.value();
    }
    // The same name in another script ("Γεώργιος Παπαδόπουλος" for "Georgios Papadopoulos", a speaker found in a
    // Greek report): one source, not two, which the independence analysis would count twice.
    auto same = sourceWrittenAs(repo, name);
    CORROB_TRY(same);
    if (same.value()) {
        return *same.value();
    }
    model::Source source;
    source.name = name.simplified();
    source.kind = kind;
    source.createdAt = ctx.now;
    auto id = repo.insert(source);
    CORROB_TRY(id);
    source.id = id.value();
    created.sources.push_back(source);
    return id;
}

Result<QString> newTagColour(EditContext& ctx)
{
    auto existing = storage::TagRepository(ctx.db).tree();
    CORROB_TRY(existing);
    QStringList colours;
    for (const model::Tag& t : existing.value()) {
        colours << t.colour;
    }
    return model::Tag::newColour(colours);
}

Result<TagId> tagAtPath(EditContext& ctx, const QString& path, CreatedItems& created)
{
    storage::TagRepository repo(ctx.db);
    TagId parent;
    const QStringList parts = path.split(u'/');
    for (const QString& raw : parts) {
        const QString name = raw.simplified();
        if (name.isEmpty()) {
            return invalid(QStringLiteral("the tag '%1' has an empty name part").arg(path), QString());
        }
        auto found = repo.findChild(parent, name);
        CORROB_TRY(found);
        if (found.value()) {
            parent = *found.value();
            continue;
        }
        auto position = repo.nextPosition(parent);
        CORROB_TRY(position);
        auto colour = newTagColour(ctx);
        CORROB_TRY(colour);
        model::Tag tag;
        tag.parent = parent;
        tag.name = name;
        tag.colour = colour.value(); // told apart from the tags before it, as the Tags dock does
        tag.position = position.value();
        auto id = repo.insert(tag);
        CORROB_TRY(id);
        tag.id = id.value();
        created.tags.push_back(tag);
        parent = tag.id;
    }
    return parent;
}

Result<std::optional<TagId>> findTagAtPath(EditContext& ctx, const QString& path)
{
    storage::TagRepository repo(ctx.db);
    TagId parent;
    for (const QString& raw : path.split(u'/')) {
        auto found = repo.findChild(parent, raw.simplified());
        CORROB_TRY(found);
        if (!found.value()) {
            return std::optional<TagId>();
        }
        parent = *found.value();
    }
    return std::optional<TagId>(parent);
}

Status requireClaim(EditContext& ctx, ClaimId id)
{
    auto exists = storage::ClaimRepository(ctx.db).exists(id);
    CORROB_TRY(exists);
    if (!exists.value()) {
        return Error{ErrorCode::NotFound, QStringLiteral("no such claim"), QStringLiteral("claim %1").arg(id.value)};
    }
    return {};
}

Status requireReport(EditContext& ctx, ReportId id)
{
    auto summary = storage::ReportRepository(ctx.db).summary(id);
    return summary ? Status() : Status(summary.error());
}

QString claimWhere(const model::Claim& claim)
{
    return QStringLiteral("claim %1 in report %2").arg(claim.id.value).arg(claim.report.value);
}

QJsonObject claimJson(const model::Claim& c)
{
    return {{QStringLiteral("claim"), c.id.value},
            {QStringLiteral("report"), c.report.value},
            {QStringLiteral("start"), c.anchor.start},
            {QStringLiteral("end"), c.anchor.end},
            {QStringLiteral("quote"), c.anchor.quote},
            {QStringLiteral("statement"), c.statement},
            {QStringLiteral("kind"), model::claimKindName(c.kind)},
            {QStringLiteral("source"), c.source.value},
            {QStringLiteral("credibility"), c.credibility},
            {QStringLiteral("tags"), idsJson(c.tags)}};
}

QJsonObject sourceJson(const model::Source& s)
{
    return {{QStringLiteral("source"), s.id.value},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("aliases"), QJsonArray::fromStringList(s.aliases)},
            {QStringLiteral("kind"), model::sourceKindName(s.kind)},
            {QStringLiteral("affiliation"), s.affiliation.value},
            {QStringLiteral("reliability"), s.reliability},
            {QStringLiteral("rationale"), s.rationale}};
}

QJsonObject tagJson(const model::Tag& t)
{
    return {{QStringLiteral("tag"), t.id.value},
            {QStringLiteral("parent"), t.parent.value},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("colour"), t.colour},
            {QStringLiteral("description"), t.description}};
}

} // namespace corrob::casefile::edits
