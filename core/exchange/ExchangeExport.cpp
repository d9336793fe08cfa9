// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/ExchangeExport.h"

#include "core/case/Case.h"
#include "core/common/AtomicFile.h"
#include "core/exchange/CaseBundle.h"
#include "core/exchange/QdpxExporter.h"
#include "core/exchange/W3cAnnotationExporter.h"

#include <QSet>

#include <algorithm>

namespace corrob::exchange {

QString exchangeFormatName(ExchangeFormat format)
{
    switch (format) {
    case ExchangeFormat::W3c:
        return QStringLiteral("w3c");
    case ExchangeFormat::Qdpx:
        return QStringLiteral("qdpx");
    case ExchangeFormat::Bundle:
        return QStringLiteral("bundle");
    }
    return {};
}

QStringList exchangeFormatNames()
{
    return {exchangeFormatName(ExchangeFormat::W3c), exchangeFormatName(ExchangeFormat::Qdpx),
            exchangeFormatName(ExchangeFormat::Bundle)};
}

std::optional<ExchangeFormat> exchangeFormatNamed(const QString& name)
{
    for (ExchangeFormat f : {ExchangeFormat::W3c, ExchangeFormat::Qdpx, ExchangeFormat::Bundle}) {
        if (exchangeFormatName(f) == name.trimmed().toLower()) {
            return f;
        }
    }
    return std::nullopt;
}

Status applyFilter(CaseSnapshot& snapshot, const ExportFilter& filter)
{
    if (filter.isEmpty()) {
        return {};
    }
    QSet<qint64> wanted; // the tag and every tag below it
    if (!filter.tagPath.isEmpty()) {
        for (const model::Tag& t : snapshot.tags) {
            const QString path = snapshot.tagPath(t.id);
            if (path.compare(filter.tagPath, Qt::CaseInsensitive) == 0 ||
                path.startsWith(filter.tagPath + u'/', Qt::CaseInsensitive)) {
                wanted.insert(t.id.value);
            }
        }
        if (wanted.isEmpty()) {
            return Error{ErrorCode::NotFound,
                         QStringLiteral("tag '%1' is not in the case's codebook").arg(filter.tagPath),
                         QStringLiteral("export")};
        }
    }
    QSet<qint64> kept;
    std::vector<model::Claim> claims;
    for (const model::Claim& c : snapshot.claims) {
        const bool tagOk = wanted.isEmpty() ||
                           std::any_of(c.tags.begin(), c.tags.end(), [&](TagId t) { return wanted.contains(t.value); });
        const bool gradeOk =
            filter.minCredibility == 0 || (c.credibility != 0 && c.credibility <= filter.minCredibility);
        if (tagOk && gradeOk) {
            kept.insert(c.id.value);
            claims.push_back(c);
        }
    }
    snapshot.claims = std::move(claims);
    std::erase_if(snapshot.links,
                  [&](const model::Link& l) { return !kept.contains(l.from.value) || !kept.contains(l.to.value); });
    return {};
}

Result<ExportSummary> exportExchange(casefile::Case& source, ExchangeFormat format, const QString& path,
                                     const ExportFilter& filter)
{
    ExportSummary summary;
    if (format == ExchangeFormat::Bundle) {
        auto bundle = exportCaseBundle(source, path);
        CORROB_TRY(bundle);
        summary.originals = bundle->originals;
        return summary;
    }
    auto snapshot = readSnapshot(source);
    CORROB_TRY(snapshot);
    CORROB_TRY(applyFilter(snapshot.value(), filter));
    summary.claims = int(snapshot->claims.size());
    summary.reports = int(snapshot->reports.size());
    summary.links = int(snapshot->links.size());
    summary.orphanedClaims = snapshot->orphanedClaims;
    if (format == ExchangeFormat::Qdpx) {
        CORROB_TRY(exportQdpx(snapshot.value(), path));
        return summary;
    }
    CORROB_TRY(writeFileAtomically(path, exportW3cAnnotations(snapshot.value()), QStringLiteral("cannot write")));
    return summary;
}

} // namespace corrob::exchange
