// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/text/StanceFeatures.h"

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <vector>

namespace corrob::text {

// What a passage (a body) does with a claim (a headline), as the Fake News Challenge (FNC-1) labels it.
enum class Stance
{
    Agree,     // states the claim as true
    Disagree,  // disputes or denies it
    Discuss,   // reports it without taking sides
    Unrelated, // is about something else
};

inline constexpr int kStanceCount = 4;

// "agree", "disagree", "discuss", "unrelated" (the FNC-1 labels, which `corroborate-cli stance` writes).
QString stanceName(Stance stance);
std::optional<Stance> stanceNamed(QStringView name);

// A judgement: the stance and the probability of each stance, in the enum's order (they sum to 1).
struct StanceJudgement
{
    Stance stance = Stance::Unrelated;
    std::array<double, kStanceCount> probability{};
};

// One node of a regression tree: a split (feature >= 0: go to `left` when the feature's value <= threshold, else to
// `right`; children come after their parent) or a leaf (feature < 0) adding `value` to its class's score.
struct StanceTreeNode
{
    int feature = -1;
    float threshold = 0;
    int left = 0;
    int right = 0;
    float value = 0;
};

struct StanceTree
{
    int stanceClass = 0;
    std::vector<StanceTreeNode> nodes; // nodes[0] is the root
};

// What a weights file holds: the inverse document frequencies of the hashed words (stance::kIdfBuckets) and the
// lexicon, one score per class to start from, the boosted trees, and the weights the decision gives each class's
// probability.
struct StanceWeights
{
    stance::Tables tables;
    std::array<double, kStanceCount> bias{};
    std::array<double, kStanceCount> decision{1, 1, 1, 1};
    std::vector<StanceTree> trees;
};

// The stance judgement: features of the pair (word and sentence overlap, TF-IDF cosine, refuting, hedging and
// asserting cues and negation near the matching words; StanceFeatures.h) scored by gradient-boosted trees learnt
// from FNC-1 by tools/train-stance (docs/decisions/0023-stance.md). The stance chosen is the one with the best
// expected FNC-1 score under the (decision-weighted) probabilities. Immutable once made: judge() is const and safe
// to call from any number of threads at once.
class StanceModel
{
public:
    explicit StanceModel(StanceWeights weights);

    // The weights shipped with the program (resources/stance/stance-weights.tsv), read once (thread-safe).
    static const StanceModel& bundled();

    // Reads a weights file (see toText). Errors name `where` and the line: an unknown record, a number that is
    // not one, features other than this version computes, a tree node pointing outside its tree or backwards,
    // missing or incomplete IDF rows, a lexicon word given twice, no trees.
    static Result<StanceModel> parse(const QString& text, const QString& where);

    // The weights file: `comment` (lines, each written after "# ") then the records, tab-separated.
    [[nodiscard]] QString toText(const QString& comment) const;

    [[nodiscard]] StanceJudgement judge(QStringView headline, QStringView body) const;
    // The same on texts prepared once (stance::prepare), for many pairs sharing a body or a headline.
    [[nodiscard]] StanceJudgement judge(const stance::PreparedText& headline, const stance::PreparedText& body) const;
    // The judgement of already computed features (stance::features).
    [[nodiscard]] StanceJudgement judgeFeatures(const std::vector<float>& features) const;

    [[nodiscard]] const StanceWeights& weights() const { return m_weights; }

private:
    StanceWeights m_weights;
};

} // namespace corrob::text
