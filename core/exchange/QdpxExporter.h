// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/exchange/CaseSnapshot.h"

#include <QByteArray>

namespace corrob::exchange {

// REFI-QDA project (QDA-XML 1.0, "urn:QDA-XML:project:1.0"), what ATLAS.ti, NVivo, MAXQDA and QualCoder exchange:
//  - the codebook's tags become Codes (nested as the tree is, with colour and description);
//  - each report becomes a TextSource whose working text is sources/GUID.txt (UTF-8), referenced as
//    plainTextPath="internal://GUID.txt";
//  - each claim becomes a PlainTextSelection of its report (startPosition and endPosition in Unicode code points
//    of that text, the end exclusive: the cursor positions before its first and after its last character) with
//    one Coding per tag; its statement is the selection's name and Description;
//  - links become Links between the selections (name = relation, direction OneWay, notes as NoteRefs);
//  - notes on the case, reports, claims and links become Notes referenced by NoteRef where they belong; a link's own
//    note and confidence become a Note its Link refers to; each source (kind, other names, whom it speaks for, its
//    grade and why, the notes on it) becomes a Note the Project refers to: QDA-XML has no element for either.
// Every GUID is a name-based UUID of the case and the item, so exporting the same case twice gives the same file.
// The project names Corroborate (and its version) as its origin. Text keeps its line ends: a carriage return in
// character data is written as &#xD; (an XML reader would turn a raw CR LF into LF). What XML 1.0 cannot hold at
// all (C0 controls but tab, LF and CR; lone surrogates; U+FFFE, U+FFFF) is written as U+FFFD, the replacement
// character, where it stood.
QByteArray qdpxProjectXml(const CaseSnapshot& snapshot);

// Writes the .qdpx (a zip: project.qde and sources/*.txt) to path, replacing it.
Status exportQdpx(const CaseSnapshot& snapshot, const QString& path);

// The GUID of a report's text source, which names its file "sources/GUID.txt".
QString qdpxSourceGuid(const CaseSnapshot& snapshot, ReportId report);

} // namespace corrob::exchange
