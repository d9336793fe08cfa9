// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CaseCommand.h"
#include "cli/Command.h"
#include "cli/EditCommands.h"

#include <QJsonArray>
#include <QJsonObject>

namespace corrob::cli {

QJsonObject reportJson(const model::ReportSummary& r)
{
    const model::ReportMetadata& m = r.metadata;
    return QJsonObject{
        {QStringLiteral("id"), r.id.value},
        {QStringLiteral("title"), m.title},
        {QStringLiteral("outlet"), jsonText(m.outlet)},
        {QStringLiteral("republished_by"), jsonText(m.republishedBy)},
        {QStringLiteral("author"), jsonText(m.author)},
        {QStringLiteral("published"), jsonText(m.published.iso)},
        {QStringLiteral("language"), jsonText(m.language)},
        {QStringLiteral("url"), jsonText(m.url)},
        {QStringLiteral("sha256"), r.sha256},
        {QStringLiteral("chars"), r.chars},
        {QStringLiteral("captured_at"), r.capturedAt},
        {QStringLiteral("translation_credit"), jsonText(m.translationCredit)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
        {QStringLiteral("near_duplicate_of"),
         r.nearDuplicateOf.isValid() ? QJsonValue(r.nearDuplicateOf.value) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("previous_version"),
         r.previousVersion.isValid() ? QJsonValue(r.previousVersion.value) : QJsonValue(QJsonValue::Null)}};
}

int runReports(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("reports"), QStringLiteral("List the reports of a case."));
    cmd.addJsonOption(QStringLiteral("Print the list as JSON."));
    if (!cmd.open(args, 1, 1)) {
        return cmd.exitCode();
    }
    auto reports = cmd.target().reports();
    if (!reports) {
        return ctx.fail(kExitCannotOpen, reports.error());
    }
    if (cmd.json()) {
        QJsonArray list;
        for (const auto& r : reports.value()) {
            list.append(reportJson(r));
        }
        ctx.printJson(list);
        return kExitOk;
    }
    for (const auto& r : reports.value()) {
        const model::ReportMetadata& m = r.metadata;
        ctx.out() << qSetFieldWidth(5) << Qt::right << r.id.value << qSetFieldWidth(0) << Qt::left << "  " << m.title;
        if (!m.outlet.isEmpty()) {
            ctx.out() << " \u2014 " << m.outlet;
        }
        if (m.published.isKnown()) {
            ctx.out() << ", " << m.published.iso;
        }
        ctx.out() << '\n';
    }
    ctx.out() << reports->size() << (reports->size() == 1 ? " report" : " reports") << Qt::endl;
    return kExitOk;
}

} // namespace corrob::cli
