// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Entities (issue 14): (1) extractEntities on 1 MB of Reuters story text (bar: under 100 ms); (2) the mentions of the
// whole Reuters case computed by EntityIndex::scanPending on a worker connection while a reader on another
// connection keeps reading report texts (bar: reading never waits on it; the worst read latency is printed); (3) how
// well names are typed, on ECB+ (../shared/datasets/ecbplus), see typingOnEcb.
//
// Usage (Release build): bench_entities [--reports N] [--extract-only] [--runs N] [--dump FILE] [--ecbplus]
//                        [--ecbplus-dump FILE]
//   --reports N: the first N stories (default: every story of ../shared/datasets/reuters21578);
//   --extract-only: (1) only; --runs N: extraction runs of (1), default 5; --dump FILE: the mentions of (1), one a
//   line; --ecbplus: (3) only; --ecbplus-dump FILE: every name of (3) that overlaps an annotated participant, with
//   both kinds, one a line (dataset text: write it outside the repository).
// (1) prints the best wall time and the best thread CPU time of its runs and the load average: on a shared machine
// CPU time is the figure to compare. The stories and documents are read from the datasets at run time; none is
// stored here.
#include "EcbCorpus.h"
#include "ReutersCorpus.h"
#include "core/case/Case.h"
#include "core/case/EntityIndex.h"
#include "core/common/Hash.h"
#include "core/text/EntityExtractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QXmlStreamReader>

#include <algorithm>
#include <array>
#include <atomic>
#include <map>
#include <optional>
#include <thread>

using namespace corrob;

namespace {

// ---- (3) Typing on ECB+

using text::NameKind;

// ECB+'s participant and location tags as the extractor's kinds. HUMAN_PART_GPE (a country or city that acts:
// "France said") is a place, as the gazetteer holds countries; LOC_FAC (a building, a prison, a clinic, a stadium)
// is a place too, since ECB+ marks it as where an event happened (the extractor calls a hospital or a court an
// organisation: those count as errors here, and the accuracy without facilities is printed beside it); LOC_OTHER
// (the Web, a freeway) a place. Vehicles, metonymy ("Hollywood" for the film business), generic people, actions,
// times and things have no kind: a name on one of those is "another annotation".
std::optional<NameKind> kindOfTag(QStringView tag)
{
    if (tag == u"HUMAN_PART_PER") {
        return NameKind::Person;
    }
    if (tag == u"HUMAN_PART_ORG") {
        return NameKind::Organisation;
    }
    if (tag == u"HUMAN_PART_GPE" || tag == u"LOC_GEO" || tag == u"LOC_FAC" || tag == u"HUMAN_PART_FAC" ||
        tag == u"LOC_OTHER") {
        return NameKind::Place;
    }
    return std::nullopt;
}

struct EcbMention
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString tag;
    std::optional<NameKind> kind;
    bool facility = false;
    bool proper = false;    // holds a capitalised word that is no sentence's first word alone (see readEcbDocument)
    bool evaluated = false; // in a sentence ECB+ annotated fully
};

struct EcbDocument
{
    QString name;
    QString text; // one sentence a line, tokens joined as prose writes them
    std::vector<EcbMention> mentions;
    std::vector<std::pair<qsizetype, qsizetype>> evaluated; // the fully annotated sentences' ranges
};

// Words that are capitalised at a sentence's start and are no names: a mention made only of them is no proper name.
bool isFunctionWord(const QString& lower)
{
    static const QSet<QString> words{
        QStringLiteral("the"),   QStringLiteral("a"),     QStringLiteral("an"),   QStringLiteral("he"),
        QStringLiteral("she"),   QStringLiteral("it"),    QStringLiteral("they"), QStringLiteral("we"),
        QStringLiteral("i"),     QStringLiteral("you"),   QStringLiteral("his"),  QStringLiteral("her"),
        QStringLiteral("their"), QStringLiteral("its"),   QStringLiteral("this"), QStringLiteral("that"),
        QStringLiteral("these"), QStringLiteral("those"), QStringLiteral("who"),  QStringLiteral("at"),
        QStringLiteral("in"),    QStringLiteral("on"),    QStringLiteral("of"),   QStringLiteral("from")};
    return words.contains(lower);
}

// One document: its tokens joined into text (the whitespace is not in the corpus: punctuation is glued to the word
// before it, `` and '' become ", "U . S ." is "U.S."), each sentence a line (an ecbplus file's sentence 0, its URL,
// left out), and its markables as character ranges of that text. A markable is a proper name when one of its words
// starts with a capital and is not a function word, and that word is not its sentence's first or the document
// capitalises it elsewhere too ("Obama said" at a sentence's start; not "Police said").
EcbDocument readEcbDocument(const QString& path, const QString& topic, const QSet<QString>& annotated)
{
    EcbDocument doc;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return doc;
    }
    doc.name = QFileInfo(path).completeBaseName(); // "1_10ecbplus"
    const bool plus = doc.name.endsWith(QStringLiteral("plus"));
    struct Word
    {
        int sentence = 0;
        QString text;
        qsizetype start = -1;
        qsizetype end = -1;
        bool first = false;
    };
    std::vector<Word> words;
    QHash<QString, int> wordOf;                             // t_id -> index into words
    std::vector<std::pair<QString, QStringList>> markables; // tag, t_ids
    QXmlStreamReader xml(&f);
    bool inMarkables = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"Markables") {
            inMarkables = false;
        }
        if (!xml.isStartElement()) {
            continue;
        }
        const auto n = xml.name();
        const auto a = xml.attributes();
        if (n == u"token") {
            Word w;
            w.sentence = a.value(QStringLiteral("sentence")).toInt();
            wordOf.insert(a.value(QStringLiteral("t_id")).toString(), int(words.size()));
            w.text = xml.readElementText();
            words.push_back(std::move(w));
        } else if (n == u"Markables") {
            inMarkables = true;
        } else if (inMarkables && n == u"token_anchor" && !markables.empty()) {
            markables.back().second.append(a.value(QStringLiteral("t_id")).toString());
        } else if (inMarkables && a.hasAttribute(QStringLiteral("m_id"))) {
            markables.emplace_back(n.toString(), QStringList{});
        }
    }
    int sentence = -1;
    qsizetype sentenceStart = 0;
    auto closeSentence = [&] {
        if (sentence >= 0 &&
            annotated.contains(topic + u'_' + doc.name.section(u'_', 1) + u'#' + QString::number(sentence))) {
            doc.evaluated.emplace_back(sentenceStart, doc.text.size());
        }
    };
    QString previous;
    QString beforePrevious;
    for (Word& w : words) {
        if (plus && w.sentence == 0) {
            continue; // the source URL
        }
        if (w.sentence != sentence) {
            closeSentence();
            if (sentence >= 0) {
                doc.text += u'\n';
            }
            sentence = w.sentence;
            sentenceStart = doc.text.size();
            w.first = true;
        }
        const QString& t = w.text;
        const bool glue = t == u"," || t == u"." || t == u"'s" || t == u"n't" || t == u":" || t == u";" || t == u"?" ||
                          t == u"!" || t == u")" || t == u"''";
        // Some files split "U.S." into "U", ".", "S", ".": the letters of an acronym are written together again.
        auto letter = [](const QString& s) {
            return s.size() == 1 && s.front().isUpper();
        };
        const bool acronym = letter(t) && previous == u"." && letter(beforePrevious);
        if (!w.first && !glue && !acronym && previous != u"(" && previous != u"``") {
            doc.text += u' ';
        }
        beforePrevious = previous;
        previous = t;
        w.start = doc.text.size();
        doc.text += t == u"``" || t == u"''" ? QStringLiteral("\"") : t;
        w.end = doc.text.size();
    }
    closeSentence();
    QSet<QString> capitalisedInside; // words the document capitalises where no sentence starts
    for (const Word& w : words) {
        if (!w.first && w.start >= 0 && !w.text.isEmpty() && w.text.front().isUpper()) {
            capitalisedInside.insert(w.text);
        }
    }
    for (const auto& [tag, ids] : markables) {
        EcbMention m;
        m.start = -1;
        for (const QString& id : ids) {
            const auto it = wordOf.constFind(id);
            if (it == wordOf.constEnd() || words[size_t(it.value())].start < 0) {
                continue;
            }
            const Word& w = words[size_t(it.value())];
            m.start = m.start < 0 ? w.start : std::min(m.start, w.start);
            m.end = std::max(m.end, w.end);
            if (!w.text.isEmpty() && w.text.front().isUpper() && !isFunctionWord(w.text.toLower()) &&
                (!w.first || capitalisedInside.contains(w.text))) {
                m.proper = true;
            }
        }
        if (m.start < 0) {
            continue; // an instance's descriptor, or a mention in the URL
        }
        m.tag = tag;
        m.kind = kindOfTag(tag);
        m.facility = tag == u"LOC_FAC" || tag == u"HUMAN_PART_FAC";
        for (const auto& [s, e] : doc.evaluated) {
            m.evaluated = m.evaluated || (m.start >= s && m.end <= e);
        }
        doc.mentions.push_back(std::move(m));
    }
    return doc;
}

int kindIndex(NameKind kind)
{
    return static_cast<int>(kind);
}

QString ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? QString::number(double(part) / double(whole), 'f', 3) : QStringLiteral("-");
}

// (3) Runs the extractor (bundled gazetteer) on every ECB+ document and compares the names it finds in the fully
// annotated sentences with ECB+'s participants and locations (kindOfTag): the kind of each name that overlaps a
// typed mention (the one it overlaps most), how many annotated proper names some name overlaps, and how many names
// overlap no annotation at all. ECB+ annotates only the participants of the events it follows, so a name outside
// its annotations is not necessarily wrong: that figure is a rough signal of precision, no more. A unit counts as an
// organisation. Returns false when ECB+ is not there.
bool typingOnEcb(QTextStream& out, const QString& dumpPath)
{
    const QString dir = QStringLiteral(CORROB_SOURCE_DIR "/../shared/datasets/ecbplus");
    const QSet<QString> annotated = bench::ecbFullyAnnotatedSentences(dir);
    QDir root(dir + QStringLiteral("/ECB+"));
    QStringList topics = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(topics.begin(), topics.end(), [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
    if (topics.isEmpty() || annotated.isEmpty()) {
        out << "(3) no ECB+ in " << dir << ": typing skipped" << Qt::endl;
        return false;
    }
    QFile dumpFile(dumpPath);
    QTextStream dump(&dumpFile);
    const bool dumping = !dumpPath.isEmpty() && dumpFile.open(QIODevice::WriteOnly | QIODevice::Truncate);
    const text::Gazetteer gazetteer = text::Gazetteer::bundled();
    constexpr int kKinds = 4;
    std::array<std::array<qint64, kKinds>, kKinds> confusion{}; // [annotated][extracted]
    qint64 names = 0;                                           // extracted in fully annotated sentences
    qint64 typed = 0;                                           // of them, overlapping a typed annotation
    qint64 correct = 0;
    qint64 typedNoFacility = 0;
    qint64 correctNoFacility = 0;
    qint64 otherAnnotation = 0; // overlapping only an annotation without a kind (an action, a time, a thing)
    qint64 unannotated = 0;
    qint64 properNames = 0; // annotated proper names with a kind
    qint64 properFound = 0;
    std::array<qint64, kKinds> properOfKind{};
    std::array<qint64, kKinds> foundOfKind{};
    int documents = 0;
    QElapsedTimer timer;
    timer.start();
    qint64 extractNs = 0;
    for (const QString& topic : topics) {
        QDir t(root.filePath(topic));
        for (const QString& file : t.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name)) {
            const EcbDocument doc = readEcbDocument(t.filePath(file), topic, annotated);
            if (doc.text.isEmpty()) {
                continue;
            }
            ++documents;
            QElapsedTimer e;
            e.start();
            const std::vector<text::EntityMention> found = text::extractEntities(doc.text, gazetteer);
            extractNs += e.nsecsElapsed();
            std::vector<bool> hit(doc.mentions.size(), false);
            for (const text::EntityMention& m : found) {
                const bool inEvaluated = std::any_of(doc.evaluated.begin(), doc.evaluated.end(), [&](const auto& r) {
                    return m.start >= r.first && m.end <= r.second;
                });
                if (!inEvaluated) {
                    continue;
                }
                ++names;
                const EcbMention* best = nullptr;
                qsizetype bestOverlap = 0;
                bool anyAnnotation = false;
                for (size_t k = 0; k < doc.mentions.size(); ++k) {
                    const EcbMention& g = doc.mentions[k];
                    const qsizetype overlap = std::min(m.end, g.end) - std::max(m.start, g.start);
                    if (overlap <= 0) {
                        continue;
                    }
                    anyAnnotation = true;
                    if (!g.kind) {
                        continue;
                    }
                    hit[k] = true;
                    // The most overlap; on a tie the shorter mention (the name inside "a bank in Athens").
                    if (!best || overlap > bestOverlap ||
                        (overlap == bestOverlap && g.end - g.start < best->end - best->start)) {
                        best = &g;
                        bestOverlap = overlap;
                    }
                }
                if (!best) {
                    (anyAnnotation ? otherAnnotation : unannotated) += 1;
                    continue;
                }
                const NameKind got = m.kind == NameKind::Unit ? NameKind::Organisation : m.kind;
                ++typed;
                ++confusion[size_t(kindIndex(*best->kind))][size_t(kindIndex(m.kind))];
                const bool right = got == *best->kind;
                correct += right ? 1 : 0;
                if (!best->facility) {
                    ++typedNoFacility;
                    correctNoFacility += right ? 1 : 0;
                }
                if (dumping) {
                    dump << (right ? "ok" : "WRONG") << '\t' << doc.name << '\t' << best->tag << '\t'
                         << text::nameKindName(m.kind) << '\t' << m.text << '\t'
                         << doc.text.mid(best->start, best->end - best->start) << '\n';
                }
            }
            for (size_t k = 0; k < doc.mentions.size(); ++k) {
                const EcbMention& g = doc.mentions[k];
                if (g.evaluated && g.proper && g.kind) {
                    ++properNames;
                    ++properOfKind[size_t(kindIndex(*g.kind))];
                    if (hit[k]) {
                        ++properFound;
                        ++foundOfKind[size_t(kindIndex(*g.kind))];
                    }
                }
            }
        }
    }
    qint64 majority = 0;
    for (const auto& row : confusion) {
        qint64 sum = 0;
        for (const qint64 c : row) {
            sum += c;
        }
        majority = std::max(majority, sum);
    }
    out << "(3) ECB+: " << documents << " documents read and extracted in " << timer.elapsed() << " ms ("
        << extractNs / 1000000 << " ms extracting); in the fully annotated sentences " << names << " names: " << typed
        << " overlap an annotated participant or location, " << otherAnnotation << " only another annotation, "
        << unannotated << " none" << Qt::endl;
    out << "    typed right: " << correct << " of " << typed << " (" << ratio(correct, typed)
        << "); without facilities " << correctNoFacility << " of " << typedNoFacility << " ("
        << ratio(correctNoFacility, typedNoFacility)
        << "); every name the most frequent kind: " << ratio(majority, typed) << Qt::endl;
    out << "    annotated kind \\ extracted: person organisation place unit" << Qt::endl;
    for (const NameKind k : {NameKind::Person, NameKind::Organisation, NameKind::Place}) {
        const auto& row = confusion[size_t(kindIndex(k))];
        out << "    " << text::nameKindName(k) << ": " << row[0] << ' ' << row[1] << ' ' << row[2] << ' ' << row[3]
            << Qt::endl;
    }
    out << "    annotated proper names found: " << properFound << " of " << properNames << " ("
        << ratio(properFound, properNames) << ")";
    for (const NameKind k : {NameKind::Person, NameKind::Organisation, NameKind::Place}) {
        out << "; " << text::nameKindName(k) << " " << foundOfKind[size_t(kindIndex(k))] << " of "
            << properOfKind[size_t(kindIndex(k))];
    }
    out << Qt::endl;
    const double majorityShare = typed > 0 ? double(majority) / double(typed) : 0;
    const double accuracy = typed > 0 ? double(correct) / double(typed) : 0;
    out << "RESULT\tentities: ECB+ names typed right (baseline: all the most frequent kind)\t" << ratio(correct, typed)
        << '\t' << ratio(majority, typed) << '\t'
        << (majorityShare > 0 ? QString::number(accuracy / majorityShare, 'f', 2) : QStringLiteral("-")) << Qt::endl;
    out << "RESULT\tentities: ECB+ names typed right, facilities left out\t"
        << ratio(correctNoFacility, typedNoFacility) << "\t-\t-" << Qt::endl;
    out << "RESULT\tentities: ECB+ annotated proper names found\t" << ratio(properFound, properNames) << "\t-\t-"
        << Qt::endl;
    out << "RESULT\tentities: ECB+ names on no annotation (rough: only participants are annotated)\t"
        << ratio(unannotated, names) << "\t-\t-" << Qt::endl;
    return true;
}

} // namespace

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
    QString ecbDump;
    if (const qsizetype i = args.indexOf(QStringLiteral("--ecbplus-dump")); i > 0 && i + 1 < args.size()) {
        ecbDump = args.at(i + 1);
    }
    if (args.contains(QStringLiteral("--ecbplus"))) {
        return typingOnEcb(out, ecbDump) ? 0 : 1;
    }
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
    typingOnEcb(out, ecbDump);

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
