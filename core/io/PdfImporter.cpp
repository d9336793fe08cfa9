// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/PdfImporter.h"

#include "core/common/Hash.h"
#include "core/io/LineJoiner.h"
#include "core/io/PlainTextImporter.h"
#include "core/io/TextMetadataInference.h"
#include "core/text/TextNormalizer.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
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

// A document-information title that only names the file it was made from.
bool looksLikeFileName(const QString& title)
{
    static const QRegularExpression fileName(
        QStringLiteral(
            R"(^(?:microsoft (?:word|powerpoint|excel) - .*|.*\.(?:docx?|odt|rtf|pdf|txt|pptx?|indd|tex)|untitled.*)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return title.isEmpty() || fileName.match(title).hasMatch();
}

// An offset of the text without the page markers, in the working text (the markers are sorted, disjoint). An end
// offset right before a marker stays before it, so a range never covers a marker.
qsizetype workingOffset(const QList<model::TextRange>& markers, qsizetype readingOffset, bool isEnd)
{
    qsizetype removed = 0;
    for (const model::TextRange& marker : markers) {
        const qsizetype markerInReading = marker.start - removed;
        if (markerInReading > readingOffset || (isEnd && markerInReading == readingOffset)) {
            break;
        }
        removed += marker.length();
    }
    return readingOffset + removed;
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
    // Reading order (columns one after the other), not the physical layout that sets columns side by side.
    QStringList pageTexts;
    bool anyText = false;
    for (int i = 0; i < pages; ++i) {
        const std::unique_ptr<poppler::page> page(doc->create_page(i));
        // Ligatures folded here, before any offset (page markers, furniture) is taken in the text.
        QString pageText = page ? text::foldTypesetting(text::normalizeWorkingText(fromUstring(
                                      page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout))))
                                : QString();
        while (!pageText.isEmpty() && pageText.back().isSpace()) {
            pageText.chop(1);
        }
        if (!page) {
            report.provenance.warnings << QStringLiteral("page %1 could not be read").arg(i + 1);
        }
        anyText = anyText || !pageText.trimmed().isEmpty();
        pageTexts << pageText;
    }
    if (!anyText) {
        return Error{ErrorCode::Unsupported,
                     pages == 0 ? QStringLiteral("the PDF has no pages")
                                : QStringLiteral("the PDF has no text layer (it may be scanned images); run OCR on it "
                                                 "first"),
                     input.where};
    }
    // A PDF has one line per printed line: the lines of a paragraph are joined, at the width measured over the
    // whole document, page by page (a paragraph running over a page break stays cut at the page marker).
    const WrapProfile wrap = detectHardWrap(pageTexts.join(QStringLiteral("\n\n")), LineSource::PrintedLines);
    QString text;
    for (int i = 0; i < pageTexts.size(); ++i) {
        if (i > 0) {
            text += QStringLiteral("\n\n");
        }
        const qsizetype markerStart = text.size();
        text += pageMarker(i + 1) + QStringLiteral("\n\n");
        report.excludedRanges.push_back({markerStart, text.size(), kPageMarkerReason.toString()});
        text += joinWrappedLines(pageTexts[i], wrap);
    }
    report.workingText = text;
    report.original = input.bytes;
    report.sha256 = sha256Hex(QByteArrayView(input.bytes));
    // What the text says about itself (headline, byline, date, language, page furniture), read on the text without
    // the page markers; its furniture ranges are mapped back to the working text.
    TextInference inferred = inferFromText(model::textWithout(text, report.excludedRanges));
    const QList<model::TextRange> markers = report.excludedRanges;
    for (const model::TextRange& range : inferred.excluded) {
        report.excludedRanges.push_back(
            {workingOffset(markers, range.start, false), workingOffset(markers, range.end, true), range.reason});
    }
    std::sort(report.excludedRanges.begin(), report.excludedRanges.end(),
              [](const model::TextRange& a, const model::TextRange& b) { return a.start < b.start; });
    report.metadata = std::move(inferred.metadata);
    // The document information wins when it is a real title, not a file name ("Microsoft Word - draft.docx").
    if (const QString infoTitle = fromUstring(doc->get_title()).simplified(); !looksLikeFileName(infoTitle)) {
        report.metadata.title = infoTitle;
    }
    if (report.metadata.title.isEmpty()) {
        report.metadata.title = PlainTextImporter::titleFromText(model::textWithout(text, report.excludedRanges));
    }
    if (const QString infoAuthor = fromUstring(doc->get_author()).simplified(); !infoAuthor.isEmpty()) {
        report.metadata.author = infoAuthor;
    }
    report.provenance.fileName = input.fileName;
    report.provenance.mediaType = QStringLiteral("application/pdf");
    report.provenance.encoding = QStringLiteral("PDF text layer");
    return report;
}

} // namespace corrob::io
