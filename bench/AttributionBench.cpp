// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Scores the attribution extractor against BASIL's quote annotations (../shared/datasets/basil: quote spans with
// their speaker, sentence offsets). Each article's body is rebuilt as working text (sentences of a paragraph
// joined by a space, paragraphs by a line break); for every quote span with a named speaker, the attribution
// covering it (text::attributionAt) gives the speaker, scored against the annotated one after folding case and
// diacritics: exact, partial (a shared word of three letters or more: "Trump" for "Donald Trump"), wrong or none.
// Precision = correct / answered, recall = correct / all named quotes; "strict" counts exact only, "lenient"
// exact + partial. The same run scores a baseline, the capitalised name nearest to the quote in its sentence.
// Quotes whose speaker BASIL leaves unnamed ("other_pro", "other_anti", "other_neutral") are counted apart.
// Usage: bench_attribution [--verbose] [BASIL_DIR] (--verbose lists every quote not scored exact: score, gold, found,
// how found, quote); bench_attribution
// --text FILE prints the attributions of a text file. Skips with a message when the dataset is absent.
#include "core/text/AttributionExtractor.h"
#include "core/text/AttributionTokens.h"
#include "core/text/Fold.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

using namespace corrob;

namespace {

struct Article
{
    QString text;
    std::vector<qsizetype> sentenceStarts;
    std::vector<qsizetype> sentenceEnds;
};

std::optional<QJsonObject> readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject()) {
        return std::nullopt;
    }
    return doc.object();
}

Article buildArticle(const QJsonObject& json)
{
    Article a;
    const QJsonArray paragraphs = json.value(QStringLiteral("body-paragraphs")).toArray();
    for (const QJsonValue& p : paragraphs) {
        if (!a.text.isEmpty()) {
            a.text += u'\n';
        }
        bool firstInParagraph = true;
        for (const QJsonValue& s : p.toArray()) {
            if (!firstInParagraph) {
                a.text += u' ';
            }
            firstInParagraph = false;
            a.sentenceStarts.push_back(a.text.size());
            a.text += s.toString();
            a.sentenceEnds.push_back(a.text.size());
        }
    }
    return a;
}

enum class Score
{
    Exact,
    Partial,
    Wrong,
    None,
};

Score score(const std::optional<QString>& found, const QString& gold)
{
    if (!found || found->isEmpty()) {
        return Score::None;
    }
    const QString f = text::foldKey(*found);
    const QString g = text::foldKey(gold);
    if (f == g) {
        return Score::Exact;
    }
    const QStringList goldWords = g.split(u' ', Qt::SkipEmptyParts);
    for (QString w : f.split(u' ', Qt::SkipEmptyParts)) {
        if (w.endsWith(u"'s") || w.endsWith(u"\u2019s")) {
            w.chop(2);
        }
        if (w.size() >= 3 && goldWords.contains(w)) {
            return Score::Partial;
        }
    }
    return Score::Wrong;
}

// The baseline: the run of capitalised words nearest to the quote within its sentence (not inside the quote).
std::optional<QString> nearestCapitalisedName(const Article& article, size_t sentence, qsizetype start, qsizetype end)
{
    const auto tokens =
        text::attribution::tokenize(article.text, article.sentenceStarts[sentence], article.sentenceEnds[sentence]);
    std::optional<QString> best;
    qsizetype bestDistance = 0;
    size_t i = 0;
    while (i < tokens.size()) {
        const auto& t = tokens[i];
        if (!t.isWord() || !t.capital || text::attribution::isNotName(t.lower) || (t.start >= start && t.end <= end)) {
            ++i;
            continue;
        }
        size_t j = i;
        while (j + 1 < tokens.size() && tokens[j + 1].isWord() && tokens[j + 1].capital &&
               !(tokens[j + 1].start >= start && tokens[j + 1].end <= end)) {
            ++j;
        }
        const qsizetype runStart = t.start;
        const qsizetype runEnd = tokens[j].end;
        const qsizetype distance = runEnd <= start ? start - runEnd : (runStart >= end ? runStart - end : 0);
        if (!best || distance < bestDistance) {
            best = article.text.mid(runStart, runEnd - runStart);
            bestDistance = distance;
        }
        i = j + 1;
    }
    return best;
}

struct Tally
{
    int counts[4] = {0, 0, 0, 0};
    void add(Score s) { ++counts[static_cast<int>(s)]; }
    [[nodiscard]] int total() const { return counts[0] + counts[1] + counts[2] + counts[3]; }
    void print(const char* name) const
    {
        const int answered = total() - counts[3];
        auto prf = [&](int correct, const char* label) {
            const double p = answered ? double(correct) / answered : 0;
            const double r = total() ? double(correct) / total() : 0;
            const double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
            std::printf("    %-8s P %.3f  R %.3f  F1 %.3f\n", label, p, r, f);
        };
        std::printf("  %s: exact %d, partial %d, wrong %d, none %d (of %d)\n", name, counts[0], counts[1], counts[2],
                    counts[3], total());
        prf(counts[0], "strict");
        prf(counts[0] + counts[1], "lenient");
    }
};

int dumpText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return 1;
    }
    const QString text = QString::fromUtf8(file.readAll());
    for (const text::Attribution& a : text::extractAttributions(text)) {
        std::printf("[%lld,%lld) %s <%s> via %d: %s\n", static_cast<long long>(a.start), static_cast<long long>(a.end),
                    qPrintable(a.speaker), qPrintable(a.cue), static_cast<int>(a.via),
                    qPrintable(text.mid(a.start, a.end - a.start).left(90)));
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() > 2 && args.at(1) == QStringLiteral("--text")) {
        return dumpText(args.at(2));
    }
    const bool verbose = args.contains(QStringLiteral("--verbose"));
    QStringList positional = args.mid(1);
    positional.removeAll(QStringLiteral("--verbose"));
    const QString root = !positional.isEmpty()
                             ? positional.front()
                             : QDir::cleanPath(QStringLiteral(CORROB_SOURCE_DIR "/../shared/datasets/basil"));
    if (!QFileInfo(root + QStringLiteral("/annotations")).isDir()) {
        std::printf("bench_attribution: skipped, no BASIL dataset at %s\n", qPrintable(root));
        return 0;
    }
    Tally extractor;
    Tally baseline;
    int unnamed = 0;
    int unnamedAnswered = 0;
    int titleQuotes = 0;
    int articles = 0;
    qint64 chars = 0;
    qint64 extractNs = 0;
    QDirIterator it(root + QStringLiteral("/annotations"), {QStringLiteral("*_ann.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext()) {
        files << it.next();
    }
    files.sort();
    for (const QString& annPath : files) {
        QString articlePath = annPath;
        articlePath.replace(QStringLiteral("/annotations/"), QStringLiteral("/articles/"));
        articlePath.replace(QStringLiteral("_ann.json"), QStringLiteral(".json"));
        const auto annotations = readJson(annPath);
        const auto articleJson = readJson(articlePath);
        if (!annotations || !articleJson) {
            std::fprintf(stderr, "skipping unreadable %s\n", qPrintable(annPath));
            continue;
        }
        const Article article = buildArticle(*articleJson);
        QElapsedTimer timer;
        timer.start();
        const std::vector<text::Attribution> found = text::extractAttributions(article.text);
        extractNs += timer.nsecsElapsed();
        chars += article.text.size();
        ++articles;
        for (const QJsonValue& v : annotations->value(QStringLiteral("phrase-level-annotations")).toArray()) {
            const QJsonObject span = v.toObject();
            if (span.value(QStringLiteral("quote")).toString() != QStringLiteral("yes")) {
                continue;
            }
            const QString id = span.value(QStringLiteral("id")).toString();
            if (!id.startsWith(u'p')) {
                ++titleQuotes;
                continue;
            }
            const size_t sentence = id.mid(1).toULongLong();
            if (sentence >= article.sentenceStarts.size()) {
                continue;
            }
            const qsizetype start = article.sentenceStarts[sentence] + span.value(QStringLiteral("start")).toInt();
            const qsizetype end = article.sentenceStarts[sentence] + span.value(QStringLiteral("end")).toInt();
            const auto attribution = text::attributionAt(found, start, end);
            const std::optional<QString> speaker =
                attribution ? std::optional<QString>(attribution->speaker) : std::nullopt;
            QString gold = span.value(QStringLiteral("speaker")).toString();
            if (gold.startsWith(QStringLiteral("other_"))) {
                ++unnamed;
                unnamedAnswered += speaker ? 1 : 0;
                continue;
            }
            gold.replace(u'_', u' ');
            const Score scored = score(speaker, gold);
            extractor.add(scored);
            if (verbose && scored != Score::Exact) {
                static const char* const via[] = {"name", "pronoun", "continued"};
                std::printf("%s\t%s\t%s\t%s\t%s\n",
                            scored == Score::None ? "none" : (scored == Score::Partial ? "partial" : "wrong"),
                            qPrintable(gold), qPrintable(speaker.value_or(QString())),
                            attribution ? via[static_cast<int>(attribution->via)] : "-",
                            qPrintable(article.text.mid(start, end - start).left(70)));
            }
            baseline.add(score(nearestCapitalisedName(article, sentence, start, end), gold));
        }
    }
    std::printf("BASIL quotes with a named speaker, %d articles (%lld characters):\n", articles,
                static_cast<long long>(chars));
    extractor.print("attribution extractor");
    baseline.print("baseline: nearest capitalised name in the sentence");
    std::printf("  quotes with an unnamed speaker (other_*): %d, the extractor named someone for %d\n", unnamed,
                unnamedAnswered);
    std::printf("  quotes in titles (not scored): %d\n", titleQuotes);
    std::printf("  extraction: %.1f ms in all, %.1f MB/s of UTF-16 text\n", extractNs / 1e6,
                extractNs > 0 ? (chars * 2.0 / 1e6) / (extractNs / 1e9) : 0.0);
    std::printf("RESULT\tattribution: extraction of %d BASIL articles\t%.1f ms\t-\t-\n", articles, extractNs / 1e6);
    return 0;
}
