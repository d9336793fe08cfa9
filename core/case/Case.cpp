// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/Case.h"

#include "core/common/Hash.h"
#include "core/storage/AuditLog.h"
#include "core/storage/CaseFile.h"
#include "core/storage/CaseMetaRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ReportRepository.h"
#include "core/storage/SignatureRepository.h"
#include "core/storage/SourceRepository.h"
#include "core/storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace corrob::casefile {

using storage::Transaction;

struct Case::Connection
{
    explicit Connection(storage::Database database) : db(std::move(database)), audit(db) {}
    storage::Database db;
    storage::AuditLog audit; // refers to db
};

Case::Case(std::unique_ptr<Connection> connection, CaseOptions options)
    : m_connection(std::move(connection)), m_db(m_connection->db), m_audit(m_connection->audit),
      m_options(std::move(options))
{
    if (m_options.actor.isEmpty()) {
        m_options.actor = QStringLiteral("unknown");
    }
}

Case::~Case() = default;

const QString& Case::path() const
{
    return m_db.path();
}

Result<std::unique_ptr<Case>> Case::create(const QString& path, const QString& title, const CaseOptions& options)
{
    auto db = storage::CaseFile::create(path);
    CORROB_TRY(db);
    std::unique_ptr<Case> c(new Case(std::make_unique<Connection>(std::move(db).value()), options));
    const QString caseTitle = title.trimmed().isEmpty() ? QFileInfo(path).completeBaseName() : title.trimmed();
    auto recorded = [&]() -> Status {
        auto tx = Transaction::begin(c->m_db);
        CORROB_TRY(tx);
        storage::CaseMetaRepository meta(c->m_db);
        const QString now = utcNowIso();
        for (const auto& [key, value] :
             {std::pair{QStringLiteral("title"), caseTitle}, std::pair{QStringLiteral("created_at"), now},
              std::pair{QStringLiteral("created_by"), c->actor()}}) {
            CORROB_TRY(meta.setValue(key, value));
        }
        auto entry = c->m_audit.append(
            c->actor(), QStringLiteral("case.created"),
            {{QStringLiteral("title"), caseTitle}, {QStringLiteral("schema"), storage::caseSchemaVersion()}});
        CORROB_TRY(entry);
        return tx->commit();
    }();
    if (!recorded) {
        c.reset();
        QFile::remove(path); // a case that failed to initialise is useless; do not leave it behind
        return recorded.error();
    }
    return c;
}

static_assert(Case::kKeptUpgradeBackups == storage::CaseFile::kKeptUpgradeBackups);

Result<std::unique_ptr<Case>> Case::open(const QString& path, const CaseOptions& options, Access access)
{
    storage::UpgradeBackup upgraded;
    auto db = access == Access::ReadOnly ? storage::CaseFile::openReadOnly(path)
                                         : storage::CaseFile::open(path, storage::caseMigrations(), &upgraded);
    CORROB_TRY(db);
    std::unique_ptr<Case> opened(new Case(std::make_unique<Connection>(std::move(db).value()), options));
    // A file SQLite could open only for reading (read-only on disk, or a read-only mount) is a read-only view: the
    // window says so when it opens instead of failing at the first edit.
    opened->m_access = opened->database().isReadOnly() ? Access::ReadOnly : access;
    opened->m_upgradeBackup = {upgraded.path, upgraded.fromVersion, upgraded.toVersion, upgraded.removed};
    return opened;
}

Status Case::backup(const QString& target, bool replaceExisting, const BackupProgress& progress)
{
    return storage::CaseFile::backup(
        m_db, target, replaceExisting ? storage::CaseFile::Overwrite::Replace : storage::CaseFile::Overwrite::Refuse,
        progress);
}

Status Case::checkStructure() const
{
    auto findings = m_db.quickCheck();
    if (!findings && findings.error().code != ErrorCode::Corrupt) {
        return findings.error();
    }
    // Damaged enough, the check itself stops with SQLite's "malformed".
    QString found = findings ? findings->value(0) : findings.error().message;
    found.remove(QStringLiteral("the case file is damaged: "));
    if (found.isEmpty()) {
        return {};
    }
    const qsizetype more = findings ? findings->size() - 1 : 0;
    return Error{ErrorCode::Corrupt,
                 QStringLiteral("the case file is damaged (%1%2), so nothing was written to it; 'verify' lists the "
                                "damage: restore a backup, or the copy kept before the last upgrade")
                     .arg(found, more > 0 ? QStringLiteral(", and %1 more findings").arg(more) : QString()),
                 path()};
}

Result<qint64> Case::dataVersion() const
{
    return m_db.queryInt(QStringLiteral("PRAGMA data_version"));
}

Result<qint64> Case::auditHead() const
{
    return m_audit.headSeq();
}

Result<QString> Case::title() const
{
    auto t = storage::CaseMetaRepository(m_db).value(QStringLiteral("title"));
    if (t && t.value().isEmpty()) {
        return QFileInfo(path()).completeBaseName();
    }
    return t;
}

Result<std::vector<model::ReportSummary>> Case::reports() const
{
    return storage::ReportRepository(m_db).summaries();
}

Result<model::ReportSummary> Case::report(ReportId id) const
{
    return storage::ReportRepository(m_db).summary(id);
}

Result<ReportId> Case::currentVersion(ReportId id) const
{
    return storage::ReportRepository(m_db).latestVersion(id);
}

Result<QString> Case::reportText(ReportId id, TextView view) const
{
    storage::ReportRepository reports(m_db);
    auto text = reports.workingText(id);
    if (!text || view == TextView::All) {
        return text;
    }
    auto ranges = reports.excludedRanges(id);
    CORROB_TRY(ranges);
    return model::textWithout(text.value(), ranges.value());
}

Result<QList<model::TextRange>> Case::excludedRanges(ReportId id) const
{
    return storage::ReportRepository(m_db).excludedRanges(id);
}

Result<QByteArray> Case::original(ReportId id) const
{
    return storage::ReportRepository(m_db).original(id);
}

Result<std::vector<model::ExcludedRange>> Case::excludedRangeList(ReportId id) const
{
    storage::ReportRepository reports(m_db);
    CORROB_TRY(reports.summary(id));
    return reports.excludedRangeRecords(id);
}

Result<std::vector<Case::PurgedReport>> Case::purgeDeletedReports(const std::vector<ReportId>& reports)
{
    auto tx = Transaction::begin(m_db);
    CORROB_TRY(tx);
    storage::ReportRepository repo(m_db);
    std::vector<model::ReportSummary> targets;
    if (reports.empty()) {
        auto deleted = repo.deletedSummaries();
        CORROB_TRY(deleted);
        targets = std::move(deleted).value();
    }
    for (const ReportId id : reports) {
        auto deleted = repo.isDeleted(id);
        if (!deleted) {
            return deleted.error().code == ErrorCode::NotFound
                       ? Error{ErrorCode::NotFound, QStringLiteral("no such report"),
                               QStringLiteral("report %1").arg(id.value)}
                       : deleted.error();
        }
        if (!deleted.value()) {
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("the report is not deleted: delete it first, then purge it"),
                         QStringLiteral("report %1").arg(id.value)};
        }
        auto summary = repo.summary(id, storage::ReportRepository::Deleted::Include);
        CORROB_TRY(summary);
        targets.push_back(std::move(summary).value());
    }
    std::vector<PurgedReport> purged;
    for (const model::ReportSummary& r : targets) {
        if (std::any_of(purged.begin(), purged.end(), [&](const PurgedReport& p) { return p.id == r.id; })) {
            continue;
        }
        CORROB_TRY(repo.purge(r.id));
        auto entry = m_audit.append(actor(), QStringLiteral("report.purged"),
                                    {{QStringLiteral("report"), r.id.value},
                                     {QStringLiteral("title"), r.metadata.title},
                                     {QStringLiteral("sha256"), r.sha256}});
        CORROB_TRY(entry);
        purged.push_back({r.id, r.metadata.title, r.sha256});
    }
    CORROB_TRY(tx->commit());
    return purged;
}

Result<ReportId> Case::addReport(const model::NewReport& report)
{
    auto stored = storeReport(report);
    CORROB_TRY(stored);
    return stored->id;
}

text::TextSignature Case::signatureOf(const model::NewReport& report)
{
    text::SkipRanges furniture;
    for (const model::TextRange& r : report.excludedRanges) {
        furniture.emplace_back(r.start, r.end);
    }
    return text::computeSignature(report.workingText, std::move(furniture));
}

Case::ReportDigest Case::digestOf(const model::NewReport& report, QString originalSha256)
{
    ReportDigest digest;
    digest.signature = signatureOf(report);
    digest.originalSha256 =
        originalSha256.isEmpty() ? sha256Hex(QByteArrayView(report.original)) : std::move(originalSha256);
    digest.workingSha256 = sha256Hex(report.workingText);
    return digest;
}

Result<Case::StoredReport> Case::storeReport(const model::NewReport& report)
{
    // Digested before the transaction: it reads the whole text, and the write lock should be held briefly.
    return storeReport(report, digestOf(report));
}

Status Case::storeTexts(DeferredTexts& deferred)
{
    std::vector<storage::ReportRepository::PendingText> texts;
    texts.reserve(deferred.size());
    for (const DeferredText& t : deferred) {
        texts.push_back({t.report, t.utf8}); // shared, not copied
    }
    auto written = storage::ReportRepository(m_db).insertTexts(texts);
    if (written) {
        deferred.clear();
    }
    // On failure the list is kept: the batch's final storeTexts fails too (some may be written: their rows clash),
    // so the batch is rolled back whole rather than committed with reports that have no text.
    return written;
}

Result<Case::StoredReport> Case::storeReport(const model::NewReport& report, const ReportDigest& digest,
                                             DeferredTexts* deferred)
{
    // The recorded hash is the evidence's fingerprint: a mismatch (an importer's bug, bytes changed in memory) must
    // never be stored, in any build, so it is an error and not an assertion. The digest's hash was computed from the
    // original's bytes (digestOf, or the import as it read the file).
    if (const QString& actual = digest.originalSha256; report.sha256 != actual) {
        return Error{ErrorCode::Integrity,
                     QStringLiteral("the original's SHA-256 does not match the one recorded at import (%1 recorded, "
                                    "%2 computed); nothing was stored")
                         .arg(report.sha256, actual),
                     report.provenance.fileName};
    }
    // Alone, the lookups run inside the report's transaction. In a batch (deferred) the caller's transaction already
    // holds the write lock, so they run first and the report's savepoint begins after the deferred texts a new
    // version needs were written: a report that fails must not take those back with it.
    Q_ASSERT(!deferred || m_db.inTransaction());
    std::optional<Transaction> tx;
    if (!deferred) {
        auto begun = Transaction::begin(m_db);
        CORROB_TRY(begun);
        tx.emplace(std::move(begun).value());
    }
    storage::SignatureRepository signatures(m_db);
    auto nearDuplicate = signatures.findNearDuplicate(digest.signature, kNearDuplicateThreshold);
    CORROB_TRY(nearDuplicate);
    auto previous = findPreviousVersion(m_db, report, nearDuplicate.value(), digest.signature);
    CORROB_TRY(previous);
    if (deferred) {
        if (previous.value().isValid() && !deferred->empty()) {
            CORROB_TRY(storeTexts(*deferred));
        }
        auto begun = Transaction::begin(m_db);
        CORROB_TRY(begun);
        tx.emplace(std::move(begun).value());
    }
    StoredReport stored;
    stored.previousVersion = previous.value();
    // What the new capture does not say of itself (a text file names no outlet or date; the investigator corrected
    // them on the earlier version) is the earlier version's: the same article, captured again. (Copying a NewReport
    // shares its bytes.)
    model::NewReport completed = report;
    QJsonArray kept;
    if (stored.previousVersion.isValid()) {
        auto earlier = storage::ReportRepository(m_db).summary(stored.previousVersion);
        CORROB_TRY(earlier);
        model::ReportMetadata& now = completed.metadata;
        const model::ReportMetadata& before = earlier->metadata;
        const auto keep = [&kept](QString& field, const QString& earlierValue, const char* name) {
            if (field.trimmed().isEmpty() && !earlierValue.isEmpty()) {
                field = earlierValue;
                kept.append(QString::fromLatin1(name));
            }
        };
        keep(now.outlet, before.outlet, "outlet");
        keep(now.republishedBy, before.republishedBy, "republished_by");
        keep(now.author, before.author, "author");
        keep(now.url, before.url, "url");
        keep(now.language, before.language, "language");
        if (!now.published.isKnown() && before.published.isKnown()) {
            now.published = before.published;
            kept.append(QStringLiteral("published"));
        }
    }
    // A new version is not an independent near-duplicate of its own earlier version.
    const ReportId similar =
        nearDuplicate.value() && !stored.previousVersion.isValid() ? nearDuplicate.value()->report : ReportId();
    storage::SourceRepository sources(m_db);
    auto mediaSource = [&](const QString& name) -> Result<SourceId> {
        if (name.trimmed().isEmpty()) {
            return SourceId();
        }
        return sources.findOrCreate(name, QStringLiteral("media"));
    };
    auto outlet = mediaSource(completed.metadata.outlet);
    CORROB_TRY(outlet);
    auto republisher = mediaSource(completed.metadata.republishedBy);
    CORROB_TRY(republisher);
    storage::ReportRepository reports(m_db);
    // A new version's text is written at once: moving the claims reads it back. (How many bytes of deferred texts a
    // batch holds is its caller's limit: ImportService ends a batch once they pass kBatchTextBytes.)
    const bool textLater = deferred && !stored.previousVersion.isValid();
    auto id = reports.insert(completed, outlet.value(), republisher.value(), similar, stored.previousVersion,
                             textLater ? storage::ReportRepository::Text::Later : storage::ReportRepository::Text::Now);
    CORROB_TRY(id);
    CORROB_TRY(signatures.store(id.value(), digest.signature));
    QJsonObject imported{
        {QStringLiteral("report"), id->value},
        {QStringLiteral("file"), report.provenance.fileName},
        {QStringLiteral("method"), report.provenance.importMethod},
        {QStringLiteral("title"), report.metadata.title},
        {QStringLiteral("sha256"), report.sha256},
        {QStringLiteral("working_sha256"), digest.workingSha256},
        {QStringLiteral("near_duplicate_of"), similar.isValid() ? QJsonValue(similar.value) : QJsonValue()},
        {QStringLiteral("previous_version"),
         stored.previousVersion.isValid() ? QJsonValue(stored.previousVersion.value) : QJsonValue()}};
    if (!kept.isEmpty()) {
        imported.insert(QStringLiteral("kept_from_previous_version"), kept);
    }
    auto entry = m_audit.append(actor(), QStringLiteral("report.imported"), imported);
    CORROB_TRY(entry);
    if (stored.previousVersion.isValid()) {
        auto oldText = reports.workingText(stored.previousVersion);
        CORROB_TRY(oldText);
        auto moved = moveClaimsToVersion(m_db, stored.previousVersion, id.value(), oldText.value(), report.workingText);
        CORROB_TRY(moved);
        stored.moved = std::move(moved).value();
        stored.reanchored = countMethods(stored.moved);
        if (!stored.moved.empty()) {
            auto reanchored = m_audit.append(actor(), QStringLiteral("claims.reanchored"),
                                             movedClaimsJson(stored.previousVersion, id.value(), stored.moved));
            CORROB_TRY(reanchored);
        }
        auto carried =
            carryExclusionsToVersion(m_db, stored.previousVersion, id.value(), oldText.value(), report.workingText);
        CORROB_TRY(carried);
        stored.carried = std::move(carried).value();
        if (!stored.carried.empty()) {
            auto logged = m_audit.append(actor(), QStringLiteral("ranges.carried"),
                                         carriedRangesJson(stored.previousVersion, id.value(), stored.carried));
            CORROB_TRY(logged);
        }
    }
    CORROB_TRY(tx->commit());
    if (textLater) {
        deferred->push_back({id.value(), report.workingText.toUtf8()});
    }
    stored.id = id.value();
    return stored;
}

} // namespace corrob::casefile
