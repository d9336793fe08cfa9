// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resources/HelpResources.h"

#include <QtCore/qglobal.h>

static void initHelpResources()
{
    // Resources in a static library must be registered explicitly.
    Q_INIT_RESOURCE(corrob_help);
}

namespace corrob::resources {

QString helpDir()
{
    static const bool initialised = (initHelpResources(), true);
    Q_UNUSED(initialised);
    return QStringLiteral(":/help");
}

} // namespace corrob::resources
