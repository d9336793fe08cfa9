// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// note add|edit|delete, notes.
#include "cli/CliContext.h"
#include "cli/Command.h"
#include "cli/EditCommands.h"

#include "core/case/CaseReader.h"
#include "core/case/edits/NoteEdits.h"
#include "core/model/Vocabulary.h"

#include <QJsonArray>

namespace corrob::cli {
namespace {

const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Print the result as JSON."));
const QCommandLineOption kOn(QStringLiteral("on"),
                             QStringLiteral("What the note is on: case, report, claim, link or source."),
                             QStringLiteral("KIND"));
const QCommandLineOption kText(QStringLiteral("text"), QStringLiteral("The note, in Markdown."), QStringLiteral("T"));

// Reads --on KIND and the optional ID positional (index 1): (target, id), or an exit code on bad usage.
std::optional<int> parseTarget(CliContext& ctx, const QCommandLineParser& parser, const QString& command,
                               model::NoteTarget& target, qint64& id)
{
    const QString where = u"corroborate-cli " + command;
    auto kind = model::parseNoteTarget(parser.value(kOn));
    if (!kind) {
        return ctx.fail(kExitUsage, kind.error().message, where);
    }
    target = kind.value();
    const QStringList positional = parser.positionalArguments();
    if (target == model::NoteTarget::Case) {
        if (positional.size() > 1) {
            return ctx.fail(kExitUsage, QStringLiteral("a note on the case takes no id"), where);
        }
        id = 0;
        return std::nullopt;
    }
    if (positional.size() < 2) {
        return ctx.fail(kExitUsage, QStringLiteral("which %1? give its id after the case").arg(parser.value(kOn)),
                        where);
    }
    int exitCode = kExitOk;
    const auto parsed = parseId(ctx, positional.at(1), QStringLiteral("ID"), command, &exitCode);
    if (!parsed) {
        return exitCode;
    }
    id = *parsed;
    return std::nullopt;
}

int runNoteAdd(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Attach a Markdown note to the case, a report, a claim, a link or a source."));
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The report, claim, link or source id."),
                                 QStringLiteral("[ID]"));
    parser.addOptions({kOn, kText, kJson});
    const QString command = QStringLiteral("note add");
    if (auto code = ctx.parse(parser, command, args, 1, 2)) {
        return *code;
    }
    if (!parser.isSet(kOn) || !parser.isSet(kText)) {
        return ctx.fail(kExitUsage, QStringLiteral("--on and --text are required"), u"corroborate-cli " + command);
    }
    model::NoteTarget target = model::NoteTarget::Case;
    qint64 id = 0;
    if (auto code = parseTarget(ctx, parser, command, target, id)) {
        return *code;
    }
    int exitCode = kExitOk;
    auto opened = ctx.openCase(parser.positionalArguments().constFirst(), &exitCode);
    if (!opened) {
        return exitCode;
    }
    casefile::AddNote add(target, id, parser.value(kText));
    if (int code = applyEdit(ctx, *opened, add); code != kExitOk) {
        return code;
    }
    if (parser.isSet(kJson)) {
        ctx.printJson(noteJson(add.note()));
    } else {
        ctx.out() << "added note " << add.note().id.value << Qt::endl;
    }
    return kExitOk;
}

int runNoteEditOrDelete(CliContext& ctx, const QStringList& args, bool isDelete)
{
    QCommandLineParser parser;
    const QString command = isDelete ? QStringLiteral("note delete") : QStringLiteral("note edit");
    parser.setApplicationDescription(isDelete ? QStringLiteral("Delete a note.")
                                              : QStringLiteral("Replace a note's text."));
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    parser.addPositionalArgument(QStringLiteral("NOTE"), QStringLiteral("The note's id (see 'notes')."));
    parser.addOption(kJson);
    if (!isDelete) {
        parser.addOption(kText);
    }
    if (auto code = ctx.parse(parser, command, args, 2, 2)) {
        return *code;
    }
    if (!isDelete && !parser.isSet(kText)) {
        return ctx.fail(kExitUsage, QStringLiteral("--text is required"), u"corroborate-cli " + command);
    }
    int exitCode = kExitOk;
    const auto id = parseId(ctx, parser.positionalArguments().at(1), QStringLiteral("NOTE"), command, &exitCode);
    if (!id) {
        return exitCode;
    }
    auto opened = ctx.openCase(parser.positionalArguments().constFirst(), &exitCode);
    if (!opened) {
        return exitCode;
    }
    std::unique_ptr<casefile::Edit> edit;
    if (isDelete) {
        edit = std::make_unique<casefile::DeleteNote>(NoteId(*id));
    } else {
        edit = std::make_unique<casefile::EditNote>(NoteId(*id), parser.value(kText));
    }
    if (int code = applyEdit(ctx, *opened, *edit); code != kExitOk) {
        return code;
    }
    if (parser.isSet(kJson)) {
        ctx.printJson(QJsonObject{{isDelete ? QStringLiteral("deleted") : QStringLiteral("edited"), *id}});
    } else {
        ctx.out() << (isDelete ? "deleted" : "edited") << " note " << *id << Qt::endl;
    }
    return kExitOk;
}

int runNoteEdit(CliContext& ctx, const QStringList& args)
{
    return runNoteEditOrDelete(ctx, args, false);
}

int runNoteDelete(CliContext& ctx, const QStringList& args)
{
    return runNoteEditOrDelete(ctx, args, true);
}

} // namespace

int runNote(CliContext& ctx, const QStringList& args)
{
    static const QList<Subcommand> subs = {
        {QStringLiteral("add"), QStringLiteral("add CASE --on case|report|claim|link|source [ID] --text T [--json]"),
         runNoteAdd},
        {QStringLiteral("edit"), QStringLiteral("edit CASE NOTE --text T [--json]"), runNoteEdit},
        {QStringLiteral("delete"), QStringLiteral("delete CASE NOTE [--json]"), runNoteDelete},
    };
    return runSubcommand(ctx, QStringLiteral("note"), args, subs);
}

int runNotes(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List notes: all of them, or those on one target."));
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("With --on: the target's id."),
                                 QStringLiteral("[ID]"));
    parser.addOptions({kOn, kJson});
    const QString command = QStringLiteral("notes");
    if (auto code = ctx.parse(parser, command, args, 1, 2)) {
        return *code;
    }
    model::NoteTarget target = model::NoteTarget::Case;
    qint64 id = 0;
    if (parser.isSet(kOn)) {
        if (auto code = parseTarget(ctx, parser, command, target, id)) {
            return *code;
        }
    }
    int exitCode = kExitOk;
    auto opened = ctx.openCase(parser.positionalArguments().constFirst(), &exitCode);
    if (!opened) {
        return exitCode;
    }
    casefile::CaseReader reader(*opened);
    auto notes = parser.isSet(kOn) ? reader.notesOf(target, id) : reader.notes();
    if (!notes) {
        return ctx.fail(kExitCannotOpen, notes.error());
    }
    if (parser.isSet(kJson)) {
        QJsonArray list;
        for (const model::Note& n : notes.value()) {
            list.append(noteJson(n));
        }
        ctx.printJson(list);
        return kExitOk;
    }
    for (const model::Note& n : notes.value()) {
        ctx.out() << "note " << n.id.value << " on " << model::noteTargetName(n.target);
        if (n.target != model::NoteTarget::Case) {
            ctx.out() << ' ' << n.targetId;
        }
        ctx.out() << " by " << n.author << ", " << n.updatedAt << ":\n" << n.body << "\n\n";
    }
    ctx.out() << notes->size() << (notes->size() == 1 ? " note" : " notes") << Qt::endl;
    return kExitOk;
}

} // namespace corrob::cli
