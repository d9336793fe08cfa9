// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/ReportPaneArea.h"

#include "core/model/Vocabulary.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/LinkColours.h"
#include "ui/document/VocabularyText.h"
#include "ui/panes/ReportPane.h"
#include "ui/widgets/LinkCurveOverlay.h"
#include "ui/widgets/ReadingTextView.h"

#include <QHBoxLayout>
#include <QSplitter>
#include <QTimer>

#include <algorithm>
#include <array>
#include <map>

namespace corrob::ui {
namespace {

QString elided(const QString& text, qsizetype most)
{
    const QString simple = text.simplified();
    return simple.size() > most ? simple.left(most - 1) + QChar(0x2026) : simple;
}

} // namespace

ReportPaneArea::ReportPaneArea(CaseDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("reportPaneArea"));
    m_splitter->setObjectName(QStringLiteral("reportPaneSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(10); // room for the curves between the panes
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    m_overlay = new LinkCurveOverlay(this);
    connect(m_overlay, &LinkCurveOverlay::curveClicked, this, [this](qint64 key) {
        if (m_document.cache().link(LinkId(key))) {
            m_document.selection().setCurrentLink(LinkId(key)); // the Inspector shows it
        }
    });
    for (int i = 0; i < kMinPanes; ++i) {
        createPane();
    }
    setCurrentPane(m_panes.first());
    connect(m_splitter, &QSplitter::splitterMoved, this, &ReportPaneArea::scheduleCurves);
    connect(&document, &CaseDocument::linksChanged, this, &ReportPaneArea::scheduleCurves);
    connect(&document.selection(), &WorkbenchSelection::currentClaimChanged, this, &ReportPaneArea::scheduleCurves);
    connect(&document.selection(), &WorkbenchSelection::currentLinkChanged, this, &ReportPaneArea::scheduleCurves);
    // A claim picked in the Claims table, the matrix or the conflicts whose report no pane shows opens in the
    // current pane (the pane then reveals it).
    connect(&document.selection(), &WorkbenchSelection::currentClaimChanged, this, [this](ClaimId claim) {
        const model::Claim* found = m_document.cache().claim(claim);
        if (found && !paneShowing(found->report) && m_current) {
            m_current->showReport(found->report);
            m_current->revealClaim(claim);
        }
    });
}

ReportPane* ReportPaneArea::createPane()
{
    auto* pane = new ReportPane(m_document, m_splitter);
    pane->setShowFurniture(m_showFurniture);
    pane->setCaretBrowsing(m_caretBrowsing);
    pane->setContextActions(m_contextActions);
    pane->setMinimumWidth(220);
    m_splitter->addWidget(pane);
    m_panes.append(pane);
    connect(pane, &ReportPane::activated, this, &ReportPaneArea::setCurrentPane);
    connect(pane, &ReportPane::viewChanged, this, &ReportPaneArea::scheduleCurves);
    connect(pane, &ReportPane::claimDropped, this, &ReportPaneArea::claimDropped);
    connect(pane, &ReportPane::reportChanged, this, [this, pane] { Q_EMIT reportShown(pane); });
    // Equal widths for all panes.
    m_splitter->setSizes(QList<int>(m_panes.size(), std::max(1, m_splitter->width() / int(m_panes.size()))));
    m_overlay->raise();
    Q_EMIT paneCountChanged(int(m_panes.size()));
    return pane;
}

void ReportPaneArea::setCurrentPane(ReportPane* pane)
{
    if (pane == m_current || !m_panes.contains(pane)) {
        return;
    }
    m_current = pane;
    for (ReportPane* each : std::as_const(m_panes)) {
        each->setCurrent(each == pane);
    }
    Q_EMIT currentPaneChanged(pane);
}

ReportPane* ReportPaneArea::paneShowing(ReportId report) const
{
    const auto it =
        std::find_if(m_panes.cbegin(), m_panes.cend(), [report](ReportPane* p) { return p->report() == report; });
    return it == m_panes.cend() ? nullptr : *it;
}

void ReportPaneArea::focusNeighbourPane(int step)
{
    const auto index = m_panes.indexOf(m_current);
    const auto count = m_panes.size();
    ReportPane* next = m_panes.at(((index < 0 ? 0 : index) + step + count) % count);
    setCurrentPane(next);
    next->textView()->setFocus(Qt::TabFocusReason);
}

bool ReportPaneArea::addPane()
{
    if (m_panes.size() >= kMaxPanes) {
        return false;
    }
    setCurrentPane(createPane());
    return true;
}

bool ReportPaneArea::closeCurrentPane()
{
    if (m_panes.size() <= kMinPanes || !m_current) {
        return false;
    }
    const auto index = m_panes.indexOf(m_current);
    ReportPane* closing = m_current;
    m_panes.removeAt(index);
    m_current = nullptr;
    closing->hide();
    closing->deleteLater();
    closing->setParent(nullptr);
    setCurrentPane(m_panes.at(std::min<qsizetype>(index, m_panes.size() - 1)));
    Q_EMIT paneCountChanged(int(m_panes.size()));
    scheduleCurves();
    return true;
}

void ReportPaneArea::openReport(ReportId report)
{
    if (m_current) {
        m_current->showReport(report);
    }
}

void ReportPaneArea::openFirstReports()
{
    const auto& reports = m_document.reportSummaries();
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        m_panes[i]->showReport(i < qsizetype(reports.size()) ? reports[std::size_t(i)].id : ReportId());
    }
    setCurrentPane(m_panes.first());
    // As diff tools open at the first change: bring the first pair of linked claims into view side by side, once
    // the window has laid the panes out (a case opening also shows the docks around them).
    QTimer::singleShot(0, this, &ReportPaneArea::revealFirstLinkedPair);
}

PaneSession ReportPaneArea::session() const
{
    PaneSession session;
    const QList<int> widths = m_splitter->sizes();
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        session.panes.append({m_panes[i]->report(), m_panes[i]->topTextPosition(), int(widths.value(i))});
    }
    session.current = int(std::max<qsizetype>(0, m_panes.indexOf(m_current)));
    return session;
}

void ReportPaneArea::restoreSession(const PaneSession& session)
{
    const bool anyKnown = std::any_of(session.panes.cbegin(), session.panes.cend(), [this](const auto& pane) {
        return m_document.reportSummary(pane.report) != nullptr;
    });
    if (!anyKnown) {
        openFirstReports();
        return;
    }
    const qsizetype wanted = std::clamp<qsizetype>(session.panes.size(), kMinPanes, kMaxPanes);
    while (m_panes.size() < wanted) {
        createPane();
    }
    while (m_panes.size() > wanted) {
        setCurrentPane(m_panes.last());
        closeCurrentPane();
    }
    QList<int> widths;
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        const ReportId report = i < session.panes.size() ? session.panes[i].report : ReportId();
        m_panes[i]->showReport(m_document.reportSummary(report) ? report : ReportId());
        widths.append(i < session.panes.size() ? session.panes[i].width : 0);
    }
    if (std::all_of(widths.cbegin(), widths.cend(), [](int width) { return width > 0; })) {
        m_splitter->setSizes(widths);
    }
    setCurrentPane(m_panes.at(std::clamp<qsizetype>(session.current, 0, m_panes.size() - 1)));
    // Keyboard focus where reading resumes; it also keeps the window's first focus from making another pane current.
    m_current->textView()->setFocus(Qt::OtherFocusReason);
    // Scroll once the window has laid the panes out at their restored widths, as openFirstReports does.
    QTimer::singleShot(0, this, [this, session] {
        for (qsizetype i = 0; i < m_panes.size() && i < session.panes.size(); ++i) {
            if (m_panes[i]->report() == session.panes[i].report) {
                m_panes[i]->scrollToTextPosition(session.panes[i].topPosition);
            }
        }
    });
}

void ReportPaneArea::revealFirstLinkedPair()
{
    ReportPane* left = m_panes.at(0);
    ReportPane* right = m_panes.at(1);
    for (const ClaimId claim : left->shownClaims()) {
        for (const model::Link& link : m_document.cache().linksOf(claim)) {
            const ClaimId other = link.from == claim ? link.to : link.from;
            if (right->showsClaim(other)) {
                left->revealClaim(claim);
                right->revealClaim(other);
                return;
            }
        }
    }
}

void ReportPaneArea::setShowFurniture(bool show)
{
    m_showFurniture = show;
    for (ReportPane* pane : std::as_const(m_panes)) {
        pane->setShowFurniture(show);
    }
}

void ReportPaneArea::setCaretBrowsing(bool on)
{
    m_caretBrowsing = on;
    for (ReportPane* pane : std::as_const(m_panes)) {
        pane->setCaretBrowsing(on);
    }
}

void ReportPaneArea::setContextActions(QList<QAction*> actions)
{
    m_contextActions = std::move(actions);
    for (ReportPane* pane : std::as_const(m_panes)) {
        pane->setContextActions(m_contextActions);
    }
}

void ReportPaneArea::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_overlay->setGeometry(rect());
    scheduleCurves();
}

void ReportPaneArea::scheduleCurves()
{
    // Scrolling and highlighting come in bursts; lay the curves out once per burst.
    if (m_curvesScheduled) {
        return;
    }
    m_curvesScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_curvesScheduled = false;
        updateCurves();
    });
}

QString ReportPaneArea::curveToolTip(const model::Link& link) const
{
    // What the link says, as a sentence: "“1,235 bodies…” corroborates “at least 1,200…”".
    auto statement = [this](ClaimId id) {
        const model::Claim* claim = m_document.cache().claim(id);
        return claim ? u'“' + elided(claim->statement, 60) + u'”' : QString();
    };
    return tr("%1 %2 %3").arg(statement(link.from), linkTypeText(link.type), statement(link.to)) + u'\n' +
           tr("Click to show this link in the Inspector.");
}

void ReportPaneArea::updateCurves()
{
    // A pane moved or resized (the window or a splitter): Qt may carry a widget's pixels along as it moves, this
    // layer's curves among them, and pieces of old curves stayed painted over the text until it scrolled (a tester's
    // find, resizing the window). The panes are painted again whole then.
    QList<QRect> geometries;
    for (ReportPane* pane : std::as_const(m_panes)) {
        geometries << QRect(pane->mapTo(this, QPoint(0, 0)), pane->size());
    }
    if (geometries != m_paneGeometries) {
        m_paneGeometries = geometries;
        for (ReportPane* pane : std::as_const(m_panes)) {
            pane->update();
            pane->textView()->viewport()->update();
        }
    }
    QList<LinkCurveOverlay::Curve> curves;
    std::map<std::array<int, 4>, int> fanned; // curves so far between the same two points
    const ClaimId current = m_document.selection().currentClaim();
    for (qsizetype i = 0; i + 1 < m_panes.size(); ++i) {
        ReportPane* left = m_panes[i];
        ReportPane* right = m_panes[i + 1];
        if (!left->report().isValid() || !right->report().isValid()) {
            continue;
        }
        QWidget* leftPort = left->textView()->viewport();
        QWidget* rightPort = right->textView()->viewport();
        const int leftX = std::min(left->textView()->columnRight() + 6, leftPort->width());
        const int rightX = std::max(right->textView()->columnLeft() - 20, 0);
        // From the left pane's claims through their own links: O(claims shown × links per claim), not O(links).
        for (const ClaimId a : left->shownClaims()) {
            for (const model::Link& link : m_document.cache().linksOf(a)) {
                const ClaimId b = link.from == a ? link.to : link.from;
                const auto from = left->claimRect(a);
                const auto to = right->claimRect(b);
                if (!from || !to) {
                    continue;
                }
                const int fromY = from->top() + left->textView()->fontMetrics().height() / 2;
                const int toY = to->top() + right->textView()->fontMetrics().height() / 2;
                const bool fromVisible = fromY >= 0 && fromY <= leftPort->height();
                const bool toVisible = toY >= 0 && toY <= rightPort->height();
                if (!fromVisible && !toVisible) {
                    continue;
                }
                // An end scrolled out of view is pinned to that view's edge, pointing where the claim is.
                const QPoint p1 = leftPort->mapTo(this, QPoint(leftX, std::clamp(fromY, 0, leftPort->height())));
                const QPoint p2 = rightPort->mapTo(this, QPoint(rightX, std::clamp(toY, 0, rightPort->height())));
                // Several links between the same two claims: fan them out a little so each colour shows.
                const QPoint fan(0, 5 * fanned[{p1.x(), p1.y(), p2.x(), p2.y()}]++);
                curves.append({p1, p2 + fan, linkTypeColour(link.type), link.from == current || link.to == current,
                               link.id.value, link.id == m_document.selection().currentLink(), curveToolTip(link)});
            }
        }
    }
    appendSuggestionCurves(curves);
    m_overlay->setCurves(std::move(curves));
}

void ReportPaneArea::appendSuggestionCurves(QList<LinkCurveOverlay::Curve>& curves) const
{
    // A passage the Suggestions dock proposes, joined by a dashed curve to its claim in a neighbouring pane.
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        const ReportPane* proposed = m_panes[i];
        const auto& suggestion = proposed->suggestion();
        if (!suggestion) {
            continue;
        }
        for (const qsizetype j : {i - 1, i + 1}) {
            if (j < 0 || j >= m_panes.size() || !m_panes[j]->showsClaim(suggestion->claim)) {
                continue;
            }
            const bool claimOnLeft = j < i;
            const ReportPane* left = claimOnLeft ? m_panes[j] : proposed;
            const ReportPane* right = claimOnLeft ? proposed : m_panes[j];
            const auto claimRect = m_panes[j]->claimRect(suggestion->claim);
            const auto spanRect = proposed->spanRect(suggestion->start, suggestion->end);
            if (!claimRect || !spanRect) {
                continue;
            }
            const QRect& leftRect = claimOnLeft ? *claimRect : *spanRect;
            const QRect& rightRect = claimOnLeft ? *spanRect : *claimRect;
            QWidget* leftPort = left->textView()->viewport();
            QWidget* rightPort = right->textView()->viewport();
            const int leftX = std::min(left->textView()->columnRight() + 6, leftPort->width());
            const int rightX = std::max(right->textView()->columnLeft() - 20, 0);
            const int fromY = leftRect.top() + left->textView()->fontMetrics().height() / 2;
            const int toY = rightRect.top() + right->textView()->fontMetrics().height() / 2;
            if ((fromY < 0 || fromY > leftPort->height()) && (toY < 0 || toY > rightPort->height())) {
                break; // neither end is in view
            }
            const QPoint p1 = leftPort->mapTo(this, QPoint(leftX, std::clamp(fromY, 0, leftPort->height())));
            const QPoint p2 = rightPort->mapTo(this, QPoint(rightX, std::clamp(toY, 0, rightPort->height())));
            LinkCurveOverlay::Curve curve{p1, p2, suggestion->colour, true, 0, false, suggestion->toolTip};
            curve.dashed = true;
            curves.append(curve);
            break;
        }
    }
}

} // namespace corrob::ui
