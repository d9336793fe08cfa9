// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CaseCommand.h"
#include "cli/Command.h"
#include "cli/EditCommands.h"

#include "core/exchange/AnnotationImport.h"
#include "core/exchange/CaseBundle.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace corrob::cli {

int runImportAnnotations(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("import-annotations"),
                    QStringLiteral("Add the W3C Web Annotations of a JSON-LD file as claims, re-anchored on the "
                                   "matching reports (by SHA-256, then URL, then quote), with their tags, notes and "
                                   "links; lists what cannot be placed. One change (undoable in the GUI, audited)."));
    cmd.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The annotations (.jsonld, .json)."));
    cmd.addJsonOption();
    if (!cmd.parse(args, 2, 2)) {
        return cmd.exitCode();
    }
    const QString path = cmd.positional(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return ctx.fail(kExitSomeFailed, QStringLiteral("cannot read: %1").arg(file.errorString()), path);
    }
    auto parsed = exchange::parseW3cAnnotations(file.readAll(), path);
    if (!parsed) {
        return ctx.fail(kExitSomeFailed, parsed.error());
    }
    if (!cmd.open()) {
        return cmd.exitCode();
    }
    auto plan = exchange::planAnnotationImport(cmd.target(), parsed.value());
    if (!plan) {
        return ctx.fail(kExitCannotOpen, plan.error());
    }
    const std::vector<exchange::UnplacedAnnotation> unplaced = plan->unplaced;
    std::vector<exchange::PlacedAnnotation> placed = plan->placed;
    exchange::ImportAnnotations edit(std::move(plan).value(), QFileInfo(path).fileName());
    if (!placed.empty()) {
        if (int code = applyEdit(ctx, cmd.target(), edit); code != kExitOk) {
            return code;
        }
    }
    QJsonArray placedJson;
    for (size_t i = 0; i < edit.claims().size(); ++i) {
        const model::Claim& c = edit.claims()[i];
        placedJson.append(QJsonObject{{QStringLiteral("annotation"), placed[i].annotation.id},
                                      {QStringLiteral("claim"), c.id.value},
                                      {QStringLiteral("report"), c.report.value},
                                      {QStringLiteral("start"), c.anchor.start},
                                      {QStringLiteral("end"), c.anchor.end},
                                      {QStringLiteral("quote"), c.anchor.quote},
                                      {QStringLiteral("matched_by"), placed[i].matchedBy},
                                      {QStringLiteral("method"), placed[i].method}});
    }
    QJsonArray unplacedJson;
    for (const exchange::UnplacedAnnotation& u : unplaced) {
        unplacedJson.append(QJsonObject{{QStringLiteral("annotation"), u.id},
                                        {QStringLiteral("quote"), u.quote},
                                        {QStringLiteral("reason"), u.reason}});
    }
    if (cmd.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("placed"), placedJson},
                                  {QStringLiteral("unplaced"), unplacedJson},
                                  {QStringLiteral("links"), qint64(edit.links().size())},
                                  {QStringLiteral("links_skipped"), edit.skippedLinks()}});
    } else {
        ctx.out() << "placed " << placedJson.size() << " annotation(s) as claims, " << edit.links().size()
                  << " link(s); " << unplacedJson.size() << " could not be placed" << Qt::endl;
        for (const exchange::UnplacedAnnotation& u : unplaced) {
            ctx.out() << "  not placed: \"" << u.quote.left(60) << "\": " << u.reason << '\n';
        }
        ctx.out().flush();
    }
    return unplaced.empty() ? kExitOk : kExitSomeFailed;
}

int runImportBundle(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Unpack a case bundle into a new case file, checking every entry against MANIFEST.sha256 "
                       "and the case with verify; refuses entries whose paths escape the target folder, links and "
                       "absurdly large entries, and leaves nothing behind when it refuses."));
    parser.addPositionalArgument(QStringLiteral("BUNDLE"), QStringLiteral("The bundle (.zip)."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The case file to create (.corrob)."),
                                 QStringLiteral("CASE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the result as JSON."));
    parser.addOptions({out, json});
    if (auto code = ctx.parse(parser, QStringLiteral("import-bundle"), args, 1, 1)) {
        return *code;
    }
    if (parser.value(out).isEmpty()) {
        return ctx.fail(kExitUsage, QStringLiteral("--out CASE is required"),
                        QStringLiteral("corroborate-cli import-bundle"));
    }
    const QString bundle = parser.positionalArguments().constFirst();
    const QString target = parser.value(out);
    auto result = exchange::importCaseBundle(bundle, target);
    if (!result) {
        return ctx.fail(result.error().code == ErrorCode::Io ? kExitCannotOpen : kExitSomeFailed, result.error());
    }
    if (parser.isSet(json)) {
        ctx.printJson(QJsonObject{{QStringLiteral("case"), target},
                                  {QStringLiteral("originals"), result->originals},
                                  {QStringLiteral("case_bytes"), result->caseBytes}});
    } else {
        ctx.out() << "created " << target << " from " << bundle << ": every hash checked, " << result->originals
                  << " original(s)" << Qt::endl;
    }
    return kExitOk;
}

} // namespace corrob::cli
