// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/LineJoiner.h"

#include "core/io/FurnitureDetector.h"
#include "core/io/TextCues.h"
#include "core/io/TextMetadataInference.h"
#include "core/text/TextLines.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <vector>

namespace corrob::io {
namespace {

constexpr int kMinProseLines = 5;
constexpr double kWrappedShare = 0.4;  // of the prose lines end in a wrap (a text file)
constexpr double kPrintedShare = 0.1;  // of the prose lines end in a wrap (printed lines: a PDF)
constexpr int kMinWidth = 30;          // narrower "wraps" are verse, lists or table columns
constexpr double kLongShare = 0.05;    // at most this share of prose lines is much longer than the width
constexpr double kLongFactor = 1.25;   // "much longer"
constexpr double kFitTolerance = 0.85; // proportional fonts: a PDF line's character count varies around the width
constexpr double kFullLine = 0.6;      // a wrapped line fills at least this share of the width
constexpr double kShortLine = 0.6;     // a line standing alone is shorter than this share of the width
constexpr qsizetype kEvidenceChars = 2 * 1024 * 1024; // the part of a document searched for spellings
constexpr qsizetype kMaxChars = 16 * 1024 * 1024;     // larger texts are left as they are (memory, time)

struct LineInfo
{
    qsizetype start = 0;
    qsizetype end = 0;       // without trailing whitespace
    qsizetype bodyStart = 0; // after leading whitespace
    int indent = 0;
    int length = 0; // indentation included, trailing whitespace excluded
    bool blank = true;
    bool tabular = false;
};

std::vector<LineInfo> measureLines(QStringView text)
{
    std::vector<LineInfo> out;
    qsizetype pos = 0;
    const qsizetype n = text.size();
    while (pos <= n) {
        qsizetype nl = text.indexOf(u'\n', pos);
        if (nl < 0) {
            nl = n;
        }
        LineInfo line;
        line.start = pos;
        qsizetype end = nl;
        while (end > pos && text.at(end - 1).isSpace()) {
            --end;
        }
        qsizetype body = pos;
        while (body < end && text.at(body).isSpace()) {
            ++body;
        }
        line.end = end;
        line.bodyStart = body;
        line.indent = int(std::min<qsizetype>(body - pos, 1000));
        line.length = int(std::min<qsizetype>(end - pos, 1'000'000));
        line.blank = body >= end;
        if (!line.blank) {
            const QStringView inner = text.mid(body, end - body);
            line.tabular = inner.contains(u'\t') || inner.contains(u"   ");
        }
        out.push_back(line);
        pos = nl + 1;
    }
    return out;
}

int firstWordLength(QStringView text, const LineInfo& line)
{
    qsizetype i = line.bodyStart;
    while (i < line.end && !text.at(i).isSpace()) {
        ++i;
    }
    return int(i - line.bodyStart);
}

bool endsSentence(QStringView line)
{
    if (line.isEmpty()) {
        return false;
    }
    const QChar c = line.back();
    return c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u'"' || c == u'\u201d' || c == u'\u2019' ||
           c == u')';
}

bool isListItem(QStringView body)
{
    static const QRegularExpression item(
        QStringLiteral(R"(^(?:[-*+•·▪◦–—]\s|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]\s))"));
    return item.match(body).hasMatch();
}

// A line that stands for itself whatever its length: a dateline, a byline, a notice.
bool isStandalone(QStringView body)
{
    return isDateline(body) || !cues::byline(body).isEmpty() || cues::isCopyrightNotice(body) ||
           (body.size() <= 60 && !cues::translationCredit(body).isEmpty());
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u00AD';
}

// A word broken at the end of line a and carried on in lower case at the start of b ("investi-" / "gation"): a
// wrap whatever the lines' lengths, since nobody ends a line on purpose inside a word.
bool isHyphenBreak(QStringView text, const LineInfo& a, const LineInfo& b)
{
    return !a.blank && !b.blank && a.end - a.bodyStart >= 2 && isHyphen(text.at(a.end - 1)) &&
           text.at(a.end - 2).isLetter() && b.bodyStart < b.end && text.at(b.bodyStart).isLower();
}

bool isDash(QChar c)
{
    return c == u'\u2013' || c == u'\u2014';
}

QStringView lastWord(QStringView body)
{
    qsizetype i = body.size();
    while (i > 0 && body.at(i - 1).isLetterOrNumber()) {
        --i;
    }
    return body.mid(i);
}

QStringView firstWord(QStringView body)
{
    qsizetype i = 0;
    while (i < body.size() && body.at(i).isLetterOrNumber()) {
        ++i;
    }
    return body.mid(0, i);
}

// Word spellings found in the document: lower-cased words, hyphenated compounds included.
class Spellings
{
public:
    explicit Spellings(QStringView document) : m_document(document.left(kEvidenceChars)) {}

    bool contains(const QString& word)
    {
        if (!m_built) {
            build();
        }
        return m_words.contains(word.toLower());
    }

private:
    void build()
    {
        m_built = true;
        const qsizetype n = m_document.size();
        qsizetype i = 0;
        while (i < n) {
            if (!m_document.at(i).isLetterOrNumber()) {
                ++i;
                continue;
            }
            qsizetype j = i;
            // A word, and hyphenated compounds ("Kyiv-based") as one word too; a hyphen at a line end is not
            // evidence (it is what is being decided).
            while (j < n && (m_document.at(j).isLetterOrNumber() ||
                             (m_document.at(j) == u'-' && j + 1 < n && m_document.at(j + 1).isLetterOrNumber()))) {
                ++j;
            }
            const QStringView word = m_document.mid(i, j - i);
            m_words.insert(word.toString().toLower());
            if (word.contains(u'-')) {
                for (const QStringView part : word.split(u'-')) {
                    m_words.insert(part.toString().toLower());
                }
            }
            i = j;
        }
    }

    QStringView m_document;
    QSet<QString> m_words;
    bool m_built = false;
};

bool dropsHyphen(QStringView before, QStringView after, Spellings& spellings)
{
    if (before.isEmpty() || after.isEmpty()) {
        return false;
    }
    // 1. The document's own spelling.
    const QString joined = before.toString() + after.toString();
    if (spellings.contains(joined)) {
        return true;
    }
    if (spellings.contains(before.toString() + u'-' + after.toString())) {
        return false;
    }
    // 2. Names, acronyms, numbers.
    if (before.front().isUpper() || !after.front().isLower() ||
        std::any_of(before.begin(), before.end(), [](QChar c) { return c.isDigit(); })) {
        return false;
    }
    // 3. Two words of a usual compound.
    static const QSet<QString> closers = {
        QStringLiteral("based"),      QStringLiteral("led"),        QStringLiteral("backed"),
        QStringLiteral("owned"),      QStringLiteral("run"),        QStringLiteral("born"),
        QStringLiteral("made"),       QStringLiteral("related"),    QStringLiteral("style"),
        QStringLiteral("like"),       QStringLiteral("wide"),       QStringLiteral("free"),
        QStringLiteral("term"),       QStringLiteral("year"),       QStringLiteral("years"),
        QStringLiteral("old"),        QStringLiteral("scale"),      QStringLiteral("level"),
        QStringLiteral("day"),        QStringLiteral("time"),       QStringLiteral("class"),
        QStringLiteral("known"),      QStringLiteral("making"),     QStringLiteral("held"),
        QStringLiteral("controlled"), QStringLiteral("funded"),     QStringLiteral("sponsored"),
        QStringLiteral("linked"),     QStringLiteral("affiliated"), QStringLiteral("aligned"),
        QStringLiteral("friendly"),   QStringLiteral("specific"),   QStringLiteral("oriented"),
        QStringLiteral("driven"),     QStringLiteral("focused"),    QStringLiteral("speaking"),
        QStringLiteral("fire"),       QStringLiteral("up"),         QStringLiteral("out"),
        QStringLiteral("off"),        QStringLiteral("down"),       QStringLiteral("over"),
        QStringLiteral("in"),         QStringLiteral("on"),         QStringLiteral("by"),
        QStringLiteral("election"),   QStringLiteral("war"),        QStringLiteral("month"),
        QStringLiteral("week"),       QStringLiteral("hour"),       QStringLiteral("minute"),
    };
    static const QSet<QString> prefixes = {
        QStringLiteral("self"),  QStringLiteral("ex"),     QStringLiteral("well"),  QStringLiteral("half"),
        QStringLiteral("all"),   QStringLiteral("non"),    QStringLiteral("anti"),  QStringLiteral("quasi"),
        QStringLiteral("cross"), QStringLiteral("far"),    QStringLiteral("full"),  QStringLiteral("long"),
        QStringLiteral("short"), QStringLiteral("low"),    QStringLiteral("high"),  QStringLiteral("so"),
        QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third"), QStringLiteral("top"),
    };
    if (closers.contains(after.toString().toLower()) || prefixes.contains(before.toString().toLower())) {
        return false;
    }
    // 4. A word split by the line end.
    return true;
}

} // namespace

WrapProfile detectHardWrap(QStringView text, LineSource source)
{
    WrapProfile profile;
    if (text.size() > kMaxChars) {
        return profile;
    }
    const std::vector<LineInfo> lines = measureLines(text);
    std::vector<int> lengths;
    for (const LineInfo& line : lines) {
        if (!line.blank && !line.tabular) {
            lengths.push_back(line.length);
        }
    }
    profile.proseLines = int(lengths.size());
    if (profile.proseLines < kMinProseLines) {
        return profile;
    }
    std::vector<int> sorted = lengths;
    const size_t p90 = (sorted.size() - 1) * 9 / 10;
    std::nth_element(sorted.begin(), sorted.begin() + qsizetype(p90), sorted.end());
    profile.width = sorted[p90];
    if (profile.width < kMinWidth) {
        return profile; // verse, a list of words or numbers, not prose
    }
    const int longLimit = int(profile.width * kLongFactor);
    const auto longLines =
        std::count_if(lengths.begin(), lengths.end(), [&](int length) { return length > longLimit; });
    int midSentence = 0;
    int capitalAfterMidSentence = 0;
    for (size_t i = 0; i + 1 < lines.size(); ++i) {
        const LineInfo& a = lines[i];
        const LineInfo& b = lines[i + 1];
        const bool hyphenBreak = !a.tabular && !b.tabular && isHyphenBreak(text, a, b);
        if (!hyphenBreak && (a.blank || b.blank || a.tabular || b.tabular || a.length < profile.width * kFullLine)) {
            continue;
        }
        if (hyphenBreak || a.length + 1 + firstWordLength(text, b) > profile.width * kFitTolerance) {
            ++profile.wrappedBreaks;
            if (!endsSentence(text.mid(a.bodyStart, a.end - a.bodyStart))) {
                ++midSentence;
                capitalAfterMidSentence += text.at(b.bodyStart).isUpper() ? 1 : 0;
            }
        }
    }
    // Wrapped lines mostly end inside a sentence (long paragraphs one per line end at a sentence's end), and the
    // next line does not always start with a capital (verse starts every line with one; prose wraps before names).
    // Poppler joins a word hyphenated at a line end into one line twice as long: long lines say nothing in a PDF.
    const double share = source == LineSource::PrintedLines ? kPrintedShare : kWrappedShare;
    profile.hardWrapped = profile.wrappedBreaks > 0 && profile.wrappedBreaks >= profile.proseLines * share &&
                          midSentence * 2 >= profile.wrappedBreaks && capitalAfterMidSentence * 5 < midSentence * 4 &&
                          (source == LineSource::PrintedLines || double(longLines) <= profile.proseLines * kLongShare);
    return profile;
}

QString joinWrappedLines(const QString& text, const WrapProfile& profile)
{
    if (!profile.hardWrapped || profile.width <= 0) {
        return text;
    }
    std::vector<LineInfo> lines = measureLines(text);
    // The usual indentation of a line: deeper means a new paragraph (or a quotation) in texts that indent them.
    std::vector<int> indents;
    for (const LineInfo& line : lines) {
        if (!line.blank) {
            indents.push_back(line.indent);
        }
    }
    std::nth_element(indents.begin(), indents.begin() + qsizetype(indents.size() / 2), indents.end());
    const int usualIndent = indents.empty() ? 0 : indents[indents.size() / 2];

    // Page furniture stays on lines of its own.
    QSet<qsizetype> furnitureStarts;
    {
        const FurnitureScan scan = scanFurniture(text);
        for (size_t i = 0; i < scan.lines.size(); ++i) {
            if (!scan.reasons[i].isEmpty()) {
                furnitureStarts.insert(scan.lines[i].start);
            }
        }
    }
    const QStringView view(text);
    auto bodyOf = [&](const LineInfo& line) {
        return view.mid(line.bodyStart, line.end - line.bodyStart);
    };
    auto joins = [&](size_t i) {
        const LineInfo& a = lines[i];
        const LineInfo& b = lines[i + 1];
        const bool hyphenBreak = !a.tabular && !b.tabular && isHyphenBreak(view, a, b);
        if (!hyphenBreak && (a.blank || b.blank || a.tabular || b.tabular || a.length < profile.width * kFullLine)) {
            return false;
        }
        if (!hyphenBreak && a.length + 1 + firstWordLength(view, b) <= profile.width * kFitTolerance) {
            return false; // the next word would have fitted: the line ended on purpose
        }
        if (b.indent > std::max(usualIndent, a.indent) || (b.indent > usualIndent && b.indent >= a.indent)) {
            return false; // an indented line starts a paragraph
        }
        const QStringView aBody = bodyOf(a);
        const QStringView bBody = bodyOf(b);
        if (isListItem(bBody) || isStandalone(aBody) || isStandalone(bBody) || furnitureStarts.contains(a.start) ||
            furnitureStarts.contains(b.start)) {
            return false;
        }
        // A short line after a sentence end, standing alone and not ending a sentence itself: a heading, a
        // signature, a name.
        const bool bAlone = i + 2 >= lines.size() || lines[i + 2].blank;
        if (endsSentence(aBody) && bAlone && b.length < profile.width * kShortLine && !endsSentence(bBody)) {
            return false;
        }
        return true;
    };

    Spellings spellings(view);
    QString out;
    out.reserve(text.size());
    for (size_t i = 0; i < lines.size(); ++i) {
        const LineInfo& line = lines[i];
        const bool last = i + 1 == lines.size();
        if (last || !joins(i)) {
            // Kept as it is, with its line break.
            const qsizetype next = last ? text.size() : lines[i + 1].start;
            out.append(view.mid(line.start, next - line.start));
            continue;
        }
        // Joined with the next line: drop trailing spaces here and the next line's indentation.
        QStringView kept = view.mid(line.start, line.end - line.start);
        const LineInfo next = lines[i + 1];
        const QChar end = kept.back();
        const bool wordBefore = kept.size() >= 2 && kept.at(kept.size() - 2).isLetter();
        if (isHyphen(end) && wordBefore && next.bodyStart < next.end && text.at(next.bodyStart).isLetterOrNumber()) {
            const QStringView before = lastWord(kept.chopped(1));
            const QStringView after = firstWord(bodyOf(next));
            // A chain of hyphenated words ("lower-than-" + "expected") is a compound: its hyphen stays.
            const qsizetype beforeStart = kept.size() - 1 - before.size();
            const bool chain = beforeStart > 0 && isHyphen(kept.at(beforeStart - 1));
            if (end == u'\u00AD' || (!chain && dropsHyphen(before, after, spellings))) {
                kept.chop(1);
            }
            out.append(kept);
        } else if (isDash(end) && wordBefore) {
            out.append(kept); // "word—word": an unspaced dash joins as it was set
        } else {
            out.append(kept);
            out.append(u' ');
        }
        lines[i + 1].start = next.bodyStart; // the next line is copied without its indentation
    }
    return out;
}

QString unwrapText(const QString& text)
{
    return joinWrappedLines(text, detectHardWrap(text));
}

bool dropsLineEndHyphen(QStringView before, QStringView after, QStringView document)
{
    Spellings spellings(document);
    return dropsHyphen(before, after, spellings);
}

} // namespace corrob::io
