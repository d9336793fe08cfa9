// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace corrob::model {

// A date known only as precisely as the source says: "2022", "2022-04", "2022-04-01" or "2022-04-01T10:30Z".
// An empty value means unknown. Stored as its ISO text plus the precision.
struct PartialDate
{
    enum class Precision
    {
        Unknown,
        Year,
        Month,
        Day,
        Time,
    };

    QString iso;
    Precision precision = Precision::Unknown;

    [[nodiscard]] bool isKnown() const { return precision != Precision::Unknown; }

    // Parses ISO-8601 text of any of the four precisions; anything else gives an unknown date.
    static PartialDate fromIso(const QString& text);
    // The date as a reader writes it, only as precise as it is known: "2022", "Apr 2022", "1 Nov 2021"; a time
    // shows its day (UTC) and nothing finer. Month names come from locale. Empty when unknown. Sort by iso, not by
    // this text.
    [[nodiscard]] QString displayText(const QLocale& locale = QLocale()) const;
    static QString precisionName(Precision p);
    static Precision precisionFromName(const QString& name);

    bool operator==(const PartialDate&) const = default;
};

} // namespace corrob::model
