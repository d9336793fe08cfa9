// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Link.h"

#include <QColor>

namespace corrob::ui {

// The colour of a link type wherever links are drawn (curves, highlights, legends).
inline QColor linkTypeColour(model::LinkType type)
{
    switch (type) {
    case model::LinkType::Corroborates:
        return QColor(0x2e, 0x9d, 0x5b);
    case model::LinkType::Contradicts:
        return QColor(0xd6, 0x45, 0x45);
    case model::LinkType::Repeats:
        return QColor(0x4a, 0x7b, 0xd0);
    case model::LinkType::Updates:
        return QColor(0xd9, 0x8b, 0x2b);
    case model::LinkType::Elaborates:
        return QColor(0x8a, 0x5c, 0xc2);
    }
    return QColor(Qt::gray);
}

} // namespace corrob::ui
