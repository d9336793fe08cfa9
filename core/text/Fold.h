// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace corrob::text {

// A key for matching names: case-folded, diacritics removed, whitespace collapsed.
// foldKey("  Agnès   CALLAMARD ") == foldKey("agnes callamard") == "agnes callamard".
QString foldKey(const QString& name);

} // namespace corrob::text
