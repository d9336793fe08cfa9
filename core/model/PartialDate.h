// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    static QString precisionName(Precision p);
    static Precision precisionFromName(const QString& name);

    bool operator==(const PartialDate&) const = default;
};

} // namespace corrob::model
