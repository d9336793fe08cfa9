// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CaseCommand.h"
#include "cli/Command.h"

namespace corrob::cli {

int runText(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("text"),
                    QStringLiteral("Print a report's working text, without page furniture unless --all is given."));
    cmd.parser().addPositionalArgument(QStringLiteral("REPORT"), QStringLiteral("The report's id (see 'reports')."));
    const QCommandLineOption all(QStringLiteral("all"),
                                 QStringLiteral("Include excluded ranges: the text that claim offsets count in."));
    cmd.parser().addOption(all);
    if (!cmd.parse(args, 2, 2)) {
        return cmd.exitCode();
    }
    const auto id = cmd.idArgument(1, QStringLiteral("REPORT"));
    if (!id || !cmd.open()) {
        return cmd.exitCode();
    }
    auto text = cmd.target().reportText(ReportId(*id), cmd.parser().isSet(all) ? casefile::Case::TextView::All
                                                                               : casefile::Case::TextView::Reading);
    if (!text) {
        return cmd.inputFailed(text.error());
    }
    // Exactly the working text, no final newline added: a client compares it, or its length, with what `reports
    // --json` says ("chars") and counts claim offsets in it.
    ctx.out() << text.value();
    ctx.out().flush();
    return kExitOk;
}

} // namespace corrob::cli
