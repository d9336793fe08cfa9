// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// exclusions / exclude / include: list, add and remove the excluded ranges (page furniture) of a report.
#include "cli/CliContext.h"
#include "cli/Command.h"

#include <QJsonArray>
#include <QJsonObject>

namespace corrob::cli {
namespace {

// A positive integer argument, or nullopt after printing a usage error naming it.
std::optional<qint64> positiveId(CliContext& ctx, const QString& value, const QString& what, const QString& command,
                                 int* exitCode)
{
    bool isNumber = false;
    const qint64 id = value.toLongLong(&isNumber);
    if (!isNumber || id <= 0) {
        *exitCode = ctx.fail(kExitUsage, QStringLiteral("%1 must be a number such as 3 (got '%2')").arg(what, value),
                             u"corroborate-cli " + command);
        return std::nullopt;
    }
    return id;
}

QJsonObject rangeJson(ReportId report, const model::ExcludedRange& r, const QString& text)
{
    QJsonObject o{{QStringLiteral("id"), r.id.value},
                  {QStringLiteral("report"), report.value},
                  {QStringLiteral("start"), static_cast<qint64>(r.range.start)},
                  {QStringLiteral("end"), static_cast<qint64>(r.range.end)},
                  {QStringLiteral("reason"), r.range.reason},
                  {QStringLiteral("origin"), r.origin}};
    if (!text.isNull()) {
        o.insert(QStringLiteral("text"), text.mid(r.range.start, r.range.length()));
    }
    return o;
}

int failOn(CliContext& ctx, const Error& e, const QString& casePath)
{
    return ctx.fail(kExitSomeFailed, e.message, e.context.isEmpty() ? casePath : e.context + u" in " + casePath);
}

} // namespace

int runExclusions(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List the excluded ranges of a report: page furniture hidden when reading (offsets in UTF-16 code units of "
        "the working text, as 'text --all' prints it)."));
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    parser.addPositionalArgument(QStringLiteral("REPORT"), QStringLiteral("The report's id (see 'reports')."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the list as JSON."));
    parser.addOption(json);
    const QString command = QStringLiteral("exclusions");
    if (auto code = ctx.parse(parser, command, args, 2, 2)) {
        return *code;
    }
    const QString casePath = parser.positionalArguments().at(0);
    int exitCode = kExitOk;
    const auto report =
        positiveId(ctx, parser.positionalArguments().at(1), QStringLiteral("REPORT"), command, &exitCode);
    if (!report) {
        return exitCode;
    }
    auto opened = ctx.openCase(casePath, &exitCode);
    if (!opened) {
        return exitCode;
    }
    const ReportId id(*report);
    auto ranges = opened->excludedRangeList(id);
    if (!ranges) {
        return failOn(ctx, ranges.error(), casePath);
    }
    auto text = opened->reportText(id, casefile::Case::TextView::All);
    if (!text) {
        return failOn(ctx, text.error(), casePath);
    }
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const auto& r : ranges.value()) {
            list.append(rangeJson(id, r, text.value()));
        }
        ctx.printJson(list);
        return kExitOk;
    }
    for (const auto& r : ranges.value()) {
        const QString excerpt = text->mid(r.range.start, r.range.length()).simplified();
        ctx.out() << r.id.value << '\t' << r.range.start << '-' << r.range.end << '\t' << r.range.reason << '\t'
                  << (excerpt.size() > 60 ? excerpt.left(60) + QChar(0x2026) : excerpt) << '\n';
    }
    ctx.out() << ranges->size() << (ranges->size() == 1 ? " excluded range" : " excluded ranges") << Qt::endl;
    return kExitOk;
}

int runExclude(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Hide a range of a report's working text when reading (it stays in the text and the original). Offsets are "
        "UTF-16 code units of the working text, end exclusive."));
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    parser.addPositionalArgument(QStringLiteral("REPORT"), QStringLiteral("The report's id (see 'reports')."));
    const QCommandLineOption start(QStringLiteral("start"), QStringLiteral("First character of the range."),
                                   QStringLiteral("S"));
    const QCommandLineOption end(QStringLiteral("end"), QStringLiteral("Character after the range."),
                                 QStringLiteral("E"));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why it is hidden (\"navigation\")."),
                                    QStringLiteral("R"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the new range as JSON."));
    parser.addOptions({start, end, reason, json});
    const QString command = QStringLiteral("exclude");
    if (auto code = ctx.parse(parser, command, args, 2, 2)) {
        return *code;
    }
    const QString where = u"corroborate-cli " + command;
    if (!parser.isSet(start) || !parser.isSet(end)) {
        return ctx.fail(kExitUsage, QStringLiteral("--start and --end are required; see --help"), where);
    }
    bool startOk = false;
    bool endOk = false;
    const qint64 s = parser.value(start).toLongLong(&startOk);
    const qint64 e = parser.value(end).toLongLong(&endOk);
    if (!startOk || !endOk || s < 0 || e <= s) {
        return ctx.fail(kExitUsage,
                        QStringLiteral("--start and --end must be offsets with start < end (got %1 and %2)")
                            .arg(parser.value(start), parser.value(end)),
                        where);
    }
    const QString casePath = parser.positionalArguments().at(0);
    int exitCode = kExitOk;
    const auto report =
        positiveId(ctx, parser.positionalArguments().at(1), QStringLiteral("REPORT"), command, &exitCode);
    if (!report) {
        return exitCode;
    }
    auto opened = ctx.openCase(casePath, &exitCode);
    if (!opened) {
        return exitCode;
    }
    const ReportId id(*report);
    const QString why = parser.value(reason).trimmed().isEmpty() ? QStringLiteral("excluded by the investigator")
                                                                 : parser.value(reason).trimmed();
    auto added = opened->excludeRange(id, {s, e, why});
    if (!added) {
        return failOn(ctx, added.error(), casePath);
    }
    if (parser.isSet(json)) {
        ctx.printJson(rangeJson(id, added.value(), QString()));
    } else {
        ctx.out() << "excluded range " << added->id.value << " (" << s << '-' << e << ") of report " << id.value
                  << Qt::endl;
    }
    return kExitOk;
}

int runInclude(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Show an excluded range of a report again when reading (see 'exclusions' for the ids)."));
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    parser.addPositionalArgument(QStringLiteral("REPORT"), QStringLiteral("The report's id."));
    parser.addPositionalArgument(QStringLiteral("RANGE_ID"), QStringLiteral("The excluded range's id."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the removed range as JSON."));
    parser.addOption(json);
    const QString command = QStringLiteral("include");
    if (auto code = ctx.parse(parser, command, args, 3, 3)) {
        return *code;
    }
    const QString casePath = parser.positionalArguments().at(0);
    int exitCode = kExitOk;
    const auto report =
        positiveId(ctx, parser.positionalArguments().at(1), QStringLiteral("REPORT"), command, &exitCode);
    if (!report) {
        return exitCode;
    }
    const auto range =
        positiveId(ctx, parser.positionalArguments().at(2), QStringLiteral("RANGE_ID"), command, &exitCode);
    if (!range) {
        return exitCode;
    }
    auto opened = ctx.openCase(casePath, &exitCode);
    if (!opened) {
        return exitCode;
    }
    const ReportId id(*report);
    auto removed = opened->includeRange(id, ExcludedRangeId(*range));
    if (!removed) {
        return failOn(ctx, removed.error(), casePath);
    }
    if (parser.isSet(json)) {
        ctx.printJson(rangeJson(id, removed.value(), QString()));
    } else {
        ctx.out() << "included range " << removed->id.value << " (" << removed->range.start << '-' << removed->range.end
                  << ", " << removed->range.reason << ") of report " << id.value << Qt::endl;
    }
    return kExitOk;
}

} // namespace corrob::cli
