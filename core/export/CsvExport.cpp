// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/CsvExport.h"

#include "core/model/Vocabulary.h"

#include <QHash>

namespace corrob::exporting::csv {
namespace {

QString idList(const QList<RelatedClaim>& list)
{
    QStringList ids;
    for (const RelatedClaim& r : list) {
        ids << QString::number(r.id.value);
    }
    return ids.join(QStringLiteral("; "));
}

} // namespace

bool readAsFormula(const QString& value)
{
    if (value.isEmpty()) {
        return false;
    }
    const QChar first = value.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' && first != u'\r') {
        return false;
    }
    bool number = false;
    (void)value.toDouble(&number); // -5 or +3.5 is a number, and read as one
    return !number;
}

QString field(const QString& value)
{
    bool quote = false;
    for (QChar c : value) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        return value;
    }
    QString out = value;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

QString list(const QStringList& items)
{
    QStringList out;
    out.reserve(items.size());
    for (const QString& item : items) {
        if (item.contains(u';') || item.contains(u'"')) {
            QString quoted = item;
            quoted.replace(u'"', QStringLiteral("\"\""));
            out << u'"' + quoted + u'"';
        } else {
            out << item;
        }
    }
    return out.join(QStringLiteral("; "));
}

QString cell(const QString& text)
{
    // A report's text is untrusted: a quote or statement a spreadsheet would run as a formula (=HYPERLINK(...),
    // +cmd|...) is written as text, after an apostrophe, as OWASP advises for CSV.
    return field(readAsFormula(text) ? u'\'' + text : text);
}

QString record(const QStringList& fields, Values values)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            out += u',';
        }
        out += values == Values::ForSpreadsheets ? cell(fields.at(i)) : field(fields.at(i));
    }
    return out + QStringLiteral("\r\n");
}

QByteArray claims(const ReportContent& content)
{
    QHash<ReportId, const ReportEntry*> reports;
    for (const ReportEntry& r : content.reports) {
        reports.insert(r.id, &r);
    }
    QString out = record({QStringLiteral("id"),
                          QStringLiteral("report"),
                          QStringLiteral("report_title"),
                          QStringLiteral("outlet"),
                          QStringLiteral("published"),
                          QStringLiteral("start"),
                          QStringLiteral("end"),
                          QStringLiteral("quote"),
                          QStringLiteral("statement"),
                          QStringLiteral("kind"),
                          QStringLiteral("source"),
                          QStringLiteral("source_reliability"),
                          QStringLiteral("credibility"),
                          QStringLiteral("grade"),
                          QStringLiteral("tags"),
                          QStringLiteral("independent_sources"),
                          QStringLiteral("origins"),
                          QStringLiteral("corroborated_by"),
                          QStringLiteral("contradicted_by"),
                          QStringLiteral("suggested_credibility"),
                          QStringLiteral("notes"),
                          QStringLiteral("created_at"),
                          QStringLiteral("created_by"),
                          QStringLiteral("url"),
                          QStringLiteral("sha256")});
    for (const ClaimEntry& e : content.claims) {
        QStringList notes;
        for (const model::Note& n : e.notes) {
            notes << n.body;
        }
        const ReportEntry* r = reports.value(e.claim.report);
        out += record({QString::number(e.claim.id.value),
                       QString::number(e.claim.report.value),
                       e.reportTitle,
                       e.outlet,
                       e.published,
                       QString::number(e.codePointStart),
                       QString::number(e.codePointEnd),
                       e.claim.anchor.quote,
                       e.claim.statement,
                       e.kind,
                       e.source,
                       e.reliability,
                       e.claim.credibility > 0 ? QString::number(e.claim.credibility) : QString(),
                       e.grade(),
                       list(e.tags),
                       QString::number(e.independentSources),
                       list(e.origins),
                       idList(e.sameStatement + e.corroborators), // corroborated_by: the analysis' evidence
                       idList(e.contradictedBy),
                       e.suggestedCredibility > 0 ? QString::number(e.suggestedCredibility) : QString(),
                       notes.join(QStringLiteral("\n\n")),
                       e.claim.createdAt,
                       e.claim.createdBy,
                       r ? r->url : QString(),
                       r ? r->sha256 : QString()},
                      Values::ForSpreadsheets);
    }
    return out.toUtf8();
}

QByteArray links(const ReportContent& content)
{
    QString out = record({QStringLiteral("id"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("type"),
                          QStringLiteral("note"), QStringLiteral("confidence"), QStringLiteral("author"),
                          QStringLiteral("created_at"), QStringLiteral("from_quote"), QStringLiteral("to_quote")});
    for (const LinkEntry& e : content.links) {
        const model::Link& l = e.link;
        out += record({QString::number(l.id.value), QString::number(l.from.value), QString::number(l.to.value),
                       model::linkTypeName(l.type), l.note, l.confidence ? QString::number(*l.confidence) : QString(),
                       l.author, l.createdAt, e.fromQuote, e.toQuote},
                      Values::ForSpreadsheets);
    }
    return out.toUtf8();
}

} // namespace corrob::exporting::csv
