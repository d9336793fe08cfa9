// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/ClaimReviewExport.h"

#include "core/export/HtmlReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace corrob::exporting {
namespace {

QString typeOfSource(const QString& kind)
{
    return kind == u"person" || kind == u"witness" || kind == u"researcher" ? QStringLiteral("Person")
                                                                            : QStringLiteral("Organization");
}

} // namespace

QJsonObject ClaimReviewExport::review(const ClaimEntry& entry, const ReportContent& content, const QUrl& reviewUrl)
{
    QJsonObject claim{{QStringLiteral("@type"), QStringLiteral("Claim")},
                      {QStringLiteral("text"), entry.claim.anchor.quote}};
    if (!entry.source.isEmpty()) {
        QString kind;
        for (const SourceEntry& s : content.sources) {
            if (s.id == entry.claim.source) {
                kind = s.kind;
            }
        }
        claim.insert(QStringLiteral("author"), QJsonObject{{QStringLiteral("@type"), typeOfSource(kind)},
                                                           {QStringLiteral("name"), entry.source}});
    }
    QJsonObject appearance{{QStringLiteral("@type"), QStringLiteral("CreativeWork")},
                           {QStringLiteral("headline"), entry.reportTitle}};
    if (!entry.outlet.isEmpty()) {
        appearance.insert(QStringLiteral("publisher"),
                          QJsonObject{{QStringLiteral("@type"), QStringLiteral("Organization")},
                                      {QStringLiteral("name"), entry.outlet}});
    }
    if (!entry.published.isEmpty()) {
        appearance.insert(QStringLiteral("datePublished"), entry.published);
        claim.insert(QStringLiteral("datePublished"), entry.published);
    }
    for (const ReportEntry& r : content.reports) {
        // schema.org's url is a URL: one typed at import without a scheme ("example.com/a") is none, and is left out;
        // spaces and quotes are percent-encoded.
        const QUrl url(r.url.trimmed(), QUrl::TolerantMode);
        if (r.id == entry.claim.report && url.isValid() && !url.isRelative() && url.scheme().size() > 1) {
            appearance.insert(QStringLiteral("url"), url.toString(QUrl::FullyEncoded));
        }
    }
    claim.insert(QStringLiteral("appearance"), appearance);
    claim.insert(QStringLiteral("firstAppearance"), appearance);

    const int g = entry.claim.credibility;
    QJsonObject rating{
        {QStringLiteral("@type"), QStringLiteral("Rating")},
        {QStringLiteral("alternateName"), HtmlReport::credibilityWords(g)},
    };
    // The Admiralty grade as a machine reads it ("admiralty:B2"), when the source is graded too: "?2" is no grade.
    if (const QString grade = entry.grade(); !grade.isEmpty() && !grade.contains(u'?')) {
        rating.insert(QStringLiteral("identifier"), QString(QStringLiteral("admiralty:") + grade));
    }
    if (g >= 1 && g <= 5) {
        rating.insert(QStringLiteral("ratingValue"), 6 - g);
        rating.insert(QStringLiteral("bestRating"), 5);
        rating.insert(QStringLiteral("worstRating"), 1);
    }
    // It explains the grade given: the analysis' reason is of the grade the analysis suggests ("confirmed: …"), which
    // the investigator may have graded otherwise.
    if (!entry.reason.isEmpty()) {
        rating.insert(QStringLiteral("ratingExplanation"),
                      entry.suggestedCredibility == g
                          ? entry.reason
                          : HtmlReport::tr("Graded %1 by the investigator. The analysis suggests %2")
                                .arg(HtmlReport::credibilityWords(g), entry.reason));
    }
    QJsonObject out{{QStringLiteral("@type"), QStringLiteral("ClaimReview")},
                    {QStringLiteral("identifier"), QStringLiteral("claim-%1").arg(entry.claim.id.value)},
                    {QStringLiteral("claimReviewed"),
                     entry.claim.statement.isEmpty() ? entry.claim.anchor.quote : entry.claim.statement},
                    {QStringLiteral("datePublished"), content.exportedAt.left(10)},
                    {QStringLiteral("author"), QJsonObject{{QStringLiteral("@type"), QStringLiteral("Person")},
                                                           {QStringLiteral("name"), content.author}}},
                    {QStringLiteral("reviewRating"), rating},
                    {QStringLiteral("itemReviewed"), claim}};
    if (isReviewUrl(reviewUrl)) {
        QUrl url = reviewUrl;
        url.setFragment(QStringLiteral("claim-%1").arg(entry.claim.id.value));
        out.insert(QStringLiteral("url"), url.toString(QUrl::FullyEncoded));
    }
    return out;
}

bool ClaimReviewExport::isReviewUrl(const QUrl& url)
{
    return url.isValid() && !url.isRelative() && (url.scheme() == u"https" || url.scheme() == u"http") &&
           !url.host().isEmpty();
}

QByteArray ClaimReviewExport::document(const ReportContent& content, const QUrl& reviewUrl)
{
    QJsonArray graph;
    for (const ClaimEntry& e : content.claims) {
        if (e.claim.credibility > 0) {
            graph.append(review(e, content, reviewUrl));
        }
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("@context"), QStringLiteral("https://schema.org")},
                                     {QStringLiteral("@graph"), graph}})
        .toJson(QJsonDocument::Indented);
}

} // namespace corrob::exporting
