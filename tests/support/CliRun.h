// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace corrob::test {

// One run of the built corroborate-cli: exit status (-1 when it crashed or hung), stdout and stderr.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

// Runs corroborate-cli with args and waits for it (up to timeoutMs).
CliRun runCli(const QStringList& args, int timeoutMs = 120000);

// The commands `corroborate-cli --help` lists, with each family expanded ("claim add|edit|delete" gives three).
QStringList listedCommands(const QString& overview);

} // namespace corrob::test
