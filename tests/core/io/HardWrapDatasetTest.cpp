// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hard-wrap detection on real texts (../shared/datasets, skipped when absent): Reuters newswire bodies are
// hard-wrapped at ~65 columns with indented paragraphs; FNC-1 article bodies have one paragraph per line.
#include "bench/ReutersCorpus.h"
#include "core/io/LineJoiner.h"
#include "core/io/PdfImporter.h"
#include "core/io/PlainTextImporter.h"
#include "core/model/TextRange.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <iostream>

using namespace corrob;

namespace {

// Reuters stories with a body, as the text an investigator would save: title, blank line, dateline and body; from
// the first `files` files of the distribution, read by the benchmarks' reader.
QStringList reutersStories(const QString& root, int files)
{
    static const QRegularExpression numeric(QStringLiteral("&#\\d+;")); // control characters of the wire
    const QString last = QStringLiteral("reut2-%1.sgm").arg(files - 1, 3, 10, QChar(u'0'));
    QStringList out;
    bench::forEachReutersStory(bench::reutersDir(root), [&](const bench::ReutersStory& s) {
        if (s.file > last) {
            return false;
        }
        if (s.hasBody) {
            QString story = s.title + QStringLiteral("\n\n") + s.dateline + s.body;
            out << bench::unescapeReuters(story.remove(numeric));
        }
        return true;
    });
    return out;
}

// FNC-1 article bodies (CSV: id, quoted body with doubled quotes).
QStringList fncBodies(const QString& root)
{
    QFile f(root + QStringLiteral("/fnc1/train_bodies.csv"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QString csv = QString::fromUtf8(f.readAll());
    QStringList out;
    qsizetype pos = csv.indexOf(u'\n') + 1; // header
    while (pos > 0 && pos < csv.size()) {
        const qsizetype quote = csv.indexOf(u'"', pos);
        if (quote < 0) {
            break;
        }
        QString bodyText;
        qsizetype i = quote + 1;
        while (i < csv.size()) {
            if (csv.at(i) == u'"') {
                if (i + 1 < csv.size() && csv.at(i + 1) == u'"') {
                    bodyText += u'"';
                    i += 2;
                    continue;
                }
                break;
            }
            bodyText += csv.at(i++);
        }
        out << bodyText;
        pos = csv.indexOf(u'\n', i) + 1;
    }
    return out;
}

} // namespace

TEST(HardWrapDataset, FindsReutersStoriesHardWrappedAndJoinsTheirParagraphs)
{
    const QString root = test::datasetsDir();
    if (root.isEmpty()) {
        GTEST_SKIP() << "../shared/datasets is absent: no Reuters stories to measure";
    }
    const QStringList stories = reutersStories(root, 2);
    if (stories.isEmpty()) {
        GTEST_SKIP() << "no Reuters-21578 files in " << root.toStdString();
    }
    int eligible = 0;
    int wrapped = 0;
    int titlesKept = 0;
    for (const QString& story : stories) {
        const io::WrapProfile profile = io::detectHardWrap(story);
        if (profile.proseLines < 8) {
            continue; // a few lines: nothing to measure
        }
        ++eligible;
        wrapped += profile.hardWrapped ? 1 : 0;
        auto report = io::PlainTextImporter().read({story.toUtf8(), QStringLiteral("story.txt"), {}});
        ASSERT_TRUE(report.ok());
        titlesKept += report->metadata.title == story.left(story.indexOf(u'\n')).simplified() ? 1 : 0;
    }
    std::cout << "[ figures  ] Reuters-21578 (2 files): " << wrapped << " of " << eligible
              << " stories of 8+ lines detected as hard-wrapped; title = the TITLE line in " << titlesKept << "\n";
    // The stories not detected are mostly earnings reports: a table of figures, one per line, that must stay so.
    EXPECT_GE(wrapped * 100, eligible * 85);
    EXPECT_GE(titlesKept * 100, eligible * 95);

    // The first story's paragraphs, joined.
    const QString joined = io::unwrapText(stories.front());
    EXPECT_TRUE(joined.contains(QStringLiteral("Showers continued throughout the week in the Bahia cocoa zone, "
                                               "alleviating the drought since early January")))
        << joined.left(600).toStdString();
}

TEST(HardWrapDataset, LeavesFncBodiesWithOneParagraphPerLineAsTheyAre)
{
    const QString root = test::datasetsDir();
    if (root.isEmpty()) {
        GTEST_SKIP() << "../shared/datasets is absent: no FNC-1 bodies to measure";
    }
    const QStringList bodies = fncBodies(root);
    if (bodies.isEmpty()) {
        GTEST_SKIP() << "no FNC-1 bodies in " << root.toStdString();
    }
    int wrapped = 0;
    for (const QString& text : bodies) {
        wrapped += io::detectHardWrap(text).hardWrapped ? 1 : 0;
    }
    std::cout << "[ figures  ] FNC-1: " << wrapped << " of " << bodies.size()
              << " article bodies detected as hard-wrapped\n";
    EXPECT_LE(wrapped * 100, int(bodies.size()));
}

TEST(HardWrapDataset, JoinsTheLinesOfARealPdfAndTakesItsHeadline)
{
    const QString root = test::datasetsDir();
    QFile f(root + QStringLiteral("/ecbplus/NWR-2014-1.pdf"));
    if (root.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        GTEST_SKIP() << "../shared/datasets/ecbplus/NWR-2014-1.pdf is absent";
    }
    auto report = io::PdfImporter().read({f.readAll(), QStringLiteral("NWR-2014-1.pdf"), {}});
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    std::cout << "[ figures  ] NWR-2014-1.pdf: title \"" << report->metadata.title.toStdString() << "\"\n";
    EXPECT_FALSE(report->metadata.title.startsWith(QStringLiteral("Microsoft Word")));
    const QString reading = model::textWithout(report->workingText, report->excludedRanges);
    EXPECT_TRUE(reading.contains(QStringLiteral("This document provides guidelines for the annotation of events and "
                                                "coreference between them.")))
        << reading.left(3000).toStdString();
}
