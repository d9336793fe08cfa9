// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// link, link edit, link remove / unlink, links.
#include "cli/CliContext.h"
#include "cli/Command.h"
#include "cli/EditCommands.h"

#include "core/case/CaseReader.h"
#include "core/case/edits/LinkEdits.h"
#include "core/model/Vocabulary.h"

#include <QJsonArray>

namespace corrob::cli {
namespace {

const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Print the result as JSON."));

} // namespace

int runLink(CliContext& ctx, const QStringList& args)
{
    if (args.value(1) == u"remove" || args.value(1) == u"edit") {
        QStringList rest = args;
        rest.removeAt(1);
        return args.value(1) == u"remove" ? runUnlink(ctx, rest) : runLinkEdit(ctx, rest);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Link two claims: CLAIM_A <type> CLAIM_B, e.g. 7 corroborates 3. ('link edit CASE LINK' "
                       "changes a link's type, note or confidence; 'link remove CASE LINK' removes it.)"));
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    parser.addPositionalArgument(QStringLiteral("CLAIM_A"), QStringLiteral("The claim the link starts from."));
    parser.addPositionalArgument(QStringLiteral("CLAIM_B"), QStringLiteral("The claim it points to."));
    const QCommandLineOption type(QStringLiteral("type"),
                                  QStringLiteral("corroborates, contradicts, repeats, updates or elaborates."),
                                  QStringLiteral("TYPE"));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("Why the claims are linked."),
                                  QStringLiteral("N"));
    const QCommandLineOption confidence(QStringLiteral("confidence"), QStringLiteral("How sure, from 0 to 1."),
                                        QStringLiteral("C"));
    parser.addOptions({type, note, confidence, kJson});
    const QString command = QStringLiteral("link");
    if (auto code = ctx.parse(parser, command, args, 3, 3)) {
        return *code;
    }
    const QString where = QStringLiteral("corroborate-cli link");
    int exitCode = kExitOk;
    const auto from = parseId(ctx, parser.positionalArguments().at(1), QStringLiteral("CLAIM_A"), command, &exitCode);
    if (!from) {
        return exitCode;
    }
    const auto to = parseId(ctx, parser.positionalArguments().at(2), QStringLiteral("CLAIM_B"), command, &exitCode);
    if (!to) {
        return exitCode;
    }
    if (!parser.isSet(type)) {
        return ctx.fail(kExitUsage, QStringLiteral("--type is required: ") + model::linkTypeNames().join(u'|'), where);
    }
    auto linkType = model::parseLinkType(parser.value(type));
    if (!linkType) {
        return ctx.fail(kExitUsage, linkType.error().message, where);
    }
    std::optional<double> sure;
    if (parser.isSet(confidence)) {
        bool ok = false;
        sure = parser.value(confidence).toDouble(&ok);
        if (!ok || !model::checkConfidence(*sure).ok()) {
            return ctx.fail(
                kExitUsage,
                QStringLiteral("--confidence must be between 0 and 1 (got '%1')").arg(parser.value(confidence)), where);
        }
    }
    auto opened = ctx.openCase(parser.positionalArguments().constFirst(), &exitCode);
    if (!opened) {
        return exitCode;
    }
    casefile::AddLink add(ClaimId(*from), ClaimId(*to), linkType.value(), parser.value(note), sure);
    if (int code = applyEdit(ctx, *opened, add); code != kExitOk) {
        return code;
    }
    if (parser.isSet(kJson)) {
        ctx.printJson(linkJson(add.link()));
    } else {
        ctx.out() << "link " << add.link().id.value << ": claim " << *from << ' '
                  << model::linkTypeName(add.link().type) << " claim " << *to << Qt::endl;
    }
    return kExitOk;
}

int runLinkEdit(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Change a link's type, note or confidence; what is not given stays as it is. An empty --note removes the "
        "note, --confidence none removes the confidence."));
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    parser.addPositionalArgument(QStringLiteral("LINK"), QStringLiteral("The link's id (see 'links')."));
    const QCommandLineOption type(QStringLiteral("type"),
                                  QStringLiteral("corroborates, contradicts, repeats, updates or elaborates."),
                                  QStringLiteral("TYPE"));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("Why the claims are linked."),
                                  QStringLiteral("N"));
    const QCommandLineOption confidence(QStringLiteral("confidence"),
                                        QStringLiteral("How sure, from 0 to 1, or none."), QStringLiteral("C"));
    parser.addOptions({type, note, confidence, kJson});
    const QString command = QStringLiteral("link edit");
    if (auto code = ctx.parse(parser, command, args, 2, 2)) {
        return *code;
    }
    const QString where = QStringLiteral("corroborate-cli link edit");
    int exitCode = kExitOk;
    const auto id = parseId(ctx, parser.positionalArguments().at(1), QStringLiteral("LINK"), command, &exitCode);
    if (!id) {
        return exitCode;
    }
    casefile::LinkChanges changes;
    if (parser.isSet(type)) {
        auto linkType = model::parseLinkType(parser.value(type));
        if (!linkType) {
            return ctx.fail(kExitUsage, QStringLiteral("--type: ") + linkType.error().message, where);
        }
        changes.type = linkType.value();
    }
    if (parser.isSet(note)) {
        changes.note = parser.value(note);
    }
    if (parser.isSet(confidence)) {
        const QString text = parser.value(confidence).trimmed();
        if (text.compare(u"none", Qt::CaseInsensitive) == 0 || text.isEmpty()) {
            changes.confidence = std::optional<double>();
        } else {
            bool ok = false;
            const double sure = text.toDouble(&ok);
            if (!ok || !model::checkConfidence(sure).ok()) {
                return ctx.fail(kExitUsage,
                                QStringLiteral("--confidence must be between 0 and 1, or none (got '%1')")
                                    .arg(parser.value(confidence)),
                                where);
            }
            changes.confidence = sure;
        }
    }
    if (changes.isEmpty()) {
        return ctx.fail(kExitUsage, QStringLiteral("nothing to change: give --type, --note or --confidence"), where);
    }
    auto opened = ctx.openCase(parser.positionalArguments().constFirst(), &exitCode);
    if (!opened) {
        return exitCode;
    }
    casefile::EditLink edit(LinkId(*id), changes);
    if (int code = applyEdit(ctx, *opened, edit); code != kExitOk) {
        return code;
    }
    const model::Link& l = edit.after();
    if (parser.isSet(kJson)) {
        ctx.printJson(linkJson(l));
    } else {
        ctx.out() << "link " << l.id.value << ": claim " << l.from.value << ' ' << model::linkTypeName(l.type)
                  << " claim " << l.to.value;
        if (l.confidence) {
            ctx.out() << ", confidence " << *l.confidence;
        }
        if (!l.note.isEmpty()) {
            ctx.out() << "  (" << l.note << ')';
        }
        ctx.out() << Qt::endl;
    }
    return kExitOk;
}

int runUnlink(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Remove a link (and the notes on it) between two claims."));
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    parser.addPositionalArgument(QStringLiteral("LINK"), QStringLiteral("The link's id (see 'links')."));
    parser.addOption(kJson);
    const QString command = QStringLiteral("unlink");
    if (auto code = ctx.parse(parser, command, args, 2, 2)) {
        return *code;
    }
    int exitCode = kExitOk;
    const auto id = parseId(ctx, parser.positionalArguments().at(1), QStringLiteral("LINK"), command, &exitCode);
    if (!id) {
        return exitCode;
    }
    auto opened = ctx.openCase(parser.positionalArguments().constFirst(), &exitCode);
    if (!opened) {
        return exitCode;
    }
    casefile::RemoveLink remove{LinkId(*id)};
    if (int code = applyEdit(ctx, *opened, remove); code != kExitOk) {
        return code;
    }
    if (parser.isSet(kJson)) {
        ctx.printJson(QJsonObject{{QStringLiteral("removed"), *id}});
    } else {
        ctx.out() << "removed link " << *id << Qt::endl;
    }
    return kExitOk;
}

int runLinks(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the links between claims."));
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    const QCommandLineOption claim(QStringLiteral("claim"), QStringLiteral("Only the links from or to this claim."),
                                   QStringLiteral("C"));
    parser.addOptions({claim, kJson});
    const QString command = QStringLiteral("links");
    if (auto code = ctx.parse(parser, command, args, 1, 1)) {
        return *code;
    }
    int exitCode = kExitOk;
    std::optional<qint64> only;
    if (parser.isSet(claim)) {
        only = parseId(ctx, parser.value(claim), QStringLiteral("--claim"), command, &exitCode);
        if (!only) {
            return exitCode;
        }
    }
    auto opened = ctx.openCase(parser.positionalArguments().constFirst(), &exitCode);
    if (!opened) {
        return exitCode;
    }
    casefile::CaseReader reader(*opened);
    auto links = only ? reader.linksOf(ClaimId(*only)) : reader.links();
    if (!links) {
        return ctx.fail(kExitCannotOpen, links.error());
    }
    if (parser.isSet(kJson)) {
        QJsonArray list;
        for (const model::Link& l : links.value()) {
            list.append(linkJson(l));
        }
        ctx.printJson(list);
        return kExitOk;
    }
    for (const model::Link& l : links.value()) {
        ctx.out() << qSetFieldWidth(5) << Qt::right << l.id.value << qSetFieldWidth(0) << Qt::left << "  claim "
                  << l.from.value << ' ' << model::linkTypeName(l.type) << " claim " << l.to.value;
        if (!l.note.isEmpty()) {
            ctx.out() << "  (" << l.note << ')';
        }
        ctx.out() << '\n';
    }
    ctx.out() << links->size() << (links->size() == 1 ? " link" : " links") << Qt::endl;
    return kExitOk;
}

} // namespace corrob::cli
