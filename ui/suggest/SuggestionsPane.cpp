// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/suggest/SuggestionsPane.h"

#include "core/suggest/SuggestionIndex.h"
#include "ui/dialogs/ErrorMessage.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/ClaimText.h"
#include "ui/document/LinkColours.h"
#include "ui/document/VocabularyText.h"
#include "ui/panes/ReportPane.h"
#include "ui/panes/ReportPaneArea.h"
#include "ui/suggest/ReviewQueueModel.h"
#include "ui/suggest/SuggestionCommands.h"
#include "ui/suggest/SuggestionListModel.h"
#include "ui/suggest/SuggestionService.h"

#include <QAction>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <array>

namespace corrob::ui {
namespace {

constexpr int kTop = 12; // candidates shown for a claim

// The link type a digit key picks (1-5, in the model's order), or nullopt.
std::optional<model::LinkType> typeOfDigit(int key)
{
    if (key >= Qt::Key_1 && key <= Qt::Key_5) {
        return model::LinkType(key - Qt::Key_1);
    }
    return std::nullopt;
}

// A passage for the details line: one paragraph, at most about four lines of the dock.
QString elidedPassage(const QString& text)
{
    const QString simple = text.simplified();
    return simple.size() > 280 ? simple.left(279) + QChar(0x2026) : simple;
}

bool sameSpan(const suggest::Candidate& a, const suggest::Candidate& b)
{
    return a.report == b.report && a.start == b.start && a.end == b.end;
}

QTreeView* makeList(const char* name, QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTreeView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAllColumnsShowFocus(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setTextElideMode(Qt::ElideRight);
    view->header()->setStretchLastSection(true);
    return view;
}

} // namespace

SuggestionsPane::SuggestionsPane(CaseDocument& document, ReportPaneArea& area, QWidget* parent)
    : QWidget(parent), m_document(document), m_area(area), m_service(new SuggestionService(document, this)),
      m_model(new SuggestionListModel(document, this)), m_queueModel(new ReviewQueueModel(document, this))
{
    setObjectName(QStringLiteral("suggestionsPane"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("suggestionsTabs"));
    m_tabs->setDocumentMode(true);

    // For the current claim.
    auto* forClaim = new QWidget(m_tabs);
    m_claimLabel = new QLabel(forClaim);
    m_claimLabel->setObjectName(QStringLiteral("suggestionsClaimLabel"));
    m_claimLabel->setWordWrap(true);
    m_claimLabel->setTextFormat(Qt::RichText);
    m_list = makeList("suggestionList", m_model, forClaim);
    m_list->header()->setSectionResizeMode(SuggestionListModel::Relation, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(SuggestionListModel::Score, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(SuggestionListModel::Report, QHeaderView::ResizeToContents);
    m_list->setColumnHidden(SuggestionListModel::Reasons, true); // shown in full below the list
    m_list->installEventFilter(this);
    m_details = new QLabel(forClaim);
    m_details->setObjectName(QStringLiteral("suggestionDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 6);
    m_keys = new QLabel(forClaim);
    m_keys->setObjectName(QStringLiteral("suggestionKeys"));
    m_keys->setWordWrap(true);
    m_keys->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_keys->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_keys->setFont(small);
    {
        QStringList digits;
        for (int i = 0; i < 5; ++i) {
            const auto type = model::LinkType(i);
            digits << tr("<b>%1</b> <span style=\"color:%2\">\u25A0</span> %3")
                          .arg(i + 1)
                          .arg(linkTypeColour(type).name(), linkTypeText(type).toHtmlEscaped());
        }
        m_keys->setText(
            tr("<b>Enter</b> accepts as guessed · %1 · <b>Del</b> dismisses").arg(digits.join(QStringLiteral(" · "))));
    }
    m_accept = new QPushButton(tr("&Accept"), forClaim);
    m_accept->setObjectName(QStringLiteral("acceptSuggestionButton"));
    m_accept->setToolTip(
        tr("Mark the passage as a claim if it is not one and link it as the guessed relation (Enter)"));
    m_dismiss = new QPushButton(tr("&Dismiss"), forClaim);
    m_dismiss->setObjectName(QStringLiteral("dismissSuggestionButton"));
    m_dismiss->setToolTip(tr("Never propose this passage for this claim again (Delete)"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_dismiss);
    auto* claimLayout = new QVBoxLayout(forClaim);
    claimLayout->setContentsMargins(4, 4, 4, 4);
    claimLayout->addWidget(m_claimLabel);
    claimLayout->addWidget(m_list, 1);
    // The details (relation, report, passage, reasons) run longer than a short dock has room for: they scroll
    // rather than lose their last lines, which are the reasons.
    auto* detailsArea = new QScrollArea(forClaim);
    detailsArea->setObjectName(QStringLiteral("suggestionDetailsArea"));
    detailsArea->setWidget(m_details);
    detailsArea->setWidgetResizable(true);
    detailsArea->setFrameShape(QFrame::NoFrame);
    detailsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailsArea->setMinimumHeight(m_details->minimumHeight());
    claimLayout->addWidget(detailsArea);
    claimLayout->addWidget(m_keys);
    claimLayout->addLayout(buttons);
    m_tabs->addTab(forClaim, tr("For This &Claim"));

    // The review queue.
    auto* queuePage = new QWidget(m_tabs);
    m_queueStatus = new QLabel(queuePage);
    m_queueStatus->setObjectName(QStringLiteral("reviewQueueStatus"));
    m_queueStatus->setWordWrap(true);
    m_queueProgress = new QProgressBar(queuePage);
    m_queueProgress->setObjectName(QStringLiteral("reviewQueueProgress"));
    m_queueCancel = new QPushButton(tr("Cancel"), queuePage);
    m_queueCancel->setObjectName(QStringLiteral("reviewQueueCancel"));
    m_queueRefresh = new QPushButton(tr("&Refresh"), queuePage);
    m_queueRefresh->setObjectName(QStringLiteral("reviewQueueRefresh"));
    m_queueRefresh->setToolTip(tr("Look for likely links across the whole case again"));
    m_queueList = makeList("reviewQueueList", m_queueModel, queuePage);
    m_queueList->header()->setSectionResizeMode(ReviewQueueModel::Claim, QHeaderView::Stretch);
    m_queueList->header()->setStretchLastSection(false);
    // The other columns take what their contents need while the claim keeps a good part of the width
    // (fitQueueColumns): sized to contents alone they left the claim a word ("Russia hits …"), in German less.
    for (int column : {int(ReviewQueueModel::Report), int(ReviewQueueModel::Best), int(ReviewQueueModel::Count)}) {
        m_queueList->header()->setSectionResizeMode(column, QHeaderView::Interactive);
    }
    m_queueList->installEventFilter(this);
    m_queueList->viewport()->installEventFilter(this);
    connect(m_queueModel, &QAbstractItemModel::modelReset, this, &SuggestionsPane::fitQueueColumns,
            Qt::QueuedConnection);
    connect(m_queueModel, &QAbstractItemModel::dataChanged, this, &SuggestionsPane::fitQueueColumns,
            Qt::QueuedConnection);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_queueProgress, 1);
    progressRow->addWidget(m_queueCancel);
    progressRow->addWidget(m_queueRefresh);
    auto* queueLayout = new QVBoxLayout(queuePage);
    queueLayout->setContentsMargins(4, 4, 4, 4);
    queueLayout->addWidget(m_queueStatus);
    queueLayout->addLayout(progressRow);
    queueLayout->addWidget(m_queueList, 1);
    m_tabs->addTab(queuePage, tr("Review &Queue"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_requery = new QTimer(this);
    m_requery->setSingleShot(true);
    m_requery->setInterval(0);
    connect(m_requery, &QTimer::timeout, this, &SuggestionsPane::requestCandidates);
    m_queueTimer = new QTimer(this);
    m_queueTimer->setSingleShot(true);
    m_queueTimer->setInterval(800);
    connect(m_queueTimer, &QTimer::timeout, this, [this] {
        if (m_tabs->currentIndex() == 1 && isShown()) {
            m_service->requestQueue(ReviewQueueModel::kPerClaim);
            updateQueueStatus();
        }
    });

    connect(&document.selection(), &WorkbenchSelection::currentClaimChanged, this, &SuggestionsPane::followClaim);
    connect(m_service, &SuggestionService::candidatesReady, this, &SuggestionsPane::showCandidates);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateDetails();
        showPicked();
    });
    connect(m_accept, &QPushButton::clicked, this, [this] { acceptCurrent(); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { dismissCurrent(); });
    // Any change of the case (an accept, an undo, a claim marked elsewhere) may change the candidates.
    connect(document.undoStack(), &QUndoStack::indexChanged, this, [this] {
        m_requery->start();
        markQueueStale();
    });
    connect(&document, &CaseDocument::reportsChanged, this, [this] {
        m_requery->start();
        markQueueStale();
    });
    connect(&document, &CaseDocument::caseOpened, this, [this] {
        m_queueModel->setQueue({});
        m_queueError.clear();
        markQueueStale();
    });
    connect(&document, &CaseDocument::caseClosed, this, [this] {
        m_queueModel->setQueue({});
        m_queueStale = true;
        followClaim(ClaimId());
    });

    connect(m_service, &SuggestionService::queueProgress, this, [this](int done, int total) {
        m_queueProgress->setRange(0, std::max(total, 1));
        m_queueProgress->setValue(done);
        updateQueueStatus();
    });
    connect(m_service, &SuggestionService::queueReady, this,
            [this](const suggest::ReviewQueue& queue, const QString& error) {
                m_queueError = error;
                m_queueCancelled = queue.cancelled;
                m_queueStale = queue.cancelled || !error.isEmpty();
                if (!queue.cancelled) {
                    m_queueModel->setQueue(queue.items);
                }
                updateQueueStatus();
            });
    connect(m_queueCancel, &QPushButton::clicked, m_service, &SuggestionService::cancelQueue);
    connect(m_queueRefresh, &QPushButton::clicked, this, [this] {
        m_service->requestQueue(ReviewQueueModel::kPerClaim);
        updateQueueStatus();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == 1 && m_queueStale && !m_service->isQueueRunning()) {
            m_service->requestQueue(ReviewQueueModel::kPerClaim);
        }
        updateQueueStatus();
    });
    connect(m_queueList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (const ClaimId claim = m_queueModel->claimAt(current.row()); claim.isValid()) {
                    m_document.selection().setCurrentClaim(claim);
                }
            });
    connect(m_queueList, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (const ClaimId claim = m_queueModel->claimAt(index.row()); claim.isValid()) {
            m_document.selection().setCurrentClaim(claim);
            m_tabs->setCurrentIndex(0);
            focusList();
        }
    });
    followClaim(document.selection().currentClaim());
    updateClaimLabel(); // followClaim does nothing for no claim at first, and the tab stood empty without a hint
    updateQueueStatus();
}

SuggestionsPane::~SuggestionsPane() = default;

void SuggestionsPane::setDock(QDockWidget* dock)
{
    m_dock = dock;
    m_dockShown = dock->isVisible() && !dock->visibleRegion().isEmpty();
    // A dock tabbed behind another keeps its widgets "visible": the dock says when its tab comes to the front.
    connect(dock, &QDockWidget::visibilityChanged, this, [this](bool shown) {
        m_dockShown = shown;
        if (shown && m_pending) {
            requestCandidates();
        }
        if (shown && m_tabs->currentIndex() == 1 && m_queueStale && !m_service->isQueueRunning()) {
            m_queueTimer->start();
        }
    });
    QWidget* window = dock->window();
    m_showAction = new QAction(tr("Su&ggestions for Claim"), window);
    m_showAction->setObjectName(QStringLiteral("showSuggestionsAction"));
    m_showAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_showAction->setStatusTip(tr("The passages of other reports that most likely say the same as the current claim, "
                                  "or the opposite"));
    connect(m_showAction, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
        focusList();
    });
    m_queueAction = new QAction(tr("&Review Queue"), window);
    m_queueAction->setObjectName(QStringLiteral("showReviewQueueAction"));
    m_queueAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_queueAction->setStatusTip(tr("Every claim with likely links you have not made yet"));
    connect(m_queueAction, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
        showQueue();
        m_queueList->setFocus(Qt::ShortcutFocusReason);
    });
    window->addAction(m_showAction);
    window->addAction(m_queueAction);
}

bool SuggestionsPane::isBusy() const
{
    return m_waiting || m_requery->isActive();
}

bool SuggestionsPane::isQueueBusy() const
{
    return m_service->isQueueRunning();
}

void SuggestionsPane::focusList()
{
    m_tabs->setCurrentIndex(0);
    m_list->setFocus(Qt::ShortcutFocusReason);
    if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0) {
        m_list->setCurrentIndex(m_model->index(0, 0));
    }
}

void SuggestionsPane::showQueue()
{
    m_tabs->setCurrentIndex(1);
}

void SuggestionsPane::followClaim(ClaimId claim)
{
    if (claim == m_claim && m_model->claim() == claim) {
        return;
    }
    m_claim = claim;
    clearPanes();
    m_model->setCandidates(claim, {});
    updateClaimLabel();
    requestCandidates();
}

void SuggestionsPane::updateClaimLabel()
{
    if (const model::Claim* found = m_document.cache().claim(m_claim)) {
        m_claimLabel->setText(tr("<b>%1</b>").arg(claimLabel(m_document, found->id).toHtmlEscaped()));
    } else {
        m_claimLabel->setText(tr("Pick a claim to see what the other reports say about it."));
    }
}

void SuggestionsPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_pending && isShown()) {
        requestCandidates();
    }
}

bool SuggestionsPane::isShown() const
{
    return m_dock ? m_dockShown : isVisible();
}

void SuggestionsPane::requestCandidates()
{
    if (!isShown()) {
        m_pending = true;
        m_waiting = false;
        return;
    }
    m_pending = false;
    m_waiting = m_claim.isValid();
    if (m_waiting && m_model->rowCount() == 0) {
        m_details->setText(tr("<i>Looking for the same statement in the other reports\u2026</i>"));
    }
    m_service->requestCandidates(m_claim, kTop);
    if (!m_waiting) {
        updateDetails();
    }
}

void SuggestionsPane::showCandidates(ClaimId claim, const std::vector<suggest::Candidate>& candidates,
                                     const QString& error)
{
    if (claim != m_claim) {
        return;
    }
    m_waiting = false;
    // Keep the picked passage picked when it is still proposed.
    std::optional<suggest::Candidate> picked;
    if (const suggest::Candidate* c = m_model->candidate(m_list->currentIndex().row())) {
        picked = *c;
    }
    const int pickedRow = m_list->currentIndex().row();
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_model->setCandidates(claim, candidates);
    }
    int row = -1;
    if (picked) {
        for (int i = 0; i < m_model->rowCount(); ++i) {
            if (sameSpan(*m_model->candidate(i), *picked)) {
                row = i;
            }
        }
        if (row < 0 && m_model->rowCount() > 0) {
            row = std::min(pickedRow, m_model->rowCount() - 1); // the one that took its place
        }
    }
    if (row >= 0) {
        m_list->setCurrentIndex(m_model->index(row, 0));
    } else {
        clearPanes();
    }
    // The queue's row of this claim follows what was just computed.
    std::vector<suggest::Candidate> queued;
    for (const suggest::Candidate& c : candidates) {
        if (c.score >= suggest::SuggestionIndex::kQueueThreshold && int(queued.size()) < ReviewQueueModel::kPerClaim) {
            queued.push_back(c);
        }
    }
    m_queueModel->updateItem(claim, std::move(queued));
    updateQueueStatus();
    updateDetails();
    if (!error.isEmpty()) {
        m_details->setText(tr("Suggestions are not available: %1").arg(error.toHtmlEscaped()));
    }
}

void SuggestionsPane::updateDetails()
{
    const suggest::Candidate* c = m_model->candidate(m_list->currentIndex().row());
    m_accept->setEnabled(c != nullptr && !m_document.isReadOnly());
    m_dismiss->setEnabled(c != nullptr && !m_document.isReadOnly());
    if (c) {
        const model::ReportSummary* report = m_document.reportSummary(c->report);
        m_details->setText(tr("<p><span style=\"color:%1\">\u25A0</span> <b>%2</b> · %3</p><p>%4</p><p><i>%5</i></p>")
                               .arg(linkTypeColour(c->relation).name(), linkTypeText(c->relation).toHtmlEscaped(),
                                    (report ? report->metadata.title : QString()).toHtmlEscaped(),
                                    elidedPassage(c->text).toHtmlEscaped(),
                                    c->reasons.join(QStringLiteral("; ")).toHtmlEscaped()));
    } else if (!m_claim.isValid()) {
        m_details->clear();
    } else if (!m_waiting) {
        m_details->setText(m_model->rowCount() == 0
                               ? tr("<i>No other report seems to say this or the opposite.</i>")
                               : tr("%n passage(s) in other reports may say the same or the opposite. Pick one to "
                                    "read it beside the claim.",
                                    nullptr, m_model->rowCount()));
    }
}

void SuggestionsPane::clearPanes()
{
    for (ReportPane* pane : m_area.panes()) {
        if (pane->suggestion()) {
            pane->setSuggestion(std::nullopt);
        }
    }
}

void SuggestionsPane::showPicked()
{
    const suggest::Candidate* c = m_model->candidate(m_list->currentIndex().row());
    const model::Claim* claim = m_document.cache().claim(m_claim);
    if (!c || !claim) {
        clearPanes();
        return;
    }
    const QList<ReportPane*> panes = m_area.panes();
    ReportPane* claimPane = m_area.paneShowing(claim->report);
    if (!claimPane) {
        claimPane = m_area.currentPane() ? m_area.currentPane() : panes.first();
        claimPane->showReport(claim->report);
    }
    claimPane->revealClaim(claim->id);
    // The passage goes beside the claim: where its report is shown already, else into the next pane (the one to
    // the left for the last pane), never over the claim.
    ReportPane* target = m_area.paneShowing(c->report);
    if (!target || target == claimPane) {
        const auto index = panes.indexOf(claimPane);
        target = panes.at(index + 1 < panes.size() ? index + 1 : index - 1);
    }
    for (ReportPane* pane : panes) {
        if (pane != target && pane->suggestion()) {
            pane->setSuggestion(std::nullopt);
        }
    }
    if (target->report() != c->report) {
        target->showReport(c->report);
    }
    const QString tip = tr("Suggested: %1 (%2%)\n%3\nEnter in the Suggestions dock accepts, Delete dismisses.")
                            .arg(linkTypeText(c->relation))
                            .arg(qRound(c->score * 100))
                            .arg(c->reasons.join(QStringLiteral("; ")));
    target->setSuggestion(ReportPane::Suggestion{m_claim, c->start, c->end, linkTypeColour(c->relation), tip});
    target->revealSpan(c->start, c->end);
}

void SuggestionsPane::removeCandidate(int row)
{
    clearPanes();
    m_model->takeRow(row);
    if (m_model->rowCount() > 0) {
        m_list->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
    }
}

bool SuggestionsPane::acceptCurrent(std::optional<model::LinkType> type)
{
    const int row = m_list->currentIndex().row();
    const suggest::Candidate* c = m_model->candidate(row);
    if (!c || !m_claim.isValid()) {
        return false;
    }
    const model::LinkType chosen = type.value_or(c->relation);
    const casefile::SuggestedPassage passage{c->report, c->start, c->end};
    if (auto done = m_document.execute(std::make_unique<AcceptSuggestionCommand>(m_document, m_claim, passage, chosen));
        !done) {
        Q_EMIT editFailed(tr("Cannot accept the suggestion"), errorMessage(done.error()));
        return false;
    }
    removeCandidate(row);
    return true;
}

bool SuggestionsPane::dismissCurrent()
{
    const int row = m_list->currentIndex().row();
    const suggest::Candidate* c = m_model->candidate(row);
    if (!c || !m_claim.isValid()) {
        return false;
    }
    const casefile::SuggestedPassage passage{c->report, c->start, c->end};
    if (auto done = m_document.execute(std::make_unique<DismissSuggestionCommand>(m_document, m_claim, passage));
        !done) {
        Q_EMIT editFailed(tr("Cannot dismiss the suggestion"), errorMessage(done.error()));
        return false;
    }
    removeCandidate(row);
    return true;
}

void SuggestionsPane::markQueueStale()
{
    m_queueStale = true;
    if (m_tabs->currentIndex() == 1 && isShown()) {
        m_queueTimer->start();
    }
}

void SuggestionsPane::updateQueueStatus()
{
    const bool running = m_service->isQueueRunning();
    m_queueProgress->setVisible(running);
    m_queueCancel->setVisible(running);
    m_queueRefresh->setVisible(!running);
    m_queueRefresh->setEnabled(m_document.isOpen());
    const int claims = m_queueModel->rowCount();
    if (!m_document.isOpen()) {
        m_queueStatus->setText(tr("Open a case to review its likely links."));
    } else if (running) {
        m_queueStatus->setText(tr("Looking for likely links across the case\u2026"));
    } else if (!m_queueError.isEmpty()) {
        m_queueStatus->setText(tr("The review queue could not be computed: %1").arg(m_queueError));
    } else if (m_queueCancelled) {
        m_queueStatus->setText(tr("Cancelled. Refresh to look again."));
    } else if (m_queueStale && claims == 0) {
        m_queueStatus->setText(tr("Shown here: every claim with likely links you have not made yet."));
    } else if (claims == 0) {
        m_queueStatus->setText(tr("No claim has likely links you have not made."));
    } else {
        m_queueStatus->setText(
            tr("%n claim(s) have likely links you have not made. Pick one to work through its suggestions.", nullptr,
               claims));
    }
}

void SuggestionsPane::fitQueueColumns()
{
    QHeaderView* header = m_queueList->header();
    const int available = m_queueList->viewport()->width();
    // The claim keeps at least 45 % while the others' contents fit, and never less than 40 %; within that each
    // other column keeps its header's whole words ("Kandidaten"), and what their contents want beyond that is shared
    // in proportion. Only a list too narrow even for the headers cuts them (their tooltips say them whole).
    const int room = available * 55 / 100;
    const int most = available * 60 / 100;
    const int others[] = {ReviewQueueModel::Report, ReviewQueueModel::Best, ReviewQueueModel::Count};
    const QAbstractItemView* view = m_queueList; // sizeHintForColumn is public there
    int wanted = 0;
    int least = 0;
    std::array<int, 3> widths{};
    std::array<int, 3> floors{};
    for (size_t i = 0; i < widths.size(); ++i) {
        floors[i] = header->sectionSizeHint(others[i]);
        widths[i] = std::max(view->sizeHintForColumn(others[i]), floors[i]);
        wanted += widths[i];
        least += floors[i];
    }
    for (size_t i = 0; i < widths.size(); ++i) {
        int size = widths[i];
        if (least > most) {
            size = floors[i] * most / least;
        } else if (wanted > room) {
            const int spare = std::max(room - least, 0);
            size = floors[i] + (widths[i] - floors[i]) * spare / std::max(wanted - least, 1);
        }
        header->resizeSection(others[i], size);
    }
}

bool SuggestionsPane::eventFilter(QObject* watched, QEvent* event)
{
    if (m_queueList && watched == m_queueList->viewport() && event->type() == QEvent::Resize) {
        fitQueueColumns();
        return false;
    }
    if (watched == m_list && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        const bool ours = mods == Qt::NoModifier &&
                          (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter ||
                           key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace || typeOfDigit(key->key()));
        if (!ours) {
            return false;
        }
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept(); // the key is the list's, not a window shortcut's
            return true;
        }
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            dismissCurrent();
        } else {
            acceptCurrent(typeOfDigit(key->key()));
        }
        return true;
    }
    if (watched == m_queueList && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (const ClaimId claim = m_queueModel->claimAt(m_queueList->currentIndex().row()); claim.isValid()) {
                m_document.selection().setCurrentClaim(claim);
                focusList();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace corrob::ui
