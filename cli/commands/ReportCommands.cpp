// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// report set: correct what the import inferred about a report.
#include "cli/CliContext.h"
#include "cli/Command.h"
#include "cli/EditCommands.h"

#include "core/case/edits/ReportEdits.h"

namespace corrob::cli {
namespace {

int runReportSet(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Correct a report's metadata; what is not given stays as it is, an empty value clears a field. An outlet or "
        "republisher that names no source yet becomes a new media source."));
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    parser.addPositionalArgument(QStringLiteral("REPORT"), QStringLiteral("The report's id (see 'reports')."));
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("The headline."), QStringLiteral("S"));
    const QCommandLineOption outlet(QStringLiteral("outlet"), QStringLiteral("Who published it."),
                                    QStringLiteral("S"));
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
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("Where it was published."),
                                 QStringLiteral("U"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the report as JSON."));
    parser.addOptions({title, outlet, republisher, author, translation, published, language, url, json});
    const QString command = QStringLiteral("report set");
    if (auto code = ctx.parse(parser, command, args, 2, 2)) {
        return *code;
    }
    int exitCode = kExitOk;
    const auto id = parseId(ctx, parser.positionalArguments().at(1), QStringLiteral("REPORT"), command, &exitCode);
    if (!id) {
        return exitCode;
    }
    casefile::ReportMetadataChanges changes;
    auto take = [&parser](const QCommandLineOption& option, std::optional<QString>& field) {
        if (parser.isSet(option)) {
            field = parser.value(option);
        }
    };
    take(title, changes.title);
    take(outlet, changes.outlet);
    take(republisher, changes.republishedBy);
    take(author, changes.author);
    take(translation, changes.translationCredit);
    take(published, changes.published);
    take(language, changes.language);
    take(url, changes.url);
    if (changes.isEmpty()) {
        return ctx.fail(kExitUsage,
                        QStringLiteral("nothing to change: give --title, --outlet, --republished-by, --author, "
                                       "--translation-credit, --published, --language or --url"),
                        QStringLiteral("corroborate-cli report set"));
    }
    // A bad date, language or URL is bad usage: say which option, before the case is opened.
    for (const auto& [option, field] : {std::pair{&published, &casefile::ReportMetadataChanges::published},
                                        std::pair{&language, &casefile::ReportMetadataChanges::language},
                                        std::pair{&url, &casefile::ReportMetadataChanges::url}}) {
        casefile::ReportMetadataChanges one;
        one.*field = changes.*field;
        const QString where = QStringLiteral("corroborate-cli report set --") + option->names().constFirst();
        if (auto checked = casefile::checkReportMetadataChanges(one, where); !checked) {
            return ctx.fail(kExitUsage, checked.error());
        }
    }
    auto opened = ctx.openCase(parser.positionalArguments().constFirst(), &exitCode);
    if (!opened) {
        return exitCode;
    }
    casefile::EditReportMetadata edit(ReportId(*id), changes);
    if (int code = applyEdit(ctx, *opened, edit); code != kExitOk) {
        return code;
    }
    auto report = opened->report(ReportId(*id));
    if (!report) {
        return ctx.fail(kExitCannotOpen, report.error());
    }
    if (parser.isSet(json)) {
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

} // namespace

int runReport(CliContext& ctx, const QStringList& args)
{
    static const QList<Subcommand> subs = {
        {QStringLiteral("set"),
         QStringLiteral("set CASE REPORT [--title S] [--outlet S] [--republished-by S] [--author S] "
                        "[--translation-credit S] [--published DATE] [--language L] [--url U] [--json]"),
         runReportSet},
    };
    return runSubcommand(ctx, QStringLiteral("report"), args, subs);
}

} // namespace corrob::cli
