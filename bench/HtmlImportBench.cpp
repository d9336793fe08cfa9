// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_html_import: times HtmlImporter::read on the pathological pages the tests import (HTML nested 100,000
// levels deep; a 10 MB page of paragraphs) and prints the time and throughput of each. The tests check what the
// import produces; how long it takes is measured here, not asserted. Build in Release:
//   cmake --preset release && cmake --build build-release --target bench_html_import
//   ./build-release/bench/bench_html_import [--runs N]
#include "core/io/HtmlImporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace corrob;

namespace {

// The page of HtmlImporterTest's ImportsHtmlNestedOneHundredThousandLevelsDeep.
QByteArray deepPage()
{
    constexpr int kDepth = 100000;
    QByteArray html = "<!DOCTYPE html><html><head><title>Deep</title></head><body>";
    for (int i = 0; i < kDepth; ++i) {
        html += "<div>";
    }
    html += "<p>The text at the very bottom of a very deep page.</p>";
    for (int i = 0; i < kDepth; ++i) {
        html += "</div>";
    }
    return html + "</body></html>";
}

// The page of ImportsUnclosedFormattingElementsNestedDeeply.
QByteArray unclosedPage()
{
    QByteArray html = "<html><body><p>Start of the text.";
    for (int i = 0; i < 100000; ++i) {
        html += "<b><i><span>";
    }
    return html + "End of the text.</p></body></html>";
}

// The page of ImportsATenMegabytePage.
QByteArray longPage()
{
    QByteArray html = "<!DOCTYPE html><html><head><title>Long report</title></head><body><div class=\"content\">";
    const QByteArray paragraph = "<p>Paragraph with <a href=\"/x\">a link</a>, some <b>bold</b> words, commas, "
                                 "and enough text to be scored as the article body of a long report.</p>\n";
    while (html.size() < 10 * 1024 * 1024) {
        html += paragraph;
    }
    return html + "</div></body></html>";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int runs = 3;
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at > 0 && at + 1 < args.size()) {
        runs = std::max(1, args.at(at + 1).toInt());
    }
    struct Page
    {
        const char* label;
        QByteArray html;
    };
    const std::vector<Page> pages{{"nested 100,000 levels deep", deepPage()},
                                  {"100,000 unclosed <b><i><span>", unclosedPage()},
                                  {"10 MB of paragraphs", longPage()}};
    std::printf("%-32s %10s %12s %12s %10s\n", "page", "bytes", "best ms", "median ms", "MB/s");
    for (const Page& page : pages) {
        std::vector<qint64> times;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto report =
                io::HtmlImporter().read({page.html, QStringLiteral("page.html"), QStringLiteral("page.html")});
            times.push_back(timer.elapsed());
            if (!report) {
                std::fprintf(stderr, "%s: %s\n", page.label, qPrintable(report.error().toString()));
                return 1;
            }
        }
        std::sort(times.begin(), times.end());
        const double mb = page.html.size() / (1024.0 * 1024.0);
        std::printf("%-32s %10lld %12lld %12lld %10.1f\n", page.label, static_cast<long long>(page.html.size()),
                    static_cast<long long>(times.front()), static_cast<long long>(times[times.size() / 2]),
                    mb / std::max<qint64>(1, times.front()) * 1000.0);
        std::printf("RESULT\thtml import: %s\t%lld ms\t-\t-\n", page.label,
                    static_cast<long long>(times[times.size() / 2]));
    }
    return 0;
}
