// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/PdfImporter.h"

#include "core/common/Hash.h"
#include "core/io/PlainTextImporter.h"
#include "core/text/TextNormalizer.h"

#include <QFileInfo>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <limits>
#include <memory>
#include <mutex>

namespace corrob::io {
namespace {

constexpr qsizetype kHeaderSearch = 1024;
constexpr qsizetype kTrailerSearch = 2048;

QString fromUstring(const poppler::ustring& s)
{
    const poppler::byte_array utf8 = s.to_utf8();
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

// Poppler reports damage on stderr by default; the importer reports it as an Error instead (the command line's
// stderr is one line per error). The handler is process-wide, so it is installed once.
void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

} // namespace

QString PdfImporter::pageMarker(int number)
{
    return QStringLiteral("— page %1 —").arg(number);
}

bool PdfImporter::accepts(const ImportInput& input) const
{
    const QString suffix = QFileInfo(input.fileName).suffix().toLower();
    if (suffix == u"pdf") {
        return true;
    }
    static const QStringList otherFormats = {QStringLiteral("txt"),      QStringLiteral("text"), QStringLiteral("md"),
                                             QStringLiteral("markdown"), QStringLiteral("html"), QStringLiteral("htm")};
    return !otherFormats.contains(suffix) && input.bytes.left(kHeaderSearch).contains("%PDF-");
}

Result<model::NewReport> PdfImporter::read(const ImportInput& input) const
{
    const qsizetype header = input.bytes.left(kHeaderSearch).indexOf("%PDF-");
    if (header < 0) {
        return Error{ErrorCode::Unsupported, QStringLiteral("not a PDF: the file does not start with %PDF-"),
                     input.where};
    }
    // Readers rebuild a cut-off file silently and show what survived; an evidentiary import must not.
    if (!input.bytes.right(kTrailerSearch).contains("%%EOF")) {
        return Error{ErrorCode::Unsupported,
                     QStringLiteral("the PDF is truncated: it has no end-of-file marker (%%EOF), so part of it is "
                                    "missing; download or copy it again"),
                     input.where};
    }
    if (input.bytes.size() > std::numeric_limits<int>::max()) {
        return Error{ErrorCode::Unsupported, QStringLiteral("the PDF is too large"), input.where};
    }
    silencePoppler();
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(input.bytes.constData(), int(input.bytes.size())));
    if (!doc) {
        return Error{ErrorCode::Unsupported,
                     QStringLiteral("the PDF is damaged and cannot be read (its structure is broken)"), input.where};
    }
    if (doc->is_locked()) {
        return Error{ErrorCode::Unsupported,
                     QStringLiteral("the PDF is encrypted with a password; open it with the password and save an "
                                    "unprotected copy (or run qpdf --decrypt), then import that"),
                     input.where};
    }
    model::NewReport report;
    if (doc->is_encrypted()) {
        report.provenance.warnings << QStringLiteral("the PDF is encrypted without a password to open it; its text "
                                                     "was read");
    }
    const int pages = doc->pages();
    QString text;
    bool anyText = false;
    for (int i = 0; i < pages; ++i) {
        const std::unique_ptr<poppler::page> page(doc->create_page(i));
        QString pageText = page ? text::normalizeWorkingText(fromUstring(page->text())) : QString();
        while (!pageText.isEmpty() && pageText.back().isSpace()) {
            pageText.chop(1);
        }
        if (!page) {
            report.provenance.warnings << QStringLiteral("page %1 could not be read").arg(i + 1);
        }
        anyText = anyText || !pageText.trimmed().isEmpty();
        if (i > 0) {
            text += QStringLiteral("\n\n");
        }
        const qsizetype markerStart = text.size();
        text += pageMarker(i + 1) + QStringLiteral("\n\n");
        report.excludedRanges.push_back({markerStart, text.size(), kPageMarkerReason.toString()});
        text += pageText;
    }
    if (!anyText) {
        return Error{ErrorCode::Unsupported,
                     pages == 0 ? QStringLiteral("the PDF has no pages")
                                : QStringLiteral("the PDF has no text layer (it may be scanned images); run OCR on it "
                                                 "first"),
                     input.where};
    }
    report.workingText = text;
    report.original = input.bytes;
    report.sha256 = sha256Hex(QByteArrayView(input.bytes));
    report.metadata.title = fromUstring(doc->get_title()).simplified();
    if (report.metadata.title.isEmpty()) {
        report.metadata.title = PlainTextImporter::titleFromText(model::textWithout(text, report.excludedRanges));
    }
    report.metadata.author = fromUstring(doc->get_author()).simplified();
    report.provenance.fileName = input.fileName;
    report.provenance.mediaType = QStringLiteral("application/pdf");
    report.provenance.encoding = QStringLiteral("PDF text layer");
    return report;
}

} // namespace corrob::io
