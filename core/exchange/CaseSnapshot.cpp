// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/CaseSnapshot.h"

#include "core/case/Case.h"
#include "core/case/CaseReader.h"
#include "core/storage/CaseMetaRepository.h"
#include "core/storage/Database.h"

#include <QSet>

namespace corrob::exchange {

namespace {

// The namespace of every case's UUID (a v5 UUID of the project's namespace IRI, docs/decisions/0018).
QUuid casesNamespace()
{
    static const QUuid ns = QUuid::createUuidV5(QUuid(), QByteArrayLiteral("https://corroborate.invalid/ns#case"));
    return ns;
}

} // namespace

const SnapshotReport* CaseSnapshot::report(ReportId id) const
{
    for (const SnapshotReport& r : reports) {
        if (r.summary.id == id) {
            return &r;
        }
    }
    return nullptr;
}

const model::Source* CaseSnapshot::source(SourceId id) const
{
    for (const model::Source& s : sources) {
        if (s.id == id) {
            return &s;
        }
    }
    return nullptr;
}

QString CaseSnapshot::tagPath(TagId id) const
{
    QStringList parts;
    TagId at = id;
    for (int depth = 0; at.isValid() && depth < 64; ++depth) {
        const model::Tag* found = nullptr;
        for (const model::Tag& t : tags) {
            if (t.id == at) {
                found = &t;
                break;
            }
        }
        if (found == nullptr) {
            break;
        }
        parts.prepend(found->name);
        at = found->parent;
    }
    return parts.join(u'/');
}

std::vector<const model::Note*> CaseSnapshot::notesOn(model::NoteTarget target, qint64 id) const
{
    std::vector<const model::Note*> out;
    for (const model::Note& n : notes) {
        if (n.target == target && n.targetId == id) {
            out.push_back(&n);
        }
    }
    return out;
}

QUuid CaseSnapshot::uuidOf(const QString& kind, qint64 id) const
{
    return QUuid::createUuidV5(caseUuid, QStringLiteral("%1/%2").arg(kind).arg(id));
}

Result<CaseSnapshot> readSnapshot(casefile::Case& source)
{
    CaseSnapshot s;
    auto title = source.title();
    CORROB_TRY(title);
    s.title = title.value();
    storage::CaseMetaRepository meta(source.database());
    auto created = meta.value(QStringLiteral("created_at"));
    CORROB_TRY(created);
    s.createdAt = created.value();
    auto createdBy = meta.value(QStringLiteral("created_by"));
    CORROB_TRY(createdBy);
    s.caseUuid = QUuid::createUuidV5(casesNamespace(), s.createdAt + u'\n' + createdBy.value());

    auto reports = source.reports();
    CORROB_TRY(reports);
    QSet<qint64> reportIds;
    for (const model::ReportSummary& r : reports.value()) {
        auto text = source.reportText(r.id, casefile::Case::TextView::All);
        CORROB_TRY(text);
        s.reports.push_back({r, text.value()});
        reportIds.insert(r.id.value);
    }
    casefile::CaseReader reader(source);
    auto claims = reader.claims();
    CORROB_TRY(claims);
    QSet<qint64> claimIds;
    for (const model::Claim& c : claims.value()) {
        if (!reportIds.contains(c.report.value)) {
            continue;
        }
        if (c.orphaned) {
            ++s.orphanedClaims;
            continue;
        }
        claimIds.insert(c.id.value);
        s.claims.push_back(c);
    }
    auto links = reader.links();
    CORROB_TRY(links);
    for (const model::Link& l : links.value()) {
        if (claimIds.contains(l.from.value) && claimIds.contains(l.to.value)) {
            s.links.push_back(l);
        }
    }
    auto tags = reader.tags();
    CORROB_TRY(tags);
    s.tags = std::move(tags).value();
    auto sources = reader.sources();
    CORROB_TRY(sources);
    s.sources = std::move(sources).value();
    auto notes = reader.notes();
    CORROB_TRY(notes);
    s.notes = std::move(notes).value();
    return s;
}

} // namespace corrob::exchange
