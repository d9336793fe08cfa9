// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/HtmlReport.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace corrob::exporting {
namespace {

// Shared by the browser and QTextDocument (which ignores what it does not know); the print block is for browsers.
// No italics: the fonts Qt finds have no slanted face for Arabic or Hebrew, and the PDF drew quotes in those scripts
// as empty boxes (quotes and titles are set off by quotation marks instead).
const char* const kStyle = R"css(
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #111; margin: 2em; }
h1 { font-size: 20pt; margin-bottom: 0.2em; }
h2 { font-size: 15pt; margin-top: 1.4em; border-bottom: 1px solid #888; }
h3 { font-size: 11.5pt; margin-top: 1.2em; margin-bottom: 0.3em; }
table { border-collapse: collapse; margin: 0.4em 0; }
th, td { border: 1px solid #bbb; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background-color: #eee; }
table.facts th { width: 11em; }
blockquote { margin: 0.4em 1.5em; }
.meta { color: #444; }
.note { white-space: pre-wrap; font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; }
.hash { font-family: "DejaVu Sans Mono", monospace; font-size: 8pt; }
a { color: #1a4f8b; }
@media print {
  body { margin: 0; }
  a { color: inherit; text-decoration: none; }
  h2 { page-break-after: avoid; }
  .claim { page-break-inside: avoid; }
  h2.newpage { page-break-before: always; }
}
)css";

QString esc(const QString& text)
{
    return HtmlReport::escape(text);
}

// A link target for browsers (id) and for QTextDocument (name), on one element as HTML requires.
QString anchor(const QString& name)
{
    return QStringLiteral("<a id=\"%1\" name=\"%1\"></a>").arg(esc(name));
}

QString row(const QString& header, const QString& cellHtml)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(header), cellHtml);
}

QString dash()
{
    return QStringLiteral("\u2014");
}

QString joinNonEmpty(const QStringList& parts)
{
    QStringList kept;
    for (const QString& p : parts) {
        if (!p.isEmpty()) {
            kept << p;
        }
    }
    return kept.join(QStringLiteral(", "));
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? dash() : esc(text);
}

} // namespace

QString HtmlReport::escape(const QString& text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    // Directional embeddings, overrides and isolates a value opens are closed at its end (Unicode's bidirectional
    // algorithm lets them run to the end of the paragraph): a claim quoting U+202E reads reversed itself, as it does
    // in the article, but never turns the report's own words around it ("Claim 17:", the quotation marks).
    int embeddings = 0; // LRE RLE LRO RLO open, not yet closed by PDF
    int isolates = 0;   // LRI RLI FSI open, not yet closed by PDI
    for (QChar c : text) {
        switch (c.unicode()) {
        case 0x202A:
        case 0x202B:
        case 0x202D:
        case 0x202E:
            ++embeddings;
            out += c;
            break;
        case 0x202C:
            embeddings = std::max(0, embeddings - 1);
            out += c;
            break;
        case 0x2066:
        case 0x2067:
        case 0x2068:
            ++isolates;
            out += c;
            break;
        case 0x2069:
            if (isolates > 0) { // a PDI also closes the embeddings opened inside its isolate; counted as closed here
                --isolates;
            }
            out += c;
            break;
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'"':
            out += QStringLiteral("&quot;");
            break;
        case u'\'':
            out += QStringLiteral("&#39;");
            break;
        default:
            out += c;
        }
    }
    // Isolates first: a PDI also closes the embeddings opened inside it, and a PDF left over is ignored.
    out += QString(isolates, QChar(0x2069));
    out += QString(embeddings, QChar(0x202C));
    return out;
}

QString HtmlReport::reliabilityWords(const QString& grade)
{
    if (grade == u"A") {
        return tr("completely reliable");
    }
    if (grade == u"B") {
        return tr("usually reliable");
    }
    if (grade == u"C") {
        return tr("fairly reliable");
    }
    if (grade == u"D") {
        return tr("not usually reliable");
    }
    if (grade == u"E") {
        return tr("unreliable");
    }
    if (grade == u"F") {
        return tr("reliability cannot be judged");
    }
    return {};
}

QString HtmlReport::credibilityWords(int grade)
{
    switch (grade) {
    case 1:
        return tr("confirmed by other sources");
    case 2:
        return tr("probably true");
    case 3:
        return tr("possibly true");
    case 4:
        return tr("doubtful");
    case 5:
        return tr("improbable");
    case 6:
        return tr("truth cannot be judged");
    default:
        return {};
    }
}

QString HtmlReport::linkTypeWords(model::LinkType type)
{
    switch (type) {
    case model::LinkType::Corroborates:
        return tr("corroborates");
    case model::LinkType::Contradicts:
        return tr("contradicts");
    case model::LinkType::Repeats:
        return tr("repeats");
    case model::LinkType::Updates:
        return tr("updates");
    case model::LinkType::Elaborates:
        return tr("elaborates");
    }
    return {};
}

QString HtmlReport::render(const ReportContent& c)
{
    const QLocale locale;
    auto when = [&](const QString& iso) {
        const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
        return t.isValid() ? locale.toString(t.toUTC(), QStringLiteral("d MMM yyyy, HH:mm 'UTC'")) : iso;
    };
    auto claimRef = [&](const RelatedClaim& r) {
        QString label = tr("claim %1").arg(r.id.value);
        QString text =
            r.included ? QStringLiteral("<a href=\"#claim-%1\">%2</a>").arg(r.id.value).arg(esc(label)) : esc(label);
        if (!r.source.isEmpty()) {
            text += u' ' + esc(tr("(%1)").arg(r.source));
        }
        // What the claim says in quotation marks, where it is said as a work's title: a title in quotation marks
        // under "Corroborated by" was read as the corroborating words (a tester's find).
        // Only of a claim in the export: one left out (by tag, grade or choice) is named, not quoted.
        if (r.included && !r.statement.isEmpty()) {
            text += QStringLiteral(": \u201c%1\u201d").arg(esc(r.statement));
        }
        QStringList where;
        if (!r.outlet.isEmpty()) {
            where << esc(r.outlet);
        }
        if (!r.reportTitle.isEmpty()) {
            where << QStringLiteral("<cite>%1</cite>").arg(esc(r.reportTitle));
        }
        if (!where.isEmpty()) {
            text += u' ' + tr("in %1").arg(where.join(QStringLiteral(", ")));
        }
        return text;
    };
    auto refList = [&](const QList<RelatedClaim>& list) {
        if (list.isEmpty()) {
            return dash();
        }
        QStringList items;
        for (const RelatedClaim& r : list) {
            items << claimRef(r);
        }
        return items.join(QStringLiteral("<br>"));
    };
    // Notes, wherever they are: who wrote each and when, then its text.
    auto notesHtml = [&](const QList<model::Note>& notes) {
        QString out;
        for (const model::Note& n : notes) {
            out += QStringLiteral("<p class=\"meta\">%1</p>\n<p class=\"note\">%2</p>\n")
                       .arg(esc(tr("Note by %1, %2")
                                    .arg(n.author, when(n.updatedAt.isEmpty() ? n.createdAt : n.updatedAt))),
                            esc(n.body).replace(u'\n', QStringLiteral("<br>")));
        }
        return out;
    };
    QHash<QString, SourceId> sourceIds;
    for (const SourceEntry& s : c.sources) {
        sourceIds.insert(s.name, s.id);
    }
    auto sourceLink = [&](const QString& name) {
        if (name.isEmpty()) {
            return esc(tr("not attributed"));
        }
        const SourceId id = sourceIds.value(name);
        return id.isValid() ? QStringLiteral("<a href=\"#source-%1\">%2</a>").arg(id.value).arg(esc(name)) : esc(name);
    };

    // The links that neither corroborate nor contradict (updates, elaborates), both ways, under each exported claim.
    QHash<qint64, QStringList> otherLinks;
    auto linkedRef = [&](ClaimId id) {
        const QString label = esc(tr("claim %1").arg(id.value));
        return c.findClaim(id) ? QStringLiteral("<a href=\"#claim-%1\">%2</a>").arg(id.value).arg(label) : label;
    };
    for (const LinkEntry& l : c.links) {
        const ClaimId from = l.link.from;
        const ClaimId to = l.link.to;
        if (l.link.type == model::LinkType::Updates) {
            otherLinks[from.value] << esc(tr("updates %1")).arg(linkedRef(to));
            otherLinks[to.value] << esc(tr("updated by %1")).arg(linkedRef(from));
        } else if (l.link.type == model::LinkType::Elaborates) {
            otherLinks[from.value] << esc(tr("elaborates %1")).arg(linkedRef(to));
            otherLinks[to.value] << esc(tr("elaborated by %1")).arg(linkedRef(from));
        }
    }

    QString h;
    h.reserve(4096 + qsizetype(c.claims.size()) * 2048);
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
             .arg(esc(locale.bcp47Name()));
    h += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        "style-src 'unsafe-inline'\">\n");
    h += QStringLiteral("<meta name=\"generator\" content=\"Corroborate %1\">\n")
             .arg(esc(QStringLiteral(CORROB_VERSION)));
    h += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
             .arg(esc(tr("Investigation report: %1").arg(c.caseTitle)), QString::fromUtf8(kStyle));

    // Title, date, author.
    h += QStringLiteral("<h1>%1%2</h1>\n").arg(anchor(QStringLiteral("top")), esc(c.caseTitle));
    h += QStringLiteral("<p class=\"meta\">%1<br>%2<br>%3</p>\n")
             .arg(esc(tr("Investigation report, %1").arg(when(c.exportedAt))), esc(tr("Author: %1").arg(c.author)),
                  esc(tr("Case file: %1. Contents: %2 (%3 of %4).")
                          .arg(c.caseFile, c.selection, tr("%n claim(s)", nullptr, int(c.claims.size())))
                          .arg(c.totalClaims)));

    // Summary.
    h += QStringLiteral("<h2>%1%2</h2>\n").arg(anchor(QStringLiteral("summary")), esc(tr("Summary")));
    h += QStringLiteral("<table class=\"summary\">\n<tr><th>%1</th><th>%2</th></tr>\n")
             .arg(esc(tr("Claims by credibility")), esc(tr("Claims")));
    for (int g = 1; g <= 6; ++g) {
        h += QStringLiteral("<tr><td>%1 \u2013 %2</td><td>%3</td></tr>\n")
                 .arg(g)
                 .arg(esc(credibilityWords(g)))
                 .arg(c.claimsByCredibility[g]);
    }
    h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n").arg(esc(tr("not graded"))).arg(c.claimsByCredibility[0]);
    h += QStringLiteral("<tr><th>%1</th><th>%2</th></tr>\n").arg(esc(tr("Total")), QString::number(c.claims.size()));
    h += QStringLiteral("</table>\n<table class=\"summary\">\n<tr><th>%1</th><th>%2</th></tr>\n")
             .arg(esc(tr("Sources by reliability")), esc(tr("Sources")));
    for (int g = 1; g <= 6; ++g) {
        const QString letter(QChar(u'A' + g - 1));
        h += QStringLiteral("<tr><td>%1 \u2013 %2</td><td>%3</td></tr>\n")
                 .arg(letter, esc(reliabilityWords(letter)))
                 .arg(c.sourcesByReliability[g]);
    }
    h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n").arg(esc(tr("not graded"))).arg(c.sourcesByReliability[0]);
    h += QStringLiteral("</table>\n<p><a href=\"#conflicts\">%1</a> \u00b7 <a href=\"#links\">%2</a></p>\n")
             .arg(esc(tr("%n conflict(s)", nullptr, int(c.conflicts.size()))),
                  esc(tr("%n link(s)", nullptr, int(c.links.size()))));
    if (!c.caseNotes.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Notes on the case")));
        h += notesHtml(c.caseNotes);
    }

    // Claims.
    h += QStringLiteral("<h2>%1%2</h2>\n").arg(anchor(QStringLiteral("claims")), esc(tr("Claims")));
    if (c.claims.empty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("No claim matches the selection.")));
    }
    for (const ClaimEntry& e : c.claims) {
        const QString name = QStringLiteral("claim-%1").arg(e.claim.id.value);
        const QString heading = e.claim.statement.isEmpty() ? e.claim.anchor.quote : e.claim.statement;
        h += QStringLiteral("<div class=\"claim\">\n<h3>%1%2</h3>\n")
                 .arg(anchor(name), esc(tr("Claim %1: %2").arg(e.claim.id.value).arg(heading)));
        h += QStringLiteral("<blockquote>\u201c%1\u201d</blockquote>\n").arg(esc(e.claim.anchor.quote));
        h += QStringLiteral("<table class=\"facts\">\n");
        h += row(tr("Report"),
                 QStringLiteral("<a href=\"#report-%1\">%2</a>").arg(e.claim.report.value).arg(orDash(e.reportTitle)));
        h += row(tr("Outlet"), orDash(e.outlet));
        h += row(tr("Date"), orDash(e.publishedText));
        h += row(tr("Attributed to"), sourceLink(e.source));
        QString grades = e.grade().isEmpty() ? esc(tr("not graded")) : QStringLiteral("<b>%1</b>").arg(esc(e.grade()));
        if (!e.reliability.isEmpty()) {
            grades += esc(QStringLiteral(" \u2014 ") + tr("source %1").arg(reliabilityWords(e.reliability)));
        }
        if (e.claim.credibility > 0) {
            grades += esc(QStringLiteral("; ") + tr("information %1").arg(credibilityWords(e.claim.credibility)));
        }
        h += row(tr("Grades"), grades);
        if (e.suggestedCredibility > 0) {
            h += row(tr("Suggested credibility"),
                     esc(QStringLiteral("%1 \u2014 %2").arg(e.suggestedCredibility).arg(e.reason)));
        }
        h += row(
            tr("Independent sources"),
            esc(QStringLiteral("%1").arg(e.independentSources)) +
                (e.origins.isEmpty() ? QString() : esc(QStringLiteral(": ") + e.origins.join(QStringLiteral("; ")))));
        if (!e.sameStatement.isEmpty()) {
            h += row(tr("Same statement in"), refList(e.sameStatement));
        }
        h += row(tr("Corroborated by"), refList(e.corroborators));
        h += row(tr("Contradicted by"), refList(e.contradictedBy));
        if (const QStringList others = otherLinks.value(e.claim.id.value); !others.isEmpty()) {
            h += row(tr("Other links"), others.join(QStringLiteral("<br>")));
        }
        h += row(tr("Kind"), esc(e.kind));
        if (!e.tags.isEmpty()) {
            h += row(tr("Tags"), esc(e.tags.join(QStringLiteral(", "))));
        }
        h += QStringLiteral("</table>\n");
        h += notesHtml(e.notes);
        h += QStringLiteral("</div>\n");
    }

    // Conflicts.
    h += QStringLiteral("<h2 class=\"newpage\">%1%2</h2>\n")
             .arg(anchor(QStringLiteral("conflicts")), esc(tr("Conflicts")));
    if (c.conflicts.empty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("No conflict among the exported claims.")));
    } else {
        h += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                 .arg(esc(tr("Claim")), esc(tr("Claim")), esc(tr("Kind")), esc(tr("Detail")));
        auto ref = [&](ClaimId id) {
            return c.findClaim(id) ? QStringLiteral("<a href=\"#claim-%1\">%2</a>").arg(id.value).arg(id.value)
                                   : QString::number(id.value);
        };
        for (const ConflictEntry& k : c.conflicts) {
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                     .arg(ref(k.a), ref(k.b), esc(k.kind), esc(k.detail));
        }
        h += QStringLiteral("</table>\n");
    }

    // Links: every link touching an exported claim, with the investigator's confidence and note.
    h += QStringLiteral("<h2 class=\"newpage\">%1%2</h2>\n").arg(anchor(QStringLiteral("links")), esc(tr("Links")));
    if (c.links.empty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("No link touches the exported claims.")));
    } else {
        h += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                 .arg(esc(tr("Claim")), esc(tr("Link")), esc(tr("Claim")), esc(tr("Confidence")), esc(tr("Note")));
        for (const LinkEntry& l : c.links) {
            QString note = l.link.note.isEmpty() ? QString() : esc(l.link.note).replace(u'\n', QStringLiteral("<br>"));
            for (const model::Note& n : l.notes) {
                note += (note.isEmpty() ? QString() : QStringLiteral("<br>")) +
                        esc(tr("%1 (note by %2)").arg(n.body, n.author)).replace(u'\n', QStringLiteral("<br>"));
            }
            const QString confidence =
                l.link.confidence ? locale.toString(*l.link.confidence * 100.0, 'f', 0) + u'%' : QString();
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                     .arg(linkedRef(l.link.from), esc(linkTypeWords(l.link.type)), linkedRef(l.link.to),
                          orDash(confidence), note.isEmpty() ? dash() : note);
        }
        h += QStringLiteral("</table>\n");
    }

    // Sources.
    h += QStringLiteral("<h2 class=\"newpage\">%1%2</h2>\n").arg(anchor(QStringLiteral("sources")), esc(tr("Sources")));
    h += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
             .arg(esc(tr("Source")), esc(tr("Kind")), esc(tr("Speaks for")), esc(tr("Reliability")), esc(tr("Claims")));
    for (const SourceEntry& s : c.sources) {
        QString grade =
            s.reliability.isEmpty()
                ? esc(tr("not graded"))
                : QStringLiteral("<b>%1</b> %2").arg(esc(s.reliability), esc(reliabilityWords(s.reliability)));
        if (!s.rationale.isEmpty()) {
            grade += QStringLiteral("<br>") + esc(s.rationale);
        }
        h += QStringLiteral("<tr><td>%1%2%7</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>\n")
                 .arg(anchor(QStringLiteral("source-%1").arg(s.id.value)), esc(s.name), esc(s.kind),
                      orDash(s.affiliation), grade, QString::number(s.claims), notesHtml(s.notes));
    }
    h += QStringLiteral("</table>\n");

    // Appendix.
    h += QStringLiteral("<h2 class=\"newpage\">%1%2</h2>\n")
             .arg(anchor(QStringLiteral("appendix")), esc(tr("Appendix: reports and integrity")));
    h += QStringLiteral("<p>%1</p>\n")
             .arg(esc(tr("Each original is kept exactly as collected; its SHA-256 below lets a reader check a copy. "
                         "The audit log's head hash identifies the state of the case this report was made from "
                         "(corroborate-cli verify checks the chain).")));
    h += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
             .arg(esc(tr("Report")), esc(tr("Outlet, date")), esc(tr("Captured")), esc(tr("SHA-256 of the original")));
    for (const ReportEntry& r : c.reports) {
        QString title = esc(tr("%1. %2").arg(r.id.value).arg(r.title));
        if (!r.url.isEmpty()) {
            title += QStringLiteral("<br><span class=\"hash\">%1</span>").arg(esc(r.url));
        }
        title += notesHtml(r.notes);
        h += QStringLiteral("<tr><td>%1%2</td><td>%3</td><td>%4</td><td class=\"hash\">%5</td></tr>\n")
                 .arg(anchor(QStringLiteral("report-%1").arg(r.id.value)), title,
                      esc(joinNonEmpty({r.outlet, r.publishedText})), esc(when(r.capturedAt)), esc(r.sha256));
    }
    h +=
        QStringLiteral("</table>\n<p>%1 <span class=\"hash\">%2</span></p>\n")
            .arg(esc(tr("Audit log: %n entry(ies); head hash", nullptr, int(c.auditEntries))), orDash(c.auditHeadHash));
    h += QStringLiteral("</body>\n</html>\n");
    return h;
}

} // namespace corrob::exporting
