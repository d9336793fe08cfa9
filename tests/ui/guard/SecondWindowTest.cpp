// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A second window on a case that a window has open is told so and offered a read-only view (decisions/0013).
#include "core/case/Case.h"
#include "core/case/ImportService.h"
#include "core/case/edits/ClaimEdits.h"
#include "tests/support/FakePrompts.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/commands/ClaimCommands.h"
#include "ui/document/CaseDocument.h"

#include <QAction>
#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;
using corrob::test::FakePrompts;

namespace {

class SecondWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("shared.corrob"));
        auto created = casefile::Case::create(m_path, QStringLiteral("Shared"), {QStringLiteral("tester")});
        ASSERT_TRUE(created.ok());
        casefile::ImportService import(*created.value());
        ASSERT_EQ(import.importBytes("Shelling resumed overnight, the mayor said.\n", QStringLiteral("a.txt"), {})
                      .imported.size(),
                  1U);
    }

    std::unique_ptr<ui::MainWindow> window(FakePrompts& prompts)
    {
        return std::make_unique<ui::MainWindow>(prompts, m_settings, sample());
    }
    ui::SampleCaseLocation sample() const { return test::sampleCaseIn(m_dir); }

    QTemporaryDir m_dir;
    QSettings m_settings{m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    QString m_path;
};

TEST_F(SecondWindowTest, IsToldWhoHasTheCaseAndGetsAReadOnlyViewThatRefusesChanges)
{
    FakePrompts firstPrompts;
    auto first = window(firstPrompts);
    ASSERT_TRUE(first->openCase(m_path));
    EXPECT_FALSE(first->document().isReadOnly());

    FakePrompts secondPrompts;
    secondPrompts.openReadOnly = true;
    auto second = window(secondPrompts);
    ASSERT_TRUE(second->openCase(m_path));
    ASSERT_EQ(secondPrompts.readOnlyOffers.size(), 1);
    EXPECT_TRUE(secondPrompts.readOnlyOffers.front().contains(QString::number(QCoreApplication::applicationPid())))
        << secondPrompts.readOnlyOffers.front().toStdString();
    EXPECT_TRUE(secondPrompts.errors.empty());
    EXPECT_TRUE(second->document().isReadOnly());
    EXPECT_TRUE(second->windowTitle().contains(u"read-only")) << second->windowTitle().toStdString();
    auto* import = second->findChild<QAction*>(QStringLiteral("importFilesAction"));
    ASSERT_NE(import, nullptr);
    EXPECT_FALSE(import->isEnabled());
    // Nor is marking, linking or deleting a claim offered there (they were, and failed with an error).
    for (const char* name : {"markClaimAction", "linkClaimAction", "deleteClaimAction", "newTagAction",
                             "newSubTagAction", "renameTagAction", "deleteTagAction"}) {
        auto* action = second->findChild<QAction*>(QString::fromLatin1(name));
        ASSERT_NE(action, nullptr) << name;
        EXPECT_FALSE(action->isEnabled()) << name;
    }
    EXPECT_TRUE(first->findChild<QAction*>(QStringLiteral("markClaimAction"))->isEnabled());
    ASSERT_EQ(second->document().reportSummaries().size(), 1U); // it reads the case

    casefile::ClaimDraft draft;
    draft.report = second->document().reportSummaries().front().id;
    draft.start = 0;
    draft.end = 8;
    auto refused = second->document().execute(std::make_unique<ui::AddClaimCommand>(second->document(), draft));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(u"read-only")) << refused.error().message.toStdString();
    EXPECT_TRUE(second->document().cache().claims().empty());

    // The first window still writes, and once it closes the case a window may open it for writing.
    ASSERT_TRUE(first->document().execute(std::make_unique<ui::AddClaimCommand>(first->document(), draft)).ok());
    first->closeCase();
    FakePrompts thirdPrompts;
    auto third = window(thirdPrompts);
    ASSERT_TRUE(third->openCase(m_path));
    EXPECT_TRUE(thirdPrompts.readOnlyOffers.isEmpty());
    EXPECT_FALSE(third->document().isReadOnly());
    EXPECT_EQ(third->document().cache().claims().size(), 1U);
}

TEST_F(SecondWindowTest, DecliningTheReadOnlyViewOpensNothingAndShowsNoError)
{
    FakePrompts firstPrompts;
    auto first = window(firstPrompts);
    ASSERT_TRUE(first->openCase(m_path));
    FakePrompts secondPrompts;
    secondPrompts.openReadOnly = false;
    auto second = window(secondPrompts);
    EXPECT_FALSE(second->openCase(m_path));
    EXPECT_EQ(secondPrompts.readOnlyOffers.size(), 1);
    EXPECT_TRUE(secondPrompts.errors.empty());
    EXPECT_FALSE(second->document().isOpen());
}

TEST_F(SecondWindowTest, ReopeningTheCaseOpenInTheSameWindowKeepsItWritable)
{
    FakePrompts prompts;
    auto only = window(prompts);
    ASSERT_TRUE(only->openCase(m_path));
    ASSERT_TRUE(only->openCase(m_path));
    EXPECT_TRUE(prompts.readOnlyOffers.isEmpty());
    EXPECT_FALSE(only->document().isReadOnly());
}

} // namespace
