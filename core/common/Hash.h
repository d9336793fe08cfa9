// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace corrob {

// Lower-case hexadecimal SHA-256 of bytes (64 characters), as sha256sum prints it.
QString sha256Hex(QByteArrayView bytes);

// SHA-256 of the UTF-8 encoding of text.
QString sha256Hex(const QString& text);

// The current time in UTC as ISO 8601 with milliseconds and a "Z" suffix.
QString utcNowIso();

} // namespace corrob
