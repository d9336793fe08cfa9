// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/Figure.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace corrob::text {
namespace {

bool looksPlural(QStringView w)
{
    return w.size() > 2 && w.endsWith(u's') && !w.endsWith(u"ss") && !w.endsWith(u"us") && !w.endsWith(u"is");
}

struct Interval
{
    double low;
    double high;
    bool lowInclusive;
    bool highInclusive;
};

Interval intervalOf(const Figure& f)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    Interval r{f.low.value_or(-inf), f.high.value_or(inf), f.lowInclusive, f.highInclusive};
    if (f.low && f.high && *f.low == *f.high) {
        // An exact figure stands for the band it was rounded to: "6,700" covers 6,650..6,750.
        r.low -= f.precision / 2;
        r.high += f.precision / 2;
        r.lowInclusive = r.highInclusive = true;
    }
    return r;
}

bool nearlyEqual(double a, double b)
{
    if (std::isinf(a) || std::isinf(b)) {
        return a == b;
    }
    return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

} // namespace

QString figureUnitKey(const QString& unit)
{
    QString key = unit.toLower();
    if (key == u"people" || key == u"persons" || key == u"person") {
        return QStringLiteral("people");
    }
    if (key.endsWith(u"ies") && key.size() > 4) {
        key.chop(3);
        key.append(u'y');
    } else if (looksPlural(key)) {
        key.chop(1);
    }
    return key;
}

bool figuresDisagree(const Figure& a, const Figure& b)
{
    if (a.unit != b.unit && figureUnitKey(a.unit) != figureUnitKey(b.unit)) {
        return false;
    }
    const Interval x = intervalOf(a);
    const Interval y = intervalOf(b);
    auto apart = [](const Interval& lower, const Interval& upper) {
        if (lower.high < upper.low && !nearlyEqual(lower.high, upper.low)) {
            return true;
        }
        return nearlyEqual(lower.high, upper.low) && !(lower.highInclusive && upper.lowInclusive);
    };
    if (apart(x, y) || apart(y, x)) {
        return true;
    }
    const Figure& coarse = a.precision >= b.precision ? a : b;
    const Figure& fine = a.precision >= b.precision ? b : a;
    const double step = coarse.precision;
    if (a.low && b.low && !a.high && !b.high) {
        // The coarser lower bound must be the finer one rounded down: 1,235 -> "more than 1,200".
        const double c = *coarse.low;
        const double v = *fine.low;
        return !((c < v || nearlyEqual(c, v)) && v < c + step && !nearlyEqual(v, c + step));
    }
    if (a.high && b.high && !a.low && !b.low) {
        // The coarser upper bound must be the finer one rounded up: 38 -> "up to 40".
        const double c = *coarse.high;
        const double v = *fine.high;
        return !((v < c || nearlyEqual(c, v)) && v > c - step && !nearlyEqual(v, c - step));
    }
    return false;
}

} // namespace corrob::text
