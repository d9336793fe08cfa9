// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFileInfo>

namespace corrob::test {

QString seedsDir()
{
    return QStringLiteral(CORROB_SOURCE_DIR "/resources/sample");
}

QStringList seedFiles()
{
    QStringList out;
    const QDir dir(seedsDir());
    for (const QString& name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        out << dir.filePath(name);
    }
    return out;
}

QString dataDir()
{
    return QStringLiteral(CORROB_SOURCE_DIR "/tests/data");
}

QString datasetsDir()
{
    const QString dir = QDir::cleanPath(QStringLiteral(CORROB_SOURCE_DIR "/../shared/datasets"));
    return QFileInfo(dir).isDir() ? dir : QString();
}

QString standardsDir()
{
    const QString dir = QDir::cleanPath(QStringLiteral(CORROB_SOURCE_DIR "/../shared/standards"));
    return QFileInfo(dir).isDir() ? dir : QString();
}

QString sourceDir()
{
    return QStringLiteral(CORROB_SOURCE_DIR);
}

QString cliPath()
{
    return QStringLiteral(CORROB_CLI_PATH);
}

} // namespace corrob::test
