// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The edits of sources: create, edit, merge. See Edit.h for the contract every edit keeps.
#pragma once

#include "core/case/edits/Edit.h"
#include "core/case/edits/EditSupport.h"
#include "core/model/Note.h"
#include "core/model/Source.h"

#include <optional>
#include <vector>

namespace corrob::casefile {

// A new source. affiliationName names the organisation it speaks for: found by name or alias, or created (kind
// organisation). Fails (nothing written) on an empty name, a name or alias that already names a source, or a
// reliability that is not A-F.
struct SourceDraft
{
    QString name;
    model::SourceKind kind = model::SourceKind::Other;
    QStringList aliases;
    QString affiliationName;
    QString reliability; // "A".."F" or empty
    QString rationale;
};

class CreateSource final : public Edit
{
public:
    explicit CreateSource(SourceDraft draft) : m_draft(std::move(draft)) {}
    [[nodiscard]] QString text() const override { return QStringLiteral("Create source"); }
    [[nodiscard]] const model::Source& source() const { return m_source; }

protected:
    Result<Record> forward(EditContext& ctx) override;
    Result<Record> backward(EditContext& ctx) override;

private:
    SourceDraft m_draft;
    model::Source m_source;
    edits::CreatedItems m_created; // the affiliation, when it was new
};

// Changes to a source; unset fields stay as they are.
struct SourceChanges
{
    std::optional<QString> name;
    std::optional<model::SourceKind> kind;
    std::optional<QString> affiliationName; // empty removes the affiliation
    std::optional<QString> reliability;     // empty removes the grade
    std::optional<QString> rationale;
    QStringList addAliases;
    QStringList removeAliases; // compared case- and diacritics-insensitively

    [[nodiscard]] bool isEmpty() const
    {
        return !name && !kind && !affiliationName && !reliability && !rationale && addAliases.isEmpty() &&
               removeAliases.isEmpty();
    }
};

// Edits a source (old and new values kept). Refuses a name or alias that names another source, a source
// affiliated with itself, and a reliability that is not A-F.
class EditSource final : public Edit
{
public:
    EditSource(SourceId source, SourceChanges changes) : m_id(source), m_changes(std::move(changes)) {}
    [[nodiscard]] QString text() const override { return QStringLiteral("Edit source"); }
    [[nodiscard]] const model::Source& after() const { return m_update.after(); }

protected:
    Result<Record> forward(EditContext& ctx) override;
    Result<Record> backward(EditContext& ctx) override;
    [[nodiscard]] bool undoesFieldByField() const override { return true; }

private:
    using Update = edits::ItemUpdate<model::Source>;
    Record record(Update::Step step) const;
    SourceId m_id;
    SourceChanges m_changes;
    Update m_update;
};

// Merges other into keep: every claim, report (outlet, republisher), affiliated source and note that pointed at
// other points at keep; other's name and aliases become keep's aliases; keep takes other's affiliation and
// reliability where it has none; other is removed. Undo restores other with its id and every reference.
class MergeSources final : public Edit
{
public:
    MergeSources(SourceId keep, SourceId other) : m_keep(keep), m_other(other) {}
    [[nodiscard]] QString text() const override { return QStringLiteral("Merge sources"); }

protected:
    Result<Record> forward(EditContext& ctx) override;
    Result<Record> backward(EditContext& ctx) override;

private:
    Record record(const QString& action) const;
    SourceId m_keep;
    SourceId m_other;
    bool m_resolved = false;
    model::Source m_keepBefore;
    model::Source m_keepAfter;
    model::Source m_otherSource;
    model::SourceReferences m_references; // of other, before the merge
    std::vector<model::Note> m_notes;     // notes on other
};

} // namespace corrob::casefile
