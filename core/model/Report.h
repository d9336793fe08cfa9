// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/model/PartialDate.h"
#include "core/model/TextRange.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace corrob::model {

// What is known about a report's publication. Inferred at import, correctable by the investigator.
struct ReportMetadata
{
    QString title;
    QString outlet;        // who published it (a media source)
    QString republishedBy; // a site that republished another outlet's article, if any
    QString author;
    QString translationCredit;
    QString url;
    QString language; // BCP 47 code ("en", "uk"), empty when unknown
    PartialDate published;

    bool operator==(const ReportMetadata&) const = default;
};

// How a report came into the case.
struct Provenance
{
    QString fileName;     // the name of the file it was read from, empty for pasted text
    QString importMethod; // "file", "folder", "paste", "drop", "sample"
    QString capturedAt;   // UTC ISO 8601: when it was imported
    QString mediaType;    // "text/plain", "text/html", ...
    QString encoding;     // how the original bytes were decoded
    QStringList warnings; // findings at import, e.g. an encoding fallback
};

// A report about to be stored: the evidentiary original and everything derived from it.
struct NewReport
{
    QByteArray original; // the bytes exactly as collected
    QString sha256;      // of original
    QString workingText; // decoded, normalised text that claims anchor into
    ReportMetadata metadata;
    Provenance provenance;
    QList<TextRange> excludedRanges; // page furniture, in UTF-16 offsets of workingText
};

// One row of the report list: cheap to load for every report of a large case (no text, no original).
struct ReportSummary
{
    ReportId id;
    ReportMetadata metadata;
    QString sha256;
    qint64 chars = 0; // length of the working text in UTF-16 code units
    QString capturedAt;
    QStringList warnings;     // findings at import (Provenance::warnings), e.g. an encoding fallback
    ReportId nearDuplicateOf; // an earlier report with nearly the same text, if any
    ReportId previousVersion; // the report this one is a changed version of (its claims moved here), if any
};

} // namespace corrob::model
