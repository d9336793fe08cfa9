// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The edits of a report's metadata and of its excluded ranges. See Edit.h for the contract every edit keeps.
#pragma once

#include "core/case/edits/Edit.h"
#include "core/case/edits/EditSupport.h"
#include "core/model/Claim.h"
#include "core/model/Link.h"
#include "core/model/Note.h"
#include "core/model/Report.h"

#include <optional>
#include <utility>
#include <vector>

namespace corrob::storage {
struct DismissedSuggestion;
}

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
        return !title && !outlet && !republishedBy && !author && !translationCredit && !url && !language && !published;
    }
};

// Checks the fields given: a date that is not ISO 8601, a language that is not a BCP 47 code and a URL without a
// scheme fail (InvalidArgument, with where as the context). What EditReportMetadata refuses besides a missing report
// or no change; the CLI checks its arguments with it.
Status checkReportMetadataChanges(const ReportMetadataChanges& changes, const QString& where);
// A report's URL: empty, or an absolute http, https, ftp or ipfs address with a host (what exports give other programs
// as the report's address: "javascript:", "data:" or "file:" is refused).
Status checkReportUrl(const QString& url, const QString& where);

// Corrects a report's metadata (the one way to: the Inspector and `report set` use it; audit action
// "report.metadata_changed"). An outlet or republisher that names no source yet creates a media source; undo
// removes the sources it created (redo puts them back with the same ids), so undoing leaves no stray source
// behind. Refuses (nothing written) no change at all, a report that does not exist, a date that is not ISO 8601,
// a language that is not a BCP 47 code and a URL without a scheme.
class EditReportMetadata final : public Edit
{
public:
    EditReportMetadata(ReportId report, ReportMetadataChanges changes) : m_id(report), m_changes(std::move(changes)) {}
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
    ExcludeRange(ReportId report, model::TextRange range) : m_report(report) { m_range.range = std::move(range); }
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

// What deleting reports takes with it, for a confirmation ("3 claims and 2 links go with it").
struct ReportDeletionCounts
{
    int claims = 0;      // deleted with the reports
    int links = 0;       // links of those claims (to claims anywhere), each counted once
    int notes = 0;       // notes on the reports, those claims and links
    int claimsMoved = 0; // claims of a new version that go back to its earlier version instead of being deleted
};
Result<ReportDeletionCounts> countReportDeletion(Case& target, const std::vector<ReportId>& reports);

// Deletes reports (Delete Report; and the undo of an import). One step, one audit entry "report.deleted"; undo
// ("report.restored") puts everything back with the same ids. For each report, in the order given:
// - the report is marked deleted (reports.deleted_at): its row, original, working text, excluded ranges and
//   signature stay in the case, hidden from every list, until Case::purgeDeletedReports removes them;
// - its claims are deleted with their tags, their links (to claims in any report) and the notes on the report,
//   the claims and the links; a report that is a new version of a report still in the case gives its claims back
//   to that earlier version instead, re-anchored on its text as an import re-anchors them (orphaned where they
//   cannot be placed), so undoing the import of a new version does not lose the claims that moved to it;
// - its outlet and republisher sources are deleted when the import made them for it alone: a media source that
//   no report outside this step (deleted or not), no claim, source or note refers to, with no alias and no grade.
// Refuses (nothing written) an empty list, a report listed twice, a report that does not exist or is already
// deleted.
class DeleteReports final : public Edit
{
public:
    explicit DeleteReports(std::vector<ReportId> reports);
    ~DeleteReports() override; // out of line: storage::DismissedSuggestion is complete only in the .cpp
    [[nodiscard]] QString text() const override
    {
        return m_ids.size() == 1 ? QStringLiteral("Delete report") : QStringLiteral("Delete reports");
    }
    [[nodiscard]] const std::vector<ReportId>& reports() const { return m_ids; }
    // The claims the first apply deleted and moved back, for the GUI's caches.
    [[nodiscard]] std::vector<ClaimId> touchedClaims() const;
    // What the step did, as its audit payload: {"reports": [{report, title, sha256, claims, links, notes, moved_to,
    // moved}], "sources": [...]} (ids); empty before the first apply.
    [[nodiscard]] QJsonObject summary() const { return payload(); }

protected:
    Result<Record> forward(EditContext& ctx) override;
    Result<Record> backward(EditContext& ctx) override;

private:
    // One report as the first apply found and changed it.
    struct Removed
    {
        ReportId id;
        QString title;
        QString sha256;
        SourceId outlet;
        SourceId republisher;
        ReportId movedTo;                 // the earlier version the claims went back to, or invalid
        std::vector<model::Claim> claims; // deleted (with their tags)
        std::vector<model::Claim> movedBefore;
        std::vector<model::Claim> movedAfter;
        std::vector<model::Link> links;
        std::vector<model::Note> notes;
    };
    Result<Removed> resolve(EditContext& ctx, ReportId id);
    static Status write(EditContext& ctx, const Removed& r, const QString& deletedAt);
    static Status unwrite(EditContext& ctx, const Removed& r);
    [[nodiscard]] QJsonObject payload() const;

    std::vector<ReportId> m_ids;
    bool m_resolved = false;
    QString m_deletedAt;
    std::vector<Removed> m_removed;
    std::vector<model::Source> m_sources;                  // outlet sources only these reports used, deleted with them
    std::vector<storage::DismissedSuggestion> m_dismissed; // of the deleted claims (cascade), back on undo
};

} // namespace corrob::casefile
