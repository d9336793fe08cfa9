// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/QtPrompts.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace corrob::ui {
QString QtPrompts::chooseCaseToOpen(QWidget* parent, const QString& folder)
{
    return QFileDialog::getOpenFileName(parent, tr("Open Case"), folder, tr("Corroborate cases (*.corrob)"));
}

QString QtPrompts::chooseNewCasePath(QWidget* parent, const QString& folder)
{
    QFileDialog dialog(parent, tr("New Case"), folder, tr("Corroborate cases (*.corrob)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("corrob"));
    // A case is never written over an existing file (it may hold evidence); creating one there fails with a
    // message instead, so asking "replace it?" would only mislead.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return {};
    }
    QString path = dialog.selectedFiles().constFirst();
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u".corrob"; // native dialogs may ignore the default suffix
    }
    return path;
}

void QtPrompts::showError(QWidget* parent, const QString& title, const QString& message)
{
    QMessageBox::warning(parent, title, message);
}

void QtPrompts::showAbout(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::about(parent, title, text);
}

} // namespace corrob::ui
