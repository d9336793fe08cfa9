// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/ReportContent.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUrl>

namespace corrob::exporting {

// schema.org ClaimReview JSON-LD (what fact-checkers publish and search engines read): one document
// {"@context": "https://schema.org", "@graph": [ClaimReview...]} with a ClaimReview for each exported claim that has
// a credibility grade (ungraded claims are left out). The Admiralty credibility becomes the reviewRating: grades 1-5
// as ratingValue 5-1 (bestRating 5, worstRating 1: schema.org's scale rises with truth), alternateName the grade's
// words ("probably true"); grade 6 (truth cannot be judged) has no ratingValue, only its words. The exact grade
// stays in reviewRating.identifier ("admiralty:B2"). itemReviewed is the Claim: its author (the attributed source),
// its appearance (the report: headline, publisher, date, URL) and the exact quote. Given the address where the
// investigation report (the HTML export) is published, each review's url (what Google's ClaimReview guidelines ask
// for: the page of the fact check) is that address with the claim's anchor as fragment (#claim-7, the id the HTML
// report gives the claim); without one the reviews have no url. Pure.
class ClaimReviewExport
{
public:
    // reviewUrl: an absolute URL, or empty (no url); its own fragment, if any, is replaced.
    static QJsonObject review(const ClaimEntry& entry, const ReportContent& content, const QUrl& reviewUrl = {});
    static QByteArray document(const ReportContent& content, const QUrl& reviewUrl = {});
    // Whether a URL typed by the user can be the reviews' base: absolute, http or https, with a host.
    static bool isReviewUrl(const QUrl& url);
};

} // namespace corrob::exporting
