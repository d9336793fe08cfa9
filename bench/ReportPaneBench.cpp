// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_report_pane: how long a 100 KB article with 1,000 highlighted claims takes to show in a report pane
// (text, claim highlights, margin marks, first paint), and to switch the current claim (every pane re-highlights,
// the linked claim scrolls into view, curves follow), against a baseline in the same run: QTextEdit::setPlainText
// of the same text with no highlights, painted once. Product target: under 100 ms. Build in Release:
//   cmake --preset release && cmake --build build-release --target bench_report_pane
//   QT_QPA_PLATFORM=offscreen ./build-release/bench/bench_report_pane [--runs N]
#include "core/case/Case.h"
#include "core/case/edits/ClaimEdits.h"
#include "core/case/edits/LinkEdits.h"
#include "core/common/Hash.h"
#include "ui/document/CaseDocument.h"
#include "ui/panes/ReportPane.h"
#include "ui/panes/ReportPaneArea.h"
#include "ui/widgets/ReadingTextView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextEdit>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace corrob;

namespace {

QString syntheticArticle(int targetChars)
{
    const QStringList sentences = {
        QStringLiteral("Amnesty International said it had documented 22 cases of unlawful killings by Russian forces."),
        QStringLiteral("The regional governor said that at least 1,235 civilian bodies have been found in the region."),
        QStringLiteral("Russia has denied the allegations and said it hits only targets with military value."),
        QStringLiteral("Witnesses described shelling of residential neighbourhoods late in the evening."),
        QStringLiteral("Investigators matched spent ammunition with specific units, the report concludes."),
    };
    QString text;
    int i = 0;
    while (text.size() < targetChars) {
        text += sentences[i % sentences.size()] + (i % 4 == 3 ? QStringLiteral("\n\n") : QStringLiteral(" "));
        ++i;
    }
    return text;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

template <typename F> std::vector<double> timeRuns(int runs, F&& run)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        run(i);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    int runs = 15;
    const QStringList args = app.arguments();
    if (const auto at = args.indexOf(QStringLiteral("--runs")); at >= 0 && at + 1 < args.size()) {
        runs = std::max(1, args[at + 1].toInt());
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.corrob"));
    const QString text = syntheticArticle(100 * 1000);
    constexpr int kClaims = 1000;
    {
        auto created = casefile::Case::create(path, QStringLiteral("bench"), {QStringLiteral("bench")});
        if (!created) {
            std::fprintf(stderr, "error: %s\n", qPrintable(created.error().toString()));
            return 1;
        }
        casefile::Case& c = *created.value();
        QList<ReportId> reports;
        for (int r = 0; r < 2; ++r) {
            model::NewReport report;
            report.original = (text + QString::number(r)).toUtf8();
            report.sha256 = sha256Hex(QByteArrayView(report.original));
            report.workingText = text + QString::number(r);
            report.metadata.title = QStringLiteral("Synthetic article %1").arg(r + 1);
            report.provenance.importMethod = QStringLiteral("paste");
            report.provenance.capturedAt = utcNowIso();
            report.provenance.mediaType = QStringLiteral("text/plain");
            report.provenance.encoding = QStringLiteral("UTF-8");
            reports.append(c.addReport(report).value());
        }
        // 1,000 claims of 40-90 characters every ~100 characters, one in five overlapping its neighbour; a third
        // tagged (tag colour), a few linked across the two reports.
        std::vector<ClaimId> first;
        std::vector<ClaimId> second;
        for (int r = 0; r < 2; ++r) {
            const int count = r == 0 ? kClaims : 50;
            for (int i = 0; i < count; ++i) {
                casefile::ClaimDraft draft;
                draft.report = reports[r];
                draft.start = qsizetype(i) * (text.size() - 200) / count;
                draft.end = *draft.start + 40 + (i % 5 == 0 ? 120 : i % 50);
                if (i % 3 == 0) {
                    draft.tagPaths = {QStringLiteral("Bench/Tagged")};
                }
                casefile::AddClaim add(draft);
                if (auto done = add.apply(c); !done) {
                    std::fprintf(stderr, "error: %s\n", qPrintable(done.error().toString()));
                    return 1;
                }
                (r == 0 ? first : second).push_back(add.claim().id);
            }
        }
        for (std::size_t i = 0; i < second.size(); ++i) {
            casefile::AddLink link(first[i * 19], second[i], model::LinkType::Corroborates);
            (void)link.apply(c);
        }
    }

    ui::CaseDocument document({QStringLiteral("bench")});
    if (auto opened = document.open(path); !opened) {
        std::fprintf(stderr, "error: %s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    const ReportId big = document.reportSummaries().at(0).id;
    const ReportId small = document.reportSummaries().at(1).id;

    QTextEdit baselineView;
    baselineView.resize(700, 900);
    baselineView.show();
    const auto baseline = timeRuns(runs, [&](int i) {
        baselineView.setPlainText(i % 2 ? text : text + u' ');
        baselineView.repaint();
    });

    // The reading view's own formatting (line height, paragraph gaps, centred column) without any claim.
    ui::ReadingTextView readingView;
    readingView.resize(700, 900);
    readingView.show();
    const auto reading = timeRuns(runs, [&](int i) {
        readingView.setReadingText(i % 2 ? text : text + u' ');
        readingView.viewport()->repaint();
    });

    ui::ReportPaneArea area(document);
    area.resize(1400, 900);
    area.show();
    ui::ReportPane* left = area.panes().at(0);
    ui::ReportPane* right = area.panes().at(1);
    right->showReport(small);
    // Each run first shows the small report (untimed), then times showing the big one: text, 1,000 highlights,
    // margin marks and the first paint.
    std::vector<double> openBig;
    for (int i = 0; i < runs; ++i) {
        left->showReport(small);
        QElapsedTimer timer;
        timer.start();
        left->showReport(big);
        left->textView()->viewport()->repaint();
        openBig.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const auto switchPane = timeRuns(runs, [&](int i) {
        area.setCurrentPane(i % 2 ? left : right);
        document.selection().setCurrentClaim(document.cache().claimsOf(big).at(std::size_t(i * 19 % 50 * 19)).id);
        QCoreApplication::processEvents(); // curves are laid out once per burst
        left->textView()->viewport()->repaint();
        right->textView()->viewport()->repaint();
    });
    std::printf("report: %lld UTF-16 units, %d claims (%lld highlighted in the pane)\n", qlonglong(text.size()),
                kClaims, qlonglong(left->textView()->extraSelections().size()));
    std::printf("baseline setPlainText + paint, no highlights: median %.1f ms\n", median(baseline));
    std::printf("reading view setReadingText + paint, no highlights: median %.1f ms\n", median(reading));
    std::printf("show the 100 KB report with 1,000 claims in a pane + paint: median %.1f ms\n", median(openBig));
    std::printf("switch current pane + current claim (re-highlight both panes, scroll, curves): median %.1f ms\n",
                median(switchPane));
    std::printf("target: under 100 ms\n");
    std::printf("RESULT\treport pane: show 100 KB, 1,000 claims\t%.1f ms\t%.1f ms\t%.2f\n", median(openBig),
                median(baseline), median(openBig) / median(baseline));
    std::printf("RESULT\treport pane: switch pane and claim\t%.1f ms\t%.1f ms\t%.2f\n", median(switchPane),
                median(baseline), median(switchPane) / median(baseline));
    return 0;
}
