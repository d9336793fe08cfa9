// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/PdfReport.h"

#include "core/common/AtomicFile.h"
#include "render/PdfLinks.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>

namespace corrob::render {
namespace {

class PdfText
{
    Q_DECLARE_TR_FUNCTIONS(PdfText)
public:
    static QString pageOf(int page, int pages) { return tr("Page %1 of %2").arg(page).arg(pages); }
};

constexpr int kResolution = 300;   // dots per inch of the writer's coordinates
constexpr double kMarginMm = 18.0; // on every side
constexpr double kFooterMm = 8.0;  // below the body, inside the bottom margin's area

double mmToDots(double mm)
{
    return mm / 25.4 * kResolution;
}

// Where each <a name> sits in the laid-out document, in document coordinates (dots from the top).
QHash<QString, double> anchorHeights(QTextDocument& doc)
{
    QHash<QString, double> out;
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QRectF box = layout->blockBoundingRect(block);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QStringList names = fragment.charFormat().anchorNames();
            if (names.isEmpty()) {
                continue;
            }
            double y = box.top();
            if (QTextLayout* textLayout = block.layout()) {
                const QTextLine line = textLayout->lineForTextPosition(fragment.position() - block.position());
                if (line.isValid()) {
                    y += line.y();
                }
            }
            for (const QString& name : names) {
                out.insert(name, y);
            }
        }
    }
    return out;
}

} // namespace

bool canRenderPdf()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
}

Result<QByteArray> renderPdf(const QString& html, const PdfOptions& options, const PdfProgress& progress)
{
    if (!canRenderPdf()) {
        return Error{ErrorCode::Unsupported, QStringLiteral("a PDF needs a QGuiApplication (fonts), and there is none"),
                     QStringLiteral("PDF")};
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kResolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setTitle(options.title);
    writer.setCreator(QStringLiteral("Corroborate %1").arg(QStringLiteral(CORROB_VERSION)));
    // QPdfWriter has no author field; the title names the case and the report's first page names its author.

    const QRectF paper = writer.pageLayout().fullRectPixels(kResolution);
    const double margin = mmToDots(kMarginMm);
    const QRectF body(margin, margin, paper.width() - 2 * margin, paper.height() - 2 * margin - mmToDots(kFooterMm));

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    // Letter spacing, however small, turns ligatures off: a PDF reader's search for "confirmed" or "file" must not
    // meet the single glyph "ﬁ".
    QTextCursor all(&doc);
    all.select(QTextCursor::Document);
    QTextCharFormat noLigatures;
    noLigatures.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    noLigatures.setFontLetterSpacing(0.05); // > 1/64: QFixed would round less to 0
    all.mergeCharFormat(noLigatures);
    doc.setPageSize(body.size()); // QTextDocument paginates: no line is cut between two pages
    const int pages = std::max(1, doc.pageCount());

    QPainter painter;
    if (!painter.begin(&writer)) {
        return Error{ErrorCode::Io, QStringLiteral("cannot start the PDF"), QStringLiteral("PDF")};
    }
    QFont footerFont = doc.defaultFont();
    footerFont.setPointSizeF(8);
    for (int page = 0; page < pages; ++page) {
        if (progress && !progress(page + 1, pages)) {
            painter.end();
            return Error{ErrorCode::InvalidArgument, QStringLiteral("export cancelled"), QStringLiteral("PDF")};
        }
        if (page > 0) {
            writer.newPage();
        }
        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        const QRectF visible(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(visible);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(Qt::darkGray);
        const QRectF footer(body.left(), body.bottom() + mmToDots(kFooterMm) / 2, body.width(), mmToDots(kFooterMm));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, PdfText::pageOf(page + 1, pages));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, options.title);
    }
    painter.end();
    buffer.close();

    // Qt writes an href="#name" as a URI link; point it at the page and height of its target instead.
    QHash<QString, LinkTarget> targets;
    const double dotsToPoints = 72.0 / kResolution;
    for (auto [name, y] : anchorHeights(doc).asKeyValueRange()) {
        const int page = std::clamp(int(std::floor(y / body.height())), 0, pages - 1);
        const double top = body.top() + (y - page * body.height());
        targets.insert(name, LinkTarget{page, (paper.height() - top) * dotsToPoints + 4});
    }
    return resolveInternalLinks(bytes, targets);
}

Status writePdf(const QString& html, const QString& path, const PdfOptions& options, const PdfProgress& progress)
{
    auto pdf = renderPdf(html, options, progress);
    if (!pdf) {
        return pdf.error();
    }
    return writeFileAtomically(path, pdf.value(), QStringLiteral("cannot write the PDF"));
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv, bool gui)
{
    if (!gui) {
        return std::make_unique<QCoreApplication>(argc, argv);
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace corrob::render
