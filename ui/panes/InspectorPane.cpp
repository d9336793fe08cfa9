// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/InspectorPane.h"

#include "ui/document/CaseDocument.h"
#include "ui/panes/inspector/ClaimInspector.h"
#include "ui/panes/inspector/LinkInspector.h"
#include "ui/panes/inspector/ReportInspector.h"
#include "ui/panes/inspector/SourceInspector.h"

#include <QApplication>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace corrob::ui {
namespace {

// A page in a frameless scroll area, so a narrow or short dock still reaches every field.
QScrollArea* scrolled(QWidget* page, QWidget* parent)
{
    auto* scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    return scroll;
}

} // namespace

InspectorPane::InspectorPane(CaseDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_stack(new QStackedWidget(this)), m_emptyLabel(new QLabel(this)),
      m_claimPage(new ClaimInspector(document, this)), m_linkPage(new LinkInspector(document, this)),
      m_sourcePage(new SourceInspector(document, this)), m_reportPage(new ReportInspector(document, this))
{
    setObjectName(QStringLiteral("inspectorPane"));
    m_stack->setObjectName(QStringLiteral("inspectorStack"));
    m_emptyLabel->setObjectName(QStringLiteral("inspectorEmptyLabel"));
    m_emptyLabel->setText(tr("Select a claim in a report or in the Claims list, a link of a claim, a source in the "
                             "Sources list or a report in the Case list.\n\n"
                             "Select text in a report and press Ctrl+M to mark a new claim."));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setMargin(12);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_emptyLabel);
    for (QWidget* page : std::initializer_list<QWidget*>{m_claimPage, m_linkPage, m_sourcePage, m_reportPage}) {
        m_stack->addWidget(scrolled(page, this));
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_claimPage, &ClaimInspector::editFailed, this, &InspectorPane::editFailed);
    connect(m_linkPage, &LinkInspector::editFailed, this, &InspectorPane::editFailed);
    connect(m_sourcePage, &SourceInspector::editFailed, this, &InspectorPane::editFailed);
    connect(m_reportPage, &ReportInspector::editFailed, this, &InspectorPane::editFailed);
    for (auto signal : {&CaseDocument::claimsChanged, &CaseDocument::linksChanged, &CaseDocument::sourcesChanged,
                        &CaseDocument::tagsChanged, &CaseDocument::notesChanged, &CaseDocument::reportsChanged,
                        &CaseDocument::caseOpened, &CaseDocument::caseClosed}) {
        connect(&document, signal, this, &InspectorPane::refresh);
    }
    // What is typed and not yet applied is applied before the case closes (quit, Close Case, another case): a field
    // applies when it loses the focus, which closing the window does not take from it.
    connect(&document, &CaseDocument::aboutToClose, this, [this] {
        if (QWidget* focused = QApplication::focusWidget(); focused && isAncestorOf(focused)) {
            focused->clearFocus();
        }
        m_claimPage->commitPending();
        m_claimPage->forget(); // the next case's claim ids are other claims
    });
    connect(&document.selection(), &WorkbenchSelection::selectionChanged, this, &InspectorPane::refresh);
    // A newly picked claim is shown without the link of the claim picked before.
    connect(&document.selection(), &WorkbenchSelection::currentClaimChanged, this, [this] {
        m_document.selection().setCurrentLink(LinkId());
        refresh();
    });
    refresh();
}

void InspectorPane::refresh()
{
    QWidget* page = m_emptyLabel;
    switch (m_document.selection().selection()) {
    case WorkbenchSelection::Selection::Claim:
        if (m_document.cache().claim(m_document.selection().currentClaim())) {
            m_claimPage->refresh();
            page = m_claimPage;
        }
        break;
    case WorkbenchSelection::Selection::Link:
        if (m_document.cache().link(m_document.selection().currentLink())) {
            m_linkPage->refresh();
            page = m_linkPage;
        }
        break;
    case WorkbenchSelection::Selection::Source:
        if (m_document.cache().source(m_document.selection().currentSource())) {
            m_sourcePage->refresh();
            page = m_sourcePage;
        }
        break;
    case WorkbenchSelection::Selection::Report:
        if (m_document.reportSummary(m_document.selection().currentReport())) {
            m_reportPage->refresh();
            page = m_reportPage;
        }
        break;
    case WorkbenchSelection::Selection::None:
        break;
    }
    // The pages sit in scroll areas: show the one whose viewport holds the page.
    for (int i = 0; i < m_stack->count(); ++i) {
        auto* scroll = qobject_cast<QScrollArea*>(m_stack->widget(i));
        if (m_stack->widget(i) == page || (scroll && scroll->widget() == page)) {
            m_stack->setCurrentIndex(i);
            return;
        }
    }
}

QComboBox* InspectorPane::claimSourceField() const
{
    return m_claimPage->sourceField();
}

} // namespace corrob::ui
