// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/MonthNames.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>

namespace corrob::io {
namespace {

// One row a month: every name of it, lower case.
constexpr std::array<const char16_t*, 12> kNames = {
    u"january jan janvier januar jänner jaenner enero gennaio janeiro січень січня январь января",
    u"february feb février fevrier februar febrero febbraio fevereiro лютий лютого февраль февраля",
    u"march mar mars märz maerz marzo março marco березень березня март марта",
    u"april apr avril abril aprile квітень квітня апрель апреля",
    u"may mai mayo maggio maio травень травня май мая",
    u"june jun juin juni junio giugno junho червень червня июнь июня",
    u"july jul juillet juli julio luglio julho липень липня июль июля",
    u"august aug août aout agosto серпень серпня август августа",
    u"september sept sep septembre septiembre setiembre settembre setembro вересень вересня сентябрь сентября",
    u"october oct octobre oktober octubre ottobre outubro жовтень жовтня октябрь октября",
    u"november nov novembre noviembre novembro листопад листопада ноябрь ноября",
    u"december dec décembre decembre dezember diciembre dicembre dezembro грудень грудня декабрь декабря",
};

const QHash<QString, int>& monthsByName()
{
    static const QHash<QString, int> byName = [] {
        QHash<QString, int> names;
        for (std::size_t month = 0; month < kNames.size(); ++month) {
            for (const QString& name : QString::fromUtf16(kNames[month]).split(u' ', Qt::SkipEmptyParts)) {
                names.insert(name, int(month) + 1);
            }
        }
        return names;
    }();
    return byName;
}

} // namespace

int monthFromName(QStringView name)
{
    QString key = name.toString().toLower();
    if (key.endsWith(u'.')) {
        key.chop(1);
    }
    return monthsByName().value(key, 0);
}

const QString& monthNamePattern()
{
    static const QString pattern = [] {
        QStringList names = monthsByName().keys();
        std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
            return a.size() != b.size() ? a.size() > b.size() : a < b;
        });
        for (QString& name : names) {
            name = QRegularExpression::escape(name);
        }
        return names.join(u'|');
    }();
    return pattern;
}

} // namespace corrob::io
