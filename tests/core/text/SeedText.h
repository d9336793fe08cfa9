// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace corrob::test {

// The text of the seed article whose file name starts with prefix ("000"), as bundled in resources/sample; empty
// when there is none.
QString seedText(const QString& prefix);

} // namespace corrob::test
