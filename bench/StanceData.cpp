// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/StanceData.h"

#include <QDir>
#include <QFile>

namespace corrob::bench {

namespace {

Result<QString> readUtf8(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::NotFound, QStringLiteral("Cannot read the file"), path};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

QString fnc1Dir()
{
    const QString fromEnv = qEnvironmentVariable("CORROB_FNC1_DIR");
    if (!fromEnv.isEmpty()) {
        return fromEnv;
    }
    return QDir(QStringLiteral(CORROB_SOURCE_DIR)).filePath(QStringLiteral("../shared/datasets/fnc1"));
}

Result<text::StanceInput> loadFnc1Training(const QString& dir)
{
    const QString stancesPath = QDir(dir).filePath(QStringLiteral("train_stances.csv"));
    const QString bodiesPath = QDir(dir).filePath(QStringLiteral("train_bodies.csv"));
    const Result<QString> stances = readUtf8(stancesPath);
    if (!stances) {
        return stances.error();
    }
    const Result<QString> bodies = readUtf8(bodiesPath);
    if (!bodies) {
        return bodies.error();
    }
    return text::readStanceInput(stances.value(), stancesPath, bodies.value(), bodiesPath, true);
}

bool isHeldOut(const QString& bodyId)
{
    return bodyHash(bodyId) % 100 < 20;
}

quint32 bodyHash(const QString& bodyId)
{
    // FNV-1a over the seed and the id's UTF-16 code units, then a final mix so nearby ids scatter.
    quint32 h = 2166136261U ^ kSplitSeed;
    for (const QChar c : bodyId) {
        h ^= c.unicode();
        h *= 16777619U;
    }
    h ^= h >> 16;
    h *= 0x7feb352dU;
    h ^= h >> 15;
    return h;
}

void Confusion::add(text::Stance gold, text::Stance predicted)
{
    ++counts[std::size_t(gold)][std::size_t(predicted)];
    const bool goldRelated = gold != text::Stance::Unrelated;
    const bool predictedRelated = predicted != text::Stance::Unrelated;
    maxScore += goldRelated ? 1.0 : 0.25;
    if (goldRelated == predictedRelated) {
        score += 0.25;
    }
    if (goldRelated && gold == predicted) {
        score += 0.75;
    }
}

double Confusion::f1(text::Stance stance) const
{
    const auto s = std::size_t(stance);
    int predicted = 0;
    int gold = 0;
    for (std::size_t k = 0; k < counts.size(); ++k) {
        predicted += counts[k][s];
        gold += counts[s][k];
    }
    const int hit = counts[s][s];
    return predicted + gold > 0 ? 2.0 * hit / (predicted + gold) : 0;
}

double Confusion::macroF1() const
{
    double sum = 0;
    for (int c = 0; c < text::kStanceCount; ++c) {
        sum += f1(text::Stance(c));
    }
    return sum / text::kStanceCount;
}

} // namespace corrob::bench
