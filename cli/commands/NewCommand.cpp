// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliContext.h"
#include "cli/Command.h"

#include <QJsonObject>

namespace corrob::cli {

int runNew(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Create an empty case file (refuses to overwrite a file)."));
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file to create (.corrob)."));
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("The case's title."), QStringLiteral("T"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the result as JSON."));
    parser.addOptions({title, json});
    if (auto code = ctx.parse(parser, QStringLiteral("new"), args, 1, 1)) {
        return *code;
    }
    const QString path = parser.positionalArguments().constFirst();
    auto created = casefile::Case::create(path, parser.value(title), ctx.caseOptions());
    if (!created) {
        return ctx.fail(kExitCannotOpen, created.error());
    }
    auto caseTitle = created.value()->title();
    if (parser.isSet(json)) {
        ctx.printJson(QJsonObject{{QStringLiteral("case"), path},
                                  {QStringLiteral("title"), caseTitle ? caseTitle.value() : QString()}});
    } else {
        ctx.out() << "created " << path << Qt::endl;
    }
    return kExitOk;
}

} // namespace corrob::cli
