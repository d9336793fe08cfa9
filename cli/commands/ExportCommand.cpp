// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CaseCommand.h"
#include "cli/Command.h"
#include "cli/CommandLine.h"

#include "core/export/ClaimReviewExport.h"
#include "core/export/CsvExport.h"
#include "core/export/HtmlReport.h"
#include "core/export/ReportContent.h"
#include "render/PdfReport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <optional>

namespace corrob::cli {
namespace {

// One export being run: the open case, what is selected, where it goes, and what was written.
class ExportJob
{
public:
    ExportJob(CaseCommand& cmd, exporting::Selection selection, QString out)
        : m_cmd(cmd), m_selection(std::move(selection)), m_out(std::move(out))
    {
    }

    CaseCommand& command() { return m_cmd; }
    const exporting::Selection& selection() const { return m_selection; }
    const QString& out() const { return m_out; }
    QStringList& written() { return m_written; }
    int claims = -1; // how many claims went out, when the format counts them

    // The report's content, read once; nullptr after a failure (already reported, exitCode() set).
    const exporting::ReportContent* content()
    {
        if (!m_content) {
            auto read = exporting::collectReport(m_cmd.target(), m_selection);
            if (!read) {
                m_exit = read.error().code == ErrorCode::InvalidArgument ? kExitUsage : kExitCannotOpen;
                m_cmd.fail(m_exit, read.error());
                return nullptr;
            }
            m_content = std::move(read).value();
        }
        return &*m_content;
    }

    // Writes bytes to path atomically; false after reporting the failure.
    bool write(const QString& path, const QByteArray& bytes)
    {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            m_exit = kExitSomeFailed;
            m_cmd.fail(m_exit, QStringLiteral("cannot write the export: %1").arg(file.errorString()), path);
            return false;
        }
        m_written << path;
        return true;
    }

    int failed() const { return m_exit; }
    int fail(int code, const Error& error)
    {
        m_exit = code;
        return m_cmd.fail(code, error);
    }

private:
    CaseCommand& m_cmd;
    exporting::Selection m_selection;
    QString m_out;
    QStringList m_written;
    std::optional<exporting::ReportContent> m_content;
    int m_exit = kExitOk;
};

int exportHtml(ExportJob& job)
{
    const exporting::ReportContent* c = job.content();
    if (!c) {
        return job.failed();
    }
    job.claims = int(c->claims.size());
    return job.write(job.out(), exporting::HtmlReport::render(*c).toUtf8()) ? kExitOk : job.failed();
}

int exportPdf(ExportJob& job)
{
    const exporting::ReportContent* c = job.content();
    if (!c) {
        return job.failed();
    }
    job.claims = int(c->claims.size());
    auto written =
        render::writePdf(exporting::HtmlReport::render(*c), job.out(),
                         {exporting::HtmlReport::tr("Investigation report: %1").arg(c->caseTitle), c->author});
    if (!written) {
        return job.fail(kExitSomeFailed, written.error());
    }
    job.written() << job.out();
    return kExitOk;
}

// Two files: --out PATH names PATH-claims.csv and PATH-links.csv (a trailing ".csv" of PATH is dropped first).
int exportCsv(ExportJob& job)
{
    const exporting::ReportContent* c = job.content();
    if (!c) {
        return job.failed();
    }
    job.claims = int(c->claims.size());
    QString stem = job.out();
    if (stem.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        stem.chop(4);
    }
    if (!job.write(stem + QStringLiteral("-claims.csv"), exporting::csv::claims(*c)) ||
        !job.write(stem + QStringLiteral("-links.csv"), exporting::csv::links(*c))) {
        return job.failed();
    }
    return kExitOk;
}

int exportClaimReview(ExportJob& job)
{
    const exporting::ReportContent* c = job.content();
    if (!c) {
        return job.failed();
    }
    job.claims = int(std::count_if(c->claims.begin(), c->claims.end(),
                                   [](const exporting::ClaimEntry& e) { return e.claim.credibility > 0; }));
    return job.write(job.out(), exporting::ClaimReviewExport::document(*c)) ? kExitOk : job.failed();
}

// Every export format, in the order --help lists them: the one place a new format is added.
struct ExportFormat
{
    const char* name;
    int (*run)(ExportJob& job);
    bool needsGui; // drawn with Qt Gui (fonts): the program then runs a QGuiApplication
};

constexpr ExportFormat kFormats[] = {
    {"html", exportHtml, false},
    {"pdf", exportPdf, true},
    {"csv", exportCsv, false},
    {"claimreview", exportClaimReview, false},
};

const ExportFormat* findFormat(const QString& name)
{
    for (const ExportFormat& f : kFormats) {
        if (name == QLatin1String(f.name)) {
            return &f;
        }
    }
    return nullptr;
}

QStringList formatNames()
{
    QStringList names;
    for (const ExportFormat& f : kFormats) {
        names << QLatin1String(f.name);
    }
    return names;
}

} // namespace

bool needsGuiApplication(const QStringList& arguments)
{
    if (arguments.size() < 2 || arguments.at(1) != u"export") {
        return false;
    }
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        QString format;
        if (arguments.at(i) == u"--format" && i + 1 < arguments.size()) {
            format = arguments.at(i + 1);
        } else if (arguments.at(i).startsWith(QStringLiteral("--format="))) {
            format = arguments.at(i).mid(9);
        }
        if (const ExportFormat* f = findFormat(format); f && f->needsGui) {
            return true;
        }
    }
    return false;
}

int runExport(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("export"),
                    QStringLiteral("Export the case: the investigation report (html: one self-contained file; pdf: "
                                   "paginated, searchable), CSV of claims and links (csv: --out PATH writes "
                                   "PATH-claims.csv and PATH-links.csv), schema.org ClaimReview JSON-LD of the graded "
                                   "claims (claimreview). --tag, --claim and --min-credibility choose the claims; "
                                   "together, a claim must meet all of them."));
    QCommandLineParser& p = cmd.parser();
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("What to write: %1.").arg(formatNames().join(QStringLiteral(", "))),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The file to write (csv: the files' stem)."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption tag(
        QStringLiteral("tag"),
        QStringLiteral("Only claims with this tag or a tag below it (a path: Violence/Shelling)."),
        QStringLiteral("T"));
    const QCommandLineOption claim(QStringLiteral("claim"), QStringLiteral("Only this claim (repeatable)."),
                                   QStringLiteral("ID"));
    const QCommandLineOption minCredibility(
        QStringLiteral("min-credibility"),
        QStringLiteral("Only claims graded N or better (1 confirmed ... 6 cannot be judged); ungraded claims are left "
                       "out."),
        QStringLiteral("N"));
    p.addOptions({format, out, tag, claim, minCredibility});
    cmd.addJsonOption(QStringLiteral("Print what was written as JSON: {\"files\", \"format\", \"claims\"}."));
    if (!cmd.parse(args, 1, 1)) {
        return cmd.exitCode();
    }
    if (!p.isSet(format)) {
        return cmd.usageError(QStringLiteral("--format is required (%1)").arg(formatNames().join(u'|')));
    }
    const ExportFormat* chosen = findFormat(p.value(format));
    if (!chosen) {
        return cmd.usageError(QStringLiteral("unknown format '%1'; use %2")
                                  .arg(p.value(format), formatNames().join(QStringLiteral(", "))));
    }
    if (!p.isSet(out) || p.value(out).isEmpty()) {
        return cmd.usageError(QStringLiteral("--out PATH is required"));
    }
    exporting::Selection selection;
    selection.tag = p.value(tag).trimmed();
    if (p.isSet(minCredibility)) {
        bool ok = false;
        selection.minCredibility = p.value(minCredibility).toInt(&ok);
        if (!ok || selection.minCredibility < 1 || selection.minCredibility > 6) {
            return cmd.usageError(
                QStringLiteral("--min-credibility '%1' is not a grade 1-6").arg(p.value(minCredibility)));
        }
    }
    for (const QString& value : p.values(claim)) {
        auto id = cmd.id(value, QStringLiteral("--claim"));
        if (!id) {
            return cmd.exitCode();
        }
        selection.claims << ClaimId(*id);
    }
    if (chosen->needsGui && !render::canRenderPdf()) {
        return cmd.fail(
            kExitUsage,
            QStringLiteral("the %1 format needs the program's graphical runtime").arg(QLatin1String(chosen->name)),
            cmd.where());
    }
    if (!cmd.open()) {
        return cmd.exitCode();
    }
    ExportJob job(cmd, selection, QFileInfo(p.value(out)).absoluteFilePath());
    const int status = chosen->run(job);
    if (status != kExitOk) {
        return status;
    }
    if (cmd.json()) {
        QJsonObject result{{QStringLiteral("format"), QLatin1String(chosen->name)},
                           {QStringLiteral("files"), QJsonArray::fromStringList(job.written())}};
        if (job.claims >= 0) {
            result.insert(QStringLiteral("claims"), job.claims);
        }
        ctx.printJson(result);
    } else {
        for (const QString& file : job.written()) {
            ctx.out() << file << '\n';
        }
        ctx.out().flush();
    }
    return kExitOk;
}

} // namespace corrob::cli
