// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/ClaimReviewExport.h"

#include "core/export/HtmlReport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace corrob::exporting {
namespace {

QString typeOfSource(const QString& kind)
{
    return kind == u"person" || kind == u"witness" || kind == u"researcher" ? QStringLiteral("Person")
                                                                            : QStringLiteral("Organization");
}

} // namespace

QJsonObject ClaimReviewExport::review(const ClaimEntry& e, const ReportContent& content)
{
    QJsonObject claim{{QStringLiteral("@type"), QStringLiteral("Claim")},
                      {QStringLiteral("text"), e.claim.anchor.quote}};
    if (!e.source.isEmpty()) {
        QString kind;
        for (const SourceEntry& s : content.sources) {
            if (s.id == e.claim.source) {
                kind = s.kind;
            }
        }
        claim.insert(QStringLiteral("author"),
                     QJsonObject{{QStringLiteral("@type"), typeOfSource(kind)}, {QStringLiteral("name"), e.source}});
    }
    QJsonObject appearance{{QStringLiteral("@type"), QStringLiteral("CreativeWork")},
                           {QStringLiteral("headline"), e.reportTitle}};
    if (!e.outlet.isEmpty()) {
        appearance.insert(
            QStringLiteral("publisher"),
            QJsonObject{{QStringLiteral("@type"), QStringLiteral("Organization")}, {QStringLiteral("name"), e.outlet}});
    }
    if (!e.published.isEmpty()) {
        appearance.insert(QStringLiteral("datePublished"), e.published);
        claim.insert(QStringLiteral("datePublished"), e.published);
    }
    for (const ReportEntry& r : content.reports) {
        if (r.id == e.claim.report && !r.url.isEmpty()) {
            appearance.insert(QStringLiteral("url"), r.url);
        }
    }
    claim.insert(QStringLiteral("appearance"), appearance);
    claim.insert(QStringLiteral("firstAppearance"), appearance);

    const int g = e.claim.credibility;
    QJsonObject rating{{QStringLiteral("@type"), QStringLiteral("Rating")},
                       {QStringLiteral("alternateName"), HtmlReport::credibilityWords(g)},
                       {QStringLiteral("identifier"), QString(QStringLiteral("admiralty:") + e.grade())}};
    if (g >= 1 && g <= 5) {
        rating.insert(QStringLiteral("ratingValue"), 6 - g);
        rating.insert(QStringLiteral("bestRating"), 5);
        rating.insert(QStringLiteral("worstRating"), 1);
    }
    if (!e.reason.isEmpty()) {
        rating.insert(QStringLiteral("ratingExplanation"), e.reason);
    }
    return {{QStringLiteral("@type"), QStringLiteral("ClaimReview")},
            {QStringLiteral("identifier"), QStringLiteral("claim-%1").arg(e.claim.id.value)},
            {QStringLiteral("claimReviewed"), e.claim.statement.isEmpty() ? e.claim.anchor.quote : e.claim.statement},
            {QStringLiteral("datePublished"), content.exportedAt.left(10)},
            {QStringLiteral("author"), QJsonObject{{QStringLiteral("@type"), QStringLiteral("Person")},
                                                   {QStringLiteral("name"), content.author}}},
            {QStringLiteral("reviewRating"), rating},
            {QStringLiteral("itemReviewed"), claim}};
}

QByteArray ClaimReviewExport::document(const ReportContent& content)
{
    QJsonArray graph;
    for (const ClaimEntry& e : content.claims) {
        if (e.claim.credibility > 0) {
            graph.append(review(e, content));
        }
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("@context"), QStringLiteral("https://schema.org")},
                                     {QStringLiteral("@graph"), graph}})
        .toJson(QJsonDocument::Indented);
}

} // namespace corrob::exporting
