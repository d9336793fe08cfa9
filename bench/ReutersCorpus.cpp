// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReutersCorpus.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <time.h>

namespace corrob::bench {

QString reutersDatasetsRoot(const QStringList& args, const QString& sourceDir)
{
    const auto at = args.indexOf(QStringLiteral("--datasets"));
    if (at >= 0 && at + 1 < args.size()) {
        return args[at + 1];
    }
    QStringList candidates = {QStringLiteral("../shared/datasets"), QStringLiteral("../../shared/datasets"),
                              QStringLiteral("/work/shared/datasets")};
    if (!sourceDir.isEmpty()) {
        candidates.prepend(sourceDir + QStringLiteral("/../shared/datasets"));
    }
    for (const QString& candidate : candidates) {
        if (QDir(reutersDir(candidate)).exists()) {
            return candidate;
        }
    }
    return {};
}

void forEachReutersStory(const QString& dir, const std::function<bool(const ReutersStory&)>& visit)
{
    static const QRegularExpression story(QStringLiteral(R"(<REUTERS[^>]*>(.*?)</REUTERS>)"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression title(QStringLiteral("<TITLE>(.*?)</TITLE>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression dateline(QStringLiteral("<DATELINE>(.*?)</DATELINE>"),
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression body(QStringLiteral("<BODY>(.*?)</BODY>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    for (const QString& name : QDir(dir).entryList({QStringLiteral("reut2-*.sgm")}, QDir::Files, QDir::Name)) {
        QFile f(QDir(dir).filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QString sgml = QString::fromLatin1(f.readAll());
        for (auto it = story.globalMatch(sgml); it.hasNext();) {
            ReutersStory s;
            s.file = name;
            s.sgml = it.next().captured(1);
            s.title = title.match(s.sgml).captured(1);
            s.dateline = dateline.match(s.sgml).captured(1);
            const auto b = body.match(s.sgml);
            s.hasBody = b.hasMatch();
            s.body = b.captured(1);
            if (!visit(s)) {
                return;
            }
        }
    }
}

QStringList reutersBodies(const QString& dir, int limit, bool unwrap)
{
    static const QRegularExpression lineStart(QStringLiteral("\n(?=\\S)"));
    QStringList bodies;
    forEachReutersStory(dir, [&](const ReutersStory& s) {
        if (!s.hasBody) {
            return true;
        }
        QString b = unescapeReuters(s.body);
        b.remove(QStringLiteral(" Reuter\n\x03")).remove(QChar(3));
        if (unwrap) {
            b.replace(lineStart, QStringLiteral(" "));
        }
        bodies << b.trimmed();
        return limit <= 0 || bodies.size() < limit;
    });
    return bodies;
}

QString unescapeReuters(QString s)
{
    s.replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return s;
}

QString unescapeReutersDroppingNumeric(QString s)
{
    static const QRegularExpression numeric(QStringLiteral("&#\\d+;"));
    s.remove(numeric);
    return unescapeReuters(std::move(s)).trimmed();
}

double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : -1.0;
}

QString loadAverages()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2) : QStringLiteral("?");
}

} // namespace corrob::bench
