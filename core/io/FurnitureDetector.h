// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/TextRange.h"
#include "core/text/TextLines.h"

#include <QList>
#include <QString>

#include <vector>

namespace corrob::io {

// Reasons recorded on excluded ranges found at import (shown to the investigator, stored with the range).
namespace furniture {
inline QString navigation()
{
    return QStringLiteral("navigation");
}
inline QString logo()
{
    return QStringLiteral("logo");
}
inline QString newsletterPrompt()
{
    return QStringLiteral("newsletter prompt");
}
inline QString appPrompt()
{
    return QStringLiteral("app prompt");
}
inline QString shareLabels()
{
    return QStringLiteral("share labels");
}
inline QString copyrightNotice()
{
    return QStringLiteral("copyright notice");
}
inline QString licenceNotice()
{
    return QStringLiteral("licence notice");
}
inline QString mediaPromo()
{
    return QStringLiteral("media promo");
}
inline QString relatedLink()
{
    return QStringLiteral("related link");
}
inline QString donationAppeal()
{
    return QStringLiteral("donation appeal");
}
inline QString moreStories()
{
    return QStringLiteral("more stories");
}
inline QString imageDescription()
{
    return QStringLiteral("image description");
}
inline QString republisherHeader()
{
    return QStringLiteral("republisher header");
}
inline QString republisherFooter()
{
    return QStringLiteral("republisher footer");
}
} // namespace furniture

// Page furniture found line by line in a working text.
struct FurnitureScan
{
    // The lines looked at: every line of an ordinary text; the first and last kEdgeLines of a huge one (furniture
    // sits at the edges, and scanning a 100 MB text line by line with patterns would take far too long).
    std::vector<text::TextLine> lines;
    // Per line: why it is furniture, or empty for article text and blank lines.
    std::vector<QString> reasons;

    static constexpr size_t kEdgeLines = 1500;
    static constexpr qsizetype kFullScanChars = 2 * 1024 * 1024;
};

// Classifies each line. Conservative by design: a line is furniture only when it matches a pattern that article
// prose does not (a whole line "Skip to main content", a copyright notice, an all-capitals link line, a run of
// "Name ·" teaser bylines...), never because of a single word inside a sentence. Pure, thread-safe.
FurnitureScan scanFurniture(const QString& text);

// The scan as excluded ranges (UTF-16 offsets of text): consecutive furniture lines with the same reason become
// one range, which also covers the blank lines after it so the reading text keeps one paragraph break.
QList<model::TextRange> furnitureRanges(const QString& text, const FurnitureScan& scan);

} // namespace corrob::io
