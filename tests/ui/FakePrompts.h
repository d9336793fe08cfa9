// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dialogs/Prompts.h"

#include <QStringList>

#include <vector>

namespace corrob::test {

// Prompts that answer at once from queued answers and record every message, so GUI tests never block.
class FakePrompts final : public ui::Prompts
{
public:
    struct Message
    {
        QString title;
        QString text;
    };

    QStringList casesToOpen;  // answers to chooseCaseToOpen, first first; empty answers "cancel"
    QStringList newCasePaths; // answers to chooseNewCasePath
    std::vector<Message> errors;
    std::vector<Message> abouts;
    // Answers to chooseLink and chooseLinkType, first first; empty answers "cancel". What was offered is kept.
    std::vector<std::optional<ui::LinkChoice>> linkChoices;
    std::vector<std::optional<model::LinkType>> linkTypes;
    QList<ui::LinkCandidate> offeredCandidates;
    QStringList linkTypeQuestions;

    QString chooseCaseToOpen(QWidget*, const QString&) override
    {
        return casesToOpen.isEmpty() ? QString() : casesToOpen.takeFirst();
    }
    QString chooseNewCasePath(QWidget*, const QString&) override
    {
        return newCasePaths.isEmpty() ? QString() : newCasePaths.takeFirst();
    }
    void showError(QWidget*, const QString& title, const QString& text) override { errors.push_back({title, text}); }
    void showAbout(QWidget*, const QString& title, const QString& text) override { abouts.push_back({title, text}); }
    std::optional<ui::LinkChoice> chooseLink(QWidget*, const QString&,
                                             const QList<ui::LinkCandidate>& candidates) override
    {
        offeredCandidates = candidates;
        if (linkChoices.empty()) {
            return std::nullopt;
        }
        auto answer = linkChoices.front();
        linkChoices.erase(linkChoices.begin());
        return answer;
    }
    std::optional<model::LinkType> chooseLinkType(QWidget*, const QPoint&, const QString& question) override
    {
        linkTypeQuestions << question;
        if (linkTypes.empty()) {
            return std::nullopt;
        }
        auto answer = linkTypes.front();
        linkTypes.erase(linkTypes.begin());
        return answer;
    }
};

} // namespace corrob::test
