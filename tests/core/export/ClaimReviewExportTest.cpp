// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/ClaimReviewExport.h"
#include "core/export/HtmlReport.h"

#include "tests/core/export/ExportTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::exporting;

namespace {

TEST(ClaimReviewExport, ReviewsEveryGradedClaimAndOnlyThose)
{
    auto sample = test::makeExportCase();
    ASSERT_TRUE(sample);
    auto read = collectReport(*sample->target, {});
    ASSERT_TRUE(read.ok());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(ClaimReviewExport::document(read.value()), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    EXPECT_EQ(doc.object().value(QStringLiteral("@context")).toString(), QStringLiteral("https://schema.org"));
    const QJsonArray graph = doc.object().value(QStringLiteral("@graph")).toArray();
    int graded = 0;
    for (const ClaimEntry& e : read.value().claims) {
        graded += e.claim.credibility > 0 ? 1 : 0;
    }
    ASSERT_EQ(graph.size(), graded);
    ASSERT_EQ(graded, 3); // the sample grades claims 1 (2), 2 (3) and 5 (5)

    QJsonObject one;
    for (const QJsonValue& v : graph) {
        EXPECT_EQ(v[QStringLiteral("@type")].toString(), QStringLiteral("ClaimReview"));
        if (v[QStringLiteral("identifier")].toString() == u"claim-1") {
            one = v.toObject();
        }
    }
    ASSERT_FALSE(one.isEmpty());
    EXPECT_EQ(one[QStringLiteral("claimReviewed")].toString(), test::hostileStatement());
    const QJsonObject rating = one[QStringLiteral("reviewRating")].toObject();
    EXPECT_EQ(rating[QStringLiteral("ratingValue")].toInt(), 4); // credibility 2 on schema.org's rising 1-5 scale
    EXPECT_EQ(rating[QStringLiteral("bestRating")].toInt(), 5);
    EXPECT_EQ(rating[QStringLiteral("worstRating")].toInt(), 1);
    EXPECT_EQ(rating[QStringLiteral("alternateName")].toString(), QStringLiteral("probably true"));
    EXPECT_EQ(rating[QStringLiteral("identifier")].toString(), QStringLiteral("admiralty:A2"));
    const QJsonObject item = one[QStringLiteral("itemReviewed")].toObject();
    EXPECT_EQ(item[QStringLiteral("@type")].toString(), QStringLiteral("Claim"));
    EXPECT_EQ(item[QStringLiteral("author")][QStringLiteral("name")].toString(),
              QStringLiteral("Amnesty International"));
    EXPECT_EQ(item[QStringLiteral("author")][QStringLiteral("@type")].toString(), QStringLiteral("Organization"));
    EXPECT_EQ(item[QStringLiteral("text")].toString(),
              QStringLiteral("documented 22 cases of unlawful killings by Russian forces"));
    EXPECT_FALSE(item[QStringLiteral("appearance")][QStringLiteral("headline")].toString().isEmpty());
    EXPECT_EQ(one[QStringLiteral("author")][QStringLiteral("name")].toString(), QStringLiteral("Ana Investigator"));
}

TEST(ClaimReviewExport, TheExplanationIsOfTheGradeGivenAndAnUngradedSourceGivesNoAdmiraltyCode)
{
    auto sample = test::makeExportCase();
    ASSERT_TRUE(sample);
    auto read = collectReport(*sample->target, {});
    ASSERT_TRUE(read.ok());
    // Half of the graded claims graded as the analysis suggests, the other half otherwise; one source ungraded.
    ReportContent content = read.value();
    int agreeing = 0;
    int differing = 0;
    for (ClaimEntry& e : content.claims) {
        if (e.claim.credibility == 0 || e.reason.isEmpty()) {
            continue;
        }
        e.suggestedCredibility = (agreeing <= differing) ? e.claim.credibility : e.claim.credibility % 6 + 1;
        (e.suggestedCredibility == e.claim.credibility ? agreeing : differing) += 1;
        e.reliability = differing == 1 && agreeing == 1 ? QString() : QStringLiteral("B");
    }
    ASSERT_GE(agreeing, 1);
    ASSERT_GE(differing, 1);
    const QJsonArray graph = QJsonDocument::fromJson(ClaimReviewExport::document(content))
                                 .object()
                                 .value(QStringLiteral("@graph"))
                                 .toArray();
    int checked = 0;
    for (const QJsonValue review : graph) {
        const QString id = review[QStringLiteral("identifier")].toString();
        const auto e = std::find_if(content.claims.begin(), content.claims.end(), [&](const ClaimEntry& c) {
            return QStringLiteral("claim-%1").arg(c.claim.id.value) == id;
        });
        ASSERT_NE(e, content.claims.end());
        if (e->reason.isEmpty()) {
            continue;
        }
        const QJsonObject rating = review[QStringLiteral("reviewRating")].toObject();
        const QString explanation = rating[QStringLiteral("ratingExplanation")].toString();
        if (e->suggestedCredibility == e->claim.credibility) {
            EXPECT_EQ(explanation, e->reason);
        } else {
            EXPECT_EQ(explanation, HtmlReport::tr("Graded %1 by the investigator. The analysis suggests %2")
                                       .arg(HtmlReport::credibilityWords(e->claim.credibility), e->reason));
        }
        if (e->reliability.isEmpty()) {
            EXPECT_FALSE(rating.contains(QStringLiteral("identifier")))
                << rating[QStringLiteral("identifier")].toString().toStdString();
        } else {
            EXPECT_EQ(rating[QStringLiteral("identifier")].toString(),
                      QStringLiteral("admiralty:B%1").arg(e->claim.credibility));
        }
        ++checked;
    }
    EXPECT_EQ(checked, agreeing + differing);
}

TEST(ClaimReviewExport, EachReviewsUrlIsThePublishedReportWithTheClaimsAnchor)
{
    auto sample = test::makeExportCase();
    ASSERT_TRUE(sample);
    auto read = collectReport(*sample->target, {});
    ASSERT_TRUE(read.ok());
    const QJsonArray graph =
        QJsonDocument::fromJson(
            ClaimReviewExport::document(read.value(), QUrl(QStringLiteral("https://news.example/a b.html#top"))))
            .object()
            .value(QStringLiteral("@graph"))
            .toArray();
    ASSERT_FALSE(graph.isEmpty());
    for (const QJsonValue review : graph) {
        EXPECT_EQ(review[QStringLiteral("url")].toString(),
                  QStringLiteral("https://news.example/a%20b.html#") + review[QStringLiteral("identifier")].toString());
    }
    const QJsonArray none = QJsonDocument::fromJson(ClaimReviewExport::document(read.value()))
                                .object()
                                .value(QStringLiteral("@graph"))
                                .toArray();
    ASSERT_FALSE(none.isEmpty());
    EXPECT_FALSE(none[0].toObject().contains(QStringLiteral("url")));
    EXPECT_FALSE(ClaimReviewExport::isReviewUrl(QUrl(QStringLiteral("news.example/a.html"))));
    EXPECT_FALSE(ClaimReviewExport::isReviewUrl(QUrl(QStringLiteral("file:///tmp/a.html"))));
}

TEST(ClaimReviewExport, AnAppearancesUrlIsAnAbsoluteUrlOrLeftOut)
{
    auto sample = test::makeExportCase();
    ASSERT_TRUE(sample);
    auto read = collectReport(*sample->target, {});
    ASSERT_TRUE(read.ok());
    ReportContent content = read.value();
    ASSERT_GE(content.reports.size(), 2u);
    for (ReportEntry& r : content.reports) {
        r.url = QStringLiteral("https://example.org/a b?q=\"x\"");
    }
    content.reports[0].url = QStringLiteral("example.com/no scheme");
    const QJsonArray graph = QJsonDocument::fromJson(ClaimReviewExport::document(content))
                                 .object()
                                 .value(QStringLiteral("@graph"))
                                 .toArray();
    ASSERT_FALSE(graph.isEmpty());
    int withUrl = 0;
    int without = 0;
    for (const QJsonValue& v : graph) {
        const QJsonObject appearance = v[QStringLiteral("itemReviewed")][QStringLiteral("appearance")].toObject();
        const qint64 claim = v[QStringLiteral("identifier")].toString().mid(6).toLongLong();
        const auto entry = std::find_if(content.claims.begin(), content.claims.end(),
                                        [&](const ClaimEntry& e) { return e.claim.id.value == claim; });
        ASSERT_NE(entry, content.claims.end());
        if (entry->claim.report == content.reports[0].id) {
            EXPECT_FALSE(appearance.contains(QStringLiteral("url")));
            ++without;
        } else {
            ++withUrl;
            EXPECT_EQ(appearance.value(QStringLiteral("url")).toString(),
                      QStringLiteral("https://example.org/a%20b?q=%22x%22"));
        }
    }
    EXPECT_GT(withUrl, 0);
    EXPECT_GT(without, 0);
}

} // namespace
