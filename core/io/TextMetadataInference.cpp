// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/TextMetadataInference.h"

#include "core/io/FurnitureDetector.h"
#include "core/io/MonthNames.h"
#include "core/io/TextCues.h"
#include "core/text/LanguageDetector.h"

#include <QRegularExpression>

namespace corrob::io {
namespace {

constexpr int kHeaderLines = 12; // the headline is among the first lines with text
constexpr int kMaxTitle = 300;
constexpr qsizetype kLanguageSample = 128 * 1024;

QRegularExpression re(const QString& pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
}

// A month name of any language MonthNames knows, as a capture group, with an optional full stop ("Sept.").
const QString& monthGroup()
{
    static const QString group = QStringLiteral("(%1)\\.?").arg(monthNamePattern());
    return group;
}

model::PartialDate makeDate(int year, int month, int day)
{
    if (year < 1900 || year > 2100) {
        return {};
    }
    if (month < 1) {
        return model::PartialDate::fromIso(QString::number(year));
    }
    if (day < 1) {
        return model::PartialDate::fromIso(QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QChar(u'0')));
    }
    return model::PartialDate::fromIso(
        QStringLiteral("%1-%2-%3").arg(year).arg(month, 2, 10, QChar(u'0')).arg(day, 2, 10, QChar(u'0')));
}

bool datelineOnly(QStringView line)
{
    static const QRegularExpression dateline = re(
        QStringLiteral(
            R"(^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:%1\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+%1)(?:,?\s+\d{4})?(?:[\s,|·-]+\d{1,2}[:.]\d{2}.*)?$|^\d{4}-\d{2}-\d{2}(?:[T ].*)?$)")
            .arg(monthGroup()));
    return line.size() <= 60 && dateline.match(line).hasMatch();
}

QString stripMarkdownHeading(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == u'#') {
        ++i;
    }
    return line.mid(i).trimmed().toString();
}

QString cutTitle(const QString& line)
{
    const QString simple = line.simplified();
    if (simple.size() <= kMaxTitle) {
        return simple;
    }
    qsizetype cut = simple.lastIndexOf(u' ', kMaxTitle);
    if (cut <= 0) {
        cut = kMaxTitle;
    }
    return simple.left(cut) + QChar(0x2026);
}

} // namespace

bool isDateline(QStringView line)
{
    return datelineOnly(line);
}

model::PartialDate dateEndingTitle(QStringView title)
{
    // "Interview notes, Kharkiv, 12 May 2022", "Field report — June 13, 2022": a notes file or memo names its day in
    // its heading. Only a whole date with its year after a separator, so "Kyiv, Sunday, April 2" gives nothing.
    qsizetype from = title.size();
    for (int tries = 0; tries < 4; ++tries) {
        qsizetype cut = -1;
        for (qsizetype i = from - 1; i > 0; --i) {
            const QChar c = title.at(i);
            if (c == u',' || c == u'|' || c == u'\u2014' || c == u'\u2013' ||
                (c == u'-' && i + 1 < title.size() && title.at(i + 1).isSpace() && title.at(i - 1).isSpace())) {
                cut = i;
                break;
            }
        }
        if (cut < 0) {
            return {};
        }
        const QStringView tail = title.mid(cut + 1).trimmed();
        // "1 February – 31 July 2022", "27 February - 31 March 2022", "2021-2022": a period's end is no
        // publication date. What comes just before the separator: a day and a month, or a year.
        static const QRegularExpression before(QStringLiteral(
            "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(\\p{L}+)\\.?|(\\p{L}+)\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|(\\d{4}))\\s*$"));
        const bool dash = title.at(cut) != u',' && title.at(cut) != u'|';
        if (const auto m = before.match(title.left(cut)); dash && m.hasMatch()) {
            const QString month = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
            if (!m.captured(3).isEmpty() || monthFromName(month) > 0) {
                return {};
            }
        }
        if (isDateline(tail)) {
            const model::PartialDate date = dateInLine(tail);
            if (date.isKnown()) {
                return date;
            }
        }
        from = cut;
    }
    return {};
}

model::PartialDate dateInLine(QStringView line)
{
    static const QRegularExpression iso = re(QStringLiteral(R"(\b(\d{4})-(\d{2})-(\d{2})(?!\d))"));
    // "13 June 2022", "1er avril 2022", "2. April 2022", "2 de abril de 2022", "2 квітня 2022 року".
    static const QRegularExpression dayMonth =
        re(QStringLiteral(R"(\b(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?%1(?:\s+de)?,?(?:\s+(\d{4}))?\b)")
               .arg(monthGroup()));
    static const QRegularExpression monthDay =
        re(QStringLiteral(R"(\b%1\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?)").arg(monthGroup()));
    static const QRegularExpression monthYear = re(QStringLiteral(R"(\b%1(?:\s+de)?\s+(\d{4})\b)").arg(monthGroup()));
    if (const auto m = iso.match(line); m.hasMatch()) {
        return makeDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    if (const auto m = dayMonth.match(line); m.hasMatch()) {
        return makeDate(m.captured(3).toInt(), monthFromName(m.captured(2)), m.captured(1).toInt());
    }
    if (const auto m = monthYear.match(line); m.hasMatch()) {
        return makeDate(m.captured(2).toInt(), monthFromName(m.captured(1)), 0);
    }
    if (const auto m = monthDay.match(line); m.hasMatch()) {
        return makeDate(m.captured(3).toInt(), monthFromName(m.captured(1)), m.captured(2).toInt());
    }
    return {};
}

TextInference inferFromText(const QString& text, TextFlavour flavour)
{
    TextInference out;
    FurnitureScan scan = scanFurniture(text);
    model::ReportMetadata& meta = out.metadata;

    std::vector<size_t> nonBlank;
    for (size_t i = 0; i < scan.lines.size(); ++i) {
        if (!scan.lines[i].isBlank(text)) {
            nonBlank.push_back(i);
        }
    }
    auto lineAt = [&](size_t k) {
        return scan.lines[nonBlank[k]].trimmed(text);
    };
    auto isFurniture = [&](size_t k) {
        return !scan.reasons[nonBlank[k]].isEmpty();
    };

    // Outlet cues, from any line.
    QString copyrightHolder;
    int copyrightYear = 0;
    QString appOutlet;
    QString originalPublisher;
    QString statedRepublisher;
    QString siteName; // the site the text was captured from: its logo or "Follow X" line
    model::PartialDate publishedCue;
    for (size_t k = 0; k < nonBlank.size(); ++k) {
        const QStringView line = lineAt(k);
        if (line.size() > 200) {
            continue; // every cue is a short line of its own
        }
        if (const auto c = cues::copyright(line); !c.holder.isEmpty() || c.year > 0) {
            copyrightHolder = c.holder.isEmpty() ? copyrightHolder : c.holder;
            copyrightYear = std::max(copyrightYear, c.year);
        }
        if (QString s = cues::appPromptOutlet(line); !s.isEmpty()) {
            appOutlet = s;
        }
        if (QString s = cues::originallyPublishedBy(line); !s.isEmpty()) {
            originalPublisher = s;
        }
        if (QString s = cues::republishedBy(line); !s.isEmpty()) {
            statedRepublisher = s;
        }
        if (QString s = cues::logoName(line); !s.isEmpty() && isFurniture(k)) {
            siteName = s;
        }
        if (QString s = cues::followName(line); !s.isEmpty()) {
            siteName = s;
        }
        if (QString s = cues::translationCredit(line); !s.isEmpty() && meta.translationCredit.isEmpty()) {
            meta.translationCredit = s;
        }
        static const QRegularExpression published =
            re(QStringLiteral(R"(^(?:published|posted|first published)\b(?:\s+on)?\s*:?\s*(.+)$)"));
        if (const auto m = published.match(line); m.hasMatch() && !publishedCue.isKnown()) {
            publishedCue = dateInLine(m.capturedView(1));
        }
    }

    // Title: Markdown's first heading, else the first line among the first few that is article text and reads
    // like a headline.
    qsizetype titleIndex = -1;
    const size_t headerEnd = std::min<size_t>(nonBlank.size(), kHeaderLines);
    if (flavour == TextFlavour::Markdown) {
        for (size_t k = 0; k < nonBlank.size() && titleIndex < 0; ++k) {
            if (lineAt(k).startsWith(u"# ")) {
                titleIndex = static_cast<qsizetype>(k);
            }
        }
    }
    for (size_t k = 0; k < headerEnd && titleIndex < 0; ++k) {
        const QStringView line = lineAt(k);
        if (isFurniture(k) || isDateline(line) || cues::isPhotoCaption(line) || !cues::byline(line).isEmpty() ||
            !cues::translationCredit(line).isEmpty() || cues::looksLikePersonName(line)) {
            continue;
        }
        titleIndex = static_cast<qsizetype>(k);
    }
    if (titleIndex < 0) {
        for (size_t k = 0; k < nonBlank.size() && titleIndex < 0; ++k) {
            if (!isFurniture(k)) {
                titleIndex = static_cast<qsizetype>(k);
            }
        }
    }
    if (titleIndex >= 0) {
        const QStringView line = lineAt(size_t(titleIndex));
        meta.title = cutTitle(flavour == TextFlavour::Markdown ? stripMarkdownHeading(line) : line.toString());
    }

    // Author: a byline near the top or at the end, else a name alone on one of the three lines under the title.
    for (size_t k = 0; k < nonBlank.size() && meta.author.isEmpty(); ++k) {
        if (k >= headerEnd && k + 5 < nonBlank.size()) {
            k = nonBlank.size() - 5;
        }
        if (!isFurniture(k)) {
            meta.author = cues::byline(lineAt(k));
        }
    }
    // A bare name counts only under a real headline (short), directly above a paragraph of prose, and only once:
    // a name repeated or followed by a short line is a photo label ("Tim Cook" / "Tim Cook").
    if (meta.author.isEmpty() && titleIndex >= 0 && lineAt(size_t(titleIndex)).size() <= 150) {
        for (size_t k = size_t(titleIndex) + 1; k < std::min(nonBlank.size(), size_t(titleIndex) + 4); ++k) {
            const QStringView line = lineAt(k);
            if (isFurniture(k) || !cues::looksLikePersonName(line)) {
                continue;
            }
            const bool proseFollows = k + 1 < nonBlank.size() && lineAt(k + 1).size() >= 150;
            const bool repeated = (k + 1 < nonBlank.size() && lineAt(k + 1) == line) || lineAt(k - 1) == line;
            if (proseFollows && !repeated) {
                meta.author = line.toString();
            }
            break;
        }
    }

    // Publication date: a "Published" line, else a dateline above or just under the headline, else the
    // copyright year.
    meta.published = publishedCue;
    for (size_t k = 0; k < headerEnd && !meta.published.isKnown(); ++k) {
        if (isDateline(lineAt(k))) {
            meta.published = dateInLine(lineAt(k)); // unknown when the dateline has no year
        }
    }
    if (!meta.published.isKnown()) {
        meta.published = dateEndingTitle(meta.title);
    }
    if (!meta.published.isKnown() && copyrightYear > 0) {
        meta.published = makeDate(copyrightYear, 0, 0);
    }

    // Outlet and republisher. The article's publisher: a copyright notice, an app prompt, an "originally
    // published by" line. The site it was captured from: its logo or "Follow X" line.
    QString publisher = !originalPublisher.isEmpty() ? originalPublisher
                        : !copyrightHolder.isEmpty() ? copyrightHolder
                                                     : appOutlet;
    if (publisher.isEmpty()) {
        publisher = siteName;
    } else if (!siteName.isEmpty() && siteName.compare(publisher, Qt::CaseInsensitive) != 0) {
        meta.republishedBy = siteName;
    }
    if (!statedRepublisher.isEmpty() && statedRepublisher.compare(publisher, Qt::CaseInsensitive) != 0) {
        meta.republishedBy = statedRepublisher;
    }
    meta.outlet = publisher;

    // A republisher's page chrome: furniture above the headline is its header, furniture after the last line of
    // article text its footer.
    if (!meta.republishedBy.isEmpty()) {
        for (size_t k = 0; titleIndex >= 0 && k < size_t(titleIndex); ++k) {
            if (isFurniture(k)) {
                scan.reasons[nonBlank[k]] = furniture::republisherHeader();
            }
        }
        static const QStringList siteChrome = {furniture::navigation(), furniture::shareLabels(), furniture::logo()};
        for (size_t k = nonBlank.size(); k-- > 0;) {
            QString& reason = scan.reasons[nonBlank[k]];
            if (!siteChrome.contains(reason)) {
                if (reason.isEmpty()) {
                    break;
                }
                continue; // e.g. the original's copyright notice between the article and the footer
            }
            reason = furniture::republisherFooter();
        }
    }

    out.excluded = furnitureRanges(text, scan);
    meta.language = text::detectLanguage(
        model::textWithout(text.size() > kLanguageSample ? text.left(kLanguageSample) : text, out.excluded));
    return out;
}

} // namespace corrob::io
