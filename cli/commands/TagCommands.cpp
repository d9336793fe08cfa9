// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tag add|rename|edit|move|merge|delete, tags.
#include "cli/CaseCommand.h"
#include "cli/Command.h"
#include "cli/EditCommands.h"

#include "core/case/CaseReader.h"
#include "core/case/edits/TagEdits.h"

#include <QJsonArray>

namespace corrob::cli {
namespace {

const QCommandLineOption kColour(QStringLiteral("colour"), QStringLiteral("#rrggbb"), QStringLiteral("C"));
const QCommandLineOption kDescription(QStringLiteral("description"), QStringLiteral("What the tag means."),
                                      QStringLiteral("D"));

// Parses "CASE TAG...", opens the case and finds the tags its positionals 1..tagCount (all after CASE when
// tagCount < 0) name, by id or path.
bool openWithTags(CaseCommand& cmd, const QStringList& args, int minPositional, int maxPositional, int tagCount,
                  std::vector<TagId>& tags)
{
    cmd.addJsonOption();
    if (!cmd.open(args, minPositional, maxPositional)) {
        return false;
    }
    const int count = tagCount < 0 ? static_cast<int>(cmd.parser().positionalArguments().size()) - 1 : tagCount;
    for (int i = 1; i <= count; ++i) {
        const auto tag = resolveTag(cmd, cmd.positional(i));
        if (!tag) {
            return false;
        }
        tags.push_back(*tag);
    }
    return true;
}

int done(CaseCommand& cmd, const QString& what, TagId id)
{
    if (cmd.json()) {
        auto tags = casefile::CaseReader(cmd.target()).tags();
        if (!tags) {
            return cmd.fail(kExitCannotOpen, tags.error());
        }
        cmd.context().printJson(QJsonObject{{QStringLiteral("id"), id.value},
                                            {QStringLiteral("path"), casefile::CaseReader::tagPath(tags.value(), id)}});
    } else {
        cmd.context().out() << what << " tag " << id.value << Qt::endl;
    }
    return kExitOk;
}

int runTagAdd(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("tag add"),
                    QStringLiteral("Add a tag to the codebook. PATH is a name, or Parent/Name under an existing tag."));
    cmd.parser().addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Name or Parent/Name."));
    cmd.parser().addOptions({kColour, kDescription});
    std::vector<TagId> none;
    if (!openWithTags(cmd, args, 2, 2, 0, none)) {
        return cmd.exitCode();
    }
    const QString path = cmd.positional(1);
    const qsizetype slash = path.lastIndexOf(u'/');
    TagId parent;
    if (slash >= 0) {
        const auto found = resolveTag(cmd, path.left(slash));
        if (!found) {
            return cmd.exitCode();
        }
        parent = *found;
    }
    casefile::AddTag add(parent, path.mid(slash + 1), cmd.parser().value(kColour), cmd.parser().value(kDescription));
    if (int code = applyEdit(ctx, cmd.target(), add); code != kExitOk) {
        return code;
    }
    return done(cmd, QStringLiteral("added"), add.tag().id);
}

int runTagRename(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("tag rename"), QStringLiteral("Rename a tag."));
    cmd.parser().addPositionalArgument(QStringLiteral("TAG"), QStringLiteral("The tag: id or path."));
    cmd.parser().addPositionalArgument(QStringLiteral("NEW_NAME"), QStringLiteral("Its new name."));
    std::vector<TagId> tags;
    if (!openWithTags(cmd, args, 3, 3, 1, tags)) {
        return cmd.exitCode();
    }
    casefile::EditTag edit(tags.front(), {cmd.positional(2), std::nullopt, std::nullopt});
    if (int code = applyEdit(ctx, cmd.target(), edit); code != kExitOk) {
        return code;
    }
    return done(cmd, QStringLiteral("renamed"), tags.front());
}

int runTagEdit(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("tag edit"), QStringLiteral("Change a tag's colour or description."));
    cmd.parser().addPositionalArgument(QStringLiteral("TAG"), QStringLiteral("The tag: id or path."));
    cmd.parser().addOptions({kColour, kDescription});
    std::vector<TagId> tags;
    if (!openWithTags(cmd, args, 2, 2, 1, tags)) {
        return cmd.exitCode();
    }
    casefile::TagChanges changes;
    changes.colour = cmd.valueIfSet(kColour);
    changes.description = cmd.valueIfSet(kDescription);
    if (!changes.colour && !changes.description) {
        return cmd.usageError(QStringLiteral("nothing to change; see --help"));
    }
    casefile::EditTag edit(tags.front(), changes);
    if (int code = applyEdit(ctx, cmd.target(), edit); code != kExitOk) {
        return code;
    }
    return done(cmd, QStringLiteral("edited"), tags.front());
}

int runTagMove(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(
        ctx, QStringLiteral("tag move"),
        QStringLiteral("Move a tag (with its sub-tags) under another tag, or to the top level when none is given."));
    cmd.parser().addPositionalArgument(QStringLiteral("TAG"), QStringLiteral("The tag: id or path."));
    cmd.parser().addPositionalArgument(QStringLiteral("PARENT"), QStringLiteral("The new parent: id or path."),
                                       QStringLiteral("[PARENT]"));
    std::vector<TagId> tags;
    if (!openWithTags(cmd, args, 2, 3, -1, tags)) {
        return cmd.exitCode();
    }
    casefile::MoveTag move(tags.front(), tags.size() > 1 ? tags.at(1) : TagId());
    if (int code = applyEdit(ctx, cmd.target(), move); code != kExitOk) {
        return code;
    }
    return done(cmd, QStringLiteral("moved"), tags.front());
}

int runTagMerge(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(
        ctx, QStringLiteral("tag merge"),
        QStringLiteral("Merge OTHER into KEEP: claims tagged OTHER get KEEP, OTHER's sub-tags move under KEEP."));
    cmd.parser().addPositionalArgument(QStringLiteral("KEEP"), QStringLiteral("The tag to keep: id or path."));
    cmd.parser().addPositionalArgument(QStringLiteral("OTHER"), QStringLiteral("The tag merged into it: id or path."));
    std::vector<TagId> tags;
    if (!openWithTags(cmd, args, 3, 3, 2, tags)) {
        return cmd.exitCode();
    }
    casefile::MergeTags merge(tags.at(0), tags.at(1));
    if (int code = applyEdit(ctx, cmd.target(), merge); code != kExitOk) {
        return code;
    }
    return done(cmd, QStringLiteral("merged into"), tags.at(0));
}

int runTagDelete(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("tag delete"),
                    QStringLiteral("Delete a tag, its sub-tags and their assignments to claims."));
    cmd.parser().addPositionalArgument(QStringLiteral("TAG"), QStringLiteral("The tag: id or path."));
    std::vector<TagId> tags;
    if (!openWithTags(cmd, args, 2, 2, 1, tags)) {
        return cmd.exitCode();
    }
    casefile::DeleteTag del(tags.front());
    if (int code = applyEdit(ctx, cmd.target(), del); code != kExitOk) {
        return code;
    }
    if (cmd.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("deleted"), tags.front().value}});
    } else {
        ctx.out() << "deleted tag " << tags.front().value << Qt::endl;
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
    CaseCommand cmd(ctx, QStringLiteral("tags"),
                    QStringLiteral("List the codebook in tree order with the number of claims per tag."));
    cmd.addJsonOption();
    if (!cmd.open(args, 1, 1)) {
        return cmd.exitCode();
    }
    casefile::CaseReader reader(cmd.target());
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
        if (cmd.json()) {
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
                      << "  " << t.colour << "  (" << counts.value(t.id.value)
                      << (counts.value(t.id.value) == 1 ? " claim)\n" : " claims)\n");
        }
    }
    if (cmd.json()) {
        ctx.printJson(list);
    } else {
        ctx.out() << tags->size() << (tags->size() == 1 ? " tag" : " tags") << Qt::endl;
    }
    return kExitOk;
}

} // namespace corrob::cli
