// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/ExportFormats.h"

#include "core/case/CaseFiles.h"
#include "core/common/AtomicFile.h"
#include "core/exchange/ExchangeExport.h"
#include "core/export/ClaimReviewExport.h"
#include "core/export/CsvExport.h"
#include "core/export/HtmlReport.h"
#include "render/PdfReport.h"

#include <algorithm>

namespace corrob::render {
namespace {

class ExportFormatText
{
    Q_DECLARE_TR_FUNCTIONS(ExportFormatText)
public:
    static QString html() { return tr("Investigation report (HTML)"); }
    static QString pdf() { return tr("Investigation report (PDF)"); }
    static QString csv() { return tr("Claims and links (CSV)"); }
    static QString claimReview() { return tr("ClaimReview (schema.org JSON-LD)"); }
    static QString w3c() { return tr("W3C Web Annotations (JSON-LD)"); }
    static QString qdpx() { return tr("REFI-QDA project (.qdpx)"); }
    static QString bundle() { return tr("Case bundle (zip with originals)"); }
};

Status writeFile(const QString& path, const QByteArray& bytes)
{
    return writeFileAtomically(path, bytes, QStringLiteral("cannot write the export"));
}

Result<exporting::ReportContent> read(casefile::Case& target, const ExportRequest& request,
                                      const ExportProgressCallback& progress)
{
    return exporting::collectReport(target, request.selection, progress);
}

Result<ExportOutcome> exportHtml(casefile::Case& target, const ExportRequest& request,
                                 const ExportProgressCallback& progress)
{
    CORROB_TRY(casefile::checkExportTarget(target, request.out));
    auto content = read(target, request, progress);
    if (!content) {
        return content.error();
    }
    if (auto written = writeFile(request.out, exporting::HtmlReport::render(content.value()).toUtf8()); !written) {
        return written.error();
    }
    return ExportOutcome{{request.out}, int(content.value().claims.size())};
}

Result<ExportOutcome> exportPdf(casefile::Case& target, const ExportRequest& request,
                                const ExportProgressCallback& progress)
{
    CORROB_TRY(casefile::checkExportTarget(target, request.out));
    auto content = read(target, request, progress);
    if (!content) {
        return content.error();
    }
    const PdfOptions options{exporting::HtmlReport::tr("Investigation report: %1").arg(content.value().caseTitle),
                             content.value().author};
    auto written = writePdf(exporting::HtmlReport::render(content.value()), request.out, options,
                            [&](int page, int pages) { return !progress || progress(page, pages); });
    if (!written) {
        return written.error();
    }
    return ExportOutcome{{request.out}, int(content.value().claims.size())};
}

Result<ExportOutcome> exportCsv(casefile::Case& target, const ExportRequest& request,
                                const ExportProgressCallback& progress)
{
    QString stem = request.out;
    if (stem.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        stem.chop(4);
    }
    const QString claims = stem + QStringLiteral("-claims.csv");
    const QString links = stem + QStringLiteral("-links.csv");
    CORROB_TRY(casefile::checkExportTarget(target, claims));
    CORROB_TRY(casefile::checkExportTarget(target, links));
    auto content = read(target, request, progress);
    if (!content) {
        return content.error();
    }
    if (auto w = writeFile(claims, exporting::csv::claims(content.value())); !w) {
        return w.error();
    }
    if (auto w = writeFile(links, exporting::csv::links(content.value())); !w) {
        return w.error();
    }
    return ExportOutcome{{claims, links}, int(content.value().claims.size())};
}

Result<ExportOutcome> exportClaimReview(casefile::Case& target, const ExportRequest& request,
                                        const ExportProgressCallback& progress)
{
    CORROB_TRY(casefile::checkExportTarget(target, request.out));
    auto content = read(target, request, progress);
    if (!content) {
        return content.error();
    }
    if (auto w =
            writeFile(request.out, exporting::ClaimReviewExport::document(content.value(), QUrl(request.reviewUrl)));
        !w) {
        return w.error();
    }
    const auto& claims = content.value().claims;
    return ExportOutcome{{request.out}, int(std::count_if(claims.begin(), claims.end(), [](const auto& e) {
                             return e.claim.credibility > 0;
                         }))};
}

// The exchange formats (core/exchange) choose claims by tag and grade; a bundle holds the whole case.
std::function<Result<ExportOutcome>(casefile::Case&, const ExportRequest&, const ExportProgressCallback&)>
exchangeExport(exchange::ExchangeFormat format)
{
    return [format](casefile::Case& target, const ExportRequest& request,
                    const ExportProgressCallback&) -> Result<ExportOutcome> {
        CORROB_TRY(casefile::checkExportTarget(target, request.out));
        const exporting::Selection& selection = request.selection;
        if (!selection.claims.isEmpty()) {
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("the %1 format chooses claims by tag and grade only, not one by one")
                             .arg(exchange::exchangeFormatName(format)),
                         request.out};
        }
        exchange::ExportFilter filter;
        filter.tagPath = selection.tag;
        filter.minCredibility = selection.minCredibility;
        if (format == exchange::ExchangeFormat::Bundle && !filter.isEmpty()) {
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("a bundle holds the whole case: a tag or a grade does not apply"), request.out};
        }
        auto written = exchange::exportExchange(target, format, request.out, filter);
        if (!written) {
            Error error = written.error();
            if (error.code == ErrorCode::NotFound) {
                error.code = ErrorCode::InvalidArgument; // an unknown tag
            }
            return error;
        }
        if (format == exchange::ExchangeFormat::Bundle) {
            return ExportOutcome{{request.out}, -1, written.value().originals};
        }
        return ExportOutcome{{request.out}, written.value().claims, -1, written.value().orphanedClaims};
    };
}

} // namespace

const QList<ExportFormat>& exportFormats()
{
    // Built on first use, after the translators are installed.
    static const QList<ExportFormat> all = {
        {QStringLiteral("html"), ExportFormatText::html(), QStringLiteral("html"), false, true, exportHtml},
        {QStringLiteral("pdf"), ExportFormatText::pdf(), QStringLiteral("pdf"), true, true, exportPdf},
        {QStringLiteral("csv"), ExportFormatText::csv(), QStringLiteral("csv"), false, false, exportCsv},
        {QStringLiteral("claimreview"), ExportFormatText::claimReview(), QStringLiteral("jsonld"), false, false,
         exportClaimReview},
        {QStringLiteral("w3c"), ExportFormatText::w3c(), QStringLiteral("jsonld"), false, false,
         exchangeExport(exchange::ExchangeFormat::W3c), true},
        {QStringLiteral("qdpx"), ExportFormatText::qdpx(), QStringLiteral("qdpx"), false, false,
         exchangeExport(exchange::ExchangeFormat::Qdpx), true},
        {QStringLiteral("bundle"), ExportFormatText::bundle(), QStringLiteral("zip"), false, false,
         exchangeExport(exchange::ExchangeFormat::Bundle), true},
    };
    return all;
}

const ExportFormat* findExportFormat(const QString& name)
{
    const auto& all = exportFormats();
    auto it = std::find_if(all.begin(), all.end(), [&](const ExportFormat& f) { return f.name == name; });
    return it == all.end() ? nullptr : &*it;
}

QStringList exportFormatNames()
{
    QStringList names;
    for (const ExportFormat& f : exportFormats()) {
        names << f.name;
    }
    return names;
}

} // namespace corrob::render
