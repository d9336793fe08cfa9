// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace corrob::cli {

class CliContext;

// One corroborate-cli command. args holds the program name followed by the command's own arguments, as
// QCommandLineParser expects.
struct Command
{
    QString name;
    QString usage;   // the command and its arguments, as the overview lists it
    QString summary; // what it does, in a few words
    int (*run)(CliContext& ctx, const QStringList& args);
};

// Every command, in the order the overview lists them.
const QList<Command>& commands();

int runNew(CliContext& ctx, const QStringList& args);
int runImport(CliContext& ctx, const QStringList& args);
int runReports(CliContext& ctx, const QStringList& args);
int runText(CliContext& ctx, const QStringList& args);
int runVerify(CliContext& ctx, const QStringList& args);
int runBackup(CliContext& ctx, const QStringList& args);
int runAnalyze(CliContext& ctx, const QStringList& args);
// Sentences, figures and attributions of a report (cli/commands/ExtractCommand.cpp).
int runExtract(CliContext& ctx, const QStringList& args);
// Claims, links, sources, tags and notes (cli/commands/{Claim,Link,Source,Tag,Note}Commands.cpp).
int runClaim(CliContext& ctx, const QStringList& args);
int runClaims(CliContext& ctx, const QStringList& args);
int runLink(CliContext& ctx, const QStringList& args);
int runUnlink(CliContext& ctx, const QStringList& args);
int runLinks(CliContext& ctx, const QStringList& args);
int runLinkEdit(CliContext& ctx, const QStringList& args);
// report set (cli/commands/ReportCommands.cpp).
int runReport(CliContext& ctx, const QStringList& args);
int runSource(CliContext& ctx, const QStringList& args);
int runSources(CliContext& ctx, const QStringList& args);
int runTag(CliContext& ctx, const QStringList& args);
int runTags(CliContext& ctx, const QStringList& args);
int runNote(CliContext& ctx, const QStringList& args);
int runNotes(CliContext& ctx, const QStringList& args);
int runExclusions(CliContext& ctx, const QStringList& args);
int runExclude(CliContext& ctx, const QStringList& args);
int runInclude(CliContext& ctx, const QStringList& args);
// export (cli/commands/ExportCommand.cpp): every export format is dispatched there; the exchange imports
// (cli/commands/ExchangeImportCommands.cpp).
int runExport(CliContext& ctx, const QStringList& args);
int runImportAnnotations(CliContext& ctx, const QStringList& args);
int runImportBundle(CliContext& ctx, const QStringList& args);
// search, reindex (cli/commands/SearchCommands.cpp).
int runSearch(CliContext& ctx, const QStringList& args);
int runReindex(CliContext& ctx, const QStringList& args);
// entities, entity (cli/commands/EntityCommands.cpp).
int runEntities(CliContext& ctx, const QStringList& args);
int runEntity(CliContext& ctx, const QStringList& args);
// stance (cli/commands/StanceCommand.cpp): FNC-1 CSV in and out, no case.
int runStance(CliContext& ctx, const QStringList& args);
// suggest, suggest accept|dismiss (cli/commands/SuggestCommands.cpp).
int runSuggest(CliContext& ctx, const QStringList& args);

} // namespace corrob::cli
