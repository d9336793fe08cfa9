// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace corrob {

// Writes bytes to path whole or not at all: into a temporary file beside it (QSaveFile), flushed and synced to disk,
// then renamed over path. Any failure (a full disk included: QSaveFile::commit() ignores a failed flush, so a full
// disk left a truncated file in place and reported success) is an Io error "<what>: <reason>" naming path, and path is
// left as it was.
Status writeFileAtomically(const QString& path, const QByteArray& bytes, const QString& what);

// Makes a file written by other means (a zip, before it is renamed into place) durable: fsync. An Io error
// "<what>: <reason>" naming path when that fails.
Status syncToDisk(const QString& path, const QString& what);

} // namespace corrob
