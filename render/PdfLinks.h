// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace corrob::render {

// Where an internal link goes: a page (0-based) and a height on it in PDF points from the page's bottom.
struct LinkTarget
{
    int page = 0;
    double y = 0;
};

// Qt's PDF engine writes every link as a URI action, also href="#name". This turns each link annotation whose URI is
// "#name" with name in targets into a GoTo link to its target (/Dest [page /XYZ null y null], and /NM the name), by
// appending an incremental update to pdf (new versions of those annotation objects and an xref section, as PDF 1.4
// section 3.4.5 allows): the bytes Qt wrote stay as they are. A PDF without such links, or one this does not
// understand, comes back unchanged. Pure.
QByteArray resolveInternalLinks(const QByteArray& pdf, const QHash<QString, LinkTarget>& targets);

} // namespace corrob::render
