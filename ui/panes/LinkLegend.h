// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Link.h"

#include <QWidget>

namespace corrob::ui {

// A one-line key to the link colours (ui/document/LinkColours.h) that the curves between panes and the link
// highlights use: a short stroke of each type's colour and its name, each with a tooltip saying what the relation
// means for the analysis. Shown in the status bar while a case is open.
class LinkLegend : public QWidget
{
    Q_OBJECT
public:
    explicit LinkLegend(QWidget* parent = nullptr);

    // The type's name and what it means, as the legend shows them.
    [[nodiscard]] static QString typeText(model::LinkType type);
    [[nodiscard]] static QString typeToolTip(model::LinkType type);
};

} // namespace corrob::ui
