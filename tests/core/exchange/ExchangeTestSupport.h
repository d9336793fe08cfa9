// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Case.h"
#include "core/model/Claim.h"

#include <QTemporaryDir>

#include <memory>

namespace corrob::test {

// A case built on the five seed articles plus a report full of emoji (a flag, faces, a candle: characters
// outside the BMP, so UTF-16 offsets and code points differ), with claims after and around the emoji carrying
// tags (nested ones too), sources, grades, kinds, notes (one with HTML) and links.
class ExchangeCase
{
public:
    ExchangeCase();
    casefile::Case& get() { return *m_case; }
    [[nodiscard]] QString dir() const { return m_dir.path(); }
    // The seed files and the emoji report's file: import them into another case to get "the same reports".
    [[nodiscard]] QStringList reportFiles() const;
    // A new, empty case in this folder with the same reports imported.
    std::unique_ptr<casefile::Case> freshCaseWithSameReports(const QString& name);
    // The emoji report's id in this case.
    [[nodiscard]] ReportId emojiReport() const { return m_emojiReport; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<casefile::Case> m_case;
    ReportId m_emojiReport;
};

// The text of the emoji report's file.
QString emojiReportText();

// A claim as the round trip must bring it back: report SHA-256, UTF-16 span, quote, statement, kind, source name,
// credibility and tag paths; one line, sorted by the caller.
QString describeClaims(casefile::Case& c);

// Runs the W3C suite's MUST assertions (tests/core/exchange/w3c_musts.py with Debian's python3-jsonschema) on a
// file; returns its exit status and fills output.
int runW3cMusts(const QString& file, QString& output);

} // namespace corrob::test
