// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/PartialDate.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

namespace corrob::model {

PartialDate PartialDate::fromIso(const QString& text)
{
    const QString t = text.trimmed();
    static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    if (year.match(t).hasMatch()) {
        return {t, Precision::Year};
    }
    if (const auto m = month.match(t); m.hasMatch()) {
        const int mm = m.captured(2).toInt();
        return (mm >= 1 && mm <= 12) ? PartialDate{t, Precision::Month} : PartialDate{};
    }
    if (const QDate d = QDate::fromString(t, Qt::ISODate); d.isValid() && t.size() == 10) {
        return {t, Precision::Day};
    }
    if (const QDateTime dt = QDateTime::fromString(t, Qt::ISODate); dt.isValid()) {
        return {dt.toUTC().toString(Qt::ISODate), Precision::Time};
    }
    return {};
}

QString PartialDate::displayText(const QLocale& locale) const
{
    // Day before month name: "1 Nov 2021" reads the same way in every English-speaking country, unlike 11/1/21.
    switch (precision) {
    case Precision::Year:
        return iso;
    case Precision::Month:
        return locale.toString(QDate::fromString(iso + QStringLiteral("-01"), Qt::ISODate), QStringLiteral("MMM yyyy"));
    case Precision::Day:
        return locale.toString(QDate::fromString(iso, Qt::ISODate), QStringLiteral("d MMM yyyy"));
    case Precision::Time:
        return locale.toString(QDateTime::fromString(iso, Qt::ISODate).toUTC().date(), QStringLiteral("d MMM yyyy"));
    case Precision::Unknown:
        break;
    }
    return {};
}

QString PartialDate::precisionName(Precision p)
{
    switch (p) {
    case Precision::Year:
        return QStringLiteral("year");
    case Precision::Month:
        return QStringLiteral("month");
    case Precision::Day:
        return QStringLiteral("day");
    case Precision::Time:
        return QStringLiteral("time");
    case Precision::Unknown:
        break;
    }
    return {};
}

PartialDate::Precision PartialDate::precisionFromName(const QString& name)
{
    if (name == u"year") {
        return Precision::Year;
    }
    if (name == u"month") {
        return Precision::Month;
    }
    if (name == u"day") {
        return Precision::Day;
    }
    if (name == u"time") {
        return Precision::Time;
    }
    return Precision::Unknown;
}

} // namespace corrob::model
