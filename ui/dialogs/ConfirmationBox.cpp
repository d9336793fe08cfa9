// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ConfirmationBox.h"

#include <QMessageBox>
#include <QPushButton>

namespace corrob::ui {

QMessageBox* askToConfirm(QWidget* parent, const Confirmation& question, std::function<void()> onConfirmed)
{
    auto* box = new QMessageBox(QMessageBox::Question, question.title, question.text, QMessageBox::NoButton, parent);
    box->setObjectName(question.objectName);
    box->setInformativeText(question.details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton* confirm = box->addButton(question.confirmText, QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    // Once the box has closed, so that what follows (a failure's own message) does not stack on it.
    QObject::connect(box, &QDialog::finished, box, [box, confirm, onConfirmed = std::move(onConfirmed)] {
        if (box->clickedButton() == confirm) {
            onConfirmed();
        }
    });
    box->open();
    return box;
}

} // namespace corrob::ui
