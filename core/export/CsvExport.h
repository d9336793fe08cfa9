// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/ReportContent.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace corrob::exporting {

// CSV as RFC 4180 writes it: UTF-8 without a byte-order mark, a header row, records ended by CRLF, a field quoted
// when it holds a comma, a double quote, CR or LF (inner quotes doubled; line breaks inside a field kept as they
// are). The claims' and links' rows are written for spreadsheets: a value a spreadsheet would read as a formula
// (starting with =, +, -, @, a tab or CR, and not a number) gets a leading apostrophe, since quotes come from
// untrusted articles and a cell "=HYPERLINK(...)" or "+cmd|..." must not run when an investigator opens the file
// (OWASP's CSV injection advice). A program slicing the text with start and end compares such a quote without its
// first character.
// Offsets ("start", "end") are Unicode code points of the report's working text (ClaimEntry::codePointStart/End),
// as W3C and REFI-QDA count and as Python or R index a string; `corroborate-cli claims` gives UTF-16 code units,
// which differ after a character outside the BMP (an emoji). Pure.
namespace csv {

// Whether a spreadsheet would read the value as a formula: it starts with =, +, -, @, a tab or CR and is no number.
bool readAsFormula(const QString& value);
// One field, quoted when it must be.
QString field(const QString& value);
// One field of a file people open in a spreadsheet: after an apostrophe when readAsFormula, then as field().
QString cell(const QString& value);

enum class Values
{
    AsTheyAre,       // for programs (corroborate-cli stance's predictions): every value exactly
    ForSpreadsheets, // for people: cell()
};
// One record: the fields joined by commas, ended by CRLF.
QString record(const QStringList& fields, Values values = Values::AsTheyAre);
// A list inside one field: the items joined by "; ", an item holding a ';' or a '"' quoted as a field is (its
// quotes doubled), so that a tag or source named "Grain; exports" stays one item: a; "Grain; exports"; b.
QString list(const QStringList& items);

// One row per claim: id, report, report_title, outlet, published, start, end, quote, statement, kind, source,
// source_reliability, credibility, grade, tags (a list() of paths), independent_sources, origins (a list()),
// corroborated_by and contradicted_by (claim ids, "; "), suggested_credibility, notes (bodies joined by a blank line),
// created_at, created_by, url, sha256.
QByteArray claims(const ReportContent& content);
// One row per link with at least one exported end: id, from, to, type, note, confidence, author, created_at,
// from_quote, to_quote.
QByteArray links(const ReportContent& content);

} // namespace csv
} // namespace corrob::exporting
