// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_import: importing a folder of newswire stories, as a new user does with `corroborate-cli import CASE
// reuters/`. Writes every Reuters-21578 story that has a body (19,043 of 21,578; ../shared/datasets/reuters21578)
// as one file in a temporary folder (title, blank line, dateline and body, in the distribution's own bytes), then
// in the same run:
//   - import: ImportService::importPaths on the folder into a new case (reading, decoding, inference, signatures,
//     near-duplicate lookup, storing, audit);
//   - baseline: raw SQLite reading the same files and inserting their texts into a bare FTS5 table in one
//     transaction, on a file with the case's journal settings (WAL, synchronous NORMAL).
// Prints both wall and CPU times and the ratio import / baseline. The dataset text never leaves the temporary
// folder. Build in Release:
//   cmake --preset release && cmake --build build-release --target bench_import
//   ./build-release/bench/bench_import [--stories N] [--datasets DIR] [--urls]
#include "ReutersCorpus.h"
#include "core/case/Case.h"
#include "core/case/ImportService.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace corrob;

namespace {

// Writes the stories with a body as story-NNNNN.txt into folder; returns how many were written. With urls, as
// story-NNNNN.html pages of a web capture instead, each with its own canonical URL (so the import looks up every
// report's URL and version chain).
int writeStories(const QString& root, const QString& folder, int limit, bool urls)
{
    int written = 0;
    bool failed = false;
    bench::forEachReutersStory(bench::reutersDir(root), [&](const bench::ReutersStory& s) {
        if (!s.hasBody) {
            return true;
        }
        const QString number = QStringLiteral("%1").arg(written, 5, 10, QChar(u'0'));
        QFile out(folder + QStringLiteral("/story-") + number + (urls ? u".html" : u".txt"));
        if (!out.open(QIODevice::WriteOnly)) {
            failed = true;
            return false;
        }
        if (urls) {
            const QString page =
                QStringLiteral("<!DOCTYPE html><html><head><title>%1</title><link rel=\"canonical\" "
                               "href=\"https://wire.example.org/story/%2\"></head><body><h1>%1</h1><p>%3</p>"
                               "</body></html>")
                    .arg(s.title.toHtmlEscaped(), number,
                         QString(s.dateline + s.body)
                             .toHtmlEscaped()
                             .replace(QStringLiteral("\n\n"), QStringLiteral("</p><p>")));
            out.write(page.toUtf8());
        } else {
            out.write((s.title + QStringLiteral("\n\n") + s.dateline + s.body).toLatin1());
        }
        return ++written < limit;
    });
    return failed ? -1 : written;
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

// Raw SQLite: the same files read and their texts inserted into a bare FTS5 table, one transaction.
Timing rawFts5(const QString& folder, const QString& dbPath, int& rows)
{
    QElapsedTimer wall;
    wall.start();
    const double cpu0 = bench::processCpuMs();
    auto db = storage::Database::open(dbPath, storage::Database::OpenMode::CreateIfMissing);
    if (!db) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(dbPath));
        return {};
    }
    (void)db->exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    (void)db->exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    (void)db->exec(QStringLiteral("CREATE VIRTUAL TABLE texts USING fts5(body)"));
    (void)db->exec(QStringLiteral("BEGIN IMMEDIATE"));
    auto insert = db->prepare(QStringLiteral("INSERT INTO texts (body) VALUES (?)"));
    QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    rows = 0;
    for (const QString& name : files) {
        QFile f(folder + u'/' + name);
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        insert->reset();
        insert->bind(1, QString::fromUtf8(f.readAll()));
        if (insert->run()) {
            ++rows;
        }
    }
    (void)db->exec(QStringLiteral("COMMIT"));
    return {double(wall.nsecsElapsed()) / 1e6, bench::processCpuMs() - cpu0};
}

Timing importFolder(const QString& folder, const QString& casePath, casefile::ImportOutcome& outcome)
{
    QElapsedTimer wall;
    wall.start();
    const double cpu0 = bench::processCpuMs();
    auto created = casefile::Case::create(casePath, QStringLiteral("Reuters"), {QStringLiteral("bench")});
    if (!created) {
        std::fprintf(stderr, "cannot create the case: %s\n", qPrintable(created.error().toString()));
        return {};
    }
    casefile::ImportService service(*created.value());
    casefile::ImportOptions options;
    options.method = QStringLiteral("folder");
    outcome = service.importPaths({folder}, options);
    return {double(wall.nsecsElapsed()) / 1e6, bench::processCpuMs() - cpu0};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto at = args.indexOf(QStringLiteral("--stories"));
    const int limit = at >= 0 && at + 1 < args.size() ? std::max(1, args[at + 1].toInt()) : 1000000;
    const QString root = bench::reutersDatasetsRoot(args);
    if (root.isEmpty()) {
        std::fprintf(stderr, "no ../shared/datasets/reuters21578 (pass --datasets DIR)\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("reuters"));
    QDir().mkpath(folder);
    const bool urls = args.contains(QStringLiteral("--urls"));
    const int stories = writeStories(root, folder, limit, urls);
    if (stories <= 0) {
        std::fprintf(stderr, "no stories written from %s\n", qPrintable(root));
        return 2;
    }
    std::printf("bench_import: %d Reuters-21578 stories, one %s file each; load average %.2f on %d cores\n", stories,
                urls ? "HTML (with a canonical URL)" : "text", bench::loadAverage(), QThread::idealThreadCount());

    int rows = 0;
    const Timing raw = rawFts5(folder, dir.filePath(QStringLiteral("raw.sqlite")), rows);
    casefile::ImportOutcome outcome;
    const Timing imported = importFolder(folder, dir.filePath(QStringLiteral("reuters.corrob")), outcome);
    std::printf("  %-34s %10.0f ms wall %10.0f ms CPU  (%d rows)\n", "raw SQLite, FTS5, one transaction", raw.wallMs,
                raw.cpuMs, rows);
    std::printf("  %-34s %10.0f ms wall %10.0f ms CPU  (%zu imported, %zu skipped, %zu failed)\n", "corroborate import",
                imported.wallMs, imported.cpuMs, outcome.imported.size(), outcome.skipped.size(),
                outcome.failed.size());
    const double ratio = raw.wallMs > 0 ? imported.wallMs / raw.wallMs : 0.0;
    std::printf("  ratio import / raw: %.1fx wall, %.1fx CPU (target at most 1.5x)\n", ratio,
                raw.cpuMs > 0 ? imported.cpuMs / raw.cpuMs : 0.0);
    std::printf("RESULT\timport %d Reuters stories (baseline: raw FTS5)\t%.0f ms\t%.0f ms\t%.2f\n", stories,
                imported.wallMs, raw.wallMs, ratio);
    // On a shared machine the wall clock grows with the others' load; the CPU time is the steadier figure.
    std::printf("RESULT\timport %d Reuters stories, CPU (baseline: raw FTS5)\t%.0f ms\t%.0f ms\t%.2f\n", stories,
                imported.cpuMs, raw.cpuMs, raw.cpuMs > 0 ? imported.cpuMs / raw.cpuMs : 0.0);
    return 0;
}
