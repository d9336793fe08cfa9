// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/Stance.h"

#include <QFile>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <utility>

static void initStanceResources()
{
    // Resources in a static library must be registered explicitly.
    Q_INIT_RESOURCE(corrob_stance);
}

namespace corrob::text {

namespace {

constexpr std::array<const char16_t*, kStanceCount> kNames{u"agree", u"disagree", u"discuss", u"unrelated"};
constexpr int kIdfRow = 64;       // IDF values per "idf" record
constexpr double kIdfStep = 0.25; // an IDF value is 1 + digit * kIdfStep, the digit in base 36
constexpr QStringView kFormat = u"stance-weights";

Error fileError(const QString& message, const QString& where, int line)
{
    return Error{ErrorCode::InvalidArgument, message, QStringLiteral("%1, line %2").arg(where).arg(line)};
}

} // namespace

QString stanceName(Stance stance)
{
    return QString::fromUtf16(kNames[std::size_t(stance)]);
}

std::optional<Stance> stanceNamed(QStringView name)
{
    for (int i = 0; i < kStanceCount; ++i) {
        if (name.compare(QStringView(kNames[std::size_t(i)]), Qt::CaseInsensitive) == 0) {
            return Stance(i);
        }
    }
    return std::nullopt;
}

StanceModel::StanceModel(StanceWeights weights) : m_weights(std::move(weights))
{
    Q_ASSERT(m_weights.tables.idf.size() == std::size_t(stance::kIdfBuckets));
}

const StanceModel& StanceModel::bundled()
{
    static const StanceModel model = [] {
        initStanceResources();
        QFile file(QStringLiteral(":/stance/stance-weights.tsv"));
        const bool opened = file.open(QIODevice::ReadOnly);
        Q_ASSERT(opened);
        Result<StanceModel> parsed = parse(QString::fromUtf8(file.readAll()), QStringLiteral("stance-weights.tsv"));
        Q_ASSERT(parsed.ok()); // StanceTest reads the shipped weights and fails on any error
        if (parsed.ok()) {
            return std::move(parsed.value());
        }
        StanceWeights none;
        none.tables.idf.assign(std::size_t(stance::kIdfBuckets), 1.0F);
        return StanceModel(std::move(none));
    }();
    return model;
}

Result<StanceModel> StanceModel::parse(const QString& text, const QString& where)
{
    StanceWeights w;
    w.tables.idf.assign(std::size_t(stance::kIdfBuckets), 0.0F);
    std::vector<bool> idfSeen(std::size_t(stance::kIdfBuckets / kIdfRow), false);
    bool sawFormat = false;
    bool sawFeatures = false;
    bool sawBias = false;
    const int featureCount = int(stance::featureNames().size());
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        QString line = lines[i];
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
        if (line.trimmed().isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const QStringList fields = line.split(u'\t');
        const QString& kind = fields.front();
        if (!sawFormat) {
            if (kind != kFormat || fields.value(1) != u"1") {
                return fileError(QStringLiteral("Not a stance weights file: the first record must be "
                                                "'stance-weights<TAB>1'"),
                                 where, lineNumber);
            }
            sawFormat = true;
            continue;
        }
        const auto numbers = [&](int from, std::array<double, kStanceCount>& out) -> std::optional<Error> {
            if (fields.size() != from + kStanceCount) {
                return fileError(QStringLiteral("'%1' needs %2 numbers, one per stance").arg(kind).arg(kStanceCount),
                                 where, lineNumber);
            }
            for (int c = 0; c < kStanceCount; ++c) {
                bool ok = false;
                out[std::size_t(c)] = fields[from + c].toDouble(&ok);
                if (!ok || !std::isfinite(out[std::size_t(c)])) {
                    return fileError(QStringLiteral("'%1' is not a number").arg(fields[from + c]), where, lineNumber);
                }
            }
            return std::nullopt;
        };
        if (kind == u"classes") {
            QStringList expected;
            for (const char16_t* name : kNames) {
                expected << QString::fromUtf16(name);
            }
            if (fields.mid(1) != expected) {
                return fileError(QStringLiteral("The classes must be %1").arg(expected.join(u", ")), where, lineNumber);
            }
        } else if (kind == u"features") {
            if (fields.mid(1) != stance::featureNames()) {
                return fileError(QStringLiteral("The weights were made for other features than this version "
                                                "computes; make them again with scripts/train-stance"),
                                 where, lineNumber);
            }
            sawFeatures = true;
        } else if (kind == u"bias") {
            if (auto e = numbers(1, w.bias)) {
                return *e;
            }
            sawBias = true;
        } else if (kind == u"decision") {
            if (auto e = numbers(1, w.decision)) {
                return *e;
            }
            for (const double d : w.decision) {
                if (d <= 0) {
                    return fileError(QStringLiteral("Decision weights must be positive"), where, lineNumber);
                }
            }
        } else if (kind == u"idf") {
            bool ok = false;
            const int start = fields.value(1).toInt(&ok);
            if (fields.size() != 3 || !ok || start < 0 || start % kIdfRow != 0 || start >= stance::kIdfBuckets ||
                fields[2].size() != kIdfRow) {
                return fileError(QStringLiteral("An 'idf' record is: idf<TAB>START (a multiple of %1 below %2)<TAB>"
                                                "%1 base-36 digits")
                                     .arg(kIdfRow)
                                     .arg(stance::kIdfBuckets),
                                 where, lineNumber);
            }
            for (int k = 0; k < kIdfRow; ++k) {
                const int digit = QString(fields[2].at(k)).toInt(&ok, 36);
                if (!ok) {
                    return fileError(QStringLiteral("'%1' is not a base-36 digit").arg(fields[2].at(k)), where,
                                     lineNumber);
                }
                w.tables.idf[std::size_t(start + k)] = float(1.0 + digit * kIdfStep);
            }
            idfSeen[std::size_t(start / kIdfRow)] = true;
        } else if (kind == u"word") {
            std::array<double, kStanceCount> lean{};
            if (fields.size() != 5 || fields[1].isEmpty()) {
                return fileError(QStringLiteral("A 'word' record is: word<TAB>STEM<TAB>AGREE<TAB>DISAGREE<TAB>DISCUSS"),
                                 where, lineNumber);
            }
            if (w.tables.lexicon.contains(fields[1])) {
                return fileError(QStringLiteral("The word '%1' is given twice").arg(fields[1]), where, lineNumber);
            }
            std::array<float, 3> values{};
            for (int c = 0; c < 3; ++c) {
                bool ok = false;
                lean[std::size_t(c)] = fields[2 + c].toDouble(&ok);
                if (!ok || !std::isfinite(lean[std::size_t(c)])) {
                    return fileError(QStringLiteral("'%1' is not a number").arg(fields[2 + c]), where, lineNumber);
                }
                values[std::size_t(c)] = float(lean[std::size_t(c)]);
            }
            w.tables.lexicon.insert(fields[1], values);
        } else if (kind == u"tree") {
            bool ok = false;
            StanceTree tree;
            tree.stanceClass = fields.value(1).toInt(&ok);
            if (!ok || tree.stanceClass < 0 || tree.stanceClass >= kStanceCount || fields.size() < 3) {
                return fileError(QStringLiteral("A 'tree' record is: tree<TAB>CLASS (0-3)<TAB>NODE..."), where,
                                 lineNumber);
            }
            const int nodeCount = int(fields.size()) - 2;
            for (int k = 0; k < nodeCount; ++k) {
                const QString& field = fields[2 + k];
                StanceTreeNode node;
                if (field.startsWith(u'=')) {
                    node.value = field.mid(1).toFloat(&ok);
                    if (!ok || !std::isfinite(node.value)) {
                        return fileError(QStringLiteral("Leaf %1 of the tree is not '=VALUE'").arg(k), where,
                                         lineNumber);
                    }
                } else {
                    const QStringList parts = field.split(u':');
                    bool okF = false;
                    bool okT = false;
                    bool okL = false;
                    bool okR = false;
                    if (parts.size() == 4) {
                        node.feature = parts[0].toInt(&okF);
                        node.threshold = parts[1].toFloat(&okT);
                        node.left = parts[2].toInt(&okL);
                        node.right = parts[3].toInt(&okR);
                    }
                    if (!(okF && okT && okL && okR)) {
                        return fileError(QStringLiteral("Node %1 of the tree is neither '=VALUE' nor "
                                                        "'FEATURE:THRESHOLD:LEFT:RIGHT'")
                                             .arg(k),
                                         where, lineNumber);
                    }
                    if (node.feature < 0 || node.feature >= featureCount) {
                        return fileError(QStringLiteral("Node %1 of the tree names feature %2; there are %3")
                                             .arg(k)
                                             .arg(node.feature)
                                             .arg(featureCount),
                                         where, lineNumber);
                    }
                    if (node.left <= k || node.right <= k || node.left >= nodeCount || node.right >= nodeCount) {
                        return fileError(QStringLiteral("Node %1 of the tree points to a node that is not after it "
                                                        "in the tree")
                                             .arg(k),
                                         where, lineNumber);
                    }
                }
                tree.nodes.push_back(node);
            }
            w.trees.push_back(std::move(tree));
        } else {
            return fileError(QStringLiteral("Unknown record '%1'").arg(kind), where, lineNumber);
        }
    }
    const int lastLine = int(lines.size());
    if (!sawFormat) {
        return fileError(QStringLiteral("Not a stance weights file: it is empty"), where, lastLine);
    }
    if (!sawFeatures || !sawBias) {
        return fileError(QStringLiteral("The 'features' or the 'bias' record is missing"), where, lastLine);
    }
    const auto missing = std::find(idfSeen.begin(), idfSeen.end(), false);
    if (missing != idfSeen.end()) {
        return fileError(
            QStringLiteral("The 'idf' record starting at %1 is missing").arg(int(missing - idfSeen.begin()) * kIdfRow),
            where, lastLine);
    }
    if (w.trees.empty()) {
        return fileError(QStringLiteral("There are no trees"), where, lastLine);
    }
    return StanceModel(std::move(w));
}

QString StanceModel::toText(const QString& comment) const
{
    QString out;
    for (const QString& line : comment.split(u'\n')) {
        out += u"# " + line + u'\n';
    }
    out += kFormat.toString() + u"\t1\n";
    out += u"classes";
    for (const char16_t* name : kNames) {
        out += u'\t' + QString::fromUtf16(name);
    }
    out += u"\nfeatures\t" + stance::featureNames().join(u'\t') + u'\n';
    const auto numbers = [&](const QString& kind, const std::array<double, kStanceCount>& values) {
        out += kind;
        for (const double v : values) {
            out += u'\t' + QString::number(v, 'g', 9);
        }
        out += u'\n';
    };
    numbers(QStringLiteral("bias"), m_weights.bias);
    numbers(QStringLiteral("decision"), m_weights.decision);
    for (int start = 0; start < stance::kIdfBuckets; start += kIdfRow) {
        QString digits;
        for (int k = 0; k < kIdfRow; ++k) {
            const double steps = std::round((m_weights.tables.idf[std::size_t(start + k)] - 1.0) / kIdfStep);
            digits += QString::number(std::clamp(int(steps), 0, 35), 36);
        }
        out += u"idf\t" + QString::number(start) + u'\t' + digits + u'\n';
    }
    QStringList words = m_weights.tables.lexicon.keys();
    words.sort();
    for (const QString& word : words) {
        const std::array<float, 3> lean = m_weights.tables.lexicon.value(word);
        out += u"word\t" + word + u'\t' + QString::number(lean[0], 'g', 4) + u'\t' + QString::number(lean[1], 'g', 4) +
               u'\t' + QString::number(lean[2], 'g', 4) + u'\n';
    }
    for (const StanceTree& tree : m_weights.trees) {
        out += u"tree\t" + QString::number(tree.stanceClass);
        for (const StanceTreeNode& node : tree.nodes) {
            if (node.feature < 0) {
                out += u"\t=" + QString::number(node.value, 'g', 7);
            } else {
                out += u'\t' + QString::number(node.feature) + u':' + QString::number(node.threshold, 'g', 9) + u':' +
                       QString::number(node.left) + u':' + QString::number(node.right);
            }
        }
        out += u'\n';
    }
    return out;
}

StanceJudgement StanceModel::judge(QStringView headline, QStringView body) const
{
    return judge(stance::prepare(headline), stance::prepare(body));
}

StanceJudgement StanceModel::judge(const stance::PreparedText& headline, const stance::PreparedText& body) const
{
    return judgeFeatures(stance::features(headline, body, m_weights.tables));
}

StanceJudgement StanceModel::judgeFeatures(const std::vector<float>& features) const
{
    std::array<double, kStanceCount> score = m_weights.bias;
    for (const StanceTree& tree : m_weights.trees) {
        std::size_t k = 0;
        while (tree.nodes[k].feature >= 0) {
            const StanceTreeNode& node = tree.nodes[k];
            k = std::size_t(features[std::size_t(node.feature)] <= node.threshold ? node.left : node.right);
        }
        score[std::size_t(tree.stanceClass)] += tree.nodes[k].value;
    }
    StanceJudgement j;
    const double top = *std::max_element(score.begin(), score.end());
    double sum = 0;
    for (int c = 0; c < kStanceCount; ++c) {
        j.probability[std::size_t(c)] = std::exp(score[std::size_t(c)] - top);
        sum += j.probability[std::size_t(c)];
    }
    for (double& p : j.probability) {
        p /= sum;
    }
    // The stance with the best expected FNC-1 score: 0.25 for getting related/unrelated right, 0.75 more for the
    // exact related stance.
    std::array<double, kStanceCount> q{};
    for (int c = 0; c < kStanceCount; ++c) {
        q[std::size_t(c)] = j.probability[std::size_t(c)] * m_weights.decision[std::size_t(c)];
    }
    const double unrelated = q[std::size_t(Stance::Unrelated)];
    const double related = q[0] + q[1] + q[2];
    double best = 0.25 * unrelated;
    j.stance = Stance::Unrelated;
    for (int c = 0; c < 3; ++c) {
        const double expected = 0.25 * related + 0.75 * q[std::size_t(c)];
        if (expected > best) {
            best = expected;
            j.stance = Stance(c);
        }
    }
    return j;
}

} // namespace corrob::text
