// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace corrob::cli {

// Runs corroborate-cli with the full argument list (program name first) and returns the exit status.
// Needs a QCoreApplication.
int run(const QStringList& arguments);

} // namespace corrob::cli
