// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ReportRepository.h"

#include "core/storage/Database.h"
#include "core/storage/RowHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace corrob::storage {
namespace {

const QString kSummaryColumns = QStringLiteral(
    "SELECT r.id, r.title, o.name, p.name, r.author, r.translation_credit, r.url, r.language, r.published, "
    "r.published_precision, r.sha256, r.chars, r.captured_at, r.warnings, r.near_duplicate_of, r.previous_version_id, "
    "r.deleted_at "
    "FROM reports r LEFT JOIN sources o ON o.id = r.outlet_id LEFT JOIN sources p ON p.id = r.republished_by_id ");

model::ReportSummary readSummary(const Statement& s)
{
    model::ReportSummary r;
    r.id = ReportId(s.int64(0));
    r.metadata.title = s.text(1);
    r.metadata.outlet = s.text(2);
    r.metadata.republishedBy = s.text(3);
    r.metadata.author = s.text(4);
    r.metadata.translationCredit = s.text(5);
    r.metadata.url = s.text(6);
    r.metadata.language = s.text(7);
    r.metadata.published.iso = s.text(8);
    r.metadata.published.precision = model::PartialDate::precisionFromName(s.text(9));
    r.sha256 = s.text(10);
    r.chars = s.int64(11);
    r.capturedAt = s.text(12);
    // Most reports have no warnings ("[]"): no JSON parser for them.
    if (const QString warnings = s.text(13); warnings.size() > 2) {
        for (const auto& w : QJsonDocument::fromJson(warnings.toUtf8()).array()) {
            r.warnings << w.toString();
        }
    }
    r.nearDuplicateOf = s.isNull(14) ? ReportId() : ReportId(s.int64(14));
    r.previousVersion = s.isNull(15) ? ReportId() : ReportId(s.int64(15));
    return r;
}

Error notFound(ReportId id)
{
    return Error{ErrorCode::NotFound, QStringLiteral("no such report"), QStringLiteral("report %1").arg(id.value)};
}

Error deletedError(ReportId id)
{
    return Error{ErrorCode::NotFound, QStringLiteral("the report was deleted"),
                 QStringLiteral("report %1").arg(id.value)};
}

// The value a lookup found, or missing when it found no row.
template <typename T> Result<T> found(Result<std::optional<T>> row, const Error& missing)
{
    CORROB_TRY(row);
    if (!row.value()) {
        return missing;
    }
    return std::move(*row.value());
}

// Runs a one-row query for a report and hands back its row through read.
template <typename T, typename Read> Result<T> queryOne(Database& db, const QString& sql, ReportId id, Read read)
{
    return found(rows::selectFirst<T>(db, sql, read, id.value), notFound(id));
}

model::ExcludedRange readExcludedRange(const Statement& s)
{
    return {ExcludedRangeId(s.int64(0)), {s.int64(1), s.int64(2), s.text(3)}, s.text(4)};
}

} // namespace

Result<ReportId> ReportRepository::insert(const model::NewReport& report, SourceId outlet, SourceId republisher,
                                          ReportId nearDuplicateOf, ReportId previousVersion, Text text)
{
    auto stmt = m_db->prepare(QStringLiteral(
        "INSERT INTO reports (sha256, title, outlet_id, republished_by_id, author, translation_credit, published, "
        "published_precision, url, language, file_name, import_method, captured_at, media_type, encoding, "
        "warnings, chars, near_duplicate_of, previous_version_id) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)"));
    CORROB_TRY(stmt);
    const auto& m = report.metadata;
    const auto& p = report.provenance;
    auto& s = stmt.value();
    s.bind(1, report.sha256).bind(2, m.title);
    rows::bindId(s, 3, outlet);
    rows::bindId(s, 4, republisher);
    s.bind(5, m.author).bind(6, m.translationCredit);
    if (m.published.isKnown()) {
        s.bind(7, m.published.iso).bind(8, model::PartialDate::precisionName(m.published.precision));
    } else {
        s.bind(7, nullptr).bind(8, nullptr);
    }
    s.bind(9, m.url).bind(10, m.language).bind(11, p.fileName).bind(12, p.importMethod).bind(13, p.capturedAt);
    s.bind(14, p.mediaType).bind(15, p.encoding);
    s.bind(16, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(p.warnings)).toJson(QJsonDocument::Compact)));
    s.bind(17, static_cast<qint64>(report.workingText.size()));
    rows::bindId(s, 18, nearDuplicateOf);
    rows::bindId(s, 19, previousVersion);
    CORROB_TRY(s.run());
    const ReportId id(m_db->lastInsertRowId());

    // The original and the text are bound without copies: a 100 MB report must not be held four times.
    auto original = m_db->prepare(QStringLiteral("INSERT INTO report_originals (report_id, bytes) VALUES (?, ?)"));
    CORROB_TRY(original);
    original->bind(1, id.value).bindBlobNoCopy(2, report.original);
    CORROB_TRY(original->run());
    if (text == Text::Now) {
        if (auto written = insertTexts({{id, report.workingText.toUtf8()}}); !written) {
            return written.error();
        }
    }
    auto range = m_db->prepare(
        QStringLiteral("INSERT INTO excluded_ranges (report_id, start, \"end\", reason) VALUES (?, ?, ?, ?)"));
    CORROB_TRY(range);
    for (const model::TextRange& r : report.excludedRanges) {
        range->bindAll(id.value, static_cast<qint64>(r.start), static_cast<qint64>(r.end), r.reason);
        CORROB_TRY(range->run());
    }
    return id;
}

Status ReportRepository::insertTexts(const std::vector<PendingText>& texts)
{
    // At most kRows rows a statement (two parameters each, far below SQLite's limit); a batch of an import is
    // usually one statement, and the SQL of a full chunk is compiled once and kept by the statement cache.
    constexpr size_t kRows = 256;
    for (size_t first = 0; first < texts.size(); first += kRows) {
        const size_t n = std::min(kRows, texts.size() - first);
        QString sql = QStringLiteral("INSERT INTO report_texts (report_id, working_text) VALUES (?, ?)");
        for (size_t k = 1; k < n; ++k) {
            sql += QStringLiteral(", (?, ?)");
        }
        auto stmt = m_db->prepare(sql);
        CORROB_TRY(stmt);
        for (size_t k = 0; k < n; ++k) {
            const PendingText& t = texts[first + k];
            stmt->bind(int(2 * k + 1), t.report.value).bindTextNoCopy(int(2 * k + 2), t.utf8);
        }
        if (auto r = stmt->run(); !r) {
            return r;
        }
    }
    return {};
}

Result<ReportRepository::MetadataSources> ReportRepository::metadataSources(ReportId id) const
{
    return found(rows::selectFirst<MetadataSources>(
                     *m_db, QStringLiteral("SELECT outlet_id, republished_by_id FROM reports WHERE id = ?"),
                     [](const Statement& s) {
                         return MetadataSources{s.isNull(0) ? SourceId() : SourceId(s.int64(0)),
                                                s.isNull(1) ? SourceId() : SourceId(s.int64(1))};
                     },
                     id.value),
                 Error{ErrorCode::NotFound, QStringLiteral("no report %1 in this case").arg(id.value),
                       QStringLiteral("report %1").arg(id.value)});
}

Status ReportRepository::updateMetadata(ReportId id, const model::ReportMetadata& m, SourceId outlet,
                                        SourceId republisher)
{
    auto stmt = m_db->prepare(QStringLiteral(
        "UPDATE reports SET title = ?1, outlet_id = ?2, republished_by_id = ?3, author = ?4, translation_credit = ?5, "
        "published = ?6, published_precision = ?7, url = ?8, language = ?9 WHERE id = ?10"));
    CORROB_TRY(stmt);
    auto& s = stmt.value();
    s.bind(1, m.title.isNull() ? QStringLiteral("") : m.title);
    rows::bindId(s, 2, outlet);
    rows::bindId(s, 3, republisher);
    s.bind(4, m.author).bind(5, m.translationCredit);
    if (m.published.isKnown()) {
        s.bind(6, m.published.iso).bind(7, model::PartialDate::precisionName(m.published.precision));
    } else {
        s.bind(6, nullptr).bind(7, nullptr);
    }
    s.bind(8, m.url).bind(9, m.language).bind(10, id.value);
    CORROB_TRY(s.run());
    if (m_db->changes() != 1) {
        return notFound(id);
    }
    return {};
}

const char* const ReportRepository::kNewestWithUrlSql =
    "SELECT id FROM reports WHERE url = ? AND deleted_at IS NULL ORDER BY id DESC LIMIT 1";
const char* const ReportRepository::kNextVersionSql =
    "SELECT id FROM reports WHERE previous_version_id = ? AND deleted_at IS NULL ORDER BY id DESC LIMIT 1";

const char* const ReportRepository::kNewestWithFileNameSql =
    "SELECT id FROM reports WHERE file_name = ? AND deleted_at IS NULL ORDER BY id DESC LIMIT 1";

Result<std::optional<ReportId>> ReportRepository::newestWithUrl(const QString& url) const
{
    return rows::optionalId<ReportId>(*m_db, QString::fromLatin1(kNewestWithUrlSql), url);
}

Result<std::optional<ReportId>> ReportRepository::newestWithFileName(const QString& fileName) const
{
    return rows::optionalId<ReportId>(*m_db, QString::fromLatin1(kNewestWithFileNameSql), fileName);
}

Result<ReportId> ReportRepository::latestVersion(ReportId id) const
{
    auto stmt = m_db->prepare(QString::fromLatin1(kNextVersionSql));
    CORROB_TRY(stmt);
    ReportId current = id;
    // A chain is acyclic (a version always has a larger id than the one before); the bound only guards a bad file.
    for (int step = 0; step < 100000; ++step) {
        stmt->reset();
        stmt->bind(1, current.value);
        auto next = rows::first<ReportId>(stmt.value(), [](const Statement& s) { return ReportId(s.int64(0)); });
        CORROB_TRY(next);
        if (!next.value() || next.value()->value <= current.value) {
            break;
        }
        current = *next.value();
    }
    return current;
}

Result<QStringList> ReportRepository::versionFileNames(ReportId id) const
{
    auto stmt =
        m_db->prepare(QStringLiteral("SELECT coalesce(file_name, ''), previous_version_id FROM reports WHERE id = ?"));
    CORROB_TRY(stmt);
    QStringList names;
    ReportId current = id;
    // Each step goes to a smaller id (a version is always stored after the one before), so the walk ends.
    while (current.isValid()) {
        stmt->reset();
        stmt->bind(1, current.value);
        auto version = rows::first<std::pair<QString, ReportId>>(stmt.value(), [](const Statement& s) {
            return std::pair{s.text(0), ReportId(s.isNull(1) ? 0 : s.int64(1))};
        });
        CORROB_TRY(version);
        if (!version.value()) {
            break;
        }
        const auto& [name, previous] = *version.value();
        names << name;
        current = previous.value < current.value ? previous : ReportId();
    }
    return names;
}

Result<std::optional<ReportId>> ReportRepository::findBySha256(const QString& sha256) const
{
    return rows::optionalId<ReportId>(
        *m_db, QStringLiteral("SELECT id FROM reports WHERE sha256 = ? AND deleted_at IS NULL ORDER BY id LIMIT 1"),
        sha256);
}

Result<std::vector<model::ReportSummary>> ReportRepository::summaries() const
{
    return summariesWhere(QStringLiteral("WHERE r.deleted_at IS NULL ORDER BY r.id"));
}

Result<std::vector<ReportPublication>> ReportRepository::publications() const
{
    return rows::select<ReportPublication>(
        *m_db,
        QStringLiteral("SELECT id, outlet_id, published, published_precision FROM reports WHERE deleted_at IS NULL "
                       "ORDER BY id"),
        [](const Statement& s) {
            model::PartialDate published;
            published.iso = s.text(2);
            published.precision = model::PartialDate::precisionFromName(s.text(3));
            return ReportPublication{ReportId(s.int64(0)), SourceId(s.isNull(1) ? 0 : s.int64(1)), published};
        });
}

Result<std::vector<model::ReportSummary>> ReportRepository::deletedSummaries() const
{
    return summariesWhere(QStringLiteral("WHERE r.deleted_at IS NOT NULL ORDER BY r.id"));
}

Result<std::vector<model::ReportSummary>> ReportRepository::summariesWhere(const QString& where) const
{
    return rows::select<model::ReportSummary>(*m_db, kSummaryColumns + where, readSummary);
}

Result<model::ReportSummary> ReportRepository::summary(ReportId id, Deleted deleted) const
{
    auto found = queryOne<std::pair<model::ReportSummary, bool>>(*m_db, kSummaryColumns + u"WHERE r.id = ?", id,
                                                                 [](const Statement& s) {
                                                                     return std::pair{readSummary(s), !s.isNull(16)};
                                                                 });
    CORROB_TRY(found);
    if (found->second && deleted == Deleted::Skip) {
        return deletedError(id);
    }
    return found->first;
}

Result<bool> ReportRepository::isDeleted(ReportId id) const
{
    return queryOne<bool>(*m_db, QStringLiteral("SELECT deleted_at IS NOT NULL FROM reports WHERE id = ?"), id,
                          [](const Statement& s) { return s.int64(0) != 0; });
}

Status ReportRepository::markDeleted(ReportId id, const QString& at)
{
    CORROB_TRY(rows::run(*m_db, QStringLiteral("UPDATE reports SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"),
                         at, id.value));
    return m_db->changes() == 1 ? Status() : Status(deletedError(id));
}

Status ReportRepository::markRestored(ReportId id)
{
    CORROB_TRY(rows::run(*m_db,
                         QStringLiteral("UPDATE reports SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL"),
                         id.value));
    if (m_db->changes() == 1) {
        return {};
    }
    return Error{ErrorCode::NotFound, QStringLiteral("the deleted report is no longer in the case (it was purged)"),
                 QStringLiteral("report %1").arg(id.value)};
}

Status ReportRepository::setMetadataSources(ReportId id, SourceId outlet, SourceId republisher)
{
    auto stmt = m_db->prepare(QStringLiteral("UPDATE reports SET outlet_id = ?, republished_by_id = ? WHERE id = ?"));
    CORROB_TRY(stmt);
    rows::bindId(stmt.value(), 1, outlet);
    rows::bindId(stmt.value(), 2, republisher);
    stmt->bind(3, id.value);
    CORROB_TRY(stmt->run());
    return m_db->changes() == 1 ? Status() : Status(notFound(id));
}

Status ReportRepository::purge(ReportId id)
{
    CORROB_TRY(
        rows::run(*m_db, QStringLiteral("DELETE FROM reports WHERE id = ? AND deleted_at IS NOT NULL"), id.value));
    return m_db->changes() == 1 ? Status() : Status(notFound(id));
}

Result<QString> ReportRepository::workingText(ReportId id, Deleted deleted) const
{
    if (deleted == Deleted::Skip) {
        auto gone = isDeleted(id);
        CORROB_TRY(gone);
        if (gone.value()) {
            return deletedError(id);
        }
    }
    return queryOne<QString>(*m_db, QStringLiteral("SELECT working_text FROM report_texts WHERE report_id = ?"), id,
                             [](const Statement& s) { return s.text(0); });
}

Result<QByteArray> ReportRepository::original(ReportId id) const
{
    return queryOne<QByteArray>(*m_db, QStringLiteral("SELECT bytes FROM report_originals WHERE report_id = ?"), id,
                                [](const Statement& s) { return s.blob(0); });
}

Result<QList<model::TextRange>> ReportRepository::excludedRanges(ReportId id) const
{
    auto ranges = rows::select<model::TextRange>(
        *m_db, QStringLiteral("SELECT start, \"end\", reason FROM excluded_ranges WHERE report_id = ? ORDER BY start"),
        [](const Statement& s) {
            return model::TextRange{s.int64(0), s.int64(1), s.text(2)};
        },
        id.value);
    CORROB_TRY(ranges);
    return QList<model::TextRange>(ranges->begin(), ranges->end());
}

Result<std::vector<model::ExcludedRange>> ReportRepository::excludedRangeRecords(ReportId id) const
{
    return rows::select<model::ExcludedRange>(
        *m_db,
        QStringLiteral(
            "SELECT id, start, \"end\", reason, origin FROM excluded_ranges WHERE report_id = ? ORDER BY start, id"),
        readExcludedRange, id.value);
}

Result<model::ExcludedRange> ReportRepository::excludedRange(ReportId report, ExcludedRangeId id) const
{
    return found(
        rows::selectFirst<model::ExcludedRange>(
            *m_db,
            QStringLiteral(
                "SELECT id, start, \"end\", reason, origin FROM excluded_ranges WHERE id = ? AND report_id = ?"),
            readExcludedRange, id.value, report.value),
        Error{ErrorCode::NotFound, QStringLiteral("report %1 has no excluded range %2").arg(report.value).arg(id.value),
              QStringLiteral("report %1").arg(report.value)});
}

Result<ExcludedRangeId> ReportRepository::insertExcludedRange(ReportId report, const model::ExcludedRange& range)
{
    auto stmt = m_db->prepare(QStringLiteral(
        "INSERT INTO excluded_ranges (id, report_id, start, \"end\", reason, origin) VALUES (?, ?, ?, ?, ?, ?)"));
    CORROB_TRY(stmt);
    rows::bindId(stmt.value(), 1, range.id);
    stmt->bind(2, report.value)
        .bind(3, static_cast<qint64>(range.range.start))
        .bind(4, static_cast<qint64>(range.range.end))
        .bind(5, range.range.reason.isNull() ? QStringLiteral("") : range.range.reason)
        .bind(6, range.origin.isEmpty() ? QStringLiteral("user") : range.origin);
    CORROB_TRY(stmt->run());
    return ExcludedRangeId(m_db->lastInsertRowId());
}

Status ReportRepository::deleteExcludedRange(ExcludedRangeId id)
{
    auto stmt = m_db->prepare(QStringLiteral("DELETE FROM excluded_ranges WHERE id = ?"));
    CORROB_TRY(stmt);
    stmt->bind(1, id.value);
    CORROB_TRY(stmt->run());
    if (m_db->changes() != 1) {
        return Error{ErrorCode::NotFound, QStringLiteral("no such excluded range"),
                     QStringLiteral("excluded range %1").arg(id.value)};
    }
    return {};
}

Result<qint64> ReportRepository::count() const
{
    return m_db->queryInt(QStringLiteral("SELECT count(*) FROM reports WHERE deleted_at IS NULL"));
}

Status ReportRepository::forEachOriginal(const std::function<bool(const StoredOriginal&)>& visit) const
{
    auto stmt = m_db->prepare(QStringLiteral("SELECT r.id, r.title, r.sha256, o.bytes FROM reports r "
                                             "LEFT JOIN report_originals o ON o.report_id = r.id ORDER BY r.id"));
    CORROB_TRY(stmt);
    return rows::forEach(stmt.value(), [&](const Statement& s) {
        return visit({ReportId(s.int64(0)), s.text(1), s.text(2), s.blob(3), s.isNull(3)});
    });
}

} // namespace corrob::storage
