// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <vector>

namespace corrob::storage {

class Database;

// One entry of the append-only audit log.
struct AuditEntry
{
    qint64 seq = 0;  // 1, 2, 3... without gaps
    QString at;      // UTC ISO 8601
    QString actor;   // the user name from settings
    QString action;  // "case.created", "report.imported", ...
    QString payload; // compact JSON object
    QString prevHash;
    QString hash;
};

// Something the chain check found wrong, naming the entry.
struct AuditProblem
{
    qint64 seq = 0;
    QString detail;
};

// The hash-chained audit log of a case. Each entry's hash covers its own fields and the previous entry's hash,
// so changing, inserting or removing a row behind the program's back breaks the chain at that row.
// append() must run inside the caller's transaction, so the change and its record commit together.
class AuditLog
{
public:
    explicit AuditLog(Database& db) : m_db(&db) {}

    Result<AuditEntry> append(const QString& actor, const QString& action, const QJsonObject& payload);

    // Calls visit for every entry in sequence order; visit returns false to stop.
    Status forEach(const std::function<bool(const AuditEntry&)>& visit) const;
    // Calls visit for the entries of one action, the newest first; visit returns false to stop.
    Status forEachOfAction(const QString& action, const std::function<bool(const AuditEntry&)>& visit) const;

    // Recomputes the whole chain; an empty list means it is intact.
    Result<std::vector<AuditProblem>> verifyChain() const;

    Result<qint64> count() const;
    // The seq of the last entry (0 when the log is empty): every change appends one in its own transaction, so two
    // snapshots of a case with the same head hold the same case. O(log entries).
    Result<qint64> headSeq() const;

    // The hash an entry must carry: SHA-256 over seq, at, actor, action, payload and prevHash.
    static QString computeHash(const AuditEntry& entry);
    // The prevHash of the first entry.
    static QString genesisHash();

private:
    Database* m_db;
};

} // namespace corrob::storage
