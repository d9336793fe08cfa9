// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dialogs/Prompts.h"

#include <QStringList>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace corrob::test {

// The first of the queued answers, taken off the queue; when none is left, a value-initialised one (an empty path,
// nullopt, false), which the prompts read as "cancel".
template <typename Queue> typename Queue::value_type takeNext(Queue& queue)
{
    if (queue.empty()) {
        return {};
    }
    typename Queue::value_type answer = std::move(queue.front());
    queue.erase(queue.begin());
    return answer;
}

// Prompts that answer at once from queued answers and record every message, so GUI tests never block.
class FakePrompts final : public ui::Prompts
{
public:
    struct Message
    {
        QString title;
        QString text;
        QStringList details;
    };
    // What the progress shown for a task went through, and the way to press its Cancel button.
    struct Progress
    {
        QString title;
        QStringList texts; // every setProgress text, in order
        QString cancelling;
        bool open = false; // shown and not yet closed
        std::function<void()> cancel;
        std::function<void(Progress&, int done)> onProgress; // runs at each setProgress (a test cancels from it)
    };

    QStringList casesToOpen;                // answers to chooseCaseToOpen, first first; empty answers "cancel"
    QStringList newCasePaths;               // answers to chooseNewCasePath
    QStringList exportPaths;                // answers to chooseExportPath
    QStringList proposedExportPaths;        // what chooseExportPath proposed
    std::vector<QStringList> filesToImport; // answers to chooseFilesToImport
    QStringList foldersToImport;            // answers to chooseFolderToImport
    QStringList annotationFiles;            // answers to chooseAnnotationsToImport
    QStringList exchangeExportPaths;        // answers to chooseExchangeExportPath
    QStringList exchangeExportFolders;      // the folder each chooseExchangeExportPath started in
    std::vector<std::optional<QString>> reportTitles; // answers to askReportTitle; none left: accept the suggestion
    QStringList suggestedTitles;                      // what askReportTitle proposed
    std::vector<Message> errors;
    std::vector<Message> summaries;
    std::vector<Message> abouts;
    std::shared_ptr<Progress> progress = std::make_shared<Progress>(); // the last progress shown
    // Answers to chooseLink and chooseLinkType, first first; empty answers "cancel". What was offered is kept.
    std::vector<std::optional<ui::LinkChoice>> linkChoices;
    std::vector<std::optional<model::LinkType>> linkTypes;
    QList<ui::LinkCandidate> offeredCandidates;
    QStringList linkTypeQuestions;
    // Answers to chooseColour, first first; empty answers "cancel". The titles asked are kept.
    std::vector<std::optional<QColor>> colours;
    QStringList colourTitles;
    // The answer to askOpenReadOnly; what was said of the holder is kept.
    bool openReadOnly = false;
    QStringList readOnlyOffers;
    // Answers to confirmDestructive, first first; none left answers "cancel". What was asked is kept.
    std::vector<bool> confirmations;
    std::vector<Message> confirmQuestions;
    QStringList backupPaths;     // answers to chooseBackupPath, first first; none left: cancel
    QStringList proposedBackups; // what chooseBackupPath proposed

    QString chooseCaseToOpen(QWidget*, const QString&) override { return takeNext(casesToOpen); }
    QString chooseNewCasePath(QWidget*, const QString&) override { return takeNext(newCasePaths); }
    QString chooseExportPath(QWidget*, const QString&, const QString& proposedPath, const QString&) override
    {
        proposedExportPaths << proposedPath;
        return takeNext(exportPaths);
    }
    std::optional<ui::LinkChoice> chooseLink(QWidget*, const QString&,
                                             const QList<ui::LinkCandidate>& candidates) override
    {
        offeredCandidates = candidates;
        return takeNext(linkChoices);
    }
    std::optional<model::LinkType> chooseLinkType(QWidget*, const QPoint&, const QString& question) override
    {
        linkTypeQuestions << question;
        return takeNext(linkTypes);
    }
    QString chooseAnnotationsToImport(QWidget*, const QString&) override { return takeNext(annotationFiles); }
    QString chooseExchangeExportPath(QWidget*, const QString&, const QString& folder, const QString&, const QString&,
                                     const QString&) override
    {
        exchangeExportFolders << folder;
        return takeNext(exchangeExportPaths);
    }
    QStringList chooseFilesToImport(QWidget*, const QString&) override { return takeNext(filesToImport); }
    QString chooseFolderToImport(QWidget*, const QString&) override { return takeNext(foldersToImport); }
    std::optional<QString> askReportTitle(QWidget*, const QString& suggested) override
    {
        suggestedTitles << suggested;
        if (reportTitles.empty()) {
            return suggested;
        }
        // Not a copy of the optional: GCC -O2 takes a disengaged copy for "maybe uninitialized" (a false warning).
        const bool answered = reportTitles.front().has_value();
        const QString title = answered ? *reportTitles.front() : QString();
        reportTitles.erase(reportTitles.begin());
        return answered ? std::optional<QString>(title) : std::nullopt;
    }
    std::unique_ptr<ui::TaskProgress> showProgress(QWidget*, const QString& title,
                                                   std::function<void()> cancel) override
    {
        auto onProgress = progress->onProgress; // a test may set it before the task starts
        progress = std::make_shared<Progress>();
        progress->title = title;
        progress->open = true;
        progress->cancel = std::move(cancel);
        progress->onProgress = std::move(onProgress);
        return std::make_unique<View>(progress);
    }
    void showError(QWidget*, const QString& title, const QString& text) override
    {
        errors.push_back({title, text, {}});
    }
    void showSummary(QWidget*, const QString& title, const QString& text, const QStringList& details) override
    {
        summaries.push_back({title, text, details});
    }
    void showAbout(QWidget*, const QString& title, const QString& text) override
    {
        abouts.push_back({title, text, {}});
    }
    bool askOpenReadOnly(QWidget*, const QString&, const QString& holder) override
    {
        readOnlyOffers << holder;
        return openReadOnly;
    }
    std::optional<QColor> chooseColour(QWidget*, const QString& title, const QColor&) override
    {
        colourTitles << title;
        return takeNext(colours);
    }

    QString chooseBackupPath(QWidget*, const QString& proposed) override
    {
        proposedBackups << proposed;
        return takeNext(backupPaths);
    }
    bool confirmDestructive(QWidget*, const QString& title, const QString& message, const QString& acceptText) override
    {
        confirmQuestions.push_back({title, message, {acceptText}});
        return takeNext(confirmations);
    }

private:
    class View final : public ui::TaskProgress
    {
    public:
        explicit View(std::shared_ptr<Progress> state) : m_state(std::move(state)) {}
        ~View() override { m_state->open = false; }
        void setProgress(int done, int, const QString& text) override
        {
            m_state->texts << text;
            if (m_state->onProgress) {
                m_state->onProgress(*m_state, done);
            }
        }
        void setCancelling(const QString& text) override { m_state->cancelling = text; }

    private:
        std::shared_ptr<Progress> m_state;
    };
};

} // namespace corrob::test
