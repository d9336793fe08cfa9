// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tag add|rename|edit|move|merge|delete, tags.
#include "cli/CliContext.h"
#include "cli/Command.h"
#include "cli/EditCommands.h"

#include "core/case/CaseReader.h"
#include "core/case/edits/TagEdits.h"

#include <QJsonArray>

#include <memory>

namespace corrob::cli {
namespace {

const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Print the result as JSON."));

// Everything a tag subcommand needs after parsing: the open case and the tags its positional arguments name.
struct TagCommand
{
    QCommandLineParser parser;
    std::unique_ptr<casefile::Case> opened;
    std::vector<TagId> tags;
};

// Parses "CASE TAG..." and opens the case. The positionals 1..tagCount (all after CASE when tagCount < 0) are
// tags, given as id or path.
std::optional<int> prepare(CliContext& ctx, TagCommand& t, const QString& command, const QStringList& args,
                           int minPositional, int maxPositional, int tagCount)
{
    t.parser.addOption(kJson);
    if (auto code = ctx.parse(t.parser, command, args, minPositional, maxPositional)) {
        return code;
    }
    int exitCode = kExitOk;
    t.opened = ctx.openCase(t.parser.positionalArguments().constFirst(), &exitCode);
    if (!t.opened) {
        return exitCode;
    }
    const int count = tagCount < 0 ? static_cast<int>(t.parser.positionalArguments().size()) - 1 : tagCount;
    for (int i = 1; i <= count; ++i) {
        const auto tag = resolveTag(ctx, *t.opened, t.parser.positionalArguments().at(i), &exitCode);
        if (!tag) {
            return exitCode;
        }
        t.tags.push_back(*tag);
    }
    return std::nullopt;
}

int done(CliContext& ctx, TagCommand& t, const QString& what, TagId id)
{
    if (t.parser.isSet(kJson)) {
        auto tags = casefile::CaseReader(*t.opened).tags();
        if (!tags) {
            return ctx.fail(kExitCannotOpen, tags.error());
        }
        ctx.printJson(QJsonObject{{QStringLiteral("id"), id.value},
                                  {QStringLiteral("path"), casefile::CaseReader::tagPath(tags.value(), id)}});
    } else {
        ctx.out() << what << " tag " << id.value << Qt::endl;
    }
    return kExitOk;
}

int runTagAdd(CliContext& ctx, const QStringList& args)
{
    TagCommand t;
    t.parser.setApplicationDescription(
        QStringLiteral("Add a tag to the codebook. PATH is a name, or Parent/Name under an existing tag."));
    t.parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    t.parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Name or Parent/Name."));
    const QCommandLineOption colour(QStringLiteral("colour"), QStringLiteral("#rrggbb"), QStringLiteral("C"));
    const QCommandLineOption description(QStringLiteral("description"), QStringLiteral("What the tag means."),
                                         QStringLiteral("D"));
    t.parser.addOptions({colour, description});
    if (auto code = prepare(ctx, t, QStringLiteral("tag add"), args, 2, 2, 0)) {
        return *code;
    }
    const QString path = t.parser.positionalArguments().at(1);
    const qsizetype slash = path.lastIndexOf(u'/');
    TagId parent;
    int exitCode = kExitOk;
    if (slash >= 0) {
        const auto found = resolveTag(ctx, *t.opened, path.left(slash), &exitCode);
        if (!found) {
            return exitCode;
        }
        parent = *found;
    }
    casefile::AddTag add(parent, path.mid(slash + 1), t.parser.value(colour), t.parser.value(description));
    if (int code = applyEdit(ctx, *t.opened, add); code != kExitOk) {
        return code;
    }
    return done(ctx, t, QStringLiteral("added"), add.tag().id);
}

int runTagRename(CliContext& ctx, const QStringList& args)
{
    TagCommand t;
    t.parser.setApplicationDescription(QStringLiteral("Rename a tag."));
    t.parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    t.parser.addPositionalArgument(QStringLiteral("TAG"), QStringLiteral("The tag: id or path."));
    t.parser.addPositionalArgument(QStringLiteral("NEW_NAME"), QStringLiteral("Its new name."));
    if (auto code = prepare(ctx, t, QStringLiteral("tag rename"), args, 3, 3, 1)) {
        return *code;
    }
    casefile::EditTag edit(t.tags.front(), {t.parser.positionalArguments().at(2), std::nullopt, std::nullopt});
    if (int code = applyEdit(ctx, *t.opened, edit); code != kExitOk) {
        return code;
    }
    return done(ctx, t, QStringLiteral("renamed"), t.tags.front());
}

int runTagEdit(CliContext& ctx, const QStringList& args)
{
    TagCommand t;
    t.parser.setApplicationDescription(QStringLiteral("Change a tag's colour or description."));
    t.parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    t.parser.addPositionalArgument(QStringLiteral("TAG"), QStringLiteral("The tag: id or path."));
    const QCommandLineOption colour(QStringLiteral("colour"), QStringLiteral("#rrggbb"), QStringLiteral("C"));
    const QCommandLineOption description(QStringLiteral("description"), QStringLiteral("What the tag means."),
                                         QStringLiteral("D"));
    t.parser.addOptions({colour, description});
    if (auto code = prepare(ctx, t, QStringLiteral("tag edit"), args, 2, 2, 1)) {
        return *code;
    }
    casefile::TagChanges changes;
    if (t.parser.isSet(colour)) {
        changes.colour = t.parser.value(colour);
    }
    if (t.parser.isSet(description)) {
        changes.description = t.parser.value(description);
    }
    if (!changes.colour && !changes.description) {
        return ctx.fail(kExitUsage, QStringLiteral("nothing to change; see --help"),
                        QStringLiteral("corroborate-cli tag edit"));
    }
    casefile::EditTag edit(t.tags.front(), changes);
    if (int code = applyEdit(ctx, *t.opened, edit); code != kExitOk) {
        return code;
    }
    return done(ctx, t, QStringLiteral("edited"), t.tags.front());
}

int runTagMove(CliContext& ctx, const QStringList& args)
{
    TagCommand t;
    t.parser.setApplicationDescription(
        QStringLiteral("Move a tag (with its sub-tags) under another tag, or to the top level when none is given."));
    t.parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    t.parser.addPositionalArgument(QStringLiteral("TAG"), QStringLiteral("The tag: id or path."));
    t.parser.addPositionalArgument(QStringLiteral("PARENT"), QStringLiteral("The new parent: id or path."),
                                   QStringLiteral("[PARENT]"));
    if (auto code = prepare(ctx, t, QStringLiteral("tag move"), args, 2, 3, -1)) {
        return *code;
    }
    casefile::MoveTag move(t.tags.front(), t.tags.size() > 1 ? t.tags.at(1) : TagId());
    if (int code = applyEdit(ctx, *t.opened, move); code != kExitOk) {
        return code;
    }
    return done(ctx, t, QStringLiteral("moved"), t.tags.front());
}

int runTagMerge(CliContext& ctx, const QStringList& args)
{
    TagCommand t;
    t.parser.setApplicationDescription(
        QStringLiteral("Merge OTHER into KEEP: claims tagged OTHER get KEEP, OTHER's sub-tags move under KEEP."));
    t.parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    t.parser.addPositionalArgument(QStringLiteral("KEEP"), QStringLiteral("The tag to keep: id or path."));
    t.parser.addPositionalArgument(QStringLiteral("OTHER"), QStringLiteral("The tag merged into it: id or path."));
    if (auto code = prepare(ctx, t, QStringLiteral("tag merge"), args, 3, 3, 2)) {
        return *code;
    }
    casefile::MergeTags merge(t.tags.at(0), t.tags.at(1));
    if (int code = applyEdit(ctx, *t.opened, merge); code != kExitOk) {
        return code;
    }
    return done(ctx, t, QStringLiteral("merged into"), t.tags.at(0));
}

int runTagDelete(CliContext& ctx, const QStringList& args)
{
    TagCommand t;
    t.parser.setApplicationDescription(QStringLiteral("Delete a tag, its sub-tags and their assignments to claims."));
    t.parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    t.parser.addPositionalArgument(QStringLiteral("TAG"), QStringLiteral("The tag: id or path."));
    if (auto code = prepare(ctx, t, QStringLiteral("tag delete"), args, 2, 2, 1)) {
        return *code;
    }
    casefile::DeleteTag del(t.tags.front());
    if (int code = applyEdit(ctx, *t.opened, del); code != kExitOk) {
        return code;
    }
    if (t.parser.isSet(kJson)) {
        ctx.printJson(QJsonObject{{QStringLiteral("deleted"), t.tags.front().value}});
    } else {
        ctx.out() << "deleted tag " << t.tags.front().value << Qt::endl;
    }
    return kExitOk;
}

} // namespace

int runTag(CliContext& ctx, const QStringList& args)
{
    static const QList<Subcommand> subs = {
        {QStringLiteral("add"), QStringLiteral("add CASE [PARENT/]NAME [--colour #rrggbb] [--description D] [--json]"),
         runTagAdd},
        {QStringLiteral("rename"), QStringLiteral("rename CASE TAG NEW_NAME [--json]"), runTagRename},
        {QStringLiteral("edit"), QStringLiteral("edit CASE TAG [--colour #rrggbb] [--description D] [--json]"),
         runTagEdit},
        {QStringLiteral("move"), QStringLiteral("move CASE TAG [PARENT] [--json]   (no PARENT: top level)"),
         runTagMove},
        {QStringLiteral("merge"), QStringLiteral("merge CASE KEEP OTHER [--json]"), runTagMerge},
        {QStringLiteral("delete"), QStringLiteral("delete CASE TAG [--json]"), runTagDelete},
    };
    return runSubcommand(ctx, QStringLiteral("tag"), args, subs);
}

int runTags(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("List the codebook in tree order with the number of claims per tag."));
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    parser.addOption(kJson);
    if (auto code = ctx.parse(parser, QStringLiteral("tags"), args, 1, 1)) {
        return *code;
    }
    int exitCode = kExitOk;
    auto opened = ctx.openCase(parser.positionalArguments().constFirst(), &exitCode);
    if (!opened) {
        return exitCode;
    }
    casefile::CaseReader reader(*opened);
    auto tags = reader.tags();
    auto claims = reader.claims();
    if (!tags || !claims) {
        return ctx.fail(kExitCannotOpen, !tags ? tags.error() : claims.error());
    }
    QHash<qint64, int> counts;
    for (const model::Claim& c : claims.value()) {
        for (const TagId t : c.tags) {
            ++counts[t.value];
        }
    }
    QJsonArray list;
    for (const model::Tag& t : tags.value()) {
        const QString path = casefile::CaseReader::tagPath(tags.value(), t.id);
        if (parser.isSet(kJson)) {
            list.append(
                QJsonObject{{QStringLiteral("id"), t.id.value},
                            {QStringLiteral("name"), t.name},
                            {QStringLiteral("path"), path},
                            {QStringLiteral("parent"), t.parent.isValid() ? QJsonValue(t.parent.value) : QJsonValue()},
                            {QStringLiteral("colour"), t.colour},
                            {QStringLiteral("description"), jsonText(t.description)},
                            {QStringLiteral("claims"), counts.value(t.id.value)}});
        } else {
            ctx.out() << qSetFieldWidth(5) << Qt::right << t.id.value << qSetFieldWidth(0) << Qt::left << "  " << path
                      << "  " << t.colour << "  (" << counts.value(t.id.value) << " claims)\n";
        }
    }
    if (parser.isSet(kJson)) {
        ctx.printJson(list);
    } else {
        ctx.out() << tags->size() << (tags->size() == 1 ? " tag" : " tags") << Qt::endl;
    }
    return kExitOk;
}

} // namespace corrob::cli
