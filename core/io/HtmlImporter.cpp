// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/HtmlImporter.h"

#include "core/common/Hash.h"
#include "core/io/PlainTextImporter.h"
#include "core/io/html/ArticleExtractor.h"
#include "core/io/html/HtmlDocument.h"
#include "core/io/html/HtmlMetadata.h"
#include "core/text/TextNormalizer.h"

#include <QFileInfo>
#include <QStringDecoder>

#include <gumbo.h>

#include <algorithm>
#include <vector>

namespace corrob::io {
namespace {

// The charset is declared in the head; browsers look at the first 1024 bytes, saved pages sometimes put it later.
constexpr qsizetype kCharsetPrescanBytes = 4096;

QString charsetFromContentType(const QString& contentType)
{
    const qsizetype at = contentType.indexOf(QStringLiteral("charset="), 0, Qt::CaseInsensitive);
    if (at < 0) {
        return {};
    }
    QString value = contentType.mid(at + 8).trimmed();
    value.remove(u'"');
    value.remove(u'\'');
    return value.section(u';', 0, 0).trimmed();
}

// The charset named by <meta charset> or <meta http-equiv="Content-Type"> near the start of the page. The prefix is
// parsed with the same HTML5 parser, read as Latin-1 so any bytes are valid input.
QString declaredCharset(const QByteArray& bytes)
{
    const QByteArray prefix = QString::fromLatin1(bytes.left(kCharsetPrescanBytes)).toUtf8();
    auto doc = html::HtmlDocument::parse(prefix, QString());
    if (!doc || !doc->root()) {
        return {};
    }
    std::vector<const html::Node*> stack{doc->root()};
    while (!stack.empty()) {
        const html::Node* node = stack.back();
        stack.pop_back();
        if (!html::isElement(node)) {
            continue;
        }
        if (node->v.element.tag == GUMBO_TAG_META) {
            const QString charset = html::attribute(node, "charset").trimmed();
            if (!charset.isEmpty()) {
                return charset.toLower();
            }
            if (html::attribute(node, "http-equiv").compare(u"content-type", Qt::CaseInsensitive) == 0) {
                const QString fromType = charsetFromContentType(html::attribute(node, "content"));
                if (!fromType.isEmpty()) {
                    return fromType.toLower();
                }
            }
            continue;
        }
        const GumboVector& children = node->v.element.children;
        for (unsigned i = children.length; i > 0; --i) {
            stack.push_back(static_cast<const html::Node*>(children.data[i - 1]));
        }
    }
    return {};
}

bool isWindows1252Label(const QString& charset)
{
    // The WHATWG Encoding Standard maps all of these to windows-1252.
    static const QStringList labels = {
        QStringLiteral("windows-1252"), QStringLiteral("cp1252"),     QStringLiteral("x-cp1252"),
        QStringLiteral("iso-8859-1"),   QStringLiteral("iso8859-1"),  QStringLiteral("iso_8859-1"),
        QStringLiteral("latin1"),       QStringLiteral("l1"),         QStringLiteral("us-ascii"),
        QStringLiteral("ascii"),        QStringLiteral("cp819"),      QStringLiteral("ibm819"),
        QStringLiteral("iso-ir-100"),   QStringLiteral("csisolatin1")};
    return labels.contains(charset);
}

bool hasNonAscii(const QByteArray& bytes)
{
    return std::any_of(bytes.begin(), bytes.end(), [](char c) { return (static_cast<unsigned char>(c) & 0x80) != 0; });
}

} // namespace

bool HtmlImporter::looksLikeHtml(const QByteArray& bytes)
{
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype limit = qMin<qsizetype>(bytes.size(), 1024);
    while (i < limit && (bytes.at(i) == ' ' || bytes.at(i) == '\t' || bytes.at(i) == '\n' || bytes.at(i) == '\r' ||
                         bytes.at(i) == '\f')) {
        ++i;
    }
    const QByteArray lower = bytes.mid(i, 14).toLower();
    return lower.startsWith("<!doctype html") || lower.startsWith("<html");
}

bool HtmlImporter::accepts(const ImportInput& input) const
{
    const QString suffix = QFileInfo(input.fileName).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml" || suffix == u"shtml") {
        return true;
    }
    static const QStringList textSuffixes = {QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("md"),
                                             QStringLiteral("markdown")};
    return !textSuffixes.contains(suffix) && looksLikeHtml(input.bytes);
}

Result<text::DecodedText> HtmlImporter::decodeHtml(const QByteArray& bytes, const QString& where)
{
    if (QStringConverter::encodingForData(bytes)) {
        return text::decodeText(bytes, where); // a BOM wins over any declaration
    }
    const QString declared = declaredCharset(bytes);
    if (declared.isEmpty() || declared.startsWith(u"utf-8") || declared == u"utf8" || declared.startsWith(u"utf-16")) {
        // No declaration, or UTF-8 (a UTF-16 declaration in bytes that parse as ASCII means UTF-8, per HTML).
        return text::decodeText(bytes, where);
    }
    if (isWindows1252Label(declared)) {
        auto sniffed = text::decodeText(bytes, where);
        if (!sniffed) {
            return sniffed;
        }
        if (sniffed->encoding == u"UTF-8" && hasNonAscii(bytes)) {
            sniffed->warnings << QStringLiteral("the page declares %1 but is valid UTF-8; read as UTF-8").arg(declared);
            return sniffed;
        }
        return text::DecodedText{text::decodeWindows1252(bytes), QStringLiteral("Windows-1252"), {}};
    }
    QStringDecoder decoder(declared.toLatin1().constData());
    if (!decoder.isValid()) {
        auto fallback = text::decodeText(bytes, where);
        if (fallback) {
            fallback->warnings << QStringLiteral("the page declares the unknown charset \"%1\"; read as %2")
                                      .arg(declared, fallback->encoding);
        }
        return fallback;
    }
    text::DecodedText out;
    out.text = decoder.decode(bytes);
    out.encoding = declared;
    if (decoder.hasError()) {
        out.warnings << QStringLiteral("some bytes are not valid %1 and were replaced").arg(declared);
    }
    return out;
}

Result<model::NewReport> HtmlImporter::read(const ImportInput& input) const
{
    if (input.bytes.size() > kMaxBytes) {
        return Error{ErrorCode::Unsupported,
                     QStringLiteral("the HTML file is too large to extract an article from (%1 MB; the limit is %2 MB)")
                         .arg(input.bytes.size() / (1024 * 1024))
                         .arg(kMaxBytes / (1024 * 1024)),
                     input.where};
    }
    auto decoded = decodeHtml(input.bytes, input.where);
    CORROB_TRY(decoded);
    auto doc = html::HtmlDocument::parse(decoded->text.toUtf8(), input.where);
    CORROB_TRY(doc);
    const html::HtmlMetadata meta = html::extractMetadata(doc.value());

    model::NewReport report;
    const html::Article article = html::ArticleExtractor::extract(doc.value());
    report.workingText = text::foldTypesetting(text::normalizeWorkingText(article.text));
    if (report.workingText.trimmed().isEmpty()) {
        return Error{ErrorCode::Unsupported,
                     QStringLiteral("the page has no readable text (only markup, scripts or navigation); "
                                    "save the article itself or copy its text"),
                     input.where};
    }
    report.original = input.bytes;
    report.sha256 = sha256Hex(QByteArrayView(input.bytes));
    report.metadata.title = text::normalizeWorkingText(meta.title).simplified();
    if (report.metadata.title.isEmpty()) {
        report.metadata.title = PlainTextImporter::titleFromText(report.workingText);
    }
    report.metadata.author =
        html::authorName(text::normalizeWorkingText(meta.author.isEmpty() ? article.byline : meta.author));
    report.metadata.outlet = text::normalizeWorkingText(meta.outlet).simplified();
    // "… whale strandings | Eleanor Ainge Roy" (a page's og:title): the name is the author's, not the title's.
    report.metadata.title =
        html::titleWithoutName(report.metadata.title, {report.metadata.author, report.metadata.outlet});
    report.metadata.url = meta.url;
    report.metadata.language = meta.language;
    report.metadata.published = meta.published;
    report.provenance.fileName = input.fileName;
    report.provenance.mediaType = QStringLiteral("text/html");
    report.provenance.encoding = decoded->encoding;
    report.provenance.warnings = decoded->warnings + doc->warnings();
    return report;
}

} // namespace corrob::io
