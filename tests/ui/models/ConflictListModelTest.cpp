// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/ConflictListModel.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/SampleCaseLocation.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;
using corrob::ui::ConflictListModel;

namespace {

struct ConflictModelHarness
{
    QTemporaryDir dir;
    ui::CaseDocument document{{QStringLiteral("test")}};
    ConflictListModel model{document};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QSignalSpy reset{&model, &QAbstractItemModel::modelReset};
    QSignalSpy inserted{&model, &QAbstractItemModel::rowsInserted};
    QSignalSpy removed{&model, &QAbstractItemModel::rowsRemoved};

    ConflictModelHarness() { EXPECT_TRUE(document.openSample(test::sampleCaseIn(dir)).ok()); }
    [[nodiscard]] ClaimId claim(int i) const { return document.cache().claims().at(std::size_t(i)).id; }
    [[nodiscard]] analysis::Conflict conflict(int a, int b, const QString& detail = {}) const
    {
        return {claim(a), claim(b), analysis::ConflictKind::Contradicts, detail};
    }
    void clearSpies()
    {
        reset.clear();
        inserted.clear();
        removed.clear();
    }
};

} // namespace

TEST(ConflictListModel, NoConflictsIsOneDisabledRowThatSaysSo)
{
    ConflictModelHarness h;
    h.model.setConflicts({});
    ASSERT_EQ(h.model.rowCount(), 1);
    EXPECT_TRUE(h.model.index(0).data().toString().startsWith(QStringLiteral("No conflicts")));
    EXPECT_EQ(h.model.flags(h.model.index(0)), Qt::NoItemFlags);
    EXPECT_EQ(h.model.index(0).data(ConflictListModel::ClaimIdRole).toLongLong(), 0);
}

TEST(ConflictListModel, ARowNamesTheKindBothStatementsAndTheDetailAndItsFirstClaim)
{
    ConflictModelHarness h;
    h.model.setConflicts({h.conflict(0, 3, QStringLiteral("Amnesty International vs Russian Ministry of Defence"))});
    ASSERT_EQ(h.model.rowCount(), 1);
    const QString text = h.model.index(0).data().toString();
    EXPECT_TRUE(text.contains(h.document.cache().claims().at(0).statement.simplified())) << text.toStdString();
    EXPECT_TRUE(text.contains(h.document.cache().claims().at(3).statement.simplified()));
    EXPECT_TRUE(text.endsWith(QStringLiteral("Amnesty International vs Russian Ministry of Defence")));
    EXPECT_EQ(h.model.index(0).data(ConflictListModel::ClaimIdRole).toLongLong(), h.claim(0).value);
    EXPECT_EQ(h.model.index(0).data(Qt::ToolTipRole).toString(), text);
}

TEST(ConflictListModel, OneConflictMoreOrLessMovesOneRowNotTheWholeList)
{
    ConflictModelHarness h;
    QList<analysis::Conflict> conflicts;
    for (int i = 1; i < 5; ++i) {
        conflicts.append(h.conflict(0, i));
    }
    h.model.setConflicts(conflicts);
    ASSERT_EQ(h.model.rowCount(), 4);
    h.clearSpies();

    conflicts.insert(2, h.conflict(1, 3));
    h.model.setConflicts(conflicts);
    EXPECT_EQ(h.reset.count(), 0);
    ASSERT_EQ(h.inserted.count(), 1);
    EXPECT_EQ(h.inserted.first().at(1).toInt(), 2);
    EXPECT_EQ(h.inserted.first().at(2).toInt(), 2);
    EXPECT_EQ(h.model.rowCount(), 5);
    EXPECT_EQ(h.model.index(2).data(ConflictListModel::ClaimIdRole).toLongLong(), h.claim(1).value);

    h.clearSpies();
    conflicts.removeAt(0);
    h.model.setConflicts(conflicts);
    EXPECT_EQ(h.reset.count(), 0);
    ASSERT_EQ(h.removed.count(), 1);
    EXPECT_EQ(h.removed.first().at(1).toInt(), 0);
    EXPECT_EQ(h.model.rowCount(), 4);

    h.clearSpies();
    h.model.setConflicts(conflicts); // the same list: nothing moves
    EXPECT_EQ(h.reset.count() + h.inserted.count() + h.removed.count(), 0);

    h.model.setConflicts({});
    EXPECT_EQ(h.model.rowCount(), 1);
    EXPECT_EQ(h.model.flags(h.model.index(0)), Qt::NoItemFlags);
}
