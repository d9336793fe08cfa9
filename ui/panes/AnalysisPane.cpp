// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/AnalysisPane.h"

#include "ui/document/CaseDocument.h"
#include "ui/document/ClaimText.h"
#include "ui/document/LinkColours.h"

#include "ui/models/ClaimMatrixModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace corrob::ui {

AnalysisPane::AnalysisPane(CaseDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_claimView(new QTextBrowser(this)), m_conflictList(new QListWidget(this))
{
    setObjectName(QStringLiteral("analysisPane"));
    m_claimView->setObjectName(QStringLiteral("claimAnalysisTextBrowser"));
    m_claimView->setOpenLinks(false);
    m_conflictList->setObjectName(QStringLiteral("conflictListWidget"));
    m_conflictList->setWordWrap(true);
    m_conflictList->setAlternatingRowColors(true);

    m_matrixView = new QTableView(this);
    m_matrixView->setObjectName(QStringLiteral("claimMatrixTableView"));
    m_matrixView->setModel(new ClaimMatrixModel(document, m_matrixView));
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
        m_document.setCurrentClaim(ClaimId(index.data(ClaimMatrixModel::ClaimIdRole).toLongLong()));
    });
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("analysisTabWidget"));
    tabs->setDocumentMode(true);
    tabs->addTab(m_claimView, tr("Claim"));
    tabs->addTab(m_conflictList, tr("Conflicts"));
    tabs->addTab(m_matrixView, tr("Claim Matrix"));
    m_tabs = tabs;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(tabs);

    connect(m_conflictList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        m_document.setCurrentClaim(ClaimId(item->data(Qt::UserRole).toLongLong()));
    });
    connect(m_conflictList, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        m_document.setCurrentClaim(ClaimId(item->data(Qt::UserRole).toLongLong()));
    });
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
    connect(&document, &CaseDocument::currentClaimChanged, this, &AnalysisPane::refreshClaim);
    refreshClaim();
    refreshConflicts();
}

void AnalysisPane::refreshClaim()
{
    const ClaimId current = m_document.currentClaim();
    const model::Claim* claim = m_document.claim(current);
    const analysis::ClaimAnalysis* analysed = m_document.analysis().find(current);
    if (!claim || !analysed) {
        m_claimView->setHtml(tr("<p style='color:gray'>Select a claim to see how many independent sources back it "
                                "and who disputes it.</p>"));
        return;
    }
    auto claimList = [this](const QList<ClaimId>& claims) -> QString {
        if (claims.isEmpty()) {
            return tr("<br><i>none</i>");
        }
        QString html = QStringLiteral("<ul style='margin-left:-20px'>");
        for (ClaimId id : claims) {
            html += QStringLiteral("<li>") + claimLabel(m_document, id).toHtmlEscaped() + QStringLiteral("</li>");
        }
        return html + QStringLiteral("</ul>");
    };
    // An origin with a reliability grade shows it: "Oleksandr Pavlyuk (B)".
    auto originText = [this](const analysis::Origin& origin) {
        const model::Source* source = m_document.source(origin.source);
        return source && !source->reliability.isEmpty()
                   ? QStringLiteral("%1 (%2)").arg(origin.name.toHtmlEscaped(), source->reliability)
                   : origin.name.toHtmlEscaped();
    };
    QStringList origins;
    for (const analysis::Origin& origin : analysed->origins) {
        origins << originText(origin);
    }
    QStringList contradicting;
    for (const analysis::Origin& origin : analysed->contradictingOrigins) {
        contradicting << originText(origin);
    }
    QString html;
    html += QStringLiteral("<p><b>%1</b></p>").arg(claim->statement.toHtmlEscaped());
    html += QStringLiteral("<p style='font-size:large'><b>%1</b> %2</p>")
                .arg(analysed->independentSources)
                .arg(analysed->independentSources == 1 ? tr("independent source") : tr("independent sources"));
    html += tr("<p>Origin: %1<br>Origins: %2<br>Reports: %3</p>")
                .arg(originText(analysed->origin), origins.join(QStringLiteral(", ")))
                .arg(analysed->reports.size());
    html += tr("<p>Suggested credibility: <b>%1</b><br><span style='color:gray'>%2</span></p>")
                .arg(credibilityText(analysed->suggestedCredibility), analysed->reason.toHtmlEscaped());
    html += tr("<p><span style='color:%1'><b>Corroborated by</b></span>%2</p>")
                .arg(linkTypeColour(model::LinkType::Corroborates).name(), claimList(analysed->corroboratedBy()));
    html += tr("<p><span style='color:%1'><b>Contradicted by</b></span>%2")
                .arg(linkTypeColour(model::LinkType::Contradicts).name(), claimList(analysed->contradictedBy));
    if (!contradicting.isEmpty()) {
        html += tr("Contradicting origins: %1").arg(contradicting.join(QStringLiteral(", ")));
    }
    html += QStringLiteral("</p>");
    m_claimView->setHtml(html);
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
            m_tabs->setTabText(1, tr("Conflicts (%1)").arg(m_document.analysis().conflicts.size()));
        }
    });
}

void AnalysisPane::refreshConflicts()
{
    m_conflictsStale = false;
    QStringList texts;
    QList<qint64> claims;
    texts.reserve(m_document.analysis().conflicts.size());
    claims.reserve(m_document.analysis().conflicts.size());
    for (const analysis::Conflict& conflict : m_document.analysis().conflicts) {
        const model::Claim* a = m_document.claim(conflict.a);
        const model::Claim* b = m_document.claim(conflict.b);
        texts << QStringLiteral("%1 — “%2” vs “%3”\n%4")
                     .arg(analysis::conflictKindName(conflict.kind), a ? a->statement.simplified() : QString(),
                          b ? b->statement.simplified() : QString(), conflict.detail);
        claims << conflict.a.value;
    }
    m_tabs->setTabText(1, tr("Conflicts (%1)").arg(texts.size()));
    // A large case has tens of thousands of conflicts and most edits change none: the list is rebuilt only when
    // what it shows differs (rebuilding it costs far more than comparing).
    if (texts == m_shownConflicts && claims == m_shownConflictClaims && m_conflictList->count() > 0) {
        return;
    }
    m_conflictList->clear();
    for (qsizetype i = 0; i < texts.size(); ++i) {
        // Filled before it joins the list: setData on a listed item looks the item up in the list, O(n) each.
        auto* item = new QListWidgetItem(texts[i]);
        item->setData(Qt::UserRole, claims[i]);
        item->setToolTip(texts[i]);
        m_conflictList->addItem(item);
    }
    m_shownConflicts = std::move(texts);
    m_shownConflictClaims = std::move(claims);
    if (m_conflictList->count() == 0) {
        auto* item =
            new QListWidgetItem(tr("No conflicts: no contradicting links, no disagreeing figures."), m_conflictList);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace corrob::ui
