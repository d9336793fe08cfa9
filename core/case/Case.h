// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/model/Report.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

#include <memory>
#include <vector>

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
    // Opens an existing case (see storage::CaseFile::open for the failures).
    static Result<std::unique_ptr<Case>> open(const QString& path, const CaseOptions& options);

    [[nodiscard]] const QString& path() const { return m_db.path(); }
    [[nodiscard]] const QString& actor() const { return m_options.actor; }
    // The title given at creation, or the file's base name.
    Result<QString> title();

    Result<std::vector<model::ReportSummary>> reports();
    Result<model::ReportSummary> report(ReportId id);

    enum class TextView
    {
        Reading, // excluded ranges (page furniture) removed
        All,     // the whole working text; anchors are offsets into this one
    };
    Result<QString> reportText(ReportId id, TextView view);
    Result<QList<model::TextRange>> excludedRanges(ReportId id);
    Result<QByteArray> original(ReportId id);

    // Stores an imported report: its outlet and republisher become media sources, and the audit log records
    // the file, the original's SHA-256 and the working text's SHA-256.
    Result<ReportId> addReport(const model::NewReport& report);

    // For core services (import, verify) that need the connection; never handed to the UI.
    storage::Database& database() { return m_db; }
    storage::AuditLog& auditLog() { return m_audit; }

private:
    Case(storage::Database db, CaseOptions options);
    storage::Database m_db;
    CaseOptions m_options;
    storage::AuditLog m_audit;
};

} // namespace corrob::casefile
