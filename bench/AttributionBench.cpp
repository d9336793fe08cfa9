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
// Held out: the events (triplets, all three outlets' articles) whose triplet uuid starts with 0-4 are never looked
// at when tuning the rules; the figures are printed for the tuning part, the held-out part and both, with
// individual speakers ("Rick Perry") and group speakers ("Democratic lawmakers", "Obama campaign", "NAACP") apart.
// "Aim" is the share of individual-speaker quotes whose attribution's attributed words overlap the quote and whose
// speaker is the person (exact or a shared surname).
// Usage: bench_attribution [--verbose] [BASIL_DIR] (--verbose lists every tuning-part quote not scored exact: score,
// gold, found, how found, quote); bench_attribution
// --text FILE prints the attributions of a text file. Skips with a message when the dataset is absent.
#include "core/text/AttributionExtractor.h"
#include "core/text/AttributionTokens.h"
#include "core/text/FigureParser.h"
#include "core/text/Fold.h"
#include "core/text/SentenceSplitter.h"

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

// A group speaker: several people or an organisation ("Democratic_Lawmakers", "Obama_campaign", "NAACP",
// "Tea_Party"), as opposed to one named person.
bool isGroupSpeaker(const QString& gold)
{
    static const QStringList groupWords = {
        QStringLiteral("officials"),  QStringLiteral("lawmakers"),   QStringLiteral("campaign"),
        QStringLiteral("democrats"),  QStringLiteral("republicans"), QStringLiteral("party"),
        QStringLiteral("companies"),  QStringLiteral("catholics"),   QStringLiteral("plaintiffs"),
        QStringLiteral("protestors"), QStringLiteral("house"),       QStringLiteral("now"),
        QStringLiteral("department")};
    const QStringList words = QString(gold).replace(u'_', u' ').split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2) {
        return true; // "NAACP", "Democrats"
    }
    for (const QString& w : words) {
        if (!w.at(0).isUpper() || groupWords.contains(w.toLower())) {
            return true;
        }
    }
    return false;
}

struct Tally
{
    int counts[4] = {0, 0, 0, 0};
    int aimed = 0; // right person (exact or partial) and the attributed words overlap the quote
    void add(Score s, bool overlaps = false)
    {
        ++counts[static_cast<int>(s)];
        aimed += (s == Score::Exact || s == Score::Partial) && overlaps ? 1 : 0;
    }
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
        std::printf("    aim: right speaker and the attributed words overlap the quote: %d of %d (%.1f %%)\n", aimed,
                    total(), total() ? 100.0 * aimed / total() : 0.0);
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
    // [held out][group speaker]
    Tally parts[2][2];
    int unnamed = 0;
    int unnamedAnswered = 0;
    int titleQuotes = 0;
    int articles = 0;
    qint64 chars = 0;
    qint64 extractNs = 0;
    QDirIterator it(root + QStringLiteral("/annotations"), {QStringLiteral("*_ann.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    QString megabyte; // the articles one after another until 1,000,000 characters: what `extract` reads
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
        if (megabyte.size() < 1000000) {
            megabyte += article.text + u'\n';
        }
        const QString triplet = articleJson->value(QStringLiteral("triplet-uuid")).toString();
        const int heldOut = !triplet.isEmpty() && triplet.at(0) >= u'0' && triplet.at(0) <= u'4' ? 1 : 0;
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
            const bool overlaps = attribution && attribution->start < end && start < attribution->end;
            extractor.add(scored, overlaps);
            parts[heldOut][isGroupSpeaker(gold) ? 1 : 0].add(scored, overlaps);
            const bool aimed = (scored == Score::Exact || scored == Score::Partial) && overlaps;
            if (verbose && (scored != Score::Exact || !aimed) && !heldOut) { // never look at the held-out quotes
                static const char* const via[] = {"name", "pronoun", "continued"};
                const qsizetype from = article.sentenceStarts[sentence > 0 ? sentence - 1 : 0];
                std::printf(
                    "%s%s\t%s\t%s\t%s\t%s\t| %s\n",
                    scored == Score::None      ? "none"
                    : scored == Score::Partial ? "partial"
                    : scored == Score::Exact   ? "exact"
                                               : "wrong",
                    aimed ? "" : "(no overlap)", qPrintable(gold), qPrintable(speaker.value_or(QString())),
                    attribution ? via[static_cast<int>(attribution->via)] : "-",
                    qPrintable(article.text.mid(start, end - start).left(70)),
                    qPrintable(
                        article.text.mid(from, article.sentenceEnds[sentence] - from).left(300).replace(u'\n', u'/')));
            }
            baseline.add(score(nearestCapitalisedName(article, sentence, start, end), gold));
        }
    }
    std::printf("BASIL quotes with a named speaker, %d articles (%lld characters):\n", articles,
                static_cast<long long>(chars));
    extractor.print("attribution extractor");
    baseline.print("baseline: nearest capitalised name in the sentence");
    static const char* const partNames[2] = {"tuning events (triplet uuid 5-f)", "held-out events (triplet uuid 0-4)"};
    for (int h = 0; h < 2; ++h) {
        std::printf("%s:\n", partNames[h]);
        parts[h][0].print("individual speakers");
        parts[h][1].print("group speakers");
    }
    std::printf("  quotes with an unnamed speaker (other_*): %d, the extractor named someone for %d\n", unnamed,
                unnamedAnswered);
    std::printf("  quotes in titles (not scored): %d\n", titleQuotes);
    std::printf("  extraction: %.1f ms in all, %.1f MB/s of UTF-16 text\n", extractNs / 1e6,
                extractNs > 0 ? (chars * 2.0 / 1e6) / (extractNs / 1e9) : 0.0);
    // What `corroborate-cli extract` computes, once, on 1,000,000 characters (less if the dataset is smaller).
    QElapsedTimer all;
    all.start();
    std::vector<text::Sentence> sentences = text::splitSentences(megabyte);
    const qint64 sentencesNs = all.nsecsElapsed();
    const qsizetype figures = text::parseFigures(megabyte).size();
    const qint64 figuresNs = all.nsecsElapsed() - sentencesNs;
    const size_t attributions = text::AttributionExtractor(megabyte, std::move(sentences)).extract().size();
    const qint64 totalNs = all.nsecsElapsed();
    std::printf("  extract on %lld characters: sentences %.1f ms, figures %.1f ms (%lld), attributions %.1f ms (%zu); "
                "%.1f ms in all\n",
                static_cast<long long>(megabyte.size()), sentencesNs / 1e6, figuresNs / 1e6,
                static_cast<long long>(figures), (totalNs - sentencesNs - figuresNs) / 1e6, attributions,
                totalNs / 1e6);
    std::printf("RESULT\tattribution: extraction of %d BASIL articles\t%.1f ms\t-\t-\n", articles, extractNs / 1e6);
    return 0;
}
