// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace corrob::exchange {

// The IRIs the exchange formats write (docs/decisions/0018-exchange-offsets-and-iris.md).
// The W3C Web Annotation context; every annotation names it first in its @context.
inline constexpr QStringView kAnnoContext = u"http://www.w3.org/ns/anno.jsonld";
// The namespace of Corroborate's own terms (claim kind, credibility, attribution, link relation, SHA-256 of the
// original). Compact IRIs "corrob:kind" expand to it through the prefix the @context defines. A reserved
// ".invalid" host: the IRIs name terms, nobody can own or serve that host, and no one else's terms collide.
inline constexpr QStringView kNamespace = u"https://corroborate.invalid/ns#";
inline constexpr QStringView kPrefix = u"corrob";

// "corrob:" + term.
inline QString term(QStringView name)
{
    return kPrefix + u':' + name;
}

// An RFC 6920 "ni" URI naming content by its SHA-256 (hex in, base64url without padding inside), used as the
// IRI of a report that has no URL: "ni:///sha-256;<base64url>".
QString niUriOfSha256(const QString& sha256Hex);
// The hex SHA-256 named by such a URI, or an empty string when it is not one.
QString sha256OfNiUri(const QString& uri);

// A report's URL as an absolute IRI (RFC 3987), percent-encoding what an IRI cannot hold (spaces, quotes); an empty
// string when the URL has no scheme or cannot be read ("example.com/page"): the caller then names the report
// otherwise. Also what the importer compares URLs by, so "a b" and "a%20b" are the same page.
QString absoluteIri(const QString& url);

} // namespace corrob::exchange
