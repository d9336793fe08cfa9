// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/TextSignature.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <algorithm>
#include <limits>
#include <vector>

namespace corrob::text {
namespace {

constexpr quint64 kEmpty = std::numeric_limits<quint64>::max();
constexpr int kBinBits = 6; // 64 bins
constexpr quint64 kValueMask = (quint64(1) << (64 - kBinBits)) - 1;

quint64 mix(quint64 x)
{
    // splitmix64's finaliser: spreads every input bit over the output.
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

class Shingler
{
public:
    explicit Shingler(TextSignature& out) : m_out(out)
    {
        m_out.minhash.fill(kEmpty);
        m_keyBuffer.reserve(kKeyBufferChars + 64);
    }

    void addChar(QChar c)
    {
        const char16_t u = c.unicode();
        char16_t folded = 0;
        if (u < 0x80) {
            // ASCII fast path: most of any English text, and the bulk of a huge one.
            if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
                folded = u;
            } else if (u >= u'A' && u <= u'Z') {
                folded = char16_t(u + 32);
            }
        } else if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            folded = c.toCaseFolded().unicode();
        }
        if (folded == 0) {
            endWord();
            return;
        }
        m_wordHash = (m_wordHash ^ folded) * 0x100000001b3ULL;
        m_keyBuffer.push_back(folded);
        m_inWord = true;
    }

    void finish()
    {
        endWord();
        if (m_out.words > 0 && m_out.words < TextSignature::kShingleWords) {
            addShingle(size_t(m_out.words)); // a very short text is one shingle of all its words
        }
        flushKey();
        m_out.textKey = QString::fromLatin1(m_hash.result().toHex());
        densify();
    }

private:
    void endWord()
    {
        if (!m_inWord) {
            return;
        }
        m_inWord = false;
        m_keyBuffer.push_back(u' ');
        if (m_keyBuffer.size() >= kKeyBufferChars) {
            flushKey();
        }
        m_ring[size_t(m_out.words % TextSignature::kShingleWords)] = mix(m_wordHash);
        m_wordHash = kFnvOffset;
        ++m_out.words;
        if (m_out.words >= TextSignature::kShingleWords) {
            addShingle(TextSignature::kShingleWords);
        }
    }

    // The key hashes the folded words as UTF-16 code units, in batches (no allocation per word).
    void flushKey()
    {
        m_hash.addData(QByteArrayView(reinterpret_cast<const char*>(m_keyBuffer.data()),
                                      qsizetype(m_keyBuffer.size() * sizeof(char16_t))));
        m_keyBuffer.clear();
    }

    void addShingle(size_t n)
    {
        const qint64 newest = m_out.words - 1;
        quint64 h = 0;
        for (size_t k = 0; k < n; ++k) {
            const auto index = size_t((newest - qint64(n - 1 - k)) % TextSignature::kShingleWords);
            h = mix(h * 0x9e3779b97f4a7c15ULL + m_ring[index]);
        }
        const auto bin = size_t(h >> (64 - kBinBits));
        m_out.minhash[bin] = std::min(m_out.minhash[bin], h & kValueMask);
    }

    // Empty bins (short texts) borrow from the next filled bin to the right, offset by the distance, so two short
    // texts still compare bin by bin (Shrivastava's rotation densification).
    void densify()
    {
        auto& bins = m_out.minhash;
        if (std::all_of(bins.begin(), bins.end(), [](quint64 v) { return v == kEmpty; })) {
            return;
        }
        const std::array<quint64, TextSignature::kBins> original = bins;
        for (int i = 0; i < TextSignature::kBins; ++i) {
            if (original[size_t(i)] != kEmpty) {
                continue;
            }
            for (int d = 1; d < TextSignature::kBins; ++d) {
                const quint64 v = original[size_t((i + d) % TextSignature::kBins)];
                if (v != kEmpty) {
                    bins[size_t(i)] = (v + quint64(d) * 0x9e3779b97f4a7c15ULL) & kValueMask;
                    break;
                }
            }
        }
    }

    static constexpr quint64 kFnvOffset = 0xcbf29ce484222325ULL;
    TextSignature& m_out;
    static constexpr size_t kKeyBufferChars = 32 * 1024;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    std::vector<char16_t> m_keyBuffer;
    bool m_inWord = false;
    quint64 m_wordHash = kFnvOffset;
    std::array<quint64, TextSignature::kShingleWords> m_ring{};
};

} // namespace

qint64 TextSignature::band(int b) const
{
    Q_ASSERT(b >= 0 && b < kBands);
    quint64 h = quint64(b) + 1;
    for (int r = 0; r < kRowsPerBand; ++r) {
        h = mix(h * 0x9e3779b97f4a7c15ULL + minhash[size_t(b * kRowsPerBand + r)]);
    }
    return static_cast<qint64>(h);
}

QByteArray TextSignature::minhashBlob() const
{
    QByteArray out(kBins * 8, Qt::Uninitialized);
    for (int i = 0; i < kBins; ++i) {
        qToLittleEndian(minhash[size_t(i)], out.data() + i * 8);
    }
    return out;
}

std::optional<std::array<quint64, TextSignature::kBins>> TextSignature::minhashFromBlob(const QByteArray& blob)
{
    if (blob.size() != kBins * 8) {
        return std::nullopt;
    }
    std::array<quint64, kBins> out{};
    for (int i = 0; i < kBins; ++i) {
        out[size_t(i)] = qFromLittleEndian<quint64>(blob.constData() + i * 8);
    }
    return out;
}

TextSignature computeSignature(const QString& text, SkipRanges skip)
{
    std::sort(skip.begin(), skip.end());
    TextSignature out;
    Shingler shingler(out);
    qsizetype pos = 0;
    auto feed = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            shingler.addChar(text.at(i));
        }
        shingler.addChar(u' '); // a range boundary ends a word
    };
    for (const auto& [skipStart, skipEnd] : skip) {
        const qsizetype start = std::clamp<qsizetype>(skipStart, 0, text.size());
        if (start > pos) {
            feed(pos, start);
        }
        pos = std::max(pos, std::clamp<qsizetype>(skipEnd, 0, text.size()));
    }
    if (pos < text.size()) {
        feed(pos, text.size());
    }
    shingler.finish();
    return out;
}

double estimatedJaccard(const std::array<quint64, TextSignature::kBins>& a,
                        const std::array<quint64, TextSignature::kBins>& b)
{
    int equal = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i] == b[i] && a[i] != kEmpty) {
            ++equal;
        }
    }
    return double(equal) / TextSignature::kBins;
}

} // namespace corrob::text
