// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace corrob::text {

// Makes the working text of a report from decoded text: CRLF and CR become LF, NUL and other control characters
// (except tab and newline) are removed, and the result is in Unicode NFC. Anchors are offsets into this text,
// so the function must stay deterministic: the same input always yields the same output.
QString normalizeWorkingText(const QString& decoded);

} // namespace corrob::text
