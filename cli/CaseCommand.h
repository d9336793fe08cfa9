// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliContext.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace corrob::cli {

// One command that works on a case file: its parser (CASE is always the first positional argument), the case
// once opened, and the exit status of the first failure. A command reads: options, open, do the work, print.
//
//     CaseCommand cmd(ctx, QStringLiteral("tags"), QStringLiteral("List the codebook."));
//     cmd.addJsonOption();
//     if (!cmd.open(args, 1, 1)) {
//         return cmd.exitCode(); // 0 after --help, 2 on bad usage, 3 when the case cannot be opened
//     }
//
// A command that checks its options calls parse(), checks, then open(): bad usage (exit 2) is reported before
// the case file is touched.
class CaseCommand
{
public:
    // name is what follows "corroborate-cli" ("claim edit"); description heads its --help.
    CaseCommand(CliContext& ctx, QString name, const QString& description);

    CliContext& context() { return m_ctx; }
    QCommandLineParser& parser() { return m_parser; }
    const QCommandLineParser& parser() const { return m_parser; }

    // Adds --json; json() says whether it was given.
    void addJsonOption(const QString& description = QStringLiteral("Print the result as JSON."));
    [[nodiscard]] bool json() const;

    // Parses args (program name first) and opens the case: false when the command must stop and return
    // exitCode().
    [[nodiscard]] bool open(const QStringList& args, int minPositional, int maxPositional);
    // The two halves of open(args, ...), for a command that checks its options in between. maxPositional < 0:
    // no limit.
    [[nodiscard]] bool parse(const QStringList& args, int minPositional, int maxPositional);
    [[nodiscard]] bool open();

    [[nodiscard]] int exitCode() const { return m_exitCode; }
    // The open case; only after open() returned true.
    [[nodiscard]] casefile::Case& target() { return *m_case; }
    [[nodiscard]] QString casePath() const { return positional(0); }
    // Positional argument index (0 is CASE), or an empty string when there is none.
    [[nodiscard]] QString positional(int index) const { return m_parser.positionalArguments().value(index); }
    // The option's value when it was given: what a change leaves alone is nullopt, an empty value clears.
    [[nodiscard]] std::optional<QString> valueIfSet(const QCommandLineOption& option) const;
    [[nodiscard]] std::optional<QString> valueIfSet(const QString& optionName) const;

    // "corroborate-cli <name>": where a usage error is reported.
    [[nodiscard]] QString where() const;
    // Prints "error: <what> (corroborate-cli <name>)" and returns exit status 2.
    int usageError(const QString& what);
    // A positive id such as "7"; nullopt after a usage error naming what ("CLAIM", "--report").
    std::optional<qint64> id(const QString& text, const QString& what);
    std::optional<qint64> idArgument(int index, const QString& what) { return id(positional(index), what); }
    // Prints "error: <what> (<where>)" and returns code, which exitCode() then returns too.
    int fail(int code, const QString& what, const QString& where);
    int fail(int code, const Error& error);
    // A failure of one input in an open case (exit 1), located "<where> in <case file>".
    int inputFailed(const Error& error);

private:
    CliContext& m_ctx;
    QString m_name;
    QCommandLineParser m_parser;
    std::optional<QCommandLineOption> m_json;
    std::unique_ptr<casefile::Case> m_case;
    int m_exitCode = kExitOk;
};

} // namespace corrob::cli
