// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the commands that change claims, sources, links, tags and notes share: subcommand dispatch, id and option
// parsing, applying one Edit, and the JSON shapes of the contract (product.md section 3).
#pragma once

#include "cli/CaseCommand.h"

#include "core/model/Claim.h"
#include "core/model/Link.h"
#include "core/model/Note.h"
#include "core/model/Report.h"
#include "core/model/Source.h"
#include "core/model/Tag.h"

#include <QHash>
#include <QJsonObject>

#include <optional>
#include <vector>

namespace corrob::casefile {
class Edit;
}

namespace corrob::cli {

// One subcommand of a command family ("claim add", "tag move").
struct Subcommand
{
    QString name;
    QString synopsis;
    int (*run)(CliContext& ctx, const QStringList& args);
};

// Runs the subcommand named by args[1] with args[1] removed; prints the family's subcommands on --help or when
// the name is missing or unknown (exit 2).
int runSubcommand(CliContext& ctx, const QString& family, const QStringList& args, const QList<Subcommand>& subs);

// Applies one edit and reports a failure as "error: <what> (<where>)": bad input (not found, refused) exits 1;
// a case that cannot be written exits 3.
int applyEdit(CliContext& ctx, casefile::Case& target, casefile::Edit& edit);
// The exit status for an error from core: 1 for refused input, 3 when the case itself failed.
int exitCodeFor(const Error& error);

// A case's sources and codebook, loaded once, for printing names instead of ids.
struct NameIndex
{
    QHash<qint64, QString> sources;
    std::vector<model::Tag> tags;

    static Result<NameIndex> load(casefile::Case& target);
    [[nodiscard]] QJsonValue sourceName(SourceId id) const;
    [[nodiscard]] QString tagPath(TagId id) const;
};

// The contract's claim object: id, report, start, end, quote, statement, source (name or null), kind, tags
// (paths), credibility (1-6 or null), plus source_id, prefix, suffix, orphaned.
QJsonObject claimJson(const model::Claim& claim, const NameIndex& names);
QJsonObject linkJson(const model::Link& link);
QJsonObject sourceJson(const model::Source& source, const NameIndex& names);
QJsonObject noteJson(const model::Note& note);
// The report object of 'reports --json' and 'report set --json' (cli/commands/ReportsCommand.cpp).
QJsonObject reportJson(const model::ReportSummary& report);

// Finds a tag by id ("4") or path ("Violence/Shelling") in the command's open case; prints the error (exit 1)
// when there is none.
std::optional<TagId> resolveTag(CaseCommand& cmd, const QString& text);
// Finds a source by id ("4") or name/alias in the command's open case; prints the error (exit 1) when there is
// none.
std::optional<SourceId> resolveSource(CaseCommand& cmd, const QString& text);

} // namespace corrob::cli
