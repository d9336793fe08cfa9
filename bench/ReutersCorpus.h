// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Reuters-21578 distribution (../shared/datasets/reuters21578, 22 files reut2-NNN.sgm) as the benchmarks read
// it, and the timing helpers they share. The stories are read at run time; none is stored in the repository.
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace corrob::bench {

// One <REUTERS> element, its fields as captured (Latin-1 both ways: the file's bytes come back unchanged, the odd
// 0xFC included), entities still escaped.
struct ReutersStory
{
    QString file;     // reut2-NNN.sgm
    QString sgml;     // what lies between <REUTERS ...> and </REUTERS>
    QString title;    // of <TITLE>, empty when there is none
    QString dateline; // of <DATELINE>
    QString body;     // of <BODY>
    bool hasBody = false;
};

// The folder holding reuters21578: "--datasets DIR" in args, else ../shared/datasets, ../../shared/datasets,
// /work/shared/datasets and CORROB_SOURCE_DIR/../shared/datasets (when given); empty when none has it.
QString reutersDatasetsRoot(const QStringList& args = {}, const QString& sourceDir = {});
inline QString reutersDir(const QString& datasetsRoot)
{
    return datasetsRoot + QStringLiteral("/reuters21578");
}

// Calls visit with every story of dir's reut2-*.sgm files, in file and story order, until it returns false.
void forEachReutersStory(const QString& dir, const std::function<bool(const ReutersStory&)>& visit);

// The stories' bodies as text: &lt; and &amp; unescaped, the " Reuter" trailer and its 0x03 removed, trimmed; with
// unwrap, each hard-wrapped paragraph joined into one line (as imported working text keeps them). At most limit
// (all when not positive).
QStringList reutersBodies(const QString& dir, int limit = -1, bool unwrap = false);

// &lt; and &amp; unescaped.
QString unescapeReuters(QString s);
// The same with the numeric entities (&#3; ...) removed, trimmed: titles and bodies as bench_search stores them.
QString unescapeReutersDroppingNumeric(QString s);

// CPU time of the process and of the calling thread.
double processCpuMs();
qint64 threadCpuNs();
// The load average over the last minute, and the three of /proc/loadavg as printed there ("?" when unreadable).
double loadAverage();
QString loadAverages();

} // namespace corrob::bench
