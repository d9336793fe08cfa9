// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliContext.h"

#include "core/common/LoginName.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <cstdio>

namespace corrob::cli {

CliContext::CliContext() : m_out(stdout), m_err(stderr)
{
}

int CliContext::fail(int code, const QString& what, const QString& where)
{
    m_err << "error: " << what;
    if (!where.isEmpty()) {
        m_err << " (" << where << ')';
    }
    m_err << Qt::endl;
    return code;
}

void CliContext::warn(const QString& what, const QString& where)
{
    m_err << "warning: " << what;
    if (!where.isEmpty()) {
        m_err << " (" << where << ')';
    }
    m_err << Qt::endl;
}

int CliContext::fail(int code, const Error& error)
{
    return fail(code, error.message, error.context);
}

std::optional<int> CliContext::parse(QCommandLineParser& parser, const QString& command, const QStringList& args,
                                     int minPositional, int maxPositional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show help for this command."));
    parser.addOption(help);
    const QString where = u"corroborate-cli " + command;
    if (!parser.parse(args)) {
        return fail(kExitUsage, parser.errorText(), where);
    }
    if (parser.isSet(help)) {
        m_out << parser.helpText().replace(QStringLiteral("[options]"), command + QStringLiteral(" [options]"));
        m_out.flush();
        return kExitOk;
    }
    const auto n = parser.positionalArguments().size();
    if (n < minPositional) {
        return fail(kExitUsage, QStringLiteral("missing arguments; see --help"), where);
    }
    if (maxPositional >= 0 && n > maxPositional) {
        return fail(
            kExitUsage,
            QStringLiteral("unexpected argument '%1'; see --help").arg(parser.positionalArguments().at(maxPositional)),
            where);
    }
    return std::nullopt;
}

casefile::CaseOptions CliContext::caseOptions() const
{
    const QSettings settings;
    QString actor = settings.value(QStringLiteral("audit/actor")).toString().trimmed();
    return {actor.isEmpty() ? loginName() : actor};
}

void CliContext::printJson(const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

QJsonValue jsonText(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace corrob::cli
