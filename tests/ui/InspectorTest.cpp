// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Inspector on whatever was selected last (a claim, a link, a source, a report), driven as a user would: real
// widgets, offscreen, on the sample case, the case checked through CaseReader and the other docks.
#include "core/case/Case.h"
#include "core/case/CaseReader.h"
#include "core/model/Vocabulary.h"
#include "core/storage/Database.h"
#include "tests/support/FakePrompts.h"
#include "tests/support/TestWindow.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/LinkColours.h"
#include "ui/models/ClaimListModel.h"
#include "ui/models/ReportListModel.h"
#include "ui/models/SourceListModel.h"
#include "ui/panes/ReportPane.h"
#include "ui/panes/ReportPaneArea.h"
#include "ui/panes/SourcesPane.h"
#include "ui/widgets/LinkCurveOverlay.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace corrob;
using corrob::test::FakePrompts;
using corrob::ui::ReportPane;

namespace {

struct Inspector : test::SampleWindow
{
    QUndoStack* undo() const { return document().undoStack(); }

    // The Inspector page in view ("claimInspector", "linkInspector", ...).
    QString page() const
    {
        QWidget* shown = find<QStackedWidget>("inspectorStack")->currentWidget();
        if (auto* scroll = qobject_cast<QScrollArea*>(shown)) {
            shown = scroll->widget();
        }
        return shown ? shown->objectName() : QString();
    }

    // Types text into a line edit as a user would (replacing what it holds) and presses Enter.
    static void enter(QLineEdit* edit, const QString& text)
    {
        edit->setFocus(Qt::MouseFocusReason);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
        settle();
    }

    // The curves of one colour between the two panes.
    qsizetype curvesOf(const QColor& colour) const
    {
        const auto& curves = window->paneArea().overlay()->curves();
        return std::count_if(curves.cbegin(), curves.cend(), [&](const auto& c) { return c.colour == colour; });
    }
};

} // namespace

TEST(Inspector, ALinksTypeNoteAndConfidenceAreEditedThereTheCurveAndAnalysisFollowAndUndoRestoresThem)
{
    Inspector w;
    // The pair of linked claims the panes open on: its curve is in view.
    model::Link link;
    for (const ClaimId claim : w.pane(0)->shownClaims()) {
        for (const model::Link& l : w.document().cache().linksOf(claim)) {
            if (!link.id.isValid() && w.pane(1)->showsClaim(l.from == claim ? l.to : l.from)) {
                link = l;
            }
        }
    }
    ASSERT_TRUE(link.id.isValid());
    const model::LinkType other =
        link.type == model::LinkType::Contradicts ? model::LinkType::Corroborates : model::LinkType::Contradicts;
    const QColor otherColour = ui::linkTypeColour(other);
    const qsizetype curvesBefore = w.curvesOf(otherColour);

    // Picking the link in the claim's Links list shows it in the Inspector.
    w.clickClaimRow(link.from);
    EXPECT_EQ(w.page(), QStringLiteral("claimInspector"));
    auto* links = w.find<QListWidget>("claimLinksListWidget");
    QListWidgetItem* item = nullptr;
    for (int row = 0; row < links->count(); ++row) {
        if (links->item(row)->data(Qt::UserRole).toLongLong() == link.id.value) {
            item = links->item(row);
        }
    }
    ASSERT_NE(item, nullptr);
    QTest::mouseClick(links->viewport(), Qt::LeftButton, {}, links->visualItemRect(item).center());
    Inspector::settle();
    ASSERT_EQ(w.page(), QStringLiteral("linkInspector"));
    EXPECT_EQ(w.document().selection().currentLink(), link.id);
    const QString quoteFrom = w.document().cache().claim(link.from)->anchor.quote.simplified();
    EXPECT_TRUE(w.find<QLabel>("linkFromLabel")->text().contains(quoteFrom.left(20).toHtmlEscaped()));
    EXPECT_TRUE(w.find<QLabel>("linkMadeLabel")->text().contains(link.author));

    // Type.
    auto* type = w.find<QComboBox>("linkTypeComboBox");
    EXPECT_EQ(type->currentText(), model::linkTypeName(link.type));
    type->setCurrentText(model::linkTypeName(other));
    Q_EMIT type->activated(type->currentIndex());
    Inspector::settle();
    auto stored = [&w, &link] {
        for (const model::Link& l : w.reader().links().value()) {
            if (l.id == link.id) {
                return l;
            }
        }
        ADD_FAILURE() << "link " << link.id.value << " is gone";
        return model::Link();
    };
    EXPECT_EQ(stored().type, other);
    EXPECT_EQ(w.undo()->undoText(), QStringLiteral("Change link type to %1").arg(model::linkTypeName(other)));
    EXPECT_EQ(w.curvesOf(otherColour), curvesBefore + 1) << "the curve takes the new type's colour";
    const auto* analysed = w.document().analysis().result().find(link.from);
    ASSERT_NE(analysed, nullptr);
    EXPECT_EQ(analysed->contradictedBy.contains(link.to), other == model::LinkType::Contradicts);
    EXPECT_EQ(w.page(), QStringLiteral("linkInspector")) << "the link stays in the Inspector";

    // Note: multi-line, applied on Ctrl+Enter, not on every keystroke.
    auto* note = w.find<QPlainTextEdit>("linkNoteTextEdit");
    note->setFocus(Qt::MouseFocusReason);
    note->selectAll();
    QTest::keyClicks(note, QStringLiteral("Same press conference"));
    QTest::keyClick(note, Qt::Key_Return);
    QTest::keyClicks(note, QStringLiteral("on 4 August"));
    EXPECT_EQ(w.undo()->count(), 1) << "typing applies nothing";
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
    Inspector::settle();
    EXPECT_EQ(stored().note, QStringLiteral("Same press conference\non 4 August"));
    EXPECT_EQ(w.undo()->undoText(), QStringLiteral("Edit link note"));

    // Confidence, applied on Enter.
    auto* confidence = w.find<QDoubleSpinBox>("linkConfidenceSpinBox");
    EXPECT_EQ(confidence->text(), QStringLiteral("not given"));
    confidence->setFocus(Qt::MouseFocusReason);
    confidence->selectAll();
    QTest::keyClicks(confidence, QStringLiteral("0.7"));
    EXPECT_EQ(w.undo()->count(), 2) << "typing applies nothing";
    QTest::keyClick(confidence, Qt::Key_Return);
    Inspector::settle();
    EXPECT_DOUBLE_EQ(stored().confidence.value_or(-1), 0.7);
    EXPECT_EQ(w.undo()->undoText(), QStringLiteral("Set link confidence to 0.70"));
    EXPECT_EQ(w.undo()->count(), 3);

    // Undo restores the link as it was, and the fields, the curve and the analysis with it.
    w.undo()->undo();
    w.undo()->undo();
    w.undo()->undo();
    Inspector::settle();
    EXPECT_EQ(stored(), link);
    EXPECT_EQ(type->currentText(), model::linkTypeName(link.type));
    EXPECT_TRUE(note->toPlainText().isEmpty() == link.note.isEmpty());
    EXPECT_EQ(confidence->text(), QStringLiteral("not given"));
    EXPECT_EQ(w.curvesOf(otherColour), curvesBefore);
    EXPECT_TRUE(w.prompts.errors.empty());

    // The other claim's quote is a link that selects it.
    Q_EMIT w.find<QLabel>("linkToLabel")->linkActivated(QStringLiteral("claim:%1").arg(link.to.value));
    Inspector::settle();
    EXPECT_EQ(w.document().selection().currentClaim(), link.to);
    EXPECT_EQ(w.page(), QStringLiteral("claimInspector"));
}

TEST(Inspector, ARefusedLinkChangeShowsTheErrorAndTheStoredValue)
{
    Inspector w;
    const ClaimId killings = w.claimWith(QStringLiteral("22 unlawful killings"));
    ASSERT_TRUE(killings.isValid());
    const std::vector<model::Link> links = w.document().cache().linksOf(killings);
    ASSERT_FALSE(links.empty());
    w.document().selection().setCurrentClaim(killings);
    w.document().selection().setCurrentLink(links.front().id);
    Inspector::settle();
    ASSERT_EQ(w.page(), QStringLiteral("linkInspector"));
    // A second link between the same claims, of another type, makes changing the first one to that type a
    // duplicate.
    const model::Link& first = links.front();
    const model::LinkType taken =
        first.type == model::LinkType::Elaborates ? model::LinkType::Updates : model::LinkType::Elaborates;
    ASSERT_TRUE(test::openBeside(w.document())
                    ->database()
                    .exec(QStringLiteral("INSERT INTO links (from_claim_id, to_claim_id, type, author, created_at) "
                                         "VALUES (%1, %2, '%3', 'tester', '2026-01-01T00:00:00Z')")
                              .arg(first.from.value)
                              .arg(first.to.value)
                              .arg(model::linkTypeName(taken)))
                    .ok());
    auto* type = w.find<QComboBox>("linkTypeComboBox");
    type->setCurrentText(model::linkTypeName(taken));
    Q_EMIT type->activated(type->currentIndex());
    Inspector::settle();
    ASSERT_EQ(w.prompts.errors.size(), 1u);
    EXPECT_TRUE(w.prompts.errors.front().text.contains(QStringLiteral("already")))
        << w.prompts.errors.front().text.toStdString();
    EXPECT_EQ(type->currentText(), model::linkTypeName(first.type)) << "the field shows the link as stored";
    EXPECT_EQ(w.undo()->count(), 0);
}

TEST(Inspector, AReportsOutletEditedThereShowsInTheCaseDockAndUndoRemovesTheNewSource)
{
    Inspector w;
    auto* list = w.find<QTableView>("reportListView");
    const QModelIndex second = list->model()->index(1, ui::ReportListModel::TitleColumn);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(second).center());
    Inspector::settle();
    ASSERT_EQ(w.page(), QStringLiteral("reportInspector"));
    const ReportId report(second.data(ui::ReportListModel::ReportIdRole).toLongLong());
    const model::ReportSummary before = *w.document().reportSummary(report);
    EXPECT_EQ(w.find<QLineEdit>("reportTitleLineEdit")->text(), before.metadata.title);
    EXPECT_TRUE(w.find<QLabel>("reportShaLabel")->text().remove(u' ').startsWith(before.sha256.left(16)));
    EXPECT_TRUE(w.find<QLabel>("reportClaimsLabel")
                    ->text()
                    .startsWith(QString::number(w.document().cache().claimCount(report))));
    const auto sourcesBefore = w.document().cache().sources().size();

    auto* outlet = w.find<QLineEdit>("reportOutletLineEdit");
    Inspector::enter(outlet, QStringLiteral("Kyiv Independent"));
    EXPECT_EQ(w.document().reportSummary(report)->metadata.outlet, QStringLiteral("Kyiv Independent"));
    EXPECT_EQ(w.undo()->undoText(), QStringLiteral("Set report outlet"));
    const QModelIndex outletCell = list->model()->index(1, ui::ReportListModel::OutletColumn);
    EXPECT_EQ(outletCell.data().toString(), QStringLiteral("Kyiv Independent")) << "the Case dock shows it";
    EXPECT_EQ(w.document().cache().sources().size(), sourcesBefore + 1) << "a new outlet is a media source";
    EXPECT_EQ(w.page(), QStringLiteral("reportInspector"));
    EXPECT_EQ(list->currentIndex().row(), 1) << "the Case dock keeps its current report";
    auto paneHeader = [&w, report] {
        for (ReportPane* pane : w.window->paneArea().panes()) {
            if (pane->report() == report) {
                return pane->findChild<QLabel*>(QStringLiteral("reportMetaLabel"))->text();
            }
        }
        return QString();
    };
    EXPECT_TRUE(paneHeader().startsWith(QStringLiteral("Kyiv Independent"))) << paneHeader().toStdString();

    // A date that is not one: the error is shown and the field goes back to the stored date.
    auto* published = w.find<QLineEdit>("reportPublishedLineEdit");
    Inspector::enter(published, QStringLiteral("early August"));
    ASSERT_EQ(w.prompts.errors.size(), 1u);
    EXPECT_TRUE(w.prompts.errors.front().text.contains(QStringLiteral("is not a date")));
    EXPECT_EQ(published->text(), before.metadata.published.iso);
    EXPECT_EQ(w.undo()->count(), 1);

    w.undo()->undo();
    Inspector::settle();
    EXPECT_EQ(w.document().reportSummary(report)->metadata, before.metadata);
    EXPECT_EQ(list->model()->index(1, ui::ReportListModel::OutletColumn).data().toString(), before.metadata.outlet);
    EXPECT_EQ(outlet->text(), before.metadata.outlet);
    EXPECT_FALSE(paneHeader().contains(QStringLiteral("Kyiv Independent")));
    EXPECT_EQ(w.document().cache().sources().size(), sourcesBefore) << "undo removes the source it made";
    w.undo()->redo();
    EXPECT_EQ(w.document().reportSummary(report)->metadata.outlet, QStringLiteral("Kyiv Independent"));
}

TEST(Inspector, ASourcesReliabilityGradedThereShowsInTheSourcesDockAndTheAnalysisAndUndoes)
{
    Inspector w;
    auto* sources = w.find<ui::SourcesPane>("sourcesView");
    const auto rowOf = [&](const QString& name) {
        const QModelIndexList found =
            sources->model()->match(sources->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
        return found.isEmpty() ? QModelIndex() : found.front();
    };
    ASSERT_TRUE(rowOf(QStringLiteral("Oleksandr Pavlyuk")).isValid());
    const SourceId pavlyuk(
        rowOf(QStringLiteral("Oleksandr Pavlyuk")).data(ui::SourceListModel::SourceIdRole).toLongLong());
    w.find<QDockWidget>("sourcesDock")->raise();
    Inspector::settle();
    sources->scrollTo(rowOf(QStringLiteral("Oleksandr Pavlyuk")));
    QTest::mouseClick(sources->viewport(), Qt::LeftButton, {},
                      sources->visualRect(rowOf(QStringLiteral("Oleksandr Pavlyuk"))).center());
    Inspector::settle();
    ASSERT_EQ(w.page(), QStringLiteral("sourceInspector"));
    EXPECT_EQ(w.find<QLineEdit>("sourceNameLineEdit")->text(), QStringLiteral("Oleksandr Pavlyuk"));
    EXPECT_TRUE(w.find<QLabel>("sourceClaimsLabel")->text().contains(QStringLiteral("claim")));

    auto* grade = w.find<QComboBox>("sourceReliabilityComboBox");
    grade->setCurrentIndex(grade->findData(QStringLiteral("B")));
    Q_EMIT grade->activated(grade->currentIndex());
    Inspector::settle();
    EXPECT_EQ(w.reader().source(pavlyuk).value().reliability, QStringLiteral("B"));
    EXPECT_EQ(w.undo()->undoText(), QStringLiteral("Grade source reliability B"));
    EXPECT_EQ(rowOf(QStringLiteral("Oleksandr Pavlyuk")).siblingAtColumn(ui::SourceListModel::GradeColumn).data(),
              QStringLiteral("B"));
    EXPECT_EQ(w.page(), QStringLiteral("sourceInspector"));

    auto* rationale = w.find<QPlainTextEdit>("sourceRationaleTextEdit");
    rationale->setFocus(Qt::MouseFocusReason);
    QTest::keyClicks(rationale, QStringLiteral("Regional police chief; figures matched later counts"));
    w.find<QLineEdit>("sourceNameLineEdit")->setFocus(Qt::TabFocusReason); // leaving the field applies it
    Inspector::settle();
    EXPECT_EQ(w.reader().source(pavlyuk).value().rationale,
              QStringLiteral("Regional police chief; figures matched later counts"));
    EXPECT_EQ(w.undo()->undoText(), QStringLiteral("Edit reliability rationale"));

    // The analysis of a claim Pavlyuk makes names his grade.
    const ClaimId bodies = w.claimWith(QStringLiteral("1,235"));
    w.clickClaimRow(bodies);
    auto* analysis = w.find<QTextEdit>("claimAnalysisTextBrowser");
    EXPECT_TRUE(analysis->toPlainText().contains(QStringLiteral("Oleksandr Pavlyuk (B)")))
        << analysis->toPlainText().toStdString();

    w.undo()->undo();
    w.undo()->undo();
    Inspector::settle();
    EXPECT_TRUE(w.reader().source(pavlyuk).value().reliability.isEmpty());
    EXPECT_TRUE(rowOf(QStringLiteral("Oleksandr Pavlyuk"))
                    .siblingAtColumn(ui::SourceListModel::GradeColumn)
                    .data()
                    .toString()
                    .isEmpty());
    EXPECT_FALSE(analysis->toPlainText().contains(QStringLiteral("Oleksandr Pavlyuk (B)")));
    EXPECT_TRUE(w.prompts.errors.empty());
}

TEST(Inspector, AnAliasThatIsTheNameOrAnotherAliasWithOtherAccentsIsNotAddedAndSaidSo)
{
    Inspector w;
    auto* sources = w.find<ui::SourcesPane>("sourcesView");
    const QModelIndexList found = sources->model()->match(sources->model()->index(0, 0), Qt::DisplayRole,
                                                          QStringLiteral("Oleksandr Pavlyuk"), 1, Qt::MatchExactly);
    ASSERT_FALSE(found.isEmpty());
    const SourceId pavlyuk(found.front().data(ui::SourceListModel::SourceIdRole).toLongLong());
    w.find<QDockWidget>("sourcesDock")->raise();
    Inspector::settle();
    sources->scrollTo(found.front());
    QTest::mouseClick(sources->viewport(), Qt::LeftButton, {}, sources->visualRect(found.front()).center());
    Inspector::settle();
    ASSERT_EQ(w.page(), QStringLiteral("sourceInspector"));
    auto* notice = w.find<QLabel>("sourceAliasNoticeLabel");
    EXPECT_TRUE(notice->isHidden());

    const QStringList before = w.reader().source(pavlyuk).value().aliases;
    auto* aliases = w.find<QLineEdit>("sourceAliasesLineEdit");
    aliases->setFocus(Qt::MouseFocusReason);
    aliases->end(false);
    QTest::keyClicks(aliases, QStringLiteral(", Pavliuk, OLEKSANDR PAVLYUK, pavliuk, Oleksandr Pavljuk"));
    w.find<QLineEdit>("sourceNameLineEdit")->setFocus(Qt::TabFocusReason); // leaving the field applies it
    Inspector::settle();
    const QStringList after = w.reader().source(pavlyuk).value().aliases;
    EXPECT_EQ(after.size(), before.size() + 2) << after.join(u'|').toStdString();
    EXPECT_TRUE(after.contains(QStringLiteral("Pavliuk")) && after.contains(QStringLiteral("Oleksandr Pavljuk")))
        << after.join(u'|').toStdString();
    EXPECT_FALSE(notice->isHidden());
    EXPECT_EQ(notice->text(), QStringLiteral("Not added, case and accents aside: “OLEKSANDR PAVLYUK” is “Oleksandr "
                                             "Pavlyuk”; “pavliuk” is “Pavliuk”."));
    // Another source: the notice spoke of this one's aliases.
    const QModelIndexList other = sources->model()->match(sources->model()->index(0, 0), Qt::DisplayRole,
                                                          QStringLiteral("Amnesty International"), 1, Qt::MatchExactly);
    ASSERT_FALSE(other.isEmpty());
    sources->scrollTo(other.front());
    QTest::mouseClick(sources->viewport(), Qt::LeftButton, {}, sources->visualRect(other.front()).center());
    Inspector::settle();
    EXPECT_TRUE(notice->isHidden());
}

TEST(Inspector, ShowsWhatWasSelectedLastAndTheClaimAgainWhenItIsPickedAgain)
{
    Inspector w;
    EXPECT_EQ(w.page(), QStringLiteral("inspectorEmptyLabel"));
    const ClaimId bodies = w.claimWith(QStringLiteral("1,235"));
    w.clickClaimRow(bodies);
    EXPECT_EQ(w.page(), QStringLiteral("claimInspector"));
    w.document().selection().setCurrentSource(w.document().cache().sources().front().id);
    EXPECT_EQ(w.page(), QStringLiteral("sourceInspector"));
    w.document().selection().setCurrentReport(w.document().reportSummaries().front().id);
    EXPECT_EQ(w.page(), QStringLiteral("reportInspector"));
    w.clickClaimRow(bodies); // the current claim already
    EXPECT_EQ(w.page(), QStringLiteral("claimInspector"));
    w.document().selection().setCurrentClaim(ClaimId());
    EXPECT_EQ(w.page(), QStringLiteral("inspectorEmptyLabel"));
}

TEST(Inspector, TabMovesThroughAPagesFieldsInReadingOrderAndTypingAppliesNothing)
{
    Inspector w;
    const ClaimId killings = w.claimWith(QStringLiteral("22 unlawful killings"));
    w.document().selection().setCurrentClaim(killings);
    w.document().selection().setCurrentLink(w.document().cache().linksOf(killings).front().id);
    Inspector::settle();
    ASSERT_EQ(w.page(), QStringLiteral("linkInspector"));
    auto* type = w.find<QComboBox>("linkTypeComboBox");
    type->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), w.find<QPlainTextEdit>("linkNoteTextEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("checked"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // Tab leaves the note (and applies it)
    EXPECT_EQ(QApplication::focusWidget(), w.find<QDoubleSpinBox>("linkConfidenceSpinBox"));
    EXPECT_EQ(w.undo()->count(), 1);
    EXPECT_TRUE(
        w.document().cache().link(w.document().selection().currentLink())->note.endsWith(QStringLiteral("checked")))
        << "tabbing into the note puts the cursor at its end";

    w.document().selection().setCurrentReport(w.document().reportSummaries().front().id);
    Inspector::settle();
    ASSERT_EQ(w.page(), QStringLiteral("reportInspector"));
    auto* title = w.find<QLineEdit>("reportTitleLineEdit");
    title->setFocus(Qt::TabFocusReason);
    QTest::keyClick(title, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), w.find<QLineEdit>("reportOutletLineEdit"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), w.find<QLineEdit>("reportRepublisherLineEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Yahoo News"));
    EXPECT_EQ(w.undo()->count(), 1) << "typing applies nothing";
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_EQ(w.undo()->count(), 2);
    EXPECT_EQ(w.undo()->undoText(), QStringLiteral("Set report republisher"));
}
