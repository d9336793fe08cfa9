// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace corrob::csv {

// One record of a CSV file and the line it starts on (1-based; a quoted field may span several lines).
struct CsvRecord
{
    QStringList fields;
    int line = 0;
};

// A CSV file with a header row: the column names and the records below it.
struct CsvTable
{
    QStringList header;
    std::vector<CsvRecord> records;

    // The index of the column named `name` (exact, after trimming the header's spaces), or -1.
    [[nodiscard]] int column(QStringView name) const;
};

// Reads CSV as RFC 4180 writes it, and as it is found: records end by CRLF or LF, a field is quoted when it holds a
// comma, a quote or a line break (inner quotes doubled, line breaks kept as they are), a UTF-8 byte-order mark and
// blank lines are skipped, the last record need not end by a line break. Errors say what is wrong and where
// ("WHERE, line N"): a quote inside an unquoted field, text after a closing quote, a quoted field never closed (the
// line it opened on). Pure, thread-safe.
Result<std::vector<CsvRecord>> readRecords(QStringView text, const QString& where);

// readRecords, the first record taken as the header; every record must have as many fields as the header.
Result<CsvTable> readTable(QStringView text, const QString& where);

} // namespace corrob::csv
