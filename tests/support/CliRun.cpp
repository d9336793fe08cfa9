// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/CliRun.h"

#include "tests/support/TestPaths.h"

#include <QProcess>

namespace corrob::test {

CliRun runCli(const QStringList& args, int timeoutMs)
{
    QProcess p;
    p.setProgram(cliPath());
    p.setArguments(args);
    p.start();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, QString::fromUtf8(p.readAllStandardOutput()), QStringLiteral("corroborate-cli did not finish")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QStringList listedCommands(const QString& overview)
{
    QStringList commands;
    const QString listing = overview.section(QStringLiteral("commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    for (const QString& line : listing.split(u'\n')) {
        if (!line.startsWith(QStringLiteral("  ")) || line.at(2).isSpace()) {
            continue; // a summary put on its own line
        }
        const QStringList words = line.trimmed().split(u' ');
        const bool hasSubcommand = words.size() > 1 && words.at(1).at(0).isLower();
        if (!hasSubcommand) {
            commands.append(words.at(0));
            continue;
        }
        for (const QString& sub : words.at(1).split(u'|')) {
            commands.append(words.at(0) + u' ' + sub);
        }
    }
    return commands;
}

} // namespace corrob::test
