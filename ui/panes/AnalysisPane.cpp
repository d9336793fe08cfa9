// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/AnalysisPane.h"

#include "ui/document/CaseDocument.h"
#include "ui/document/ClaimText.h"
#include "ui/document/LinkColours.h"
#include "ui/document/ReadableColours.h"
#include "ui/document/VocabularyText.h"

#include "ui/models/ClaimMatrixModel.h"
#include "ui/models/ConflictListModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace corrob::ui {

AnalysisPane::AnalysisPane(CaseDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_claimView(new QTextBrowser(this)), m_conflictList(new QListView(this)),
      m_conflicts(new ConflictListModel(document, this))
{
    setObjectName(QStringLiteral("analysisPane"));
    m_claimView->setObjectName(QStringLiteral("claimAnalysisTextBrowser"));
    m_claimView->setOpenLinks(false);
    m_conflictList->setObjectName(QStringLiteral("conflictListView"));
    m_conflictList->setModel(m_conflicts);
    m_conflictList->setWordWrap(true);
    // Rows of wrapped text differ in height: tens of thousands are laid out in batches, between events.
    m_conflictList->setLayoutMode(QListView::Batched);
    m_conflictList->setAlternatingRowColors(true);
    m_conflictList->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* matrixPage = new QWidget(this);
    m_matrixView = new QTableView(matrixPage);
    m_matrixView->setObjectName(QStringLiteral("claimMatrixTableView"));
    m_matrixModel = new ClaimMatrixModel(document, m_matrixView);
    m_matrixModel->setPalette(m_matrixView->palette());
    m_matrixView->setModel(m_matrixModel);
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Many origins must fit side by side: narrow columns, names elided (the full name is the header's tooltip).
    m_matrixView->horizontalHeader()->setDefaultSectionSize(m_matrixView->fontMetrics().averageCharWidth() * 13);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrixView->verticalHeader()->setMaximumWidth(m_matrixView->fontMetrics().averageCharWidth() * 34);
    m_matrixView->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_matrixView->verticalHeader()->setTextElideMode(Qt::ElideRight);
    m_matrixView->verticalHeader()->setDefaultSectionSize(m_matrixView->fontMetrics().height() + 6);
    connect(m_matrixView, &QTableView::clicked, this, [this](const QModelIndex& index) {
        m_document.selection().setCurrentClaim(ClaimId(index.data(ClaimMatrixModel::ClaimIdRole).toLongLong()));
    });
    m_matrixLegend = new QLabel(matrixPage);
    m_matrixLegend->setObjectName(QStringLiteral("claimMatrixLegendLabel"));
    m_matrixLegend->setWordWrap(true);
    refreshMatrixLegend();
    m_matrixView->installEventFilter(this);
    auto* matrixLayout = new QVBoxLayout(matrixPage);
    matrixLayout->setContentsMargins(0, 0, 0, 0);
    matrixLayout->setSpacing(4);
    matrixLayout->addWidget(m_matrixView, 1);
    matrixLayout->addWidget(m_matrixLegend);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("analysisTabWidget"));
    tabs->setDocumentMode(true);
    // In a narrow dock every tab stays in sight, its name shortened with "…" (whole in its tooltip), rather than
    // the last tabs going behind scroll arrows.
    tabs->setElideMode(Qt::ElideRight);
    tabs->setUsesScrollButtons(false);
    tabs->addTab(m_claimView, tr("Claim"));
    tabs->addTab(m_conflictList, tr("Conflicts"));
    tabs->addTab(matrixPage, tr("Claim Matrix"));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setTabToolTip(i, tabs->tabText(i));
    }
    m_tabs = tabs;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(tabs);

    // Clicking a conflict, or Enter on it, makes its first claim current.
    for (auto signal : {&QListView::activated, &QListView::clicked}) {
        connect(m_conflictList, signal, this, [this](const QModelIndex& index) {
            if (const qint64 claim = index.data(ConflictListModel::ClaimIdRole).toLongLong(); claim > 0) {
                m_document.selection().setCurrentClaim(ClaimId(claim));
            }
        });
    }
    for (auto signal : {&CaseDocument::caseOpened, &CaseDocument::caseClosed}) {
        connect(&document, signal, this, &AnalysisPane::refreshClaim);
        connect(&document, signal, this, &AnalysisPane::refreshConflicts);
    }
    // One edit announces claims, links and sources in turn (and, in a large case, the analysis when it is ready):
    // the pane refreshes once, after the burst. The
    // conflicts (thousands in a large case) are rebuilt only while their tab is shown, else when it is opened.
    for (auto signal : {&CaseDocument::claimsChanged, &CaseDocument::linksChanged, &CaseDocument::sourcesChanged,
                        &CaseDocument::analysisChanged}) {
        connect(&document, signal, this, &AnalysisPane::scheduleRefresh);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_conflictsStale && m_tabs->currentWidget() == m_conflictList) {
            refreshConflicts();
        }
    });
    connect(&document.selection(), &WorkbenchSelection::currentClaimChanged, this, &AnalysisPane::refreshClaim);
    connect(&document.selection(), &WorkbenchSelection::currentClaimChanged, this, &AnalysisPane::followCurrentClaim);
    refreshClaim();
    refreshConflicts();
}

void AnalysisPane::followCurrentClaim()
{
    const int row = m_matrixModel->rowOf(m_document.selection().currentClaim());
    if (row < 0) {
        m_matrixView->clearSelection();
        return;
    }
    const QModelIndex index = m_matrixModel->index(row, 0);
    // Keep the column the user looks at; only the row follows the claim.
    const QModelIndex current = m_matrixView->currentIndex();
    const QModelIndex target = current.isValid() ? m_matrixModel->index(row, current.column()) : index;
    m_matrixView->selectionModel()->setCurrentIndex(target,
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_matrixView->scrollTo(target);
}

void AnalysisPane::refreshMatrixLegend()
{
    // The marks in the colours the matrix paints them, so the legend reads as a key to it.
    const QPalette palette = m_matrixView->palette();
    auto mark = [&palette](const QString& text, const QColor& colour) {
        return QStringLiteral("<span style='color:%1'>%2</span>")
            .arg(readableForeground(colour, palette).name(), text.toHtmlEscaped());
    };
    const QString gap = QStringLiteral("&nbsp;&nbsp;&nbsp;");
    m_matrixLegend->setText(mark(QStringLiteral("●"), linkTypeColour(model::LinkType::Corroborates)) + u' ' +
                            tr("backs the claim").toHtmlEscaped() + gap +
                            mark(QStringLiteral("✕"), linkTypeColour(model::LinkType::Contradicts)) + u' ' +
                            tr("disputes it").toHtmlEscaped() + gap +
                            QStringLiteral("<span style='color:%1'>%2</span>")
                                .arg(m_matrixModel->oneVoiceColour().name(),
                                     tr("claim in this colour: rests on one voice").toHtmlEscaped()));
}

bool AnalysisPane::eventFilter(QObject* watched, QEvent* event)
{
    // The theme changed: the matrix's colours follow the view's new palette (which it has by the time it is told).
    if (watched == m_matrixView && event->type() == QEvent::PaletteChange) {
        m_matrixModel->setPalette(m_matrixView->palette());
        refreshMatrixLegend();
    }
    return QWidget::eventFilter(watched, event);
}

QString AnalysisPane::originText(const analysis::Origin& origin) const
{
    // An unknown origin is the unnamed voice of one report: name the report as the Claims table does.
    if (!origin.isKnown()) {
        return tr("unnamed source (%1)").arg(reportShortLabel(m_document, origin.report));
    }
    // An origin with a reliability grade shows it: "Oleksandr Pavlyuk (B)".
    const model::Source* source = m_document.cache().source(origin.source);
    return source && !source->reliability.isEmpty() ? QStringLiteral("%1 (%2)").arg(origin.name, source->reliability)
                                                    : origin.name;
}

QString AnalysisPane::claimListHtml(const QList<ClaimId>& claims) const
{
    // A claim of a large story has thousands of partners: the first few say enough, the matrix shows the rest.
    constexpr qsizetype kShown = 12;
    QString html = QStringLiteral("<ul style='margin-top:2px; margin-bottom:0px; margin-left:-20px'>");
    for (qsizetype i = 0; i < std::min(claims.size(), kShown); ++i) {
        const model::Claim* claim = m_document.cache().claim(claims[i]);
        if (!claim) {
            continue;
        }
        const QString source = claimSourceName(m_document, claim->id);
        // The claim's number, as the reason names it ("corroborated by claim #12 (link #4, …)").
        QString line = QStringLiteral("#%1 “%2”").arg(claim->id.value).arg(claim->statement.simplified());
        if (!source.isEmpty()) {
            line += QStringLiteral(" — ") + source;
        }
        line += QStringLiteral(" (%1)").arg(reportShortLabel(m_document, claim->report));
        html += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
    }
    if (claims.size() > kShown) {
        html += QStringLiteral("<li><i>") + tr("and %1 more").arg(claims.size() - kShown) + QStringLiteral("</i></li>");
    }
    return html + QStringLiteral("</ul>");
}

void AnalysisPane::refreshClaim()
{
    const ClaimId current = m_document.selection().currentClaim();
    const model::Claim* claim = m_document.cache().claim(current);
    const analysis::ClaimAnalysis* analysed = m_document.analysis().result().find(current);
    if (!claim || !analysed) {
        m_claimView->setHtml(tr("<p style='color:gray'>Select a claim to see how many independent sources back it "
                                "and who disputes it.</p>"));
        return;
    }
    auto names = [this](const QList<analysis::Origin>& origins) {
        QStringList out;
        for (const analysis::Origin& origin : origins) {
            out << originText(origin);
        }
        return out.join(QStringLiteral(", ")).toHtmlEscaped();
    };
    // The answer first, one line each: how many independent sources and who, who contradicts, in which reports,
    // the suggested grade and why; then the claims on either side.
    QString html;
    html += QStringLiteral("<p style='margin-bottom:4px'><b>%1</b></p>").arg(claim->statement.toHtmlEscaped());
    const int sources = analysed->independentSources;
    html += QStringLiteral("<p style='margin-top:4px; margin-bottom:4px'><span style='font-size:large'><b>%1</b></span>"
                           " — %2</p>")
                .arg(sources > 0 ? tr("%Ln independent source(s)", nullptr, sources)
                                 : tr("No named source"), // an unknown origin is no one (decision 0005)
                     names(analysed->origins));
    if (!analysed->contradictingOrigins.isEmpty()) {
        html += QStringLiteral("<p style='margin-top:4px; margin-bottom:4px'><span style='color:%1'><b>%2</b></span>"
                               " — %3</p>")
                    .arg(linkTypeColour(model::LinkType::Contradicts).name(),
                         tr("Contradicted by %Ln independent source(s)", nullptr, analysed->contradictingSources),
                         names(analysed->contradictingOrigins));
        // Reliability grades discount a contradiction (decision 0005): say so where it changed the count.
        if (analysed->contradictingWeight < analysed->contradictingSources) {
            html += QStringLiteral("<p style='margin-top:0px; margin-bottom:4px; color:gray'>%1</p>")
                        .arg(tr("Weighs as %1 of a reliable source: a source graded D counts half, E a quarter.")
                                 .arg(QLocale().toString(analysed->contradictingWeight, 'g', 3))
                                 .toHtmlEscaped());
        }
    } else {
        html += tr("<p style='margin-top:4px; margin-bottom:4px'>Nobody contradicts it.</p>");
    }
    QStringList reports;
    for (ReportId report : analysed->reports) {
        reports << reportShortLabel(m_document, report);
    }
    html += QStringLiteral("<p style='margin-top:6px; margin-bottom:4px'>%1 %2</p>")
                .arg(tr("In %Ln report(s):", nullptr, int(reports.size())),
                     reports.join(QStringLiteral(", ")).toHtmlEscaped());
    html += QStringLiteral("<p style='margin-top:4px'>%1 <b>%2</b><br><span style='color:gray'>%3</span></p>")
                .arg(tr("Suggested credibility:"), credibilityText(analysed->suggestedCredibility),
                     reasonText(*analysed).toHtmlEscaped());
    // The claims on either side, as the analysis counted them: the same statement (its repeats), the claims that
    // corroborate it directly, those that contradict it; then what it corroborates, which counts for them only.
    auto section = [this, &html](model::LinkType colour, const QString& title, const QList<ClaimId>& claims) {
        if (claims.isEmpty()) {
            return;
        }
        html += QStringLiteral("<p style='margin-top:6px; margin-bottom:0px'><span style='color:%1'><b>%2</b></span>%3"
                               "</p>")
                    .arg(linkTypeColour(colour).name(), title.toHtmlEscaped(), claimListHtml(claims));
    };
    QList<ClaimId> repeats = analysed->sameStatement;
    repeats.removeOne(current);
    section(model::LinkType::Repeats, tr("Same statement, repeated (%1)").arg(repeats.size()), repeats);
    section(model::LinkType::Corroborates, tr("Corroborating claims (%1)").arg(analysed->corroborators.size()),
            analysed->corroborators);
    section(model::LinkType::Contradicts, tr("Contradicting claims (%1)").arg(analysed->contradictedBy.size()),
            analysed->contradictedBy);
    section(model::LinkType::Elaborates, tr("Claims it corroborates (%1)").arg(analysed->corroborates.size()),
            analysed->corroborates);
    m_claimView->setHtml(html);
}

QString AnalysisPane::reasonText(const analysis::ClaimAnalysis& analysed) const
{
    // The rule's reason starts with the grade's words ("probably true: corroborated by …"), which the grade above
    // already says; and it names an unknown origin by its raw report id, which the investigator never sees.
    QString reason = analysed.reason();
    if (const qsizetype colon = reason.indexOf(QStringLiteral(": ")); colon > 0) {
        reason = reason.mid(colon + 2);
    }
    for (const QList<analysis::Origin>* origins : {&analysed.origins, &analysed.contradictingOrigins}) {
        for (const analysis::Origin& origin : *origins) {
            if (!origin.isKnown()) {
                reason.replace(origin.name, originText(origin));
            }
        }
    }
    if (!reason.isEmpty()) {
        reason[0] = reason[0].toUpper();
    }
    return reason.isEmpty() || reason.endsWith(u'.') ? reason : reason + u'.';
}

void AnalysisPane::scheduleRefresh()
{
    if (m_refreshPending) {
        return;
    }
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refreshClaim();
        if (m_tabs->currentWidget() == m_conflictList) {
            refreshConflicts();
        } else {
            m_conflictsStale = true;
            showConflictCount(m_document.analysis().result().conflicts.size());
        }
    });
}

void AnalysisPane::refreshConflicts()
{
    m_conflictsStale = false;
    const QList<analysis::Conflict>& conflicts = m_document.analysis().result().conflicts;
    showConflictCount(conflicts.size());
    m_conflicts->setConflicts(conflicts);
}

void AnalysisPane::showConflictCount(qsizetype count)
{
    // The tooltip says the tab's name whole when a narrow dock shortens it: the count too.
    const QString text = tr("Conflicts (%1)").arg(count);
    m_tabs->setTabText(1, text);
    m_tabs->setTabToolTip(1, text);
}

} // namespace corrob::ui
