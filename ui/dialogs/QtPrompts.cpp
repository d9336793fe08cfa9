// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/QtPrompts.h"

#include "core/model/Vocabulary.h"
#include "ui/dialogs/LinkClaimDialog.h"
#include "ui/document/LinkColours.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
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

std::optional<LinkChoice> QtPrompts::chooseLink(QWidget* parent, const QString& from,
                                                const QList<LinkCandidate>& candidates)
{
    LinkClaimDialog dialog(from, candidates, parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.choice()) {
        return std::nullopt;
    }
    return dialog.choice();
}

std::optional<model::LinkType> QtPrompts::chooseLinkType(QWidget* parent, const QPoint& globalPos,
                                                         const QString& question)
{
    QMenu menu(parent);
    menu.addSection(question);
    for (const QString& name : model::linkTypeNames()) {
        const auto type = model::parseLinkType(name).value();
        QPixmap swatch(12, 12);
        swatch.fill(linkTypeColour(type));
        menu.addAction(QIcon(swatch), name)->setData(int(type));
    }
    const QAction* chosen = menu.exec(globalPos);
    if (!chosen || !chosen->data().isValid()) {
        return std::nullopt;
    }
    return model::LinkType(chosen->data().toInt());
}

} // namespace corrob::ui
