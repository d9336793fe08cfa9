// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CaseCommand.h"

#include <QFileInfo>
#include <QStringList>

#include <utility>

namespace corrob::cli {

CaseCommand::CaseCommand(CliContext& ctx, QString name, const QString& description)
    : m_ctx(ctx), m_name(std::move(name))
{
    m_parser.setApplicationDescription(description);
    m_parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
}

void CaseCommand::addJsonOption(const QString& description)
{
    m_json.emplace(QStringLiteral("json"), description);
    m_parser.addOption(*m_json);
}

bool CaseCommand::json() const
{
    return m_json && m_parser.isSet(*m_json);
}

bool CaseCommand::open(const QStringList& args, int minPositional, int maxPositional)
{
    return parse(args, minPositional, maxPositional) && open();
}

bool CaseCommand::parse(const QStringList& args, int minPositional, int maxPositional)
{
    if (auto code = m_ctx.parse(m_parser, m_name, args, minPositional, maxPositional)) {
        m_exitCode = *code;
        return false;
    }
    return true;
}

namespace {

// The commands that only read the case (not extract: it stores the entity mentions it finds). The others check
// the whole file before they change it (Case::checkStructure): a change written into a damaged file was saved, then
// reported as failed when the command read something back, and made twice when tried again.
bool onlyReads(const QString& command)
{
    static const QStringList reading{
        QStringLiteral("analyze"), QStringLiteral("backup"),  QStringLiteral("claims"), QStringLiteral("exclusions"),
        QStringLiteral("export"),  QStringLiteral("links"),   QStringLiteral("notes"),  QStringLiteral("reports"),
        QStringLiteral("search"),  QStringLiteral("sources"), QStringLiteral("tags"),   QStringLiteral("text"),
        QStringLiteral("verify"),
    };
    return reading.contains(command);
}

// Whether the case cannot be written where it is: the file, or its folder (SQLite writes its -wal and -shm files
// beside it), is read-only.
bool cannotBeWrittenThere(const QString& path)
{
    const QFileInfo file(path);
    return file.exists() && (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable());
}

} // namespace

bool CaseCommand::open()
{
    auto opened = casefile::Case::open(casePath(), m_ctx.caseOptions());
    if (!opened && onlyReads(m_name) && cannotBeWrittenThere(casePath())) {
        // Evidence on write-protected media: read it as it is.
        opened = casefile::Case::open(casePath(), m_ctx.caseOptions(), casefile::Case::Access::ReadOnly);
        if (!opened && QFileInfo(casePath() + QStringLiteral("-wal")).size() > 0) {
            opened = Error{opened.error().code,
                           QStringLiteral("the case's folder cannot be written, and the changes waiting in its "
                                          "write-ahead log (-wal) cannot be read there: copy the case with its -wal "
                                          "file to a folder that can be written"),
                           casePath()};
        }
    }
    if (!opened) {
        fail(kExitCannotOpen, opened.error());
        return false;
    }
    if (!onlyReads(m_name)) {
        if (const Status sound = opened.value()->checkStructure(); !sound) {
            fail(kExitCannotOpen, sound.error());
            return false;
        }
    }
    m_case = std::move(opened).value();
    if (const auto& kept = m_case->upgradeBackup(); !kept.path.isEmpty()) {
        m_ctx.err() << "note: upgraded the case from schema version " << kept.fromVersion << " to " << kept.toVersion
                    << "; the case as it was is kept in " << kept.path << Qt::endl;
        for (const QString& removed : kept.removed) {
            m_ctx.err() << "note: removed an older copy kept before an upgrade (the newest "
                        << casefile::Case::kKeptUpgradeBackups << " are kept): " << removed << Qt::endl;
        }
    }
    return true;
}

std::optional<QString> CaseCommand::valueIfSet(const QCommandLineOption& option) const
{
    return m_parser.isSet(option) ? std::optional<QString>(m_parser.value(option)) : std::nullopt;
}

std::optional<QString> CaseCommand::valueIfSet(const QString& optionName) const
{
    return m_parser.isSet(optionName) ? std::optional<QString>(m_parser.value(optionName)) : std::nullopt;
}

QString CaseCommand::where() const
{
    return u"corroborate-cli " + m_name;
}

int CaseCommand::usageError(const QString& what)
{
    return fail(kExitUsage, what, where());
}

std::optional<qint64> CaseCommand::id(const QString& text, const QString& what)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value <= 0) {
        usageError(QStringLiteral("%1 must be an id such as 3 (got '%2')").arg(what, text));
        return std::nullopt;
    }
    return value;
}

int CaseCommand::fail(int code, const QString& what, const QString& where)
{
    m_exitCode = m_ctx.fail(code, what, where);
    return m_exitCode;
}

int CaseCommand::fail(int code, const Error& error)
{
    return fail(code, error.message, error.context);
}

int CaseCommand::inputFailed(const Error& error)
{
    return fail(kExitSomeFailed, error.message,
                error.context.isEmpty() ? casePath() : error.context + u" in " + casePath());
}

} // namespace corrob::cli
