// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/edits/ReportEdits.h"

#include "core/storage/Database.h"
#include "core/storage/ReportRepository.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace corrob::casefile {

using namespace edits;

namespace {

QString reportWhere(ReportId id)
{
    return QStringLiteral("report %1").arg(id.value);
}

QJsonObject metadataJson(const model::ReportMetadata& m)
{
    return {{QStringLiteral("title"), m.title},
            {QStringLiteral("outlet"), m.outlet},
            {QStringLiteral("republished_by"), m.republishedBy},
            {QStringLiteral("author"), m.author},
            {QStringLiteral("translation_credit"), m.translationCredit},
            {QStringLiteral("url"), m.url},
            {QStringLiteral("language"), m.language},
            {QStringLiteral("published"), m.published.iso}};
}

Status checkLanguage(const QString& language, const QString& where)
{
    static const QRegularExpression bcp47(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    if (!language.isEmpty() && !bcp47.match(language).hasMatch()) {
        return invalid(QStringLiteral("'%1' is not a language code: use a BCP 47 code such as en, uk or pt-BR")
                           .arg(language),
                       where);
    }
    return {};
}

Status checkUrl(const QString& url, const QString& where)
{
    if (url.isEmpty()) {
        return {};
    }
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme().isEmpty() || parsed.isRelative()) {
        return invalid(QStringLiteral("'%1' is not an absolute URL (such as https://example.org/article)").arg(url),
                       where);
    }
    return {};
}

} // namespace

Status checkReportMetadataChanges(const ReportMetadataChanges& changes, const QString& where)
{
    if (changes.published) {
        const QString text = changes.published->trimmed();
        if (!text.isEmpty() && !model::PartialDate::fromIso(text).isKnown()) {
            return invalid(QStringLiteral("'%1' is not a date: use 2022, 2022-08, 2022-08-04 or 2022-08-04T10:30Z")
                               .arg(text),
                           where);
        }
    }
    if (changes.language) {
        if (auto s = checkLanguage(changes.language->simplified(), where); !s) {
            return s;
        }
    }
    if (changes.url) {
        if (auto s = checkUrl(changes.url->trimmed(), where); !s) {
            return s;
        }
    }
    return {};
}

Edit::Record EditReportMetadata::record(const model::ReportMetadata& from, const model::ReportMetadata& to) const
{
    // Only what changed, before and after, as Case::setReportMetadata records it.
    const QJsonObject was = metadataJson(from);
    const QJsonObject now = metadataJson(to);
    QJsonObject changedFrom;
    QJsonObject changedTo;
    for (auto it = now.begin(); it != now.end(); ++it) {
        if (was.value(it.key()) != it.value()) {
            changedFrom.insert(it.key(), was.value(it.key()));
            changedTo.insert(it.key(), it.value());
        }
    }
    QJsonObject payload{{QStringLiteral("report"), m_id.value},
                        {QStringLiteral("before"), changedFrom},
                        {QStringLiteral("after"), changedTo}};
    if (!m_created.sources.empty()) {
        payload.insert(QStringLiteral("created"), m_created.toJson());
    }
    return Record{QStringLiteral("report.metadata_changed"), payload};
}

Result<Edit::Record> EditReportMetadata::forward(EditContext& ctx)
{
    storage::ReportRepository reports(ctx.db);
    if (m_resolved) {
        if (auto s = m_created.reinsert(ctx); !s) {
            return s.error();
        }
        if (auto s = reports.updateMetadata(m_id, m_after, m_outletAfter, m_republisherAfter); !s) {
            return s.error();
        }
        return record(m_before, m_after);
    }
    const QString where = reportWhere(m_id);
    auto summary = reports.summary(m_id);
    if (!summary) {
        return summary.error();
    }
    if (m_changes.isEmpty()) {
        return invalid(QStringLiteral("nothing to change: give a title, outlet, republisher, author, date, "
                                      "language or URL"),
                       where);
    }
    // Only the fields given: what the import stored stays as it is even when it would not pass.
    if (auto s = checkReportMetadataChanges(m_changes, where); !s) {
        return s.error();
    }
    auto sourcesBefore = storage::ReportRepository(ctx.db).metadataSources(m_id);
    if (!sourcesBefore) {
        return sourcesBefore.error();
    }
    const model::ReportMetadata before = summary->metadata;
    model::ReportMetadata after = before;
    auto take = [](const std::optional<QString>& change, QString& field) {
        if (change) {
            field = change->simplified();
        }
    };
    take(m_changes.title, after.title);
    take(m_changes.outlet, after.outlet);
    take(m_changes.republishedBy, after.republishedBy);
    take(m_changes.author, after.author);
    take(m_changes.translationCredit, after.translationCredit);
    take(m_changes.language, after.language);
    if (m_changes.url) {
        after.url = m_changes.url->trimmed();
    }
    if (m_changes.published) {
        after.published = model::PartialDate::fromIso(m_changes.published->trimmed());
    }
    edits::CreatedItems created;
    auto mediaSource = [&](const QString& name) -> Result<SourceId> {
        if (name.isEmpty()) {
            return SourceId();
        }
        return sourceNamed(ctx, name, model::SourceKind::Media, created);
    };
    auto outlet = mediaSource(after.outlet);
    if (!outlet) {
        return at(outlet.error(), where);
    }
    auto republisher = mediaSource(after.republishedBy);
    if (!republisher) {
        return at(republisher.error(), where);
    }
    if (after == before && outlet.value() == sourcesBefore->outlet && republisher.value() == sourcesBefore->republisher) {
        return invalid(QStringLiteral("nothing to change: the report already says so"), where);
    }
    if (auto s = reports.updateMetadata(m_id, after, outlet.value(), republisher.value()); !s) {
        return s.error();
    }
    // What the report shows now: a source found by an alias or another spelling keeps its own name.
    auto stored = reports.summary(m_id);
    if (!stored) {
        return stored.error();
    }
    m_before = before;
    m_after = stored->metadata;
    m_outletBefore = sourcesBefore->outlet;
    m_republisherBefore = sourcesBefore->republisher;
    m_outletAfter = outlet.value();
    m_republisherAfter = republisher.value();
    m_created = std::move(created);
    m_resolved = true;
    return record(m_before, m_after);
}

Result<Edit::Record> EditReportMetadata::backward(EditContext& ctx)
{
    if (auto s = storage::ReportRepository(ctx.db).updateMetadata(m_id, m_before, m_outletBefore, m_republisherBefore);
        !s) {
        return s.error();
    }
    if (auto s = m_created.remove(ctx); !s) {
        return s.error();
    }
    return record(m_after, m_before);
}

namespace {

QJsonObject rangeJson(ReportId report, const model::ExcludedRange& r)
{
    return {{QStringLiteral("report"), report.value},
            {QStringLiteral("range"), r.id.value},
            {QStringLiteral("start"), static_cast<qint64>(r.range.start)},
            {QStringLiteral("end"), static_cast<qint64>(r.range.end)},
            {QStringLiteral("reason"), r.range.reason},
            {QStringLiteral("origin"), r.origin}};
}

} // namespace

Result<Edit::Record> ExcludeRange::forward(EditContext& ctx)
{
    storage::ReportRepository reports(ctx.db);
    model::ExcludedRange range = m_range;
    if (!range.id.isValid()) {
        auto summary = reports.summary(m_report);
        if (!summary) {
            return summary.error();
        }
        const model::TextRange& r = range.range;
        if (r.start < 0 || r.end <= r.start || r.end > summary->chars) {
            return invalid(QStringLiteral("the range %1\u2013%2 is not inside the report's text (0\u2013%3, start "
                                          "before end)")
                               .arg(r.start)
                               .arg(r.end)
                               .arg(summary->chars),
                           reportWhere(m_report));
        }
        range.origin = QStringLiteral("user");
    }
    auto id = reports.insertExcludedRange(m_report, range);
    if (!id) {
        return id.error();
    }
    range.id = id.value();
    m_range = range;
    return Record{QStringLiteral("range.excluded"), rangeJson(m_report, m_range)};
}

Result<Edit::Record> ExcludeRange::backward(EditContext& ctx)
{
    if (auto s = storage::ReportRepository(ctx.db).deleteExcludedRange(m_range.id); !s) {
        return s.error();
    }
    return Record{QStringLiteral("range.included"), rangeJson(m_report, m_range)};
}

Result<Edit::Record> IncludeRange::forward(EditContext& ctx)
{
    storage::ReportRepository reports(ctx.db);
    auto range = reports.excludedRange(m_report, m_id);
    if (!range) {
        return range.error();
    }
    if (auto s = reports.deleteExcludedRange(m_id); !s) {
        return s.error();
    }
    m_range = range.value();
    return Record{QStringLiteral("range.included"), rangeJson(m_report, m_range)};
}

Result<Edit::Record> IncludeRange::backward(EditContext& ctx)
{
    if (auto id = storage::ReportRepository(ctx.db).insertExcludedRange(m_report, m_range); !id) {
        return id.error();
    }
    return Record{QStringLiteral("range.excluded"), rangeJson(m_report, m_range)};
}

} // namespace corrob::casefile
