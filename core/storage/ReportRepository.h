// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/common/Result.h"
#include "core/model/Report.h"

#include <functional>
#include <optional>
#include <vector>

namespace corrob::storage {

class Database;

// A stored original as verify reads it: one at a time, never all in memory.
struct StoredOriginal
{
    ReportId id;
    QString title;
    QString sha256; // as recorded at import
    QByteArray bytes;
    bool missing = false; // the original row is gone
};

// Who published a report and when, as the corroboration analysis reads it.
struct ReportPublication
{
    ReportId id;
    SourceId outlet; // invalid when unknown
    model::PartialDate published;
};

// Reports: metadata, working text, excluded ranges and the immutable original. Writes must run inside the
// caller's transaction (with the audit entry that records them).
class ReportRepository
{
public:
    explicit ReportRepository(Database& db) : m_db(&db) {}

    // Whether insert writes the working text (and so the report's search document) at once, or leaves it to the
    // caller's insertTexts.
    enum class Text
    {
        Now,
        Later,
    };
    // Stores a report; outlet, republisher, nearDuplicateOf and previousVersion may be invalid ids (unknown, none).
    Result<ReportId> insert(const model::NewReport& report, SourceId outlet, SourceId republisher,
                            ReportId nearDuplicateOf = ReportId(), ReportId previousVersion = ReportId(),
                            Text text = Text::Now);

    // A working text whose report row insert wrote with Text::Later.
    struct PendingText
    {
        ReportId report;
        QByteArray utf8;
    };
    // Writes the texts of many reports in few statements. The search index (FTS5) flushes what it holds to a new
    // segment at the end of every statement inside a transaction, so one report per statement costs one segment
    // per report in each index and their merging; a statement for many costs one. The report rows must exist.
    Status insertTexts(const std::vector<PendingText>& texts);

    // The newest report with this URL, if any (index reports_url, schema version 7).
    Result<std::optional<ReportId>> newestWithUrl(const QString& url) const;
    // The last report of the version chain that starts at id (id itself when nothing was stored as its version; index
    // reports_previous_version, schema version 7).
    Result<ReportId> latestVersion(ReportId id) const;
    // The newest report read from a file of this name, if any (index reports_file_name, schema version 9).
    Result<std::optional<ReportId>> newestWithFileName(const QString& fileName) const;
    // The statements of newestWithUrl, latestVersion and newestWithFileName (one parameter each), for tests of their
    // query plans.
    static const char* const kNewestWithUrlSql;
    static const char* const kNextVersionSql;
    static const char* const kNewestWithFileNameSql;
    // The file names of id and of every earlier version of it (following previous_version_id back), newest first.
    Result<QStringList> versionFileNames(ReportId id) const;

    // The sources a report's outlet and republisher point at (invalid ids for none); NotFound for no such report.
    struct MetadataSources
    {
        SourceId outlet;
        SourceId republisher;
    };
    Result<MetadataSources> metadataSources(ReportId id) const;
    // Replaces the metadata of a report (outlet and republisher as source ids, invalid for none).
    Status updateMetadata(ReportId id, const model::ReportMetadata& metadata, SourceId outlet, SourceId republisher);

    // The report whose original has this SHA-256, if any (the oldest when there are several).
    Result<std::optional<ReportId>> findBySha256(const QString& sha256) const;

    // Whether a read sees deleted reports (deleted_at set: kept until purged, hidden from every list).
    enum class Deleted
    {
        Skip,    // a deleted report is NotFound ("the report was deleted")
        Include, // for verify and for the edit that restores it
    };

    // Every report that is not deleted, in import order, without texts or originals.
    Result<std::vector<model::ReportSummary>> summaries() const;
    // Who published every report that is not deleted, and when, in import order: a fraction of summaries()' reading.
    Result<std::vector<ReportPublication>> publications() const;
    // The deleted reports (kept until purged), in import order.
    Result<std::vector<model::ReportSummary>> deletedSummaries() const;
    Result<model::ReportSummary> summary(ReportId id, Deleted deleted = Deleted::Skip) const;
    Result<QString> workingText(ReportId id, Deleted deleted = Deleted::Skip) const;
    // Whether the report is deleted; NotFound when there is no such row (never imported, or purged).
    Result<bool> isDeleted(ReportId id) const;
    // Marks a report deleted at `at` (UTC ISO 8601): it keeps its row, original, text and ranges, and disappears
    // from every list. NotFound when it is already deleted or does not exist.
    Status markDeleted(ReportId id, const QString& at);
    // Clears the mark (undo of a delete). NotFound when the report is not deleted or was purged.
    Status markRestored(ReportId id);
    // Points a report's outlet and republisher at these sources (invalid ids for none), whatever its state.
    Status setMetadataSources(ReportId id, SourceId outlet, SourceId republisher);
    // Removes a deleted report for good: its row, original, text, excluded ranges and signature (ON DELETE
    // CASCADE); other reports' near_duplicate_of / previous_version_id pointing at it become NULL. NotFound when
    // the report is not deleted.
    Status purge(ReportId id);
    Result<QList<model::TextRange>> excludedRanges(ReportId id) const;
    // The excluded ranges of a report with their ids and origins, by start offset.
    Result<std::vector<model::ExcludedRange>> excludedRangeRecords(ReportId id) const;
    // One excluded range of a report (NotFound when the report has no range with that id).
    Result<model::ExcludedRange> excludedRange(ReportId report, ExcludedRangeId id) const;
    // Stores an excluded range; with a valid range.id that id is reused (putting back a removed range).
    Result<ExcludedRangeId> insertExcludedRange(ReportId report, const model::ExcludedRange& range);
    Status deleteExcludedRange(ExcludedRangeId id);
    Result<QByteArray> original(ReportId id) const;
    Result<qint64> count() const;

    // Streams every original in id order, deleted reports' included; visit returns false to stop.
    Status forEachOriginal(const std::function<bool(const StoredOriginal&)>& visit) const;

private:
    Result<std::vector<model::ReportSummary>> summariesWhere(const QString& where) const;
    Database* m_db;
};

} // namespace corrob::storage
