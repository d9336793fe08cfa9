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

} // namespace corrob::test
