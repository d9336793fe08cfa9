// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/ExchangeVocabulary.h"

#include <QUrl>

namespace corrob::exchange {

namespace {
constexpr QStringView kNiPrefix = u"ni:///sha-256;";
}

QString niUriOfSha256(const QString& sha256Hex)
{
    const QByteArray raw = QByteArray::fromHex(sha256Hex.toLatin1());
    return kNiPrefix +
           QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString sha256OfNiUri(const QString& uri)
{
    if (!uri.startsWith(kNiPrefix)) {
        return {};
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        uri.mid(kNiPrefix.size()).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32) {
        return {};
    }
    return QString::fromLatin1(decoded.decoded.toHex());
}

QString absoluteIri(const QString& url)
{
    const QUrl u(url.trimmed(), QUrl::TolerantMode);
    if (!u.isValid() || u.isRelative() || u.scheme().size() < 2) { // "C:/x" is a Windows path, not a URL
        return {};
    }
    return u.toString(QUrl::FullyEncoded);
}

} // namespace corrob::exchange
