// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/StanceFeatures.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <functional>
#include <utility>

namespace corrob::text::stance {

namespace {

QString lightStem(QString word)
{
    if (word.endsWith(u"'s")) {
        word.chop(2);
    }
    const qsizetype n = word.size();
    if (n > 5 && word.endsWith(u"ing")) {
        word.chop(3);
    } else if (n > 4 && (word.endsWith(u"ied") || word.endsWith(u"ies"))) {
        word.chop(3);
        word += u'y';
    } else if (n > 4 && word.endsWith(u"ed")) {
        word.chop(2);
    } else if (n > 3 && word.endsWith(u's') && !word.endsWith(u"ss") && !word.endsWith(u"us") &&
               !word.endsWith(u"is")) {
        word.chop(1);
    }
    return word;
}

QSet<QString> wordSet(std::initializer_list<const char16_t*> words, bool stem)
{
    QSet<QString> set;
    for (const char16_t* w : words) {
        const QString word = QString::fromUtf16(w);
        set.insert(stem ? lightStem(word) : word);
    }
    return set;
}

const QSet<QString>& stopWords()
{
    static const QSet<QString> words =
        wordSet({u"a",     u"an",    u"the",   u"and",   u"or",   u"but",   u"of",     u"to",     u"in",    u"on",
                 u"at",    u"for",   u"with",  u"by",    u"from", u"as",    u"is",     u"are",    u"was",   u"were",
                 u"be",    u"been",  u"being", u"has",   u"have", u"had",   u"it",     u"its",    u"this",  u"that",
                 u"these", u"those", u"he",    u"she",   u"they", u"them",  u"his",    u"her",    u"their", u"we",
                 u"you",   u"i",     u"will",  u"would", u"can",  u"after", u"before", u"about",  u"into",  u"over",
                 u"than",  u"then",  u"so",    u"if",    u"up",   u"out",   u"who",    u"what",   u"which", u"when",
                 u"where", u"how",   u"all",   u"more",  u"also", u"just",  u"do",     u"does",   u"did",   u"s",
                 u"t",     u"said",  u"says",  u"say",   u"our",  u"my",    u"me",     u"him",    u"there", u"here",
                 u"some",  u"any",   u"very",  u"get",   u"got",  u"now",   u"out",    u"off",    u"why",   u"while",
                 u"via",   u"other", u"most",  u"only",  u"such", u"being", u"much",   u"should", u"us",    u"am"},
                false);
    return words;
}

const QSet<QString>& negations()
{
    static const QSet<QString> words = wordSet({u"not", u"no", u"never", u"nor", u"neither", u"none", u"nobody",
                                                u"nothing", u"nowhere", u"without", u"cannot", u"hardly"},
                                               false);
    return words;
}

// Words that dispute what they are near.
const QSet<QString>& refutingStems()
{
    static const QSet<QString> words = wordSet(
        {u"fake",       u"faked",       u"fraud",     u"fraudulent", u"hoax",         u"hoaxes",    u"false",
         u"falsely",    u"deny",        u"denies",    u"denied",     u"denial",       u"denying",   u"debunk",
         u"debunked",   u"bogus",       u"untrue",    u"myth",       u"rumor",        u"rumour",    u"doubt",
         u"doubtful",   u"misleading",  u"incorrect", u"wrong",      u"satire",       u"satirical", u"parody",
         u"fabricated", u"fabrication", u"baseless",  u"unfounded",  u"refute",       u"refuted",   u"dismiss",
         u"dismissed",  u"retract",     u"retracted", u"retraction", u"prank",        u"nonsense",  u"lie",
         u"lies",       u"lied",        u"spoof",     u"phony",      u"photoshopped", u"doctored",  u"scam",
         u"debunking",  u"disputed",    u"dispute",   u"rejected",   u"reject",       u"contrary",  u"skeptical"},
        true);
    return words;
}

// Words that report without taking sides.
const QSet<QString>& hedgingStems()
{
    static const QSet<QString> words = wordSet(
        {u"reportedly",  u"allegedly",   u"alleged",       u"allege",    u"claim",    u"claims",     u"claimed",
         u"according",   u"purportedly", u"purported",     u"rumored",   u"rumoured", u"apparently", u"suggest",
         u"suggests",    u"suggested",   u"may",           u"might",     u"could",    u"possibly",   u"possible",
         u"unconfirmed", u"unverified",  u"speculation",   u"speculate", u"believed", u"appear",     u"appears",
         u"seems",       u"seem",        u"report",        u"reports",   u"reported", u"source",     u"sources",
         u"supposedly",  u"unclear",     u"investigating", u"whether",   u"likely",   u"if",         u"perhaps"},
        true);
    return words;
}

// Words that assert.
const QSet<QString>& assertingStems()
{
    static const QSet<QString> words =
        wordSet({u"confirm",   u"confirms",   u"confirmed", u"confirmation", u"official",  u"officially",  u"announce",
                 u"announced", u"announces",  u"prove",     u"proved",       u"proven",    u"reveal",      u"revealed",
                 u"reveals",   u"indeed",     u"true",      u"verified",     u"verify",    u"actually",    u"evidence",
                 u"fact",      u"definitely", u"certainly", u"clearly",      u"show",      u"shows",       u"showed",
                 u"video",     u"footage",    u"photo",     u"statement",    u"spokesman", u"spokeswoman", u"found"},
                true);
    return words;
}

// Words whose negation disputes a claim: "not true", "no evidence", "never happened".
const QSet<QString>& truthStems()
{
    static const QSet<QString> words =
        wordSet({u"true", u"real", u"genuine", u"evidence", u"authentic", u"happen", u"happened", u"exist", u"exists",
                 u"confirmed", u"proof", u"accurate", u"correct", u"legit", u"legitimate", u"credible"},
                true);
    return words;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

float safeDiv(double a, double b)
{
    return b > 0 ? float(a / b) : 0.0F;
}

// The cue families, in the order their features are listed.
enum Cue
{
    kRefute,
    kHedge,
    kAssert,
    kNegation,
    kCueCount
};

bool hasCue(const Token& t, int cue)
{
    switch (cue) {
    case kRefute:
        return refutingStems().contains(t.stem);
    case kHedge:
        return hedgingStems().contains(t.stem);
    case kAssert:
        return assertingStems().contains(t.stem);
    default:
        return t.negation;
    }
}

constexpr std::array<const char16_t*, kCueCount> kCueNames{u"refute", u"hedge", u"assert", u"negation"};

} // namespace

std::uint32_t termBucket(QStringView stem)
{
    std::uint32_t h = 2166136261U;
    for (const QChar c : stem) {
        h ^= c.unicode();
        h *= 16777619U;
    }
    return h % std::uint32_t(kIdfBuckets);
}

PreparedText prepare(QStringView text)
{
    PreparedText out;
    int sentence = 0;
    bool sentenceHasWords = false;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (isWordChar(c)) {
            const qsizetype start = i;
            while (i < n && (isWordChar(text[i]) ||
                             (isApostrophe(text[i]) && i + 1 < n && text[i + 1].isLetter() && i > start))) {
                ++i;
            }
            QString word = text.mid(start, i - start).toString().toLower();
            word.replace(u'\u2019', u'\'');
            Token t;
            t.negation = negations().contains(word) || word.endsWith(u"n't");
            t.content = !t.negation && !stopWords().contains(word);
            t.stem = lightStem(std::move(word));
            t.bucket = termBucket(t.stem);
            t.sentence = sentence;
            out.tokens.push_back(std::move(t));
            sentenceHasWords = true;
            continue;
        }
        if (c == u'?') {
            out.question = true;
        }
        if ((c == u'.' || c == u'!' || c == u'?' || c == u'\n') && sentenceHasWords) {
            // "3.5" and "U.S." stay one sentence: a full stop ends one only before a space or the end.
            const bool ends = c != u'.' || i + 1 >= n || text[i + 1].isSpace();
            if (ends) {
                ++sentence;
                sentenceHasWords = false;
            }
        }
        ++i;
    }
    out.sentences = sentenceHasWords ? sentence + 1 : sentence;
    return out;
}

const QStringList& featureNames()
{
    static const QStringList names = [] {
        QStringList list{QStringLiteral("headline_words"),   QStringLiteral("overlap"),
                         QStringLiteral("overlap_idf"),      QStringLiteral("overlap_lead"),
                         QStringLiteral("best_sentence"),    QStringLiteral("top3_sentences"),
                         QStringLiteral("bigrams"),          QStringLiteral("cosine"),
                         QStringLiteral("body_words"),       QStringLiteral("matching_sentences"),
                         QStringLiteral("first_match"),      QStringLiteral("headline_numbers"),
                         QStringLiteral("numbers_found"),    QStringLiteral("headline_question"),
                         QStringLiteral("negation_mismatch")};
        for (const char16_t* cue : kCueNames) {
            const QString name = QString::fromUtf16(cue);
            list << name + u"_body" << name + u"_top3" << name + u"_near" << name + u"_headline" << name + u"_lead"
                 << name + u"_best";
        }
        list << QStringLiteral("negated_truth") << QStringLiteral("negated_truth_top3")
             << QStringLiteral("body_question");
        for (const char* region : {"body", "top3"}) {
            for (const char* stance : {"agree", "disagree", "discuss"}) {
                list << QStringLiteral("lexicon_%1_%2").arg(QLatin1String(stance), QLatin1String(region));
            }
            list << QStringLiteral("lexicon_words_%1").arg(QLatin1String(region));
        }
        return list;
    }();
    return names;
}

std::vector<float> features(const PreparedText& headline, const PreparedText& body, const Tables& tables,
                            std::vector<int>* topSentences)
{
    const std::vector<float>& idf = tables.idf;
    Q_ASSERT(idf.size() == std::size_t(kIdfBuckets));
    std::vector<float> f;
    f.reserve(std::size_t(featureNames().size()));

    // The headline's distinct content words (at most 64, so a sentence's matches fit one bit mask).
    std::vector<QString> words;
    std::vector<std::uint32_t> wordBuckets;
    std::vector<float> weights;
    std::vector<std::uint64_t> bigrams;
    int numbers = 0;
    {
        const Token* previous = nullptr;
        for (const Token& t : headline.tokens) {
            if (!t.content) {
                continue;
            }
            if (previous) {
                bigrams.push_back((std::uint64_t(previous->bucket) << 32) | t.bucket);
            }
            previous = &t;
            if (words.size() < 64 && std::find(words.begin(), words.end(), t.stem) == words.end()) {
                words.push_back(t.stem);
                wordBuckets.push_back(t.bucket);
                weights.push_back(idf[t.bucket]);
                if (t.stem.front().isDigit()) {
                    ++numbers;
                }
            }
        }
    }
    double totalWeight = 0;
    for (const float w : weights) {
        totalWeight += w;
    }
    const auto wordIndex = [&](const QString& stem) {
        const auto it = std::find(words.begin(), words.end(), stem);
        return it == words.end() ? -1 : int(it - words.begin());
    };

    // Which headline words each body sentence holds; the body's content bigrams; the body's term counts.
    const int sentences = std::max(body.sentences, 1);
    std::vector<std::uint64_t> sentenceMask(std::size_t(sentences), 0);
    std::vector<int> matchAt(body.tokens.size(), -1);
    std::vector<std::uint64_t> bodyBigrams;
    std::vector<std::pair<std::uint32_t, int>> bodyTerms;
    int contentTokens = 0;
    {
        const Token* previous = nullptr;
        for (std::size_t k = 0; k < body.tokens.size(); ++k) {
            const Token& t = body.tokens[k];
            if (!t.content) {
                continue;
            }
            ++contentTokens;
            bodyTerms.emplace_back(t.bucket, 1);
            if (previous) {
                bodyBigrams.push_back((std::uint64_t(previous->bucket) << 32) | t.bucket);
            }
            previous = &t;
            const int w = wordIndex(t.stem);
            if (w >= 0) {
                matchAt[k] = w;
                sentenceMask[std::size_t(std::min(t.sentence, sentences - 1))] |= std::uint64_t(1) << w;
            }
        }
    }
    std::sort(bodyBigrams.begin(), bodyBigrams.end());
    std::sort(bodyTerms.begin(), bodyTerms.end());

    const auto maskWeight = [&](std::uint64_t mask) {
        double sum = 0;
        for (std::size_t w = 0; w < words.size(); ++w) {
            if (mask & (std::uint64_t(1) << w)) {
                sum += weights[w];
            }
        }
        return safeDiv(sum, totalWeight);
    };
    std::uint64_t all = 0;
    std::uint64_t lead = 0;
    std::vector<float> sentenceScore(static_cast<std::size_t>(sentences));
    for (int s = 0; s < sentences; ++s) {
        all |= sentenceMask[std::size_t(s)];
        if (s < 2) {
            lead |= sentenceMask[std::size_t(s)];
        }
        sentenceScore[std::size_t(s)] = maskWeight(sentenceMask[std::size_t(s)]);
    }
    std::vector<int> order(static_cast<std::size_t>(sentences));
    for (int s = 0; s < sentences; ++s) {
        order[std::size_t(s)] = s;
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return sentenceScore[std::size_t(a)] > sentenceScore[std::size_t(b)]; });
    const int top = std::min(3, sentences);
    double topSum = 0;
    for (int k = 0; k < top; ++k) {
        topSum += sentenceScore[std::size_t(order[std::size_t(k)])];
    }
    int matching = 0;
    int firstMatch = -1;
    for (int s = 0; s < sentences; ++s) {
        if (sentenceScore[std::size_t(s)] >= 0.5F) {
            ++matching;
            if (firstMatch < 0) {
                firstMatch = s;
            }
        }
    }
    int bigramHits = 0;
    for (const std::uint64_t b : bigrams) {
        bigramHits += std::binary_search(bodyBigrams.begin(), bodyBigrams.end(), b) ? 1 : 0;
    }
    // TF-IDF cosine over buckets.
    double dot = 0;
    double bodyNorm = 0;
    double headNorm = 0;
    for (std::size_t k = 0; k < bodyTerms.size();) {
        const std::uint32_t bucket = bodyTerms[k].first;
        int count = 0;
        while (k < bodyTerms.size() && bodyTerms[k].first == bucket) {
            ++count;
            ++k;
        }
        const double v = count * double(idf[bucket]);
        bodyNorm += v * v;
        for (std::size_t w = 0; w < words.size(); ++w) {
            if (wordBuckets[w] == bucket) {
                dot += v * weights[w];
            }
        }
    }
    for (const float w : weights) {
        headNorm += double(w) * w;
    }
    int numbersFound = 0;
    for (std::size_t w = 0; w < words.size(); ++w) {
        if (words[w].front().isDigit() && (all & (std::uint64_t(1) << w))) {
            ++numbersFound;
        }
    }

    f.push_back(float(words.size()));
    f.push_back(safeDiv(std::popcount(all), double(words.size())));
    f.push_back(maskWeight(all));
    f.push_back(maskWeight(lead));
    f.push_back(sentenceScore[std::size_t(order.front())]);
    f.push_back(float(topSum / top));
    f.push_back(safeDiv(bigramHits, double(bigrams.size())));
    f.push_back(safeDiv(dot, std::sqrt(bodyNorm * headNorm)));
    f.push_back(float(std::log1p(double(contentTokens))));
    f.push_back(safeDiv(matching, sentences));
    f.push_back(firstMatch < 0 ? 1.0F : safeDiv(firstMatch, sentences));
    f.push_back(float(numbers));
    f.push_back(numbers > 0 ? safeDiv(numbersFound, numbers) : -1.0F);
    f.push_back(headline.question ? 1.0F : 0.0F);

    // Cues: in the body, in the three best-matching sentences, within five words of a headline word, in the
    // headline, in the first three sentences, and in the best-matching sentence.
    std::vector<int> rank(std::size_t(sentences), sentences);
    for (int k = 0; k < sentences; ++k) {
        rank[std::size_t(order[std::size_t(k)])] = k;
    }
    std::vector<std::size_t> matchPositions;
    for (std::size_t k = 0; k < matchAt.size(); ++k) {
        if (matchAt[k] >= 0) {
            matchPositions.push_back(k);
        }
    }
    std::array<std::array<float, 6>, kCueCount> cues{};
    for (int cue = 0; cue < kCueCount; ++cue) {
        int inBody = 0;
        int inTop = 0;
        int near = 0;
        int inLead = 0;
        int inBest = 0;
        for (std::size_t k = 0; k < body.tokens.size(); ++k) {
            const Token& t = body.tokens[k];
            if (!hasCue(t, cue)) {
                continue;
            }
            ++inBody;
            const int r = rank[std::size_t(std::min(t.sentence, sentences - 1))];
            inTop += r < 3 ? 1 : 0;
            inBest += r == 0 ? 1 : 0;
            inLead += t.sentence < 3 ? 1 : 0;
            const auto it = std::lower_bound(matchPositions.begin(), matchPositions.end(), k > 5 ? k - 5 : 0);
            near += (it != matchPositions.end() && *it <= k + 5) ? 1 : 0;
        }
        int inHeadline = 0;
        for (const Token& t : headline.tokens) {
            inHeadline += hasCue(t, cue) ? 1 : 0;
        }
        cues[std::size_t(cue)] = {safeDiv(100.0 * inBody, double(body.tokens.size())),
                                  float(inTop),
                                  float(std::min(near, 20)),
                                  float(inHeadline),
                                  float(inLead),
                                  float(inBest)};
    }
    const bool headlineNegated = cues[kNegation][3] > 0;
    const bool bestNegated = cues[kNegation][5] > 0;
    f.push_back(headlineNegated != bestNegated ? 1.0F : 0.0F);
    for (const auto& c : cues) {
        f.insert(f.end(), c.begin(), c.end());
    }
    // "not true", "no evidence", "never happened": a negation with a word of truth at most three words after it.
    int negatedTruth = 0;
    int negatedTruthTop = 0;
    for (std::size_t k = 0; k < body.tokens.size(); ++k) {
        if (!body.tokens[k].negation) {
            continue;
        }
        for (std::size_t m = k + 1; m < std::min(body.tokens.size(), k + 4); ++m) {
            if (truthStems().contains(body.tokens[m].stem)) {
                ++negatedTruth;
                negatedTruthTop += rank[std::size_t(std::min(body.tokens[k].sentence, sentences - 1))] < 3 ? 1 : 0;
                break;
            }
        }
    }
    f.push_back(float(negatedTruth));
    f.push_back(float(negatedTruthTop));
    f.push_back(body.question ? 1.0F : 0.0F);

    // The lexicon's lean of the body's distinct content words, in the whole body and in the three best sentences.
    for (const bool topOnly : {false, true}) {
        QSet<QString> seen;
        std::array<double, 3> sum{};
        for (const Token& t : body.tokens) {
            if (!t.content || (topOnly && rank[std::size_t(std::min(t.sentence, sentences - 1))] >= 3)) {
                continue;
            }
            const auto it = tables.lexicon.constFind(t.stem);
            if (it == tables.lexicon.constEnd() || seen.contains(t.stem)) {
                continue;
            }
            seen.insert(t.stem);
            for (std::size_t c = 0; c < 3; ++c) {
                sum[c] += (*it)[c];
            }
        }
        for (const double v : sum) {
            f.push_back(safeDiv(v, std::sqrt(double(seen.size()) + 1.0)));
        }
        f.push_back(float(seen.size()));
    }
    if (topSentences) {
        topSentences->assign(order.begin(), order.begin() + top);
    }
    Q_ASSERT(f.size() == std::size_t(featureNames().size()));
    return f;
}

} // namespace corrob::text::stance
