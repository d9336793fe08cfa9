// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AuditLog.h"
#include "core/storage/RowHelpers.h"

#include "core/common/Hash.h"
#include "core/storage/Database.h"

#include <QJsonDocument>

namespace corrob::storage {

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

QString AuditLog::computeHash(const AuditEntry& e)
{
    // Unit separators keep field boundaries unambiguous ("ab"+"c" never hashes like "a"+"bc").
    const QChar sep(0x1F);
    const QString canonical =
        QString::number(e.seq) + sep + e.at + sep + e.actor + sep + e.action + sep + e.payload + sep + e.prevHash;
    return sha256Hex(canonical);
}

Result<AuditEntry> AuditLog::append(const QString& actor, const QString& action, const QJsonObject& payload)
{
    auto last = m_db->prepare(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    CORROB_TRY(last);
    auto row = last->step();
    CORROB_TRY(row);
    AuditEntry e;
    e.seq = row.value() ? last->int64(0) + 1 : 1;
    e.prevHash = row.value() ? last->text(1) : genesisHash();
    e.at = utcNowIso();
    e.actor = actor;
    e.action = action;
    e.payload = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    e.hash = computeHash(e);

    CORROB_TRY(rows::run(
        *m_db,
        QStringLiteral(
            "INSERT INTO audit_log (seq, at, actor, action, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        e.seq, e.at, e.actor, e.action, e.payload, e.prevHash, e.hash));
    return e;
}

Status AuditLog::forEach(const std::function<bool(const AuditEntry&)>& visit) const
{
    auto stmt = m_db->prepare(
        QStringLiteral("SELECT seq, at, actor, action, payload, prev_hash, hash FROM audit_log ORDER BY seq"));
    CORROB_TRY(stmt);
    return rows::forEach(stmt.value(), [&](const Statement& s) {
        return visit(AuditEntry{s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6)});
    });
}

Status AuditLog::forEachOfAction(const QString& action, const std::function<bool(const AuditEntry&)>& visit) const
{
    auto stmt = m_db->prepare(QStringLiteral("SELECT seq, at, actor, action, payload, prev_hash, hash FROM audit_log "
                                             "WHERE action = ? ORDER BY seq DESC"));
    CORROB_TRY(stmt);
    stmt->bind(1, action);
    return rows::forEach(stmt.value(), [&](const Statement& s) {
        return visit(AuditEntry{s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6)});
    });
}

Result<std::vector<AuditProblem>> AuditLog::verifyChain() const
{
    std::vector<AuditProblem> problems;
    qint64 expectedSeq = 1;
    QString prevHash = genesisHash();
    auto s = forEach([&](const AuditEntry& e) {
        if (e.seq != expectedSeq) {
            problems.push_back({e.seq, QStringLiteral("audit entry %1 follows entry %2: entries are missing")
                                           .arg(e.seq)
                                           .arg(expectedSeq - 1)});
        }
        if (e.prevHash != prevHash) {
            problems.push_back(
                {e.seq, QStringLiteral("audit entry %1 does not chain to the entry before it").arg(e.seq)});
        }
        if (computeHash(e) != e.hash) {
            problems.push_back(
                {e.seq,
                 QStringLiteral("audit entry %1 (%2) was changed after it was written").arg(e.seq).arg(e.action)});
        }
        expectedSeq = e.seq + 1;
        prevHash = e.hash;
        return true;
    });
    CORROB_TRY(s);
    return problems;
}

Result<qint64> AuditLog::count() const
{
    return m_db->queryInt(QStringLiteral("SELECT count(*) FROM audit_log"));
}

Result<qint64> AuditLog::headSeq() const
{
    return m_db->queryInt(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_log"));
}

} // namespace corrob::storage
