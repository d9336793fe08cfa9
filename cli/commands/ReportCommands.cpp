// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// report set: correct what the import inferred about a report; report delete and purge: remove a report imported
// by mistake (kept until purged), and purge deleted reports for good.
#include "cli/CaseCommand.h"
#include "cli/Command.h"
#include "cli/EditCommands.h"

#include "core/case/Case.h"
#include "core/case/edits/ReportEdits.h"

#include <QJsonArray>

namespace corrob::cli {
namespace {

int runReportSet(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("report set"),
                    QStringLiteral("Correct a report's metadata; what is not given stays as it is, an empty value "
                                   "clears a field. An outlet or republisher that names no source yet becomes a new "
                                   "media source."));
    QCommandLineParser& parser = cmd.parser();
    parser.addPositionalArgument(QStringLiteral("REPORT"), QStringLiteral("The report's id (see 'reports')."));
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("The headline."), QStringLiteral("S"));
    const QCommandLineOption outlet(QStringLiteral("outlet"), QStringLiteral("Who published it."), QStringLiteral("S"));
    const QCommandLineOption republisher(QStringLiteral("republished-by"),
                                         QStringLiteral("A site that republished another outlet's article."),
                                         QStringLiteral("S"));
    const QCommandLineOption author(QStringLiteral("author"), QStringLiteral("Who wrote it."), QStringLiteral("S"));
    const QCommandLineOption translation(QStringLiteral("translation-credit"), QStringLiteral("Who translated it."),
                                         QStringLiteral("S"));
    const QCommandLineOption published(QStringLiteral("published"),
                                       QStringLiteral("When: 2022, 2022-08, 2022-08-04 or 2022-08-04T10:30Z."),
                                       QStringLiteral("DATE"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("A BCP 47 code: en, uk, pt-BR."),
                                      QStringLiteral("L"));
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("Where it was published."), QStringLiteral("U"));
    parser.addOptions({title, outlet, republisher, author, translation, published, language, url});
    cmd.addJsonOption(QStringLiteral("Print the report as JSON."));
    if (!cmd.parse(args, 2, 2)) {
        return cmd.exitCode();
    }
    const auto id = cmd.idArgument(1, QStringLiteral("REPORT"));
    if (!id) {
        return cmd.exitCode();
    }
    casefile::ReportMetadataChanges changes;
    changes.title = cmd.valueIfSet(title);
    changes.outlet = cmd.valueIfSet(outlet);
    changes.republishedBy = cmd.valueIfSet(republisher);
    changes.author = cmd.valueIfSet(author);
    changes.translationCredit = cmd.valueIfSet(translation);
    changes.published = cmd.valueIfSet(published);
    changes.language = cmd.valueIfSet(language);
    changes.url = cmd.valueIfSet(url);
    if (changes.isEmpty()) {
        return cmd.usageError(QStringLiteral("nothing to change: give --title, --outlet, --republished-by, --author, "
                                             "--translation-credit, --published, --language or --url"));
    }
    // A bad date, language or URL is bad usage: say which option, before the case is opened.
    for (const auto& [option, field] : {std::pair{&published, &casefile::ReportMetadataChanges::published},
                                        std::pair{&language, &casefile::ReportMetadataChanges::language},
                                        std::pair{&url, &casefile::ReportMetadataChanges::url}}) {
        casefile::ReportMetadataChanges one;
        one.*field = changes.*field;
        const QString where = cmd.where() + u" --" + option->names().constFirst();
        if (auto checked = casefile::checkReportMetadataChanges(one, where); !checked) {
            return cmd.fail(kExitUsage, checked.error());
        }
    }
    if (!cmd.open()) {
        return cmd.exitCode();
    }
    casefile::EditReportMetadata edit(ReportId(*id), changes);
    if (int code = applyEdit(ctx, cmd.target(), edit); code != kExitOk) {
        return code;
    }
    auto report = cmd.target().report(ReportId(*id));
    if (!report) {
        return cmd.fail(kExitCannotOpen, report.error());
    }
    if (cmd.json()) {
        ctx.printJson(reportJson(report.value()));
        return kExitOk;
    }
    const model::ReportMetadata& m = report->metadata;
    ctx.out() << "report " << *id << ": " << m.title;
    if (!m.outlet.isEmpty()) {
        ctx.out() << " \u2014 " << m.outlet;
    }
    if (m.published.isKnown()) {
        ctx.out() << ", " << m.published.iso;
    }
    ctx.out() << Qt::endl;
    for (const model::Source& s : edit.createdSources()) {
        ctx.out() << "new media source " << s.id.value << ": " << s.name << Qt::endl;
    }
    return kExitOk;
}

int runReportDelete(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("report delete"),
                    QStringLiteral("Delete a report with its claims, their links, tags and notes (recorded in the "
                                   "audit log). A new version gives its claims back to the earlier version instead. "
                                   "The original is kept until 'report purge'."));
    cmd.parser().addPositionalArgument(QStringLiteral("REPORT"), QStringLiteral("The report's id (see 'reports')."));
    cmd.addJsonOption();
    if (!cmd.parse(args, 2, 2)) {
        return cmd.exitCode();
    }
    const auto id = cmd.idArgument(1, QStringLiteral("REPORT"));
    if (!id || !cmd.open()) {
        return cmd.exitCode();
    }
    casefile::DeleteReports del({ReportId(*id)});
    if (int code = applyEdit(ctx, cmd.target(), del); code != kExitOk) {
        return code;
    }
    QJsonObject done = del.summary().value(QStringLiteral("reports")).toArray().at(0).toObject();
    done.remove(QStringLiteral("report"));
    done.insert(QStringLiteral("deleted"), *id);
    done.insert(QStringLiteral("sources"), del.summary().value(QStringLiteral("sources"))); // outlets only it used
    if (cmd.json()) {
        ctx.printJson(done);
        return kExitOk;
    }
    ctx.out() << "deleted report " << *id << ": " << done.value(QStringLiteral("title")).toString() << Qt::endl;
    const auto count = [&](const char* key) {
        return done.value(QString::fromLatin1(key)).toArray().size();
    };
    ctx.out() << "  claims deleted: " << count("claims") << ", links deleted: " << count("links")
              << ", notes deleted: " << count("notes") << Qt::endl;
    if (const QJsonValue to = done.value(QStringLiteral("moved_to")); !to.isNull()) {
        ctx.out() << "  claims given back to the earlier version, report " << to.toInteger() << ": " << count("moved")
                  << Qt::endl;
    }
    ctx.out() << "  the original is kept until 'corroborate-cli report purge'" << Qt::endl;
    return kExitOk;
}

int runReportPurge(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("report purge"),
                    QStringLiteral("Remove deleted reports for good: their originals, texts and excluded ranges "
                                   "(recorded in the audit log). Cannot be undone."));
    cmd.parser().addPositionalArgument(QStringLiteral("REPORT"),
                                       QStringLiteral("A deleted report's id; without it, every deleted report."),
                                       QStringLiteral("[REPORT]"));
    cmd.addJsonOption();
    if (!cmd.parse(args, 1, 2)) {
        return cmd.exitCode();
    }
    std::vector<ReportId> which;
    if (!cmd.positional(1).isEmpty()) {
        const auto id = cmd.idArgument(1, QStringLiteral("REPORT"));
        if (!id) {
            return cmd.exitCode();
        }
        which.emplace_back(*id);
    }
    if (!cmd.open()) {
        return cmd.exitCode();
    }
    auto purged = cmd.target().purgeDeletedReports(which);
    if (!purged) {
        return cmd.fail(exitCodeFor(purged.error()), purged.error());
    }
    if (cmd.json()) {
        QJsonArray list;
        for (const auto& r : purged.value()) {
            list.append(QJsonObject{{QStringLiteral("report"), r.id.value},
                                    {QStringLiteral("title"), r.title},
                                    {QStringLiteral("sha256"), r.sha256}});
        }
        ctx.printJson(QJsonObject{{QStringLiteral("purged"), list}});
        return kExitOk;
    }
    if (purged->empty()) {
        ctx.out() << "no deleted report to purge" << Qt::endl;
    }
    for (const auto& r : purged.value()) {
        ctx.out() << "purged report " << r.id.value << ": " << r.title << Qt::endl;
    }
    return kExitOk;
}

} // namespace

int runReport(CliContext& ctx, const QStringList& args)
{
    static const QList<Subcommand> subs = {
        {QStringLiteral("set"),
         QStringLiteral("set CASE REPORT [--title S] [--outlet S] [--republished-by S] [--author S] "
                        "[--translation-credit S] [--published DATE] [--language L] [--url U] [--json]"),
         runReportSet},
        {QStringLiteral("delete"), QStringLiteral("delete CASE REPORT [--json]"), runReportDelete},
        {QStringLiteral("purge"), QStringLiteral("purge CASE [REPORT] [--json]"), runReportPurge},
    };
    return runSubcommand(ctx, QStringLiteral("report"), args, subs);
}

} // namespace corrob::cli
