// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/CredibilityRule.h"

namespace corrob::analysis {
namespace {

constexpr qsizetype s_maxNames = 5;

QString sources(int n)
{
    return n == 1 ? QStringLiteral("1 independent source") : QStringLiteral("%1 independent sources").arg(n);
}

} // namespace

QString nameList(const QStringList& names)
{
    if (names.isEmpty()) {
        return QString();
    }
    const qsizetype shown = std::min(names.size(), s_maxNames);
    QStringList head = names.mid(0, shown);
    if (names.size() > shown) {
        return head.join(QStringLiteral(", ")) + QStringLiteral(" and %1 more").arg(names.size() - shown);
    }
    if (head.size() == 1) {
        return head.first();
    }
    const QString last = head.takeLast();
    return head.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
}

Credibility suggestCredibility(const Evidence& e)
{
    const int s = e.independentSources;
    const int x = e.contradictingSources;
    const QString origins = nameList(e.originNames);
    const QString against = nameList(e.contradictingNames);
    if (!e.knownOrigin) {
        return {6, QStringLiteral("cannot be judged: no source or outlet is recorded for this claim or the claims "
                                  "corroborating it")};
    }
    if (x == 0) {
        if (s >= 2) {
            return {1,
                    QStringLiteral("confirmed: corroborated by %1 (%2), none contradicting").arg(sources(s), origins)};
        }
        if (e.reports >= 2) {
            return {3, QStringLiteral("possibly true: reported in %1 reports but all from one origin (%2)")
                           .arg(e.reports)
                           .arg(origins)};
        }
        return {3, QStringLiteral("possibly true: a single source (%1), not yet corroborated").arg(origins)};
    }
    if (s >= 2 && x < s) {
        return {2, QStringLiteral("probably true: corroborated by %1 (%2), contradicted by %3")
                       .arg(sources(s), origins, against)};
    }
    if (s == 1 && x >= 2) {
        return {5, QStringLiteral("improbable: contradicted by %1 (%2) and not corroborated; its only origin is %3")
                       .arg(sources(x), against, origins)};
    }
    return {4, QStringLiteral("doubtful: contradicted by %1, against %2 (%3)").arg(against, sources(s), origins)};
}

} // namespace corrob::analysis
