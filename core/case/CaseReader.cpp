// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/CaseReader.h"

#include "core/case/Case.h"
#include "core/storage/ClaimRepository.h"
#include "core/storage/Database.h"
#include "core/storage/LinkRepository.h"
#include "core/storage/NoteRepository.h"
#include "core/storage/SourceRepository.h"
#include "core/storage/TagRepository.h"

#include <QHash>

namespace corrob::casefile {

Result<std::vector<model::Claim>> CaseReader::claimsOf(ReportId report)
{
    return storage::ClaimRepository(m_case->database()).ofReport(report);
}

Result<std::vector<model::Claim>> CaseReader::claims()
{
    return storage::ClaimRepository(m_case->database()).all();
}

Result<std::vector<model::Claim>> CaseReader::orphanedClaims()
{
    return storage::ClaimRepository(m_case->database()).orphaned();
}

Result<model::Claim> CaseReader::claim(ClaimId id)
{
    return storage::ClaimRepository(m_case->database()).find(id);
}

Result<std::vector<model::Link>> CaseReader::linksOf(ClaimId claim)
{
    return storage::LinkRepository(m_case->database()).ofClaim(claim);
}

Result<std::vector<model::Link>> CaseReader::links()
{
    return storage::LinkRepository(m_case->database()).all();
}

Result<std::vector<model::Source>> CaseReader::sources()
{
    return storage::SourceRepository(m_case->database()).all();
}

Result<model::Source> CaseReader::source(SourceId id)
{
    return storage::SourceRepository(m_case->database()).find(id);
}

Result<std::optional<model::Source>> CaseReader::sourceNamed(const QString& name)
{
    storage::SourceRepository repo(m_case->database());
    auto id = repo.findByName(name);
    if (!id) {
        return id.error();
    }
    if (!id.value()) {
        return std::optional<model::Source>();
    }
    auto found = repo.find(*id.value());
    if (!found) {
        return found.error();
    }
    return std::optional<model::Source>(found.value());
}

Result<std::vector<model::ReportOutlet>> CaseReader::reportOutlets()
{
    return storage::SourceRepository(m_case->database()).reportOutlets();
}

Result<std::vector<model::Tag>> CaseReader::tags()
{
    return storage::TagRepository(m_case->database()).tree();
}

Result<std::optional<model::Tag>> CaseReader::tagAtPath(const QString& path)
{
    storage::TagRepository repo(m_case->database());
    TagId at;
    for (const QString& part : path.split(u'/')) {
        auto child = repo.findChild(at, part.simplified());
        if (!child) {
            return child.error();
        }
        if (!child.value()) {
            return std::optional<model::Tag>();
        }
        at = *child.value();
    }
    auto found = repo.find(at);
    if (!found) {
        return found.error();
    }
    return std::optional<model::Tag>(found.value());
}

QString CaseReader::tagPath(const std::vector<model::Tag>& tree, TagId tag)
{
    QHash<qint64, const model::Tag*> byId;
    for (const model::Tag& t : tree) {
        byId.insert(t.id.value, &t);
    }
    QStringList parts;
    // The depth bound guards against a cycle written behind the program's back.
    for (const model::Tag* t = byId.value(tag.value); t && parts.size() <= byId.size();
         t = byId.value(t->parent.value)) {
        parts.prepend(t->name);
    }
    return parts.join(u'/');
}

Result<std::vector<model::Note>> CaseReader::notesOf(model::NoteTarget target, qint64 targetId)
{
    return storage::NoteRepository(m_case->database()).of(target, targetId);
}

Result<std::vector<model::Note>> CaseReader::notes()
{
    return storage::NoteRepository(m_case->database()).all();
}

} // namespace corrob::casefile
