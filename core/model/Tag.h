// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"

#include <QString>
#include <QStringList>

#include <algorithm>

namespace corrob::model {

// A code of the case's hierarchical codebook. Sibling names are unique; the tree has no cycles.
struct Tag
{
    static QString defaultColour() { return QStringLiteral("#f2c94c"); }
    // The colours new tags get, told apart from each other and from an untagged claim's grey.
    static const QStringList& palette()
    {
        static const QStringList colours{
            QStringLiteral("#f2c94c"), QStringLiteral("#6fcf97"), QStringLiteral("#56ccf2"), QStringLiteral("#eb5757"),
            QStringLiteral("#bb6bd9"), QStringLiteral("#f2994a"), QStringLiteral("#2d9cdb"), QStringLiteral("#a3c76d"),
            QStringLiteral("#e07bb5"), QStringLiteral("#9aa5b1")};
        return colours;
    }
    // A new tag's colour: the palette's first that no tag has (colours: the case's tags'), else the palette in turn.
    static QString newColour(const QStringList& colours)
    {
        const QStringList& p = palette();
        const auto unused = std::find_if(p.cbegin(), p.cend(),
                                         [&](const QString& c) { return !colours.contains(c, Qt::CaseInsensitive); });
        return unused != p.cend() ? *unused : p.at(colours.size() % p.size());
    }

    TagId id;
    TagId parent; // invalid for a top-level tag
    QString name;
    QString colour = defaultColour(); // "#rrggbb"
    QString description;
    int position = 0; // order among siblings

    bool operator==(const Tag&) const = default;
};

} // namespace corrob::model
