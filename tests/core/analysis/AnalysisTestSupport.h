// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the analysis tests share: plain input structs in one line each, and the results as plain lists.
#pragma once

#include "core/analysis/AnalysisTypes.h"

#include <QList>
#include <QStringList>

namespace corrob::test {

inline analysis::SourceInput source(qint64 id, const char* name, qint64 affiliation = 0, const char* reliability = "")
{
    return analysis::SourceInput{SourceId(id), QString::fromUtf8(name), SourceId(affiliation),
                                 QString::fromLatin1(reliability)};
}

inline analysis::ClaimInput claim(qint64 id, qint64 report, qint64 source, qint64 outlet, const char* text,
                                  const char* published = "")
{
    return analysis::ClaimInput{ClaimId(id),      ReportId(report),        SourceId(source),
                                SourceId(outlet), QString::fromUtf8(text), QString::fromUtf8(published)};
}

// "from TYPE to", with the link's id when given.
inline analysis::LinkInput link(qint64 from, analysis::LinkType type, qint64 to, qint64 id = 0)
{
    return analysis::LinkInput{ClaimId(from), ClaimId(to), type, LinkId(id)};
}

inline QList<qint64> values(const QList<ClaimId>& list)
{
    QList<qint64> out;
    for (ClaimId id : list) {
        out << id.value;
    }
    return out;
}

inline QStringList names(const QList<analysis::Origin>& origins)
{
    QStringList out;
    for (const analysis::Origin& o : origins) {
        out << o.name;
    }
    return out;
}

} // namespace corrob::test
