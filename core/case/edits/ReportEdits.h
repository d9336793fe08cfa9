// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The edits of a report's metadata and of its excluded ranges. See Edit.h for the contract every edit keeps.
#pragma once

#include "core/case/edits/Edit.h"
#include "core/case/edits/EditSupport.h"
#include "core/model/Report.h"

#include <optional>

namespace corrob::casefile {

// Corrections to what the import inferred about a report; unset fields stay as they are, an empty string clears
// a field.
struct ReportMetadataChanges
{
    std::optional<QString> title;
    std::optional<QString> outlet;        // a media source, found by name or alias, or created
    std::optional<QString> republishedBy; // likewise
    std::optional<QString> author;
    std::optional<QString> translationCredit;
    std::optional<QString> url;       // absolute (with a scheme), or empty
    std::optional<QString> language;  // a BCP 47 code ("en", "pt-BR"), or empty
    std::optional<QString> published; // ISO 8601: "2022", "2022-08", "2022-08-04", "2022-08-04T10:30Z", or empty

    [[nodiscard]] bool isEmpty() const
    {
        return !title && !outlet && !republishedBy && !author && !translationCredit && !url && !language &&
               !published;
    }
};

// Checks the fields given: a date that is not ISO 8601, a language that is not a BCP 47 code and a URL without a
// scheme fail (InvalidArgument, with where as the context). What EditReportMetadata refuses besides a missing report
// or no change; the CLI checks its arguments with it.
Status checkReportMetadataChanges(const ReportMetadataChanges& changes, const QString& where);

// Corrects a report's metadata (the one way to: the Inspector and `report set` use it; audit action
// "report.metadata_changed"). An outlet or republisher that names no source yet creates a media source; undo
// removes the sources it created (redo puts them back with the same ids), so undoing leaves no stray source
// behind. Refuses (nothing written) no change at all, a report that does not exist, a date that is not ISO 8601,
// a language that is not a BCP 47 code and a URL without a scheme.
class EditReportMetadata final : public Edit
{
public:
    EditReportMetadata(ReportId report, ReportMetadataChanges changes)
        : m_id(report), m_changes(std::move(changes))
    {
    }
    [[nodiscard]] QString text() const override { return QStringLiteral("Edit report"); }
    [[nodiscard]] const model::ReportMetadata& before() const { return m_before; }
    [[nodiscard]] const model::ReportMetadata& after() const { return m_after; }
    // The media sources the first apply created (for the outlet or the republisher).
    [[nodiscard]] const std::vector<model::Source>& createdSources() const { return m_created.sources; }

protected:
    Result<Record> forward(EditContext& ctx) override;
    Result<Record> backward(EditContext& ctx) override;

private:
    Record record(const model::ReportMetadata& from, const model::ReportMetadata& to) const;
    ReportId m_id;
    ReportMetadataChanges m_changes;
    bool m_resolved = false;
    model::ReportMetadata m_before;
    model::ReportMetadata m_after;
    SourceId m_outletBefore;
    SourceId m_republisherBefore;
    SourceId m_outletAfter;
    SourceId m_republisherAfter;
    edits::CreatedItems m_created;
};

// Hides a range of a report's working text when reading (the undoable form of Case::excludeRange; audit action
// "range.excluded"). Undo shows it again; redo hides it again with the same id.
class ExcludeRange final : public Edit
{
public:
    ExcludeRange(ReportId report, model::TextRange range) : m_report(report) { m_range.range = range; }
    [[nodiscard]] QString text() const override { return QStringLiteral("Hide text"); }
    [[nodiscard]] const model::ExcludedRange& range() const { return m_range; }

protected:
    Result<Record> forward(EditContext& ctx) override;
    Result<Record> backward(EditContext& ctx) override;

private:
    ReportId m_report;
    model::ExcludedRange m_range; // id invalid until the first apply
};

// Shows an excluded range again (the undoable form of Case::includeRange; audit action "range.included"). Undo
// puts it back with its id, reason and origin.
class IncludeRange final : public Edit
{
public:
    IncludeRange(ReportId report, ExcludedRangeId range) : m_report(report), m_id(range) {}
    [[nodiscard]] QString text() const override { return QStringLiteral("Show text"); }

protected:
    Result<Record> forward(EditContext& ctx) override;
    Result<Record> backward(EditContext& ctx) override;

private:
    ReportId m_report;
    ExcludedRangeId m_id;
    model::ExcludedRange m_range; // as it was, once removed
};

} // namespace corrob::casefile
