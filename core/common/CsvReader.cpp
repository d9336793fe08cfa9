// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/CsvReader.h"

namespace corrob::csv {

namespace {

Error csvError(const QString& message, const QString& where, int line)
{
    return Error{ErrorCode::InvalidArgument, message, QStringLiteral("%1, line %2").arg(where).arg(line)};
}

bool isBlank(const CsvRecord& record)
{
    return record.fields.size() == 1 && record.fields.front().isEmpty();
}

} // namespace

int CsvTable::column(QStringView name) const
{
    for (int i = 0; i < header.size(); ++i) {
        if (QStringView(header.at(i)).trimmed() == name) {
            return i;
        }
    }
    return -1;
}

Result<std::vector<CsvRecord>> readRecords(QStringView text, const QString& where)
{
    std::vector<CsvRecord> records;
    if (text.startsWith(u'\uFEFF')) {
        text = text.mid(1);
    }
    int line = 1;
    CsvRecord record{{}, line};
    QString field;
    bool afterQuote = false; // a quoted field just closed: only a comma or the record's end may follow
    const qsizetype n = text.size();
    const auto endRecord = [&] {
        record.fields << field;
        field.clear();
        afterQuote = false;
        if (!isBlank(record)) {
            records.push_back(std::move(record));
        }
        record = CsvRecord{{}, line};
    };
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c == u'"') {
            if (!field.isEmpty() || afterQuote) {
                return csvError(QStringLiteral("A double quote inside a field that does not start with one (quote the "
                                               "whole field and double the inner quotes)"),
                                where, line);
            }
            const int opened = line;
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar q = text[i];
                if (q == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (q == u'\n') {
                    ++line;
                }
                field += q;
                ++i;
            }
            if (!closed) {
                return csvError(QStringLiteral("A quoted field is never closed"), where, opened);
            }
            afterQuote = true;
            continue;
        }
        if (c == u',') {
            record.fields << field;
            field.clear();
            afterQuote = false;
            ++i;
        } else if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n') {
            ++line;
            endRecord();
            i += 2;
        } else if (c == u'\n') {
            ++line;
            endRecord();
            ++i;
        } else if (afterQuote) {
            return csvError(QStringLiteral("Text after the closing quote of a field (a comma or the end of the line "
                                           "must follow it)"),
                            where, line);
        } else {
            field += c;
            ++i;
        }
    }
    if (!field.isEmpty() || afterQuote || !record.fields.isEmpty()) {
        endRecord();
    }
    return records;
}

Result<CsvTable> readTable(QStringView text, const QString& where)
{
    Result<std::vector<CsvRecord>> records = readRecords(text, where);
    CORROB_TRY(records);
    std::vector<CsvRecord>& all = records.value();
    if (all.empty()) {
        return Error{ErrorCode::InvalidArgument, QStringLiteral("The file is empty: a header row is expected"), where};
    }
    CsvTable table;
    table.header = std::move(all.front().fields);
    for (std::size_t r = 1; r < all.size(); ++r) {
        if (all[r].fields.size() != table.header.size()) {
            return csvError(QStringLiteral("The header has %1 fields, this record %2")
                                .arg(table.header.size())
                                .arg(all[r].fields.size()),
                            where, all[r].line);
        }
        table.records.push_back(std::move(all[r]));
    }
    return table;
}

} // namespace corrob::csv
