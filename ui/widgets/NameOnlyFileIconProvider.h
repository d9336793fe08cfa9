// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractFileIconProvider>
#include <QCoreApplication>
#include <QIcon>
#include <QMimeDatabase>

namespace corrob::ui {

// Icons and type names for a file dialog's views from the file's name alone, never its content.
//
// Qt's own providers name a file's type from its first bytes when the extension says nothing (".corrob",
// "-wal", "-shm"): they open the file and close it again. Closing any descriptor of a file drops every POSIX lock
// this process holds on it, SQLite's included, so a file dialog browsing the open case's folder would silently
// unlock the case (decisions/0013). This provider looks at names only. Its icon() and type() run on the file
// system model's worker thread: it keeps no mutable state.
class NameOnlyFileIconProvider final : public QAbstractFileIconProvider
{
    Q_DECLARE_TR_FUNCTIONS(NameOnlyFileIconProvider)

public:
    // Takes the folder and file icons from the application's style; build it on the GUI thread.
    NameOnlyFileIconProvider();

    QIcon icon(IconType type) const override;
    QIcon icon(const QFileInfo& info) const override;
    QString type(const QFileInfo& info) const override;

private:
    QMimeDatabase m_mimeTypes;
    QIcon m_folder;
    QIcon m_file;
    QIcon m_drive;
    QIcon m_computer;
};

} // namespace corrob::ui
