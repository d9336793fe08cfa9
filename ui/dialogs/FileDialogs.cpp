// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/FileDialogs.h"

#include "ui/widgets/NameOnlyFileIconProvider.h"

#include <QDir>
#include <QFileInfo>

namespace corrob::ui::filedialogs {
namespace {

// One provider for the program's life: a dialog's model may still ask it for icons on its worker thread while the
// dialog is being destroyed, so it must outlive every dialog. Reachable from here, so never reported as a leak.
NameOnlyFileIconProvider* sharedProvider()
{
    static auto* const provider = new NameOnlyFileIconProvider;
    return provider;
}

QStringList selected(QFileDialog& dialog)
{
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles() : QStringList();
}

} // namespace

QString existingFolderOrHome(const QString& folder)
{
    // A folder that does not exist (a Documents folder the desktop never made) would leave the dialog in the
    // program's working folder with a relative path in its name field: start in the nearest folder that exists.
    if (folder.isEmpty()) {
        return QDir::homePath();
    }
    QString path = QDir(folder).absolutePath();
    while (!QFileInfo(path).isDir()) {
        const QString parent = QFileInfo(path).absolutePath(); // the path without its last name
        if (parent == path) {
            return QDir::homePath();
        }
        path = parent;
    }
    return path;
}

std::unique_ptr<QFileDialog> make(QWidget* parent, const QString& caption, const QString& folder, const QString& filter)
{
    auto dialog = std::make_unique<QFileDialog>(parent, caption, existingFolderOrHome(folder), filter);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    // The dialog's file system model asks its provider for every listed file's icon and type on a worker thread.
    dialog->setIconProvider(sharedProvider());
    return dialog;
}

QString openFile(QWidget* parent, const QString& caption, const QString& folder, const QString& filter)
{
    auto dialog = make(parent, caption, folder, filter);
    dialog->setFileMode(QFileDialog::ExistingFile);
    const QStringList files = selected(*dialog);
    return files.isEmpty() ? QString() : files.constFirst();
}

QStringList openFiles(QWidget* parent, const QString& caption, const QString& folder, const QString& filter)
{
    auto dialog = make(parent, caption, folder, filter);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    return selected(*dialog);
}

QString existingFolder(QWidget* parent, const QString& caption, const QString& folder)
{
    auto dialog = make(parent, caption, folder);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    const QStringList folders = selected(*dialog);
    return folders.isEmpty() ? QString() : folders.constFirst();
}

QString saveFile(QWidget* parent, const QString& caption, const QString& folder, const QString& filter,
                 const QString& suffix, const QString& proposedName, bool confirmOverwrite)
{
    auto dialog = make(parent, caption, folder, filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(suffix);
    dialog->setOption(QFileDialog::DontConfirmOverwrite, !confirmOverwrite);
    if (!proposedName.isEmpty()) {
        dialog->selectFile(proposedName); // a name in the folder shown, never a path of its own
    }
    const QStringList files = selected(*dialog);
    if (files.isEmpty()) {
        return {};
    }
    QString path = files.constFirst();
    if (!suffix.isEmpty() && QFileInfo(path).suffix().isEmpty()) {
        path += u'.' + suffix;
    }
    return path;
}

} // namespace corrob::ui::filedialogs
