// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"

#include <QString>

namespace corrob::model {

// A code of the case's hierarchical codebook. Sibling names are unique; the tree has no cycles.
struct Tag
{
    static QString defaultColour() { return QStringLiteral("#f2c94c"); }

    TagId id;
    TagId parent; // invalid for a top-level tag
    QString name;
    QString colour = defaultColour(); // "#rrggbb"
    QString description;
    int position = 0; // order among siblings

    bool operator==(const Tag&) const = default;
};

} // namespace corrob::model
