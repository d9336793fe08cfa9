// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// source set|merge, sources.
#include "cli/CliContext.h"
#include "cli/Command.h"
#include "cli/EditCommands.h"

#include "core/case/CaseReader.h"
#include "core/case/edits/SourceEdits.h"
#include "core/model/Vocabulary.h"

#include <QJsonArray>

#include <memory>

namespace corrob::cli {
namespace {

const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Print the result as JSON."));

int printSource(CliContext& ctx, casefile::Case& target, SourceId id, bool created, bool json)
{
    auto source = casefile::CaseReader(target).source(id);
    auto names = NameIndex::load(target);
    if (!source || !names) {
        return ctx.fail(kExitCannotOpen, !source ? source.error() : names.error());
    }
    if (json) {
        QJsonObject o = sourceJson(source.value(), names.value());
        o.insert(QStringLiteral("created"), created);
        ctx.printJson(o);
    } else {
        ctx.out() << (created ? "created" : "updated") << " source " << id.value << ": " << source->name << Qt::endl;
    }
    return kExitOk;
}

int runSourceSet(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Create a source, or update the one with this name or alias (case and accents ignored)."));
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
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
    parser.addOptions({kind, affiliation, alias, reliability, rationale, rename, kJson});
    const QString command = QStringLiteral("source set");
    if (auto code = ctx.parse(parser, command, args, 2, 2)) {
        return *code;
    }
    const QString where = u"corroborate-cli " + command;
    const QString name = parser.positionalArguments().at(1);
    if (name.trimmed().isEmpty()) {
        return ctx.fail(kExitUsage, QStringLiteral("a source needs a name"), where);
    }
    std::optional<model::SourceKind> sourceKind;
    if (parser.isSet(kind)) {
        auto k = model::parseSourceKind(parser.value(kind));
        if (!k) {
            return ctx.fail(kExitUsage, k.error().message, where);
        }
        sourceKind = k.value();
    }
    if (parser.isSet(reliability) && !parser.value(reliability).trimmed().isEmpty()) {
        if (auto grade = model::parseReliability(parser.value(reliability)); !grade) {
            return ctx.fail(kExitUsage, grade.error().message, where);
        }
    }
    int exitCode = kExitOk;
    auto opened = ctx.openCase(parser.positionalArguments().constFirst(), &exitCode);
    if (!opened) {
        return exitCode;
    }
    auto existing = casefile::CaseReader(*opened).sourceNamed(name);
    if (!existing) {
        return ctx.fail(kExitCannotOpen, existing.error());
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
        if (int code = applyEdit(ctx, *opened, create); code != kExitOk) {
            return code;
        }
        return printSource(ctx, *opened, create.source().id, true, parser.isSet(kJson));
    }
    casefile::SourceChanges changes;
    changes.kind = sourceKind;
    changes.addAliases = parser.values(alias);
    if (parser.isSet(affiliation)) {
        changes.affiliationName = parser.value(affiliation);
    }
    if (parser.isSet(reliability)) {
        changes.reliability = parser.value(reliability);
    }
    if (parser.isSet(rationale)) {
        changes.rationale = parser.value(rationale);
    }
    if (parser.isSet(rename)) {
        changes.name = parser.value(rename);
    }
    const SourceId id = existing.value()->id;
    if (!changes.isEmpty()) {
        casefile::EditSource edit(id, changes);
        if (int code = applyEdit(ctx, *opened, edit); code != kExitOk) {
            return code;
        }
    }
    return printSource(ctx, *opened, id, false, parser.isSet(kJson));
}

int runSourceMerge(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Merge OTHER into KEEP: every claim, report and affiliation that named OTHER names KEEP, and OTHER's names "
        "become KEEP's aliases."));
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    parser.addPositionalArgument(QStringLiteral("KEEP"), QStringLiteral("The source to keep: id or name."));
    parser.addPositionalArgument(QStringLiteral("OTHER"), QStringLiteral("The source merged into it: id or name."));
    parser.addOption(kJson);
    if (auto code = ctx.parse(parser, QStringLiteral("source merge"), args, 3, 3)) {
        return *code;
    }
    int exitCode = kExitOk;
    auto opened = ctx.openCase(parser.positionalArguments().constFirst(), &exitCode);
    if (!opened) {
        return exitCode;
    }
    const auto keep = resolveSource(ctx, *opened, parser.positionalArguments().at(1), &exitCode);
    if (!keep) {
        return exitCode;
    }
    const auto other = resolveSource(ctx, *opened, parser.positionalArguments().at(2), &exitCode);
    if (!other) {
        return exitCode;
    }
    casefile::MergeSources merge(*keep, *other);
    if (int code = applyEdit(ctx, *opened, merge); code != kExitOk) {
        return code;
    }
    return printSource(ctx, *opened, *keep, false, parser.isSet(kJson));
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
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the sources of a case with the number of claims of each."));
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    parser.addOption(kJson);
    if (auto code = ctx.parse(parser, QStringLiteral("sources"), args, 1, 1)) {
        return *code;
    }
    int exitCode = kExitOk;
    auto opened = ctx.openCase(parser.positionalArguments().constFirst(), &exitCode);
    if (!opened) {
        return exitCode;
    }
    casefile::CaseReader reader(*opened);
    auto sources = reader.sources();
    auto claims = reader.claims();
    auto names = NameIndex::load(*opened);
    if (!sources || !claims || !names) {
        return ctx.fail(kExitCannotOpen, !sources ? sources.error() : !claims ? claims.error() : names.error());
    }
    QHash<qint64, int> claimCount;
    for (const model::Claim& c : claims.value()) {
        ++claimCount[c.source.value];
    }
    if (parser.isSet(kJson)) {
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
