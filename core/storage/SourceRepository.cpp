// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SourceRepository.h"

#include "core/common/Hash.h"
#include "core/model/Vocabulary.h"
#include "core/storage/ClaimRepository.h"
#include "core/storage/Database.h"
#include "core/storage/RowHelpers.h"
#include "core/text/Fold.h"

#include <QHash>

namespace corrob::storage {

Result<std::optional<SourceId>> SourceRepository::findByName(const QString& name) const
{
    return rows::optionalId<SourceId>(*m_db,
                                      QStringLiteral("SELECT id FROM sources WHERE name_key = ?1 "
                                                     "UNION SELECT source_id FROM source_aliases WHERE alias_key = ?1 "
                                                     "ORDER BY 1 LIMIT 1"),
                                      text::foldKey(name));
}

Result<SourceId> SourceRepository::findOrCreate(const QString& name, const QString& kind, bool* created)
{
    if (created) {
        *created = false;
    }
    auto found = findByName(name);
    CORROB_TRY(found);
    if (found.value()) {
        return *found.value();
    }
    CORROB_TRY(rows::run(*m_db,
                         QStringLiteral("INSERT INTO sources (name, name_key, kind, created_at) VALUES (?, ?, ?, ?)"),
                         name.simplified(), text::foldKey(name), kind, utcNowIso()));
    if (created) {
        *created = true;
    }
    return SourceId(m_db->lastInsertRowId());
}

Result<QString> SourceRepository::name(SourceId id) const
{
    auto stmt = m_db->prepare(QStringLiteral("SELECT name FROM sources WHERE id = ?"));
    CORROB_TRY(stmt);
    stmt->bind(1, id.value);
    auto row = stmt->step();
    CORROB_TRY(row);
    if (!row.value()) {
        return Error{ErrorCode::NotFound, QStringLiteral("no such source"), QStringLiteral("source %1").arg(id.value)};
    }
    return stmt->text(0);
}

namespace {

model::Source readSource(const Statement& s)
{
    model::Source src;
    src.id = SourceId(s.int64(0));
    src.name = s.text(1);
    auto kind = model::parseSourceKind(s.text(2));
    src.kind = kind ? kind.value() : model::SourceKind::Other;
    src.affiliation = SourceId(s.isNull(3) ? 0 : s.int64(3));
    src.reliability = s.isNull(4) ? QString() : s.text(4);
    src.rationale = s.isNull(5) ? QString() : s.text(5);
    src.createdAt = s.text(6);
    return src;
}

void bindFields(Statement& s, const model::Source& src)
{
    s.bind(2, src.name.simplified()).bind(3, text::foldKey(src.name)).bind(4, model::sourceKindName(src.kind));
    rows::bindId(s, 5, src.affiliation);
    s.bind(6, src.reliability.isEmpty() ? QString() : src.reliability);
    s.bind(7, src.rationale.isEmpty() ? QString() : src.rationale);
    s.bind(8, src.createdAt.isEmpty() ? utcNowIso() : src.createdAt);
}

Status writeAliases(Database& db, SourceId id, const QStringList& aliases)
{
    CORROB_TRY(rows::run(db, QStringLiteral("DELETE FROM source_aliases WHERE source_id = ?"), id.value));
    auto stmt = db.prepare(
        QStringLiteral("INSERT OR IGNORE INTO source_aliases (source_id, alias, alias_key) VALUES (?, ?, ?)"));
    CORROB_TRY(stmt);
    for (const QString& alias : aliases) {
        stmt->bindAll(id.value, alias.simplified(), text::foldKey(alias));
        CORROB_TRY(stmt->run());
    }
    return {};
}

template <typename T> Result<std::vector<T>> ids(Database& db, const QString& sql, SourceId id)
{
    auto stmt = db.prepare(sql);
    CORROB_TRY(stmt);
    stmt->bind(1, id.value);
    return rows::collect<T>(stmt.value(), [](const Statement& s) { return T(s.int64(0)); });
}

template <typename T> Status pointAll(Database& db, const QString& sql, const std::vector<T>& rowIds, SourceId target)
{
    auto stmt = db.prepare(sql);
    CORROB_TRY(stmt);
    for (const T row : rowIds) {
        rows::bindId(stmt.value(), 1, target);
        stmt->bind(2, row.value);
        CORROB_TRY(stmt->run());
    }
    return {};
}

} // namespace

Result<SourceId> SourceRepository::insert(const model::Source& source)
{
    auto stmt = m_db->prepare(QStringLiteral(
        "INSERT INTO sources (id, name, name_key, kind, affiliation_id, reliability, reliability_rationale, "
        "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    CORROB_TRY(stmt);
    rows::bindId(stmt.value(), 1, source.id);
    bindFields(stmt.value(), source);
    CORROB_TRY(stmt->run());
    const SourceId id(m_db->lastInsertRowId());
    CORROB_TRY(writeAliases(*m_db, id, source.aliases));
    return id;
}

Status SourceRepository::update(const model::Source& source)
{
    auto stmt = m_db->prepare(
        QStringLiteral("UPDATE sources SET name = ?2, name_key = ?3, kind = ?4, affiliation_id = ?5, reliability = ?6, "
                       "reliability_rationale = ?7, created_at = ?8 WHERE id = ?1"));
    CORROB_TRY(stmt);
    stmt->bind(1, source.id.value);
    bindFields(stmt.value(), source);
    CORROB_TRY(stmt->run());
    if (m_db->changes() == 0) {
        return rows::notFound(QStringLiteral("source"), source.id.value);
    }
    return writeAliases(*m_db, source.id, source.aliases);
}

Result<qint64> SourceRepository::uses(SourceId id) const
{
    auto stmt = m_db->prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM claims WHERE source_id = ?1) + (SELECT count(*) FROM reports "
                       "WHERE outlet_id = ?1 "
                       "OR republished_by_id = ?1) + (SELECT count(*) FROM sources WHERE affiliation_id = ?1)"));
    CORROB_TRY(stmt);
    stmt->bind(1, id.value);
    auto count = rows::first<qint64>(stmt.value(), [](const Statement& s) { return s.int64(0); });
    CORROB_TRY(count);
    return count->value_or(0);
}

Status SourceRepository::remove(SourceId id)
{
    return rows::runOnExisting(*m_db, QStringLiteral("source %1").arg(id.value),
                               QStringLiteral("DELETE FROM sources WHERE id = ?"), id.value);
}

Result<std::vector<model::Source>> SourceRepository::query(const QString& filter, qint64 param) const
{
    const QString where = filter.isEmpty() ? QString() : u"WHERE " + filter + u' ';
    auto stmt = m_db->prepare(u"SELECT id, name, kind, affiliation_id, reliability, reliability_rationale, "
                              u"created_at FROM sources " +
                              where + u"ORDER BY name_key, id");
    CORROB_TRY(stmt);
    if (!filter.isEmpty()) {
        stmt->bind(1, param);
    }
    auto sources = rows::collect<model::Source>(stmt.value(), readSource);
    if (!sources || sources->empty()) {
        return sources;
    }
    // Aliases come back ordered by fold key: deterministic, so a restored source reads back identical.
    auto aliases = m_db->prepare(u"SELECT source_aliases.source_id, source_aliases.alias FROM source_aliases "
                                 u"JOIN sources ON sources.id = source_aliases.source_id " +
                                 where + u"ORDER BY source_aliases.source_id, source_aliases.alias_key");
    CORROB_TRY(aliases);
    if (!filter.isEmpty()) {
        aliases->bind(1, param);
    }
    QHash<qint64, QStringList> bySource;
    CORROB_TRY(rows::forEach(aliases.value(), [&](const Statement& s) {
        bySource[s.int64(0)].append(s.text(1));
        return true;
    }));
    for (model::Source& src : sources.value()) {
        src.aliases = bySource.value(src.id.value);
    }
    return sources;
}

Result<model::Source> SourceRepository::find(SourceId id) const
{
    auto found = query(QStringLiteral("sources.id = ?1"), id.value);
    CORROB_TRY(found);
    if (found->empty()) {
        return rows::notFound(QStringLiteral("source"), id.value);
    }
    return found->front();
}

Result<std::vector<model::Source>> SourceRepository::all() const
{
    return query(QString(), 0);
}

Result<qint64> SourceRepository::count() const
{
    return m_db->queryInt(QStringLiteral("SELECT count(*) FROM sources"));
}

Result<SourceReferences> SourceRepository::references(SourceId id) const
{
    SourceReferences refs;
    auto claims = ClaimRepository(*m_db).attributedTo(id);
    auto outlets = ids<ReportId>(*m_db, QStringLiteral("SELECT id FROM reports WHERE outlet_id = ? ORDER BY id"), id);
    auto republished =
        ids<ReportId>(*m_db, QStringLiteral("SELECT id FROM reports WHERE republished_by_id = ? ORDER BY id"), id);
    auto affiliated =
        ids<SourceId>(*m_db, QStringLiteral("SELECT id FROM sources WHERE affiliation_id = ? ORDER BY id"), id);
    for (const Error* e : {claims ? nullptr : &claims.error(), outlets ? nullptr : &outlets.error(),
                           republished ? nullptr : &republished.error(), affiliated ? nullptr : &affiliated.error()}) {
        if (e) {
            return *e;
        }
    }
    refs.claims = std::move(claims).value();
    refs.outletOf = std::move(outlets).value();
    refs.republisherOf = std::move(republished).value();
    refs.affiliated = std::move(affiliated).value();
    return refs;
}

Result<std::vector<model::ReportOutlet>> SourceRepository::reportOutlets() const
{
    auto stmt = m_db->prepare(
        QStringLiteral("SELECT id, outlet_id, republished_by_id FROM reports WHERE deleted_at IS NULL ORDER BY id"));
    CORROB_TRY(stmt);
    return rows::collect<model::ReportOutlet>(stmt.value(), [](const Statement& s) {
        return model::ReportOutlet{ReportId(s.int64(0)), SourceId(s.isNull(1) ? 0 : s.int64(1)),
                                   SourceId(s.isNull(2) ? 0 : s.int64(2))};
    });
}

Status SourceRepository::pointReferences(const SourceReferences& refs, SourceId target)
{
    CORROB_TRY(ClaimRepository(*m_db).setSource(refs.claims, target));
    CORROB_TRY(pointAll(*m_db, QStringLiteral("UPDATE reports SET outlet_id = ? WHERE id = ?"), refs.outletOf, target));
    CORROB_TRY(pointAll(*m_db, QStringLiteral("UPDATE reports SET republished_by_id = ? WHERE id = ?"),
                        refs.republisherOf, target));
    return pointAll(*m_db, QStringLiteral("UPDATE sources SET affiliation_id = ? WHERE id = ?"), refs.affiliated,
                    target);
}

} // namespace corrob::storage
