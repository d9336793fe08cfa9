// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace corrob::test {

// Writes bytes to path, making its folders first; a file that cannot be written fails the test.
void writeFile(const QString& path, const QByteArray& bytes);

} // namespace corrob::test
