// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Vocabulary.h"

#include <QRegularExpression>

#include <array>

namespace corrob::model {
namespace {

// Names indexed by the enum's value; the enums are dense and start at 0.
const std::array<QString, 6>& claimKinds()
{
    static const std::array<QString, 6> names = {QStringLiteral("figure"), QStringLiteral("allegation"),
                                                 QStringLiteral("denial"), QStringLiteral("legal"),
                                                 QStringLiteral("quote"),  QStringLiteral("other")};
    return names;
}

const std::array<QString, 11>& sourceKinds()
{
    static const std::array<QString, 11> names = {
        QStringLiteral("person"),     QStringLiteral("organisation"), QStringLiteral("ngo"),
        QStringLiteral("government"), QStringLiteral("military"),     QStringLiteral("intergovernmental"),
        QStringLiteral("media"),      QStringLiteral("researcher"),   QStringLiteral("witness"),
        QStringLiteral("anonymous"),  QStringLiteral("other")};
    return names;
}

const std::array<QString, 5>& linkTypes()
{
    static const std::array<QString, 5> names = {QStringLiteral("corroborates"), QStringLiteral("contradicts"),
                                                 QStringLiteral("repeats"), QStringLiteral("updates"),
                                                 QStringLiteral("elaborates")};
    return names;
}

const std::array<QString, 5>& noteTargets()
{
    static const std::array<QString, 5> names = {QStringLiteral("case"), QStringLiteral("report"),
                                                 QStringLiteral("claim"), QStringLiteral("link"),
                                                 QStringLiteral("source")};
    return names;
}

template <typename Names> QStringList toList(const Names& names)
{
    return QStringList(names.begin(), names.end());
}

template <typename Enum, typename Names>
Result<Enum> parse(const Names& names, const QString& name, const QString& what)
{
    const QString key = name.trimmed().toLower();
    for (size_t i = 0; i < names.size(); ++i) {
        if (names[i] == key) {
            return static_cast<Enum>(i);
        }
    }
    return Error{ErrorCode::InvalidArgument,
                 QStringLiteral("unknown %1 '%2'; use one of: %3").arg(what, name, toList(names).join(u", ")),
                 {}};
}

} // namespace

QString claimKindName(ClaimKind kind)
{
    return claimKinds().at(static_cast<size_t>(kind));
}

QStringList claimKindNames()
{
    return toList(claimKinds());
}

Result<ClaimKind> parseClaimKind(const QString& name)
{
    auto kind = parse<ClaimKind>(claimKinds(), name, QStringLiteral("claim kind"));
    if (kind) {
        return kind;
    }
    // The product's word for the kind stored as "legal", as a user or another program writes it.
    static const QRegularExpression spacing(QStringLiteral("[\\s_-]+"));
    if (name.trimmed().toLower().replace(spacing, QStringLiteral(" ")) == u"legal qualification") {
        return ClaimKind::Legal;
    }
    return kind;
}

QString sourceKindName(SourceKind kind)
{
    return sourceKinds().at(static_cast<size_t>(kind));
}

QStringList sourceKindNames()
{
    return toList(sourceKinds());
}

Result<SourceKind> parseSourceKind(const QString& name)
{
    // "organization" is what many users type.
    if (name.trimmed().compare(u"organization", Qt::CaseInsensitive) == 0) {
        return SourceKind::Organisation;
    }
    return parse<SourceKind>(sourceKinds(), name, QStringLiteral("source kind"));
}

QString linkTypeName(LinkType type)
{
    return linkTypes().at(static_cast<size_t>(type));
}

QStringList linkTypeNames()
{
    return toList(linkTypes());
}

Result<LinkType> parseLinkType(const QString& name)
{
    return parse<LinkType>(linkTypes(), name, QStringLiteral("link type"));
}

QString noteTargetName(NoteTarget target)
{
    return noteTargets().at(static_cast<size_t>(target));
}

QStringList noteTargetNames()
{
    return toList(noteTargets());
}

Result<NoteTarget> parseNoteTarget(const QString& name)
{
    return parse<NoteTarget>(noteTargets(), name, QStringLiteral("note target"));
}

Status checkCredibility(int credibility)
{
    if (credibility < 1 || credibility > 6) {
        return Error{
            ErrorCode::InvalidArgument, QStringLiteral("credibility must be 1 to 6 (got %1)").arg(credibility), {}};
    }
    return {};
}

Result<QString> parseReliability(const QString& grade)
{
    const QString g = grade.trimmed().toUpper();
    if (g.size() != 1 || g.at(0) < u'A' || g.at(0) > u'F') {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("reliability must be one letter A to F (got '%1')").arg(grade),
                     {}};
    }
    return g;
}

Status checkConfidence(double confidence)
{
    // NOLINTNEXTLINE(readability-simplify-boolean-expr): written so that NaN fails too, which De Morgan's form lets by
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("confidence must be between 0 and 1 (got %1)").arg(confidence),
                     {}};
    }
    return {};
}

Result<QString> parseColour(const QString& colour)
{
    static const QRegularExpression rgb(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    const QString c = colour.trimmed();
    if (!rgb.match(c).hasMatch()) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("a tag colour must look like #rrggbb (got '%1')").arg(colour),
                     {}};
    }
    return c.toLower();
}

} // namespace corrob::model
