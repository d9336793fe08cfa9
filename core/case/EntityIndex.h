// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/common/Result.h"
#include "core/model/Entity.h"
#include "core/text/EntityExtractor.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace corrob::casefile {

class Case;

// One mention as the extract command and the panes want it: UTF-16 offsets of the report's working text.
struct ReportEntityMention
{
    qint64 start = 0;
    qint64 end = 0;
    QString text;
    QString canonical;
    QString type;
    EntityId entity;
};

// Computes, caches and reads the entity mentions of a case's reports (docs/decisions/0021-entities.md). The
// mentions of a report row are computed once per extractor version with the case's gazetteer (the bundled
// variants, the sources and their aliases, the entities the investigator kept) and stored; each mention goes to
// the entity the investigator's decisions give its words or its canonical name, a new entity when none does, and
// nowhere when that entity was deleted. Works on the Case it is given: run it on a worker with its own Case for a
// large case (it writes one transaction per batch of reports; readers are never blocked, WAL).
class EntityIndex
{
public:
    static constexpr int kExtractorVersion = 3; // 2: page furniture left out (issue 14); 3: typing rules

    explicit EntityIndex(Case& target) : m_case(&target) {}

    // The names extraction knows for this case.
    Result<text::Gazetteer> gazetteer();

    // Computes the mentions of every report whose mentions are not cached. progress(done, total) is called after
    // each batch and returns false to stop (what was stored stays). Returns the number of reports scanned.
    Result<int> scanPending(const std::function<bool(int, int)>& progress = {});

    // The mentions of a report, computed first when not cached (and then stored, unless the case is open read-only:
    // then computed and mapped to the existing entities only, a mention of a name no entity has yet without one).
    Result<std::vector<ReportEntityMention>> mentionsOf(ReportId report);

    // Reads for the front ends (they never see storage): every entity not deleted with its counts; one entity; the
    // entity an id ("12") or a name or alias (case and accents ignored) names; the reports mentioning all of some
    // entities; the entities mentioned in the same reports as one, with the number of such reports.
    Result<std::vector<model::Entity>> entities();
    Result<model::Entity> entity(EntityId id);
    Result<std::optional<EntityId>> entityNamed(const QString& idOrName);
    Result<std::vector<ReportId>> reportsMentioningAll(const std::vector<EntityId>& entities);
    Result<std::vector<std::pair<EntityId, qint64>>> coMentioned(EntityId entity);

private:
    struct AliasCache; // the alias table, read once for a whole scanPending and kept up to date by its batches
    Status scan(const std::vector<ReportId>& reports, const text::Gazetteer& gazetteer, AliasCache* cache = nullptr);
    Result<std::vector<ReportEntityMention>> mentionsUnstored(ReportId report, const text::Gazetteer& gazetteer);
    Case* m_case;
};

// "person", "organisation", "place", "unit" -> a type; others fail naming `where`.
Result<QString> parseEntityType(const QString& text, const QString& where);

} // namespace corrob::casefile
