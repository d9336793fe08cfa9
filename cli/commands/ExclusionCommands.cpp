// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// exclusions / exclude / include: list, add and remove the excluded ranges (page furniture) of a report.
#include "cli/CaseCommand.h"
#include "cli/Command.h"
#include "cli/EditCommands.h"

#include "core/case/edits/ReportEdits.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace corrob::cli {
namespace {

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

} // namespace

int runExclusions(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("exclusions"),
                    QStringLiteral("List the excluded ranges of a report: page furniture hidden when reading "
                                   "(offsets in UTF-16 code units of the working text, as 'text --all' prints it)."));
    cmd.parser().addPositionalArgument(QStringLiteral("REPORT"), QStringLiteral("The report's id (see 'reports')."));
    cmd.addJsonOption(QStringLiteral("Print the list as JSON."));
    if (!cmd.parse(args, 2, 2)) {
        return cmd.exitCode();
    }
    const auto report = cmd.idArgument(1, QStringLiteral("REPORT"));
    if (!report || !cmd.open()) {
        return cmd.exitCode();
    }
    const ReportId id(*report);
    auto ranges = cmd.target().excludedRangeList(id);
    if (!ranges) {
        return cmd.inputFailed(ranges.error());
    }
    auto text = cmd.target().reportText(id, casefile::Case::TextView::All);
    if (!text) {
        return cmd.inputFailed(text.error());
    }
    if (cmd.json()) {
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
    CaseCommand cmd(ctx, QStringLiteral("exclude"),
                    QStringLiteral("Hide a range of a report's working text when reading (it stays in the text and "
                                   "the original). Offsets are UTF-16 code units of the working text, end exclusive."));
    QCommandLineParser& parser = cmd.parser();
    parser.addPositionalArgument(QStringLiteral("REPORT"), QStringLiteral("The report's id (see 'reports')."));
    const QCommandLineOption start(QStringLiteral("start"), QStringLiteral("First character of the range."),
                                   QStringLiteral("S"));
    const QCommandLineOption end(QStringLiteral("end"), QStringLiteral("Character after the range."),
                                 QStringLiteral("E"));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why it is hidden (\"navigation\")."),
                                    QStringLiteral("R"));
    parser.addOptions({start, end, reason});
    cmd.addJsonOption(QStringLiteral("Print the new range as JSON."));
    if (!cmd.parse(args, 2, 2)) {
        return cmd.exitCode();
    }
    if (!parser.isSet(start) || !parser.isSet(end)) {
        return cmd.usageError(QStringLiteral("--start and --end are required; see --help"));
    }
    bool startOk = false;
    bool endOk = false;
    const qint64 s = parser.value(start).toLongLong(&startOk);
    const qint64 e = parser.value(end).toLongLong(&endOk);
    if (!startOk || !endOk || s < 0 || e <= s) {
        return cmd.usageError(QStringLiteral("--start and --end must be offsets with start < end (got %1 and %2)")
                                  .arg(parser.value(start), parser.value(end)));
    }
    const auto report = cmd.idArgument(1, QStringLiteral("REPORT"));
    if (!report || !cmd.open()) {
        return cmd.exitCode();
    }
    const ReportId id(*report);
    const QString why = parser.value(reason).trimmed().isEmpty() ? QStringLiteral("excluded by the investigator")
                                                                 : parser.value(reason).trimmed();
    casefile::ExcludeRange edit(id, {s, e, why});
    if (int code = applyEdit(ctx, cmd.target(), edit); code != kExitOk) {
        return code;
    }
    const model::ExcludedRange& added = edit.range();
    if (cmd.json()) {
        ctx.printJson(rangeJson(id, added, QString()));
    } else {
        ctx.out() << "excluded range " << added.id.value << " (" << s << '-' << e << ") of report " << id.value
                  << Qt::endl;
    }
    return kExitOk;
}

int runInclude(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(
        ctx, QStringLiteral("include"),
        QStringLiteral("Show an excluded range of a report again when reading (see 'exclusions' for the ids)."));
    cmd.parser().addPositionalArgument(QStringLiteral("REPORT"), QStringLiteral("The report's id."));
    cmd.parser().addPositionalArgument(QStringLiteral("RANGE_ID"), QStringLiteral("The excluded range's id."));
    cmd.addJsonOption(QStringLiteral("Print the removed range as JSON."));
    if (!cmd.parse(args, 3, 3)) {
        return cmd.exitCode();
    }
    const auto report = cmd.idArgument(1, QStringLiteral("REPORT"));
    if (!report) {
        return cmd.exitCode();
    }
    const auto range = cmd.idArgument(2, QStringLiteral("RANGE_ID"));
    if (!range || !cmd.open()) {
        return cmd.exitCode();
    }
    const ReportId id(*report);
    // The range as it was, for the output: the edit removes it.
    std::optional<model::ExcludedRange> removed;
    if (auto ranges = cmd.target().excludedRangeList(id)) {
        for (const model::ExcludedRange& r : ranges.value()) {
            if (r.id.value == *range) {
                removed = r;
            }
        }
    }
    casefile::IncludeRange edit(id, ExcludedRangeId(*range));
    if (int code = applyEdit(ctx, cmd.target(), edit); code != kExitOk) {
        return code;
    }
    if (!removed) { // put back by another process between the read and the edit: only its id is known
        removed.emplace();
        removed->id = ExcludedRangeId(*range);
    }
    if (cmd.json()) {
        ctx.printJson(rangeJson(id, *removed, QString()));
    } else {
        ctx.out() << "included range " << removed->id.value << " (" << removed->range.start << '-' << removed->range.end
                  << ", " << removed->range.reason << ") of report " << id.value << Qt::endl;
    }
    return kExitOk;
}

} // namespace corrob::cli
