// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace corrob::text {

// Text decoded from the bytes of a file, with the encoding that was used and anything worth telling the user.
struct DecodedText
{
    QString text;
    QString encoding;     // "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "UTF-16BE (BOM)", "Windows-1252"
    QStringList warnings; // e.g. "not valid UTF-8 at byte 1234; read as Windows-1252"
};

// Decodes bytes as text: a BOM (UTF-8, UTF-16 LE/BE) wins; otherwise strict UTF-8; otherwise Windows-1252 with a
// warning. NUL bytes in text (a damaged copy) are removed, with a warning saying how many. Fails (Unsupported) for
// input that looks binary, judged on the whole content (more than a quarter NUL bytes, or more than 5% other
// control bytes, without a UTF-16 BOM), and for empty input. `where` names the input in error messages.
Result<DecodedText> decodeText(const QByteArray& bytes, const QString& where);

// Decodes one Windows-1252 byte sequence (undefined bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D map to the C1 controls,
// as browsers do).
QString decodeWindows1252(QByteArrayView bytes);

} // namespace corrob::text
