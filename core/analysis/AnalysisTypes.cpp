// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/AnalysisTypes.h"

#include <charconv>
#include <iterator>

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

namespace {

// Reasons are written by appending to one string, numbers without a temporary QString: the CLI and the exports
// write one per claim.
void appendNumber(QString& out, qint64 n)
{
    char digits[24];
    auto* const end = std::to_chars(std::begin(digits), std::end(digits), n).ptr;
    out.append(QLatin1String(digits, qsizetype(end - digits)));
}

void appendClaim(QString& out, ClaimId claim)
{
    out.append(QLatin1String("claim #"));
    appendNumber(out, claim.value);
}

// " (link #4 to claim #7, Kyiv Independent)": the link, the end inside the statement when it is not the claim the
// reason is for, and whose claim it is; nothing when there is none of the three.
void appendLinkRef(QString& out, const ReasonLink& link, ClaimId inside, ClaimId self, const QString& who = {})
{
    const qsizetype before = out.size();
    out.append(QLatin1String(" ("));
    const qsizetype open = out.size();
    if (link.id.isValid()) {
        out.append(QLatin1String("link #"));
        appendNumber(out, link.id.value);
    }
    if (inside != self) {
        out.append(out.size() == open ? QLatin1String("to ") : QLatin1String(" to "));
        appendClaim(out, inside);
    }
    if (!who.isEmpty()) {
        if (out.size() != open) {
            out.append(QLatin1String(", "));
        }
        out.append(who);
    }
    if (out.size() == open) {
        out.truncate(before);
    } else {
        out.append(u')');
    }
}

void appendLink(QString& out, const ReasonLink& link, ClaimId self)
{
    switch (link.kind) {
    case ReasonLink::Kind::Repeats:
        if (link.from == self) {
            out.append(QLatin1String("repeats "));
            appendClaim(out, link.to);
        } else if (link.to == self) {
            out.append(QLatin1String("repeated by "));
            appendClaim(out, link.from);
        } else {
            appendClaim(out, link.from);
            out.append(QLatin1String(" repeats "));
            appendClaim(out, link.to);
        }
        appendLinkRef(out, link, self, self);
        return;
    case ReasonLink::Kind::Corroborated:
        out.append(QLatin1String("corroborated by "));
        appendClaim(out, link.from);
        appendLinkRef(out, link, link.inside, self, link.who);
        return;
    case ReasonLink::Kind::Contradicted:
        out.append(QLatin1String("contradicted by "));
        appendClaim(out, link.inside == link.from ? link.to : link.from);
        appendLinkRef(out, link, link.inside, self, link.who);
        return;
    case ReasonLink::Kind::Backs:
        out.append(QLatin1String("backs "));
        appendClaim(out, link.to);
        appendLinkRef(out, link, link.inside, self);
        out.append(QLatin1String(", which adds no source to this one"));
        return;
    }
}

} // namespace

QString ClaimAnalysis::reason() const
{
    if (!reasonParts) {
        return {};
    }
    const ReasonParts& parts = *reasonParts;
    if (parts.links.isEmpty()) {
        return parts.sentence; // shared, not copied
    }
    static constexpr std::array<const char*, 4> kMore{"repeats links", "corroborating links", "contradicting links",
                                                      "corroborated claims"};
    QString out = parts.sentence;
    bool first = true;
    auto link = parts.links.cbegin();
    for (std::size_t kind = 0; kind < kMore.size(); ++kind) {
        for (; link != parts.links.cend() && std::size_t(link->kind) == kind; ++link) {
            out.append(first ? QStringView(u" \u2014 ") : QStringView(u"; "));
            first = false;
            appendLink(out, *link, claim);
        }
        if (parts.counts[kind] > ReasonParts::kShown) {
            out.append(QLatin1String(" and "));
            appendNumber(out, parts.counts[kind] - ReasonParts::kShown);
            out.append(QLatin1String(" more "));
            out.append(QLatin1String(kMore[kind]));
        }
    }
    return out;
}

bool ClaimAnalysis::hasSameReasonAs(const ClaimAnalysis& other) const
{
    if (claim != other.claim) {
        return reason() == other.reason();
    }
    if (reasonParts == other.reasonParts) {
        return true;
    }
    return reasonParts && other.reasonParts && *reasonParts == *other.reasonParts;
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
