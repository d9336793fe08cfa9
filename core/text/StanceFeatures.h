// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <cstdint>
#include <vector>

// What the stance judgement (Stance.h) measures in a headline and a body. Internal to corrob_text, shared with the
// trainer (tools/train-stance) so that training and judging compute the very same numbers.
namespace corrob::text::stance {

// Words are hashed into this many buckets for the inverse document frequencies the weights file ships.
inline constexpr int kIdfBuckets = 16384;

// One word of a text: its light stem (lower case, plural, -ed and -ing endings removed), the sentence it is in and
// whether it carries content (not a stop word).
struct Token
{
    QString stem;
    std::uint32_t bucket = 0; // termBucket(stem)
    int sentence = 0;
    bool content = false;
    bool negation = false; // not, no, never, n't ...
};

// A text cut into tokens and sentences, computed once and reused for every pair it is in.
struct PreparedText
{
    std::vector<Token> tokens;
    int sentences = 0;
    bool question = false; // the text holds a question mark
};

PreparedText prepare(QStringView text);

// The bucket of a stem: FNV-1a over its UTF-16 code units, so files made on any machine agree.
std::uint32_t termBucket(QStringView stem);

// The names of the features, in the order features() returns them; the weights file repeats them.
const QStringList& featureNames();

// Words learnt to lean towards a related stance: per stem, its log-odds for agree, disagree and discuss (each against
// the other two) in the sentences of a body that best match its headline.
using Lexicon = QHash<QString, std::array<float, 3>>;

// What the features are computed with, learnt from the training bodies: the inverse document frequency of each
// bucket of words (kIdfBuckets entries) and the lexicon.
struct Tables
{
    std::vector<float> idf;
    Lexicon lexicon;
};

// The features of a (headline, body) pair. topSentences, when given, receives the body's sentences that best match
// the headline (at most three, best first).
std::vector<float> features(const PreparedText& headline, const PreparedText& body, const Tables& tables,
                            std::vector<int>* topSentences = nullptr);

} // namespace corrob::text::stance
