// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace corrob::resources {

// The Qt resource folder holding the sample case's articles (":/sample").
QString sampleArticlesDir();

} // namespace corrob::resources
