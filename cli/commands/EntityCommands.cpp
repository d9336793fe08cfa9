// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// entities, entity merge|rename|alias|split|retype|confirm|delete|to-source.
#include "cli/CaseCommand.h"
#include "cli/Command.h"
#include "cli/EditCommands.h"

#include "core/case/EntityIndex.h"
#include "core/case/edits/EntityEdits.h"

#include <QJsonArray>

#include <memory>

namespace corrob::cli {
namespace {

QJsonObject entityJson(const model::Entity& e)
{
    QJsonObject o{
        {QStringLiteral("id"), e.id.value},        {QStringLiteral("canonical"), e.canonical},
        {QStringLiteral("type"), e.type},          {QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases)},
        {QStringLiteral("mentions"), e.mentions},  {QStringLiteral("reports"), e.reports},
        {QStringLiteral("confirmed"), e.confirmed}};
    o.insert(QStringLiteral("source"), e.source.isValid() ? QJsonValue(e.source.value) : QJsonValue());
    return o;
}

// Computes the mentions of reports not scanned yet (the GUI does it in the background).
bool scanPending(CaseCommand& cmd)
{
    if (auto s = casefile::EntityIndex(cmd.target()).scanPending(); !s) {
        cmd.fail(exitCodeFor(s.error()), s.error());
        return false;
    }
    return true;
}

std::optional<EntityId> resolveEntity(CaseCommand& cmd, const QString& text)
{
    auto found = casefile::EntityIndex(cmd.target()).entityNamed(text);
    if (!found) {
        cmd.fail(exitCodeFor(found.error()), found.error());
        return std::nullopt;
    }
    if (!found.value()) {
        cmd.fail(kExitSomeFailed, QStringLiteral("no such entity"), QStringLiteral("entity '%1'").arg(text));
        return std::nullopt;
    }
    return found.value();
}

int printEntity(CaseCommand& cmd, EntityId id, const QString& verb)
{
    auto e = casefile::EntityIndex(cmd.target()).entity(id);
    if (!e) {
        return cmd.fail(exitCodeFor(e.error()), e.error());
    }
    if (cmd.json()) {
        cmd.context().printJson(entityJson(e.value()));
    } else {
        cmd.context().out() << verb << " entity " << id.value << ": " << e->canonical << " (" << e->type << ")"
                            << Qt::endl;
    }
    return kExitOk;
}

// The shape every entity edit shares: CASE, the entity, then `extra` positional arguments; the edit is made from
// the resolved entity and those arguments.
using MakeEdit = std::unique_ptr<casefile::Edit> (*)(CaseCommand& cmd, EntityId id, const QStringList& rest);

int runEntityEdit(CliContext& ctx, const QStringList& args, const QString& name, const QString& description,
                  const QList<std::pair<QString, QString>>& extra, MakeEdit make, bool variadic = false)
{
    CaseCommand cmd(ctx, QStringLiteral("entity ") + name, description);
    cmd.parser().addPositionalArgument(
        QStringLiteral("ENTITY"), QStringLiteral("The entity: its id, name or an alias (case and accents ignored)."));
    for (const auto& [arg, help] : extra) {
        cmd.parser().addPositionalArgument(arg, help);
    }
    cmd.addJsonOption();
    const int count = 2 + static_cast<int>(extra.size());
    if (!cmd.parse(args, count, variadic ? -1 : count)) {
        return cmd.exitCode();
    }
    for (int i = 1; i < count; ++i) {
        if (cmd.positional(i).trimmed().isEmpty()) {
            return cmd.usageError(QStringLiteral("an empty argument"));
        }
    }
    if (!cmd.open() || !scanPending(cmd)) {
        return cmd.exitCode();
    }
    const auto id = resolveEntity(cmd, cmd.positional(1));
    if (!id) {
        return cmd.exitCode();
    }
    QStringList rest = cmd.parser().positionalArguments().mid(2);
    std::unique_ptr<casefile::Edit> edit = make(cmd, *id, rest);
    if (!edit) {
        return cmd.exitCode();
    }
    if (int code = applyEdit(ctx, cmd.target(), *edit); code != kExitOk) {
        return code;
    }
    if (auto* split = dynamic_cast<casefile::SplitEntity*>(edit.get())) {
        return printEntity(cmd, split->created(), QStringLiteral("split off"));
    }
    if (dynamic_cast<casefile::DeleteEntity*>(edit.get())) {
        if (cmd.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("id"), id->value}, {QStringLiteral("deleted"), true}});
        } else {
            ctx.out() << "deleted entity " << id->value << Qt::endl;
        }
        return kExitOk;
    }
    if (auto* made = dynamic_cast<casefile::EntityToSource*>(edit.get())) {
        auto e = casefile::EntityIndex(cmd.target()).entity(*id);
        if (!e) {
            return cmd.fail(exitCodeFor(e.error()), e.error());
        }
        if (cmd.json()) {
            QJsonObject o = entityJson(e.value());
            o.insert(QStringLiteral("source"), made->source().value);
            ctx.printJson(o);
        } else {
            ctx.out() << "entity " << id->value << " is source " << made->source().value << ": " << e->canonical
                      << Qt::endl;
        }
        return kExitOk;
    }
    return printEntity(cmd, *id, QStringLiteral("updated"));
}

int runMerge(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("entity merge"),
                    QStringLiteral("Merge OTHER into KEEP: OTHER's names become KEEP's aliases and its mentions "
                                   "KEEP's."));
    cmd.parser().addPositionalArgument(QStringLiteral("KEEP"),
                                       QStringLiteral("The entity to keep: id, name or alias."));
    cmd.parser().addPositionalArgument(QStringLiteral("OTHER"),
                                       QStringLiteral("The entity merged into it: id, name or alias."));
    cmd.addJsonOption();
    if (!cmd.open(args, 3, 3) || !scanPending(cmd)) {
        return cmd.exitCode();
    }
    const auto keep = resolveEntity(cmd, cmd.positional(1));
    if (!keep) {
        return cmd.exitCode();
    }
    const auto other = resolveEntity(cmd, cmd.positional(2));
    if (!other) {
        return cmd.exitCode();
    }
    casefile::MergeEntities merge(*other, *keep);
    if (int code = applyEdit(ctx, cmd.target(), merge); code != kExitOk) {
        return code;
    }
    return printEntity(cmd, *keep, QStringLiteral("merged into"));
}

int runRename(CliContext& ctx, const QStringList& args)
{
    return runEntityEdit(ctx, args, QStringLiteral("rename"),
                         QStringLiteral("Give an entity a new canonical name; the old one stays an alias."),
                         {{QStringLiteral("NAME"), QStringLiteral("The new name.")}},
                         [](CaseCommand&, EntityId id, const QStringList& rest) -> std::unique_ptr<casefile::Edit> {
                             return std::make_unique<casefile::RenameEntity>(id, rest.at(0));
                         });
}

int runAlias(CliContext& ctx, const QStringList& args)
{
    return runEntityEdit(
        ctx, args, QStringLiteral("alias"),
        QStringLiteral("Add names an entity goes by; later imports fold them to it."),
        {{QStringLiteral("ALIAS"), QStringLiteral("A name (several may follow).")}},
        [](CaseCommand&, EntityId id, const QStringList& rest) -> std::unique_ptr<casefile::Edit> {
            return std::make_unique<casefile::AddEntityAliases>(id, rest);
        },
        true);
}

int runSplit(CliContext& ctx, const QStringList& args)
{
    return runEntityEdit(
        ctx, args, QStringLiteral("split"),
        QStringLiteral("Take one of an entity's aliases out into an entity of its own, with the mentions written "
                       "that way."),
        {{QStringLiteral("ALIAS"), QStringLiteral("The alias to split off.")}},
        [](CaseCommand&, EntityId id, const QStringList& rest) -> std::unique_ptr<casefile::Edit> {
            return std::make_unique<casefile::SplitEntity>(id, rest.at(0));
        });
}

int runRetype(CliContext& ctx, const QStringList& args)
{
    return runEntityEdit(ctx, args, QStringLiteral("retype"), QStringLiteral("Change what an entity is."),
                         {{QStringLiteral("TYPE"), QStringLiteral("person, organisation, place or unit.")}},
                         [](CaseCommand& cmd, EntityId id, const QStringList& rest) -> std::unique_ptr<casefile::Edit> {
                             if (auto t = casefile::parseEntityType(rest.at(0), cmd.where()); !t) {
                                 cmd.usageError(t.error().message);
                                 return nullptr;
                             }
                             return std::make_unique<casefile::RetypeEntity>(id, rest.at(0));
                         });
}

int runConfirm(CliContext& ctx, const QStringList& args)
{
    return runEntityEdit(ctx, args, QStringLiteral("confirm"),
                         QStringLiteral("Keep an entity: its names are known to later extraction."), {},
                         [](CaseCommand&, EntityId id, const QStringList&) -> std::unique_ptr<casefile::Edit> {
                             return std::make_unique<casefile::ConfirmEntity>(id, true);
                         });
}

int runDelete(CliContext& ctx, const QStringList& args)
{
    return runEntityEdit(ctx, args, QStringLiteral("delete"),
                         QStringLiteral("Delete an entity: its mentions go, and its names make no entity in later "
                                        "imports."),
                         {}, [](CaseCommand&, EntityId id, const QStringList&) -> std::unique_ptr<casefile::Edit> {
                             return std::make_unique<casefile::DeleteEntity>(id);
                         });
}

int runToSource(CliContext& ctx, const QStringList& args)
{
    return runEntityEdit(ctx, args, QStringLiteral("to-source"),
                         QStringLiteral("Make a person or organisation entity a source, with its aliases."), {},
                         [](CaseCommand&, EntityId id, const QStringList&) -> std::unique_ptr<casefile::Edit> {
                             return std::make_unique<casefile::EntityToSource>(id);
                         });
}

} // namespace

int runEntity(CliContext& ctx, const QStringList& args)
{
    static const QList<Subcommand> subs = {
        {QStringLiteral("merge"), QStringLiteral("merge CASE KEEP OTHER [--json]"), runMerge},
        {QStringLiteral("rename"), QStringLiteral("rename CASE ENTITY NAME [--json]"), runRename},
        {QStringLiteral("alias"), QStringLiteral("alias CASE ENTITY ALIAS... [--json]"), runAlias},
        {QStringLiteral("split"), QStringLiteral("split CASE ENTITY ALIAS [--json]"), runSplit},
        {QStringLiteral("retype"), QStringLiteral("retype CASE ENTITY TYPE [--json]"), runRetype},
        {QStringLiteral("confirm"), QStringLiteral("confirm CASE ENTITY [--json]"), runConfirm},
        {QStringLiteral("delete"), QStringLiteral("delete CASE ENTITY [--json]"), runDelete},
        {QStringLiteral("to-source"), QStringLiteral("to-source CASE ENTITY [--json]"), runToSource},
    };
    return runSubcommand(ctx, QStringLiteral("entity"), args, subs);
}

int runEntities(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("entities"),
                    QStringLiteral("List the people, organisations, places and military units the reports mention, "
                                   "with their aliases and mention and report counts (computing what is missing)."));
    cmd.addJsonOption();
    if (!cmd.open(args, 1, 1) || !scanPending(cmd)) {
        return cmd.exitCode();
    }
    auto entities = casefile::EntityIndex(cmd.target()).entities();
    if (!entities) {
        return cmd.fail(exitCodeFor(entities.error()), entities.error());
    }
    if (cmd.json()) {
        QJsonArray list;
        for (const model::Entity& e : entities.value()) {
            list.append(entityJson(e));
        }
        ctx.printJson(list);
        return kExitOk;
    }
    for (const model::Entity& e : entities.value()) {
        ctx.out() << qSetFieldWidth(5) << Qt::right << e.id.value << qSetFieldWidth(0) << Qt::left << "  "
                  << e.canonical << "  (" << e.type << ", " << e.mentions
                  << (e.mentions == 1 ? " mention" : " mentions") << " in " << e.reports
                  << (e.reports == 1 ? " report)" : " reports)");
        if (!e.aliases.isEmpty()) {
            ctx.out() << "  aka " << e.aliases.join(QStringLiteral(", "));
        }
        ctx.out() << '\n';
    }
    ctx.out() << entities->size() << (entities->size() == 1 ? " entity" : " entities") << Qt::endl;
    return kExitOk;
}

} // namespace corrob::cli
