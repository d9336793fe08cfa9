// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// link, link edit, link remove / unlink, links.
#include "cli/CaseCommand.h"
#include "cli/Command.h"
#include "cli/EditCommands.h"

#include "core/case/CaseReader.h"
#include "core/case/edits/LinkEdits.h"
#include "core/model/Vocabulary.h"

#include <QJsonArray>

namespace corrob::cli {
namespace {

const QCommandLineOption kType(QStringLiteral("type"),
                               QStringLiteral("corroborates, contradicts, repeats, updates or elaborates."),
                               QStringLiteral("TYPE"));
const QCommandLineOption kNote(QStringLiteral("note"), QStringLiteral("Why the claims are linked."),
                               QStringLiteral("N"));

} // namespace

int runLink(CliContext& ctx, const QStringList& args)
{
    if (args.value(1) == u"remove" || args.value(1) == u"edit") {
        QStringList rest = args;
        rest.removeAt(1);
        return args.value(1) == u"remove" ? runUnlink(ctx, rest) : runLinkEdit(ctx, rest);
    }
    CaseCommand cmd(ctx, QStringLiteral("link"),
                    QStringLiteral("Link two claims: CLAIM_A <type> CLAIM_B, e.g. 7 corroborates 3. ('link edit CASE "
                                   "LINK' changes a link's type, note or confidence; 'link remove CASE LINK' removes "
                                   "it.)"));
    QCommandLineParser& parser = cmd.parser();
    parser.addPositionalArgument(QStringLiteral("CLAIM_A"), QStringLiteral("The claim the link starts from."));
    parser.addPositionalArgument(QStringLiteral("CLAIM_B"), QStringLiteral("The claim it points to."));
    const QCommandLineOption confidence(QStringLiteral("confidence"), QStringLiteral("How sure, from 0 to 1."),
                                        QStringLiteral("C"));
    parser.addOptions({kType, kNote, confidence});
    cmd.addJsonOption();
    if (!cmd.parse(args, 3, 3)) {
        return cmd.exitCode();
    }
    const auto from = cmd.idArgument(1, QStringLiteral("CLAIM_A"));
    if (!from) {
        return cmd.exitCode();
    }
    const auto to = cmd.idArgument(2, QStringLiteral("CLAIM_B"));
    if (!to) {
        return cmd.exitCode();
    }
    if (!parser.isSet(kType)) {
        return cmd.usageError(QStringLiteral("--type is required: ") + model::linkTypeNames().join(u'|'));
    }
    auto linkType = model::parseLinkType(parser.value(kType));
    if (!linkType) {
        return cmd.usageError(linkType.error().message);
    }
    std::optional<double> sure;
    if (parser.isSet(confidence)) {
        bool ok = false;
        sure = parser.value(confidence).toDouble(&ok);
        if (!ok || !model::checkConfidence(*sure).ok()) {
            return cmd.usageError(
                QStringLiteral("--confidence must be between 0 and 1 (got '%1')").arg(parser.value(confidence)));
        }
    }
    if (!cmd.open()) {
        return cmd.exitCode();
    }
    casefile::AddLink add(ClaimId(*from), ClaimId(*to), linkType.value(), parser.value(kNote), sure);
    if (int code = applyEdit(ctx, cmd.target(), add); code != kExitOk) {
        return code;
    }
    if (cmd.json()) {
        ctx.printJson(linkJson(add.link()));
    } else {
        ctx.out() << "link " << add.link().id.value << ": claim " << *from << ' '
                  << model::linkTypeName(add.link().type) << " claim " << *to << Qt::endl;
    }
    return kExitOk;
}

int runLinkEdit(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("link edit"),
                    QStringLiteral("Change a link's type, note or confidence; what is not given stays as it is. An "
                                   "empty --note removes the note, --confidence none removes the confidence."));
    QCommandLineParser& parser = cmd.parser();
    parser.addPositionalArgument(QStringLiteral("LINK"), QStringLiteral("The link's id (see 'links')."));
    const QCommandLineOption confidence(QStringLiteral("confidence"), QStringLiteral("How sure, from 0 to 1, or none."),
                                        QStringLiteral("C"));
    parser.addOptions({kType, kNote, confidence});
    cmd.addJsonOption();
    if (!cmd.parse(args, 2, 2)) {
        return cmd.exitCode();
    }
    const auto id = cmd.idArgument(1, QStringLiteral("LINK"));
    if (!id) {
        return cmd.exitCode();
    }
    casefile::LinkChanges changes;
    if (parser.isSet(kType)) {
        auto linkType = model::parseLinkType(parser.value(kType));
        if (!linkType) {
            return cmd.usageError(QStringLiteral("--type: ") + linkType.error().message);
        }
        changes.type = linkType.value();
    }
    changes.note = cmd.valueIfSet(kNote);
    if (parser.isSet(confidence)) {
        const QString text = parser.value(confidence).trimmed();
        if (text.compare(u"none", Qt::CaseInsensitive) == 0 || text.isEmpty()) {
            changes.confidence = std::optional<double>();
        } else {
            bool ok = false;
            const double sure = text.toDouble(&ok);
            if (!ok || !model::checkConfidence(sure).ok()) {
                return cmd.usageError(QStringLiteral("--confidence must be between 0 and 1, or none (got '%1')")
                                          .arg(parser.value(confidence)));
            }
            changes.confidence = sure;
        }
    }
    if (changes.isEmpty()) {
        return cmd.usageError(QStringLiteral("nothing to change: give --type, --note or --confidence"));
    }
    if (!cmd.open()) {
        return cmd.exitCode();
    }
    casefile::EditLink edit(LinkId(*id), changes);
    if (int code = applyEdit(ctx, cmd.target(), edit); code != kExitOk) {
        return code;
    }
    const model::Link& l = edit.after();
    if (cmd.json()) {
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
    CaseCommand cmd(ctx, QStringLiteral("unlink"),
                    QStringLiteral("Remove a link (and the notes on it) between two claims."));
    cmd.parser().addPositionalArgument(QStringLiteral("LINK"), QStringLiteral("The link's id (see 'links')."));
    cmd.addJsonOption();
    if (!cmd.parse(args, 2, 2)) {
        return cmd.exitCode();
    }
    const auto id = cmd.idArgument(1, QStringLiteral("LINK"));
    if (!id || !cmd.open()) {
        return cmd.exitCode();
    }
    casefile::RemoveLink remove{LinkId(*id)};
    if (int code = applyEdit(ctx, cmd.target(), remove); code != kExitOk) {
        return code;
    }
    if (cmd.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("removed"), *id}});
    } else {
        ctx.out() << "removed link " << *id << Qt::endl;
    }
    return kExitOk;
}

int runLinks(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("links"), QStringLiteral("List the links between claims."));
    const QCommandLineOption claim(QStringLiteral("claim"), QStringLiteral("Only the links from or to this claim."),
                                   QStringLiteral("C"));
    cmd.parser().addOption(claim);
    cmd.addJsonOption();
    if (!cmd.parse(args, 1, 1)) {
        return cmd.exitCode();
    }
    std::optional<qint64> only;
    if (cmd.parser().isSet(claim)) {
        only = cmd.id(cmd.parser().value(claim), QStringLiteral("--claim"));
        if (!only) {
            return cmd.exitCode();
        }
    }
    if (!cmd.open()) {
        return cmd.exitCode();
    }
    casefile::CaseReader reader(cmd.target());
    auto links = only ? reader.linksOf(ClaimId(*only)) : reader.links();
    if (!links) {
        return cmd.fail(kExitCannotOpen, links.error());
    }
    if (cmd.json()) {
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
