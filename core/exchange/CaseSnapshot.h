// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/model/Claim.h"
#include "core/model/Link.h"
#include "core/model/Note.h"
#include "core/model/Report.h"
#include "core/model/Source.h"
#include "core/model/Tag.h"

#include <QUuid>

#include <vector>

namespace corrob::casefile {
class Case;
}

namespace corrob::exchange {

struct SnapshotReport
{
    model::ReportSummary summary;
    QString text; // the whole working text (TextView::All): anchors are UTF-16 offsets into it
};

// Everything the exchange formats write, read from a case at one moment: the reports that are not deleted with
// their working texts, the claims placed on them (orphaned claims, whose anchors no longer match, are left out
// and counted), the links between those claims, the codebook, the sources and the notes on claims, links and
// the case. Plain values: the exporters never touch the case.
struct CaseSnapshot
{
    QString title;
    QString createdAt;
    QUuid caseUuid; // stable for a case: every IRI and GUID the exporters write is derived from it
    std::vector<SnapshotReport> reports;
    std::vector<model::Claim> claims; // by report then start
    std::vector<model::Link> links;
    std::vector<model::Tag> tags; // tree order
    std::vector<model::Source> sources;
    std::vector<model::Note> notes;
    int orphanedClaims = 0;

    [[nodiscard]] const SnapshotReport* report(ReportId id) const;
    [[nodiscard]] const model::Source* source(SourceId id) const;
    [[nodiscard]] QString tagPath(TagId id) const;
    [[nodiscard]] std::vector<const model::Note*> notesOn(model::NoteTarget target, qint64 id) const;
    // A name-based (version 5) UUID for an item of this case: kind ("claim", "report", "tag" ...) and id.
    [[nodiscard]] QUuid uuidOf(const QString& kind, qint64 id) const;
};

// Reads the snapshot in one read transaction's worth of queries on the case's own connection (same thread).
Result<CaseSnapshot> readSnapshot(casefile::Case& source);

} // namespace corrob::exchange
