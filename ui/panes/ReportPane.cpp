// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/ReportPane.h"

#include "ui/document/CaseDocument.h"
#include "ui/document/ClaimText.h"
#include "ui/document/LinkColours.h"
#include "ui/document/MimeTypes.h"
#include "ui/document/ReadableColours.h"
#include "ui/widgets/QueryField.h"
#include "ui/widgets/ReadingTextView.h"

#include <QAction>
#include <QApplication>
#include <QDrag>
#include <QDropEvent>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace corrob::ui {
namespace {

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

} // namespace

ReportPane::ReportPane(CaseDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_currentBar(new QWidget(this)), m_titleLabel(new QLabel(this)),
      m_metaLabel(new QLabel(this)), m_findEdit(new QLineEdit(this)), m_textView(new ReadingTextView(this))
{
    setObjectName(QStringLiteral("reportPane"));
    // One page: the heading sits on the same background as the text below it.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_currentBar->setObjectName(QStringLiteral("currentPaneBar"));
    m_currentBar->setFixedHeight(3);
    m_currentBar->setAutoFillBackground(true);
    m_currentBar->setBackgroundRole(QPalette::Highlight);
    m_currentBar->setToolTip(tr("Reports chosen in the Case list open in this pane"));
    m_currentBar->hide();

    m_titleLabel->setObjectName(QStringLiteral("reportTitleLabel"));
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(std::max(titleFont.pointSizeF() * 1.35, 13.0));
    m_titleLabel->setFont(titleFont);

    m_metaLabel->setObjectName(QStringLiteral("reportMetaLabel"));
    m_metaLabel->setWordWrap(true);
    m_metaLabel->setTextFormat(Qt::PlainText);
    m_metaLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_metaLabel->setForegroundRole(QPalette::PlaceholderText);

    m_findEdit->setObjectName(QStringLiteral("findInReportLineEdit"));
    markAsQueryField(m_findEdit);
    m_findEdit->setPlaceholderText(tr("Find in report (Enter: next, Shift+Enter: previous, Esc: close)"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->hide();
    m_findEdit->installEventFilter(this);
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { find(m_findEdit->text()); });

    m_textView->setObjectName(QStringLiteral("reportTextView"));
    m_textView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_textView->setMouseTracking(true);
    m_textView->viewport()->installEventFilter(this);
    m_textView->viewport()->setAcceptDrops(true);
    setAcceptDrops(true); // reports dropped on the heading
    m_textView->installEventFilter(this);
    connect(m_textView, &QWidget::customContextMenuRequested, this, &ReportPane::showContextMenu);
    connect(m_textView->verticalScrollBar(), &QScrollBar::valueChanged, this, &ReportPane::viewChanged);
    connect(m_textView->horizontalScrollBar(), &QScrollBar::valueChanged, this, &ReportPane::viewChanged);

    auto* findAction = new QAction(tr("Find in Report"), this);
    findAction->setObjectName(QStringLiteral("findInReportAction"));
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, &ReportPane::showFindBar);
    addAction(findAction);

    m_headerLayout = new QVBoxLayout;
    m_headerLayout->setSpacing(4);
    m_headerLayout->addWidget(m_titleLabel);
    m_headerLayout->addWidget(m_metaLabel);
    m_headerLayout->addWidget(m_findEdit);
    auto alignHeader = [this](int indent) {
        m_headerLayout->setContentsMargins(indent, 14, indent, 4);
        Q_EMIT viewChanged();
    };
    connect(m_textView, &ReadingTextView::columnIndentChanged, this, alignHeader);
    alignHeader(m_textView->columnIndent());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_currentBar);
    layout->addLayout(m_headerLayout);
    layout->addWidget(m_textView, 1);

    connect(&document, &CaseDocument::caseClosed, this, [this] {
        m_vanished = ReportId(); // another case's ids mean other reports
        showNothing();
    });
    // An empty pane's hint depends on whether the case has reports (an import may just have added the first).
    // A report's metadata may have been corrected (the Inspector): the header follows.
    // A report deleted, or whose import was undone, is read nowhere: the pane empties, and shows it again when it
    // comes back (a redo, an undone deletion) unless another report was opened in it meanwhile.
    connect(&document, &CaseDocument::reportsChanged, this, [this] {
        if (!m_report.isValid()) {
            if (m_vanished.isValid() && m_document.reportSummary(m_vanished)) {
                const ReportId back = m_vanished;
                m_vanished = ReportId();
                showReport(back);
            } else {
                showNothing();
            }
        } else if (const model::ReportSummary* summary = m_document.reportSummary(m_report)) {
            showHeader(*summary);
        } else {
            const ReportId gone = m_report;
            showNothing();
            m_vanished = gone;
        }
    });
    connect(&document, &CaseDocument::claimsChanged, this, [this] {
        if (const model::ReportSummary* summary = m_document.reportSummary(m_report)) {
            showHeader(*summary); // its claim count
        }
        reloadClaims();
    });
    connect(&document, &CaseDocument::tagsChanged, this, &ReportPane::refreshHighlights);
    connect(&document, &CaseDocument::linksChanged, this, &ReportPane::refreshHighlights);
    connect(&document.selection(), &WorkbenchSelection::currentClaimChanged, this, &ReportPane::onCurrentClaimChanged);
    showNothing();
}

void ReportPane::showReport(ReportId report)
{
    m_vanished = ReportId(); // the pane was given something else to read
    m_entityRanges.clear();  // another report's offsets
    const model::ReportSummary* summary = m_document.reportSummary(report);
    if (!summary) {
        showNothing();
        return;
    }
    const bool changed = report != m_report;
    if (changed) {
        m_searchHits.clear();
        m_checkWorthy.clear();
        m_suggestion.clear();
    }
    auto text = m_document.reportText(report, casefile::Case::TextView::All);
    auto furniture = m_document.excludedRanges(report);
    m_report = report;
    showHeader(*summary);
    if (text && furniture) {
        m_fullText = text.value();
        m_furniture = furniture.value();
        m_textView->setPlaceholderText({});
    } else {
        m_fullText.clear();
        m_furniture.clear();
        m_textView->setPlaceholderText(
            tr("This report's text cannot be shown: %1").arg((text ? furniture.error() : text.error()).toString()));
    }
    m_map = TextOffsetMap(m_fullText.size(), m_showFurniture ? QList<model::TextRange>() : m_furniture);
    m_textView->setReadingText(m_showFurniture ? m_fullText : model::textWithout(m_fullText, m_furniture));
    reloadClaims();
    if (changed) {
        Q_EMIT reportChanged(report);
    }
}

void ReportPane::showHeader(const model::ReportSummary& summary)
{
    const model::ReportMetadata& meta = summary.metadata;
    m_titleLabel->setText(meta.title.isEmpty() ? tr("(untitled)") : meta.title);
    QStringList parts;
    parts << (meta.outlet.isEmpty() ? tr("Outlet unknown") : meta.outlet);
    if (!meta.author.isEmpty()) {
        parts << meta.author;
    }
    parts << (meta.published.isKnown() ? meta.published.displayText() : tr("Date unknown"));
    // A count keeps its word on its line ("3 claims", never "3" then "claims" under it in a narrow pane): the line
    // wraps only between its parts.
    const auto unbroken = [](QString part) {
        return part.replace(u' ', QChar(0x00A0));
    };
    parts << unbroken(tr("%Ln character(s)", nullptr, int(summary.chars)));
    const int claims = m_document.cache().claimCount(summary.id);
    parts << unbroken(tr("%Ln claim(s)", nullptr, claims));
    // An earlier capture of an article is kept as evidence; the claims are on the newer one.
    if (m_document.newerVersionOf(summary.id).isValid()) {
        parts << tr("earlier version: its claims moved to the newer one");
    } else if (summary.previousVersion.isValid()) {
        parts << tr("new version");
    }
    m_metaLabel->setText(parts.join(QStringLiteral(" · ")));
    m_titleLabel->show();
    m_metaLabel->show();
}

void ReportPane::setCurrent(bool current)
{
    m_currentBar->setVisible(current);
}

void ReportPane::setShowFurniture(bool show)
{
    if (show == m_showFurniture) {
        return;
    }
    m_showFurniture = show;
    if (m_report.isValid()) {
        // Keep the reader's place: the full-text offset at the top of the view stays at the top.
        const qsizetype top = topTextPosition();
        showReport(m_report);
        scrollToTextPosition(top);
    }
}

void ReportPane::showNothing()
{
    const bool changed = m_report.isValid();
    m_report = ReportId();
    m_fullText.clear();
    m_furniture.clear();
    m_map = {};
    m_claims.clear();
    m_claimIndex.clear();
    m_checkWorthy.clear();
    m_suggestion.clear();
    m_titleLabel->clear();
    m_metaLabel->clear();
    m_titleLabel->hide();
    m_metaLabel->hide();
    m_findEdit->hide(); // nothing to find in
    m_findEdit->clear();
    m_textView->clear();
    m_textView->setExtraSelections({});
    m_textView->setMarginMarks({});
    if (m_document.isOpen() && m_document.reportSummaries().empty()) {
        m_textView->setPlaceholderText(tr("This case has no reports yet."));
    } else {
        m_textView->setPlaceholderText(
            tr("Double-click a report in the Case list, or drag it here, to read it in this pane."));
    }
    Q_EMIT viewChanged();
    if (changed) {
        Q_EMIT reportChanged(ReportId());
    }
}

void ReportPane::reloadClaims()
{
    m_claims.clear();
    m_claimIndex.clear();
    if (!m_report.isValid()) {
        return;
    }
    for (const model::Claim& claim : m_document.cache().claimsOf(m_report)) {
        const int start = int(m_map.toDisplay(claim.anchor.start));
        const int end = int(m_map.toDisplay(claim.anchor.end));
        if (start < end) { // a claim entirely in hidden furniture is not shown
            m_claimIndex.insert(claim.id, m_claims.size());
            m_claims.append({claim.id, start, end});
        }
    }
    refreshHighlights();
}

const ReportPane::ShownClaim* ReportPane::shown(ClaimId claim) const
{
    const auto it = m_claimIndex.constFind(claim);
    return it == m_claimIndex.cend() ? nullptr : &m_claims[*it];
}

QList<ClaimId> ReportPane::shownClaims() const
{
    QList<ClaimId> ids;
    ids.reserve(m_claims.size());
    for (const ShownClaim& claim : m_claims) {
        ids.append(claim.id);
    }
    return ids;
}

void ReportPane::setEntityHighlights(QList<model::TextRange> fullRanges)
{
    m_entityRanges = std::move(fullRanges);
    refreshHighlights();
}

void ReportPane::refreshHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextDocument* text = m_textView->document();
    if (m_showFurniture) {
        QTextCharFormat greyed;
        greyed.setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        greyed.setBackground(withAlpha(palette().color(QPalette::Mid), 40));
        for (const model::TextRange& range : m_furniture) {
            QTextCursor cursor(text);
            cursor.setPosition(int(range.start));
            cursor.setPosition(int(std::min<qsizetype>(range.end, text->characterCount() - 1)),
                               QTextCursor::KeepAnchor);
            selections.append({cursor, greyed});
        }
    }
    const ClaimId current = m_document.selection().currentClaim();
    QHash<ClaimId, model::LinkType> linked;
    for (const model::Link& link : m_document.cache().linksOf(current)) {
        linked.insert(link.from == current ? link.to : link.from, link.type);
    }
    QList<QTextEdit::ExtraSelection> emphasised; // drawn last, on top of the others
    QList<ReadingTextView::MarginMark> marks;
    for (const ShownClaim& claim : std::as_const(m_claims)) {
        QTextCursor cursor(text);
        cursor.setPosition(claim.start);
        cursor.setPosition(claim.end, QTextCursor::KeepAnchor);
        const QColor colour = claimColour(m_document, claim.id);
        QTextCharFormat format;
        format.setProperty(kClaimIdProperty, claim.id.value);
        // Translucent, so where claims overlap the colours add up and read darker.
        format.setBackground(readableTint(colour, 110, palette()));
        if (claim.id == current) {
            format.setBackground(readableTint(colour.darker(115), 230, palette()));
            format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            format.setUnderlineColor(palette().color(QPalette::Text));
            emphasised.append({cursor, format});
        } else if (linked.contains(claim.id)) {
            const QColor linkColour = linkTypeColour(linked.value(claim.id));
            format.setProperty(kLinkedProperty, true);
            format.setBackground(readableTint(linkColour, 90, palette()));
            format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            format.setUnderlineColor(linkColour);
            emphasised.append({cursor, format});
        } else {
            selections.append({cursor, format});
        }
        marks.append({claim.start, claim.end, claim.id == current ? colour.darker(150) : colour.darker(110)});
    }
    emphasised.append(m_searchHits.selections(text, m_map, palette()));
    QList<QTextEdit::ExtraSelection> entities;
    for (const model::TextRange& range : std::as_const(m_entityRanges)) {
        if (range.end > m_map.fullLength() || m_map.isHidden(range.start)) {
            continue;
        }
        QTextCursor cursor(text);
        cursor.setPosition(int(m_map.toDisplay(range.start)));
        cursor.setPosition(int(m_map.toDisplay(range.end)), QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setBackground(readableTint(palette().color(QPalette::Highlight), 120, palette()));
        format.setFontWeight(QFont::Bold);
        entities.append({cursor, format});
    }
    // The claim finder's sentences: a faint dotted underline beneath everything else.
    const QList<QTextEdit::ExtraSelection> underlined = m_checkWorthy.selections(text, m_map, palette());
    // The suggested passage: tinted and underlined with dashes in its link type's colour, over the claims.
    if (auto suggested = m_suggestion.selection(text, m_map, palette())) {
        emphasised.append(*suggested);
    }
    m_textView->setExtraSelections(underlined + selections + entities + emphasised);
    m_textView->setMarginMarks(std::move(marks));
    Q_EMIT viewChanged();
}

void ReportPane::setSearchHits(QList<std::pair<qsizetype, qsizetype>> hits, qsizetype from)
{
    m_searchHits.set(std::move(hits));
    refreshHighlights();
    if (m_searchHits.selectFrom(*m_textView, m_map, from)) {
        revealSelection();
    }
}

void ReportPane::setCheckWorthy(QList<Underline> sentences)
{
    m_checkWorthy.set(std::move(sentences));
    refreshHighlights();
}

void ReportPane::setSuggestion(std::optional<Suggestion> suggestion)
{
    m_suggestion.set(std::move(suggestion));
    refreshHighlights();
}

bool ReportPane::moveToSearchHit(bool forward)
{
    if (!m_searchHits.step(*m_textView, m_map, forward)) {
        return false;
    }
    revealSelection();
    return true;
}

void ReportPane::onCurrentClaimChanged(ClaimId claim)
{
    refreshHighlights();
    if (!claim.isValid()) {
        return;
    }
    if (showsClaim(claim)) {
        revealClaim(claim);
        return;
    }
    // Another pane holds the current claim: bring the first claim linked to it that this pane shows into view.
    for (const model::Link& link : m_document.cache().linksOf(claim)) {
        const ClaimId other = link.from == claim ? link.to : link.from;
        if (showsClaim(other)) {
            revealClaim(other);
            return;
        }
    }
}

std::optional<std::pair<qsizetype, qsizetype>> ReportPane::selectedSpan() const
{
    const QTextCursor cursor = m_textView->textCursor();
    if (!m_report.isValid() || !cursor.hasSelection()) {
        return std::nullopt;
    }
    qsizetype start = m_map.toFull(cursor.selectionStart(), TextOffsetMap::Bias::After);
    qsizetype end = m_map.toFull(cursor.selectionEnd(), TextOffsetMap::Bias::Before);
    // A selection made by words (Ctrl+Shift+Right, a double click and drag) takes the space after the last word, and
    // one made by lines the line break: a claim is the words.
    while (start < end && start < m_fullText.size() && m_fullText.at(start).isSpace()) {
        ++start;
    }
    while (end > start && end <= m_fullText.size() && m_fullText.at(end - 1).isSpace()) {
        --end;
    }
    if (start >= end) {
        return std::nullopt;
    }
    // A word cut by the selection is taken whole ("e counted at least 14 bodies" from a drag that began in "We"),
    // as MAXQDA codes whole words: a claim's quote is the words the reader meant.
    const auto wordUnit = [this](qsizetype at) {
        if (at < 0 || at >= m_fullText.size()) {
            return false;
        }
        const QChar c = m_fullText.at(at);
        if (c.isHighSurrogate() && at + 1 < m_fullText.size()) {
            return QChar::isLetterOrNumber(QChar::surrogateToUcs4(c, m_fullText.at(at + 1)));
        }
        if (c.isLowSurrogate() && at > 0) {
            return QChar::isLetterOrNumber(QChar::surrogateToUcs4(m_fullText.at(at - 1), c));
        }
        return c.isLetterOrNumber() || c.isMark();
    };
    while (start > 0 && wordUnit(start) && wordUnit(start - 1)) {
        --start;
    }
    while (end < m_fullText.size() && wordUnit(end - 1) && wordUnit(end)) {
        ++end;
    }
    return std::make_pair(start, end);
}

ClaimId ReportPane::claimAt(int displayPosition) const
{
    const ShownClaim* best = nullptr;
    for (const ShownClaim& claim : m_claims) {
        if (claim.start > displayPosition) {
            break;
        }
        if (displayPosition < claim.end && (!best || claim.end - claim.start < best->end - best->start)) {
            best = &claim;
        }
    }
    return best ? best->id : ClaimId();
}

bool ReportPane::showsClaim(ClaimId claim) const
{
    return shown(claim) != nullptr;
}

void ReportPane::setCaretBrowsing(bool on)
{
    m_textView->setCaretBrowsing(on);
}

bool ReportPane::isCaretBrowsing() const
{
    return m_textView->isCaretBrowsing();
}

bool ReportPane::acceptReportDrag(QDropEvent* drag)
{
    if (!drag->mimeData()->hasFormat(kReportMimeType)) {
        return false;
    }
    const ReportId report{drag->mimeData()->data(kReportMimeType).toLongLong()};
    if (m_document.reportSummary(report)) {
        drag->setDropAction(Qt::CopyAction);
        drag->accept();
    } else {
        drag->ignore(); // from another window's case, or not a report at all
    }
    return true;
}

bool ReportPane::dropReport(QDropEvent* drop)
{
    if (!drop->mimeData()->hasFormat(kReportMimeType)) {
        return false;
    }
    const ReportId report{drop->mimeData()->data(kReportMimeType).toLongLong()};
    if (!m_document.reportSummary(report)) {
        drop->ignore();
        return true;
    }
    drop->setDropAction(Qt::CopyAction);
    drop->accept();
    showReport(report);
    Q_EMIT activated(this);
    return true;
}

void ReportPane::dragEnterEvent(QDragEnterEvent* event)
{
    acceptReportDrag(event); // the heading and margins: reports only (claims are dropped on claims, in the text)
}

void ReportPane::dragMoveEvent(QDragMoveEvent* event)
{
    acceptReportDrag(event);
}

void ReportPane::dropEvent(QDropEvent* event)
{
    dropReport(event);
}

void ReportPane::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The highlights are tinted for the palette's base and text: a theme switch needs them tinted again.
    if (event->type() == QEvent::PaletteChange && m_report.isValid()) {
        refreshHighlights();
    }
}

bool ReportPane::moveToClaim(bool forward)
{
    if (m_claims.isEmpty()) {
        return false;
    }
    const ClaimId current = m_document.selection().currentClaim();
    const ShownClaim* here = shown(current);
    const int position = here ? here->start : m_textView->textCursor().position();
    const ShownClaim* target = nullptr;
    if (forward) {
        const auto it = std::find_if(m_claims.cbegin(), m_claims.cend(), [&](const ShownClaim& c) {
            return here ? (c.start > position || (c.start == position && &c > here)) : c.start >= position;
        });
        target = it == m_claims.cend() ? &m_claims.first() : &*it;
    } else {
        const auto it = std::find_if(m_claims.crbegin(), m_claims.crend(), [&](const ShownClaim& c) {
            return here ? (c.start < position || (c.start == position && &c < here)) : c.start < position;
        });
        target = it == m_claims.crend() ? &m_claims.last() : &*it;
    }
    QTextCursor cursor(m_textView->document());
    cursor.setPosition(target->start);
    m_textView->setTextCursor(cursor);
    m_document.selection().setCurrentClaim(target->id);
    revealClaim(target->id);
    return true;
}

QString ReportPane::spanToolTipAt(int displayPosition) const
{
    const qsizetype full = m_map.toFull(displayPosition);
    if (QString tip = m_suggestion.toolTipAt(full); !tip.isEmpty()) {
        return tip;
    }
    return m_checkWorthy.toolTipAt(full);
}

void ReportPane::showFindBar()
{
    m_findEdit->show();
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
}

bool ReportPane::find(const QString& text, bool backward)
{
    if (text.isEmpty()) {
        return false;
    }
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_textView->find(text, flags)) {
        return true;
    }
    // Wrap around once.
    QTextCursor cursor(m_textView->document());
    cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    m_textView->setTextCursor(cursor);
    return m_textView->find(text, flags);
}

void ReportPane::showContextMenu(const QPoint& pos)
{
    QMenu* menu = m_textView->createStandardContextMenu(pos);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const ClaimId claim = claimAt(m_textView->cursorForPosition(pos).position());
    if (claim.isValid() && !m_textView->textCursor().hasSelection()) {
        m_document.selection().setCurrentClaim(claim);
    }
    if (!m_contextActions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(m_contextActions);
    }
    menu->popup(m_textView->viewport()->mapToGlobal(pos));
}

bool ReportPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_findEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape) {
            m_findEdit->hide();
            m_textView->setFocus();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ShiftModifier) {
            find(m_findEdit->text(), true);
            return true;
        }
        return false;
    }
    if (watched == m_textView) {
        if (event->type() == QEvent::FocusIn) {
            Q_EMIT activated(this);
        } else if (event->type() == QEvent::Resize) {
            Q_EMIT viewChanged();
        }
        return false;
    }
    if (watched != m_textView->viewport()) {
        return false;
    }
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        Q_EMIT activated(this);
        m_pressPos = mouse->position().toPoint();
        const ClaimId claim = claimAt(m_textView->cursorForPosition(m_pressPos).position());
        // Pressing on the current claim starts a drag (to link it); anywhere else starts a text selection.
        m_pressedClaim = claim.isValid() && claim == m_document.selection().currentClaim() ? claim : ClaimId();
        return false;
    }
    case QEvent::MouseMove: {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (m_pressedClaim.isValid() && mouse->buttons() & Qt::LeftButton &&
            (mouse->position().toPoint() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            auto* drag = new QDrag(this);
            auto* mime = new QMimeData;
            mime->setData(kClaimMimeType, QByteArray::number(m_pressedClaim.value));
            mime->setText(claimLabel(m_document, m_pressedClaim));
            drag->setMimeData(mime);
            m_pressedClaim = ClaimId();
            drag->exec(Qt::LinkAction);
            return true;
        }
        return false;
    }
    case QEvent::MouseButtonRelease: {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        m_pressedClaim = ClaimId();
        if (mouse->button() == Qt::LeftButton && !m_textView->textCursor().hasSelection()) {
            m_document.selection().setCurrentClaim(
                claimAt(m_textView->cursorForPosition(mouse->position().toPoint()).position()));
        }
        return false;
    }
    case QEvent::ToolTip: {
        const auto* help = static_cast<QHelpEvent*>(event);
        const ClaimId claim = claimAt(m_textView->cursorForPosition(help->pos()).position());
        if (claim.isValid()) {
            QString tip = claimToolTip(m_document, claim);
            if (claim == m_document.selection().currentClaim()) {
                tip += tr("<p><i>Drag it onto a claim in another pane to link them.</i></p>");
            }
            QToolTip::showText(help->globalPos(), tip, m_textView->viewport());
        } else if (const QString tip = spanToolTipAt(m_textView->cursorForPosition(help->pos()).position());
                   !tip.isEmpty()) {
            QToolTip::showText(help->globalPos(), tip, m_textView->viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDropEvent*>(event);
        if (acceptReportDrag(drag)) {
            return true;
        }
        const ClaimId target = claimAt(m_textView->cursorForPosition(drag->position().toPoint()).position());
        if (drag->mimeData()->hasFormat(kClaimMimeType) && (event->type() == QEvent::DragEnter || target.isValid())) {
            drag->setDropAction(Qt::LinkAction);
            drag->accept();
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        if (dropReport(drop)) {
            return true;
        }
        const ClaimId target = claimAt(m_textView->cursorForPosition(drop->position().toPoint()).position());
        const ClaimId dragged{drop->mimeData()->data(kClaimMimeType).toLongLong()};
        if (!dragged.isValid() || !target.isValid() || dragged == target) {
            drop->ignore();
            return true;
        }
        drop->setDropAction(Qt::LinkAction);
        drop->accept();
        Q_EMIT claimDropped(dragged, target);
        return true;
    }
    default:
        return false;
    }
}

} // namespace corrob::ui
