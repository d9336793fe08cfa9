// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/CredibilityRule.h"

#include <cmath>

namespace corrob::analysis {
namespace {

constexpr qsizetype s_maxNames = 5;

QString sources(int n)
{
    return n == 1 ? QStringLiteral("1 independent source") : QStringLiteral("%1 independent sources").arg(n);
}

// ", which weigh as much as 1.25 reliable sources" when reliability grades changed the count, else nothing.
QString weighed(double weight, int count)
{
    if (std::abs(weight - double(count)) < 1e-9) {
        return QString();
    }
    return QStringLiteral(", which weigh as much as %1 reliable sources").arg(weight, 0, 'g', 3);
}

} // namespace

double contradictionWeight(const QString& reliability)
{
    const QString grade = reliability.trimmed().toUpper();
    if (grade == u"D") {
        return 0.5;
    }
    if (grade == u"E") {
        return 0.25;
    }
    return 1.0;
}

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
    const double w = x > 0 ? e.contradictingWeight : 0.0;
    const QString origins = nameList(e.originNames);
    const QString against = nameList(e.contradictingNames);
    if (!e.knownOrigin) {
        return {6, QStringLiteral("cannot be judged: no source or outlet is recorded for this claim or the claims "
                                  "corroborating it")};
    }
    if (w <= 0) {
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
    if (w < 1) {
        const QString weak = (e.contradictingNames.size() == 1
                                  ? QStringLiteral("disputed only by %1, which weighs less than one reliable source")
                                  : QStringLiteral("disputed only by %1, which together weigh less than one reliable "
                                                   "source"))
                                 .arg(against);
        if (s >= 2) {
            return {2, QStringLiteral("probably true: corroborated by %1 (%2), %3").arg(sources(s), origins, weak)};
        }
        return {3, QStringLiteral("possibly true: a single source (%1), %2").arg(origins, weak)};
    }
    if (w < s) {
        return {2, QStringLiteral("probably true: corroborated by %1 (%2), contradicted by %3%4")
                       .arg(sources(s), origins, against, weighed(w, x))};
    }
    if (s == 1 && w >= 2) {
        return {5, QStringLiteral("improbable: contradicted by %1 (%2%3) and not corroborated; its only origin is %4")
                       .arg(sources(x), against, weighed(w, x), origins)};
    }
    return {4, QStringLiteral("doubtful: contradicted by %1%2, against %3 (%4)")
                   .arg(against, weighed(w, x), sources(s), origins)};
}

} // namespace corrob::analysis
