// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/export/ReportContent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace corrob::casefile {
class Case;
}

namespace corrob::render {

// What to export and where.
struct ExportRequest
{
    QString format; // an ExportFormat's name
    QString out;    // the file to write (csv: the stem of the two files, see ExportFormat::run)
    exporting::Selection selection;
    QString reviewUrl{}; // claimreview: where the investigation report is published (each review's url), or empty
};

// What an export wrote.
struct ExportOutcome
{
    QStringList files;
    int claims = -1;        // how many claims went out (-1 when the format does not count claims)
    int originals = -1;     // how many originals went out (a bundle), else -1
    int orphanedClaims = 0; // claims left out (W3C, REFI-QDA): their anchors no longer match their reports' text
};

// Progress of an export: (done, total) steps of the current phase (reading the case, then drawing pages); returns
// false to cancel. May be empty.
using ExportProgressCallback = std::function<bool(qint64 done, qint64 total)>;

// One export format: the one table (exportFormats()) that corroborate-cli export and the GUI's File > Export both
// dispatch through, so a new format is added in one place. It lives in corrob_render because that is the lowest
// library both front ends link that can draw every format (the PDF needs Qt Gui).
struct ExportFormat
{
    QString name;           // as --format takes it: "html", "pdf", "csv", "claimreview"
    QString label;          // for a menu: "Investigation report (HTML)"
    QString suffix;         // of the file written, without the dot
    bool needsGui = false;  // drawn with Qt Gui's fonts: needs a QGuiApplication (canRenderPdf())
    bool usesReport = true; // shows the investigation report; a preview of it makes sense
    // Reads the case and writes the files. csv writes out minus a trailing ".csv" plus "-claims.csv" and
    // "-links.csv". Files are written atomically (QSaveFile). Fails with InvalidArgument on a bad selection (an
    // unknown tag, a grade outside 1-6) or when cancelled, with Io naming the path that could not be written, and
    // with the case's error when it cannot be read. Same thread as target.
    std::function<Result<ExportOutcome>(casefile::Case& target, const ExportRequest& request,
                                        const ExportProgressCallback& progress)>
        run;
    // Written for other tools (W3C, REFI-QDA, a bundle): File > Export for Other Tools offers it, the export
    // dialog (which previews the investigation report and picks claims one by one) does not.
    bool forOtherTools = false;
};

// Every format, in the order --help and the export dialog list them.
const QList<ExportFormat>& exportFormats();
const ExportFormat* findExportFormat(const QString& name);
QStringList exportFormatNames();

} // namespace corrob::render
