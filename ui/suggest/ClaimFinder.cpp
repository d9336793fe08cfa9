// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/suggest/ClaimFinder.h"

#include "ui/document/CaseDocument.h"
#include "ui/panes/ReportPane.h"
#include "ui/panes/ReportPaneArea.h"
#include "ui/widgets/ReadingTextView.h"

#include <QAction>
#include <QTextCursor>
#include <QWidget>

#include <algorithm>

namespace corrob::ui {
namespace {

// Whether a claim already says what the sentence says: it covers most of the sentence, or lies mostly inside it.
bool covered(const text::CheckWorthySentence& sentence, const std::vector<model::Claim>& claims)
{
    return std::any_of(claims.cbegin(), claims.cend(), [&](const model::Claim& claim) {
        const qsizetype overlap =
            std::min(claim.anchor.end, sentence.end) - std::max(claim.anchor.start, sentence.start);
        return overlap > 0 &&
               (2 * overlap >= sentence.end - sentence.start || 2 * overlap >= claim.anchor.end - claim.anchor.start);
    });
}

} // namespace

ClaimFinder::ClaimFinder(CaseDocument& document, ReportPaneArea& area, QAction* markClaim, QWidget* window)
    : QObject(window), m_document(document), m_area(area), m_markClaim(markClaim)
{
    m_show = new QAction(tr("Check-&Worthy Sentences"), window);
    m_show->setObjectName(QStringLiteral("showCheckWorthyAction"));
    m_show->setCheckable(true);
    m_show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_show->setStatusTip(tr("Underline the sentences worth checking: figures, allegations, denials, attributed "
                            "statements and legal qualifications that are not claims yet"));
    m_mark = new QAction(tr("Mark Check-&Worthy Sentence"), window);
    m_mark->setObjectName(QStringLiteral("markCheckWorthyAction"));
    m_mark->setShortcut(QKeySequence(Qt::Key_F9));
    m_mark->setStatusTip(tr("Mark the check-worthy sentence at the cursor, or the next one, as a claim"));
    window->addAction(m_show);
    window->addAction(m_mark);
    connect(m_show, &QAction::toggled, this, &ClaimFinder::refreshAll);
    connect(m_mark, &QAction::triggered, this, [this] { markNext(); });
    connect(&area, &ReportPaneArea::reportShown, this, &ClaimFinder::refreshPane);
    connect(&document, &CaseDocument::claimsChanged, this, &ClaimFinder::refreshAll);
    connect(&document, &CaseDocument::reportsChanged, this, [this] {
        m_found.clear();
        refreshAll();
    });
    connect(&document, &CaseDocument::caseClosed, this, [this] { m_found.clear(); });
    auto enable = [this] {
        m_mark->setEnabled(m_document.isOpen());
    };
    connect(&document, &CaseDocument::caseOpened, this, enable);
    connect(&document, &CaseDocument::caseClosed, this, enable);
    enable();
}

bool ClaimFinder::isShown() const
{
    return m_show->isChecked();
}

const ClaimFinder::Found& ClaimFinder::foundIn(ReportId report)
{
    auto it = m_found.find(report);
    if (it == m_found.end()) {
        Found found;
        if (auto text = m_document.reportText(report, casefile::Case::TextView::All)) {
            found.text = std::move(text.value());
            found.sentences = text::findCheckWorthySentences(found.text);
        }
        it = m_found.insert(report, std::move(found));
    }
    return *it;
}

std::vector<text::CheckWorthySentence> ClaimFinder::openSentences(ReportId report)
{
    std::vector<text::CheckWorthySentence> open;
    if (!report.isValid() || !m_document.isOpen()) {
        return open;
    }
    const std::vector<model::Claim> claims = m_document.cache().claimsOf(report);
    for (const text::CheckWorthySentence& sentence : foundIn(report).sentences) {
        if (!covered(sentence, claims)) {
            open.push_back(sentence);
        }
    }
    return open;
}

void ClaimFinder::refreshAll()
{
    for (ReportPane* pane : m_area.panes()) {
        refreshPane(pane);
    }
}

void ClaimFinder::refreshPane(ReportPane* pane)
{
    if (!isShown() || !pane->report().isValid()) {
        if (!pane->checkWorthy().isEmpty()) {
            pane->setCheckWorthy({});
        }
        return;
    }
    QList<ReportPane::Underline> underlines;
    for (const text::CheckWorthySentence& sentence : openSentences(pane->report())) {
        underlines.append({sentence.start, sentence.end, toolTip(foundIn(pane->report()).text, sentence)});
    }
    pane->setCheckWorthy(std::move(underlines));
}

QString ClaimFinder::toolTip(const QString& text, const text::CheckWorthySentence& sentence) const
{
    // "Worth checking: a figure (“up to 40 people”); a legal qualification (“unlawful”); attributed to Callamard."
    auto quoted = [&](text::CheckReason reason) {
        QStringList words;
        for (const text::CheckCue& cue : sentence.cues) {
            const QString word = text.mid(cue.start, cue.end - cue.start).simplified();
            if (cue.reason == reason && !words.contains(word)) {
                words << word;
            }
        }
        return words;
    };
    auto inQuotes = [](const QStringList& words) {
        QStringList out;
        for (const QString& word : words) {
            out << tr("\u201C%1\u201D").arg(word);
        }
        return out.join(QStringLiteral(", "));
    };
    QStringList reasons;
    using R = text::CheckReason;
    if (sentence.reasons & R::Figure) {
        reasons << tr("a figure: %1").arg(inQuotes(quoted(R::Figure)));
    }
    if (sentence.reasons & R::LegalQualification) {
        reasons << tr("a legal qualification: %1").arg(inQuotes(quoted(R::LegalQualification)));
    }
    if (sentence.reasons & R::Allegation) {
        reasons << tr("an allegation: %1").arg(inQuotes(quoted(R::Allegation)));
    }
    if (sentence.reasons & R::Denial) {
        reasons << tr("a denial: %1").arg(inQuotes(quoted(R::Denial)));
    }
    if (sentence.reasons & R::Attributed) {
        const QStringList speakers = quoted(R::Attributed);
        reasons << (speakers.isEmpty() ? tr("attributed to a speaker")
                                       : tr("attributed to %1").arg(speakers.join(QStringLiteral(", "))));
    }
    return tr("<p><b>Worth checking</b>: %1.</p><p><i>%2 marks it as a claim.</i></p>")
        .arg(reasons.join(QStringLiteral("; ")).toHtmlEscaped(), m_mark->shortcut().toString(QKeySequence::NativeText));
}

bool ClaimFinder::markNext()
{
    ReportPane* pane = m_area.currentPane();
    if (!pane || !pane->report().isValid() || !m_markClaim) {
        return false;
    }
    const std::vector<text::CheckWorthySentence> open = openSentences(pane->report());
    // Only what the pane shows: a sentence in hidden furniture is skipped.
    const TextOffsetMap& map = pane->offsetMap();
    std::vector<const text::CheckWorthySentence*> shown;
    for (const text::CheckWorthySentence& sentence : open) {
        if (sentence.end <= map.fullLength() && map.toDisplay(sentence.start) < map.toDisplay(sentence.end)) {
            shown.push_back(&sentence);
        }
    }
    if (shown.empty()) {
        return false;
    }
    const qsizetype at = map.toFull(pane->textView()->textCursor().selectionStart());
    const auto it =
        std::find_if(shown.cbegin(), shown.cend(), [at](const text::CheckWorthySentence* s) { return s->end > at; });
    const text::CheckWorthySentence* chosen = it == shown.cend() ? shown.front() : *it;
    QTextCursor cursor(pane->textView()->document());
    cursor.setPosition(int(map.toDisplay(chosen->start)));
    cursor.setPosition(int(map.toDisplay(chosen->end)), QTextCursor::KeepAnchor);
    pane->textView()->setTextCursor(cursor);
    m_markClaim->trigger();
    return true;
}

} // namespace corrob::ui
