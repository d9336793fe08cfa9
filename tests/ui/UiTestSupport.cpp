// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/UiTestSupport.h"

#include "tests/support/TestPaths.h"

#include <QAbstractItemModel>
#include <QFile>

namespace corrob::test {
namespace {

QStringList linesOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QStringList lines;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        lines << line.simplified();
    }
    return lines;
}

} // namespace

QStringList seedTitles()
{
    QStringList titles;
    for (const QString& path : seedFiles()) {
        const QStringList lines = linesOf(path);
        const auto first = std::find_if(lines.cbegin(), lines.cend(), [](const QString& l) { return !l.isEmpty(); });
        titles << (first == lines.cend() ? QString() : *first);
    }
    return titles;
}

QString seedLongestLine(const QString& seedFile)
{
    QString longest;
    for (const QString& line : linesOf(seedFile)) {
        if (line.size() > longest.size()) {
            longest = line;
        }
    }
    return longest;
}

QStringList columnTexts(const QAbstractItemModel& model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        texts << model.index(row, column).data().toString();
    }
    return texts;
}

} // namespace corrob::test
