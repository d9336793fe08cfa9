// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Case.h"
#include "core/case/ImportService.h"
#include "ui/document/SampleCaseLocation.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <ostream>

class QAbstractItemModel;
class QAbstractItemView;
class QTemporaryDir;

namespace corrob::ui {
class CaseDocument;
}

// Lets GoogleTest print QStrings (and lists of them) in failure messages.
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace corrob::test {

// Where a test keeps the sample case: "Sample case.corrob" in dir, made on first use from the bundled seed articles.
ui::SampleCaseLocation sampleCaseIn(const QTemporaryDir& dir);
// The title core's importer gives each seed article (its headline, not page furniture), in the order of
// seedFiles().
QStringList seedTitles();
// The longest line of a seed article's reading text (furniture hidden), simplified: body text.
QString seedLongestLine(const QString& seedFile);
// Column 0 of every row of model, top to bottom.
QStringList columnTexts(const QAbstractItemModel& model, int column = 0);
// Clicks row's first cell in view (which must show it), as a user would; twice: then double-clicks it.
void clickRow(QAbstractItemView& view, int row, bool twice = false);

// A second connection to the document's open case (read-write, without its lock), as another window or the
// command-line tool would hold: to read what the file holds, or to change it behind the document's back.
std::unique_ptr<casefile::Case> openBeside(const ui::CaseDocument& document);
// Imports files and folders into the document's open case as the window's ImportController does (on a connection
// of its own; here on the calling thread and not as an undo step), then has the document read its reports again
// when any was added. With no case open, every path fails.
casefile::ImportOutcome importInto(ui::CaseDocument& document, const QStringList& paths,
                                   const casefile::ImportOptions& options = {});

} // namespace corrob::test
