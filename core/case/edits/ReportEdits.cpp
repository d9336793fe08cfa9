// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/edits/ReportEdits.h"

#include "core/case/Case.h"
#include "core/case/ReportVersions.h"
#include "core/common/Hash.h"
#include "core/model/Anchor.h"
#include "core/storage/AuditLog.h"
#include "core/storage/ClaimRepository.h"
#include "core/storage/Database.h"
#include "core/storage/LinkRepository.h"
#include "core/storage/NoteRepository.h"
#include "core/storage/ReportRepository.h"
#include "core/storage/SourceRepository.h"
#include "core/storage/SuggestionRepository.h"
#include "core/text/Reanchor.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <map>

namespace corrob::casefile {

using namespace edits;

namespace {

// Where the import of a new version (to) took each claim from on the earlier one (from), by claim id, as its
// claims.reanchored entry records it: the claim's range there, and where it was placed (an orphan keeps its old range).
Result<QHash<qint64, MovedClaim>> anchorsBeforeVersion(EditContext& ctx, ReportId from, ReportId to)
{
    QHash<qint64, MovedClaim> out;
    auto walked = storage::AuditLog(ctx.db).forEachOfAction(
        QStringLiteral("claims.reanchored"), [&](const storage::AuditEntry& e) {
            const RecordedMoves recorded = movedClaimsFromJson(QJsonDocument::fromJson(e.payload.toUtf8()).object());
            if (recorded.from != from || recorded.to != to) {
                return true;
            }
            for (MovedClaim m : recorded.claims) {
                if (m.method == text::ReanchorMethod::Orphaned) {
                    m.newStart = m.oldStart;
                    m.newEnd = m.oldEnd;
                }
                out.insert(m.claim.value, m);
            }
            return false; // the newest move of that version is the one its claims came by
        });
    CORROB_TRY(walked);
    return out;
}

QString reportWhere(ReportId id)
{
    return QStringLiteral("report %1").arg(id.value);
}

QJsonObject metadataJson(const model::ReportMetadata& m)
{
    return {{QStringLiteral("title"), m.title},
            {QStringLiteral("outlet"), m.outlet},
            {QStringLiteral("republished_by"), m.republishedBy},
            {QStringLiteral("author"), m.author},
            {QStringLiteral("translation_credit"), m.translationCredit},
            {QStringLiteral("url"), m.url},
            {QStringLiteral("language"), m.language},
            {QStringLiteral("published"), m.published.iso}};
}

Status checkLanguage(const QString& language, const QString& where)
{
    static const QRegularExpression bcp47(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    if (!language.isEmpty() && !bcp47.match(language).hasMatch()) {
        return invalid(
            QStringLiteral("'%1' is not a language code: use a BCP 47 code such as en, uk or pt-BR").arg(language),
            where);
    }
    return {};
}

} // namespace

Status checkReportUrl(const QString& url, const QString& where)
{
    if (url.isEmpty()) {
        return {};
    }
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme().isEmpty() || parsed.isRelative()) {
        return invalid(QStringLiteral("'%1' is not an absolute URL (such as https://example.org/article)").arg(url),
                       where);
    }
    static const QStringList kSchemes = {QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("ftp"),
                                         QStringLiteral("ipfs")};
    if (!kSchemes.contains(parsed.scheme().toLower()) || parsed.host().isEmpty()) {
        return invalid(QStringLiteral("'%1' is not where a report can be published: give an http, https, ftp or ipfs "
                                      "address with a host (such as https://example.org/article)")
                           .arg(url),
                       where);
    }
    return {};
}

Status checkReportMetadataChanges(const ReportMetadataChanges& changes, const QString& where)
{
    if (changes.published) {
        const QString text = changes.published->trimmed();
        if (!text.isEmpty() && !model::PartialDate::fromIso(text).isKnown()) {
            return invalid(
                QStringLiteral("'%1' is not a date: use 2022, 2022-08, 2022-08-04 or 2022-08-04T10:30Z").arg(text),
                where);
        }
    }
    if (changes.language) {
        CORROB_TRY(checkLanguage(changes.language->simplified(), where));
    }
    if (changes.url) {
        CORROB_TRY(checkReportUrl(changes.url->trimmed(), where));
    }
    return {};
}

Edit::Record EditReportMetadata::record(const model::ReportMetadata& from, const model::ReportMetadata& to) const
{
    // Only what changed, before and after, as Case::setReportMetadata records it.
    const QJsonObject was = metadataJson(from);
    const QJsonObject now = metadataJson(to);
    QJsonObject changedFrom;
    QJsonObject changedTo;
    for (auto it = now.begin(); it != now.end(); ++it) {
        if (was.value(it.key()) != it.value()) {
            changedFrom.insert(it.key(), was.value(it.key()));
            changedTo.insert(it.key(), it.value());
        }
    }
    QJsonObject payload{{QStringLiteral("report"), m_id.value},
                        {QStringLiteral("before"), changedFrom},
                        {QStringLiteral("after"), changedTo}};
    if (!m_created.sources.empty()) {
        payload.insert(QStringLiteral("created"), m_created.toJson());
    }
    return Record{QStringLiteral("report.metadata_changed"), payload};
}

Result<Edit::Record> EditReportMetadata::forward(EditContext& ctx)
{
    storage::ReportRepository reports(ctx.db);
    if (m_resolved) {
        CORROB_TRY(m_created.reinsert(ctx));
        CORROB_TRY(reports.updateMetadata(m_id, m_after, m_outletAfter, m_republisherAfter));
        return record(m_before, m_after);
    }
    const QString where = reportWhere(m_id);
    auto summary = reports.summary(m_id);
    CORROB_TRY(summary);
    if (m_changes.isEmpty()) {
        return invalid(QStringLiteral("nothing to change: give a title, outlet, republisher, author, date, "
                                      "language or URL"),
                       where);
    }
    // Only the fields given: what the import stored stays as it is even when it would not pass.
    CORROB_TRY(checkReportMetadataChanges(m_changes, where));
    auto sourcesBefore = storage::ReportRepository(ctx.db).metadataSources(m_id);
    CORROB_TRY(sourcesBefore);
    const model::ReportMetadata before = summary->metadata;
    model::ReportMetadata after = before;
    auto take = [](const std::optional<QString>& change, QString& field) {
        if (change) {
            field = change->simplified();
        }
    };
    take(m_changes.title, after.title);
    take(m_changes.outlet, after.outlet);
    take(m_changes.republishedBy, after.republishedBy);
    take(m_changes.author, after.author);
    take(m_changes.translationCredit, after.translationCredit);
    take(m_changes.language, after.language);
    if (m_changes.url) {
        after.url = m_changes.url->trimmed();
    }
    if (m_changes.published) {
        after.published = model::PartialDate::fromIso(m_changes.published->trimmed());
    }
    edits::CreatedItems created;
    auto mediaSource = [&](const QString& name) -> Result<SourceId> {
        if (name.isEmpty()) {
            return SourceId();
        }
        return sourceNamed(ctx, name, model::SourceKind::Media, created);
    };
    auto outlet = mediaSource(after.outlet);
    if (!outlet) {
        return at(outlet.error(), where);
    }
    auto republisher = mediaSource(after.republishedBy);
    if (!republisher) {
        return at(republisher.error(), where);
    }
    if (after == before && outlet.value() == sourcesBefore->outlet &&
        republisher.value() == sourcesBefore->republisher) {
        return invalid(QStringLiteral("nothing to change: the report already says so"), where);
    }
    CORROB_TRY(reports.updateMetadata(m_id, after, outlet.value(), republisher.value()));
    // What the report shows now: a source found by an alias or another spelling keeps its own name.
    auto stored = reports.summary(m_id);
    CORROB_TRY(stored);
    m_before = before;
    m_after = stored->metadata;
    m_outletBefore = sourcesBefore->outlet;
    m_republisherBefore = sourcesBefore->republisher;
    m_outletAfter = outlet.value();
    m_republisherAfter = republisher.value();
    m_created = std::move(created);
    m_resolved = true;
    return record(m_before, m_after);
}

Result<Edit::Record> EditReportMetadata::backward(EditContext& ctx)
{
    CORROB_TRY(storage::ReportRepository(ctx.db).updateMetadata(m_id, m_before, m_outletBefore, m_republisherBefore));
    CORROB_TRY(m_created.remove(ctx));
    return record(m_after, m_before);
}

namespace {

QJsonObject rangeJson(ReportId report, const model::ExcludedRange& r)
{
    return {{QStringLiteral("report"), report.value},
            {QStringLiteral("range"), r.id.value},
            {QStringLiteral("start"), static_cast<qint64>(r.range.start)},
            {QStringLiteral("end"), static_cast<qint64>(r.range.end)},
            {QStringLiteral("reason"), r.range.reason},
            {QStringLiteral("origin"), r.origin}};
}

} // namespace

Result<Edit::Record> ExcludeRange::forward(EditContext& ctx)
{
    storage::ReportRepository reports(ctx.db);
    model::ExcludedRange range = m_range;
    if (!range.id.isValid()) {
        auto text = reports.workingText(m_report);
        CORROB_TRY(text);
        const model::TextRange& r = range.range;
        if (r.start < 0 || r.end <= r.start || r.end > text->size()) {
            return invalid(QStringLiteral("the range %1\u2013%2 is not inside the report's text (0\u2013%3, start "
                                          "before end)")
                               .arg(r.start)
                               .arg(r.end)
                               .arg(text->size()),
                           reportWhere(m_report));
        }
        if (model::splitsPair(text.value(), r.start) || model::splitsPair(text.value(), r.end)) {
            // Hidden, half a character would leave the other half to be read as another one.
            return invalid(QStringLiteral("the range %1\u2013%2 cuts a character in half").arg(r.start).arg(r.end),
                           reportWhere(m_report));
        }
        range.origin = QStringLiteral("user");
    }
    auto id = reports.insertExcludedRange(m_report, range);
    CORROB_TRY(id);
    range.id = id.value();
    m_range = range;
    return Record{QStringLiteral("range.excluded"), rangeJson(m_report, m_range)};
}

Result<Edit::Record> ExcludeRange::backward(EditContext& ctx)
{
    CORROB_TRY(storage::ReportRepository(ctx.db).deleteExcludedRange(m_range.id));
    return Record{QStringLiteral("range.included"), rangeJson(m_report, m_range)};
}

Result<Edit::Record> IncludeRange::forward(EditContext& ctx)
{
    storage::ReportRepository reports(ctx.db);
    CORROB_TRY(reports.summary(m_report)); // "no such report" for a report that is not there, not "no range 1"
    auto range = reports.excludedRange(m_report, m_id);
    CORROB_TRY(range);
    CORROB_TRY(reports.deleteExcludedRange(m_id));
    m_range = range.value();
    return Record{QStringLiteral("range.included"), rangeJson(m_report, m_range)};
}

Result<Edit::Record> IncludeRange::backward(EditContext& ctx)
{
    CORROB_TRY(storage::ReportRepository(ctx.db).insertExcludedRange(m_report, m_range));
    return Record{QStringLiteral("range.excluded"), rangeJson(m_report, m_range)};
}

} // namespace corrob::casefile

// --- DeleteReports ---------------------------------------------------------------------------------------------

namespace corrob::casefile {

using namespace edits;

namespace {

template <typename T> QJsonArray idsOf(const std::vector<T>& items)
{
    QJsonArray out;
    for (const T& item : items) {
        out.append(item.id.value);
    }
    return out;
}

// The links of these claims and the notes on the claims and the links, each once.
Status collectLinksAndNotes(EditContext& ctx, const std::vector<model::Claim>& claims, std::vector<model::Link>& links,
                            std::vector<model::Note>& notes)
{
    storage::LinkRepository linkRepo(ctx.db);
    storage::NoteRepository noteRepo(ctx.db);
    QSet<qint64> seen;
    for (const model::Claim& c : claims) {
        auto of = linkRepo.ofClaim(c.id);
        CORROB_TRY(of);
        for (const model::Link& l : of.value()) {
            if (!seen.contains(l.id.value)) {
                seen.insert(l.id.value);
                links.push_back(l);
            }
        }
        auto claimNotes = noteRepo.of(model::NoteTarget::Claim, c.id.value);
        CORROB_TRY(claimNotes);
        notes.insert(notes.end(), claimNotes->begin(), claimNotes->end());
    }
    for (const model::Link& l : links) {
        auto linkNotes = noteRepo.of(model::NoteTarget::Link, l.id.value);
        CORROB_TRY(linkNotes);
        notes.insert(notes.end(), linkNotes->begin(), linkNotes->end());
    }
    return {};
}

// A media source the import of `report` made and nothing else uses: removing it loses nothing the investigator
// gave it.
Result<bool> onlyUsedBy(EditContext& ctx, SourceId id, const std::vector<ReportId>& reports)
{
    storage::SourceRepository sources(ctx.db);
    auto source = sources.find(id);
    CORROB_TRY(source);
    if (source->kind != model::SourceKind::Media || !source->aliases.isEmpty() || !source->reliability.isEmpty() ||
        !source->rationale.isEmpty() || source->affiliation.isValid()) {
        return false;
    }
    auto refs = sources.references(id);
    CORROB_TRY(refs);
    auto onlyThis = [&](const std::vector<ReportId>& ids) {
        return std::all_of(ids.begin(), ids.end(),
                           [&](ReportId r) { return std::find(reports.begin(), reports.end(), r) != reports.end(); });
    };
    if (!refs->claims.empty() || !refs->affiliated.empty() || !onlyThis(refs->outletOf) ||
        !onlyThis(refs->republisherOf)) {
        return false;
    }
    auto notes = storage::NoteRepository(ctx.db).of(model::NoteTarget::Source, id.value);
    CORROB_TRY(notes);
    return notes->empty();
}

} // namespace

Result<ReportDeletionCounts> countReportDeletion(Case& target, const std::vector<ReportId>& reports)
{
    EditContext ctx{target.database(), target.actor(), utcNowIso()};
    storage::ReportRepository reportRepo(ctx.db);
    storage::ClaimRepository claimRepo(ctx.db);
    ReportDeletionCounts counts;
    std::vector<model::Claim> deleted;
    for (const ReportId id : reports) {
        auto summary = reportRepo.summary(id);
        CORROB_TRY(summary);
        auto claims = claimRepo.ofReport(id);
        CORROB_TRY(claims);
        const ReportId previous = summary->previousVersion;
        const bool movesBack = previous.isValid() && reportRepo.summary(previous).ok() &&
                               std::find(reports.begin(), reports.end(), previous) == reports.end();
        if (movesBack) {
            counts.claimsMoved += int(claims->size());
        } else {
            deleted.insert(deleted.end(), claims->begin(), claims->end());
        }
        auto notes = storage::NoteRepository(ctx.db).of(model::NoteTarget::Report, id.value);
        CORROB_TRY(notes);
        counts.notes += int(notes->size());
    }
    std::vector<model::Link> links;
    std::vector<model::Note> notes;
    CORROB_TRY(collectLinksAndNotes(ctx, deleted, links, notes));
    counts.claims = int(deleted.size());
    counts.links = int(links.size());
    counts.notes += int(notes.size());
    return counts;
}

std::vector<ClaimId> DeleteReports::touchedClaims() const
{
    std::vector<ClaimId> out;
    for (const Removed& r : m_removed) {
        for (const model::Claim& c : r.claims) {
            out.push_back(c.id);
        }
        for (const model::Claim& c : r.movedAfter) {
            out.push_back(c.id);
        }
    }
    return out;
}

Result<DeleteReports::Removed> DeleteReports::resolve(EditContext& ctx, ReportId id)
{
    storage::ReportRepository reports(ctx.db);
    auto summary = reports.summary(id);
    CORROB_TRY(summary);
    Removed r;
    r.id = id;
    r.title = summary->metadata.title;
    r.sha256 = summary->sha256;
    auto sources = reports.metadataSources(id);
    CORROB_TRY(sources);
    r.outlet = sources->outlet;
    r.republisher = sources->republisher;
    auto claims = storage::ClaimRepository(ctx.db).ofReport(id);
    CORROB_TRY(claims);
    // Earlier reports of this step are already marked deleted, so an earlier version deleted with it is not live.
    const ReportId previous = summary->previousVersion;
    if (previous.isValid() && reports.summary(previous).ok()) {
        auto oldText = reports.workingText(id);
        auto newText = reports.workingText(previous);
        if (!oldText || !newText) {
            return oldText ? newText.error() : oldText.error();
        }
        r.movedTo = previous;
        const QString to = reportWhere(previous);
        auto cameFrom = anchorsBeforeVersion(ctx, previous, id);
        CORROB_TRY(cameFrom);
        for (const model::Claim& c : claims.value()) {
            model::Claim back = c;
            back.report = previous;
            // A claim still where the import of this version put it goes back to the very words it had.
            if (const auto it = cameFrom->constFind(c.id.value);
                it != cameFrom->constEnd() && it->newStart == c.anchor.start && it->newEnd == c.anchor.end &&
                (it->method == text::ReanchorMethod::Orphaned) == c.orphaned) {
                if (auto exact = model::anchorAt(newText.value(), it->oldStart, it->oldEnd, to)) {
                    back.anchor = exact.value();
                    back.orphaned = false;
                    // Untouched since the move, it is the claim the move found, as undoing the import would leave
                    // it: its updated_at too, which says whether a change an earlier version made is still unchecked
                    // (casefile::changedQuote).
                    const bool untouched = !it->updatedBefore.isEmpty() && c.updatedAt == it->updatedAt;
                    back.updatedAt = untouched ? it->updatedBefore : ctx.now;
                    r.movedBefore.push_back(c);
                    r.movedAfter.push_back(back);
                    continue;
                }
            }
            const text::QuoteSelector selector{c.anchor.start, c.anchor.end, c.anchor.quote, c.anchor.prefix,
                                               c.anchor.suffix};
            const text::ReanchorResult placed = text::reanchor(selector, oldText->size(), newText.value());
            if (placed.method == text::ReanchorMethod::Orphaned) {
                back.orphaned = true;
            } else {
                auto anchor = model::anchorAt(newText.value(), placed.start, placed.end, to);
                CORROB_TRY(anchor);
                back.anchor = anchor.value();
                back.orphaned = false;
            }
            back.updatedAt = ctx.now;
            r.movedBefore.push_back(c);
            r.movedAfter.push_back(back);
        }
    } else {
        r.claims = claims.value();
        CORROB_TRY(collectLinksAndNotes(ctx, r.claims, r.links, r.notes));
    }
    auto reportNotes = storage::NoteRepository(ctx.db).of(model::NoteTarget::Report, id.value);
    CORROB_TRY(reportNotes);
    r.notes.insert(r.notes.end(), reportNotes->begin(), reportNotes->end());
    return r;
}

Status DeleteReports::write(EditContext& ctx, const Removed& r, const QString& deletedAt)
{
    storage::NoteRepository notes(ctx.db);
    for (const model::Note& n : r.notes) {
        CORROB_TRY(notes.remove(n.id));
    }
    storage::ClaimRepository claims(ctx.db);
    for (const model::Claim& c : r.claims) {
        if (auto s = claims.remove(c.id); !s) { // its links and tag assignments go with it
            return s;
        }
    }
    for (const model::Claim& c : r.movedAfter) {
        CORROB_TRY(claims.update(c));
    }
    CORROB_TRY(storage::ReportRepository(ctx.db).markDeleted(r.id, deletedAt));
    return {};
}

Status DeleteReports::unwrite(EditContext& ctx, const Removed& r)
{
    storage::ReportRepository reports(ctx.db);
    CORROB_TRY(reports.markRestored(r.id));
    // Deleting an outlet source set the report's outlet_id (or republished_by_id) to NULL.
    CORROB_TRY(reports.setMetadataSources(r.id, r.outlet, r.republisher));
    storage::ClaimRepository claims(ctx.db);
    for (const model::Claim& c : r.claims) {
        CORROB_TRY(claims.insert(c));
    }
    for (const model::Claim& c : r.movedBefore) {
        CORROB_TRY(claims.update(c));
    }
    storage::LinkRepository links(ctx.db);
    for (const model::Link& l : r.links) {
        CORROB_TRY(links.insert(l));
    }
    storage::NoteRepository notes(ctx.db);
    for (const model::Note& n : r.notes) {
        CORROB_TRY(notes.insert(n));
    }
    return {};
}

DeleteReports::DeleteReports(std::vector<ReportId> reports) : m_ids(std::move(reports))
{
}
DeleteReports::~DeleteReports() = default;

Result<Edit::Record> DeleteReports::forward(EditContext& ctx)
{
    if (m_resolved) {
        for (const Removed& r : m_removed) {
            CORROB_TRY(write(ctx, r, m_deletedAt));
        }
        storage::SourceRepository sources(ctx.db);
        for (const model::Source& source : m_sources) {
            CORROB_TRY(sources.remove(source.id));
        }
        return Record{QStringLiteral("report.deleted"), payload()};
    }
    if (m_ids.empty()) {
        return invalid(QStringLiteral("no report to delete"), QStringLiteral("delete reports"));
    }
    std::vector<Removed> removed;
    QSet<qint64> seen;
    std::map<qint64, storage::DismissedSuggestion> dismissed; // by id: a row can involve claims of two reports
    for (const ReportId id : m_ids) {
        if (seen.contains(id.value)) {
            return invalid(QStringLiteral("the report is listed twice"), reportWhere(id));
        }
        seen.insert(id.value);
        auto r = resolve(ctx, id);
        CORROB_TRY(r);
        // The dismissed suggestions of (and for) the claims deleted go with them (ON DELETE CASCADE).
        for (const model::Claim& c : r->claims) {
            auto rows = storage::SuggestionRepository(ctx.db).involving(c.id);
            CORROB_TRY(rows);
            for (const storage::DismissedSuggestion& d : rows.value()) {
                dismissed.emplace(d.id, d);
            }
        }
        CORROB_TRY(write(ctx, r.value(), ctx.now));
        removed.push_back(std::move(r).value());
    }
    // The outlet sources are free only once every report's claims are gone; removed after every report was read
    // (removing one sets outlet_id to NULL in the reports that point at it).
    storage::SourceRepository sources(ctx.db);
    std::vector<model::Source> freed;
    for (const Removed& r : removed) {
        for (const SourceId sid : {r.outlet, r.republisher}) {
            if (!sid.isValid() ||
                std::any_of(freed.begin(), freed.end(), [&](const model::Source& s) { return s.id == sid; })) {
                continue;
            }
            auto free = onlyUsedBy(ctx, sid, m_ids);
            CORROB_TRY(free);
            if (!free.value()) {
                continue;
            }
            auto source = sources.find(sid);
            CORROB_TRY(source);
            CORROB_TRY(sources.remove(sid));
            freed.push_back(source.value());
        }
    }
    m_removed = std::move(removed);
    m_sources = std::move(freed);
    m_dismissed.clear();
    for (auto& [id, row] : dismissed) {
        m_dismissed.push_back(row);
    }
    m_deletedAt = ctx.now;
    m_resolved = true;
    return Record{QStringLiteral("report.deleted"), payload()};
}

Result<Edit::Record> DeleteReports::backward(EditContext& ctx)
{
    storage::SourceRepository sources(ctx.db);
    for (const model::Source& source : m_sources) {
        CORROB_TRY(sources.insert(source));
    }
    // Last deleted first: a link recorded with an earlier report may point at a claim of a later one.
    for (auto it = m_removed.rbegin(); it != m_removed.rend(); ++it) {
        CORROB_TRY(unwrite(ctx, *it));
    }
    storage::SuggestionRepository dismissals(ctx.db);
    for (const storage::DismissedSuggestion& d : m_dismissed) {
        CORROB_TRY(dismissals.insert(d));
    }
    return Record{QStringLiteral("report.restored"), payload()};
}

QJsonObject DeleteReports::payload() const
{
    QJsonArray reports;
    for (const Removed& r : m_removed) {
        reports.append(
            QJsonObject{{QStringLiteral("report"), r.id.value},
                        {QStringLiteral("title"), r.title},
                        {QStringLiteral("sha256"), r.sha256},
                        {QStringLiteral("claims"), idsOf(r.claims)},
                        {QStringLiteral("links"), idsOf(r.links)},
                        {QStringLiteral("notes"), idsOf(r.notes)},
                        {QStringLiteral("moved_to"), r.movedTo.isValid() ? QJsonValue(r.movedTo.value) : QJsonValue()},
                        {QStringLiteral("moved"), idsOf(r.movedAfter)}});
    }
    return {{QStringLiteral("reports"), reports}, {QStringLiteral("sources"), idsOf(m_sources)}};
}

} // namespace corrob::casefile
