// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace corrob::resources {

// The Qt resource folder holding the help pages (":/help": manual.html, grades.html, licence.html), registered on
// first call.
QString helpDir();

} // namespace corrob::resources
