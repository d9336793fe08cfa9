// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Preferences.h"

#include "core/common/LoginName.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace corrob::ui {

using namespace preferenceKeys;

Preferences Preferences::load(const QSettings& settings)
{
    Preferences p;
    p.actor = settings.value(QLatin1String(kActor)).toString().trimmed();
    p.theme = themeFromKey(settings.value(QLatin1String(kTheme)).toString()).value_or(Theme::System);
    bool ok = false;
    const int panes = settings.value(QLatin1String(kPaneCount)).toInt(&ok);
    p.paneCount = ok && panes > 0 ? std::clamp(panes, kMinPanes, kMaxPanes) : 0;
    p.showFurniture = settings.value(QLatin1String(kShowFurniture), false).toBool();
    p.startFolder = settings.value(QLatin1String(kStartFolder)).toString().trimmed();
    return p;
}

void Preferences::save(QSettings& settings) const
{
    // An empty name is removed rather than stored, so the login name applies again.
    if (actor.trimmed().isEmpty()) {
        settings.remove(QLatin1String(kActor));
    } else {
        settings.setValue(QLatin1String(kActor), actor.trimmed());
    }
    settings.setValue(QLatin1String(kTheme), themeKey(theme));
    if (paneCount <= 0) {
        settings.remove(QLatin1String(kPaneCount));
    } else {
        settings.setValue(QLatin1String(kPaneCount), std::clamp(paneCount, kMinPanes, kMaxPanes));
    }
    settings.setValue(QLatin1String(kShowFurniture), showFurniture);
    if (startFolder.trimmed().isEmpty()) {
        settings.remove(QLatin1String(kStartFolder));
    } else {
        settings.setValue(QLatin1String(kStartFolder), startFolder.trimmed());
    }
}

QString Preferences::auditActor() const
{
    return actor.trimmed().isEmpty() ? loginName() : actor.trimmed();
}

bool isHiddenFolder(const QString& folder)
{
    if (folder.isEmpty()) {
        return false;
    }
    const QStringList parts = QDir::cleanPath(QFileInfo(folder).absoluteFilePath()).split(u'/', Qt::SkipEmptyParts);
    return std::any_of(parts.begin(), parts.end(), [](const QString& part) { return part.startsWith(u'.'); });
}

QString exportFolder(const QSettings& settings, const QString& fallback)
{
    for (const char* key : {kStartFolder, kLastExportFolder}) {
        const QString folder = settings.value(QLatin1String(key)).toString().trimmed();
        if (!folder.isEmpty() && QFileInfo(folder).isDir()) {
            return folder;
        }
    }
    return fallback;
}

void rememberExportFolder(QSettings& settings, const QString& writtenFile)
{
    if (!writtenFile.isEmpty()) {
        settings.setValue(QLatin1String(kLastExportFolder), QFileInfo(writtenFile).absolutePath());
    }
}

} // namespace corrob::ui
