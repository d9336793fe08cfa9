// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `export` for the exchange formats (w3c, qdpx, bundle). The investigation report and the other data formats
// (html, pdf, csv, claimreview) join this dispatch when their branch is merged.
#include "cli/CaseCommand.h"
#include "cli/Command.h"

#include "core/exchange/ExchangeExport.h"

#include <QJsonObject>

namespace corrob::cli {

int runExport(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("export"),
                    QStringLiteral("Write the case in an exchange format: w3c (W3C Web Annotation JSON-LD, offsets in "
                                   "Unicode code points), qdpx (REFI-QDA project for ATLAS.ti, NVivo, MAXQDA, "
                                   "QualCoder) or bundle (a zip of the case, every original and MANIFEST.sha256)."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("The format: %1.").arg(exchange::exchangeFormatNames().join(u'|')),
                                    QStringLiteral("F"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The file to write (replaced if it exists)."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption tag(
        QStringLiteral("tag"), QStringLiteral("Only claims carrying this tag (a path, Parent/Child) or one below it."),
        QStringLiteral("T"));
    const QCommandLineOption minCredibility(
        QStringLiteral("min-credibility"),
        QStringLiteral("Only claims graded N or better (1 confirmed ... 6 cannot be judged)."), QStringLiteral("N"));
    cmd.parser().addOptions({format, out, tag, minCredibility});
    cmd.addJsonOption();
    if (!cmd.parse(args, 1, 1)) {
        return cmd.exitCode();
    }
    const auto chosen = exchange::exchangeFormatNamed(cmd.parser().value(format));
    if (!cmd.parser().isSet(format) || !chosen) {
        return cmd.usageError(
            QStringLiteral("--format must be one of %1").arg(exchange::exchangeFormatNames().join(u", ")));
    }
    if (cmd.parser().value(out).isEmpty()) {
        return cmd.usageError(QStringLiteral("--out PATH is required"));
    }
    exchange::ExportFilter filter;
    filter.tagPath = cmd.parser().value(tag).trimmed();
    if (cmd.parser().isSet(minCredibility)) {
        bool ok = false;
        filter.minCredibility = cmd.parser().value(minCredibility).toInt(&ok);
        if (!ok || filter.minCredibility < 1 || filter.minCredibility > 6) {
            return cmd.usageError(QStringLiteral("--min-credibility must be 1 to 6"));
        }
    }
    if (*chosen == exchange::ExchangeFormat::Bundle && !filter.isEmpty()) {
        return cmd.usageError(
            QStringLiteral("a bundle holds the whole case: --tag and --min-credibility do not apply"));
    }
    if (!cmd.open()) {
        return cmd.exitCode();
    }
    const QString path = cmd.parser().value(out);
    auto result = exchange::exportExchange(cmd.target(), *chosen, path, filter);
    if (!result) {
        return ctx.fail(result.error().code == ErrorCode::NotFound ? kExitSomeFailed : kExitCannotOpen, result.error());
    }
    const exchange::ExportSummary& s = result.value();
    if (cmd.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("format"), exchange::exchangeFormatName(*chosen)},
                                  {QStringLiteral("out"), path},
                                  {QStringLiteral("claims"), s.claims},
                                  {QStringLiteral("reports"), s.reports},
                                  {QStringLiteral("links"), s.links},
                                  {QStringLiteral("originals"), s.originals},
                                  {QStringLiteral("orphaned_claims_left_out"), s.orphanedClaims}});
    } else if (*chosen == exchange::ExchangeFormat::Bundle) {
        ctx.out() << "wrote " << path << ": the case and " << s.originals << " original(s) with MANIFEST.sha256"
                  << Qt::endl;
    } else {
        ctx.out() << "wrote " << path << ": " << s.claims << " claim(s) in " << s.reports << " report(s), " << s.links
                  << " link(s)" << Qt::endl;
    }
    if (s.orphanedClaims > 0) {
        ctx.err() << "note: " << s.orphanedClaims
                  << " orphaned claim(s) left out (their anchors no longer match; see claims --orphaned)" << Qt::endl;
    }
    return kExitOk;
}

} // namespace corrob::cli
