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

Result<std::vector<model::Claim>> CaseReader::claimsOf(ReportId report) const
{
    return storage::ClaimRepository(m_case->database()).ofReport(report);
}

Result<std::vector<model::Claim>> CaseReader::claims() const
{
    return storage::ClaimRepository(m_case->database()).all();
}

Result<std::optional<ChangedQuote>> CaseReader::changedQuote(const model::Claim& claim) const
{
    return casefile::changedQuote(m_case->database(), claim);
}

Result<std::unordered_set<qint64>> CaseReader::claimsWithChangedQuotes(const std::vector<model::Claim>& claims) const
{
    return casefile::claimsWithChangedQuotes(m_case->database(), claims);
}

Result<std::vector<model::Claim>> CaseReader::orphanedClaims() const
{
    return storage::ClaimRepository(m_case->database()).orphaned();
}

Result<model::Claim> CaseReader::claim(ClaimId id) const
{
    return storage::ClaimRepository(m_case->database()).find(id);
}

Result<std::vector<model::Link>> CaseReader::linksOf(ClaimId claim) const
{
    return storage::LinkRepository(m_case->database()).ofClaim(claim);
}

Result<std::vector<model::Link>> CaseReader::links() const
{
    return storage::LinkRepository(m_case->database()).all();
}

Result<std::vector<model::Source>> CaseReader::sources() const
{
    return storage::SourceRepository(m_case->database()).all();
}

Result<model::Source> CaseReader::source(SourceId id) const
{
    return storage::SourceRepository(m_case->database()).find(id);
}

Result<std::optional<model::Source>> CaseReader::sourceNamed(const QString& name) const
{
    storage::SourceRepository repo(m_case->database());
    auto id = repo.findByName(name);
    CORROB_TRY(id);
    if (!id.value()) {
        return std::optional<model::Source>();
    }
    auto found = repo.find(*id.value());
    CORROB_TRY(found);
    return std::optional<model::Source>(found.value());
}

Result<std::vector<model::ReportOutlet>> CaseReader::reportOutlets() const
{
    return storage::SourceRepository(m_case->database()).reportOutlets();
}

Result<std::vector<model::Tag>> CaseReader::tags() const
{
    return storage::TagRepository(m_case->database()).tree();
}

Result<std::optional<model::Tag>> CaseReader::tagAtPath(const QString& path) const
{
    storage::TagRepository repo(m_case->database());
    TagId at;
    for (const QString& part : path.split(u'/')) {
        auto child = repo.findChild(at, part.simplified());
        CORROB_TRY(child);
        if (!child.value()) {
            return std::optional<model::Tag>();
        }
        at = *child.value();
    }
    auto found = repo.find(at);
    CORROB_TRY(found);
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

Result<std::vector<model::Note>> CaseReader::notesOf(model::NoteTarget target, qint64 targetId) const
{
    return storage::NoteRepository(m_case->database()).of(target, targetId);
}

Result<std::vector<model::Note>> CaseReader::notes() const
{
    return storage::NoteRepository(m_case->database()).all();
}

} // namespace corrob::casefile
