// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Case.h"

#include <QTemporaryDir>

#include <memory>

namespace corrob::test {

// The sample case (five seed articles, six claims, three links) in a temporary folder, opened, with: claim 1's
// statement holding a <script> element, a note with HTML on claim 1, Amnesty International regraded A. Fails the
// test (ADD_FAILURE) and returns nullptr when it cannot be made.
struct ExportCase
{
    QTemporaryDir dir;
    std::unique_ptr<casefile::Case> target;
};
std::unique_ptr<ExportCase> makeExportCase();

// The hostile texts makeExportCase puts in.
QString hostileStatement();
QString hostileNote();

// Parses RFC 4180 CSV (CRLF records, quoted fields with doubled quotes and line breaks) into records of fields;
// an unterminated quote or a bare CR/LF outside quotes fails the current test.
QList<QStringList> parseCsv(const QByteArray& csv);

} // namespace corrob::test
