// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Preferences.h"

#include "core/common/LoginName.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <cstring>

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

namespace {

// The setting at key when it names a folder that is there (and, for the case last opened, not a hidden one).
QString folderAt(const QSettings& settings, const char* key)
{
    const QString folder = settings.value(QLatin1String(key)).toString().trimmed();
    const bool hiddenCaseFolder = std::strcmp(key, kLastCaseFolder) == 0 && isHiddenFolder(folder);
    return !folder.isEmpty() && QFileInfo(folder).isDir() && !hiddenCaseFolder ? folder : QString();
}

} // namespace

QString caseFolder(const QSettings& settings)
{
    for (const char* key : {kStartFolder, kLastCaseFolder}) {
        if (const QString folder = folderAt(settings, key); !folder.isEmpty()) {
            return folder;
        }
    }
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void rememberCaseFolder(QSettings& settings, const QString& casePath)
{
    if (const QString folder = QFileInfo(casePath).absolutePath(); !isHiddenFolder(folder)) {
        settings.setValue(QLatin1String(kLastCaseFolder), folder);
    }
}

QString importFolder(const QSettings& settings)
{
    for (const char* key : {kStartFolder, kLastImportFolder}) {
        if (const QString folder = folderAt(settings, key); !folder.isEmpty()) {
            return folder;
        }
    }
    return caseFolder(settings);
}

void rememberImportFolder(QSettings& settings, const QString& importedFile)
{
    if (const QFileInfo file(importedFile); file.isAbsolute() && file.exists()) {
        settings.setValue(QLatin1String(kLastImportFolder), file.absolutePath());
    }
}

void rememberExportFolder(QSettings& settings, const QString& writtenFile)
{
    if (!writtenFile.isEmpty()) {
        settings.setValue(QLatin1String(kLastExportFolder), QFileInfo(writtenFile).absolutePath());
    }
}

} // namespace corrob::ui
