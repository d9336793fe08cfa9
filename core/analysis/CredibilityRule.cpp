// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/CredibilityRule.h"

#include <cmath>

namespace corrob::analysis {
namespace {

constexpr qsizetype s_maxNames = 5;

QString sources(int n)
{
    return QString::number(n) + (n == 1 ? QStringView(u" independent source") : QStringView(u" independent sources"));
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
    // Built by concatenation, not arg(): there is one reason per statement, tens of thousands in a large case.
    const int s = e.independentSources;
    const int x = e.contradictingSources;
    const double w = x > 0 ? e.contradictingWeight : 0.0;
    if (!e.knownOrigin) {
        return {6, QStringLiteral("cannot be judged: no source or outlet is recorded for this claim or the claims "
                                  "corroborating it")};
    }
    const QString origins = nameList(e.originNames);
    if (w <= 0) {
        if (s >= 2) {
            return {1, u"confirmed: corroborated by " + sources(s) + u" (" + origins + u"), none contradicting"};
        }
        if (e.reports >= 2) {
            return {3, u"possibly true: reported in " + QString::number(e.reports) +
                           u" reports but all from one origin (" + origins + u')'};
        }
        return {3, u"possibly true: a single source (" + origins + u"), not yet corroborated"};
    }
    const QString against = nameList(e.contradictingNames);
    if (w < 1) {
        const QString weak =
            u"disputed only by " + against +
            (e.contradictingNames.size() == 1 ? QStringView(u", which weighs less than one reliable source")
                                              : QStringView(u", which together weigh less than one reliable source"));
        if (s >= 2) {
            return {2, u"probably true: corroborated by " + sources(s) + u" (" + origins + u"), " + weak};
        }
        return {3, u"possibly true: a single source (" + origins + u"), " + weak};
    }
    if (w < s) {
        return {2, u"probably true: corroborated by " + sources(s) + u" (" + origins + u"), contradicted by " +
                       against + weighed(w, x)};
    }
    if (s == 1 && w >= 2) {
        return {5, u"improbable: contradicted by " + sources(x) + u" (" + against + weighed(w, x) +
                       u") and not corroborated; its only origin is " + origins};
    }
    return {4, u"doubtful: contradicted by " + against + weighed(w, x) + u", against " + sources(s) + u" (" + origins +
                   u')'};
}

} // namespace corrob::analysis
