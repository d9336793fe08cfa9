// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CaseCommand.h"
#include "cli/Command.h"

#include "core/case/IntegrityCheck.h"

#include <QJsonArray>
#include <QJsonObject>

namespace corrob::cli {

int runVerify(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(
        ctx, QStringLiteral("verify"),
        QStringLiteral(
            "Check the case: recompute every original's SHA-256, the audit log's hash chain, and each "
            "report against the audit entry that recorded its import, and that the search index agrees with the case "
            "(reindex rebuilds it). Exit status 1 on any mismatch."));
    cmd.addJsonOption();
    if (!cmd.open(args, 1, 1)) {
        return cmd.exitCode();
    }
    auto result = casefile::verifyCase(cmd.target());
    if (!result) {
        return ctx.fail(kExitCannotOpen, result.error());
    }
    const casefile::IntegrityReport& report = result.value();
    if (cmd.json()) {
        QJsonArray problems;
        for (const auto& p : report.problems) {
            problems.append(QJsonObject{
                {QStringLiteral("kind"), casefile::IntegrityProblem::kindName(p.kind)},
                {QStringLiteral("report"),
                 p.report.isValid() ? QJsonValue(p.report.value) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("audit_seq"), p.auditSeq ? QJsonValue(p.auditSeq) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("detail"), p.detail}});
        }
        ctx.printJson(
            QJsonObject{{QStringLiteral("ok"), report.ok()},
                        {QStringLiteral("reports_checked"), report.reportsChecked},
                        {QStringLiteral("audit_entries"), report.auditEntries},
                        {QStringLiteral("audit_head"), QJsonObject{{QStringLiteral("seq"), report.auditHeadSeq},
                                                                   {QStringLiteral("hash"), report.auditHeadHash}}},
                        {QStringLiteral("problems"), problems}});
    } else if (report.ok()) {
        ctx.out() << "ok: " << report.reportsChecked << " originals and " << report.auditEntries
                  << " audit entries verified\n"
                  << "audit head: entry " << report.auditHeadSeq << ", " << report.auditHeadHash
                  << " (keep this line: a later verify can show nothing was removed after it)" << Qt::endl;
    }
    for (const auto& p : report.problems) {
        ctx.fail(kExitSomeFailed, p.detail, cmd.casePath());
    }
    return report.ok() ? kExitOk : kExitSomeFailed;
}

} // namespace corrob::cli
