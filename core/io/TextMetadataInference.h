// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/PartialDate.h"
#include "core/model/Report.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace corrob::io {

// What the text of a report says about itself, and its page furniture.
struct TextInference
{
    model::ReportMetadata metadata;   // title, outlet, republishedBy, author, translationCredit, published, language
    QList<model::TextRange> excluded; // page furniture, UTF-16 offsets of the text
};

enum class TextFlavour
{
    Plain,
    Markdown, // "# Heading" lines are headings: the first one is the title
};

// Infers metadata from the working text of a captured article, using only cues the text really contains:
// - title: the headline, i.e. the first line that is not furniture, a dateline, a caption or a byline;
// - outlet: "© 2022 Al Jazeera Media Network", "CLICK HERE TO GET THE FOX NEWS APP", "Originally published by X",
//   a site's own "X Logo" / "Follow X for more updates" line; when a site's own cue names someone else than the
//   article's publisher, that site is the republisher ("republished by X" also says so);
// - author: "By Jessica Corbett", "Jessica Corbett, staff writer", or a name alone on a line under the headline;
// - translation credit: "Translation by Lara Lema";
// - published: "Published On 13 Jun 2022", a dateline with a year, a date the headline ends with (a notes file's
//   "Interview notes, Kharkiv, 12 May 2022"), else the copyright year (year precision).
//   A dateline without a year ("Sunday, April 2") or a relative day ("on Friday") gives no date: never guessed;
// - language: detectLanguage() over the text without its furniture.
// Anything not supported by a cue stays empty. Pure, thread-safe; bounded work on huge texts.
TextInference inferFromText(const QString& text, TextFlavour flavour = TextFlavour::Plain);

// A date written in a line: "13 Jun 2022", "June 13, 2022", "2022-06-13", "Sunday, April 2" (no year: unknown),
// "June 2022" (month precision). Unknown when the line has none.
model::PartialDate dateInLine(QStringView line);

// A line that is a dateline and nothing else: "Sunday, April 2", "13 June 2022 10:30 GMT".
bool isDateline(QStringView line);

// The date a heading ends with, after a comma, a dash or a bar ("Interview notes, Kharkiv, 12 May 2022"); unknown
// when it ends with none, or with one without its year.
model::PartialDate dateEndingTitle(QStringView title);

} // namespace corrob::io
