// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QSettings;

namespace corrob::ui {

// The cases opened lately, most recent first, kept in settings ("recentCases/paths") as absolute paths. Holds at
// most kMaxCases; a path whose file no longer exists is dropped when the list is read. Does not own the settings.
class RecentCases
{
public:
    static constexpr int kMaxCases = 10;

    explicit RecentCases(QSettings& settings);

    // The existing cases, most recent first (missing files are pruned from settings too).
    [[nodiscard]] QStringList paths() const;
    // Puts path first (moving it there when it is already listed) and drops the oldest beyond kMaxCases.
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

private:
    [[nodiscard]] QStringList stored() const;
    void store(const QStringList& paths) const;

    QSettings& m_settings;
};

} // namespace corrob::ui
