// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzz/checks/FuzzChecks.h"

#include "core/case/Case.h"
#include "core/case/CaseAnalysis.h"
#include "core/case/CaseReader.h"
#include "core/case/CaseSearch.h"
#include "core/case/IntegrityCheck.h"
#include "core/case/edits/ClaimEdits.h"
#include "core/case/edits/NoteEdits.h"
#include "core/common/Hash.h"
#include "core/exchange/AnnotationImport.h"
#include "core/exchange/CaseBundle.h"
#include "core/io/HtmlImporter.h"
#include "core/io/MarkdownImporter.h"
#include "core/io/PdfImporter.h"
#include "core/io/PlainTextImporter.h"
#include "core/search/Query.h"
#include "core/text/TextDecoder.h"
#include "core/text/TextNormalizer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <array>
#include <memory>
#include <tuple>

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

// The small case the W3C and search targets work on: two reports (the first with a URL), a claim with a source and a
// tag, a note on the case. The texts are fixed here so that the seeds in fuzz/seeds/w3c/ and fuzz/seeds/search/ can
// quote them and name their originals' SHA-256 (sha256sum of the text with its final newline).
struct FixtureReport
{
    const char* fileName;
    const char* url;
    const char* text;
};
constexpr std::array<FixtureReport, 2> kFixtureReports{{
    {"kharkiv.txt", "https://example.org/news/kharkiv-shelling",
     "Shelling of Kharkiv\n\nKharkiv, 3 March 2022. At least 34 civilians were killed in the shelling of the city "
     "centre, Amnesty International said on Thursday. \"The attacks on residential areas must stop,\" said Agn\u00e8s "
     "Callamard. Officials in Kyiv denied that the army had used cluster munitions.\n"},
    {"kharkov.txt", "",
     "Civilians die in Kharkov\n\nKiev (Reuters) - More than 30 civilians died in Kharkov on Thursday, according to "
     "the rights group. The ministry of defence said the claims were false. Some 7,600 people fled the region by "
     "train, officials said.\n"},
}};

struct FixtureCase
{
    QTemporaryDir dir;
    std::unique_ptr<casefile::Case> opened;
    std::vector<ReportId> reports;
    int edits = 0; // edits applied since it was made (the audit log grows with each)
};

// Makes the fixture case in a fresh temporary folder; a problem is returned in *problem.
std::unique_ptr<FixtureCase> makeFixtureCase(QString* problem)
{
    auto fixture = std::make_unique<FixtureCase>();
    const auto fail = [problem](const Error& e) {
        *problem = QStringLiteral("the fixture case cannot be made: ") + e.toString();
        return nullptr;
    };
    if (!fixture->dir.isValid()) {
        *problem = QStringLiteral("no temporary folder for the fixture case");
        return nullptr;
    }
    auto created = casefile::Case::create(fixture->dir.filePath(QStringLiteral("fixture.corrob")),
                                          QStringLiteral("Fuzz fixture"), {QStringLiteral("fuzz")});
    if (!created) {
        return fail(created.error());
    }
    fixture->opened = std::move(created).value();
    for (const FixtureReport& r : kFixtureReports) {
        auto report = io::PlainTextImporter().read(
            {QByteArray(r.text), QString::fromLatin1(r.fileName), QStringLiteral("the fuzz fixture")});
        if (!report) {
            return fail(report.error());
        }
        report->metadata.url = QString::fromLatin1(r.url);
        report->provenance.importMethod = QStringLiteral("file");
        report->provenance.capturedAt = QStringLiteral("2026-12-04T10:00:00.000Z");
        auto stored = fixture->opened->storeReport(report.value());
        if (!stored) {
            return fail(stored.error());
        }
        fixture->reports.push_back(stored->id);
    }
    casefile::ClaimDraft draft;
    draft.report = fixture->reports.front();
    draft.quote = QStringLiteral("At least 34 civilians were killed");
    draft.kind = model::ClaimKind::Figure;
    draft.sourceName = QStringLiteral("Amnesty International");
    draft.tagPaths = {QStringLiteral("Casualties/Civilians")};
    casefile::AddClaim claim(draft);
    if (auto s = claim.apply(*fixture->opened); !s) {
        return fail(s.error());
    }
    casefile::AddNote note(model::NoteTarget::Case, 0, QStringLiteral("Check the Kharkiv figures against OHCHR."));
    if (auto s = note.apply(*fixture->opened); !s) {
        return fail(s.error());
    }
    return fixture;
}

Result<qsizetype> claimCount(casefile::Case& opened)
{
    auto claims = casefile::CaseReader(opened).claims();
    if (!claims) {
        return claims.error();
    }
    return qsizetype(claims->size());
}

// The shape parseQuery promises (Query.h): Term and Phrase carry a word character and no children; And, Or and Near
// have two or more children; Not has one and sits only under And; Or holds no Not; Near holds terms and phrases; a
// Filter selects something and has no children.
QString checkQueryNode(const search::QueryNode& node, const search::QueryNode* parent)
{
    using Type = search::QueryNode::Type;
    const QString where = node.toString();
    switch (node.type) {
    case Type::Term:
    case Type::Phrase:
        if (!node.children.empty() || !search::hasWordCharacters(node.text)) {
            return QStringLiteral("a term or phrase without a word character, or with children: ") + where;
        }
        return {};
    case Type::Filter:
        if (!node.children.empty() || !node.filter.selects() || !node.filter.excluded.empty()) {
            return QStringLiteral("a filter that selects nothing, or with children: ") + where;
        }
        return {};
    case Type::Not:
        if (node.children.size() != 1 || !parent || parent->type != Type::And) {
            return QStringLiteral("a NOT that is not the one child of an AND's operand: ") + where;
        }
        break;
    case Type::And:
    case Type::Or:
    case Type::Near:
        if (node.children.size() < 2) {
            return QStringLiteral("an AND, OR or NEAR with fewer than two children: ") + where;
        }
        break;
    }
    for (const search::QueryNode& child : node.children) {
        if (node.type == Type::Or && child.type == Type::Not) {
            return QStringLiteral("a NOT under an OR: ") + where;
        }
        if (node.type == Type::Near && child.type != Type::Term && child.type != Type::Phrase) {
            return QStringLiteral("a NEAR of something else than terms and phrases: ") + where;
        }
        if (QString problem = checkQueryNode(child, &node); !problem.isEmpty()) {
            return problem;
        }
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
    const auto analysis = casefile::analyzeCase(opened);
    note(checkRead(analysis, "the analysis"));
    if (analysis) {
        for (const auto& claim : analysis->claims) {
            (void)claim.reason(); // written out from the statement's parts, as the panes and the CLI do
        }
    }
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

QString checkW3cAnnotations(const QByteArray& bytes)
{
    const QString file = QStringLiteral("fuzz.jsonld");
    const auto parsed = exchange::parseW3cAnnotations(bytes, file);
    if (!parsed) {
        return parsed.error().message.isEmpty() ? QStringLiteral("an error without a message") : QString();
    }
    // One case for many inputs (making one costs more than most inputs), made afresh now and then since every
    // import and its undo add to the audit log.
    static std::unique_ptr<FixtureCase> fixture;
    if (!fixture || fixture->edits >= 200) {
        fixture.reset();
        QString problem;
        fixture = makeFixtureCase(&problem);
        if (!fixture) {
            return problem;
        }
    }
    casefile::Case& target = *fixture->opened;
    auto plan = exchange::planAnnotationImport(target, parsed.value());
    if (!plan) {
        return QStringLiteral("planning failed on a sound case: ") + plan.error().toString();
    }
    if (plan->placed.size() + plan->unplaced.size() != parsed->size()) {
        return QStringLiteral("%1 annotations read, but %2 placed and %3 unplaced")
            .arg(parsed->size())
            .arg(plan->placed.size())
            .arg(plan->unplaced.size());
    }
    for (const exchange::UnplacedAnnotation& u : plan->unplaced) {
        if (u.reason.isEmpty()) {
            return QStringLiteral("an annotation left unplaced without a reason");
        }
    }
    for (const exchange::PlacedAnnotation& p : plan->placed) {
        auto text = target.reportText(p.report, casefile::Case::TextView::All);
        if (!text) {
            return QStringLiteral("an annotation placed in a report that cannot be read: ") + text.error().toString();
        }
        if (p.start < 0 || p.start > p.end || p.end > text->size()) {
            return QStringLiteral("an annotation placed at %1-%2, outside its report's text (%3)")
                .arg(p.start)
                .arg(p.end)
                .arg(text->size());
        }
    }
    if (plan->placed.empty()) {
        return {};
    }
    const auto before = claimCount(target);
    if (!before) {
        return QStringLiteral("the claims cannot be read: ") + before.error().toString();
    }
    const auto countIs = [&](qsizetype expected, const char* when) -> QString {
        const auto now = claimCount(target);
        if (!now) {
            return QStringLiteral("the claims cannot be read %1: %2").arg(QLatin1String(when), now.error().toString());
        }
        if (now.value() != expected) {
            return QStringLiteral("%1 claims %2, expected %3").arg(now.value()).arg(QLatin1String(when)).arg(expected);
        }
        return {};
    };
    exchange::ImportAnnotations edit(std::move(plan).value(), file);
    if (auto s = edit.apply(target); !s) {
        // A refused import (a tag path that names no tag, say) says why and writes nothing.
        if (s.error().message.isEmpty()) {
            return QStringLiteral("the import failed without a message");
        }
        return countIs(before.value(), "after a refused import");
    }
    ++fixture->edits;
    const qsizetype added = qsizetype(edit.claims().size());
    for (const auto& [step, expected, when] :
         {std::tuple{0, before.value() + added, "after the import"}, std::tuple{1, before.value(), "after its undo"},
          std::tuple{2, before.value() + added, "after its redo"},
          std::tuple{3, before.value(), "after the second undo"}}) {
        if (step > 0) {
            const Status s = step % 2 == 1 ? edit.revert(target) : edit.apply(target);
            if (!s) {
                return QStringLiteral("%1 failed: %2").arg(QLatin1String(when), s.error().toString());
            }
            ++fixture->edits;
        }
        if (QString problem = countIs(expected, when); !problem.isEmpty()) {
            return problem;
        }
    }
    return {};
}

QString checkBundleImporter(const QByteArray& bytes)
{
    const QTemporaryDir dir;
    if (!dir.isValid()) {
        return {}; // the machine's problem, not the input's
    }
    const QString bundle = dir.filePath(QStringLiteral("fuzz.zip"));
    {
        QFile file(bundle);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            return {};
        }
    }
    const QString casePath = dir.filePath(QStringLiteral("imported.corrob"));
    exchange::BundleLimits limits;
    limits.maxEntryBytes = qint64(16) * 1024 * 1024; // a zip bomb is refused at this size as at the real one
    limits.maxEntries = 1000;
    const auto imported = exchange::importCaseBundle(bundle, casePath, limits);
    if (!imported) {
        if (imported.error().message.isEmpty()) {
            return QStringLiteral("the import failed without a message");
        }
        const QStringList left =
            QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        if (left != QStringList{QStringLiteral("fuzz.zip")}) {
            return QStringLiteral("a refused bundle left files behind: ") + left.join(u", ");
        }
        return {};
    }
    auto opened = casefile::Case::open(casePath, {QStringLiteral("fuzz")});
    if (!opened) {
        return QStringLiteral("an imported bundle's case does not open: ") + opened.error().toString();
    }
    const auto verified = casefile::verifyCase(*opened.value());
    if (!verified || !verified->ok()) {
        return QStringLiteral("an imported bundle's case does not pass verify");
    }
    return readCase(*opened.value());
}

QString checkSearchQuery(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const search::Query query = search::parseQuery(text);
    if (query.root) {
        // A root NOT only where filters select what it leaves out (-Putin outlet:TASS).
        const bool rootNot = query.root->type == search::QueryNode::Type::Not;
        if (rootNot && (!query.filters.selects() || query.root->children.size() != 1)) {
            return QStringLiteral("a query that is only a NOT");
        }
        const search::QueryNode& top = rootNot ? query.root->children.front() : *query.root;
        if (QString problem = checkQueryNode(top, rootNot ? &*query.root : nullptr); !problem.isEmpty()) {
            return problem;
        }
        if (search::parseQuery(text).root->toString() != query.root->toString()) {
            return QStringLiteral("the same text parsed two ways");
        }
    }
    static std::unique_ptr<FixtureCase> fixture;
    if (!fixture) {
        QString problem;
        fixture = makeFixtureCase(&problem);
        if (!fixture) {
            return problem;
        }
    }
    casefile::Case& target = *fixture->opened;
    const auto found = casefile::searchCase(target, text);
    if (!found) {
        return QStringLiteral("the search failed: ") + found.error().toString();
    }
    for (const ReportId report : fixture->reports) {
        const auto hits = casefile::searchHitsInReport(target, text, report);
        if (!hits) {
            return QStringLiteral("the hits in a report failed: ") + hits.error().toString();
        }
        const auto reportText = target.reportText(report, casefile::Case::TextView::All);
        for (const auto& hit : hits.value()) {
            if (!reportText || hit.start < 0 || hit.start > hit.end || hit.end > reportText->size()) {
                return QStringLiteral("a hit at %1-%2 outside its report's text").arg(hit.start).arg(hit.end);
            }
        }
    }
    const QStringList terms = text.split(u'\n').mid(0, 8);
    if (const auto batch = casefile::batchSearch(target, terms); !batch) {
        return QStringLiteral("the batch search failed: ") + batch.error().toString();
    }
    return {};
}

std::span<const Target> targets()
{
    static const std::array<Target, 8> all{{
        {"text_decoder_fuzzer", "text", &checkTextDecoder},
        {"html_importer_fuzzer", "html", &checkHtmlImporter},
        {"markdown_importer_fuzzer", "markdown", &checkMarkdownImporter},
        {"pdf_importer_fuzzer", "pdf", &checkPdfImporter},
        {"case_opener_fuzzer", "case", &checkCaseOpener},
        {"w3c_annotation_fuzzer", "w3c", &checkW3cAnnotations},
        {"bundle_importer_fuzzer", "bundle", &checkBundleImporter},
        {"search_query_fuzzer", "search", &checkSearchQuery},
    }};
    return all;
}

} // namespace corrob::fuzz
