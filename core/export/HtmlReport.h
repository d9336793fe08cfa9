// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/ReportContent.h"
#include "core/model/Link.h"

#include <QCoreApplication>
#include <QString>

namespace corrob::exporting {

// The investigation report as one self-contained HTML5 document: case title, date and author; a summary table;
// every claim (quote, report, outlet, date, source, grades, independent sources and their origins, who corroborates
// and who contradicts, notes); the conflicts; the sources; an appendix of the reports with their SHA-256 and
// capture times and the audit log's head hash. No external resource (a Content-Security-Policy forbids any), every
// string from the case escaped (notes are shown as their Markdown text), print CSS. The same HTML is what the PDF
// renderer lays out (QTextDocument reads the subset used here), so internal links are both `id` and `<a name>`:
// "#claim-N", "#source-N", "#report-N", "#conflicts", "#sources", "#appendix". Pure.
class HtmlReport
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)
public:
    static QString render(const ReportContent& content);

    // text with &, <, >, " and ' escaped, for element content and double-quoted attributes.
    static QString escape(const QString& text);

    // The Admiralty words for a grade: "usually reliable", "probably true"; empty for an unknown grade.
    static QString reliabilityWords(const QString& grade);
    static QString credibilityWords(int grade);
    // A link's type as a reader reads it ("corroborates"), translated.
    static QString linkTypeWords(model::LinkType type);
};

} // namespace corrob::exporting
