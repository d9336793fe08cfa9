// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SignatureRepository.h"
#include "core/storage/RowHelpers.h"

#include "core/storage/Database.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace corrob::storage {

Status SignatureRepository::store(ReportId report, const text::TextSignature& signature)
{
    CORROB_TRY(rows::run(
        *m_db,
        QStringLiteral(
            "INSERT OR REPLACE INTO report_signatures (report_id, text_key, words, minhash) VALUES (?, ?, ?, ?)"),
        report.value, signature.textKey, signature.words, signature.minhashBlob()));
    if (signature.words == 0) {
        return {}; // nothing to be similar to
    }
    // The bands in one statement: a statement each was a tenth of storing an imported report.
    static const QString sql = [] {
        QString text = QStringLiteral("INSERT OR IGNORE INTO report_signature_bands (band, hash, report_id) VALUES ");
        for (int b = 0; b < text::TextSignature::kBands; ++b) {
            text += b == 0 ? QStringLiteral("(?, ?, ?)") : QStringLiteral(", (?, ?, ?)");
        }
        return text;
    }();
    auto bands = m_db->prepare(sql);
    CORROB_TRY(bands);
    for (int b = 0; b < text::TextSignature::kBands; ++b) {
        bands->bind(3 * b + 1, qint64(b)).bind(3 * b + 2, signature.band(b)).bind(3 * b + 3, report.value);
    }
    return bands->run();
}

Result<std::optional<SignatureRepository::Similarity>>
SignatureRepository::similarityTo(const text::TextSignature& signature, ReportId report) const
{
    using Out = std::optional<Similarity>;
    if (signature.words == 0) {
        return Out();
    }
    auto load = m_db->prepare(QStringLiteral("SELECT minhash, words FROM report_signatures WHERE report_id = ?"));
    CORROB_TRY(load);
    load->bind(1, report.value);
    auto found = load->step();
    CORROB_TRY(found);
    if (!found.value()) {
        return Out();
    }
    const auto minhash = text::TextSignature::minhashFromBlob(load->blob(0));
    if (!minhash) {
        return Out();
    }
    return Out(Similarity{text::estimatedJaccard(signature.minhash, *minhash), load->int64(1)});
}

Result<std::optional<NearDuplicate>> SignatureRepository::findNearDuplicate(const text::TextSignature& signature,
                                                                            double threshold) const
{
    if (signature.words == 0) {
        return std::optional<NearDuplicate>();
    }
    auto same =
        m_db->prepare(QStringLiteral("SELECT s.report_id FROM report_signatures s JOIN reports r ON r.id = s.report_id "
                                     "WHERE s.text_key = ? AND r.deleted_at IS NULL ORDER BY s.report_id LIMIT 1"));
    CORROB_TRY(same);
    same->bind(1, signature.textKey);
    auto row = same->step();
    CORROB_TRY(row);
    if (row.value()) {
        return std::optional<NearDuplicate>(NearDuplicate{ReportId(same->int64(0)), 1.0, true});
    }

    auto band = m_db->prepare(
        QStringLiteral("SELECT b.report_id FROM report_signature_bands b JOIN reports r ON r.id = b.report_id "
                       "WHERE b.band = ? AND b.hash = ? AND r.deleted_at IS NULL ORDER BY b.report_id LIMIT ?"));
    CORROB_TRY(band);
    QSet<qint64> candidates;
    for (int b = 0; b < text::TextSignature::kBands; ++b) {
        band->reset();
        band->bindAll(qint64(b), signature.band(b), qint64(kMaxCandidates));
        CORROB_TRY(rows::forEach(band.value(), [&](const Statement& s) {
            candidates.insert(s.int64(0));
            return true;
        }));
    }
    std::vector<qint64> ordered(candidates.begin(), candidates.end());
    std::sort(ordered.begin(), ordered.end());
    if (ordered.size() > size_t(kMaxCandidates)) {
        ordered.resize(size_t(kMaxCandidates));
    }
    std::optional<NearDuplicate> best;
    for (const qint64 id : ordered) {
        auto measured = similarityTo(signature, ReportId(id));
        CORROB_TRY(measured);
        if (!measured.value()) {
            continue;
        }
        const double similarity = measured.value()->similarity;
        if (similarity >= threshold && (!best || similarity > best->similarity)) {
            best = NearDuplicate{ReportId(id), similarity, false};
        }
    }
    return best;
}

} // namespace corrob::storage
