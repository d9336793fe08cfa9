// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzz/checks/FuzzChecks.h"

#include "core/case/Case.h"
#include "core/case/CaseAnalysis.h"
#include "core/case/CaseReader.h"
#include "core/case/IntegrityCheck.h"
#include "core/common/Hash.h"
#include "core/io/HtmlImporter.h"
#include "core/io/MarkdownImporter.h"
#include "core/io/PdfImporter.h"
#include "core/io/PlainTextImporter.h"
#include "core/text/TextDecoder.h"
#include "core/text/TextNormalizer.h"

#include <QFile>
#include <QTemporaryDir>

#include <array>

namespace corrob::fuzz {

namespace {

// What every importer promises for a report: a non-empty working text, the original kept byte for byte with its
// SHA-256, excluded ranges inside the text; for a failure: a message.
QString checkImported(const Result<model::NewReport>& report, const QByteArray& bytes)
{
    if (!report) {
        return report.error().message.isEmpty() ? QStringLiteral("an error without a message") : QString();
    }
    if (report->workingText.trimmed().isEmpty()) {
        return QStringLiteral("the working text is empty");
    }
    if (report->original != bytes) {
        return QStringLiteral("the original is not the input");
    }
    if (report->sha256 != sha256Hex(QByteArrayView(bytes))) {
        return QStringLiteral("the SHA-256 is not the original's");
    }
    for (const auto& range : report->excludedRanges) {
        if (range.start < 0 || range.end > report->workingText.size() || range.start > range.end) {
            return QStringLiteral("an excluded range %1-%2 outside the text (%3)")
                .arg(range.start)
                .arg(range.end)
                .arg(report->workingText.size());
        }
    }
    return {};
}

// A failed read must say why; a successful one is fine whatever it holds (the file is hostile).
template <typename T> QString checkRead(const Result<T>& result, const char* what)
{
    if (!result && result.error().message.isEmpty()) {
        return QStringLiteral("%1 failed without a message").arg(QLatin1String(what));
    }
    return {};
}

QString readCase(casefile::Case& opened)
{
    QString problem;
    const auto note = [&problem](const QString& found) {
        if (problem.isEmpty()) {
            problem = found;
        }
    };
    note(checkRead(opened.title(), "title"));
    const auto reports = opened.reports();
    note(checkRead(reports, "reports"));
    if (reports) {
        for (const auto& summary : reports.value()) {
            note(checkRead(opened.report(summary.id), "report"));
            note(checkRead(opened.reportText(summary.id, casefile::Case::TextView::All), "the working text"));
            note(checkRead(opened.reportText(summary.id, casefile::Case::TextView::Reading), "the reading text"));
            note(checkRead(opened.excludedRanges(summary.id), "excluded ranges"));
            note(checkRead(opened.excludedRangeList(summary.id), "the excluded range list"));
            note(checkRead(opened.original(summary.id), "an original"));
        }
    }
    casefile::CaseReader reader(opened);
    const auto claims = reader.claims();
    note(checkRead(claims, "claims"));
    if (claims) {
        for (const auto& claim : claims.value()) {
            note(checkRead(reader.claim(claim.id), "a claim"));
            note(checkRead(reader.linksOf(claim.id), "a claim's links"));
        }
    }
    if (reports) {
        for (const auto& summary : reports.value()) {
            note(checkRead(reader.claimsOf(summary.id), "a report's claims"));
        }
    }
    note(checkRead(reader.orphanedClaims(), "orphaned claims"));
    note(checkRead(reader.links(), "links"));
    const auto sources = reader.sources();
    note(checkRead(sources, "sources"));
    if (sources) {
        for (const auto& source : sources.value()) {
            note(checkRead(reader.source(source.id), "a source"));
            note(checkRead(reader.sourceNamed(source.name), "a source by name"));
        }
    }
    note(checkRead(reader.reportOutlets(), "report outlets"));
    const auto tags = reader.tags();
    note(checkRead(tags, "tags"));
    if (tags) {
        for (const auto& tag : tags.value()) {
            const QString path = casefile::CaseReader::tagPath(tags.value(), tag.id);
            note(checkRead(reader.tagAtPath(path), "a tag by path"));
        }
    }
    note(checkRead(reader.notes(), "notes"));
    note(checkRead(reader.notesOf(model::NoteTarget::Case, 0), "the case's notes"));
    note(checkRead(casefile::analyzeCase(opened), "the analysis"));
    note(checkRead(casefile::verifyCase(opened), "verify"));
    return problem;
}

} // namespace

QString checkTextDecoder(const QByteArray& bytes)
{
    auto decoded = text::decodeText(bytes, QStringLiteral("fuzz input"));
    if (decoded) {
        const QString text = text::normalizeWorkingText(decoded->text);
        // The normaliser is idempotent: anchors depend on it being deterministic.
        if (text::normalizeWorkingText(text) != text) {
            return QStringLiteral("the normaliser is not idempotent");
        }
        if (decoded->encoding.isEmpty()) {
            return QStringLiteral("no encoding named");
        }
    } else if (decoded.error().message.isEmpty()) {
        return QStringLiteral("an error without a message");
    }
    if (text::decodeWindows1252(bytes).size() != bytes.size()) {
        return QStringLiteral("Windows-1252 does not map byte for code unit");
    }
    return {};
}

QString checkHtmlImporter(const QByteArray& bytes)
{
    return checkImported(io::HtmlImporter().read({bytes, QStringLiteral("fuzz.html"), QStringLiteral("fuzz input")}),
                         bytes);
}

QString checkMarkdownImporter(const QByteArray& bytes)
{
    const QString markdown = checkImported(
        io::MarkdownImporter().read({bytes, QStringLiteral("fuzz.md"), QStringLiteral("fuzz input")}), bytes);
    if (!markdown.isEmpty()) {
        return QStringLiteral("Markdown: ") + markdown;
    }
    const QString text = checkImported(
        io::PlainTextImporter().read({bytes, QStringLiteral("fuzz.txt"), QStringLiteral("fuzz input")}), bytes);
    return text.isEmpty() ? QString() : QStringLiteral("plain text: ") + text;
}

QString checkPdfImporter(const QByteArray& bytes)
{
    const auto report = io::PdfImporter().read({bytes, QStringLiteral("fuzz.pdf"), QStringLiteral("fuzz input")});
    const QString problem = checkImported(report, bytes);
    if (!problem.isEmpty() || !report) {
        return problem;
    }
    // Each page starts with its marker, and each marker is hidden when reading.
    const QString firstPage = io::PdfImporter::pageMarker(1);
    if (!report->workingText.startsWith(firstPage)) {
        return QStringLiteral("the text does not start with the first page's marker");
    }
    qsizetype markers = 0;
    for (const auto& range : report->excludedRanges) {
        if (range.reason == io::PdfImporter::kPageMarkerReason) {
            ++markers;
        }
    }
    if (markers == 0) {
        return QStringLiteral("no page marker is an excluded range");
    }
    return {};
}

QString checkCaseOpener(const QByteArray& bytes)
{
    const QTemporaryDir dir;
    if (!dir.isValid()) {
        return {}; // the machine's problem, not the input's
    }
    const QString path = dir.filePath(QStringLiteral("fuzz.corrob"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            return {};
        }
    }
    auto opened = casefile::Case::open(path, {QStringLiteral("fuzz")});
    if (!opened) {
        return opened.error().message.isEmpty() ? QStringLiteral("open failed without a message") : QString();
    }
    return readCase(*opened.value());
}

std::span<const Target> targets()
{
    static const std::array<Target, 5> all{{
        {"text_decoder_fuzzer", "text", &checkTextDecoder},
        {"html_importer_fuzzer", "html", &checkHtmlImporter},
        {"markdown_importer_fuzzer", "markdown", &checkMarkdownImporter},
        {"pdf_importer_fuzzer", "pdf", &checkPdfImporter},
        {"case_opener_fuzzer", "case", &checkCaseOpener},
    }};
    return all;
}

} // namespace corrob::fuzz
