// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/ReportVersions.h"
#include "core/common/Result.h"
#include "core/model/Report.h"
#include "core/text/TextSignature.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

// Storage stays out of this header (issue 9): the front ends include it and never see storage. Core code that uses
// database() or auditLog() includes core/storage/Database.h or AuditLog.h itself.
namespace corrob::storage {
class AuditLog;
class Database;
} // namespace corrob::storage

namespace corrob::casefile {

// Settings a case needs from the application; core never reads settings itself.
struct CaseOptions
{
    QString actor; // who is recorded in the audit log for every change
};

// An open case: one SQLite connection to one .corrob file, and the operations an investigator performs on it.
// Every change is one transaction that also appends its audit entry. Not thread-safe: a worker thread opens
// its own Case on the same path.
class Case
{
public:
    // Creates a new case file (refuses to overwrite) and records its creation in the audit log.
    static Result<std::unique_ptr<Case>> create(const QString& path, const QString& title, const CaseOptions& options);
    enum class Access
    {
        ReadWrite,
        ReadOnly, // a view: every change fails; a case that needs an upgrade is refused
    };
    // Opens an existing case (see storage::CaseFile::open for the failures). A case of an older schema is copied
    // beside itself before it is upgraded (upgradeBackup() says where).
    static Result<std::unique_ptr<Case>> open(const QString& path, const CaseOptions& options,
                                              Access access = Access::ReadWrite);

    // What opening did to an older case (storage::UpgradeBackup, copied so that the front ends need no storage).
    struct UpgradeBackup
    {
        QString path; // empty when no upgrade was needed (or the case was empty, schema version 0)
        int fromVersion = 0;
        int toVersion = 0;
        QStringList removed; // older copies of the same case deleted to keep only the newest few
    };
    // How many copies made before upgrades are kept per case (older ones are deleted after an upgrade); Case.cpp
    // checks that it equals storage's.
    static constexpr int kKeptUpgradeBackups = 3;
    // The copy kept when opening upgraded the case's schema; its path is empty when no upgrade was needed.
    [[nodiscard]] const UpgradeBackup& upgradeBackup() const { return m_upgradeBackup; }

    // Called during a backup with the pages copied so far and the total; returning false cancels it.
    using BackupProgress = std::function<bool(qint64 done, qint64 total)>;
    // Writes a consistent copy of the case, as last committed, to target with SQLite's online backup API (the case
    // stays open and usable meanwhile), checks that the copy opens as a case and passes SQLite's check, and only then
    // puts it under target's name. Refuses an existing target (AlreadyExists) unless replaceExisting (the investigator
    // confirmed), and the case's own files. Writes nothing to the case; works on a read-only view too.
    Status backup(const QString& target, bool replaceExisting, const BackupProgress& progress = {});

    [[nodiscard]] const QString& path() const;
    [[nodiscard]] const QString& actor() const { return m_options.actor; }
    [[nodiscard]] bool isReadOnly() const { return m_access == Access::ReadOnly; }
    // Who the audit log records from the next change on (the investigator renamed themselves in the preferences).
    void setActor(const QString& actor) { m_options.actor = actor; }
    // The title given at creation, or the file's base name.
    Result<QString> title() const;
    // SQLite's structural check of the whole file (a read of every page: about 0.3 s for 170 MB): succeeds when the
    // file is sound, fails (ErrorCode::Corrupt, with SQLite's first finding) when it is damaged. For a writer that is
    // about to change a case it has not read whole, so that a change is never written into a damaged file.
    Status checkStructure() const;
    // A number that changes when another connection (corroborate-cli, a second window) commits a change to the
    // case, and only then (SQLite's data_version): compare two readings to know whether to read the case again.
    Result<qint64> dataVersion() const;
    // The sequence number of the audit log's last entry: every change to the case's contents appends one (an edit,
    // an import, a reindex), what only caches derived data (the entity scan) appends none. 0 for an empty log.
    Result<qint64> auditHead() const;

    Result<std::vector<model::ReportSummary>> reports() const;
    Result<model::ReportSummary> report(ReportId id) const;
    // The last version in id's chain of versions (decisions/0009): id itself when no report in the case (deleted
    // ones aside) is a newer version of it.
    Result<ReportId> currentVersion(ReportId id) const;

    enum class TextView
    {
        Reading, // excluded ranges (page furniture) removed
        All,     // the whole working text; anchors are offsets into this one
    };
    Result<QString> reportText(ReportId id, TextView view) const;
    Result<QList<model::TextRange>> excludedRanges(ReportId id) const;
    Result<QByteArray> original(ReportId id) const;

    // (Corrections of what the import inferred are the EditReportMetadata edit: core/case/edits/ReportEdits.h.)

    // Excluded ranges (page furniture hidden when reading) with their ids, by start offset.
    Result<std::vector<model::ExcludedRange>> excludedRangeList(ReportId id) const;
    // (Hiding and showing ranges are the ExcludeRange and IncludeRange edits: core/case/edits/ReportEdits.h.)

    // Stores an imported report: its outlet and republisher become media sources, and the audit log records
    // the file, the original's SHA-256 and the working text's SHA-256. A report whose text (without furniture)
    // is the same after normalisation as an earlier one's, or shares at least kNearDuplicateThreshold of its
    // 5-word shingles (estimated), is stored with near_duplicate_of pointing at the most similar earlier report.
    Result<ReportId> addReport(const model::NewReport& report);
    static constexpr double kNearDuplicateThreshold = 0.8;

    // What storeReport did.
    struct StoredReport
    {
        ReportId id;
        ReportId previousVersion;      // valid when the report was stored as a new version of this one
        std::vector<MovedClaim> moved; // the claims moved from previousVersion, with how each was placed
        ReanchorCounts reanchored;
        std::vector<CarriedRange> carried; // the investigator's exclusions on previousVersion, and where they went
    };
    // addReport, and versions: a report that is a changed version of one in the case (findPreviousVersion: same
    // URL, or same file name and near-duplicate text) is stored with previous_version_id set (and no
    // near_duplicate_of), and every claim of the earlier version moves to it, re-anchored (moveClaimsToVersion).
    // The investigator's own exclusions on the earlier version are carried over the same way
    // (carryExclusionsToVersion). The report, the moved claims, the carried exclusions and their audit entries
    // ("report.imported" with "previous_version"; "claims.reanchored" listing each claim's old and new offsets and
    // method; "ranges.carried" when there were exclusions to carry) are one transaction. Refuses (Integrity, nothing
    // stored) a report whose sha256 is not the SHA-256 of its original, in every build.
    Result<StoredReport> storeReport(const model::NewReport& report);
    // The same with the report's digest already computed (digestOf; an import computes it on a worker thread). Inside
    // an open transaction (an import's batch) the report is a savepoint of it: stored whole or not at all, and
    // committed with the batch.
    //
    // With deferred (an import's batch, inside the caller's open transaction), the working text is not written but
    // appended to deferred once the report is stored, and the caller writes the batch's texts with storeTexts before
    // it commits: the search index then takes the batch in one go instead of a segment per report. A report that is
    // a new version first has the deferred texts written (its earlier version's text may be among them). The
    // deferred texts are UTF-8 copies held until written: the caller bounds how many bytes it lets them hold.
    struct DeferredText
    {
        ReportId report;
        QByteArray utf8;
    };
    using DeferredTexts = std::vector<DeferredText>;
    // What storeReport computes from a report before it stores it, computed ahead on any thread (an import does it on
    // its workers, so the writing thread only writes): the signature (signatureOf), the SHA-256 of the original
    // (which storeReport still compares with report.sha256, refusing a mismatch) and of the working text (for the
    // audit entry).
    struct ReportDigest
    {
        text::TextSignature signature;
        QString originalSha256;
        QString workingSha256;
    };
    // Pure: safe on any thread. originalSha256, when given, is the SHA-256 of report.original's bytes computed by the
    // caller (an import hashes each file once, as it reads it); otherwise it is computed here.
    static ReportDigest digestOf(const model::NewReport& report, QString originalSha256 = {});
    Result<StoredReport> storeReport(const model::NewReport& report, const ReportDigest& digest,
                                     DeferredTexts* deferred = nullptr);
    // Writes the deferred texts (and so the reports' search documents) and empties the list.
    Status storeTexts(DeferredTexts& deferred);
    // The text signature storeReport keeps for near-duplicate lookup: of the working text without its furniture.
    // Pure: safe on any thread.
    static text::TextSignature signatureOf(const model::NewReport& report);

    // A deleted report removed for good by purgeDeletedReports.
    struct PurgedReport
    {
        ReportId id;
        QString title;
        QString sha256;
    };
    // Removes deleted reports (the DeleteReports edit) for good: their originals, working texts, excluded ranges
    // and signatures, so a report imported by mistake leaves nothing behind. reports empty = every deleted report.
    // One transaction; one audit entry "report.purged" per report (report, title, sha256). Refuses
    // (nothing written) a report that does not exist or is not deleted. A purge cannot be undone.
    Result<std::vector<PurgedReport>> purgeDeletedReports(const std::vector<ReportId>& reports);

    // For core services (import, verify) that need the connection; never handed to the UI.
    storage::Database& database() { return m_db; }
    storage::AuditLog& auditLog() { return m_audit; }

    ~Case();
    Case(const Case&) = delete;
    Case& operator=(const Case&) = delete;

private:
    struct Connection; // the database and its audit log, defined in Case.cpp
    Case(std::unique_ptr<Connection> connection, CaseOptions options);
    std::unique_ptr<Connection> m_connection;
    // Both refer into m_connection, which lives as long as the Case.
    storage::Database& m_db;
    storage::AuditLog& m_audit;
    CaseOptions m_options;
    Access m_access = Access::ReadWrite;
    UpgradeBackup m_upgradeBackup;
};

} // namespace corrob::casefile
