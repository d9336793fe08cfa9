// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CaseCommand.h"
#include "cli/Command.h"

#include <QFileInfo>
#include <QJsonObject>

namespace corrob::cli {

int runBackup(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("backup"),
                    QStringLiteral("Write a consistent copy of the case to a new file with SQLite's online backup: "
                                   "the case may be open elsewhere meanwhile. The copy is checked (it opens as a "
                                   "case and passes SQLite's check) before it gets its name; an existing file is "
                                   "never replaced."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The backup file to write (must not exist)."),
                                 QStringLiteral("PATH"));
    cmd.parser().addOption(out);
    cmd.addJsonOption();
    if (!cmd.parse(args, 1, 1)) {
        return cmd.exitCode();
    }
    const QString target = cmd.parser().value(out);
    if (target.isEmpty()) {
        return cmd.usageError(QStringLiteral("--out PATH is required: where to write the backup"));
    }
    if (!cmd.open()) {
        return cmd.exitCode();
    }
    if (auto s = cmd.target().backup(target, false); !s) {
        return cmd.fail(s.error().code == ErrorCode::Corrupt ? kExitCannotOpen : kExitSomeFailed, s.error());
    }
    const qint64 bytes = QFileInfo(target).size();
    if (cmd.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("case"), cmd.casePath()},
                                  {QStringLiteral("backup"), target},
                                  {QStringLiteral("bytes"), bytes}});
    } else {
        ctx.out() << "backed up " << cmd.casePath() << " to " << target << " (" << bytes << " bytes)" << Qt::endl;
    }
    return kExitOk;
}

} // namespace corrob::cli
