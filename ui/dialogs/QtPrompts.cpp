// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/QtPrompts.h"

#include "core/model/Vocabulary.h"
#include "ui/dialogs/FileDialogs.h"
#include "ui/dialogs/LinkClaimDialog.h"
#include "ui/dialogs/SummaryDialog.h"
#include "ui/document/LinkColours.h"
#include "ui/document/VocabularyText.h"

#include <QColorDialog>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>

namespace corrob::ui {
namespace {

// A QProgressDialog that is not modal (the window stays usable while the task runs) and stays up after Cancel,
// saying that the task is stopping, until the task is done and this is destroyed.
class DialogTaskProgress final : public TaskProgress
{
public:
    DialogTaskProgress(QWidget* parent, const QString& title, std::chrono::milliseconds delay,
                       std::function<void()> cancel)
        : m_dialog(new QProgressDialog(parent))
    {
        m_dialog->setObjectName(QStringLiteral("taskProgressDialog"));
        m_dialog->setWindowTitle(title);
        m_dialog->setWindowModality(Qt::NonModal);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        m_dialog->setMinimumDuration(static_cast<int>(delay.count()));
        m_dialog->setMinimumWidth(m_dialog->fontMetrics().averageCharWidth() * 60);
        m_dialog->setLabelText(title);
        // QProgressDialog hides itself on Cancel; it should stay and say that the task is stopping instead. Its own
        // connection was made with SIGNAL/SLOT, which a disconnect naming &QProgressDialog::cancel does not match.
        QObject::disconnect(m_dialog, &QProgressDialog::canceled, nullptr, nullptr);
        QObject::connect(m_dialog, &QProgressDialog::canceled, m_dialog, cancel);
        // Escape hides the dialog without "canceled"; it means Cancel all the same.
        QObject::connect(m_dialog, &QDialog::rejected, m_dialog, std::move(cancel));
    }
    ~DialogTaskProgress() override { delete m_dialog.data(); }

    void setProgress(int done, int total, const QString& text) override
    {
        if (!m_dialog) {
            return;
        }
        m_dialog->setMaximum(std::max(total, 1));
        m_dialog->setLabelText(text);
        m_dialog->setValue(std::min(done, std::max(total, 1)));
    }
    void setCancelling(const QString& text) override
    {
        if (!m_dialog) {
            return;
        }
        m_dialog->setLabelText(text);
        if (auto* button = m_dialog->findChild<QPushButton*>()) {
            button->setEnabled(false);
        }
    }

private:
    QPointer<QProgressDialog> m_dialog;
};

} // namespace

QString QtPrompts::chooseCaseToOpen(QWidget* parent, const QString& folder)
{
    return filedialogs::openFile(parent, tr("Open Case"), folder, tr("Corroborate cases (*.corrob)"));
}

QString QtPrompts::chooseBackupPath(QWidget* parent, const QString& proposedPath)
{
    const QFileInfo proposed(proposedPath);
    return filedialogs::saveFile(parent, tr("Back Up Case"), proposed.absolutePath(),
                                 tr("Corroborate cases (*.corrob)"), QStringLiteral("corrob"), proposed.fileName());
}

QString QtPrompts::chooseNewCasePath(QWidget* parent, const QString& folder)
{
    // A case is never written over an existing file (it may hold evidence); creating one there fails with a
    // message instead, so saveFile does not ask "replace it?". The name proposed is one not taken yet, so Enter
    // alone creates a case, never a file named after the folder.
    return filedialogs::saveFile(parent, tr("New Case"), folder, tr("Corroborate cases (*.corrob)"),
                                 QStringLiteral("corrob"), unusedCaseName(folder));
}

QString QtPrompts::chooseExportPath(QWidget* parent, const QString& formatLabel, const QString& proposedPath,
                                    const QString& suffix)
{
    const QFileInfo proposed(proposedPath);
    return filedialogs::saveFile(parent, tr("Export %1").arg(formatLabel), proposed.absolutePath(),
                                 tr("%1 (*.%2)").arg(formatLabel, suffix), suffix, proposed.fileName(),
                                 /*confirmOverwrite=*/true);
}

QString QtPrompts::unusedCaseName(const QString& folder)
{
    const QDir dir(folder);
    const QString base = tr("Untitled case");
    QString name = base + u".corrob";
    for (int n = 2; dir.exists(name) && n < 1000; ++n) {
        name = QStringLiteral("%1 %2.corrob").arg(base).arg(n);
    }
    return name;
}

QStringList QtPrompts::chooseFilesToImport(QWidget* parent, const QString& folder)
{
    return filedialogs::openFiles(parent, tr("Import Files"), folder,
                                  tr("Reports (*.txt *.md *.markdown *.html *.htm *.pdf);;All files (*)"));
}

QString QtPrompts::chooseFolderToImport(QWidget* parent, const QString& folder)
{
    return filedialogs::existingFolder(parent, tr("Import Folder"), folder);
}

QString QtPrompts::chooseAnnotationsToImport(QWidget* parent, const QString& folder)
{
    return filedialogs::openFile(parent, tr("Import Annotations"), folder,
                                 tr("W3C Web Annotations (*.jsonld *.json);;All files (*)"));
}

QString QtPrompts::chooseExchangeExportPath(QWidget* parent, const QString& caption, const QString& folder,
                                            const QString& filter, const QString& suffix, const QString& proposedName)
{
    return filedialogs::saveFile(parent, caption, folder, filter, suffix, proposedName);
}

bool QtPrompts::askOpenReadOnly(QWidget* parent, const QString& path, const QString& holder)
{
    QMessageBox box(QMessageBox::Information, tr("Case Already Open"),
                    tr("“%1” is open in another window: %2.").arg(QFileInfo(path).fileName(), holder),
                    QMessageBox::Cancel, parent);
    box.setInformativeText(tr("Two windows writing one case would each miss the other's changes. You can read it "
                              "here without changing it, or switch to the window that has it open."));
    QPushButton* readOnly = box.addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
    box.setDefaultButton(readOnly);
    box.exec();
    return box.clickedButton() == readOnly;
}

std::optional<QString> QtPrompts::askReportTitle(QWidget* parent, const QString& suggested)
{
    bool ok = false;
    const QString title = QInputDialog::getText(parent, tr("Paste as New Report"), tr("Title of the new report:"),
                                                QLineEdit::Normal, suggested, &ok);
    return ok ? std::optional<QString>(title) : std::nullopt;
}

std::unique_ptr<TaskProgress> QtPrompts::showProgress(QWidget* parent, const QString& title,
                                                      std::function<void()> cancel)
{
    return std::make_unique<DialogTaskProgress>(parent, title, m_progressDelay, std::move(cancel));
}

void QtPrompts::showError(QWidget* parent, const QString& title, const QString& message)
{
    QMessageBox::warning(parent, title, message);
}

void QtPrompts::showSummary(QWidget* parent, const QString& title, const QString& message, const QStringList& details)
{
    SummaryDialog dialog(title, message, details, parent);
    dialog.exec();
}

void QtPrompts::showAbout(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::about(parent, title, text);
}

std::optional<QColor> QtPrompts::chooseColour(QWidget* parent, const QString& title, const QColor& initial)
{
    const QColor chosen = QColorDialog::getColor(initial, parent, title);
    return chosen.isValid() ? std::optional<QColor>(chosen) : std::nullopt;
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
        menu.addAction(QIcon(swatch), linkTypeText(type))->setData(int(type));
    }
    const QAction* chosen = menu.exec(globalPos);
    if (!chosen || !chosen->data().isValid()) {
        return std::nullopt;
    }
    return model::LinkType(chosen->data().toInt());
}

bool QtPrompts::confirmDestructive(QWidget* parent, const QString& title, const QString& message,
                                   const QString& acceptText)
{
    // The question stands out; what goes with it and how to get it back follow in the smaller informative text.
    const qsizetype split = message.indexOf(u"\n\n");
    QMessageBox box(QMessageBox::Warning, title, split < 0 ? message : message.left(split), QMessageBox::Cancel,
                    parent);
    if (split >= 0) {
        box.setInformativeText(message.mid(split + 2));
    }
    QPushButton* accept = box.addButton(acceptText, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace corrob::ui
