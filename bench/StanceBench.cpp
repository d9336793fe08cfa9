// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_stance: the stance judgement shipped with the program (StanceModel::bundled) on the held-out part of FNC-1's
// training data (the bodies isHeldOut puts aside: train_stance never learnt from them). Prints the FNC-1 score as the
// competition's scorer computes it (relative to the best possible), the confusion matrix and per-class F1, and the
// same for a baseline computed in the same run: word overlap above a threshold (chosen on the learnt part) is
// "discuss", below it "unrelated". Published on the competition's test set: baseline 75.20%, winner 82.02%.
//
// Run: scripts/bench stance   or   build-release/bench/bench_stance   (needs ../shared/datasets/fnc1)
#include "bench/StanceData.h"
#include "core/text/Stance.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace corrob;

namespace {

void print(QTextStream& out, const QString& title, const bench::Confusion& c)
{
    out << "\n" << title << "\n";
    out << QStringLiteral("  FNC-1 score: %1 of %2 = %3%\n")
               .arg(c.score, 0, 'f', 2)
               .arg(c.maxScore, 0, 'f', 2)
               .arg(100 * c.relativeScore(), 0, 'f', 2);
    out << QStringLiteral("  %1").arg(QStringLiteral("gold \\ judged"), -14);
    for (int p = 0; p < text::kStanceCount; ++p) {
        out << QStringLiteral("%1").arg(text::stanceName(text::Stance(p)), 10);
    }
    out << QStringLiteral("%1\n").arg(QStringLiteral("F1"), 8);
    for (int g = 0; g < text::kStanceCount; ++g) {
        out << QStringLiteral("  %1").arg(text::stanceName(text::Stance(g)), -14);
        for (int p = 0; p < text::kStanceCount; ++p) {
            out << QStringLiteral("%1").arg(c.counts[std::size_t(g)][std::size_t(p)], 10);
        }
        out << QStringLiteral("%1\n").arg(c.f1(text::Stance(g)), 8, 'f', 3);
    }
    out << QStringLiteral("  macro F1 %1\n").arg(c.macroF1(), 0, 'f', 3);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    Result<text::StanceInput> data = bench::loadFnc1Training(bench::fnc1Dir());
    if (!data) {
        std::fprintf(stderr, "bench_stance: %s (set CORROB_FNC1_DIR)\n", qPrintable(data.error().toString()));
        return 1;
    }
    const text::StanceModel& model = text::StanceModel::bundled();

    // Baseline: the share of the headline's words the body has (the "overlap" feature), one threshold chosen on the
    // learnt part for the best FNC-1 score; related pairs are all called "discuss".
    const int overlapFeature = int(text::stance::featureNames().indexOf(QStringLiteral("overlap")));
    struct Judged
    {
        text::Stance gold;
        float overlap;
    };
    std::vector<Judged> learnt;
    bench::Confusion byModel;
    std::vector<Judged> heldOut;
    QHash<QString, text::stance::PreparedText> bodies;
    QHash<QString, text::stance::PreparedText> headlines;
    const auto prepared = [](QHash<QString, text::stance::PreparedText>& cache, const QString& key,
                             const QString& text) -> const text::stance::PreparedText& {
        auto it = cache.find(key);
        if (it == cache.end()) {
            it = cache.insert(key, text::stance::prepare(text));
        }
        return *it;
    };
    QElapsedTimer timer;
    qint64 judgeNs = 0;
    int judged = 0;
    for (const text::StancePair& pair : data->pairs) {
        const bool held = bench::isHeldOut(pair.bodyId);
        const auto& body = prepared(bodies, pair.bodyId, data->bodies.value(pair.bodyId));
        const auto& headline = prepared(headlines, pair.headline, pair.headline);
        const std::vector<float> f = text::stance::features(headline, body, model.weights().tables);
        const Judged j{*pair.stance, f[std::size_t(overlapFeature)]};
        if (!held) {
            learnt.push_back(j);
            continue;
        }
        heldOut.push_back(j);
        timer.start();
        const text::StanceJudgement judgement = model.judge(pair.headline, data->bodies.value(pair.bodyId));
        judgeNs += timer.nsecsElapsed();
        ++judged;
        byModel.add(*pair.stance, judgement.stance);
    }

    const auto baseline = [](const std::vector<Judged>& pairs, float threshold) {
        bench::Confusion c;
        for (const Judged& j : pairs) {
            c.add(j.gold, j.overlap >= threshold ? text::Stance::Discuss : text::Stance::Unrelated);
        }
        return c;
    };
    float bestThreshold = 0;
    double bestScore = -1;
    for (int k = 0; k <= 100; ++k) {
        const float threshold = float(k) / 100.0F;
        const double score = baseline(learnt, threshold).relativeScore();
        if (score > bestScore) {
            bestScore = score;
            bestThreshold = threshold;
        }
    }
    const bench::Confusion base = baseline(heldOut, bestThreshold);

    out << "bench_stance: " << heldOut.size() << " held-out pairs (" << learnt.size()
        << " learnt pairs not judged), split by Body ID, seed " << bench::kSplitSeed << "\n";
    print(out, QStringLiteral("The stance judgement (bundled weights)"), byModel);
    print(out, QStringLiteral("Baseline: overlap >= %1 is discuss, else unrelated").arg(bestThreshold), base);
    out << QStringLiteral("\njudging: %1 ms per pair (both texts prepared each time; single thread)\n")
               .arg(judgeNs / 1e6 / std::max(judged, 1), 0, 'f', 3);
    out << QStringLiteral("RESULT\tstance FNC-1 score, held-out\t%1%\t%2%\t%3\n")
               .arg(100 * byModel.relativeScore(), 0, 'f', 2)
               .arg(100 * base.relativeScore(), 0, 'f', 2)
               .arg(byModel.relativeScore() / base.relativeScore(), 0, 'f', 3);
    out << QStringLiteral("RESULT\tstance disagree F1, held-out\t%1\t%2\t-\n")
               .arg(byModel.f1(text::Stance::Disagree), 0, 'f', 3)
               .arg(base.f1(text::Stance::Disagree), 0, 'f', 3);
    out << QStringLiteral("RESULT\tstance macro F1, held-out\t%1\t%2\t-\n")
               .arg(byModel.macroF1(), 0, 'f', 3)
               .arg(base.macroF1(), 0, 'f', 3);
    out.flush();
    return 0;
}
