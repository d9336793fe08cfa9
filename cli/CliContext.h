// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Case.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QTextStream>

#include <optional>

namespace corrob::cli {

// Exit statuses of corroborate-cli (a contract: product.md section 3).
enum ExitCode : int
{
    kExitOk = 0,
    kExitSomeFailed = 1, // some inputs failed; the rest were processed
    kExitUsage = 2,
    kExitCannotOpen = 3,
};

// What every command shares: the output streams, error reporting and argument parsing. A command that works on
// a case opens it through CaseCommand (cli/CaseCommand.h).
class CliContext
{
public:
    CliContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Prints "error: <what> (<where>)" on stderr and returns code, so a command can `return ctx.fail(...)`.
    int fail(int code, const QString& what, const QString& where = {});
    int fail(int code, const Error& error);
    // Prints "warning: <what> (<where>)" on stderr: something went wrong and the command goes on (its exit status
    // is not changed by it).
    void warn(const QString& what, const QString& where = {});
    void warn(const Error& error) { warn(error.message, error.context); }

    // Parses a command's arguments; on bad usage prints the error (and how to get help) and returns kExitUsage.
    std::optional<int> parse(QCommandLineParser& parser, const QString& command, const QStringList& args,
                             int minPositional, int maxPositional);

    // Who the audit log records: settings "audit/actor", else the login name.
    casefile::CaseOptions caseOptions() const;

    // Writes a JSON document (object or array) and a newline to stdout.
    void printJson(const QJsonValue& value);

private:
    QTextStream m_out;
    QTextStream m_err;
};

// A JSON string, or null for an empty one: the contract's keys are always present.
QJsonValue jsonText(const QString& text);

} // namespace corrob::cli
