// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/PaneSession.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
#include <QVariantList>
#include <QVariantMap>

#include <algorithm>
#include <utility>
#include <vector>

namespace corrob::ui {
namespace {

constexpr auto kGroup = "paneSessions";
constexpr auto kCounterKey = "paneSessionCounter"; // orders the saves: the oldest are dropped first
constexpr int kMostPanes = 8; // more than the area ever has: anything beyond is not a session we wrote

QString canonical(const QString& casePath)
{
    const QString resolved = QFileInfo(casePath).canonicalFilePath();
    return resolved.isEmpty() ? QFileInfo(casePath).absoluteFilePath() : resolved;
}

// Settings keys cannot hold every character a path can; a hash of the path is a safe key, and the path itself is
// stored beside it to rule out a collision.
QString keyOf(const QString& path)
{
    return QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(20));
}

// A whole number stored in settings (an ini file stores it as text), or nullopt.
std::optional<qint64> number(const QVariant& value)
{
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

} // namespace

PaneSessionStore::PaneSessionStore(QSettings& settings) : m_settings(settings)
{
}

std::optional<PaneSession> PaneSessionStore::load(const QString& casePath) const
{
    const QString path = canonical(casePath);
    const QVariantMap stored =
        m_settings.value(QStringLiteral("%1/%2").arg(QLatin1String(kGroup), keyOf(path))).toMap();
    if (stored.value(QStringLiteral("path")).toString() != path) {
        return std::nullopt;
    }
    const QVariantList panes = stored.value(QStringLiteral("panes")).toList();
    if (panes.isEmpty() || panes.size() > kMostPanes) {
        return std::nullopt;
    }
    PaneSession session;
    for (const QVariant& entry : panes) {
        const QVariantList fields = entry.toList();
        if (fields.size() != 3) {
            return std::nullopt;
        }
        const auto report = number(fields[0]);
        const auto top = number(fields[1]);
        const auto width = number(fields[2]);
        if (!report || !top || !width || *report < 0 || *top < 0 || *width < 0 || *width > 100000) {
            return std::nullopt;
        }
        session.panes.append({ReportId(*report), qsizetype(*top), int(*width)});
    }
    const auto current = number(stored.value(QStringLiteral("current")));
    session.current = current && *current >= 0 && *current < session.panes.size() ? int(*current) : 0;
    return session;
}

void PaneSessionStore::save(const QString& casePath, const PaneSession& session)
{
    const QString path = canonical(casePath);
    QVariantList panes;
    for (const PaneSession::Pane& pane : session.panes) {
        panes.append(QVariant(QVariantList{pane.report.value, qint64(pane.topPosition), pane.width}));
    }
    // A counter, not the time: saves within one millisecond (or after the clock moved back) still have an order.
    const qint64 order = number(m_settings.value(QLatin1String(kCounterKey))).value_or(0) + 1;
    m_settings.setValue(QLatin1String(kCounterKey), order);
    const QVariantMap stored{
        {QStringLiteral("path"), path},
        {QStringLiteral("panes"), panes},
        {QStringLiteral("current"), session.current},
        {QStringLiteral("order"), order},
    };
    m_settings.setValue(QStringLiteral("%1/%2").arg(QLatin1String(kGroup), keyOf(path)), stored);
    prune();
}

void PaneSessionStore::prune()
{
    m_settings.beginGroup(QLatin1String(kGroup));
    const QStringList keys = m_settings.childKeys();
    if (keys.size() > kMaxCases) {
        std::vector<std::pair<qint64, QString>> bySaved; // (order of the save, key); an unreadable order goes first
        for (const QString& key : keys) {
            bySaved.emplace_back(number(m_settings.value(key).toMap().value(QStringLiteral("order"))).value_or(0), key);
        }
        std::sort(bySaved.begin(), bySaved.end());
        for (std::size_t i = 0; i + kMaxCases < bySaved.size(); ++i) {
            m_settings.remove(bySaved[i].second);
        }
    }
    m_settings.endGroup();
}

} // namespace corrob::ui
