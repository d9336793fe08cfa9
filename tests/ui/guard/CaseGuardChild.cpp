// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The first process of CaseFileGuardTest: a GUI process that holds a case open, opens every file dialog the window
// can show on the case's own folder (as a user browsing there would), then marks a claim when told to and waits to
// be killed. Protocol on stdout/stdin, one line each: "dialogs N" after N dialogs were shown and closed; then, on
// "edit" from stdin, "edited CLAIM_ID" once the claim was written; the parent then kills this process (SIGKILL).
#include "core/case/edits/ClaimEdits.h"
#include "ui/commands/ClaimCommands.h"
#include "ui/dialogs/QtPrompts.h"
#include "ui/document/CaseDocument.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <iostream>
#include <string>

using namespace corrob;

namespace {

// Lets the dialog that is about to run modally load the folder and compute what its views show for every file
// (name, size, type, icon: what the list and detail views ask for when they paint), then closes it.
void closeDialogWhenLoaded()
{
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            closeDialogWhenLoaded(); // not shown yet
            return;
        }
        auto* model = dialog->findChild<QFileSystemModel*>();
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 3000) {
            QApplication::processEvents(QEventLoop::AllEvents, 50);
            if (!model) {
                continue;
            }
            const QModelIndex folder = model->index(dialog->directory().absolutePath());
            for (int row = 0; row < model->rowCount(folder); ++row) {
                for (int column = 0; column < model->columnCount(folder); ++column) {
                    const QModelIndex cell = model->index(row, column, folder);
                    (void)cell.data(Qt::DisplayRole);
                    (void)cell.data(Qt::DecorationRole);
                }
            }
        }
        dialog->reject();
    });
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen")).toUtf8());
    QApplication app(argc, argv);
    if (argc != 2) {
        std::cerr << "usage: case_guard_child CASE\n";
        return 2;
    }
    const QString casePath = QString::fromLocal8Bit(argv[1]);
    const QString folder = QFileInfo(casePath).absolutePath();

    ui::CaseDocument document(casefile::CaseOptions{QStringLiteral("guard-test")});
    if (auto opened = document.open(casePath); !opened) {
        std::cerr << "cannot open the case: " << opened.error().toString().toStdString() << '\n';
        return 3;
    }

    // Every file dialog the window shows, each on the case's folder.
    ui::QtPrompts prompts;
    const std::vector<std::function<void()>> dialogs = {
        [&] { (void)prompts.chooseCaseToOpen(nullptr, folder); },
        [&] { (void)prompts.chooseNewCasePath(nullptr, folder); },
        [&] { (void)prompts.chooseFilesToImport(nullptr, folder); },
        [&] { (void)prompts.chooseFolderToImport(nullptr, folder); },
    };
    for (const auto& show : dialogs) {
        closeDialogWhenLoaded();
        show();
    }
    std::cout << "dialogs " << dialogs.size() << std::endl;

    std::string line;
    if (!std::getline(std::cin, line) || line != "edit") {
        return 4;
    }
    casefile::ClaimDraft draft;
    draft.report = document.reportSummaries().front().id;
    draft.start = 0;
    draft.end = 12;
    auto command = std::make_unique<ui::AddClaimCommand>(document, draft);
    auto* added = command.get();
    if (auto done = document.execute(std::move(command)); !done) {
        std::cerr << "cannot mark the claim: " << done.error().toString().toStdString() << '\n';
        return 5;
    }
    std::cout << "edited " << added->claimId().value << std::endl;
    while (std::getline(std::cin, line)) {
        // wait to be killed
    }
    return 0;
}
