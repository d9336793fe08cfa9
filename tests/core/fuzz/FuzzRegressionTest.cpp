// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Replays every fuzz seed (fuzz/seeds/<corpus>/) and every input a fuzzer once broke on (tests/data/fuzz/<corpus>/)
// through the same checks the libFuzzer targets make (fuzz/checks/FuzzChecks.cpp), in the normal build: a fixed
// crash, hang or broken promise stays fixed without clang or libFuzzer. The sanitizer step of CI runs it under
// ASan and UBSan too.
#include "fuzz/checks/FuzzChecks.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace corrob;

namespace {

QStringList inputsIn(const QString& folder)
{
    QStringList out;
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        if (name != u"README.md") {
            out << dir.filePath(name);
        }
    }
    return out;
}

class FuzzRegression : public ::testing::TestWithParam<fuzz::Target>
{
};

TEST_P(FuzzRegression, EverySeedAndReproducerKeepsTheTargetsPromises)
{
    const fuzz::Target& target = GetParam();
    const QString corpus = QString::fromLatin1(target.corpus);
    const QStringList seeds = inputsIn(QStringLiteral(CORROB_SOURCE_DIR "/fuzz/seeds/") + corpus);
    const QStringList reproducers = inputsIn(test::dataDir() + u"/fuzz/" + corpus);
    ASSERT_FALSE(seeds.isEmpty()) << "no seeds for " << target.name;
    for (const QString& path : seeds + reproducers) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        const QString problem = target.check(file.readAll());
        EXPECT_TRUE(problem.isEmpty()) << path.toStdString() << ": " << problem.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Targets, FuzzRegression, ::testing::ValuesIn(fuzz::targets().begin(), fuzz::targets().end()),
                         [](const ::testing::TestParamInfo<fuzz::Target>& param) {
                             return std::string(param.param.corpus);
                         });

} // namespace
