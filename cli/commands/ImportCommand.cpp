// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CaseCommand.h"
#include "cli/Command.h"

#include "core/case/ImportService.h"
#include "core/case/edits/ReportEdits.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace corrob::cli {
namespace {

QJsonObject importedJson(const casefile::ImportedFile& f)
{
    QJsonArray ranges;
    for (const model::TextRange& r : f.excludedRanges) {
        ranges.append(QJsonObject{
            {QStringLiteral("start"), r.start}, {QStringLiteral("end"), r.end}, {QStringLiteral("reason"), r.reason}});
    }
    const model::ReportMetadata& m = f.report.metadata;
    return {{QStringLiteral("file"), f.file},
            {QStringLiteral("report"), f.report.id.value},
            {QStringLiteral("title"), m.title},
            {QStringLiteral("outlet"), jsonText(m.outlet)},
            {QStringLiteral("published"), jsonText(m.published.iso)},
            {QStringLiteral("language"), jsonText(m.language)},
            {QStringLiteral("sha256"), f.report.sha256},
            {QStringLiteral("chars"), f.report.chars},
            {QStringLiteral("excluded_ranges"), ranges},
            {QStringLiteral("author"), jsonText(m.author)},
            {QStringLiteral("republished_by"), jsonText(m.republishedBy)},
            {QStringLiteral("translation_credit"), jsonText(m.translationCredit)},
            {QStringLiteral("near_duplicate_of"), f.report.nearDuplicateOf.isValid()
                                                      ? QJsonValue(f.report.nearDuplicateOf.value)
                                                      : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(f.warnings)},
            {QStringLiteral("previous_version"), f.report.previousVersion.isValid()
                                                     ? QJsonValue(f.report.previousVersion.value)
                                                     : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("reanchored"), QJsonObject{{QStringLiteral("position"), f.reanchored.position},
                                                       {QStringLiteral("quote"), f.reanchored.quote},
                                                       {QStringLiteral("fuzzy"), f.reanchored.fuzzy},
                                                       {QStringLiteral("orphaned"), f.reanchored.orphaned}}}};
}

} // namespace

int runImport(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(
        ctx, QStringLiteral("import"),
        QStringLiteral("Import files, or every file in folders, into a case. Each file is read on its own: a file "
                       "that fails is reported and the others still import. They are stored in batches of up to 512: "
                       "should the disk fill up, the batch being stored is left out whole, and importing again stores "
                       "the rest. Files identical to a report already in the case are skipped. A changed version of a "
                       "report in the case (same URL, or same file name and much of the same text) is stored as a new "
                       "version and its claims move to it, re-anchored; those that cannot be placed are flagged "
                       "orphaned (see claims --orphaned)."));
    QCommandLineParser& parser = cmd.parser();
    parser.addPositionalArgument(QStringLiteral("FILE|DIR"), QStringLiteral("Files or folders to import."),
                                 QStringLiteral("FILE|DIR..."));
    const QCommandLineOption outlet(QStringLiteral("outlet"), QStringLiteral("Who published these reports."),
                                    QStringLiteral("O"));
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("Where the report was published."),
                                 QStringLiteral("U"));
    const QCommandLineOption published(QStringLiteral("published"),
                                       QStringLiteral("Publication date: 2022, 2022-04, 2022-04-07 or a date-time."),
                                       QStringLiteral("DATE"));
    parser.addOptions({outlet, url, published});
    cmd.addJsonOption();
    if (!cmd.parse(args, 2, -1)) {
        return cmd.exitCode();
    }
    casefile::ImportOptions options;
    options.outlet = parser.value(outlet).trimmed();
    options.url = parser.value(url).trimmed();
    if (const Status checked = casefile::checkReportUrl(options.url, QStringLiteral("--url")); !checked.ok()) {
        return cmd.usageError(checked.error().message);
    }
    if (parser.isSet(published)) {
        options.published = model::PartialDate::fromIso(parser.value(published));
        if (!options.published.isKnown()) {
            return cmd.usageError(
                QStringLiteral("--published must be a date such as 2022, 2022-04 or 2022-04-07 (got '%1')")
                    .arg(parser.value(published)));
        }
    }
    QStringList positional = parser.positionalArguments();
    positional.removeFirst(); // CASE
    // A URL names one document; given to a batch it would make every file a new version of the one before.
    if (!options.url.isEmpty() && (positional.size() > 1 || QFileInfo(positional.constFirst()).isDir())) {
        return cmd.usageError(QStringLiteral("--url names one report: import one file at a time with --url"));
    }
    if (!cmd.open()) {
        return cmd.exitCode();
    }
    casefile::ImportService service(cmd.target());
    const casefile::ImportOutcome outcome = service.importPaths(positional, options);

    if (cmd.json()) {
        QJsonArray imported;
        QJsonArray skipped;
        QJsonArray failed;
        for (const auto& f : outcome.imported) {
            imported.append(importedJson(f));
        }
        for (const auto& s : outcome.skipped) {
            // "report": the report a duplicate repeats; null for a file skipped for what it is.
            const QJsonValue report = s.report.isValid() ? QJsonValue(s.report.value) : QJsonValue();
            skipped.append(QJsonObject{{QStringLiteral("file"), s.file},
                                       {QStringLiteral("reason"), s.reason},
                                       {QStringLiteral("report"), report}});
        }
        for (const auto& f : outcome.failed) {
            failed.append(QJsonObject{{QStringLiteral("file"), f.file}, {QStringLiteral("error"), f.error}});
        }
        ctx.printJson(QJsonObject{{QStringLiteral("imported"), imported},
                                  {QStringLiteral("skipped"), skipped},
                                  {QStringLiteral("failed"), failed}});
    } else {
        for (const auto& f : outcome.imported) {
            ctx.out() << "imported " << f.file << " as report " << f.report.id.value << ": " << f.report.metadata.title;
            if (f.report.nearDuplicateOf.isValid()) {
                ctx.out() << " (near-duplicate of report " << f.report.nearDuplicateOf.value << ')';
            }
            if (f.report.previousVersion.isValid()) {
                const casefile::ReanchorCounts& n = f.reanchored;
                ctx.out() << " (new version of report " << f.report.previousVersion.value << "; " << n.total()
                          << (n.total() == 1 ? " claim moved: " : " claims moved: ") << n.position << " in place, "
                          << n.quote << " by quote, " << n.fuzzy << " by approximate quote, " << n.orphaned
                          << " orphaned)";
            }
            ctx.out() << '\n';
        }
        for (const auto& s : outcome.skipped) {
            ctx.out() << "skipped " << s.file << ": " << s.reason;
            if (s.report.isValid()) {
                ctx.out() << " of report " << s.report.value; // a duplicate names the report it duplicates
            }
            ctx.out() << '\n';
        }
        ctx.out() << outcome.imported.size() << " imported, " << outcome.skipped.size() << " skipped, "
                  << outcome.failed.size() << " failed" << Qt::endl;
    }
    for (const auto& f : outcome.failed) {
        ctx.fail(kExitSomeFailed, f.error, f.file);
    }
    return outcome.failed.empty() ? kExitOk : kExitSomeFailed;
}

} // namespace corrob::cli
