// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resources/Resources.h"

#include <QtCore/qglobal.h>

static void initSampleResources()
{
    // Resources in a static library must be registered explicitly.
    Q_INIT_RESOURCE(corrob_sample);
}

namespace corrob::resources {

QString sampleArticlesDir()
{
    static const bool initialised = (initSampleResources(), true);
    Q_UNUSED(initialised);
    return QStringLiteral(":/sample");
}

} // namespace corrob::resources
