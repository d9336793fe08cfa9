// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Suggestions (issue 11), three figures:
// (a) ranking quality on a labelled set built here from ECB+ (../shared/datasets/ecbplus): every annotated sentence
//     that mentions an event with a cross-document coreference chain asks for the sentences of the other documents
//     of its topic that mention the same event (ECB+'s CROSS_DOC_COREF instance ids). All 772 documents are indexed
//     together (each a report, a sentence a line), so the other 32 topics are distractors. Printed: recall at 5
//     (of the relevant sentences, at most 5 counted) and MRR (first relevant in the top 100), for plain BM25 over
//     the words (the baseline), the suggestion ranking, and the suggestion ranking with the stance model.
// (b) speed: one claim against 100,000 sentences of Reuters-21578 stories (../shared/datasets/reuters21578): median
//     and worst of 50 claims, in ms (bar: 20 ms), with the time to build the index.
// (c) the review queue of a 1,000-report case (a real case file: Reuters stories, one claim each), built and run
//     through CaseSuggestions as the GUI's worker would (bar: 10 s), with the stance model.
// Usage (Release or the ci preset's RelWithDebInfo build): bench_suggest [--only quality|speed|queue]
//   [--sentences N] [--queue-reports N] [--queries N]
#include "EcbCorpus.h"
#include "ReutersCorpus.h"
#include "core/case/Case.h"
#include "core/case/CaseSuggestions.h"
#include "core/case/edits/ClaimEdits.h"
#include "core/common/Hash.h"
#include "core/suggest/SuggestionIndex.h"
#include "core/text/SentenceSplitter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QXmlStreamReader>

#include <algorithm>
#include <map>
#include <random>

using namespace corrob;

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

// ---- (a) ECB+

struct EcbSentence
{
    int doc = 0;
    int line = 0; // the sentence's line in its document's text
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
    QSet<QString> events; // CROSS_DOC_COREF instance ids of the actions it mentions
};

struct EcbDoc
{
    QString name;
    QString topic; // "1ecb", "1ecbplus": a sub-topic is one event
    QString text;
    std::vector<int> sentences; // indexes into the corpus' sentences
};

struct EcbCorpus
{
    std::vector<EcbDoc> docs;
    std::vector<EcbSentence> sentences;
};

QString detokenize(const QStringList& tokens)
{
    QString s;
    for (const QString& t : tokens) {
        const bool glue = t == u"," || t == u"." || t == u"'s" || t == u"n't" || t == u":" || t == u";" || t == u"?" ||
                          t == u"!" || t == u")" || t == u"''";
        if (!s.isEmpty() && !glue && !s.endsWith(u'(') && !s.endsWith(QStringLiteral("``"))) {
            s += u' ';
        }
        s += t == u"``" || t == u"''" ? QStringLiteral("\"") : t;
    }
    return s;
}

EcbCorpus readEcb(const QString& dir)
{
    const QSet<QString> annotated = bench::ecbFullyAnnotatedSentences(dir);
    EcbCorpus corpus;
    QDir root(dir + QStringLiteral("/ECB+"));
    QStringList topics = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(topics.begin(), topics.end(), [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
    for (const QString& topic : topics) {
        QDir t(root.filePath(topic));
        for (const QString& name : t.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name)) {
            QFile f(t.filePath(name));
            if (!f.open(QIODevice::ReadOnly)) {
                continue;
            }
            QXmlStreamReader xml(&f);
            std::map<int, QStringList> tokens; // sentence -> tokens
            QHash<QString, int> tokenSentence; // t_id -> sentence
            QHash<QString, QStringList> markableTokens;
            QHash<QString, bool> isAction;
            std::vector<std::pair<QString, QString>> coref; // markable m_id -> instance
            QString current;
            QString relationNote;
            bool inCross = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement()) {
                    if (xml.isEndElement() && xml.name() == u"CROSS_DOC_COREF") {
                        inCross = false;
                    }
                    continue;
                }
                const auto n = xml.name();
                const auto a = xml.attributes();
                if (n == u"token") {
                    const int sentence = a.value(QStringLiteral("sentence")).toInt();
                    tokenSentence.insert(a.value(QStringLiteral("t_id")).toString(), sentence);
                    tokens[sentence].append(xml.readElementText());
                } else if (n == u"CROSS_DOC_COREF") {
                    inCross = true;
                    relationNote = a.value(QStringLiteral("note")).toString();
                } else if (inCross && n == u"source") {
                    coref.emplace_back(a.value(QStringLiteral("m_id")).toString(), relationNote);
                } else if (n == u"token_anchor") {
                    markableTokens[current].append(a.value(QStringLiteral("t_id")).toString());
                } else if (a.hasAttribute(QStringLiteral("m_id")) && !inCross) {
                    current = a.value(QStringLiteral("m_id")).toString();
                    isAction.insert(current, n.startsWith(u"ACTION") || n.startsWith(u"NEG_ACTION"));
                }
            }
            EcbDoc doc;
            doc.name = name;
            const QString base = name.section(u'.', 0, 0); // "1_10ecbplus"
            doc.topic = topic + (base.endsWith(QStringLiteral("plus")) ? QStringLiteral("plus") : QString());
            QHash<int, int> sentenceIndex;
            int line = 0;
            for (const auto& [number, words] : tokens) {
                if (base.endsWith(QStringLiteral("plus")) && number == 0) {
                    continue; // the source URL
                }
                EcbSentence s;
                s.doc = int(corpus.docs.size());
                s.line = line++;
                s.text = detokenize(words);
                s.start = doc.text.size();
                doc.text += s.text;
                s.end = doc.text.size();
                doc.text += u'\n';
                const bool full =
                    annotated.contains(topic + u'_' + base.section(u'_', 1) + u'#' + QString::number(number));
                if (!full) {
                    s.events.insert(QStringLiteral("-")); // not evaluated, still indexed
                }
                sentenceIndex.insert(number, int(corpus.sentences.size()));
                doc.sentences.push_back(int(corpus.sentences.size()));
                corpus.sentences.push_back(std::move(s));
            }
            for (const auto& [markable, instance] : coref) {
                if (!isAction.value(markable)) {
                    continue;
                }
                for (const QString& tid : markableTokens.value(markable)) {
                    auto it = sentenceIndex.constFind(tokenSentence.value(tid, -1));
                    if (it != sentenceIndex.constEnd()) {
                        corpus.sentences[std::size_t(it.value())].events.insert(instance);
                    }
                }
            }
            corpus.docs.push_back(std::move(doc));
        }
    }
    return corpus;
}

struct Scores
{
    double recall = 0;
    double mrr = 0;
    int queries = 0;
};

void quality(int maxQueries)
{
    const QString dir = QStringLiteral(CORROB_SOURCE_DIR "/../shared/datasets/ecbplus");
    QElapsedTimer t;
    t.start();
    const EcbCorpus corpus = readEcb(dir);
    if (corpus.docs.empty()) {
        out() << "(a) no ECB+ in " << dir << ": quality skipped" << Qt::endl;
        return;
    }
    std::vector<suggest::ReportInput> reports;
    for (std::size_t i = 0; i < corpus.docs.size(); ++i) {
        suggest::ReportInput r;
        r.id = ReportId(qint64(i) + 1);
        r.text = corpus.docs[i].text;
        reports.push_back(std::move(r));
    }
    suggest::SuggestionIndex index;
    index.build(reports);
    const qint64 buildMs = t.elapsed();
    // The passage of a sentence: its document and start.
    QHash<QPair<qint64, qsizetype>, int> sentenceAt;
    for (std::size_t i = 0; i < corpus.sentences.size(); ++i) {
        const EcbSentence& s = corpus.sentences[i];
        sentenceAt.insert({qint64(s.doc) + 1, s.start}, int(i));
    }
    // Queries: fully annotated sentences with an event that other documents of the topic mention too.
    struct Query
    {
        int sentence;
        QSet<int> relevant;
    };
    std::vector<Query> queries;
    for (std::size_t i = 0; i < corpus.sentences.size(); ++i) {
        const EcbSentence& s = corpus.sentences[i];
        if (s.events.contains(QStringLiteral("-")) || s.events.isEmpty()) {
            continue;
        }
        Query q{int(i), {}};
        for (std::size_t j = 0; j < corpus.sentences.size(); ++j) {
            const EcbSentence& o = corpus.sentences[j];
            if (o.doc == s.doc || corpus.docs[std::size_t(o.doc)].topic != corpus.docs[std::size_t(s.doc)].topic ||
                o.events.contains(QStringLiteral("-"))) {
                continue;
            }
            if (o.events.intersects(s.events)) {
                q.relevant.insert(int(j));
            }
        }
        if (!q.relevant.isEmpty()) {
            queries.push_back(std::move(q));
        }
    }
    std::mt19937 rng(11);
    std::shuffle(queries.begin(), queries.end(), rng);
    if (int(queries.size()) > maxQueries) {
        queries.resize(std::size_t(maxQueries));
    }
    out() << "(a) ECB+: " << corpus.docs.size() << " documents, " << index.passageCount() << " passages indexed in "
          << buildMs << " ms; " << queries.size() << " queries (sentences with a cross-document event)" << Qt::endl;

    const auto score = [&](const auto& rank) {
        Scores sc;
        for (const Query& q : queries) {
            const EcbSentence& s = corpus.sentences[std::size_t(q.sentence)];
            const std::vector<suggest::Candidate> found = rank(s.text, ReportId(qint64(s.doc) + 1));
            int hits5 = 0;
            double rr = 0;
            for (std::size_t k = 0; k < found.size(); ++k) {
                const int at = sentenceAt.value({found[k].report.value, found[k].start}, -1);
                if (at >= 0 && q.relevant.contains(at)) {
                    if (k < 5) {
                        ++hits5;
                    }
                    if (rr == 0) {
                        rr = 1.0 / double(k + 1);
                    }
                }
            }
            sc.recall += double(hits5) / double(std::min<qsizetype>(5, q.relevant.size()));
            sc.mrr += rr;
            ++sc.queries;
        }
        if (sc.queries > 0) {
            sc.recall /= sc.queries;
            sc.mrr /= sc.queries;
        }
        return sc;
    };
    const auto print = [](const char* name, const Scores& s, qint64 ms) {
        out() << "    " << QString::fromLatin1(name).leftJustified(34) << " recall@5 "
              << QString::number(s.recall, 'f', 3) << "   MRR " << QString::number(s.mrr, 'f', 3) << "   (" << ms
              << " ms)" << Qt::endl;
    };
    t.restart();
    const Scores bm25 = score([&](const QString& text, ReportId own) { return index.bm25Only(text, own, 100); });
    print("BM25 over the words (baseline)", bm25, t.elapsed());
    t.restart();
    const Scores ours = score([&](const QString& text, ReportId own) { return index.forText(text, own, 100, {}); });
    print("suggestions", ours, t.elapsed());
    out() << "RESULT\tsuggest: ECB+ recall@5 (baseline: BM25)\t" << QString::number(ours.recall, 'f', 3) << '\t'
          << QString::number(bm25.recall, 'f', 3) << '\t'
          << QString::number(bm25.recall > 0 ? ours.recall / bm25.recall : 0.0, 'f', 2) << Qt::endl;
    index.setStanceJudge(casefile::bundledStance());
    t.restart();
    const Scores stance = score([&](const QString& text, ReportId own) { return index.forText(text, own, 100, {}); });
    print("suggestions + stance model", stance, t.elapsed());
}

// ---- (b), (c) Reuters

QStringList reutersBodies(int limit)
{
    return bench::reutersBodies(QStringLiteral(CORROB_SOURCE_DIR "/../shared/datasets/reuters21578"), limit, true);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void speed(int sentences)
{
    const QStringList bodies = reutersBodies(-1);
    if (bodies.isEmpty()) {
        out() << "(b) no Reuters-21578 stories: speed skipped" << Qt::endl;
        return;
    }
    // Stories are added until the index holds `sentences` passages (sentences of four words or more, and claims).
    std::vector<ClaimId> claims;
    int count = 0;
    int stories = 0;
    QElapsedTimer t;
    t.start();
    suggest::SuggestionIndex index;
    for (int i = 0; i < bodies.size() && index.passageCount() < sentences; ++i) {
        suggest::ReportInput r;
        r.id = ReportId(i + 1);
        r.text = bodies[i];
        const auto split = text::splitSentences(r.text);
        count += int(split.size());
        // Every 40th story has its first long sentence marked as a claim: the claims asked about.
        if (i % 40 == 0) {
            for (const auto& s : split) {
                if (s.end - s.start > 80) {
                    claims.push_back(ClaimId(i + 1));
                    r.claims.push_back({ClaimId(i + 1), s.start, s.end});
                    break;
                }
            }
        }
        index.addReport(r);
        ++stories;
    }
    const qint64 buildMs = t.elapsed();
    out() << "(b) " << stories << " Reuters stories, " << count << " sentences, " << index.passageCount()
          << " passages indexed in " << buildMs << " ms" << Qt::endl;
    const auto time = [&](const char* what) {
        std::vector<double> ms;
        for (std::size_t i = 0; i < claims.size() && i < 50; ++i) {
            QElapsedTimer q;
            q.start();
            const auto found = index.forClaim(claims[i], 10, {});
            ms.push_back(double(q.nsecsElapsed()) / 1e6);
            Q_UNUSED(found);
        }
        out() << "    one claim, top 10 (" << what << "): median " << QString::number(median(ms), 'f', 2)
              << " ms, worst " << QString::number(*std::max_element(ms.begin(), ms.end()), 'f', 2) << " ms over "
              << ms.size() << " claims (bar: 20 ms)" << Qt::endl;
        out() << "RESULT\tsuggest: one claim against " << index.passageCount() << " passages, " << what << "\t"
              << QString::number(median(ms), 'f', 2) << " ms\t-\t-" << Qt::endl;
    };
    time("without the stance model");
    index.setStanceJudge(casefile::bundledStance());
    time("with the stance model on the leading 20");
}

void queue(int reportCount)
{
    const QStringList bodies = reutersBodies(reportCount);
    if (bodies.isEmpty()) {
        out() << "(c) no Reuters-21578 stories: queue skipped" << Qt::endl;
        return;
    }
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("queue.corrob"));
    const casefile::CaseOptions options{QStringLiteral("bench")};
    auto made = casefile::Case::create(path, QStringLiteral("Queue"), options);
    if (!made) {
        out() << made.error().toString() << Qt::endl;
        return;
    }
    auto& c = *made.value();
    int claims = 0;
    for (int i = 0; i < bodies.size(); ++i) {
        model::NewReport r;
        r.original = bodies.at(i).toUtf8() + QByteArray::number(i);
        r.sha256 = sha256Hex(QByteArrayView(r.original));
        r.workingText = bodies.at(i);
        r.metadata.title = QStringLiteral("story %1").arg(i);
        r.provenance.importMethod = QStringLiteral("file");
        r.provenance.capturedAt = utcNowIso();
        r.provenance.mediaType = QStringLiteral("text/plain");
        r.provenance.encoding = QStringLiteral("latin1");
        auto id = c.addReport(r);
        if (!id) {
            out() << id.error().toString() << Qt::endl;
            return;
        }
        const auto split = text::splitSentences(bodies.at(i));
        if (!split.empty()) {
            casefile::ClaimDraft draft;
            draft.report = id.value();
            draft.start = split.front().start;
            draft.end = split.front().end;
            casefile::AddClaim add(draft);
            if (add.apply(c).ok()) {
                ++claims;
            }
        }
    }
    made.value().reset();
    // As the GUI's worker: its own connection, read-only.
    auto opened = casefile::Case::open(path, options, casefile::Case::Access::ReadOnly);
    if (!opened) {
        out() << opened.error().toString() << Qt::endl;
        return;
    }
    casefile::CaseSuggestions suggestions(*opened.value());
    QElapsedTimer t;
    t.start();
    auto built = suggestions.build();
    const qint64 buildMs = t.elapsed();
    t.restart();
    auto q = suggestions.reviewQueue(3);
    const qint64 queueMs = t.elapsed();
    if (!built || !q) {
        out() << "(c) failed" << Qt::endl;
        return;
    }
    out() << "(c) review queue of a " << bodies.size() << "-report case with " << claims
          << " claims (with the stance model): index built in " << QString::number(buildMs / 1000.0, 'f', 2)
          << " s, queue in " << QString::number(queueMs / 1000.0, 'f', 2) << " s, total "
          << QString::number((buildMs + queueMs) / 1000.0, 'f', 2) << " s (bar: 10 s); " << q->items.size()
          << " claims with likely unlinked passages" << Qt::endl;
    out() << "RESULT\tsuggest: review queue of " << bodies.size() << " reports (bar: 10 s)\t"
          << QString::number((buildMs + queueMs) / 1000.0, 'f', 2) << " s\t-\t-" << Qt::endl;
    suggestions.setStanceJudge({});
    t.restart();
    auto plain = suggestions.reviewQueue(3);
    if (plain) {
        out() << "    without the stance model: queue in " << QString::number(t.elapsed() / 1000.0, 'f', 2) << " s; "
              << plain->items.size() << " claims" << Qt::endl;
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char* name, int fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i > 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const qsizetype onlyAt = args.indexOf(QStringLiteral("--only"));
    const QString only = onlyAt > 0 && onlyAt + 1 < args.size() ? args.at(onlyAt + 1) : QString();
    if (only.isEmpty() || only == u"quality") {
        quality(option("--queries", 1000));
    }
    if (only.isEmpty() || only == u"speed") {
        speed(option("--sentences", 100000));
    }
    if (only.isEmpty() || only == u"queue") {
        queue(option("--queue-reports", 1000));
    }
    return 0;
}
