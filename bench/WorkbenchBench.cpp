// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_workbench: the workbench on a large case. Makes a real case file (by default 500 reports, 50,000 claims,
// 100,000 links, 3,000 sources) through core's reversible edits, opens it in a CaseDocument with the docks that
// hold the item models (Claims: ClaimListModel + ClaimFilterProxyModel; Case: ReportListModel; Analysis:
// ClaimMatrixModel), and times what an investigator waits for: opening the case, one add / edit / link and the
// undo of each, and filtering the Claims table. Each edit gives two figures: until the window responds (cache
// and rows updated, Claims table painted) and until the corroboration analysis, which a large case runs on a
// worker, is applied. The baseline, in the same run, is the full reload every edit used to cost (reread claims,
// links, sources and tags, rerun the analysis on the UI thread, reset the models): CaseDocument::reloadReports()
// with the background analysis switched off. Build in Release:
//   cmake --preset release && cmake --build build-release --target bench_workbench
//   QT_QPA_PLATFORM=offscreen ./build-release/bench/bench_workbench [--runs N] [--reports N] [--claims N]
//       [--case PATH] [--open-only] [--opens N]
// The product's bar (docs/product.md) is a case of 20,000 reports and 50,000 claims ready in under 1 s with
// under 300 MB resident: --reports 20000 makes that case; the figures are printed beside the bar.
// --opens N opens the case N times (default: 6, or half of --runs; 1 for a profiler of the first open).
// --case keeps the generated case at PATH and reuses it when it exists (making 50,000 claims takes minutes).
#include "core/case/Case.h"
#include "core/case/CaseAnalysis.h"
#include "core/case/edits/ClaimEdits.h"
#include "core/case/edits/LinkEdits.h"
#include "core/common/Hash.h"
#include "core/common/Memory.h"
#include "ui/commands/ClaimCommands.h"
#include "ui/document/CaseDocument.h"
#include "ui/panes/AnalysisPane.h"
#include "ui/panes/ClaimsPane.h"
#include "ui/panes/ReportListPane.h"
#include "ui/panes/ReportPane.h"
#include "ui/panes/ReportPaneArea.h"
#include "ui/search/SearchDock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <random>
#include <time.h>
#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace corrob;

namespace {

struct Shape
{
    int reports = 500;
    int claims = 50000;
    int links = 100000;
    int sources = 3000;
};

int argument(const QStringList& args, const QString& name, int fallback)
{
    const auto at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? std::max(1, args[at + 1].toInt()) : fallback;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time (ms) of the calling thread or of the whole process. On a shared machine the wall-clock figures grow with
// the load; CPU time says what the work itself costs.
double cpuMs(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Timing
{
    std::vector<double> responds;    // the step and the events it posted, once
    std::vector<double> analysed;    // until the document has no analysis under way
    std::vector<double> respondsCpu; // the UI thread's CPU time until it responds
    std::vector<double> analysedCpu; // the process's CPU time (UI thread and analysis worker) until analysed
    std::vector<double> applyCpu;    // the UI thread's CPU time from responding until analysed (applying the result)
};

// Runs step and the events it posted (view updates), then waits for the analysis the step started.
template <typename F> void timed(const ui::CaseDocument& document, Timing& into, F&& step)
{
    QElapsedTimer timer;
    timer.start();
    const double threadStart = cpuMs(CLOCK_THREAD_CPUTIME_ID);
    const double processStart = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
    step();
    QCoreApplication::processEvents();
    into.responds.push_back(msSince(timer));
    const double responded = cpuMs(CLOCK_THREAD_CPUTIME_ID);
    into.respondsCpu.push_back(responded - threadStart);
    while (document.analysis().isBusy()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    QCoreApplication::processEvents();
    into.analysed.push_back(msSince(timer));
    into.analysedCpu.push_back(cpuMs(CLOCK_PROCESS_CPUTIME_ID) - processStart);
    into.applyCpu.push_back(cpuMs(CLOCK_THREAD_CPUTIME_ID) - responded);
}

// Types query into the Search dock one character at a time, a character every 120 ms (a fast typist), then waits
// for its results (the dock's status no longer says it is searching). Returns the longest the UI thread was busy
// in one go (one pass of the event loop), wall and CPU: what a user typing would feel as a stutter.
std::pair<double, double> typeIntoSearch(ui::SearchDock& dock, const QString& query)
{
    double longest = 0;
    double longestCpu = 0;
    auto pass = [&] {
        QElapsedTimer busy;
        busy.start();
        const double cpu = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        QCoreApplication::processEvents();
        longest = std::max(longest, msSince(busy));
        longestCpu = std::max(longestCpu, cpuMs(CLOCK_THREAD_CPUTIME_ID) - cpu);
    };
    auto idle = [&](int ms) {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < ms) {
            pass();
            QThread::usleep(1000);
        }
    };
    auto* status = dock.findChild<QLabel*>(QStringLiteral("searchStatus"));
    for (const QChar c : query) {
        QElapsedTimer busy;
        busy.start();
        const double cpu = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        dock.queryField()->insert(QString(c)); // what a key press does to the line
        longest = std::max(longest, msSince(busy));
        longestCpu = std::max(longestCpu, cpuMs(CLOCK_THREAD_CPUTIME_ID) - cpu);
        idle(120);
    }
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 5000 && status && status->text() == ui::SearchDock::tr("Searching\u2026")) {
        idle(5);
    }
    idle(200); // the results laid out and painted
    return {longest, longestCpu};
}

// The load average over the last minute (/proc/loadavg): above the core count, other processes inflate the
// wall-clock figures.
double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').value(0).toDouble() : -1.0;
}

// VmHWM (peak) or VmRSS (now) from /proc/self/status, in kB.
long residentKb(const char* field = "VmHWM:")
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLong();
        }
    }
    return -1;
}

// One sentence per claim, each different (numbers and names vary) so filtering has something to find.
QString sentence(int report, int i)
{
    static const QStringList verbs = {QStringLiteral("reported"), QStringLiteral("denied"), QStringLiteral("confirmed"),
                                      QStringLiteral("documented")};
    static const QStringList things = {
        QStringLiteral("shelling near the station"), QStringLiteral("civilian casualties in the district"),
        QStringLiteral("a convoy on the northern road"), QStringLiteral("damage to the hospital roof"),
        QStringLiteral("refugees crossing the border")};
    return QStringLiteral("Officials %1 %2, at least %3 people, item %4-%5.")
        .arg(verbs[(report + i) % verbs.size()], things[(report * 7 + i) % things.size()])
        .arg(10 + (report * 31 + i * 17) % 4000)
        .arg(report)
        .arg(i);
}

Status makeCase(const QString& path, const Shape& shape)
{
    auto created = casefile::Case::create(path, QStringLiteral("bench"), {QStringLiteral("bench")});
    if (!created) {
        return created.error();
    }
    casefile::Case& c = *created.value();
    std::mt19937 rng(42);
    auto uniform = [&](int n) {
        return int(std::uniform_int_distribution<int>(0, n - 1)(rng));
    };
    // Spread the claims evenly: the first claims % reports reports get one more, so the total is exact.
    auto claimsOf = [&](int report) {
        return shape.claims / shape.reports + (report < shape.claims % shape.reports ? 1 : 0);
    };
    std::vector<ClaimId> claims;
    claims.reserve(std::size_t(shape.claims));
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < shape.reports; ++r) {
        QString text;
        std::vector<std::pair<qsizetype, qsizetype>> spans;
        const int perReport = claimsOf(r);
        for (int i = 0; i < perReport; ++i) {
            const QString s = sentence(r, i);
            spans.emplace_back(text.size(), text.size() + s.size());
            text += s + (i % 5 == 4 ? QStringLiteral("\n\n") : QStringLiteral(" "));
        }
        model::NewReport report;
        report.original = text.toUtf8();
        report.sha256 = sha256Hex(QByteArrayView(report.original));
        report.workingText = text;
        report.metadata.title = QStringLiteral("Amnesty International: synthetic report %1").arg(r + 1);
        report.metadata.outlet = QStringLiteral("Outlet %1").arg(r % 40 + 1);
        report.provenance.importMethod = QStringLiteral("paste");
        report.provenance.capturedAt = utcNowIso();
        report.provenance.mediaType = QStringLiteral("text/plain");
        report.provenance.encoding = QStringLiteral("UTF-8");
        auto added = c.addReport(report);
        if (!added) {
            return added.error();
        }
        for (const auto& [start, end] : spans) {
            casefile::ClaimDraft draft;
            draft.report = added.value();
            draft.start = start;
            draft.end = end;
            draft.sourceName = QStringLiteral("Source %1").arg(1 + uniform(shape.sources));
            draft.credibility = uniform(7);
            if (uniform(4) == 0) {
                draft.tagPaths = {QStringLiteral("Bench/Tag %1").arg(uniform(20))};
            }
            casefile::AddClaim add(draft);
            if (auto done = add.apply(c); !done) {
                return done.error();
            }
            claims.push_back(add.claim().id);
        }
        if ((r + 1) % std::max(50, shape.reports / 20) == 0) {
            std::fprintf(stderr, "  %d reports, %zu claims (%.0f s)\n", r + 1, claims.size(), msSince(timer) / 1e3);
        }
    }
    // Stories of about ten claims from different reports: most links stay inside a story, a few join stories.
    const int storySize = 10;
    const int stories = std::max(1, int(claims.size()) / storySize);
    auto storyMember = [&](int story) {
        return claims[std::size_t((story + stories * uniform(storySize)) % int(claims.size()))];
    };
    static const model::LinkType types[] = {model::LinkType::Corroborates, model::LinkType::Corroborates,
                                            model::LinkType::Corroborates, model::LinkType::Repeats,
                                            model::LinkType::Contradicts,  model::LinkType::Elaborates,
                                            model::LinkType::Updates};
    int made = 0;
    while (made < shape.links) {
        const int story = uniform(stories);
        const ClaimId from = storyMember(story);
        const ClaimId to = uniform(20) == 0 ? storyMember(uniform(stories)) : storyMember(story);
        if (from == to) {
            continue;
        }
        casefile::AddLink link(from, to, types[uniform(7)]);
        if (auto done = link.apply(c); !done) {
            continue; // a duplicate pair is refused; pick another
        }
        if (++made % 20000 == 0) {
            std::fprintf(stderr, "  %d links (%.0f s)\n", made, msSince(timer) / 1e3);
        }
    }
    return {};
}

} // namespace

int main(int argc, char** argv)
{
    configureAllocator(); // as the application's main() does, before any thread starts
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = argument(args, QStringLiteral("--runs"), 5);
    Shape shape;
    shape.claims = argument(args, QStringLiteral("--claims"), shape.claims);
    shape.reports = std::min(argument(args, QStringLiteral("--reports"), shape.reports), shape.claims);
    shape.links = shape.claims * 2;
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("bench.corrob"));
    if (const auto at = args.indexOf(QStringLiteral("--case")); at >= 0 && at + 1 < args.size()) {
        path = args[at + 1];
    }
    if (!QFile::exists(path)) {
        std::fprintf(stderr, "making %s: %d reports, %d claims, %d links, %d sources\n", qPrintable(path),
                     shape.reports, shape.claims, shape.links, shape.sources);
        if (auto made = makeCase(path, shape); !made) {
            std::fprintf(stderr, "error: %s\n", qPrintable(made.error().toString()));
            return 1;
        }
    }

    ui::CaseDocument document({QStringLiteral("bench")});
    ui::ClaimsPane claimsPane(document);
    ui::ReportListPane reportsPane(document);
    ui::AnalysisPane analysisPane(document);
    ui::SearchDock searchDock(document);
    // As the main window does: a case opens on its first reports side by side.
    ui::ReportPaneArea paneArea(document);
    QObject::connect(&document, &ui::CaseDocument::caseOpened, &paneArea, &ui::ReportPaneArea::openFirstReports);
    for (QWidget* pane :
         {static_cast<QWidget*>(&claimsPane), static_cast<QWidget*>(&reportsPane), static_cast<QWidget*>(&analysisPane),
          static_cast<QWidget*>(&paneArea), static_cast<QWidget*>(&searchDock)}) {
        pane->resize(900, 600);
        pane->show();
    }
    auto* claimTable = claimsPane.findChild<QTableView*>(QStringLiteral("claimTableView"));
    auto* filterEdit = claimsPane.findChild<QLineEdit*>(QStringLiteral("claimFilterLineEdit"));

    Timing open;
    // The first search of the Claims filter after an open: at once when the analysis is applied (every other open),
    // or after the user looked at the window for a second (the others), then cleared.
    Timing firstFilter;
    Timing firstFilterAfterPause;
    // What an investigator's process holds after opening the case once; later opens in the same process add what
    // the allocator keeps from the case before. Opened six times unless --opens says otherwise, to see whether that
    // stays flat.
    long residentAfterFirstOpen = 0;
    long peakAfterFirstOpen = 0;
    std::vector<long> residentPerOpen;
    std::vector<long> inUsePerOpen;    // kB the allocator has handed out (mallinfo2), after each open
    std::vector<long> heldFreePerOpen; // kB it holds free
    std::vector<long> inUseAfterClose; // kB handed out before each open, with the case before closed
    const int opens = std::max(1, argument(args, QStringLiteral("--opens"), std::max(6, runs / 2)));
    for (int i = 0; i < opens; ++i) {
        document.close();
        QCoreApplication::processEvents();
#ifdef __GLIBC__
        inUseAfterClose.push_back(long(mallinfo2().uordblks / 1024));
#endif
        timed(document, open, [&] {
            if (auto opened = document.open(path); !opened) {
                std::fprintf(stderr, "error: %s\n", qPrintable(opened.error().toString()));
                std::exit(1);
            }
            claimTable->viewport()->repaint();
        });
        if (i % 2 == 1) {
            QElapsedTimer pause;
            pause.start();
            while (pause.elapsed() < 1000) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            }
        }
        timed(document, i % 2 == 0 ? firstFilter : firstFilterAfterPause, [&] {
            filterEdit->setText(QStringLiteral("hospital %1").arg(200 + i));
            claimTable->viewport()->repaint();
        });
        filterEdit->clear();
        QCoreApplication::processEvents();
        residentPerOpen.push_back(residentKb("VmRSS:"));
#ifdef __GLIBC__
        {
            // What the allocator has handed out and what it holds free (all arenas): a leak grows the first, a
            // fragmented heap the second.
            const struct mallinfo2 info = mallinfo2();
            inUsePerOpen.push_back(long(info.uordblks / 1024));
            heldFreePerOpen.push_back(long(info.fordblks / 1024));
        }
#endif
        if (i == 0) {
            residentAfterFirstOpen = residentKb("VmRSS:");
            peakAfterFirstOpen = residentKb();
        }
    }
    const long residentAfterOpen = residentKb("VmRSS:");
    // What the analysis worker of a large case's open reads on its own connection (a read-only one, one snapshot)
    // while the UI thread reads the window's lists: its CPU time here, on this thread, median of three.
    std::vector<double> workerRead;
    for (int i = 0; i < 3; ++i) {
        const double cpu = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        auto opened = casefile::Case::open(path, {}, casefile::Case::Access::ReadOnly);
        if (!opened || !casefile::readAnalysisInput(*opened.value())) {
            std::fprintf(stderr, "error: the analysis input could not be read\n");
            return 1;
        }
        workerRead.push_back(cpuMs(CLOCK_THREAD_CPUTIME_ID) - cpu);
    }
    auto printAllocated = [&] {
        std::printf("resident / allocated by malloc / held free by malloc after each open:");
        for (std::size_t i = 0; i < inUsePerOpen.size(); ++i) {
            std::printf(" %ld/%ld/%ld", residentPerOpen[i] / 1024, inUsePerOpen[i] / 1024, heldFreePerOpen[i] / 1024);
        }
        std::printf(" MB\n");
        std::printf("allocated by malloc before each open (the case before closed):");
        for (long kb : inUseAfterClose) {
            std::printf(" %ld", kb / 1024);
        }
        std::printf(" MB\n");
    };
    const auto printWorkerRead = [&] {
        std::printf("  the analysis worker's own read of the case as it opens (read-only connection, one snapshot): "
                    "CPU %.1f ms\n",
                    median(workerRead));
    };
    if (args.contains(QStringLiteral("--open-only"))) { // for a profiler: nothing but opening
        std::printf("open: responds %.1f ms (UI thread CPU %.1f ms), analysed %.1f ms (process CPU %.1f ms); resident "
                    "after the first open %ld MB (peak %ld MB), after %zu opens %ld MB; first filter %.1f ms; load "
                    "average %.1f\n",
                    median(open.responds), median(open.respondsCpu), median(open.analysed), median(open.analysedCpu),
                    residentAfterFirstOpen / 1024, peakAfterFirstOpen / 1024, open.responds.size(),
                    residentAfterOpen / 1024, median(firstFilter.responds), loadAverage());
        printWorkerRead();
        printAllocated();
        return 0;
    }
    int reportsShown = 0;
    for (const ui::ReportPane* pane : paneArea.panes()) {
        reportsShown += pane->report().isValid() ? 1 : 0;
    }
    const std::size_t claimCount = document.cache().claims().size();
    const std::size_t linkCount = document.cache().links().size();
    if (claimCount < 2) {
        std::fprintf(stderr, "error: the case has fewer than two claims\n");
        return 1;
    }

    // The baseline: what every edit cost before edits became incremental (the analysis on the UI thread too).
    Timing fullReload;
    const int background = document.analysis().backgroundFrom();
    document.analysis().setBackgroundFrom(std::numeric_limits<int>::max());
    for (int i = 0; i < runs; ++i) {
        timed(document, fullReload, [&] {
            (void)document.reloadReports();
            claimTable->viewport()->repaint();
        });
    }
    document.analysis().setBackgroundFrom(background);

    Timing add;
    Timing addUndo;
    Timing edit;
    Timing editUndo;
    Timing link;
    Timing linkUndo;
    Timing filter;
    Timing unfilter;
    const model::Claim target = document.cache().claims()[claimCount / 2];
    const model::Claim other = document.cache().claims()[claimCount / 3];
    document.selection().setCurrentClaim(target.id);
    // For a profiler: perf record -k CLOCK_MONOTONIC ..., then perf report --time FROM,TO shows the edits alone.
    const double editsFrom = cpuMs(CLOCK_MONOTONIC) / 1e3;
    for (int i = 0; i < runs; ++i) {
        auto step = [&](Timing& into, auto&& doIt) {
            timed(document, into, [&] {
                doIt();
                claimTable->viewport()->repaint();
            });
        };
        step(add, [&] {
            casefile::ClaimDraft draft;
            draft.report = target.report;
            draft.start = target.anchor.start;
            draft.end = target.anchor.start + 8;
            (void)document.execute(std::make_unique<ui::AddClaimCommand>(document, draft));
        });
        step(addUndo, [&] { document.undoStack()->undo(); });
        step(edit, [&] {
            casefile::ClaimChanges changes;
            changes.statement = QStringLiteral("Edited statement %1").arg(i);
            (void)document.execute(std::make_unique<ui::EditClaimCommand>(document, target.id, changes));
        });
        step(editUndo, [&] { document.undoStack()->undo(); });
        step(link, [&] {
            (void)document.execute(
                std::make_unique<ui::LinkClaimsCommand>(document, target.id, other.id, model::LinkType::Contradicts));
        });
        step(linkUndo, [&] { document.undoStack()->undo(); });
        step(filter, [&] { filterEdit->setText(QStringLiteral("hospital %1").arg(100 + i)); });
        step(unfilter, [&] { filterEdit->clear(); });
    }

    std::fprintf(stderr, "edits from %.6f to %.6f s (CLOCK_MONOTONIC)\n", editsFrom, cpuMs(CLOCK_MONOTONIC) / 1e3);

    // Before the analysis followed edits incrementally: the same edit and its undo analysed whole on the worker.
    Timing editWhole;
    Timing editWholeUndo;
    document.analysis().setIncremental(false);
    for (int i = 0; i < runs; ++i) {
        timed(document, editWhole, [&] {
            casefile::ClaimChanges changes;
            changes.statement = QStringLiteral("Edited whole %1").arg(i);
            (void)document.execute(std::make_unique<ui::EditClaimCommand>(document, target.id, changes));
            claimTable->viewport()->repaint();
        });
        timed(document, editWholeUndo, [&] {
            document.undoStack()->undo();
            claimTable->viewport()->repaint();
        });
    }
    document.analysis().setIncremental(true);

    // The same edit while the Analysis dock shows its conflict list (tens of thousands of conflicts here).
    auto* analysisTabs = analysisPane.findChild<QTabWidget*>(QStringLiteral("analysisTabWidget"));
    analysisTabs->setCurrentIndex(1);
    QCoreApplication::processEvents();
    Timing editConflictsShown;
    for (int i = 0; i < runs; ++i) {
        timed(document, editConflictsShown, [&] {
            casefile::ClaimChanges changes;
            changes.statement = QStringLiteral("Edited again %1").arg(i);
            (void)document.execute(std::make_unique<ui::EditClaimCommand>(document, target.id, changes));
            claimTable->viewport()->repaint();
        });
    }

    // Typing in the Search dock: the longest the window was busy in one go while a query was typed and answered.
    std::vector<double> searchStalls;
    std::vector<double> searchStallsCpu;
    for (int i = 0; i < runs; ++i) {
        searchDock.queryField()->clear();
        QCoreApplication::processEvents();
        const auto [stall, stallCpu] = typeIntoSearch(searchDock, QStringLiteral("hospital roof %1").arg(i));
        searchStalls.push_back(stall);
        searchStallsCpu.push_back(stallCpu);
    }
    const QLabel* searchStatus = searchDock.findChild<QLabel*>(QStringLiteral("searchStatus"));
    const QString searchAnswer = searchStatus ? searchStatus->text() : QString();
    searchDock.queryField()->clear();

    // UI CPU: the UI thread's CPU time until it responds (the load does not inflate it); then until the analysis
    // is applied.
    auto print = [](const char* what, const Timing& timing) {
        std::printf("%-44s responds: median %7.1f ms   analysed: median %7.1f ms   UI CPU: %5.1f ms + %5.1f ms\n", what,
                    median(timing.responds), median(timing.analysed), median(timing.respondsCpu),
                    median(timing.applyCpu));
    };
    // One line per figure for scripts/bench: name, figure, baseline (the full reload), ratio.
    auto result = [&](const char* what, const Timing& timing) {
        const double baseline = median(fullReload.responds);
        std::printf("RESULT\tworkbench %s: responds\t%.1f ms\t%.1f ms\t%.2f\n", what, median(timing.responds), baseline,
                    median(timing.responds) / baseline);
        std::printf("RESULT\tworkbench %s: analysed\t%.1f ms\t%.1f ms\t%.2f\n", what, median(timing.analysed), baseline,
                    median(timing.analysed) / baseline);
    };
    std::printf("case: %d reports, %zu claims, %zu links, %zu sources; analysis on a worker from %d claims + links\n",
                int(document.reportSummaries().size()), claimCount, linkCount, document.cache().sources().size(),
                background);
    print("open the case (docks filled, table painted)", open);
    std::printf("  CPU time: UI thread until it responds %.1f ms; process until analysed %.1f ms (load average %.1f "
                "on %d cores)\n",
                median(open.respondsCpu), median(open.analysedCpu), loadAverage(), QThread::idealThreadCount());
    printWorkerRead();
    std::printf("  bar: ready in under 1000 ms: responds %s, analysed %s; %d report panes showing the first reports\n",
                median(open.responds) < 1000.0 ? "meets" : "MISSES",
                median(open.analysed) < 1000.0 ? "meets" : "MISSES", reportsShown);
    print("baseline: full reload (every edit before)", fullReload);
    print("edit claim statement, analysis whole (before)", editWhole);
    print("  undo, analysis whole (before)", editWholeUndo);
    print("add claim", add);
    print("  undo", addUndo);
    print("edit claim statement", edit);
    print("  undo", editUndo);
    print("link claims", link);
    print("  undo", linkUndo);
    print("filter the Claims table by two words", filter);
    print("  clear the filter", unfilter);
    print("edit claim statement, Conflicts tab shown", editConflictsShown);
    print("first filter after opening, at once", firstFilter);
    print("first filter after opening and a 1 s pause", firstFilterAfterPause);
    std::printf("type a query in the Search dock, a character each 120 ms: the window busy at most %.1f ms in one go "
                "(median of %d runs; UI CPU %.1f ms; bar: one frame, 16 ms: %s); the dock said: %s\n",
                median(searchStalls), runs, median(searchStallsCpu), median(searchStalls) <= 16.0 ? "meets" : "MISSES",
                qPrintable(searchAnswer));
    std::printf("resident after each open:");
    for (long kb : residentPerOpen) {
        std::printf(" %ld", kb / 1024);
    }
    std::printf(" MB\n");
    printAllocated();
    std::printf("resident after opening once: %ld MB, peak until then %ld MB (bar: under 300 MB: %s); after %zu opens: "
                "%ld MB; peak over the run (with the baseline's full reloads): %ld MB\n",
                residentAfterFirstOpen / 1024, peakAfterFirstOpen / 1024,
                std::max(residentAfterFirstOpen, peakAfterFirstOpen) < 300 * 1024 ? "meets" : "MISSES",
                open.responds.size(), residentAfterOpen / 1024, residentKb() / 1024);
    result("open", open);
    result("edit claim", edit);
    result("filter Claims", filter);
    result("first filter after opening", firstFilter);
    result("first filter after opening and a pause", firstFilterAfterPause);
    result("edit claim, analysis whole (before)", editWhole);
    std::printf("RESULT\tworkbench typing a search: longest stall\t%.1f ms\t%.1f ms\t%.2f\n", median(searchStalls),
                median(fullReload.responds), median(searchStalls) / median(fullReload.responds));
    std::printf("RESULT\tworkbench resident after %zu opens\t%ld MB\t%ld MB\t%.2f\n", open.responds.size(),
                residentAfterOpen / 1024, residentAfterFirstOpen / 1024,
                double(residentAfterOpen) / double(std::max(residentAfterFirstOpen, 1L)));
    return 0;
}
