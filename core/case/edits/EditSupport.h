// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers the edits share: finding or creating the sources and tags an edit names, and recording what was
// created so redo re-creates it with the same ids and undo removes it. Internal to core/case/edits.
#pragma once

#include "core/case/edits/Edit.h"
#include "core/common/Ids.h"
#include "core/model/Claim.h"
#include "core/model/Link.h"
#include "core/model/Note.h"
#include "core/model/Source.h"
#include "core/model/Tag.h"

#include <QJsonArray>
#include <QStringList>

#include <optional>
#include <vector>

namespace corrob::casefile {
struct ClaimDraft; // core/case/edits/ClaimEdits.h
} // namespace corrob::casefile

namespace corrob::casefile::edits {

// The sources and tags an edit created along the way (a claim attributed to a new source, tagged with a new
// tag). Re-inserted with the same ids on redo, removed on undo.
struct CreatedItems
{
    std::vector<model::Source> sources;
    std::vector<model::Tag> tags; // parents before children

    Status reinsert(EditContext& ctx) const;
    // Removes them again (children before parents). Run after whatever referenced them was reverted.
    Status remove(EditContext& ctx) const;
    [[nodiscard]] QJsonObject toJson() const;
};

// The item as it is now with one edit's change made (from -> to) or taken back (to -> from): each field the edit
// changed gets its value from `to` (a list field: the entries it added or removed), every other field keeps what it
// holds now. Another program (corroborate-cli) may have changed those since the edit, and an undo in the window
// must not take its changes back: a field the edit changed that now holds neither value was changed since, and is
// named in conflicts (the undo or redo is then refused rather than overwrite it).
model::Claim withChange(const model::Claim& now, const model::Claim& from, const model::Claim& to,
                        QStringList* conflicts = nullptr);
model::Link withChange(const model::Link& now, const model::Link& from, const model::Link& to,
                       QStringList* conflicts = nullptr);
model::Note withChange(const model::Note& now, const model::Note& from, const model::Note& to,
                       QStringList* conflicts = nullptr);
model::Source withChange(const model::Source& now, const model::Source& from, const model::Source& to,
                         QStringList* conflicts = nullptr);
model::Tag withChange(const model::Tag& now, const model::Tag& from, const model::Tag& to,
                      QStringList* conflicts = nullptr);

// What an update edit (EditClaim, EditSource, EditLink, EditNote, EditTag, MoveTag) changes: one item before and
// after, and the sources and tags the change created on the way. Repository is the item's storage repository
// (find(id), update(item)), named by the edit's .cpp where it is known. Undo and redo change only the fields the
// edit changed (withChange).
template <typename Item> class ItemUpdate
{
public:
    // The first call reads the item, has change(before, created) return it changed (or the error that refuses
    // the change, nothing written), and writes it. Later calls (redo) re-create the created items with their ids
    // and write the same value again.
    template <typename Repository, typename Id, typename Change> Status apply(EditContext& ctx, Id id, Change change)
    {
        Repository repo(ctx.db);
        if (m_resolved) {
            if (auto s = m_created.reinsert(ctx); !s) {
                return s;
            }
            auto now = repo.find(id);
            CORROB_TRY(now);
            QStringList conflicts;
            const Item changed = withChange(now.value(), m_before, m_after, &conflicts);
            CORROB_TRY(refuseConflicts(conflicts, false));
            return repo.update(changed);
        }
        auto before = repo.find(id);
        CORROB_TRY(before);
        CreatedItems created;
        Result<Item> after = change(before.value(), created);
        CORROB_TRY(after);
        if (auto s = repo.update(after.value()); !s) {
            return s;
        }
        m_before = std::move(before).value();
        m_after = std::move(after).value();
        m_created = std::move(created);
        m_resolved = true;
        return {};
    }

    // The undo: writes the item as it was, then removes what the first apply created.
    template <typename Repository> Status revert(EditContext& ctx) const
    {
        Repository repo(ctx.db);
        auto now = repo.find(m_before.id);
        CORROB_TRY(now);
        QStringList conflicts;
        const Item changed = withChange(now.value(), m_after, m_before, &conflicts);
        CORROB_TRY(refuseConflicts(conflicts, true));
        if (auto s = repo.update(changed); !s) {
            return s;
        }
        return m_created.remove(ctx);
    }

    enum class Step
    {
        Apply,
        Revert,
    };
    enum class Created
    {
        Omit,   // for items whose change never creates anything
        Record, // "created" (apply) or "removed" (revert)
    };
    // The audit payload: the item "before" and "after" the step (as toJson writes it).
    template <typename ToJson> QJsonObject payload(Step step, ToJson toJson, Created created = Created::Omit) const
    {
        const bool undo = step == Step::Revert;
        QJsonObject out{{QStringLiteral("before"), toJson(undo ? m_after : m_before)},
                        {QStringLiteral("after"), toJson(undo ? m_before : m_after)}};
        if (created == Created::Record) {
            out.insert(undo ? QStringLiteral("removed") : QStringLiteral("created"), m_created.toJson());
        }
        return out;
    }

    [[nodiscard]] const Item& before() const { return m_before; }
    [[nodiscard]] const Item& after() const { return m_after; }

private:
    // The error of an undo (or redo) that would overwrite fields changed since the edit, or success when none was.
    static Status refuseConflicts(const QStringList& fields, bool undo)
    {
        if (fields.isEmpty()) {
            return {};
        }
        return Error{
            ErrorCode::Conflict,
            QStringLiteral("its %1 changed since this step (in another program): %2 it now would overwrite "
                           "that change, so nothing was done")
                .arg(fields.join(QStringLiteral(", ")), undo ? QStringLiteral("undoing") : QStringLiteral("redoing")),
            {}};
    }

    bool m_resolved = false;
    Item m_before;
    Item m_after;
    CreatedItems m_created;
};

// The source named name (or one of its aliases, case- and diacritics-insensitively), created with kind when
// there is none. Fails (InvalidArgument) on a blank name.
Result<SourceId> sourceNamed(EditContext& ctx, const QString& name, model::SourceKind kind, CreatedItems& created);

// The tag at path ("Violence/Shelling": names separated by '/', compared case-insensitively), with the missing
// parts created at the end of their parent's children. Fails (InvalidArgument) on an empty name part.
Result<TagId> tagAtPath(EditContext& ctx, const QString& path, CreatedItems& created);
// The colour a new tag gets: model::Tag::newColour over the case's tags.
Result<QString> newTagColour(EditContext& ctx);

// The tag at path, if every part of it exists.
Result<std::optional<TagId>> findTagAtPath(EditContext& ctx, const QString& path);

// A new claim built from a draft, not stored yet (no id): anchored on the draft's span or else its quote and
// occurrence in the report's working text (UTF-16 offsets), the statement defaulting to the quote (whitespace
// collapsed), created and updated now by ctx.actor, attributed to the source named by the draft (found by name or
// alias, created when missing) and tagged at its tag paths (missing tags created; ids sorted, each once). What
// it creates goes into created. Fails, naming the report, when the report does not exist, the span or quote does not
// fit its text, or the credibility is not 0 or 1-6. Every edit that makes a claim (AddClaim, an annotation
// import) builds it here.
Result<model::Claim> buildClaim(EditContext& ctx, const ClaimDraft& draft, CreatedItems& created);

// Fails with NotFound ("no such claim (claim 7)") unless the item exists.
Status requireClaim(EditContext& ctx, ClaimId id);
Status requireReport(EditContext& ctx, ReportId id);

// "where" of an error about a claim: "claim 7 in report 2"; of a report: "report 2".
QString claimWhere(const model::Claim& claim);

QJsonObject claimJson(const model::Claim& claim);
QJsonObject sourceJson(const model::Source& source);
QJsonObject tagJson(const model::Tag& tag);

template <typename T> QJsonArray idsJson(const T& ids)
{
    QJsonArray out;
    for (const auto& id : ids) {
        out.append(id.value);
    }
    return out;
}

// The ids of some items (claims, links, notes, tags: anything with an id), in their order.
template <typename T> QJsonArray itemIdsJson(const T& items)
{
    QJsonArray out;
    for (const auto& item : items) {
        out.append(item.id.value);
    }
    return out;
}

// An error with a context naming where it happened.
inline Error invalid(const QString& what, const QString& where)
{
    return Error{ErrorCode::InvalidArgument, what, where};
}

// Adds a context to an error that lacks one (the vocabulary's parse errors name no place).
inline Error at(Error e, const QString& where)
{
    if (e.context.isEmpty()) {
        e.context = where;
    }
    return e;
}

} // namespace corrob::casefile::edits
