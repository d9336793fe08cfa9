// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/edits/SourceEdits.h"

#include "core/model/Vocabulary.h"
#include "core/storage/NoteRepository.h"
#include "core/storage/SourceRepository.h"
#include "core/text/Fold.h"

#include <QSet>

namespace corrob::casefile {

using namespace edits;

namespace {

QString sourceWhere(SourceId id, const QString& name)
{
    return name.isEmpty() ? QStringLiteral("source %1").arg(id.value)
                          : QStringLiteral("source %1 (%2)").arg(id.value).arg(name);
}

// Refuses a name or alias that already names (or aliases) a source other than self.
Status requireNamesFree(EditContext& ctx, const QStringList& names, SourceId self, const QString& where)
{
    storage::SourceRepository repo(ctx.db);
    for (const QString& name : names) {
        auto found = repo.findByName(name);
        CORROB_TRY(found);
        if (found.value() && *found.value() != self) {
            auto other = repo.name(*found.value());
            return Error{ErrorCode::AlreadyExists,
                         QStringLiteral("'%1' already names %2")
                             .arg(name.simplified(), sourceWhere(*found.value(), other ? other.value() : QString())),
                         where};
        }
    }
    return {};
}

// The aliases with added ones appended and removed ones dropped, one per fold key, never the name itself.
QStringList mergedAliases(const QString& name, const QStringList& aliases, const QStringList& add,
                          const QStringList& remove = {})
{
    QSet<QString> seen{text::foldKey(name)};
    for (const QString& r : remove) {
        seen.insert(text::foldKey(r));
    }
    QStringList out;
    for (const QString& a : aliases + add) {
        const QString key = text::foldKey(a);
        if (key.isEmpty() || seen.contains(key)) {
            continue;
        }
        seen.insert(key);
        out.append(a.simplified());
    }
    std::sort(out.begin(), out.end(),
              [](const QString& a, const QString& b) { return text::foldKey(a) < text::foldKey(b); });
    return out;
}

Result<SourceId> affiliationNamed(EditContext& ctx, const QString& name, const QString& self, CreatedItems& created,
                                  const QString& where)
{
    if (text::foldKey(name) == text::foldKey(self)) {
        return invalid(QStringLiteral("a source cannot be affiliated with itself"), where);
    }
    auto id = sourceNamed(ctx, name, model::SourceKind::Organisation, created);
    return id ? id : Result<SourceId>(at(id.error(), where));
}

} // namespace

// ---- CreateSource

Result<Edit::Record> CreateSource::forward(EditContext& ctx)
{
    storage::SourceRepository repo(ctx.db);
    model::Source source = m_source;
    CreatedItems created = m_created;
    if (!source.id.isValid()) {
        const QString where = QStringLiteral("source '%1'").arg(m_draft.name.simplified());
        if (m_draft.name.trimmed().isEmpty()) {
            return invalid(QStringLiteral("a source needs a name"), QString());
        }
        source.name = m_draft.name.simplified();
        source.kind = m_draft.kind;
        source.aliases = mergedAliases(source.name, {}, m_draft.aliases);
        source.rationale = m_draft.rationale.trimmed();
        source.createdAt = ctx.now;
        if (!m_draft.reliability.trimmed().isEmpty()) {
            auto grade = model::parseReliability(m_draft.reliability);
            if (!grade) {
                return at(grade.error(), where);
            }
            source.reliability = grade.value();
        }
        CORROB_TRY(requireNamesFree(ctx, QStringList{source.name} + source.aliases, SourceId(), where));
        if (!m_draft.affiliationName.trimmed().isEmpty()) {
            auto affiliation = affiliationNamed(ctx, m_draft.affiliationName, source.name, created, where);
            CORROB_TRY(affiliation);
            source.affiliation = affiliation.value();
        }
    } else {
        CORROB_TRY(created.reinsert(ctx));
    }
    auto id = repo.insert(source);
    CORROB_TRY(id);
    source.id = id.value();
    m_source = source;
    m_created = created;
    QJsonObject payload = sourceJson(m_source);
    payload.insert(QStringLiteral("created"), m_created.toJson());
    return Record{QStringLiteral("source.created"), payload};
}

Result<Edit::Record> CreateSource::backward(EditContext& ctx)
{
    CORROB_TRY(storage::SourceRepository(ctx.db).remove(m_source.id));
    CORROB_TRY(m_created.remove(ctx));
    QJsonObject payload = sourceJson(m_source);
    payload.insert(QStringLiteral("removed"), m_created.toJson());
    return Record{QStringLiteral("source.removed"), payload};
}

// ---- EditSource

Result<Edit::Record> EditSource::forward(EditContext& ctx)
{
    const auto change = [&](const model::Source& before, CreatedItems& created) -> Result<model::Source> {
        const QString where = sourceWhere(m_id, before.name);
        if (m_changes.isEmpty()) {
            return invalid(QStringLiteral("nothing to change"), where);
        }
        model::Source after = before;
        if (m_changes.name) {
            if (m_changes.name->trimmed().isEmpty()) {
                return invalid(QStringLiteral("a source needs a name"), where);
            }
            after.name = m_changes.name->simplified();
        }
        if (m_changes.kind) {
            after.kind = *m_changes.kind;
        }
        if (m_changes.reliability) {
            after.reliability.clear();
            if (!m_changes.reliability->trimmed().isEmpty()) {
                auto grade = model::parseReliability(*m_changes.reliability);
                if (!grade) {
                    return at(grade.error(), where);
                }
                after.reliability = grade.value();
            }
        }
        if (m_changes.rationale) {
            after.rationale = m_changes.rationale->trimmed();
        }
        // A renamed source keeps its old name as an alias, so text that uses it still finds the source.
        QStringList add = m_changes.addAliases;
        if (text::foldKey(after.name) != text::foldKey(before.name)) {
            add.append(before.name);
        }
        after.aliases = mergedAliases(after.name, before.aliases, add, m_changes.removeAliases);
        // Only the names this edit adds must be free: an old clash elsewhere must not block every other change.
        QStringList added = m_changes.addAliases;
        if (m_changes.name) {
            added.prepend(after.name);
        }
        CORROB_TRY(requireNamesFree(ctx, added, m_id, where));
        if (m_changes.affiliationName) {
            after.affiliation = SourceId();
            if (!m_changes.affiliationName->trimmed().isEmpty()) {
                auto affiliation = affiliationNamed(ctx, *m_changes.affiliationName, after.name, created, where);
                CORROB_TRY(affiliation);
                if (affiliation.value() == m_id) {
                    return invalid(QStringLiteral("a source cannot be affiliated with itself"), where);
                }
                // Nor with one that speaks for it, however far up: an origin is followed up the affiliations, and
                // a loop has no top.
                storage::SourceRepository sources(ctx.db);
                SourceId up = affiliation.value();
                for (int depth = 0; up.isValid() && depth < 10000; ++depth) {
                    auto above = sources.find(up);
                    CORROB_TRY(above);
                    if (above->affiliation == m_id) {
                        return invalid(QStringLiteral("%1 speaks for %2 already (through its affiliations): "
                                                      "affiliated with it, each would speak for the other")
                                           .arg(*m_changes.affiliationName, after.name),
                                       where);
                    }
                    up = above->affiliation;
                }
                after.affiliation = affiliation.value();
            }
        }
        return after;
    };
    CORROB_TRY(m_update.apply<storage::SourceRepository>(ctx, m_id, change));
    return record(Update::Step::Apply);
}

Result<Edit::Record> EditSource::backward(EditContext& ctx)
{
    CORROB_TRY(m_update.revert<storage::SourceRepository>(ctx));
    return record(Update::Step::Revert);
}

Edit::Record EditSource::record(Update::Step step) const
{
    QJsonObject payload = m_update.payload(step, sourceJson, Update::Created::Record);
    payload.insert(QStringLiteral("source"), m_id.value);
    return Record{QStringLiteral("source.edited"), payload};
}

// ---- MergeSources

Edit::Record MergeSources::record(const QString& action) const
{
    return Record{action,
                  {{QStringLiteral("keep"), sourceJson(m_keepAfter)},
                   {QStringLiteral("other"), sourceJson(m_otherSource)},
                   {QStringLiteral("claims"), idsJson(m_references.claims)},
                   {QStringLiteral("outlet_of"), idsJson(m_references.outletOf)},
                   {QStringLiteral("republisher_of"), idsJson(m_references.republisherOf)},
                   {QStringLiteral("affiliated"), idsJson(m_references.affiliated)},
                   {QStringLiteral("notes"), static_cast<qint64>(m_notes.size())}}};
}

Result<Edit::Record> MergeSources::forward(EditContext& ctx)
{
    storage::SourceRepository repo(ctx.db);
    storage::NoteRepository notes(ctx.db);
    if (!m_resolved) {
        if (m_keep == m_other) {
            return invalid(QStringLiteral("a source cannot be merged into itself"),
                           QStringLiteral("source %1").arg(m_keep.value));
        }
        auto keep = repo.find(m_keep);
        CORROB_TRY(keep);
        auto other = repo.find(m_other);
        CORROB_TRY(other);
        auto refs = repo.references(m_other);
        CORROB_TRY(refs);
        auto otherNotes = notes.of(model::NoteTarget::Source, m_other.value);
        CORROB_TRY(otherNotes);
        model::Source after = keep.value();
        after.aliases = mergedAliases(after.name, after.aliases, QStringList{other->name} + other->aliases);
        if (after.affiliation == m_other) {
            after.affiliation = SourceId();
        }
        if (!after.affiliation.isValid() && other->affiliation != m_keep) {
            after.affiliation = other->affiliation;
        }
        if (after.reliability.isEmpty()) {
            after.reliability = other->reliability;
            after.rationale = other->rationale;
        }
        m_keepBefore = keep.value();
        m_keepAfter = after;
        m_otherSource = other.value();
        m_references = refs.value();
        m_notes = otherNotes.value();
        m_resolved = true;
    }
    // keep's own affiliation is settled by m_keepAfter, never by pointing it at itself.
    model::SourceReferences moved = m_references;
    std::erase(moved.affiliated, m_keep);
    CORROB_TRY(repo.pointReferences(moved, m_keep));
    for (model::Note n : m_notes) {
        n.targetId = m_keep.value;
        CORROB_TRY(notes.update(n));
    }
    CORROB_TRY(repo.remove(m_other));
    CORROB_TRY(repo.update(m_keepAfter));
    return record(QStringLiteral("source.merged"));
}

Result<Edit::Record> MergeSources::backward(EditContext& ctx)
{
    storage::SourceRepository repo(ctx.db);
    CORROB_TRY(repo.insert(m_otherSource));
    CORROB_TRY(repo.update(m_keepBefore));
    CORROB_TRY(repo.pointReferences(m_references, m_other));
    storage::NoteRepository notes(ctx.db);
    for (const model::Note& n : m_notes) {
        CORROB_TRY(notes.update(n));
    }
    return record(QStringLiteral("source.unmerged"));
}

} // namespace corrob::casefile
