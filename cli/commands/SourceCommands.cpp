// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// source set|merge, sources.
#include "cli/CaseCommand.h"
#include "cli/Command.h"
#include "cli/EditCommands.h"

#include "core/case/CaseReader.h"
#include "core/case/edits/SourceEdits.h"
#include "core/model/Vocabulary.h"

#include <QJsonArray>

namespace corrob::cli {
namespace {

int printSource(CaseCommand& cmd, SourceId id, bool created)
{
    auto source = casefile::CaseReader(cmd.target()).source(id);
    auto names = NameIndex::load(cmd.target());
    if (!source || !names) {
        return cmd.fail(kExitCannotOpen, !source ? source.error() : names.error());
    }
    if (cmd.json()) {
        QJsonObject o = sourceJson(source.value(), names.value());
        o.insert(QStringLiteral("created"), created);
        cmd.context().printJson(o);
    } else {
        cmd.context().out() << (created ? "created" : "updated") << " source " << id.value << ": " << source->name
                            << Qt::endl;
    }
    return kExitOk;
}

int runSourceSet(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(
        ctx, QStringLiteral("source set"),
        QStringLiteral("Create a source, or update the one with this name or alias (case and accents ignored)."));
    QCommandLineParser& parser = cmd.parser();
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The source's name or one of its aliases."));
    const QCommandLineOption kind(QStringLiteral("kind"), model::sourceKindNames().join(u", "), QStringLiteral("K"));
    const QCommandLineOption affiliation(
        QStringLiteral("affiliation"), QStringLiteral("The organisation it speaks for (created if new); empty: none."),
        QStringLiteral("ORG"));
    const QCommandLineOption alias(QStringLiteral("alias"), QStringLiteral("Another name (repeatable)."),
                                   QStringLiteral("A"));
    const QCommandLineOption reliability(
        QStringLiteral("reliability"), QStringLiteral("Source reliability A (completely reliable) to F; empty: none."),
        QStringLiteral("A-F"));
    const QCommandLineOption rationale(QStringLiteral("rationale"), QStringLiteral("Why that reliability."),
                                       QStringLiteral("TEXT"));
    const QCommandLineOption rename(QStringLiteral("rename"),
                                    QStringLiteral("A new name (the old one is kept as an alias)."),
                                    QStringLiteral("NEW"));
    parser.addOptions({kind, affiliation, alias, reliability, rationale, rename});
    cmd.addJsonOption();
    if (!cmd.parse(args, 2, 2)) {
        return cmd.exitCode();
    }
    const QString name = cmd.positional(1);
    if (name.trimmed().isEmpty()) {
        return cmd.usageError(QStringLiteral("a source needs a name"));
    }
    std::optional<model::SourceKind> sourceKind;
    if (parser.isSet(kind)) {
        auto k = model::parseSourceKind(parser.value(kind));
        if (!k) {
            return cmd.usageError(k.error().message);
        }
        sourceKind = k.value();
    }
    if (parser.isSet(reliability) && !parser.value(reliability).trimmed().isEmpty()) {
        if (auto grade = model::parseReliability(parser.value(reliability)); !grade) {
            return cmd.usageError(grade.error().message);
        }
    }
    if (!cmd.open()) {
        return cmd.exitCode();
    }
    auto existing = casefile::CaseReader(cmd.target()).sourceNamed(name);
    if (!existing) {
        return cmd.fail(kExitCannotOpen, existing.error());
    }
    if (!existing.value()) {
        casefile::SourceDraft draft;
        draft.name = parser.isSet(rename) ? parser.value(rename) : name;
        draft.kind = sourceKind.value_or(model::SourceKind::Other);
        draft.aliases = parser.values(alias);
        draft.affiliationName = parser.value(affiliation);
        draft.reliability = parser.value(reliability);
        draft.rationale = parser.value(rationale);
        casefile::CreateSource create(draft);
        if (int code = applyEdit(ctx, cmd.target(), create); code != kExitOk) {
            return code;
        }
        return printSource(cmd, create.source().id, true);
    }
    casefile::SourceChanges changes;
    changes.kind = sourceKind;
    changes.addAliases = parser.values(alias);
    changes.affiliationName = cmd.valueIfSet(affiliation);
    changes.reliability = cmd.valueIfSet(reliability);
    changes.rationale = cmd.valueIfSet(rationale);
    changes.name = cmd.valueIfSet(rename);
    const SourceId id = existing.value()->id;
    if (!changes.isEmpty()) {
        casefile::EditSource edit(id, changes);
        if (int code = applyEdit(ctx, cmd.target(), edit); code != kExitOk) {
            return code;
        }
    }
    return printSource(cmd, id, false);
}

int runSourceMerge(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("source merge"),
                    QStringLiteral("Merge OTHER into KEEP: every claim, report and affiliation that named OTHER names "
                                   "KEEP, and OTHER's names become KEEP's aliases."));
    cmd.parser().addPositionalArgument(QStringLiteral("KEEP"), QStringLiteral("The source to keep: id or name."));
    cmd.parser().addPositionalArgument(QStringLiteral("OTHER"),
                                       QStringLiteral("The source merged into it: id or name."));
    cmd.addJsonOption();
    if (!cmd.open(args, 3, 3)) {
        return cmd.exitCode();
    }
    const auto keep = resolveSource(cmd, cmd.positional(1));
    if (!keep) {
        return cmd.exitCode();
    }
    const auto other = resolveSource(cmd, cmd.positional(2));
    if (!other) {
        return cmd.exitCode();
    }
    casefile::MergeSources merge(*keep, *other);
    if (int code = applyEdit(ctx, cmd.target(), merge); code != kExitOk) {
        return code;
    }
    return printSource(cmd, *keep, false);
}

} // namespace

int runSource(CliContext& ctx, const QStringList& args)
{
    static const QList<Subcommand> subs = {
        {QStringLiteral("set"),
         QStringLiteral("set CASE NAME [--kind K] [--affiliation ORG] [--alias A]... [--reliability A-F] "
                        "[--rationale R] [--rename NEW] [--json]"),
         runSourceSet},
        {QStringLiteral("merge"), QStringLiteral("merge CASE KEEP OTHER [--json]"), runSourceMerge},
    };
    return runSubcommand(ctx, QStringLiteral("source"), args, subs);
}

int runSources(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("sources"),
                    QStringLiteral("List the sources of a case with the number of claims of each."));
    cmd.addJsonOption();
    if (!cmd.open(args, 1, 1)) {
        return cmd.exitCode();
    }
    casefile::CaseReader reader(cmd.target());
    auto sources = reader.sources();
    auto claims = reader.claims();
    auto names = NameIndex::load(cmd.target());
    if (!sources || !claims || !names) {
        return ctx.fail(kExitCannotOpen, !sources ? sources.error() : !claims ? claims.error() : names.error());
    }
    QHash<qint64, int> claimCount;
    for (const model::Claim& c : claims.value()) {
        ++claimCount[c.source.value];
    }
    if (cmd.json()) {
        QJsonArray list;
        for (const model::Source& s : sources.value()) {
            QJsonObject o = sourceJson(s, names.value());
            o.insert(QStringLiteral("claims"), claimCount.value(s.id.value));
            list.append(o);
        }
        ctx.printJson(list);
        return kExitOk;
    }
    for (const model::Source& s : sources.value()) {
        ctx.out() << qSetFieldWidth(5) << Qt::right << s.id.value << qSetFieldWidth(0) << Qt::left << "  " << s.name
                  << "  (" << model::sourceKindName(s.kind);
        if (!s.reliability.isEmpty()) {
            ctx.out() << ", " << s.reliability;
        }
        ctx.out() << ", " << claimCount.value(s.id.value) << " claims)\n";
    }
    ctx.out() << sources->size() << (sources->size() == 1 ? " source" : " sources") << Qt::endl;
    return kExitOk;
}

} // namespace corrob::cli
