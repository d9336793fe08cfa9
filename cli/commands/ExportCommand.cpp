// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CaseCommand.h"
#include "cli/Command.h"
#include "cli/CommandLine.h"
#include "core/case/CaseReader.h"
#include "core/export/ClaimReviewExport.h"

#include "render/ExportFormats.h"
#include "render/PdfReport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace corrob::cli {

bool needsGuiApplication(const QStringList& arguments)
{
    if (arguments.size() < 2 || arguments.at(1) != u"export") {
        return false;
    }
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        QString format;
        if (arguments.at(i) == u"--format" && i + 1 < arguments.size()) {
            format = arguments.at(i + 1);
        } else if (arguments.at(i).startsWith(QStringLiteral("--format="))) {
            format = arguments.at(i).mid(9);
        }
        if (const render::ExportFormat* f = render::findExportFormat(format); f && f->needsGui) {
            return true;
        }
    }
    return false;
}

int runExport(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("export"),
                    QStringLiteral("Export the case: the investigation report (html: one self-contained file; pdf: "
                                   "paginated, searchable), CSV of claims and links (csv: --out PATH writes "
                                   "PATH-claims.csv and PATH-links.csv), schema.org ClaimReview JSON-LD of the graded "
                                   "claims (claimreview). --tag, --claim and --min-credibility choose the claims; "
                                   "together, a claim must meet all of them."));
    QCommandLineParser& p = cmd.parser();
    const QCommandLineOption format(
        QStringLiteral("format"),
        QStringLiteral("What to write: %1.").arg(render::exportFormatNames().join(QStringLiteral(", "))),
        QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The file to write (csv: the files' stem)."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption tag(
        QStringLiteral("tag"),
        QStringLiteral("Only claims with this tag or a tag below it (a path: Violence/Shelling)."),
        QStringLiteral("T"));
    const QCommandLineOption claim(QStringLiteral("claim"), QStringLiteral("Only this claim (repeatable)."),
                                   QStringLiteral("ID"));
    const QCommandLineOption minCredibility(
        QStringLiteral("min-credibility"),
        QStringLiteral("Only claims graded N or better (1 confirmed ... 6 cannot be judged); ungraded claims are left "
                       "out."),
        QStringLiteral("N"));
    const QCommandLineOption reviewUrl(
        QStringLiteral("review-url"),
        QStringLiteral("claimreview: the address where the investigation report (the html export) is published; each "
                       "review's url is it with the claim's anchor (#claim-7)."),
        QStringLiteral("URL"));
    p.addOptions({format, out, tag, claim, minCredibility, reviewUrl});
    cmd.addJsonOption(QStringLiteral("Print what was written as JSON: {\"files\", \"format\", \"claims\"}."));
    if (!cmd.parse(args, 1, 1)) {
        return cmd.exitCode();
    }
    if (!p.isSet(format)) {
        return cmd.usageError(QStringLiteral("--format is required (%1)").arg(render::exportFormatNames().join(u'|')));
    }
    const render::ExportFormat* chosen = render::findExportFormat(p.value(format));
    if (!chosen) {
        return cmd.usageError(QStringLiteral("unknown format '%1'; use %2")
                                  .arg(p.value(format), render::exportFormatNames().join(QStringLiteral(", "))));
    }
    if (!p.isSet(out) || p.value(out).isEmpty()) {
        return cmd.usageError(QStringLiteral("--out PATH is required"));
    }
    exporting::Selection selection;
    selection.tag = p.value(tag).trimmed();
    if (p.isSet(minCredibility)) {
        bool ok = false;
        selection.minCredibility = p.value(minCredibility).toInt(&ok);
        if (!ok || selection.minCredibility < 1 || selection.minCredibility > 6) {
            return cmd.usageError(
                QStringLiteral("--min-credibility '%1' is not a grade 1-6").arg(p.value(minCredibility)));
        }
    }
    if (p.isSet(reviewUrl)) {
        if (chosen->name != u"claimreview") {
            return cmd.usageError(QStringLiteral("--review-url applies to the claimreview format only"));
        }
        if (!exporting::ClaimReviewExport::isReviewUrl(QUrl(p.value(reviewUrl).trimmed()))) {
            return cmd.usageError(
                QStringLiteral("--review-url '%1' is not an absolute http or https URL").arg(p.value(reviewUrl)));
        }
    }
    for (const QString& value : p.values(claim)) {
        auto id = cmd.id(value, QStringLiteral("--claim"));
        if (!id) {
            return cmd.exitCode();
        }
        selection.claims << ClaimId(*id);
    }
    if (chosen->needsGui && !render::canRenderPdf()) {
        return cmd.fail(kExitUsage,
                        QStringLiteral("the %1 format needs the program's graphical runtime").arg(chosen->name),
                        cmd.where());
    }
    if (!cmd.open()) {
        return cmd.exitCode();
    }
    for (const ClaimId id : std::as_const(selection.claims)) {
        // An export of a claim that is not there would be written empty, and look like one.
        if (auto known = casefile::CaseReader(cmd.target()).claim(id); !known) {
            return cmd.fail(kExitSomeFailed, known.error());
        }
    }
    const render::ExportRequest request{chosen->name, QFileInfo(p.value(out)).absoluteFilePath(), selection,
                                        p.value(reviewUrl).trimmed()};
    auto done = chosen->run(cmd.target(), request, {});
    if (!done) {
        // A bad selection is bad usage; a file that cannot be written is a failed input; the rest is the case's.
        // Bad usage is located as every usage error is, "(corroborate-cli export)", whatever the exporter put as its
        // context (a bare "export", the output path, the tag).
        if (done.error().code == ErrorCode::InvalidArgument) {
            return cmd.usageError(done.error().message);
        }
        return cmd.fail(done.error().code == ErrorCode::Io ? kExitSomeFailed : kExitCannotOpen, done.error());
    }
    if (const int orphaned = done.value().orphanedClaims; orphaned > 0) {
        // Not silent: the file holds fewer claims than the case.
        ctx.warn(QStringLiteral("%1 orphaned claim(s) left out: their text no longer matches their report's (see "
                                "`claims --orphaned`)")
                     .arg(orphaned),
                 p.value(out));
    }
    if (cmd.json()) {
        QJsonObject result{{QStringLiteral("format"), chosen->name},
                           {QStringLiteral("files"), QJsonArray::fromStringList(done.value().files)}};
        if (done.value().claims >= 0) {
            result.insert(QStringLiteral("claims"), done.value().claims);
        }
        if (done.value().originals >= 0) {
            result.insert(QStringLiteral("originals"), done.value().originals);
        }
        if (done.value().orphanedClaims > 0) {
            result.insert(QStringLiteral("orphaned_claims"), done.value().orphanedClaims);
        }
        ctx.printJson(result);
    } else {
        for (const QString& file : done.value().files) {
            ctx.out() << file << '\n';
        }
        ctx.out().flush();
    }
    return kExitOk;
}

} // namespace corrob::cli
