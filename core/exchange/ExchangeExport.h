// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/exchange/CaseSnapshot.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace corrob::casefile {
class Case;
}

namespace corrob::exchange {

// The exchange formats, as `corroborate-cli export --format` names them: "w3c", "qdpx", "bundle".
enum class ExchangeFormat
{
    W3c,
    Qdpx,
    Bundle,
};
QString exchangeFormatName(ExchangeFormat format);
QStringList exchangeFormatNames();
std::optional<ExchangeFormat> exchangeFormatNamed(const QString& name);

// Which claims go out (W3C and .qdpx; a bundle is always the whole case).
struct ExportFilter
{
    QString tagPath;        // only claims carrying this tag or one below it; empty: all
    int minCredibility = 0; // 1-6: only claims graded this or better (1 is best); 0: all
    [[nodiscard]] bool isEmpty() const { return tagPath.isEmpty() && minCredibility == 0; }
};

// Keeps the claims the filter lets through, and the links and notes between and on them. Fails when the tag
// does not exist.
Status applyFilter(CaseSnapshot& snapshot, const ExportFilter& filter);

struct ExportSummary
{
    int claims = 0;
    int reports = 0;
    int links = 0;
    int originals = 0;      // bundle
    int orphanedClaims = 0; // left out: their anchors no longer match their reports
};

// Writes the case in one of the exchange formats to path (replacing it). The case is read on the calling thread
// through its own connection; nothing is written to it.
Result<ExportSummary> exportExchange(casefile::Case& source, ExchangeFormat format, const QString& path,
                                     const ExportFilter& filter = {});

} // namespace corrob::exchange
