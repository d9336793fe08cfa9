// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliContext.h"
#include "cli/Command.h"

namespace corrob::cli {

int runText(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Print a report's working text, without page furniture unless --all is given."));
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    parser.addPositionalArgument(QStringLiteral("REPORT"), QStringLiteral("The report's id (see 'reports')."));
    const QCommandLineOption all(QStringLiteral("all"),
                                 QStringLiteral("Include excluded ranges: the text that claim offsets count in."));
    parser.addOption(all);
    if (auto code = ctx.parse(parser, QStringLiteral("text"), args, 2, 2)) {
        return *code;
    }
    const QString casePath = parser.positionalArguments().at(0);
    bool isNumber = false;
    const qint64 id = parser.positionalArguments().at(1).toLongLong(&isNumber);
    if (!isNumber || id <= 0) {
        return ctx.fail(kExitUsage,
                        QStringLiteral("REPORT must be a report id such as 3 (got '%1')")
                            .arg(parser.positionalArguments().at(1)),
                        QStringLiteral("corroborate-cli text"));
    }
    int exitCode = kExitOk;
    auto opened = ctx.openCase(casePath, &exitCode);
    if (!opened) {
        return exitCode;
    }
    auto text = opened->reportText(ReportId(id), parser.isSet(all) ? casefile::Case::TextView::All
                                                                   : casefile::Case::TextView::Reading);
    if (!text) {
        return ctx.fail(kExitSomeFailed, text.error().message, text.error().context + u" in " + casePath);
    }
    ctx.out() << text.value();
    if (!text->endsWith(u'\n')) {
        ctx.out() << '\n';
    }
    ctx.out().flush();
    return kExitOk;
}

} // namespace corrob::cli
