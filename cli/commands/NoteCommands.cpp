// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// note add|edit|delete, notes.
#include "cli/CaseCommand.h"
#include "cli/Command.h"
#include "cli/EditCommands.h"

#include "core/case/CaseReader.h"
#include "core/case/edits/NoteEdits.h"
#include "core/model/Vocabulary.h"

#include <QJsonArray>

namespace corrob::cli {
namespace {

const QCommandLineOption kOn(QStringLiteral("on"),
                             QStringLiteral("What the note is on: case, report, claim, link or source."),
                             QStringLiteral("KIND"));
const QCommandLineOption kText(QStringLiteral("text"), QStringLiteral("The note, in Markdown."), QStringLiteral("T"));

// Reads --on KIND and the optional ID positional (index 1) into (target, id); false after a usage error.
bool parseTarget(CaseCommand& cmd, model::NoteTarget& target, qint64& id)
{
    const QCommandLineParser& parser = cmd.parser();
    auto kind = model::parseNoteTarget(parser.value(kOn));
    if (!kind) {
        cmd.usageError(kind.error().message);
        return false;
    }
    target = kind.value();
    const QStringList positional = parser.positionalArguments();
    if (target == model::NoteTarget::Case) {
        if (positional.size() > 1) {
            cmd.usageError(QStringLiteral("a note on the case takes no id"));
            return false;
        }
        id = 0;
        return true;
    }
    if (positional.size() < 2) {
        cmd.usageError(QStringLiteral("which %1? give its id after the case").arg(parser.value(kOn)));
        return false;
    }
    const auto parsed = cmd.idArgument(1, QStringLiteral("ID"));
    if (!parsed) {
        return false;
    }
    id = *parsed;
    return true;
}

int runNoteAdd(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("note add"),
                    QStringLiteral("Attach a Markdown note to the case, a report, a claim, a link or a source."));
    cmd.parser().addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The report, claim, link or source id."),
                                       QStringLiteral("[ID]"));
    cmd.parser().addOptions({kOn, kText});
    cmd.addJsonOption();
    if (!cmd.parse(args, 1, 2)) {
        return cmd.exitCode();
    }
    if (!cmd.parser().isSet(kOn) || !cmd.parser().isSet(kText)) {
        return cmd.usageError(QStringLiteral("--on and --text are required"));
    }
    model::NoteTarget target = model::NoteTarget::Case;
    qint64 id = 0;
    if (!parseTarget(cmd, target, id) || !cmd.open()) {
        return cmd.exitCode();
    }
    casefile::AddNote add(target, id, cmd.parser().value(kText));
    if (int code = applyEdit(ctx, cmd.target(), add); code != kExitOk) {
        return code;
    }
    if (cmd.json()) {
        ctx.printJson(noteJson(add.note()));
    } else {
        ctx.out() << "added note " << add.note().id.value << Qt::endl;
    }
    return kExitOk;
}

int runNoteEditOrDelete(CliContext& ctx, const QStringList& args, bool isDelete)
{
    CaseCommand cmd(ctx, isDelete ? QStringLiteral("note delete") : QStringLiteral("note edit"),
                    isDelete ? QStringLiteral("Delete a note.") : QStringLiteral("Replace a note's text."));
    cmd.parser().addPositionalArgument(QStringLiteral("NOTE"), QStringLiteral("The note's id (see 'notes')."));
    cmd.addJsonOption();
    if (!isDelete) {
        cmd.parser().addOption(kText);
    }
    if (!cmd.parse(args, 2, 2)) {
        return cmd.exitCode();
    }
    if (!isDelete && !cmd.parser().isSet(kText)) {
        return cmd.usageError(QStringLiteral("--text is required"));
    }
    const auto id = cmd.idArgument(1, QStringLiteral("NOTE"));
    if (!id || !cmd.open()) {
        return cmd.exitCode();
    }
    std::unique_ptr<casefile::Edit> edit;
    if (isDelete) {
        edit = std::make_unique<casefile::DeleteNote>(NoteId(*id));
    } else {
        edit = std::make_unique<casefile::EditNote>(NoteId(*id), cmd.parser().value(kText));
    }
    if (int code = applyEdit(ctx, cmd.target(), *edit); code != kExitOk) {
        return code;
    }
    if (cmd.json()) {
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
    CaseCommand cmd(ctx, QStringLiteral("notes"), QStringLiteral("List notes: all of them, or those on one target."));
    cmd.parser().addPositionalArgument(QStringLiteral("ID"), QStringLiteral("With --on: the target's id."),
                                       QStringLiteral("[ID]"));
    cmd.parser().addOption(kOn);
    cmd.addJsonOption();
    if (!cmd.parse(args, 1, 2)) {
        return cmd.exitCode();
    }
    const bool onOne = cmd.parser().isSet(kOn);
    model::NoteTarget target = model::NoteTarget::Case;
    qint64 id = 0;
    if ((onOne && !parseTarget(cmd, target, id)) || !cmd.open()) {
        return cmd.exitCode();
    }
    casefile::CaseReader reader(cmd.target());
    auto notes = onOne ? reader.notesOf(target, id) : reader.notes();
    if (!notes) {
        return cmd.fail(kExitCannotOpen, notes.error());
    }
    if (cmd.json()) {
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
