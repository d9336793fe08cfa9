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
//   ./build-release/bench/bench_import [--stories N] [--datasets DIR]
#include "core/case/Case.h"
#include "core/case/ImportService.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <time.h>

using namespace corrob;

namespace {

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

QString datasetsRoot(const QStringList& args)
{
    const auto at = args.indexOf(QStringLiteral("--datasets"));
    if (at >= 0 && at + 1 < args.size()) {
        return args[at + 1];
    }
    for (const QString& candidate : {QStringLiteral("../shared/datasets"), QStringLiteral("../../shared/datasets"),
                                     QStringLiteral("/work/shared/datasets")}) {
        if (QDir(candidate + QStringLiteral("/reuters21578")).exists()) {
            return candidate;
        }
    }
    return {};
}

// Writes the stories with a body as story-NNNNN.txt into folder; returns how many were written.
int writeStories(const QString& root, const QString& folder, int limit)
{
    static const QRegularExpression story(QStringLiteral(R"(<REUTERS[^>]*>(.*?)</REUTERS>)"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression title(QStringLiteral("<TITLE>(.*?)</TITLE>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression dateline(QStringLiteral("<DATELINE>(.*?)</DATELINE>"),
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression body(QStringLiteral("<BODY>(.*?)</BODY>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    int written = 0;
    for (int i = 0; i < 22 && written < limit; ++i) {
        QFile f(root + QStringLiteral("/reuters21578/reut2-%1.sgm").arg(i, 3, 10, QChar(u'0')));
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        // Latin-1 both ways: the file's bytes come back unchanged, the odd 0xFC included.
        const QString sgml = QString::fromLatin1(f.readAll());
        for (auto it = story.globalMatch(sgml); it.hasNext() && written < limit;) {
            const QString s = it.next().captured(1);
            const auto b = body.match(s);
            if (!b.hasMatch()) {
                continue;
            }
            QFile out(folder + QStringLiteral("/story-%1.txt").arg(written, 5, 10, QChar(u'0')));
            if (!out.open(QIODevice::WriteOnly)) {
                return -1;
            }
            out.write(
                (title.match(s).captured(1) + QStringLiteral("\n\n") + dateline.match(s).captured(1) + b.captured(1))
                    .toLatin1());
            ++written;
        }
    }
    return written;
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
    const double cpu0 = cpuMs();
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
    return {double(wall.nsecsElapsed()) / 1e6, cpuMs() - cpu0};
}

Timing importFolder(const QString& folder, const QString& casePath, casefile::ImportOutcome& outcome)
{
    QElapsedTimer wall;
    wall.start();
    const double cpu0 = cpuMs();
    auto created = casefile::Case::create(casePath, QStringLiteral("Reuters"), {QStringLiteral("bench")});
    if (!created) {
        std::fprintf(stderr, "cannot create the case: %s\n", qPrintable(created.error().toString()));
        return {};
    }
    casefile::ImportService service(*created.value());
    casefile::ImportOptions options;
    options.method = QStringLiteral("folder");
    outcome = service.importPaths({folder}, options);
    return {double(wall.nsecsElapsed()) / 1e6, cpuMs() - cpu0};
}

double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : -1.0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto at = args.indexOf(QStringLiteral("--stories"));
    const int limit = at >= 0 && at + 1 < args.size() ? std::max(1, args[at + 1].toInt()) : 1000000;
    const QString root = datasetsRoot(args);
    if (root.isEmpty()) {
        std::fprintf(stderr, "no ../shared/datasets/reuters21578 (pass --datasets DIR)\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("reuters"));
    QDir().mkpath(folder);
    const int stories = writeStories(root, folder, limit);
    if (stories <= 0) {
        std::fprintf(stderr, "no stories written from %s\n", qPrintable(root));
        return 2;
    }
    std::printf("bench_import: %d Reuters-21578 stories, one file each; load average %.2f on %d cores\n", stories,
                loadAverage(), QThread::idealThreadCount());

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
    return 0;
}
