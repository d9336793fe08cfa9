// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/EntityIndex.h"

#include "core/case/Case.h"
#include "core/common/Hash.h"
#include "core/search/ScriptVocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/EntityRepository.h"
#include "core/storage/SourceRepository.h"
#include "core/storage/Transaction.h"

#include <QDateTime>

namespace corrob::casefile {

namespace {

constexpr size_t kBatch = 64; // reports per transaction: few commits, short write locks
// Batches between two reads of the alias table in scanPending: reading it for every batch made a large case's scan
// quadratic (the table grows with the case); reading it again now and then lets the investigator's edits made on
// another connection meanwhile (a merge, a split) reach the batches that follow.
constexpr size_t kAliasRefreshBatches = 8;

std::optional<text::NameKind> kindOfSource(model::SourceKind kind)
{
    switch (kind) {
    case model::SourceKind::Person:
    case model::SourceKind::Researcher:
    case model::SourceKind::Witness:
        return text::NameKind::Person;
    case model::SourceKind::Military:
        return text::NameKind::Unit;
    case model::SourceKind::Anonymous:
        return std::nullopt;
    default:
        return text::NameKind::Organisation;
    }
}

text::NameKind kindNamed(const QString& type)
{
    if (type == u"person") {
        return text::NameKind::Person;
    }
    if (type == u"place") {
        return text::NameKind::Place;
    }
    if (type == u"unit") {
        return text::NameKind::Unit;
    }
    return text::NameKind::Organisation;
}

} // namespace

Result<QString> parseEntityType(const QString& text, const QString& where)
{
    const QString t = text.trimmed().toLower();
    if (t == u"person" || t == u"organisation" || t == u"place" || t == u"unit") {
        return t;
    }
    if (t == u"organization") {
        return QStringLiteral("organisation");
    }
    return Error{ErrorCode::InvalidArgument,
                 QStringLiteral("unknown entity type '%1': use person, organisation, place or unit").arg(text), where};
}

Result<text::Gazetteer> EntityIndex::gazetteer()
{
    text::Gazetteer g = text::Gazetteer::bundled();
    auto sources = storage::SourceRepository(m_case->database()).all();
    CORROB_TRY(sources);
    for (const model::Source& s : sources.value()) {
        const auto kind = kindOfSource(s.kind);
        if (!kind) {
            continue;
        }
        // A spelling the bundled table knows as a place ("Russia" as an alias of the Russian government) stays the
        // place: a source's alias serves attribution ("Russia said"), and folding every mention of the country into
        // the organisation would be wrong. An investigator who merges the two gets it through the entity below. The
        // source's own name is the investigator's choice and is kept.
        text::KnownName name{s.name, *kind, {}};
        for (const QString& alias : s.aliases) {
            if (const text::KnownName* known = g.find(text::entityKey(alias));
                !known || known->kind != text::NameKind::Place) {
                name.aliases << alias;
            }
        }
        g.add(name);
    }
    auto entities = storage::EntityRepository(m_case->database()).all();
    CORROB_TRY(entities);
    for (const model::Entity& e : entities.value()) {
        if (e.confirmed || e.source.isValid()) {
            g.add(text::KnownName{e.canonical, kindNamed(e.type), e.aliases});
        }
    }
    return g;
}

struct EntityIndex::AliasCache
{
    std::optional<QHash<QString, storage::EntityRepository::AliasTarget>> table;
    // The names of several words written in another script than Latin, by their romanisations (search::nameKeys):
    // "Андрій Мельник" under "andriy melnyk". Built with the table, kept up to date by its batches.
    QHash<QString, storage::EntityRepository::AliasTarget> romanised;

    void addRomanised(const QString& key, const storage::EntityRepository::AliasTarget& target)
    {
        if (!key.contains(u' ') || std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c.unicode() < 0x80; })) {
            return; // one word may be anyone of that name; a Latin name is found by its own key
        }
        for (const QString& k : search::nameKeys(key)) {
            romanised.insert(k, target);
        }
    }

    // The entity a name of several words is in another script: a Latin name's non-Latin spelling, or a non-Latin
    // name's Latin (or other non-Latin) spelling. Null when none.
    const storage::EntityRepository::AliasTarget* otherScript(const QString& key) const
    {
        if (!key.contains(u' ')) {
            return nullptr;
        }
        for (const QString& k : search::nameKeys(key)) {
            if (const auto it = table->constFind(k); it != table->constEnd()) {
                return &*it;
            }
            if (const auto it = romanised.constFind(k); it != romanised.constEnd()) {
                return &*it;
            }
        }
        return nullptr;
    }
};

Status EntityIndex::scan(const std::vector<ReportId>& reports, const text::Gazetteer& gazetteer, AliasCache* cache)
{
    storage::Database& db = m_case->database();
    storage::EntityRepository repo(db);
    auto tx = storage::Transaction::begin(db);
    CORROB_TRY(tx);
    // A scanPending shares the table between its batches, which add what they create (a failed batch ends the
    // scan); see kAliasRefreshBatches.
    AliasCache local;
    AliasCache& aliases = cache ? *cache : local;
    if (!aliases.table) {
        auto read = repo.aliasTable();
        CORROB_TRY(read);
        aliases.table = std::move(read).value();
        aliases.romanised.clear();
        for (auto it = aliases.table->cbegin(); it != aliases.table->cend(); ++it) {
            aliases.addRomanised(it.key(), it.value());
        }
    }
    auto* table = &*aliases.table;
    const QString now = utcNowIso();
    for (const ReportId report : reports) {
        auto text = m_case->reportText(report, Case::TextView::All);
        CORROB_TRY(text);
        std::vector<model::EntityMentionRow> rows;
        for (const text::EntityMention& m : text::extractEntities(text.value(), gazetteer)) {
            model::EntityMentionRow row;
            row.report = report;
            row.start = m.start;
            row.end = m.end;
            row.text = m.text;
            row.nameKey = text::entityKey(m.canonical);
            row.textKey = m.description ? QString() : text::entityKey(m.text);
            // The investigator's word for these words first (a split), then the canonical name, then the words.
            auto target = table->constFind(row.textKey);
            if (target == table->constEnd() || !target->decided) {
                target = table->constFind(row.nameKey);
            }
            if (target == table->constEnd() && !row.textKey.isEmpty()) {
                target = table->constFind(row.textKey);
            }
            // Else the same name in another script: Андрій Мельник in a Ukrainian report is Andriy Melnyk.
            const storage::EntityRepository::AliasTarget* spelled =
                target == table->constEnd() ? aliases.otherScript(row.nameKey) : nullptr;
            if (target != table->constEnd() || spelled) {
                const auto& found = target != table->constEnd() ? *target : *spelled;
                if (found.deleted) {
                    continue;
                }
                row.entity = found.entity;
            } else {
                model::Entity e;
                e.canonical = m.canonical;
                e.type = text::nameKindName(m.kind);
                auto id = repo.insert(e, now);
                CORROB_TRY(id);
                if (auto s = repo.addAlias(id.value(), m.canonical, row.nameKey, QStringLiteral("name")); !s) {
                    return s;
                }
                table->insert(row.nameKey, {id.value(), false, false});
                aliases.addRomanised(row.nameKey, {id.value(), false, false});
                row.entity = id.value();
            }
            if (!row.textKey.isEmpty() && !table->contains(row.textKey)) {
                if (auto s = repo.addAlias(row.entity, m.text.simplified(), row.textKey, QStringLiteral("found")); !s) {
                    return s;
                }
                table->insert(row.textKey, {row.entity, false, false});
            }
            rows.push_back(std::move(row));
        }
        if (auto s = repo.storeMentions(report, rows, kExtractorVersion); !s) {
            return s;
        }
    }
    return tx->commit();
}

Result<int> EntityIndex::scanPending(const std::function<bool(int, int)>& progress)
{
    auto pending = storage::EntityRepository(m_case->database()).reportsToScan(kExtractorVersion);
    CORROB_TRY(pending);
    if (pending->empty()) {
        return 0;
    }
    auto g = gazetteer();
    CORROB_TRY(g);
    const auto& ids = pending.value();
    AliasCache cache;
    int done = 0;
    for (size_t at = 0; at < ids.size(); at += kBatch) {
        if ((at / kBatch) % kAliasRefreshBatches == 0) {
            cache.table.reset();
        }
        const std::vector<ReportId> batch(ids.begin() + static_cast<qsizetype>(at),
                                          ids.begin() + static_cast<qsizetype>(std::min(ids.size(), at + kBatch)));
        CORROB_TRY(scan(batch, g.value(), &cache));
        done += static_cast<int>(batch.size());
        if (progress && !progress(done, static_cast<int>(ids.size()))) {
            break;
        }
    }
    return done;
}

Result<std::vector<ReportEntityMention>> EntityIndex::mentionsOf(ReportId report)
{
    storage::EntityRepository repo(m_case->database());
    auto pending = repo.reportsToScan(kExtractorVersion);
    CORROB_TRY(pending);
    if (std::find(pending->begin(), pending->end(), report) != pending->end()) {
        auto g = gazetteer();
        CORROB_TRY(g);
        if (m_case->isReadOnly()) {
            return mentionsUnstored(report, g.value());
        }
        if (auto s = scan({report}, g.value()); !s) {
            return s.error();
        }
    }
    auto rows = repo.mentionsOf(report);
    CORROB_TRY(rows);
    auto entities = repo.all();
    CORROB_TRY(entities);
    QHash<qint64, const model::Entity*> byId;
    for (const model::Entity& e : entities.value()) {
        byId.insert(e.id.value, &e);
    }
    std::vector<ReportEntityMention> out;
    for (const model::EntityMentionRow& r : rows.value()) {
        const model::Entity* e = byId.value(r.entity.value);
        if (!e) {
            continue;
        }
        out.push_back({r.start, r.end, r.text, e->canonical, e->type, r.entity});
    }
    return out;
}

Result<std::vector<ReportEntityMention>> EntityIndex::mentionsUnstored(ReportId report,
                                                                       const text::Gazetteer& gazetteer)
{
    storage::EntityRepository repo(m_case->database());
    auto table = repo.aliasTable();
    CORROB_TRY(table);
    auto entities = repo.all();
    CORROB_TRY(entities);
    QHash<qint64, const model::Entity*> byId;
    for (const model::Entity& e : entities.value()) {
        byId.insert(e.id.value, &e);
    }
    auto text = m_case->reportText(report, Case::TextView::All);
    CORROB_TRY(text);
    std::vector<ReportEntityMention> out;
    for (const text::EntityMention& m : text::extractEntities(text.value(), gazetteer)) {
        // The same order of look-ups as scan(): the investigator's word for these words, the canonical name, the
        // words; what no entity has yet stays without one.
        const QString nameKey = text::entityKey(m.canonical);
        const QString textKey = m.description ? QString() : text::entityKey(m.text);
        auto target = table->constFind(textKey);
        if (target == table->constEnd() || !target->decided) {
            target = table->constFind(nameKey);
        }
        if (target == table->constEnd() && !textKey.isEmpty()) {
            target = table->constFind(textKey);
        }
        ReportEntityMention mention{m.start, m.end, m.text, m.canonical, text::nameKindName(m.kind), EntityId()};
        if (target != table->constEnd()) {
            if (target->deleted) {
                continue;
            }
            if (const model::Entity* e = byId.value(target->entity.value)) {
                mention.canonical = e->canonical;
                mention.type = e->type;
                mention.entity = e->id;
            }
        }
        out.push_back(std::move(mention));
    }
    return out;
}

Result<std::vector<model::Entity>> EntityIndex::entities()
{
    return storage::EntityRepository(m_case->database()).all();
}

Result<model::Entity> EntityIndex::entity(EntityId id)
{
    return storage::EntityRepository(m_case->database()).find(id);
}

Result<std::optional<EntityId>> EntityIndex::entityNamed(const QString& idOrName)
{
    storage::EntityRepository repo(m_case->database());
    bool isNumber = false;
    const qint64 id = idOrName.toLongLong(&isNumber);
    if (isNumber) {
        auto e = repo.find(EntityId(id));
        if (e && !e->deleted) {
            return std::optional<EntityId>(e->id);
        }
    }
    auto found = repo.findByKey(text::entityKey(idOrName));
    if (!found || !found.value()) {
        return found;
    }
    auto e = repo.find(*found.value());
    CORROB_TRY(e);
    return e->deleted ? std::nullopt : found.value();
}

Result<std::vector<ReportId>> EntityIndex::reportsMentioningAll(const std::vector<EntityId>& entities)
{
    return storage::EntityRepository(m_case->database()).reportsMentioningAll(entities);
}

Result<std::vector<std::pair<EntityId, qint64>>> EntityIndex::coMentioned(EntityId entity)
{
    return storage::EntityRepository(m_case->database()).coMentioned(entity);
}

} // namespace corrob::casefile
