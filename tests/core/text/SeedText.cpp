// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/text/SeedText.h"

#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>

namespace corrob::test {

QString seedText(const QString& prefix)
{
    const QDir dir(seedsDir());
    const QStringList names = dir.entryList({prefix + QStringLiteral("_*.txt")}, QDir::Files);
    if (names.isEmpty()) {
        return QString();
    }
    QFile file(dir.filePath(names.first()));
    if (!file.open(QIODevice::ReadOnly)) {
        return QString();
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace corrob::test
