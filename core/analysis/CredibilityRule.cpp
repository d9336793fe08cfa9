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
    // "A", "A and B", "A, B and C", "A, B, C, D, E and 3 more": written straight into one string (one per
    // statement, tens of thousands in a large case), not joined from a copy of the list.
    const qsizetype shown = std::min(names.size(), s_maxNames);
    if (shown == 0) {
        return QString();
    }
    if (names.size() == 1) {
        return names.first();
    }
    qsizetype size = 16;
    for (qsizetype k = 0; k < shown; ++k) {
        size += names.at(k).size() + 5;
    }
    QString out;
    out.reserve(size);
    for (qsizetype k = 0; k < shown; ++k) {
        if (k > 0) {
            out += k == shown - 1 && names.size() == shown ? QStringView(u" and ") : QStringView(u", ");
        }
        out += names.at(k);
    }
    if (names.size() > shown) {
        out += u" and " + QString::number(names.size() - shown) + u" more";
    }
    return out;
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
                       u") and backed by no other independent source; its only origin is " + origins};
    }
    return {4, u"doubtful: contradicted by " + against + weighed(w, x) + u", against " + sources(s) + u" (" + origins +
                   u')'};
}

} // namespace corrob::analysis
