// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QString>

namespace corrob::ui {

// The text a message box shows for a core Error: what happened (as a sentence), where (the error's context, a
// path for case files) and, when the error code suggests one, what the user can do about it.
QString errorMessage(const Error& error);

} // namespace corrob::ui
