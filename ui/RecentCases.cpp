// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RecentCases.h"

#include <QFileInfo>
#include <QSettings>

namespace corrob::ui {
namespace {

QString settingsKey()
{
    return QStringLiteral("recentCases/paths");
}

QString canonical(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

RecentCases::RecentCases(QSettings& settings) : m_settings(settings)
{
}

QStringList RecentCases::paths() const
{
    const QStringList all = stored();
    QStringList existing;
    for (const QString& path : all) {
        if (QFileInfo(path).isFile()) {
            existing << path;
        }
    }
    if (existing.size() != all.size()) {
        store(existing);
    }
    return existing;
}

void RecentCases::add(const QString& path)
{
    const QString absolute = canonical(path);
    QStringList paths = stored();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > kMaxCases) {
        paths.removeLast();
    }
    store(paths);
}

void RecentCases::remove(const QString& path)
{
    QStringList paths = stored();
    if (paths.removeAll(canonical(path)) > 0) {
        store(paths);
    }
}

void RecentCases::clear()
{
    m_settings.remove(settingsKey());
}

QStringList RecentCases::stored() const
{
    return m_settings.value(settingsKey()).toStringList();
}

void RecentCases::store(const QStringList& paths) const
{
    m_settings.setValue(settingsKey(), paths);
}

} // namespace corrob::ui
