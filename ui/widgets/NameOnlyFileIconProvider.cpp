// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/NameOnlyFileIconProvider.h"

#include <QApplication>
#include <QFileInfo>
#include <QStyle>

namespace corrob::ui {

NameOnlyFileIconProvider::NameOnlyFileIconProvider()
    : m_folder(QApplication::style()->standardIcon(QStyle::SP_DirIcon)),
      m_file(QApplication::style()->standardIcon(QStyle::SP_FileIcon)),
      m_drive(QApplication::style()->standardIcon(QStyle::SP_DriveHDIcon)),
      m_computer(QApplication::style()->standardIcon(QStyle::SP_ComputerIcon))
{
    setOptions(DontUseCustomDirectoryIcons); // a folder's custom icon is read from a file inside it
}

QIcon NameOnlyFileIconProvider::icon(IconType type) const
{
    switch (type) {
    case Computer:
    case Network:
        return m_computer;
    case Drive:
        return m_drive;
    case Desktop:
    case Trashcan:
    case Folder:
        return m_folder;
    case File:
        break;
    }
    return m_file;
}

QIcon NameOnlyFileIconProvider::icon(const QFileInfo& info) const
{
    if (info.isDir()) { // stat(), which opens nothing
        return info.isRoot() ? m_drive : m_folder;
    }
    const QMimeType type = m_mimeTypes.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
    for (const QString& name : {type.iconName(), type.genericIconName()}) {
        if (QIcon::hasThemeIcon(name)) {
            return QIcon::fromTheme(name);
        }
    }
    return m_file;
}

QString NameOnlyFileIconProvider::type(const QFileInfo& info) const
{
    if (info.isDir()) {
        return info.isRoot() ? tr("Drive") : tr("Folder");
    }
    if (info.suffix().compare(u"corrob", Qt::CaseInsensitive) == 0) {
        return tr("Corroborate case");
    }
    const QMimeType type = m_mimeTypes.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
    if (type.isDefault()) { // application/octet-stream: the name says nothing
        return info.suffix().isEmpty() ? tr("File") : tr("%1 file").arg(info.suffix().toUpper());
    }
    return type.comment().isEmpty() ? type.name() : type.comment();
}

} // namespace corrob::ui
