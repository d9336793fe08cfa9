// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The stance judgement with the shipped weights on clear hand-written pairs, the weights parser's refusals, and the
// FNC-1 CSV input. The weights' quality is measured by bench_stance, not here.
#include "core/text/Stance.h"
#include "core/text/StanceCsv.h"

#include <QFile>

#include <gtest/gtest.h>

#include <numeric>

using namespace corrob;
using text::Stance;
using text::StanceModel;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

std::string name(Stance stance)
{
    return text::stanceName(stance).toStdString();
}

QString bundledText()
{
    QFile file(QStringLiteral(":/stance/stance-weights.tsv"));
    (void)StanceModel::bundled(); // registers the resource
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

const char* kHeadline = "Mayor Tom Brennan resigns after bribery investigation in Springfield";

} // namespace

TEST(Stance, TheShippedWeightsParse)
{
    const Result<StanceModel> parsed = StanceModel::parse(bundledText(), s("stance-weights.tsv"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().toString().toStdString();
    EXPECT_FALSE(parsed->weights().trees.empty());
}

TEST(Stance, ARestatementAgrees)
{
    const auto j = StanceModel::bundled().judge(
        s(kHeadline),
        s("Springfield mayor Tom Brennan resigned on Monday after a bribery investigation found he had taken "
          "payments from a developer. Brennan confirmed his resignation in a statement at city hall. The bribery "
          "investigation had lasted eight months, prosecutors said. Brennan resigns with immediate effect and the "
          "deputy mayor takes over."));
    EXPECT_EQ(j.stance, Stance::Agree) << name(j.stance);
    EXPECT_NEAR(std::accumulate(j.probability.begin(), j.probability.end(), 0.0), 1.0, 1e-9);
}

TEST(Stance, ADenialDisagrees)
{
    const auto j = StanceModel::bundled().judge(
        s(kHeadline),
        s("Springfield mayor Tom Brennan denies that he resigns: reports that he quit after a bribery investigation "
          "are false, his office said. \"The mayor has not resigned and will not resign,\" a spokesman said, calling "
          "the story a hoax. There is no bribery investigation, the police said, and the rumour is fake. Brennan "
          "was at work on Monday and dismissed the claims as baseless."));
    EXPECT_EQ(j.stance, Stance::Disagree) << name(j.stance);
}

TEST(Stance, AnotherSubjectIsUnrelated)
{
    const auto j = StanceModel::bundled().judge(
        s(kHeadline),
        s("A rare white tiger cub was born at the city zoo last week, keepers said. The cub weighs three kilograms "
          "and is doing well. Visitors will be able to see it in the spring, when the enclosure reopens after "
          "renovation."));
    EXPECT_EQ(j.stance, Stance::Unrelated) << name(j.stance);
}

TEST(Stance, AReportThatTakesNoSideDiscusses)
{
    const auto j = StanceModel::bundled().judge(
        s(kHeadline),
        s("Springfield mayor Tom Brennan may resign, according to unconfirmed reports. Local media reported that a "
          "bribery investigation is under way, but it was unclear whether the mayor is involved. Brennan could not "
          "be reached for comment. Sources suggest he might step down if the investigation continues; the claims "
          "have not been verified."));
    EXPECT_EQ(j.stance, Stance::Discuss) << name(j.stance);
}

TEST(Stance, StanceNamesAreTheFnc1Labels)
{
    EXPECT_EQ(text::stanceName(Stance::Disagree), s("disagree"));
    EXPECT_EQ(text::stanceNamed(u"Unrelated"), Stance::Unrelated);
    EXPECT_FALSE(text::stanceNamed(u"maybe").has_value());
}

TEST(Stance, AWrittenModelReadsBackTheSame)
{
    const StanceModel& bundled = StanceModel::bundled();
    const Result<StanceModel> again = StanceModel::parse(bundled.toText(s("again")), s("again.tsv"));
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    const auto a = bundled.judge(s(kHeadline), s("Tom Brennan denies he resigns; the bribery story is fake."));
    const auto b = again->judge(s(kHeadline), s("Tom Brennan denies he resigns; the bribery story is fake."));
    EXPECT_EQ(a.stance, b.stance);
    EXPECT_EQ(a.probability, b.probability);
}

TEST(Stance, TheParserRefusesBadWeightsNamingTheLine)
{
    const QString good = bundledText();
    const QStringList lines = good.split(u'\n');
    const auto lineOf = [&](const char* prefix) {
        for (int i = 0; i < lines.size(); ++i) {
            if (lines[i].startsWith(s(prefix))) {
                return i;
            }
        }
        ADD_FAILURE() << prefix;
        return 0;
    };
    const auto replaced = [&](int index, const QString& by) {
        QStringList copy = lines;
        copy[index] = by;
        return copy.join(u'\n');
    };
    const int format = lineOf("stance-weights");
    const int features = lineOf("features");
    const int bias = lineOf("bias");
    const int tree = lineOf("tree");
    const int idf = lineOf("idf");
    const struct
    {
        QString text;
        int line; // 1-based
        const char* says;
    } cases[] = {
        {replaced(format, s("weights\t2")), format + 1, "Not a stance weights file"},
        {replaced(features, s("features\tone\ttwo")), features + 1, "other features"},
        {replaced(bias, s("bias\t1\t2\tx\t4")), bias + 1, "'x' is not a number"},
        {replaced(bias, s("bias\t1\t2")), bias + 1, "needs 4 numbers"},
        {replaced(tree, s("tree\t0\t0:0.5:0:1\t=1")), tree + 1, "not after it"},
        {replaced(tree, s("tree\t0\t999:0.5:1:2\t=1\t=2")), tree + 1, "names feature 999"},
        {replaced(tree, s("tree\t7\t=1")), tree + 1, "CLASS (0-3)"},
        {replaced(tree, s("tree\t0\t=one")), tree + 1, "Leaf 0"},
        {replaced(idf, s("idf\t0\t!!")), idf + 1, "idf<TAB>START"},
        {replaced(tree, s("branch\t0")), tree + 1, "Unknown record 'branch'"},
    };
    for (const auto& c : cases) {
        const Result<StanceModel> parsed = StanceModel::parse(c.text, s("w.tsv"));
        ASSERT_FALSE(parsed.ok()) << c.says;
        EXPECT_EQ(parsed.error().context, QStringLiteral("w.tsv, line %1").arg(c.line)) << c.says;
        EXPECT_TRUE(parsed.error().message.contains(s(c.says))) << parsed.error().message.toStdString();
    }
    const int word = lineOf("word");
    const Result<StanceModel> twice = StanceModel::parse(replaced(word + 1, lines[word]), s("w.tsv"));
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().context, QStringLiteral("w.tsv, line %1").arg(word + 2));
    EXPECT_TRUE(twice.error().message.contains(s("given twice"))) << twice.error().message.toStdString();
    const Result<StanceModel> missingIdf = StanceModel::parse(replaced(idf, QString()), s("w.tsv"));
    ASSERT_FALSE(missingIdf.ok());
    EXPECT_TRUE(missingIdf.error().message.contains(s("'idf' record starting at 0 is missing")));
    EXPECT_FALSE(StanceModel::parse(QString(), s("w.tsv")).ok());
}

TEST(StanceCsv, ReadsFnc1PairsAndBodiesAndNamesWhatIsMissing)
{
    const QString bodies = s("Body ID,articleBody\n7,\"First line,\nsecond \"\"line\"\"\"\n9,Other\n");
    const QString pairs = s("Headline,Body ID,Stance\n\"A, b\",9,agree\nC,7,discuss\n");
    const Result<text::StanceInput> input = text::readStanceInput(pairs, s("p.csv"), bodies, s("b.csv"), true);
    ASSERT_TRUE(input.ok()) << input.error().toString().toStdString();
    ASSERT_EQ(input->pairs.size(), 2U);
    EXPECT_EQ(input->pairs[0].headline, s("A, b"));
    EXPECT_EQ(input->pairs[0].bodyId, s("9"));
    EXPECT_EQ(input->pairs[0].stance, Stance::Agree);
    EXPECT_EQ(input->pairs[1].line, 3);
    EXPECT_EQ(input->bodies.value(s("7")), s("First line,\nsecond \"line\""));

    const auto error = [](const QString& p, const QString& b, bool labels) {
        const Result<text::StanceInput> r = text::readStanceInput(p, s("p.csv"), b, s("b.csv"), labels);
        EXPECT_FALSE(r.ok());
        return r.ok() ? QString() : r.error().toString();
    };
    EXPECT_EQ(error(s("Headline,Body ID\nX,8\n"), bodies, false),
              s("Body ID '8' is not in the bodies file b.csv (p.csv, line 2)"));
    EXPECT_TRUE(error(s("Title,Body ID\nX,7\n"), bodies, false).startsWith(s("The column 'Headline' is missing")));
    EXPECT_TRUE(error(pairs, s("Body ID,text\n7,x\n"), false).contains(s("'articleBody' is missing")));
    EXPECT_TRUE(error(s("Headline,Body ID,Stance\nX,7,maybe\n"), bodies, true).contains(s("line 2")));
    EXPECT_TRUE(error(pairs, s("Body ID,articleBody\n7,a\n7,b\n"), false).contains(s("given twice")));
}
