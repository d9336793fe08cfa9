// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SuggestionRepository.h"

#include "core/storage/RowHelpers.h"

namespace corrob::storage {
namespace {

const char* const kColumns =
    "id, claim_id, report_id, start, \"end\", target_claim_id, passage_sha256, dismissed_by, dismissed_at";

DismissedSuggestion readRow(const Statement& s)
{
    DismissedSuggestion d;
    d.id = s.int64(0);
    d.claim = ClaimId(s.int64(1));
    d.report = ReportId(s.int64(2));
    d.start = s.int64(3);
    d.end = s.int64(4);
    if (!s.isNull(5)) {
        d.targetClaim = ClaimId(s.int64(5));
    }
    d.passageSha256 = s.text(6);
    d.dismissedBy = s.text(7);
    d.dismissedAt = s.text(8);
    return d;
}

QString selectSql(const char* where)
{
    return QStringLiteral("SELECT ") + QString::fromLatin1(kColumns) + QStringLiteral(" FROM dismissed_suggestions ") +
           QString::fromLatin1(where);
}

} // namespace

Result<qint64> SuggestionRepository::insert(const DismissedSuggestion& row)
{
    auto stmt = m_db->prepare(QStringLiteral("INSERT INTO dismissed_suggestions (") + QString::fromLatin1(kColumns) +
                              QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    CORROB_TRY(stmt);
    auto& s = stmt.value();
    if (row.id > 0) {
        s.bind(1, row.id);
    } else {
        s.bind(1, nullptr);
    }
    s.bind(2, row.claim.value).bind(3, row.report.value).bind(4, row.start).bind(5, row.end);
    if (row.targetClaim) {
        s.bind(6, row.targetClaim->value);
    } else {
        s.bind(6, nullptr);
    }
    s.bind(7, row.passageSha256.isNull() ? QStringLiteral("") : row.passageSha256);
    s.bind(8, row.dismissedBy).bind(9, row.dismissedAt);
    CORROB_TRY(s.run());
    return m_db->lastInsertRowId();
}

Status SuggestionRepository::remove(qint64 id)
{
    return rows::runOnExisting(*m_db, QStringLiteral("dismissed suggestion %1").arg(id),
                               QStringLiteral("DELETE FROM dismissed_suggestions WHERE id = ?"), id);
}

Result<std::vector<DismissedSuggestion>> SuggestionRepository::ofClaim(ClaimId claim)
{
    return rows::select<DismissedSuggestion>(*m_db, selectSql("WHERE claim_id = ? ORDER BY id"), readRow, claim.value);
}

Result<std::vector<DismissedSuggestion>> SuggestionRepository::involving(ClaimId claim)
{
    return rows::select<DismissedSuggestion>(
        *m_db, selectSql("WHERE claim_id = ?1 OR target_claim_id = ?1 ORDER BY id"), readRow, claim.value);
}

Result<std::optional<DismissedSuggestion>> SuggestionRepository::find(ClaimId claim, ReportId report, qint64 start,
                                                                      qint64 end, const QString& passageSha256)
{
    return rows::selectFirst<DismissedSuggestion>(
        *m_db,
        selectSql("WHERE claim_id = ?1 AND report_id = ?2 AND ((start = ?3 AND \"end\" = ?4) OR "
                  "(passage_sha256 <> '' AND passage_sha256 = ?5)) ORDER BY id"),
        readRow, claim.value, report.value, start, end, passageSha256);
}

} // namespace corrob::storage
