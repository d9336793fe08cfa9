// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/IntegrityCheck.h"

#include "core/case/Case.h"
#include "core/common/Hash.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/ReportRepository.h"
#include "core/storage/SearchRepository.h"
#include "core/storage/Transaction.h"

#include <QHash>
#include <QJsonDocument>

#include <QJsonObject>
#include <optional>

namespace corrob::casefile {
namespace {

struct ImportRecord
{
    qint64 seq = 0;
    QString sha256;
    QString workingSha256;
};

QString shortHash(const QString& h)
{
    return h.left(12) + QChar(0x2026);
}

QString describe(ReportId id, const QString& title)
{
    return title.isEmpty() ? QStringLiteral("report %1").arg(id.value)
                           : QStringLiteral("report %1 (\u201c%2\u201d)").arg(id.value).arg(title);
}

} // namespace

QString IntegrityProblem::kindName(Kind k)
{
    switch (k) {
    case Kind::Original:
        return QStringLiteral("original");
    case Kind::Text:
        return QStringLiteral("text");
    case Kind::Audit:
        return QStringLiteral("audit");
    case Kind::File:
        return QStringLiteral("file");
    case Kind::Index:
        return QStringLiteral("index");
    }
    return {};
}

Result<IntegrityReport> verifyCase(Case& target)
{
    IntegrityReport out;
    using Kind = IntegrityProblem::Kind;
    // One snapshot for every read: an import committing meanwhile (another program) must not show as a report with
    // no import entry, nor an entry with no report.
    auto begun = storage::ReadTransaction::begin(target.database());
    CORROB_TRY(begun);
    std::optional<storage::ReadTransaction> snapshot(std::move(begun).value());

    auto findings = target.database().quickCheck();
    CORROB_TRY(findings);
    for (const QString& finding : findings.value()) {
        out.problems.push_back({Kind::File, ReportId(), 0, QStringLiteral("the case file is damaged: ") + finding});
    }

    auto chain = target.auditLog().verifyChain();
    CORROB_TRY(chain);
    for (const auto& p : chain.value()) {
        out.problems.push_back({Kind::Audit, ReportId(), p.seq, p.detail});
    }

    // What the audit log says each report was when it was imported.
    // A purged report is gone for good, as its "report.purged" entry records; its id may later be given to a new
    // report, whose import entry then comes after the purge.
    QHash<qint64, ImportRecord> imports;
    auto collected = target.auditLog().forEach([&](const storage::AuditEntry& e) {
        ++out.auditEntries;
        out.auditHeadSeq = e.seq;
        out.auditHeadHash = e.hash;
        if (e.action == u"report.imported") {
            const QJsonObject p = QJsonDocument::fromJson(e.payload.toUtf8()).object();
            imports.insert(p.value(QStringLiteral("report")).toInteger(),
                           {e.seq, p.value(QStringLiteral("sha256")).toString(),
                            p.value(QStringLiteral("working_sha256")).toString()});
        } else if (e.action == u"report.purged") {
            const QJsonObject p = QJsonDocument::fromJson(e.payload.toUtf8()).object();
            imports.remove(p.value(QStringLiteral("report")).toInteger());
        }
        return true;
    });
    CORROB_TRY(collected);

    storage::ReportRepository reports(target.database());
    QHash<qint64, QString> titles;
    auto walked = reports.forEachOriginal([&](const storage::StoredOriginal& o) {
        ++out.reportsChecked;
        titles.insert(o.id.value, o.title);
        const QString who = describe(o.id, o.title);
        if (o.missing) {
            out.problems.push_back({Kind::Original, o.id, 0, QStringLiteral("the original of %1 is missing").arg(who)});
        } else if (const QString actual = sha256Hex(QByteArrayView(o.bytes)); actual != o.sha256) {
            out.problems.push_back({Kind::Original, o.id, 0,
                                    QStringLiteral("the original of %1 does not match its SHA-256 (recorded %2, "
                                                   "now %3)")
                                        .arg(who, shortHash(o.sha256), shortHash(actual))});
        }
        const auto record = imports.constFind(o.id.value);
        if (record == imports.constEnd()) {
            out.problems.push_back(
                {Kind::Audit, o.id, 0, QStringLiteral("%1 has no import entry in the audit log").arg(who)});
        } else if (record->sha256 != o.sha256) {
            out.problems.push_back({Kind::Audit, o.id, record->seq,
                                    QStringLiteral("the SHA-256 recorded for %1 differs from the one in audit entry %2")
                                        .arg(who)
                                        .arg(record->seq)});
        }
        return true;
    });
    CORROB_TRY(walked);

    // Working texts are derived, but claims anchor into them: a silent change would move every claim.
    for (auto it = imports.constBegin(); it != imports.constEnd(); ++it) {
        const ReportId id(it.key());
        if (!titles.contains(it.key())) {
            out.problems.push_back({Kind::Audit, id, it->seq,
                                    QStringLiteral("report %1, recorded in audit entry %2, is missing from the case")
                                        .arg(it.key())
                                        .arg(it->seq)});
            continue;
        }
        auto text = reports.workingText(id, storage::ReportRepository::Deleted::Include);
        if (!text) {
            out.problems.push_back({Kind::Text, id, it->seq, text.error().toString()});
        } else if (sha256Hex(text.value()) != it->workingSha256) {
            out.problems.push_back({Kind::Text, id, it->seq,
                                    QStringLiteral("the working text of %1 was changed outside Corroborate")
                                        .arg(describe(id, titles.value(it.key())))});
        }
    }
    // The index's own check (FTS5's integrity-check) is a write statement, which a read snapshot cannot run; each of
    // its comparisons is one statement, and an import writes a report and its index entries in one transaction.
    snapshot.reset();
    auto index = storage::SearchRepository(target.database()).check();
    CORROB_TRY(index);
    for (const auto& p : index.value()) {
        out.problems.push_back({Kind::Index, p.report, 0, p.detail});
    }
    std::stable_sort(out.problems.begin(), out.problems.end(),
                     [](const IntegrityProblem& a, const IntegrityProblem& b) { return a.report < b.report; });
    return out;
}

} // namespace corrob::casefile
