// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/ReportContent.h"

#include "core/case/Case.h"
#include "core/case/CaseAnalysis.h"
#include "core/case/CaseReader.h"
#include "core/common/Hash.h"
#include "core/exchange/CodePoints.h"
#include "core/model/Vocabulary.h"
#include "core/storage/AuditLog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace corrob::exporting {
namespace {

// The texts of the selection's description live in this context.
class ExportSelectionText
{
    Q_DECLARE_TR_FUNCTIONS(ExportSelectionText)
public:
    static QString describe(const Selection& s)
    {
        QStringList parts;
        if (!s.claims.isEmpty()) {
            parts << tr("%n selected claim(s)", nullptr, int(s.claims.size()));
        }
        if (!s.tag.isEmpty()) {
            parts << tr("claims tagged %1").arg(s.tag);
        }
        if (s.minCredibility > 0) {
            parts << tr("claims graded %1 or better").arg(s.minCredibility);
        }
        return parts.isEmpty() ? tr("all claims") : parts.join(QStringLiteral(", "));
    }
};

Error cancelled()
{
    return Error{ErrorCode::InvalidArgument, QStringLiteral("export cancelled"), QStringLiteral("export")};
}

int reliabilityIndex(const QString& grade)
{
    if (grade.size() == 1 && grade.at(0) >= u'A' && grade.at(0) <= u'F') {
        return grade.at(0).unicode() - u'A' + 1;
    }
    return 0;
}

} // namespace

QString ClaimEntry::grade() const
{
    if (reliability.isEmpty() && claim.credibility == 0) {
        return {};
    }
    return (reliability.isEmpty() ? QStringLiteral("?") : reliability) +
           (claim.credibility == 0 ? QStringLiteral("?") : QString::number(claim.credibility));
}

const ClaimEntry* ReportContent::findClaim(ClaimId id) const
{
    auto it = std::find_if(claims.begin(), claims.end(), [&](const ClaimEntry& c) { return c.claim.id == id; });
    return it == claims.end() ? nullptr : &*it;
}

Result<ReportContent> collectReport(casefile::Case& target, const Selection& selection, const ExportProgress& progress)
{
    if (selection.minCredibility < 0 || selection.minCredibility > 6) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("minimum credibility %1 is not a grade 1-6").arg(selection.minCredibility),
                     QStringLiteral("export")};
    }
    casefile::CaseReader reader(target);
    ReportContent out;

    auto title = target.title();
    CORROB_TRY(title);
    out.caseTitle = title.value();
    out.caseFile = QFileInfo(target.path()).fileName();
    out.author = target.actor();
    out.exportedAt = utcNowIso();
    out.selection = ExportSelectionText::describe(selection);

    auto tags = reader.tags();
    auto claims = reader.claims();
    auto sources = reader.sources();
    auto links = reader.links();
    auto reports = target.reports();
    auto notes = reader.notes();
    if (!tags || !claims || !sources || !links || !reports || !notes) {
        for (const Error* e : {tags ? nullptr : &tags.error(), claims ? nullptr : &claims.error(),
                               sources ? nullptr : &sources.error(), links ? nullptr : &links.error(),
                               reports ? nullptr : &reports.error(), notes ? nullptr : &notes.error()}) {
            if (e) {
                return *e;
            }
        }
    }
    out.totalClaims = int(claims.value().size());
    const qint64 total = qint64(claims.value().size()) * 2 + qint64(links.value().size());
    qint64 done = 0;
    auto step = [&](qint64 n) {
        return !progress || progress(done += n, total);
    };

    // The tag and the tags below it.
    QSet<TagId> tagSet;
    if (!selection.tag.isEmpty()) {
        auto tag = reader.tagAtPath(selection.tag);
        CORROB_TRY(tag);
        if (!tag.value()) {
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("tag '%1' is not in the case's codebook").arg(selection.tag),
                         QStringLiteral("export")};
        }
        tagSet.insert(tag.value()->id);
        // Tree order puts parents before their children, so one pass collects the whole subtree.
        for (const model::Tag& t : tags.value()) {
            if (t.parent.isValid() && tagSet.contains(t.parent)) {
                tagSet.insert(t.id);
            }
        }
    }
    const QSet<ClaimId> chosen(selection.claims.begin(), selection.claims.end());
    auto selected = [&](const model::Claim& c) {
        if (!chosen.isEmpty() && !chosen.contains(c.id)) {
            return false;
        }
        if (selection.minCredibility > 0 && (c.credibility == 0 || c.credibility > selection.minCredibility)) {
            return false;
        }
        if (!tagSet.isEmpty() &&
            std::none_of(c.tags.begin(), c.tags.end(), [&](TagId t) { return tagSet.contains(t); })) {
            return false;
        }
        return true;
    };

    auto analysis = casefile::analyzeCase(target);
    CORROB_TRY(analysis);

    QHash<SourceId, const model::Source*> sourceById;
    for (const model::Source& s : sources.value()) {
        sourceById.insert(s.id, &s);
    }
    QHash<ReportId, const model::ReportSummary*> reportById;
    for (const model::ReportSummary& r : reports.value()) {
        reportById.insert(r.id, &r);
    }
    QHash<ClaimId, const model::Claim*> claimById;
    for (const model::Claim& c : claims.value()) {
        claimById.insert(c.id, &c);
    }
    QHash<TagId, QString> tagPaths;
    for (const model::Tag& t : tags.value()) {
        tagPaths.insert(t.id, casefile::CaseReader::tagPath(tags.value(), t.id));
    }
    // Notes by what they are on (the reader gives them oldest first).
    QHash<qint64, QList<model::Note>> notesOn[5];
    for (const model::Note& n : notes.value()) {
        if (n.target == model::NoteTarget::Case) {
            out.caseNotes.append(n);
        } else {
            notesOn[std::size_t(n.target)][n.targetId].append(n);
        }
    }
    const auto notesOf = [&notesOn](model::NoteTarget on, qint64 id) {
        return notesOn[std::size_t(on)].value(id);
    };

    QSet<ClaimId> included;
    for (const model::Claim& c : claims.value()) {
        if (selected(c)) {
            included.insert(c.id);
        }
        if (!step(1)) {
            return cancelled();
        }
    }
    auto sourceName = [&](SourceId id) {
        const model::Source* s = sourceById.value(id);
        return s ? s->name : QString();
    };
    auto related = [&](ClaimId id) {
        RelatedClaim r;
        r.id = id;
        r.included = included.contains(id);
        if (const model::Claim* c = claimById.value(id)) {
            r.source = sourceName(c->source);
            r.statement = c->statement;
            if (const model::ReportSummary* rep = reportById.value(c->report)) {
                r.reportTitle = rep->metadata.title;
                r.outlet = rep->metadata.outlet;
            }
        }
        return r;
    };

    QSet<SourceId> involved;
    QSet<ReportId> cited;
    for (const model::Claim& c : claims.value()) {
        if (!included.contains(c.id)) {
            continue;
        }
        ClaimEntry e;
        e.claim = c;
        if (const model::ReportSummary* r = reportById.value(c.report)) {
            e.reportTitle = r->metadata.title;
            e.outlet = r->metadata.outlet;
            e.published = r->metadata.published.iso;
            e.publishedText = r->metadata.published.displayText();
        }
        cited.insert(c.report);
        if (const model::Source* s = sourceById.value(c.source)) {
            e.source = s->name;
            e.reliability = s->reliability;
            involved.insert(s->id);
        }
        e.kind = model::claimKindName(c.kind);
        for (TagId t : c.tags) {
            e.tags << tagPaths.value(t);
        }
        if (const analysis::ClaimAnalysis* a = analysis.value().find(c.id)) {
            e.independentSources = a->independentSources;
            for (const analysis::Origin& o : a->origins) {
                e.origins << o.name;
                if (o.source.isValid()) {
                    involved.insert(o.source);
                }
            }
            for (ClaimId other : a->sameStatement) {
                if (other != c.id) {
                    e.sameStatement << related(other);
                }
            }
            for (ClaimId other : a->corroborators) {
                e.corroborators << related(other);
            }
            for (ClaimId other : a->contradictedBy) {
                e.contradictedBy << related(other);
            }
            e.suggestedCredibility = a->suggestedCredibility;
            e.reason = a->reason();
        }
        e.notes = notesOf(model::NoteTarget::Claim, c.id.value);
        out.claimsByCredibility[std::clamp(c.credibility, 0, 6)] += 1;
        out.claims.push_back(std::move(e));
        if (!step(1)) {
            return cancelled();
        }
    }
    // Exports count offsets in code points (product.md, "anchor"; decisions 0017, 0018): one text at a time, read
    // only for the reports the exported claims sit in.
    QHash<ReportId, std::vector<ClaimEntry*>> entriesByReport;
    for (ClaimEntry& e : out.claims) {
        entriesByReport[e.claim.report].push_back(&e);
    }
    for (auto it = entriesByReport.cbegin(); it != entriesByReport.cend(); ++it) {
        auto text = target.reportText(it.key(), casefile::Case::TextView::All);
        CORROB_TRY(text);
        const exchange::CodePointIndex index(text.value());
        for (ClaimEntry* e : it.value()) {
            e->codePointStart = index.toCodePoints(e->claim.anchor.start);
            e->codePointEnd = index.toCodePoints(e->claim.anchor.end);
        }
    }
    if (selection.isAll()) {
        for (const model::ReportSummary& r : reports.value()) {
            cited.insert(r.id);
        }
    }
    for (const model::ReportSummary& r : reports.value()) {
        if (!cited.contains(r.id)) {
            continue;
        }
        if (auto s = reader.sourceNamed(r.metadata.outlet); s && s.value() && !r.metadata.outlet.isEmpty()) {
            involved.insert(s.value()->id);
        }
        out.reports.push_back({r.id, r.metadata.title, r.metadata.outlet, r.metadata.author, r.metadata.published.iso,
                               r.metadata.published.displayText(), r.metadata.url, r.sha256, r.capturedAt,
                               notesOf(model::NoteTarget::Report, r.id.value)});
    }

    for (const analysis::Conflict& c : analysis.value().conflicts) {
        if (included.contains(c.a) || included.contains(c.b)) {
            out.conflicts.push_back({c.a, c.b, analysis::conflictKindName(c.kind), c.detail});
        }
    }
    for (const model::Link& l : links.value()) {
        if (included.contains(l.from) || included.contains(l.to)) {
            const model::Claim* from = claimById.value(l.from);
            const model::Claim* to = claimById.value(l.to);
            out.links.push_back({l, from ? from->anchor.quote : QString(), to ? to->anchor.quote : QString(),
                                 notesOf(model::NoteTarget::Link, l.id.value)});
        }
        if (!step(1)) {
            return cancelled();
        }
    }
    QHash<SourceId, int> claimsPerSource;
    for (const ClaimEntry& e : out.claims) {
        claimsPerSource[e.claim.source] += 1;
    }
    for (const model::Source& s : sources.value()) { // already by name
        if (selection.isAll() || involved.contains(s.id)) {
            out.sources.push_back({s.id, s.name, model::sourceKindName(s.kind), sourceName(s.affiliation),
                                   s.reliability, s.rationale, s.aliases, claimsPerSource.value(s.id),
                                   notesOf(model::NoteTarget::Source, s.id.value)});
            out.sourcesByReliability[reliabilityIndex(s.reliability)] += 1;
        }
    }

    auto status = target.auditLog().forEach([&](const storage::AuditEntry& entry) {
        out.auditHeadHash = entry.hash;
        out.auditEntries = entry.seq;
        return true;
    });
    CORROB_TRY(status);
    return out;
}

} // namespace corrob::exporting
