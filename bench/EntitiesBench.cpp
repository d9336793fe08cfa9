// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Entities (issue 14): (1) extractEntities on 1 MB of Reuters story text (bar: under 100 ms); (2) the mentions of the
// whole Reuters case computed by EntityIndex::scanPending on a worker connection while a reader on another
// connection keeps reading report texts (bar: reading never waits on it; the worst read latency is printed).
//
// Usage (Release build): bench_entities [--reports N] [--extract-only] [--runs N] [--dump FILE]
//   --reports N: the first N stories (default: every story of ../shared/datasets/reuters21578);
//   --extract-only: (1) only; --runs N: extraction runs of (1), default 5; --dump FILE: the mentions of (1), one a
//   line.
// (1) prints the best wall time and the best thread CPU time of its runs and the load average: on a shared machine
// CPU time is the figure to compare. The stories are read from the dataset at run time; none is stored here.
#include "ReutersCorpus.h"
#include "core/case/Case.h"
#include "core/case/EntityIndex.h"
#include "core/common/Hash.h"
#include "core/text/EntityExtractor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <thread>

using namespace corrob;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int limit = -1;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--reports")); i > 0 && i + 1 < args.size()) {
        limit = args.at(i + 1).toInt();
    }
    int runs = 5;
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i > 0 && i + 1 < args.size()) {
        runs = std::max(1, args.at(i + 1).toInt());
    }
    const bool extractOnly = args.contains(QStringLiteral("--extract-only"));
    const QString dir = QStringLiteral(CORROB_SOURCE_DIR "/../shared/datasets/reuters21578");
    QStringList bodies = bench::reutersBodies(dir);
    if (bodies.isEmpty()) {
        out << "no Reuters stories in " << dir << Qt::endl;
        return 1;
    }
    if (limit > 0 && limit < bodies.size()) {
        bodies = bodies.mid(0, limit);
    }

    // (1) 1 MB of text.
    QString mb;
    for (const QString& b : std::as_const(bodies)) {
        if (mb.size() * 2 >= 1024 * 1024) {
            break;
        }
        mb += b + QStringLiteral("\n\n");
    }
    const text::Gazetteer gazetteer = text::Gazetteer::bundled();
    qint64 best = std::numeric_limits<qint64>::max();
    qint64 bestCpu = std::numeric_limits<qint64>::max();
    size_t found = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        const qint64 cpu = bench::threadCpuNs();
        found = text::extractEntities(mb, gazetteer).size();
        bestCpu = std::min(bestCpu, bench::threadCpuNs() - cpu);
        best = std::min(best, t.nsecsElapsed());
    }
    out << "extract: " << (mb.size() * 2) / 1024 << " KB of UTF-16 text, " << found << " mentions, best of " << runs
        << ": " << QString::number(double(best) / 1e6, 'f', 1) << " ms wall, "
        << QString::number(double(bestCpu) / 1e6, 'f', 1) << " ms CPU (bar: 100 ms per MB); load "
        << bench::loadAverages() << Qt::endl;
    out << "RESULT\tentities: extraction of 1 MB, CPU (bar: 100 ms)\t" << QString::number(double(bestCpu) / 1e6, 'f', 1)
        << " ms\t-\t-" << Qt::endl;
    if (const qsizetype i = args.indexOf(QStringLiteral("--dump")); i > 0 && i + 1 < args.size()) {
        // Every mention of the 1 MB, one a line, to compare two builds' output.
        QFile dump(args.at(i + 1));
        if (dump.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            QTextStream d(&dump);
            for (const text::EntityMention& m : text::extractEntities(mb, gazetteer)) {
                d << m.start << '\t' << m.end << '\t' << text::nameKindName(m.kind) << '\t' << m.canonical << '\t'
                  << m.known << m.description << '\n';
            }
        }
    }
    if (extractOnly) {
        return 0;
    }

    // (2) The whole case in the background.
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("reuters.corrob"));
    casefile::CaseOptions options{QStringLiteral("bench")};
    {
        auto c = casefile::Case::create(path, QStringLiteral("Reuters"), options);
        if (!c) {
            out << c.error().toString() << Qt::endl;
            return 1;
        }
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < bodies.size(); ++i) {
            model::NewReport r;
            r.original = bodies.at(i).toUtf8() + QByteArray::number(i); // distinct originals
            r.sha256 = sha256Hex(QByteArrayView(r.original));
            r.workingText = bodies.at(i);
            r.metadata.title = QStringLiteral("story %1").arg(i);
            r.provenance.importMethod = QStringLiteral("file");
            r.provenance.capturedAt = utcNowIso();
            r.provenance.mediaType = QStringLiteral("text/plain");
            r.provenance.encoding = QStringLiteral("latin1");
            if (auto id = c.value()->addReport(r); !id) {
                out << id.error().toString() << Qt::endl;
                return 1;
            }
        }
        out << "case: " << bodies.size() << " reports stored in " << t.elapsed() << " ms" << Qt::endl;
    }
    std::atomic<bool> done{false};
    qint64 scanMs = 0;
    qint64 scanCpuMs = 0;
    int scanned = 0;
    std::thread worker([&] {
        auto c = casefile::Case::open(path, options);
        QElapsedTimer t;
        t.start();
        const qint64 cpu = bench::threadCpuNs();
        auto n = casefile::EntityIndex(*c.value()).scanPending();
        scanCpuMs = (bench::threadCpuNs() - cpu) / 1000000;
        scanMs = t.elapsed();
        scanned = n ? n.value() : -1;
        done = true;
    });
    auto reader = casefile::Case::open(path, options, casefile::Case::Access::ReadOnly);
    qint64 worstRead = 0;
    int reads = 0;
    while (!done) {
        QElapsedTimer t;
        t.start();
        (void)reader.value()->reportText(ReportId(1 + (reads * 7919) % bodies.size()), casefile::Case::TextView::All);
        worstRead = std::max(worstRead, t.nsecsElapsed());
        ++reads;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    worker.join();
    auto entities = casefile::EntityIndex(*reader.value()).entities();
    out << "background: mentions of " << scanned << " reports in " << scanMs << " ms on a worker (" << scanCpuMs
        << " ms CPU); " << (entities ? entities->size() : 0) << " entities; meanwhile " << reads
        << " report reads on another connection, worst " << QString::number(double(worstRead) / 1e6, 'f', 2) << " ms"
        << Qt::endl;
    out << "RESULT\tentities: mentions of " << scanned << " reports on a worker\t" << scanMs << " ms\t-\t-" << Qt::endl;
    out << "RESULT\tentities: worst report read meanwhile\t" << QString::number(double(worstRead) / 1e6, 'f', 2)
        << " ms\t-\t-" << Qt::endl;
    return 0;
}
