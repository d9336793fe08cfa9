// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/CaseSuggestions.h"

#include "core/case/Case.h"
#include "core/case/CaseReader.h"
#include "core/case/SampleCase.h"
#include "core/case/edits/ClaimEdits.h"
#include "core/model/Vocabulary.h"
#include "tests/support/TestPaths.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>

namespace corrob::casefile {
namespace {

struct SampleSuggestions
{
    QTemporaryDir dir;
    std::unique_ptr<Case> target;
};

std::unique_ptr<SampleSuggestions> sample()
{
    auto out = std::make_unique<SampleSuggestions>();
    const QString path = out->dir.filePath(QStringLiteral("sample.corrob"));
    const CaseOptions options{QStringLiteral("tester")};
    if (auto made = ensureSampleCase(path, test::seedsDir(), options); !made) {
        ADD_FAILURE() << made.error().toString().toStdString();
        return nullptr;
    }
    auto opened = Case::open(path, options);
    if (!opened) {
        ADD_FAILURE() << opened.error().toString().toStdString();
        return nullptr;
    }
    out->target = std::move(opened).value();
    return out;
}

void dump(const std::vector<suggest::Candidate>& cs)
{
    for (const auto& c : cs) {
        std::cout << c.score << " " << model::linkTypeName(c.relation).toStdString() << " r" << c.report.value << " "
                  << c.start << "-" << c.end << " " << c.text.left(120).toStdString() << "\n      "
                  << c.reasons.join(QStringLiteral("; ")).toStdString() << "\n";
    }
}

TEST(CaseSuggestions, Dump)
{
    auto s = sample();
    ASSERT_TRUE(s);
    CaseSuggestions suggestions(*s->target);
    auto claims = CaseReader(*s->target).claims();
    ASSERT_TRUE(claims.ok());
    for (const auto& c : claims.value()) {
        std::cout << "== claim " << c.id.value << " r" << c.report.value << " " << c.anchor.quote.toStdString() << "\n";
        auto found = suggestions.forClaim(c.id, 6);
        ASSERT_TRUE(found.ok());
        dump(found.value());
    }
}

} // namespace
} // namespace corrob::casefile
