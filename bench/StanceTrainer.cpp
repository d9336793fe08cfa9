// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// train_stance: learns the stance judgement's weights (core/text/Stance.h) from FNC-1's training pairs
// (../shared/datasets/fnc1, or $CORROB_FNC1_DIR) and writes resources/stance/stance-weights.tsv (or the path given).
// Only the bodies outside the held-out part (bench/StanceData.h, isHeldOut) are learnt from; bench_stance measures
// on the rest. Gradient-boosted regression trees, softmax over the four stances, written here (no ML library):
// features binned at their quantiles, Newton leaf values, a class weight that pushes "disagree". The decision
// weights are chosen on a part of the learnt bodies kept aside (never the held-out part), then every learnt body
// is learnt from. Deterministic: same data, same file.
//
// Run: scripts/train-stance   (builds the release preset, runs this, then bench_stance)
//      build-release/bench/train_stance [OUT.tsv]
#include "bench/StanceData.h"
#include "core/text/Stance.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <vector>

using namespace corrob;
using text::kStanceCount;

namespace {

// The settings that made the shipped weights; $CORROB_STANCE_TRAIN overrides them for experiments
// ("rounds=300 depth=5 rate=0.1 weights=1.5,3,1,1 lexicon=600 min-pairs=20 aside-only": aside-only stops after
// scoring the part kept aside).
int s_rounds = 250;
int s_depth = 4;
double s_learningRate = 0.1;
bool s_asideOnly = false;
int s_lexiconWords = 600;
int s_lexiconMinPairs = 20;
constexpr double kLambda = 1.0;
constexpr double kMinChildHessian = 2.0;
constexpr int kMaxBins = 64;
// Per-class weights of the training pairs (agree, disagree, discuss, unrelated): disagree is 1.7% of the pairs.
std::array<double, kStanceCount> s_classWeight{1.5, 3.0, 1.0, 1.0};

struct Sample
{
    std::vector<float> x;
    int y = 0;
    bool inner = false; // kept aside while choosing the decision weights
};

// One feature's candidate thresholds (x <= thresholds[b] goes left) and every sample's bin.
struct Binned
{
    std::vector<std::vector<float>> thresholds;  // [feature][bin]
    std::vector<std::vector<std::uint8_t>> bins; // [feature][sample]
};

Binned binFeatures(const std::vector<Sample>& samples, int featureCount)
{
    Binned b;
    b.thresholds.resize(std::size_t(featureCount));
    b.bins.resize(std::size_t(featureCount));
    for (int f = 0; f < featureCount; ++f) {
        std::vector<float> values;
        values.reserve(samples.size());
        for (const Sample& s : samples) {
            values.push_back(s.x[std::size_t(f)]);
        }
        std::sort(values.begin(), values.end());
        std::vector<float> unique = values;
        unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
        std::vector<float>& t = b.thresholds[std::size_t(f)];
        if (int(unique.size()) <= kMaxBins) {
            t = unique;
        } else {
            for (int k = 1; k <= kMaxBins; ++k) {
                t.push_back(values[std::min(values.size() - 1, values.size() * std::size_t(k) / kMaxBins)]);
            }
            t.erase(std::unique(t.begin(), t.end()), t.end());
        }
        t.back() = std::max(t.back(), unique.back());
        std::vector<std::uint8_t>& bins = b.bins[std::size_t(f)];
        bins.reserve(samples.size());
        for (const Sample& s : samples) {
            const auto it = std::lower_bound(t.begin(), t.end(), s.x[std::size_t(f)]);
            bins.push_back(std::uint8_t(std::min<std::ptrdiff_t>(it - t.begin(), std::ptrdiff_t(t.size()) - 1)));
        }
    }
    return b;
}

// Grows one tree on the samples `rows` for gradients g and hessians h; adds its output to `out` (per sample).
text::StanceTree growTree(const Binned& b, const std::vector<int>& rows, const std::vector<double>& g,
                          const std::vector<double>& h, int stanceClass, std::vector<double>& out)
{
    text::StanceTree tree;
    tree.stanceClass = stanceClass;
    struct Pending
    {
        int node;
        int depth;
        std::vector<int> rows;
    };
    std::vector<Pending> queue;
    tree.nodes.emplace_back();
    queue.push_back({0, 0, rows});
    const int featureCount = int(b.bins.size());
    for (std::size_t q = 0; q < queue.size(); ++q) {
        Pending item = std::move(queue[q]);
        double gSum = 0;
        double hSum = 0;
        for (const int r : item.rows) {
            gSum += g[std::size_t(r)];
            hSum += h[std::size_t(r)];
        }
        int bestFeature = -1;
        int bestBin = 0;
        double bestGain = 1e-6;
        if (item.depth < s_depth && hSum >= 2 * kMinChildHessian) {
            const double parent = gSum * gSum / (hSum + kLambda);
            std::array<double, kMaxBins> gh{};
            std::array<double, kMaxBins> hh{};
            for (int f = 0; f < featureCount; ++f) {
                const int binCount = int(b.thresholds[std::size_t(f)].size());
                std::fill(gh.begin(), gh.end(), 0.0);
                std::fill(hh.begin(), hh.end(), 0.0);
                const std::vector<std::uint8_t>& bins = b.bins[std::size_t(f)];
                for (const int r : item.rows) {
                    gh[bins[std::size_t(r)]] += g[std::size_t(r)];
                    hh[bins[std::size_t(r)]] += h[std::size_t(r)];
                }
                double gl = 0;
                double hl = 0;
                for (int k = 0; k + 1 < binCount; ++k) {
                    gl += gh[std::size_t(k)];
                    hl += hh[std::size_t(k)];
                    const double gr = gSum - gl;
                    const double hr = hSum - hl;
                    if (hl < kMinChildHessian || hr < kMinChildHessian) {
                        continue;
                    }
                    const double gain = gl * gl / (hl + kLambda) + gr * gr / (hr + kLambda) - parent;
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestFeature = f;
                        bestBin = k;
                    }
                }
            }
        }
        if (bestFeature < 0) {
            const double value = -s_learningRate * gSum / (hSum + kLambda);
            tree.nodes[std::size_t(item.node)].value = float(value);
            for (const int r : item.rows) {
                out[std::size_t(r)] += double(float(value));
            }
            continue;
        }
        std::vector<int> left;
        std::vector<int> right;
        const std::vector<std::uint8_t>& bins = b.bins[std::size_t(bestFeature)];
        for (const int r : item.rows) {
            (bins[std::size_t(r)] <= bestBin ? left : right).push_back(r);
        }
        const int leftNode = int(tree.nodes.size());
        tree.nodes.emplace_back();
        tree.nodes.emplace_back();
        text::StanceTreeNode& node = tree.nodes[std::size_t(item.node)];
        node.feature = bestFeature;
        node.threshold = b.thresholds[std::size_t(bestFeature)][std::size_t(bestBin)];
        node.left = leftNode;
        node.right = leftNode + 1;
        queue.push_back({leftNode, item.depth + 1, std::move(left)});
        queue.push_back({leftNode + 1, item.depth + 1, std::move(right)});
    }
    return tree;
}

// Learns bias and trees on the samples `rows`.
text::StanceWeights learn(const Binned& b, const std::vector<Sample>& samples, const std::vector<int>& rows,
                          const text::stance::Tables& tables)
{
    text::StanceWeights w;
    w.tables = tables;
    std::array<double, kStanceCount> prior{};
    for (const int r : rows) {
        prior[std::size_t(samples[std::size_t(r)].y)] += s_classWeight[std::size_t(samples[std::size_t(r)].y)];
    }
    double total = 0;
    for (const double p : prior) {
        total += p;
    }
    for (int c = 0; c < kStanceCount; ++c) {
        w.bias[std::size_t(c)] = std::log(std::max(prior[std::size_t(c)], 1.0) / total);
    }
    const std::size_t n = samples.size();
    std::vector<std::array<double, kStanceCount>> score(n, w.bias);
    std::vector<double> g(n);
    std::vector<double> h(n);
    std::vector<std::vector<double>> delta(kStanceCount, std::vector<double>(n));
    for (int round = 0; round < s_rounds; ++round) {
        std::vector<std::array<double, kStanceCount>> p(n);
        for (const int r : rows) {
            const auto& s = score[std::size_t(r)];
            const double top = *std::max_element(s.begin(), s.end());
            double sum = 0;
            for (int c = 0; c < kStanceCount; ++c) {
                p[std::size_t(r)][std::size_t(c)] = std::exp(s[std::size_t(c)] - top);
                sum += p[std::size_t(r)][std::size_t(c)];
            }
            for (double& v : p[std::size_t(r)]) {
                v /= sum;
            }
        }
        for (int c = 0; c < kStanceCount; ++c) {
            for (const int r : rows) {
                const Sample& s = samples[std::size_t(r)];
                const double weight = s_classWeight[std::size_t(s.y)];
                const double pc = p[std::size_t(r)][std::size_t(c)];
                g[std::size_t(r)] = weight * (pc - (s.y == c ? 1.0 : 0.0));
                h[std::size_t(r)] = weight * std::max(pc * (1 - pc), 1e-6);
            }
            std::fill(delta[std::size_t(c)].begin(), delta[std::size_t(c)].end(), 0.0);
            w.trees.push_back(growTree(b, rows, g, h, c, delta[std::size_t(c)]));
        }
        for (int c = 0; c < kStanceCount; ++c) {
            for (const int r : rows) {
                score[std::size_t(r)][std::size_t(c)] += delta[std::size_t(c)][std::size_t(r)];
            }
        }
        if ((round + 1) % 50 == 0) {
            std::fprintf(stderr, "train_stance: round %d of %d\n", round + 1, s_rounds);
        }
    }
    return w;
}

constexpr int kFolds = 5;

// A learnt related pair: its texts, stance, fold, and the words of its body's best-matching sentences.
struct Doc
{
    const text::stance::PreparedText* headline = nullptr;
    const text::stance::PreparedText* body = nullptr;
    int y = 0;
    int fold = 0;
    bool inner = false;
    QSet<QString> words;
};

// The lexicon of the related pairs outside `fold` (all of them for -1): each word in at least s_lexiconMinPairs of
// them gets, per related stance, the smoothed log-odds of being in that stance's pairs rather than the other two's;
// the s_lexiconWords words that lean most, weighed by how often they occur, are kept.
text::stance::Lexicon buildLexicon(const std::vector<Doc>& docs, int fold)
{
    std::array<double, 3> pairs{};
    QHash<QString, std::array<int, 3>> counts;
    for (const Doc& d : docs) {
        if (d.fold == fold || d.y == int(text::Stance::Unrelated)) {
            continue;
        }
        pairs[std::size_t(d.y)] += 1;
        for (const QString& w : d.words) {
            ++counts[w][std::size_t(d.y)];
        }
    }
    struct Candidate
    {
        QString word;
        std::array<float, 3> lean;
        double weight;
    };
    std::vector<Candidate> candidates;
    const double allPairs = pairs[0] + pairs[1] + pairs[2];
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const std::array<int, 3>& n = it.value();
        const int total = n[0] + n[1] + n[2];
        if (total < s_lexiconMinPairs) {
            continue;
        }
        Candidate c{it.key(), {}, 0};
        for (std::size_t k = 0; k < 3; ++k) {
            const double in = std::log((n[k] + 1.0) / (pairs[k] + 2.0));
            const double out = std::log((total - n[k] + 1.0) / (allPairs - pairs[k] + 2.0));
            c.lean[k] = QString::number(in - out, 'g', 4).toFloat();
            c.weight = std::max(c.weight, std::abs(in - out) * std::log(double(total)));
        }
        candidates.push_back(std::move(c));
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.weight != b.weight ? a.weight > b.weight : a.word < b.word;
    });
    text::stance::Lexicon lexicon;
    for (std::size_t k = 0; k < candidates.size() && k < std::size_t(s_lexiconWords); ++k) {
        lexicon.insert(candidates[k].word, candidates[k].lean);
    }
    return lexicon;
}

double scoreOf(const text::StanceModel& model, const std::vector<Sample>& samples, const std::vector<int>& rows)
{
    bench::Confusion confusion;
    for (const int r : rows) {
        const Sample& s = samples[std::size_t(r)];
        confusion.add(text::Stance(s.y), model.judgeFeatures(s.x).stance);
    }
    return confusion.relativeScore();
}

void readSettings()
{
    for (const QString& setting : qEnvironmentVariable("CORROB_STANCE_TRAIN").split(u' ', Qt::SkipEmptyParts)) {
        const QString key = setting.section(u'=', 0, 0);
        const QString value = setting.section(u'=', 1);
        if (key == u"rounds") {
            s_rounds = value.toInt();
        } else if (key == u"depth") {
            s_depth = value.toInt();
        } else if (key == u"rate") {
            s_learningRate = value.toDouble();
        } else if (key == u"weights") {
            const QStringList w = value.split(u',');
            for (int c = 0; c < kStanceCount && c < w.size(); ++c) {
                s_classWeight[std::size_t(c)] = w[c].toDouble();
            }
        } else if (key == u"lexicon") {
            s_lexiconWords = value.toInt();
        } else if (key == u"min-pairs") {
            s_lexiconMinPairs = value.toInt();
        } else if (key == u"aside-only") {
            s_asideOnly = true;
        }
    }
    std::fprintf(stderr, "train_stance: %d rounds, depth %d, rate %g, class weights %g %g %g %g\n", s_rounds, s_depth,
                 s_learningRate, s_classWeight[0], s_classWeight[1], s_classWeight[2], s_classWeight[3]);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    readSettings();
    QTextStream out(stdout);
    const QString target =
        argc > 1
            ? QString::fromLocal8Bit(argv[1])
            : QDir(QStringLiteral(CORROB_SOURCE_DIR)).filePath(QStringLiteral("resources/stance/stance-weights.tsv"));
    const QString dir = bench::fnc1Dir();
    QElapsedTimer timer;
    timer.start();
    Result<text::StanceInput> data = bench::loadFnc1Training(dir);
    if (!data) {
        std::fprintf(stderr, "train_stance: %s\n", qPrintable(data.error().toString()));
        return 1;
    }

    // Inverse document frequencies from the learnt bodies only, quantised as the weights file keeps them.
    std::vector<int> df(std::size_t(text::stance::kIdfBuckets), 0);
    QHash<QString, text::stance::PreparedText> prepared;
    int learntBodies = 0;
    for (auto it = data->bodies.cbegin(); it != data->bodies.cend(); ++it) {
        text::stance::PreparedText p = text::stance::prepare(it.value());
        if (!bench::isHeldOut(it.key())) {
            ++learntBodies;
            std::vector<std::uint32_t> buckets;
            for (const auto& t : p.tokens) {
                if (t.content) {
                    buckets.push_back(t.bucket);
                }
            }
            std::sort(buckets.begin(), buckets.end());
            buckets.erase(std::unique(buckets.begin(), buckets.end()), buckets.end());
            for (const std::uint32_t bucket : buckets) {
                ++df[bucket];
            }
        }
        prepared.insert(it.key(), std::move(p));
    }
    std::vector<float> idf(df.size());
    for (std::size_t k = 0; k < df.size(); ++k) {
        const double raw = std::log((learntBodies + 1.0) / (df[k] + 1.0)) + 1.0;
        idf[k] = float(1.0 + std::clamp(std::round((raw - 1.0) / 0.25), 0.0, 35.0) * 0.25);
    }

    text::stance::Tables tables;
    tables.idf = std::move(idf);

    // First pass: every learnt pair's best-matching sentences, whose words are the lexicon's documents.
    std::vector<Doc> docs;
    std::map<QString, text::stance::PreparedText> headlines; // nodes stay put: docs point into them
    for (const text::StancePair& pair : data->pairs) {
        if (bench::isHeldOut(pair.bodyId)) {
            continue;
        }
        auto h = headlines.find(pair.headline);
        if (h == headlines.end()) {
            h = headlines.emplace(pair.headline, text::stance::prepare(pair.headline)).first;
        }
        Doc d;
        d.headline = &h->second;
        d.body = &*prepared.constFind(pair.bodyId);
        d.y = int(*pair.stance);
        d.fold = int(bench::bodyHash(pair.bodyId + u"/fold") % kFolds);
        d.inner = bench::isHeldOut(pair.bodyId + u"/inner");
        std::vector<int> top;
        (void)text::stance::features(*d.headline, *d.body, tables, &top);
        for (const auto& t : d.body->tokens) {
            if (t.content && std::find(top.begin(), top.end(), t.sentence) != top.end()) {
                d.words.insert(t.stem);
            }
        }
        docs.push_back(std::move(d));
    }
    // The features with a lexicon learnt without the pair's own body (out of fold), so the trees learn how far a
    // lexicon carries to bodies it has not seen; the weights file keeps the lexicon of every learnt body.
    std::vector<Sample> samples(docs.size());
    for (int fold = 0; fold < kFolds; ++fold) {
        text::stance::Tables foldTables{tables.idf, buildLexicon(docs, fold)};
        for (std::size_t k = 0; k < docs.size(); ++k) {
            if (docs[k].fold == fold) {
                samples[k].x = text::stance::features(*docs[k].headline, *docs[k].body, foldTables);
                samples[k].y = docs[k].y;
                samples[k].inner = docs[k].inner;
            }
        }
    }
    tables.lexicon = buildLexicon(docs, -1);
    const int featureCount = int(text::stance::featureNames().size());
    std::fprintf(stderr, "train_stance: %zu pairs, %d features, %.1f s\n", samples.size(), featureCount,
                 timer.elapsed() / 1000.0);
    const Binned binned = binFeatures(samples, featureCount);
    std::vector<int> all;
    std::vector<int> fit;
    std::vector<int> aside;
    for (int r = 0; r < int(samples.size()); ++r) {
        all.push_back(r);
        (samples[std::size_t(r)].inner ? aside : fit).push_back(r);
    }

    // Decision weights: learn on the rest, try a small grid on the part kept aside.
    text::StanceWeights first = learn(binned, samples, fit, tables);
    std::array<double, kStanceCount> bestDecision{1, 1, 1, 1};
    double bestScore = -1;
    for (const double agree : {0.8, 1.0, 1.25, 1.5}) {
        for (const double disagree : {0.8, 1.0, 1.25, 1.5, 2.0}) {
            for (const double unrelated : {0.8, 1.0, 1.25}) {
                first.decision = {agree, disagree, 1.0, unrelated};
                const double score = scoreOf(text::StanceModel(first), samples, aside);
                if (score > bestScore + 1e-9) {
                    bestScore = score;
                    bestDecision = first.decision;
                }
            }
        }
    }
    std::fprintf(stderr, "train_stance: decision weights %.2f %.2f %.2f %.2f (%.2f%% on the part kept aside)\n",
                 bestDecision[0], bestDecision[1], bestDecision[2], bestDecision[3], 100 * bestScore);
    if (s_asideOnly) {
        first.decision = bestDecision;
        const text::StanceModel asideModel(std::move(first));
        bench::Confusion confusion;
        for (const int r : aside) {
            confusion.add(text::Stance(samples[std::size_t(r)].y),
                          asideModel.judgeFeatures(samples[std::size_t(r)].x).stance);
        }
        std::fprintf(stderr, "train_stance: aside F1 agree %.3f disagree %.3f discuss %.3f unrelated %.3f\n",
                     confusion.f1(text::Stance::Agree), confusion.f1(text::Stance::Disagree),
                     confusion.f1(text::Stance::Discuss), confusion.f1(text::Stance::Unrelated));
        return 0;
    }

    text::StanceWeights weights = learn(binned, samples, all, tables);
    weights.decision = bestDecision;
    const text::StanceModel model(std::move(weights));
    const QString comment =
        QStringLiteral("Corroborate's stance weights (core/text/Stance.h), made by scripts/train-stance\n"
                       "(bench/StanceTrainer.cpp) from FNC-1's train_stances.csv and train_bodies.csv: the %1 pairs\n"
                       "of the %2 bodies outside the held-out part (Body ID hash, seed %3, a fifth held out).\n"
                       "Gradient-boosted trees: %4 rounds x 4 classes, depth %5, learning rate %6, class weights\n"
                       "%7 %8 %9 %10. Do not edit by hand; bench_stance measures it.")
            .arg(samples.size())
            .arg(learntBodies)
            .arg(bench::kSplitSeed)
            .arg(s_rounds)
            .arg(s_depth)
            .arg(s_learningRate)
            .arg(s_classWeight[0])
            .arg(s_classWeight[1])
            .arg(s_classWeight[2])
            .arg(s_classWeight[3]);
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(model.toText(comment).toUtf8()) < 0 || !file.commit()) {
        std::fprintf(stderr, "train_stance: cannot write %s\n", qPrintable(target));
        return 1;
    }
    out << "wrote " << target << " in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    return 0;
}
