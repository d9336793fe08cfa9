// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/ReportVersions.h"
#include "core/common/Ids.h"
#include "core/common/Result.h"
#include "core/model/Claim.h"
#include "core/model/Link.h"
#include "core/model/Note.h"
#include "core/model/Source.h"
#include "core/model/Tag.h"

#include <optional>
#include <vector>

namespace corrob::casefile {

class Case;

// The read side of claims, links, sources, tags and notes, as model values (no SQL, no storage types): what the
// GUI's item models and the analysis read. Changes go through the edits in core/case/edits. Cheap to make; holds
// a reference to the case, which must outlive it. Same thread as the case.
class CaseReader
{
public:
    explicit CaseReader(Case& target) : m_case(&target) {}

    // The claims of a report ordered by anchor start (UTF-16 offsets of the working text).
    Result<std::vector<model::Claim>> claimsOf(ReportId report) const;
    // Every claim, by report then anchor start.
    Result<std::vector<model::Claim>> claims() const;
    // The claims that could not be placed on a new version of their report (orphaned), by report then start;
    // their anchors are the old ones, for the investigator to re-place.
    Result<std::vector<model::Claim>> orphanedClaims() const;
    Result<model::Claim> claim(ClaimId id) const;

    // The links from or to a claim, by id.
    Result<std::vector<model::Link>> linksOf(ClaimId claim) const;
    Result<std::vector<model::Link>> links() const;

    // Every source, by name (case- and diacritics-insensitively).
    Result<std::vector<model::Source>> sources() const;
    Result<model::Source> source(SourceId id) const;
    // The source with this name or alias (case- and diacritics-insensitive), if any.
    Result<std::optional<model::Source>> sourceNamed(const QString& name) const;

    // Who published each report (outlet and republisher source ids, invalid when unknown), by report id: with
    // claims, sources and links, everything the corroboration analysis reads.
    Result<std::vector<model::ReportOutlet>> reportOutlets() const;

    // The codebook in tree order: parents before their children, siblings by position.
    Result<std::vector<model::Tag>> tags() const;
    // The tag at a path of names ("Violence/Shelling", case-insensitive), if it exists.
    Result<std::optional<model::Tag>> tagAtPath(const QString& path) const;
    // "Violence/Shelling" for a tag, from a list in tree order.
    static QString tagPath(const std::vector<model::Tag>& tree, TagId tag);

    // The words a claim quoted before a new version of its report changed them, until the claim is edited
    // (casefile::changedQuote).
    Result<std::optional<ChangedQuote>> changedQuote(const model::Claim& claim) const;
    // The ids of the claims among `claims` whose quote changed so (casefile::claimsWithChangedQuotes).
    Result<std::unordered_set<qint64>> claimsWithChangedQuotes(const std::vector<model::Claim>& claims) const;

    // The notes on one target (the case: NoteTarget::Case, 0), oldest first.
    Result<std::vector<model::Note>> notesOf(model::NoteTarget target, qint64 targetId) const;
    Result<std::vector<model::Note>> notes() const;

private:
    Case* m_case;
};

} // namespace corrob::casefile
