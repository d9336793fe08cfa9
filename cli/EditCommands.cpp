// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/EditCommands.h"

#include "core/case/CaseReader.h"
#include "core/case/edits/Edit.h"
#include "core/model/Vocabulary.h"

#include <QJsonArray>

namespace corrob::cli {

int runSubcommand(CliContext& ctx, const QString& family, const QStringList& args, const QList<Subcommand>& subs)
{
    const QString name = args.value(1);
    for (const Subcommand& s : subs) {
        if (s.name == name) {
            QStringList rest = args;
            rest.removeAt(1);
            return s.run(ctx, rest);
        }
    }
    const bool help = name == u"--help" || name == u"-h" || name == u"help";
    QTextStream& stream = help ? ctx.out() : ctx.err();
    if (!help) {
        ctx.fail(kExitUsage,
                 name.isEmpty() ? QStringLiteral("missing subcommand")
                                : QStringLiteral("unknown subcommand '%1'").arg(name),
                 u"corroborate-cli " + family);
    }
    stream << "usage:\n";
    for (const Subcommand& s : subs) {
        stream << "  corroborate-cli " << family << ' ' << s.synopsis << '\n';
    }
    stream << "'corroborate-cli " << family << " SUBCOMMAND --help' describes a subcommand.\n";
    stream.flush();
    return help ? kExitOk : kExitUsage;
}

int exitCodeFor(const Error& error)
{
    switch (error.code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::NotFound:
    case ErrorCode::AlreadyExists:
    case ErrorCode::Unsupported:
        return kExitSomeFailed;
    default:
        return kExitCannotOpen;
    }
}

int applyEdit(CliContext& ctx, casefile::Case& target, casefile::Edit& edit)
{
    const Status s = edit.apply(target);
    if (!s) {
        return ctx.fail(exitCodeFor(s.error()), s.error());
    }
    return kExitOk;
}

Result<NameIndex> NameIndex::load(casefile::Case& target)
{
    casefile::CaseReader reader(target);
    auto sources = reader.sources();
    CORROB_TRY(sources);
    auto tags = reader.tags();
    CORROB_TRY(tags);
    NameIndex index;
    for (const model::Source& s : sources.value()) {
        index.sources.insert(s.id.value, s.name);
    }
    index.tags = std::move(tags).value();
    return index;
}

QJsonValue NameIndex::sourceName(SourceId id) const
{
    return id.isValid() ? QJsonValue(sources.value(id.value)) : QJsonValue(QJsonValue::Null);
}

QString NameIndex::tagPath(TagId id) const
{
    return casefile::CaseReader::tagPath(tags, id);
}

QJsonObject claimJson(const model::Claim& c, const NameIndex& names)
{
    QJsonArray tags;
    for (const TagId t : c.tags) {
        tags.append(names.tagPath(t));
    }
    return {{QStringLiteral("id"), c.id.value},
            {QStringLiteral("report"), c.report.value},
            {QStringLiteral("start"), c.anchor.start},
            {QStringLiteral("end"), c.anchor.end},
            {QStringLiteral("quote"), c.anchor.quote},
            {QStringLiteral("prefix"), c.anchor.prefix},
            {QStringLiteral("suffix"), c.anchor.suffix},
            {QStringLiteral("statement"), c.statement},
            {QStringLiteral("source"), names.sourceName(c.source)},
            {QStringLiteral("source_id"), c.source.isValid() ? QJsonValue(c.source.value) : QJsonValue()},
            {QStringLiteral("kind"), model::claimKindName(c.kind)},
            {QStringLiteral("tags"), tags},
            {QStringLiteral("credibility"), c.credibility > 0 ? QJsonValue(c.credibility) : QJsonValue()},
            {QStringLiteral("orphaned"), c.orphaned},
            {QStringLiteral("created_at"), c.createdAt},
            {QStringLiteral("created_by"), c.createdBy},
            {QStringLiteral("updated_at"), c.updatedAt}};
}

QJsonObject linkJson(const model::Link& l)
{
    return {{QStringLiteral("id"), l.id.value},
            {QStringLiteral("from"), l.from.value},
            {QStringLiteral("to"), l.to.value},
            {QStringLiteral("type"), model::linkTypeName(l.type)},
            {QStringLiteral("note"), jsonText(l.note)},
            {QStringLiteral("confidence"), l.confidence ? QJsonValue(*l.confidence) : QJsonValue()},
            {QStringLiteral("author"), l.author},
            {QStringLiteral("created_at"), l.createdAt}};
}

QJsonObject sourceJson(const model::Source& s, const NameIndex& names)
{
    return {
        {QStringLiteral("id"), s.id.value},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("aliases"), QJsonArray::fromStringList(s.aliases)},
        {QStringLiteral("kind"), model::sourceKindName(s.kind)},
        {QStringLiteral("affiliation"), names.sourceName(s.affiliation)},
        {QStringLiteral("affiliation_id"), s.affiliation.isValid() ? QJsonValue(s.affiliation.value) : QJsonValue()},
        {QStringLiteral("reliability"), jsonText(s.reliability)},
        {QStringLiteral("rationale"), jsonText(s.rationale)}};
}

QJsonObject noteJson(const model::Note& n)
{
    return {{QStringLiteral("id"), n.id.value},
            {QStringLiteral("target"), model::noteTargetName(n.target)},
            {QStringLiteral("target_id"), n.target == model::NoteTarget::Case ? QJsonValue() : QJsonValue(n.targetId)},
            {QStringLiteral("body"), n.body},
            {QStringLiteral("author"), n.author},
            {QStringLiteral("created_at"), n.createdAt},
            {QStringLiteral("updated_at"), n.updatedAt}};
}

std::optional<TagId> resolveTag(CaseCommand& cmd, const QString& text)
{
    casefile::CaseReader reader(cmd.target());
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber) {
        auto tags = reader.tags();
        if (!tags) {
            cmd.fail(exitCodeFor(tags.error()), tags.error());
            return std::nullopt;
        }
        for (const model::Tag& t : tags.value()) {
            if (t.id.value == id) {
                return t.id;
            }
        }
    } else {
        auto found = reader.tagAtPath(text);
        if (!found) {
            cmd.fail(exitCodeFor(found.error()), found.error());
            return std::nullopt;
        }
        if (found.value()) {
            return found.value()->id;
        }
    }
    cmd.fail(kExitSomeFailed, QStringLiteral("no such tag"), QStringLiteral("tag '%1'").arg(text));
    return std::nullopt;
}

std::optional<SourceId> resolveSource(CaseCommand& cmd, const QString& text)
{
    casefile::CaseReader reader(cmd.target());
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber && reader.source(SourceId(id)).ok()) {
        return SourceId(id);
    }
    auto found = reader.sourceNamed(text);
    if (!found) {
        cmd.fail(exitCodeFor(found.error()), found.error());
        return std::nullopt;
    }
    if (!found.value()) {
        cmd.fail(kExitSomeFailed, QStringLiteral("no such source"), QStringLiteral("source '%1'").arg(text));
        return std::nullopt;
    }
    return found.value()->id;
}

} // namespace corrob::cli
