// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Scores HtmlImporter on the Readability test pages: for each pages/<name>/ (source.html, expected.html,
// expected-metadata.json), word-level precision, recall and F1 of the working text against the text of
// expected.html (bags of words with counts, tokenised the same way), and whether title, author (byline), outlet
// (siteName), published date (publishedTime, compared on the day) and language (lang) match after folding case
// and whitespace. Usage: bench_readability [PAGES_DIR]; skips with a message when the datasets are absent.
#include "core/io/HtmlImporter.h"
#include "core/io/html/HtmlDocument.h"
#include "core/io/html/HtmlMetadata.h"
#include "core/model/PartialDate.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace corrob;

namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xAC00 && c <= 0xD7AF);
}

// Lower-cased runs of letters and digits; each CJK character is a word of its own (no spaces between words).
QHash<QString, int> words(const QString& text)
{
    QHash<QString, int> bag;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty()) {
            ++bag[current];
            current.clear();
        }
    };
    for (const char32_t c : text.toUcs4()) {
        if (isCjk(c)) {
            flush();
            ++bag[QString::fromUcs4(&c, 1)];
        } else if (QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing) {
            current += QString::fromUcs4(&c, 1).toLower();
        } else {
            flush();
        }
    }
    flush();
    return bag;
}

struct Prf
{
    double precision = 0;
    double recall = 0;
    double f1 = 0;
};

Prf compare(const QHash<QString, int>& got, const QHash<QString, int>& expected)
{
    qint64 common = 0;
    qint64 gotTotal = 0;
    qint64 expectedTotal = 0;
    for (auto it = got.begin(); it != got.end(); ++it) {
        gotTotal += it.value();
        common += qMin(it.value(), expected.value(it.key()));
    }
    for (const int n : expected) {
        expectedTotal += n;
    }
    Prf r;
    r.precision = gotTotal ? double(common) / double(gotTotal) : (expectedTotal ? 0.0 : 1.0);
    r.recall = expectedTotal ? double(common) / double(expectedTotal) : 1.0;
    r.f1 = r.precision + r.recall > 0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0.0;
    return r;
}

QString fold(const QString& s)
{
    return s.simplified().toLower();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// One metadata field: matched over pages that expect a value, and over all pages (both empty counts as a match).
struct FieldScore
{
    const char* name;
    int expected = 0;
    int matchedExpected = 0;
    int total = 0;
    int matchedTotal = 0;
    int extraneous = 0; // a value where none was expected

    void add(bool hasExpected, bool hasGot, bool equal)
    {
        ++total;
        if (hasExpected) {
            ++expected;
            matchedExpected += equal ? 1 : 0;
            matchedTotal += equal ? 1 : 0;
        } else {
            matchedTotal += hasGot ? 0 : 1;
            extraneous += hasGot ? 1 : 0;
        }
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString pagesDir =
        argc > 1 ? QString::fromLocal8Bit(argv[1])
                 : QDir::cleanPath(QStringLiteral(CORROB_SOURCE_DIR "/../shared/datasets/readability/pages"));
    if (!QFileInfo(pagesDir).isDir()) {
        std::printf("bench_readability: skipped, no Readability pages at %s\n", qPrintable(pagesDir));
        return 0;
    }
    const QStringList pages = QDir(pagesDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    io::HtmlImporter importer;
    FieldScore title{"title"};
    FieldScore author{"author"};
    FieldScore outlet{"outlet"};
    FieldScore date{"date"};
    FieldScore language{"language"};
    double sumP = 0;
    double sumR = 0;
    double sumF = 0;
    int scored = 0;
    int failed = 0;
    qint64 totalMs = 0;
    std::printf("%-40s %6s %6s %6s %5s  %s\n", "page", "P", "R", "F1", "ms", "title author outlet date lang");
    for (const QString& name : pages) {
        const QDir dir(QDir(pagesDir).filePath(name));
        const QByteArray source = readFile(dir.filePath(QStringLiteral("source.html")));
        const QByteArray expectedHtml = readFile(dir.filePath(QStringLiteral("expected.html")));
        const QJsonObject meta =
            QJsonDocument::fromJson(readFile(dir.filePath(QStringLiteral("expected-metadata.json")))).object();
        QElapsedTimer timer;
        timer.start();
        auto report =
            importer.read({source, QStringLiteral("source.html"), dir.filePath(QStringLiteral("source.html"))});
        const qint64 ms = timer.elapsed();
        totalMs += ms;
        auto expectedDoc = io::html::HtmlDocument::parse(expectedHtml, name);
        const QString expectedText =
            expectedDoc && expectedDoc->root() ? io::html::textContent(expectedDoc->root()) : QString();
        model::ReportMetadata got;
        QString text;
        if (report) {
            got = report->metadata;
            text = model::textWithout(report->workingText, report->excludedRanges);
        } else {
            ++failed;
            std::printf("%-40s failed: %s\n", qPrintable(name), qPrintable(report.error().toString()));
        }
        const Prf prf = compare(words(text), words(expectedText));
        sumP += prf.precision;
        sumR += prf.recall;
        sumF += prf.f1;
        ++scored;

        const auto check = [](FieldScore& field, const QString& expected, const QString& value) {
            const bool equal = fold(expected) == fold(value);
            field.add(!fold(expected).isEmpty(), !fold(value).isEmpty(), equal);
            return fold(expected).isEmpty() ? (fold(value).isEmpty() ? '.' : '+') : (equal ? 'y' : 'n');
        };
        const char t = check(title, meta.value(u"title").toString(), got.title);
        const char a = check(author, meta.value(u"byline").toString(), got.author);
        const char o = check(outlet, meta.value(u"siteName").toString(), got.outlet);
        const model::PartialDate expectedDate = io::html::parseWebDate(meta.value(u"publishedTime").toString());
        const QString expectedDay = expectedDate.iso.left(10);
        const QString gotDay = got.published.iso.left(10);
        const char d = check(date, expectedDay, gotDay);
        const char l = check(language, meta.value(u"lang").toString(), got.language);
        std::printf("%-40s %6.3f %6.3f %6.3f %5lld  %c %c %c %c %c\n", qPrintable(name), prf.precision, prf.recall,
                    prf.f1, static_cast<long long>(ms), t, a, o, d, l);
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE")) {
            std::printf("    title: %s | %s\n    author: %s | %s\n    outlet: %s | %s\n    date: %s | %s\n",
                        qPrintable(got.title), qPrintable(meta.value(u"title").toString()), qPrintable(got.author),
                        qPrintable(meta.value(u"byline").toString()), qPrintable(got.outlet),
                        qPrintable(meta.value(u"siteName").toString()), qPrintable(gotDay), qPrintable(expectedDay));
        }
    }
    if (scored == 0) {
        std::printf("bench_readability: no pages in %s\n", qPrintable(pagesDir));
        return 0;
    }
    std::printf("\npages %d, failed %d, total %lld ms\n", scored, failed, static_cast<long long>(totalMs));
    std::printf("mean precision %.3f  recall %.3f  F1 %.3f\n", sumP / scored, sumR / scored, sumF / scored);
    std::printf("(y match, n mismatch, + value where none expected, . both empty)\n");
    std::printf("RESULT\treadability: mean F1 over %d pages\t%.3f\t-\t-\n", scored, sumF / scored);
    for (const FieldScore* f : {&title, &author, &outlet, &date, &language}) {
        std::printf("%-8s matched %3d/%-3d pages with a value (%5.1f%%); all pages %3d/%-3d (%5.1f%%), %d extraneous\n",
                    f->name, f->matchedExpected, f->expected,
                    f->expected ? 100.0 * f->matchedExpected / f->expected : 0.0, f->matchedTotal, f->total,
                    f->total ? 100.0 * f->matchedTotal / f->total : 0.0, f->extraneous);
    }
    return 0;
}
