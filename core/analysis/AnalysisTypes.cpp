// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/AnalysisTypes.h"

namespace corrob::analysis {

QString linkTypeName(LinkType type)
{
    switch (type) {
    case LinkType::Corroborates:
        return QStringLiteral("corroborates");
    case LinkType::Contradicts:
        return QStringLiteral("contradicts");
    case LinkType::Repeats:
        return QStringLiteral("repeats");
    case LinkType::Updates:
        return QStringLiteral("updates");
    case LinkType::Elaborates:
        return QStringLiteral("elaborates");
    }
    return QString();
}

std::optional<LinkType> linkTypeFromName(const QString& name)
{
    for (LinkType t :
         {LinkType::Corroborates, LinkType::Contradicts, LinkType::Repeats, LinkType::Updates, LinkType::Elaborates}) {
        if (linkTypeName(t) == name) {
            return t;
        }
    }
    return std::nullopt;
}

QString conflictKindName(ConflictKind kind)
{
    return kind == ConflictKind::Contradicts ? QStringLiteral("contradicts") : QStringLiteral("figures");
}

QList<ClaimId> ClaimAnalysis::corroboratedBy() const
{
    QList<ClaimId> others;
    others.reserve(component.size() - 1);
    for (ClaimId id : component) {
        if (id != claim) {
            others.append(id);
        }
    }
    return others;
}

const ClaimAnalysis* AnalysisResult::find(ClaimId id) const
{
    const auto it = index.constFind(id);
    return it == index.constEnd() ? nullptr : &claims.at(it.value());
}

void applyInputEdits(AnalysisInput& input, const QList<InputEdit>& edits)
{
    for (const InputEdit& edit : edits) {
        const qsizetype at = edit.position;
        const qsizetype claims = input.claims.size();
        const qsizetype links = input.links.size();
        switch (edit.kind) {
        case InputEdit::Kind::SetClaim:
            Q_ASSERT(at >= 0 && at < claims);
            if (at >= 0 && at < claims) {
                input.claims[at] = edit.claim;
            }
            break;
        case InputEdit::Kind::InsertClaim:
            Q_ASSERT(at >= 0 && at <= claims);
            if (at >= 0 && at <= claims) {
                input.claims.insert(at, edit.claim);
            }
            break;
        case InputEdit::Kind::RemoveClaim:
            Q_ASSERT(at >= 0 && at < claims);
            if (at >= 0 && at < claims) {
                input.claims.removeAt(at);
            }
            break;
        case InputEdit::Kind::SetLink:
            Q_ASSERT(at >= 0 && at < links);
            if (at >= 0 && at < links) {
                input.links[at] = edit.link;
            }
            break;
        case InputEdit::Kind::InsertLink:
            Q_ASSERT(at >= 0 && at <= links);
            if (at >= 0 && at <= links) {
                input.links.insert(at, edit.link);
            }
            break;
        case InputEdit::Kind::RemoveLink:
            Q_ASSERT(at >= 0 && at < links);
            if (at >= 0 && at < links) {
                input.links.removeAt(at);
            }
            break;
        case InputEdit::Kind::SetSources:
            input.sources = edit.sources;
            break;
        }
    }
}

} // namespace corrob::analysis
