// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/search/SearchDock.h"

#include "core/case/Case.h"
#include "core/model/TextRange.h"
#include "core/search/Query.h"
#include "core/search/Snippet.h"
#include "core/search/Spellings.h"
#include "ui/document/CaseDocument.h"
#include "ui/widgets/QueryField.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace corrob::ui {

namespace {

constexpr int kReportRole = Qt::UserRole;
constexpr int kStartRole = Qt::UserRole + 1;
constexpr int kEndRole = Qt::UserRole + 2;
constexpr int kKindRole = Qt::UserRole + 4; // the result's search::DocKind; absent on a report's heading
constexpr int kItemRole = Qt::UserRole + 5; // the id of the claim, note or source (or report) found
constexpr int kQueryDelayMs = 200;
constexpr int kResultLimit = 200;

// Whether a snippet of a report's text shows text of `hidden` ranges: found in the text, a hit of it lies in one.
bool snippetInHidden(const casefile::SearchMatch& m, const QString& text, const std::vector<search::TextSpan>& hidden)
{
    static const QString ellipsis = QStringLiteral("\u2026");
    const qsizetype lead = m.snippet.startsWith(ellipsis) ? ellipsis.size() : 0;
    const qsizetype trail = m.snippet.endsWith(ellipsis) && m.snippet.size() > lead ? ellipsis.size() : 0;
    const qsizetype at = text.indexOf(QStringView(m.snippet).mid(lead, m.snippet.size() - lead - trail));
    if (at < 0) {
        return false; // from the title, say
    }
    return std::any_of(m.snippetHits.begin(), m.snippetHits.end(), [&](const search::TextSpan& h) {
        const qsizetype start = at + h.start - lead;
        return std::any_of(hidden.begin(), hidden.end(),
                           [start](const search::TextSpan& r) { return r.start <= start && start < r.end; });
    });
}

// For each match of a report's text, its hits as the reader finds them: how many the panes show, how many lie in the
// report's page furniture (its excluded ranges, which the panes hide), and whether it was found only there. A text
// whose first hit or snippet is in furniture but which has hits elsewhere is shown by the first of those, with its
// words around it as the snippet, so that the list shows what the reader finds on opening it, not a promo or a
// newsletter prompt. Read on the worker: the hits of every listed report with the query prepared once, each report's
// ranges once, and the text of a report only when it has furniture. Matches of other kinds are left at zero.
std::vector<SearchDock::TextHits> readTextHits(casefile::Case& c, const QString& query,
                                               const casefile::SearchOptions& options,
                                               std::vector<casefile::SearchMatch>& matches,
                                               const std::function<bool()>& stale)
{
    std::vector<SearchDock::TextHits> out(matches.size());
    std::vector<ReportId> reports;
    for (const casefile::SearchMatch& m : matches) {
        if (m.kind == search::DocKind::Report) {
            reports.emplace_back(m.id);
        }
    }
    auto allHits = casefile::searchHitsInReports(c, query, reports, options, stale);
    if (!allHits) {
        return out;
    }
    for (std::size_t i = 0; i < matches.size() && !stale(); ++i) {
        casefile::SearchMatch& m = matches[i];
        if (m.kind != search::DocKind::Report) {
            continue;
        }
        const ReportId report(m.reportId);
        const std::vector<search::TextSpan> hits = allHits->value(m.reportId);
        std::vector<search::TextSpan> hidden;
        if (!hits.empty()) {
            if (auto excluded = c.excludedRanges(report)) {
                for (const model::TextRange& r : excluded.value()) {
                    hidden.push_back({r.start, r.end});
                }
            }
        }
        const auto isHidden = [&hidden](const search::TextSpan& h) {
            return std::any_of(hidden.begin(), hidden.end(),
                               [&h](const search::TextSpan& r) { return r.start <= h.start && h.start < r.end; });
        };
        SearchDock::TextHits& counted = out[i];
        counted.hidden = std::count_if(hits.begin(), hits.end(), isHidden);
        counted.shown = qint64(hits.size()) - counted.hidden;
        if (hidden.empty() || m.start < 0) {
            continue;
        }
        const bool firstHidden = isHidden({m.start, m.end});
        auto text = c.reportText(report, casefile::Case::TextView::All);
        if (!text || (!firstHidden && !snippetInHidden(m, text.value(), hidden))) {
            continue;
        }
        counted.onlyInFurniture = firstHidden;
        const auto shown = std::find_if_not(hits.begin(), hits.end(), isHidden);
        if (shown == hits.end()) {
            continue;
        }
        const search::Snippet snippet =
            search::snippetAround(text.value(), hits, std::size_t(shown - hits.begin()), hidden);
        if (snippet.text.isEmpty()) {
            continue;
        }
        m.start = shown->start;
        m.end = shown->end;
        m.matched = text->mid(shown->start, shown->end - shown->start);
        m.snippet = snippet.text;
        m.snippetHits = snippet.hits;
        counted.onlyInFurniture = false;
    }
    return out;
}

// Two sentences of the status, the first given its full stop when it has none ("3 results, 2 reports").
QString joinSentences(const QString& first, const QString& second)
{
    return first + (first.endsWith(u'.') ? QStringLiteral(" ") : QStringLiteral(". ")) + second;
}

// Measures an item at the width its column gives it, so that a long snippet wraps onto as many lines as it needs.
// QTreeView asks the delegate's size hint with no usable width, and a word-wrapped row then stayed one line high and
// was cut with "…", often before the word that was found.
// A row with marked text (SearchDock::MarkedTextRole) shows its hits in bold.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView* view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex up = index.parent(); up.isValid(); up = up.parent()) {
            ++depth;
        }
        QStyleOptionViewItem measured(option);
        const int width = m_view->columnWidth(index.column()) - depth * m_view->indentation();
        measured.rect = QRect(0, 0, std::max(width, 1), std::max(option.rect.height(), 1));
        QSize size = QStyledItemDelegate::sizeHint(measured, index);
        if (const QString html = index.data(SearchDock::MarkedTextRole).toString(); !html.isEmpty()) {
            // Bold hits are wider than plain text: measure the text as it is drawn.
            initStyleOption(&measured, index);
            const QRect text = textRect(measured);
            size.setHeight(std::max(size.height(), markedHeight(html, measured.font, text.width()) +
                                                       measured.rect.height() - text.height()));
        }
        return size;
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QString html = index.data(SearchDock::MarkedTextRole).toString();
        if (html.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem item(option);
        initStyleOption(&item, index);
        const QRect text = textRect(item);
        item.text.clear(); // the style draws the background, selection and focus; the text is drawn below
        QStyle* style = item.widget ? item.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);
        const auto document = layOut(html, item.font, text.width());
        QAbstractTextDocumentLayout::PaintContext context;
        const bool selected = item.state.testFlag(QStyle::State_Selected);
        context.palette.setColor(QPalette::Text,
                                 selected ? item.palette.highlightedText().color() : item.palette.text().color());
        context.clip = QRectF(0, 0, text.width(), text.height());
        painter->save();
        painter->translate(text.topLeft());
        painter->setClipRect(context.clip);
        document->documentLayout()->draw(painter, context);
        painter->restore();
    }

private:
    static QRect textRect(const QStyleOptionViewItem& item)
    {
        QStyle* style = item.widget ? item.widget->style() : QApplication::style();
        return style->subElementRect(QStyle::SE_ItemViewItemText, &item, item.widget)
            .adjusted(kTextMargin, 0, -kTextMargin, 0);
    }
    static std::unique_ptr<QTextDocument> layOut(const QString& html, const QFont& font, int width)
    {
        auto document = std::make_unique<QTextDocument>();
        document->setDocumentMargin(0);
        document->setDefaultFont(font);
        document->setHtml(html);
        document->setTextWidth(std::max(width, 1));
        return document;
    }
    // The height of the marked text laid out at width, remembered: the view asks every row's size on each resize
    // and each relayout, and parsing the HTML into a document each time made a resize of 200 results cost 200
    // documents. Keyed by the text, width and font, so a stale entry is never asked for; forgotten in bulk when many.
    int markedHeight(const QString& html, const QFont& font, int width) const
    {
        const QString key = QString::number(width) + QLatin1Char('\x1f') + font.key() + QLatin1Char('\x1f') + html;
        if (const auto found = m_heights.constFind(key); found != m_heights.cend()) {
            return *found;
        }
        if (m_heights.size() > kRememberedHeights) {
            m_heights.clear();
        }
        const int height = int(std::ceil(layOut(html, font, width)->size().height()));
        m_heights.insert(key, height);
        return height;
    }
    static constexpr int kTextMargin = 3;
    static constexpr qsizetype kRememberedHeights = 4000;

    QTreeView* m_view;
    mutable QHash<QString, int> m_heights;
};

// The row's text, "kind: snippet", as HTML with the snippet's hits in bold; white space folded as in the plain text.
QString markedText(const QString& kind, const casefile::SearchMatch& m)
{
    constexpr QChar kOpen(0x0002);
    constexpr QChar kClose(0x0003);
    QString snippet = m.snippet;
    for (auto hit = m.snippetHits.rbegin(); hit != m.snippetHits.rend(); ++hit) {
        if (hit->start >= 0 && hit->start < hit->end && hit->end <= snippet.size()) {
            snippet.insert(hit->end, kClose);
            snippet.insert(hit->start, kOpen);
        }
    }
    QString html = QString(kind + QStringLiteral(": ") + search::snippetOnOneLine(snippet)).toHtmlEscaped();
    html.replace(kOpen, QStringLiteral("<b>")).replace(kClose, QStringLiteral("</b>"));
    // Which spelling was found, when it is not one typed ("Kyiv" finding "Київ").
    if (m.otherSpelling) {
        html += QStringLiteral(" <i>") +
                SearchDock::tr("(as \u201c%1\u201d)").arg(m.matched.simplified()).toHtmlEscaped() +
                QStringLiteral("</i>");
    }
    return html;
}

} // namespace

// Lives on the dock's thread: one read-only connection to the case, reopened when the path changes. Every call
// runs there, posted by the dock; answers go back by queued calls to the dock (dropped if it is gone).
class SearchWorker : public QObject
{
public:
    casefile::Case* caseAt(const QString& path)
    {
        if (path.isEmpty()) {
            m_case.reset();
            return nullptr;
        }
        if (!m_case || m_case->path() != path) {
            m_case.reset();
            auto opened = casefile::Case::open(path, {}, casefile::Case::Access::ReadOnly);
            if (!opened) {
                return nullptr;
            }
            m_case = std::move(opened.value());
            auto table = search::nameVariantsWithUserTable(search::userNameVariantsPath());
            m_variants = table ? std::move(table.value()) : text::NameVariants::bundled();
        }
        return m_case.get();
    }
    casefile::SearchOptions options(int limit) const
    {
        casefile::SearchOptions o;
        o.limit = limit;
        o.variants = &m_variants;
        return o;
    }

private:
    std::unique_ptr<casefile::Case> m_case;
    text::NameVariants m_variants;
};

SearchDock::SearchDock(CaseDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_latest(std::make_shared<std::atomic<int>>(0))
{
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("searchQuery"));
    markAsQueryField(m_query);
    m_query->setClearButtonEnabled(true);
    // Short enough for the dock's usual width (a longer one was cut off mid-date); the whole syntax in the tooltip.
    m_query->setPlaceholderText(tr("Search the case: words, \"phrases\", OR, outlet:\u2026"));
    m_query->setToolTip(
        tr("Words (all of them), \"exact phrases\", OR, NOT or -word, (groups), Kharkiv* (a prefix), "
           "NEAR(a b, 5) or a NEAR/5 b, and filters: outlet:, source:, tag:, kind:, report:, "
           "in:claims|reports|notes|sources, published:2022-03..2022-05 (Help > Manual, F1, has them all)"));
    m_query->installEventFilter(this);
    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setHeaderHidden(true);
    m_results->setRootIsDecorated(true);
    m_results->setUniformRowHeights(false);
    m_results->setWordWrap(true);
    m_results->setItemDelegate(new WrappingDelegate(m_results));
    // Wider or narrower, the rows are measured again.
    connect(m_results->header(), &QHeaderView::sectionResized, m_results, [this] { m_results->doItemsLayout(); });
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    // Alt+K: Alt+C is the Claim menu, Alt+M the Entities dock's "Mentioned with it" (both shared keys only move focus).
    m_markButton = new QPushButton(tr("Mar&k as Claim"), this);
    m_markButton->setToolTip(tr("Open the selected hit's report and mark the sentence holding it as a claim"));
    auto* batch = new QPushButton(tr("&Batch Search\u2026"), this);
    batch->setToolTip(tr("Search a list of terms, one a line: the reports and hit counts of each"));

    // The status has a line of its own: beside the two buttons (longer in German) a hint was squeezed into a column
    // of one or two words a line.
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_markButton);
    buttons->addWidget(batch);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kQueryDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchDock::runQuery);
    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive() || m_shownQuery != m_query->text()) {
            m_debounce->stop();
            runQuery();
        } else {
            openItem(m_results->currentItem(), false);
        }
    });
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { openItem(item, false); });
    connect(m_markButton, &QPushButton::clicked, this, [this] { openItem(m_results->currentItem(), true); });
    // Nothing to mark without a result (the button did nothing then), nor in a case opened read-only.
    m_markButton->setEnabled(false);
    // A claim, a note or a source found is not a passage of a report's text to mark: only a text hit is, or a
    // report's heading (its first hit).
    connect(m_results, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        auto isText = [](const QTreeWidgetItem* item) {
            return item->data(0, kKindRole).isValid() &&
                   item->data(0, kKindRole).toInt() == int(search::DocKind::Report);
        };
        bool text = current && isText(current);
        for (int i = 0; current && !current->data(0, kKindRole).isValid() && i < current->childCount(); ++i) {
            text = text || isText(current->child(i)); // a heading: its report's first hit, when it was found in it
        }
        m_markButton->setEnabled(text && !m_document.isReadOnly());
    });
    connect(batch, &QPushButton::clicked, this, &SearchDock::showBatchSearch);
    // The index changes with every edit and import: the shown results follow.
    for (auto signal : {&CaseDocument::reportsChanged, &CaseDocument::claimsChanged, &CaseDocument::notesChanged,
                        &CaseDocument::sourcesChanged, &CaseDocument::caseOpened, &CaseDocument::caseClosed}) {
        connect(&m_document, signal, this, [this] {
            if (!m_query->text().isEmpty()) {
                m_debounce->start();
            }
        });
    }

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("searchWorker"));
    m_worker = new SearchWorker;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

SearchDock::~SearchDock()
{
    m_latest->store(-1);
    m_thread->quit();
    m_thread->wait();
}

void SearchDock::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchDock::runQuery()
{
    const QString query = m_query->text();
    const int generation = ++m_generation;
    m_latest->store(generation);
    const QString path = m_document.path();
    if (query.trimmed().isEmpty() || path.isEmpty()) {
        showResults(generation, query, {}, {}, {});
        return;
    }
    m_status->setText(tr("Searching\u2026"));
    QPointer<SearchDock> self(this);
    SearchWorker* worker = m_worker;
    auto latest = m_latest;
    QMetaObject::invokeMethod(m_worker, [self, worker, latest, generation, query, path] {
        if (latest->load() != generation) {
            return; // a newer query is on its way
        }
        std::vector<casefile::SearchMatch> matches;
        std::vector<TextHits> textHits;
        QString error;
        QStringList namingNothing;
        bool more = false;
        if (casefile::Case* c = worker->caseAt(path)) {
            casefile::SearchOptions options = worker->options(kResultLimit);
            options.more = &more;
            auto found = casefile::searchCase(*c, query, options);
            if (found && found->empty()) {
                if (auto nothing = casefile::filtersNamingNothing(*c, query)) {
                    namingNothing = std::move(nothing).value();
                }
            }
            if (found) {
                matches = std::move(found.value());
                // A newer query makes this one's answer worthless: stop reading texts for it.
                textHits = readTextHits(*c, query, worker->options(kResultLimit), matches,
                                        [&latest, generation] { return latest->load() != generation; });
            } else {
                error = found.error().message;
            }
        }
        if (latest->load() != generation || !self) {
            return;
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, query, matches = std::move(matches), textHits = std::move(textHits), error,
             namingNothing, more] {
                if (self) {
                    self->showResults(generation, query, matches, textHits, error, namingNothing, more);
                }
            },
            Qt::QueuedConnection);
    });
}

void SearchDock::showResults(int generation, const QString& query, const std::vector<casefile::SearchMatch>& matches,
                             const std::vector<TextHits>& textHits, const QString& error,
                             const QStringList& namingNothing, bool capped)
{
    if (generation != m_generation) {
        return;
    }
    if (query.simplified() != m_shownQuery.simplified()) { // a space typed is no other query
        Q_EMIT queryChanged();
    }
    m_shownQuery = query;
    m_results->clear();
    QHash<qint64, QTreeWidgetItem*> groups;
    int hits = 0;
    for (std::size_t i = 0; i < matches.size(); ++i) {
        const casefile::SearchMatch& m = matches[i];
        QTreeWidgetItem* parent = nullptr;
        if (m.reportId > 0) {
            parent = groups.value(m.reportId);
            if (!parent) {
                QStringList heading{m.reportTitle.isEmpty() ? tr("Report %1").arg(m.reportId) : m.reportTitle};
                if (!m.outlet.isEmpty()) {
                    heading << m.outlet;
                }
                if (!m.published.isEmpty()) {
                    heading << m.published;
                }
                parent = new QTreeWidgetItem(m_results, {heading.join(QStringLiteral(" \u2014 "))});
                parent->setData(0, kReportRole, m.reportId);
                parent->setData(0, kStartRole, -1);
                QFont bold = parent->font(0);
                bold.setBold(true);
                parent->setFont(0, bold);
                groups.insert(m.reportId, parent);
            }
        }
        QString kind;
        switch (m.kind) {
        case search::DocKind::Report:
            // Found only in page furniture (a newsletter prompt, a promo), which the panes hide: said before it opens.
            kind = i < textHits.size() ? textKind(textHits[i]) : tr("text");
            break;
        case search::DocKind::Claim:
            kind = tr("claim");
            break;
        case search::DocKind::Note:
            kind = tr("note");
            break;
        case search::DocKind::Source:
            kind = tr("source");
            break;
        }
        QString label = kind + QStringLiteral(": ") + search::snippetOnOneLine(m.snippet);
        auto* item = parent ? new QTreeWidgetItem(parent, {label}) : new QTreeWidgetItem(m_results, {label});
        item->setData(0, kReportRole, m.reportId);
        item->setData(0, kStartRole, m.start);
        item->setData(0, kEndRole, m.end);
        item->setData(0, kKindRole, int(m.kind));
        item->setData(0, kItemRole, m.id);
        item->setData(0, MarkedTextRole, markedText(kind, m));
        item->setToolTip(0, m.matched.isEmpty() ? m.snippet : tr("Matched \u201c%1\u201d").arg(m.matched));
        ++hits;
    }
    m_results->expandAll();
    if (m_results->topLevelItemCount() > 0) {
        m_results->setCurrentItem(m_results->topLevelItem(0));
    }
    const search::Query parsed = search::parseQuery(query); // what the status says of it
    if (!m_document.isOpen()) {
        m_status->setText(tr("Open a case to search it."));
    } else if (!error.isEmpty()) {
        m_status->setText(error);
    } else if (query.trimmed().isEmpty()) {
        m_status->clear();
    } else if (hits == 0 && parsed.onlyExclusions) {
        m_status->setText(
            tr("Nothing found: leaving words out (-Putin) only narrows a search. Add a word to look for."));
    } else if (hits == 0 && !namingNothing.isEmpty()) {
        m_status->setText(tr("Nothing found: %1 names nothing in this case (no outlet, source, tag or report title of "
                             "that name).")
                              .arg(namingNothing.join(QStringLiteral(", "))));
    } else if (hits == 0 && !parsed.unreadNear.isEmpty()) {
        m_status->setText(tr("Nothing found.") + u' ' + unreadNear(parsed.unreadNear));
    } else if (hits == 0 && !parsed.unreadFilters.isEmpty()) {
        m_status->setText(tr("Nothing found.") + u' ' + unreadFilters(parsed.unreadFilters));
    } else if (hits == 0) {
        // "0 results, 0 reports" said nothing about what to try next.
        m_status->setText(tr("Nothing found. Try fewer words, a word's start with * (Kharkiv*) or OR."));
    } else if (capped) {
        // Capped: "200 results" read as all there are in a case where the word is in two thousand reports (a tester's
        // find).
        m_status->setText(tr("The best %1 results, in %n report(s); there are more: add words or a filter to narrow "
                             "the search.",
                             nullptr, int(groups.size()))
                              .arg(hits));
    } else {
        m_status->setText(tr("%n result(s)", nullptr, hits) + QStringLiteral(", ") +
                          tr("%n report(s)", nullptr, int(groups.size())));
    }
    if (m_document.isOpen() && error.isEmpty() && hits > 0 && !parsed.unreadFilters.isEmpty()) {
        m_status->setText(joinSentences(m_status->text(), unreadFilters(parsed.unreadFilters)));
    }
    if (m_document.isOpen() && error.isEmpty() && hits > 0 && !parsed.unreadNear.isEmpty()) {
        m_status->setText(joinSentences(m_status->text(), unreadNear(parsed.unreadNear)));
    }
    if (m_document.isOpen() && error.isEmpty() && parsed.truncated) {
        m_status->setText(
            joinSentences(m_status->text(), tr("Only the first %1 words were searched.").arg(search::kMaxQueryWords)));
    }
}

QString SearchDock::textKind(const TextHits& hits)
{
    if (hits.onlyInFurniture) {
        return tr("text, only in page furniture");
    }
    if (hits.shown == 0 && hits.hidden == 0) {
        return tr("text"); // found by its title
    }
    QString kind = tr("text, %n hit(s)", nullptr, int(hits.shown));
    if (hits.hidden > 0) {
        kind += u' ' + tr("+ %1 in page furniture").arg(hits.hidden);
    }
    return kind;
}

QString SearchDock::unreadNear(const QStringList& written)
{
    return tr("%1: searched as a word. A NEAR goes between two words or quoted phrases, or a group of words in "
              "parentheses, all joined by OR or all by AND: (Kyiv OR Kharkiv) NEAR/5 shelling.")
        .arg(written.join(QStringLiteral(", ")));
}

QString SearchDock::unreadFilters(const QStringList& written)
{
    return tr("%1: not a filter it can read, searched as words (in: takes claims, reports, notes or sources; "
              "kind: figure, allegation, denial, legal, quote or other; published: a date such as 2022, 2022-03, "
              "2022-03-10 or a range 2022-03..2022-05).")
        .arg(written.join(QStringLiteral(", ")));
}

void SearchDock::moveCurrent(int step)
{
    QTreeWidgetItem* current = m_results->currentItem();
    QTreeWidgetItem* next = nullptr;
    if (!current) {
        next = m_results->topLevelItem(0);
    } else {
        next = step > 0 ? m_results->itemBelow(current) : m_results->itemAbove(current);
    }
    if (next) {
        m_results->setCurrentItem(next);
        m_results->scrollToItem(next);
    }
}

bool SearchDock::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            moveCurrent(key->key() == Qt::Key_Down ? 1 : -1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchDock::openItem(QTreeWidgetItem* item, bool mark)
{
    if (!item) {
        return;
    }
    const ReportId report(item->data(0, kReportRole).toLongLong());
    const QVariant kind = item->data(0, kKindRole);
    if (kind.isValid() && kind.toInt() == int(search::DocKind::Source)) {
        Q_EMIT sourceRequested(SourceId(item->data(0, kItemRole).toLongLong()));
        return;
    }
    if (!report.isValid()) {
        return;
    }
    if (kind.isValid() && kind.toInt() == int(search::DocKind::Claim)) {
        if (!mark) { // a claim is marked already
            Q_EMIT claimRequested(report, ClaimId(item->data(0, kItemRole).toLongLong()));
        }
        return;
    }
    requestHits(report, m_shownQuery, mark, item->data(0, kStartRole).toLongLong(),
                item->data(0, kEndRole).toLongLong());
}

void SearchDock::requestHits(ReportId report, const QString& query, bool mark, qsizetype start, qsizetype end)
{
    const QString path = m_document.path();
    QPointer<SearchDock> self(this);
    SearchWorker* worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [self, worker, report, query, path, mark, start, end] {
        QList<std::pair<qsizetype, qsizetype>> hits;
        if (casefile::Case* c = worker->caseAt(path)) {
            if (auto found = casefile::searchHitsInReport(*c, query, report, worker->options(kResultLimit))) {
                for (const casefile::TextSpan& h : found.value()) {
                    hits.append({h.start, h.end});
                }
            }
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, report, hits, mark, start, end] {
                if (!self) {
                    return;
                }
                if (mark) {
                    qsizetype s = start;
                    qsizetype e = end;
                    if ((s < 0 || e <= s) && !hits.isEmpty()) {
                        s = hits.front().first;
                        e = hits.front().second;
                    }
                    if (s >= 0 && e > s) {
                        Q_EMIT self->markRequested(report, hits, s, e);
                        return;
                    }
                }
                Q_EMIT self->openRequested(report, hits, start);
            },
            Qt::QueuedConnection);
    });
}

void SearchDock::showBatchSearch()
{
    auto* dialog = new QDialog(window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("batchSearchDialog"));
    dialog->setWindowTitle(tr("Batch Search"));
    auto* terms = new QPlainTextEdit(dialog);
    terms->setObjectName(QStringLiteral("batchTerms"));
    terms->setPlaceholderText(tr("One term a line: names, units, villages\u2026"));
    terms->setTabChangesFocus(true); // Tab goes on to the results, as in any dialog; a term has no tab in it
    auto* table = new QTreeWidget(dialog);
    table->setObjectName(QStringLiteral("batchResults"));
    table->setHeaderLabels({tr("Term"), tr("Reports"), tr("Hits")});
    // The terms and the reports' titles take the width; the counts what they need.
    table->header()->setStretchLastSection(false);
    table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    table->setToolTip(tr("Enter or a double click on a report opens it with the term's hits highlighted"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton* run = buttons->addButton(tr("&Search"), QDialogButtonBox::ActionRole);
    run->setToolTip(tr("Search every term (Ctrl+Enter)"));
    // Enter on a result opens it (below); it must not press a button and search again.
    for (QAbstractButton* b : buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(b)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    for (const QKeySequence& key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        connect(new QShortcut(key, dialog), &QShortcut::activated, run, &QPushButton::click);
    }
    connect(table, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const ReportId report(item->data(0, kReportRole).toLongLong());
        if (report.isValid() && item->parent()) {
            requestHits(report, item->parent()->text(0), false, -1, -1);
        }
    });
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(terms);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    QPointer<QTreeWidget> target(table);
    connect(run, &QPushButton::clicked, dialog, [this, terms, target] {
        const QStringList list = terms->toPlainText().split(u'\n');
        const QString path = m_document.path();
        SearchWorker* worker = m_worker;
        // The answer goes to the dock, which outlives its worker thread (its destructor joins it), and the table is
        // looked for there, on the UI thread: the dialog may be closed and deleted meanwhile, and a QPointer read on
        // the worker as it is deleted would race.
        QMetaObject::invokeMethod(m_worker, [self = QPointer<SearchDock>(this), target, worker, list, path] {
            std::vector<casefile::TermHits> found;
            if (casefile::Case* c = worker->caseAt(path)) {
                if (auto batch = casefile::batchSearch(*c, list, worker->options(kResultLimit))) {
                    found = std::move(batch.value());
                }
            }
            QMetaObject::invokeMethod(
                self.data(),
                [target, found = std::move(found)] {
                    if (!target) {
                        return;
                    }
                    target->clear();
                    // Hits as the reader finds them: those in hidden page furniture are said apart.
                    const auto hitsText = [](qint64 hits, qint64 furniture) {
                        return furniture > 0 ? tr("%1 + %2 in page furniture").arg(hits - furniture).arg(furniture)
                                             : QString::number(hits);
                    };
                    for (const casefile::TermHits& t : found) {
                        auto* row = new QTreeWidgetItem(target.data(), {t.term, QString::number(t.reports.size()),
                                                                        hitsText(t.totalHits, t.furnitureHits)});
                        if (t.nothingToFind) {
                            // "(((" or "*" alone: say why it is found nowhere rather than leave a bare 0.
                            row->setText(1, tr("no word to search for"));
                            row->setText(2, QString());
                            row->setToolTip(0, tr("This line has no word to search for: only signs such as "
                                                  "brackets, quotes or *"));
                            row->setForeground(1, target->palette().brush(QPalette::PlaceholderText));
                        }
                        // A report's row names it and counts its hits; its number under "Reports" read as a
                        // count of reports.
                        for (const auto& r : t.reports) {
                            auto* report =
                                new QTreeWidgetItem(row, {r.title, QString(), hitsText(r.hits, r.furnitureHits)});
                            report->setToolTip(0, r.title);
                            report->setData(0, kReportRole, r.report.value);
                        }
                    }
                    if (target->topLevelItemCount() > 0) {
                        target->setCurrentItem(target->topLevelItem(0)); // for the arrows, once Tab is there
                    }
                },
                Qt::QueuedConnection);
        });
    });
    dialog->resize(520, 420);
    dialog->show();
}

} // namespace corrob::ui
