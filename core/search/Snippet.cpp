// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/Snippet.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace corrob::search {

namespace {

bool isWordUnit(const QString& text, qsizetype at)
{
    const QChar c = text.at(at);
    if (c.isHighSurrogate() && at + 1 < text.size()) {
        return QChar::isLetterOrNumber(QChar::surrogateToUcs4(c, text.at(at + 1)));
    }
    if (c.isLowSurrogate() && at > 0 && text.at(at - 1).isHighSurrogate()) {
        return QChar::isLetterOrNumber(QChar::surrogateToUcs4(text.at(at - 1), c));
    }
    return c.isLetterOrNumber() || c.isMark();
}

bool inside(const std::vector<TextSpan>& ranges, const TextSpan& span)
{
    return std::any_of(ranges.begin(), ranges.end(),
                       [&span](const TextSpan& r) { return r.start <= span.start && span.end <= r.end; });
}

} // namespace

Snippet snippetAround(const QString& text, const std::vector<TextSpan>& hits, std::size_t focus,
                      const std::vector<TextSpan>& hidden)
{
    if (focus >= hits.size()) {
        return {};
    }
    const TextSpan hit = hits[focus];
    if (hit.start < 0 || hit.start >= hit.end || hit.end > text.size()) {
        return {};
    }
    // The text the snippet may take: up to the hidden ranges either side of the hit.
    qsizetype floor = 0;
    qsizetype ceiling = text.size();
    for (const TextSpan& r : hidden) {
        if (r.end <= hit.start) {
            floor = std::max(floor, qsizetype(r.end));
        } else if (r.start >= hit.end) {
            ceiling = std::min(ceiling, qsizetype(r.start));
        } else {
            // Hidden text inside the hit's own words: nothing beyond the hit on that side.
            if (r.start > hit.start) {
                ceiling = std::min(ceiling, qsizetype(hit.end));
            }
            if (r.end < hit.end) {
                floor = std::max(floor, qsizetype(hit.start));
            }
        }
    }
    // Back from the hit, a third of the words; the words of the hit; then on until the words are used up.
    constexpr int kBefore = kSnippetWords / 3;
    qsizetype begin = hit.start;
    int words = 0;
    for (qsizetype at = hit.start - 1; at >= floor; --at) {
        if (isWordUnit(text, at) && (at == floor || !isWordUnit(text, at - 1))) { // a word starts at `at`
            if (words == kBefore) {
                break;
            }
            ++words;
            begin = at;
        }
    }
    // A sign written against the first word (an opening quote or bracket) belongs to it.
    while (begin > floor && !text.at(begin - 1).isSpace() && !isWordUnit(text, begin - 1)) {
        --begin;
        if (begin > floor && text.at(begin).isLowSurrogate() && text.at(begin - 1).isHighSurrogate()) {
            --begin;
        }
    }
    // From begin (a word's start, or the floor), counting words forward.
    words = 0;
    qsizetype end = begin;
    while (end < ceiling) {
        if (isWordUnit(text, end) && (end == begin || !isWordUnit(text, end - 1))) {
            if (words == kSnippetWords && end >= hit.end) {
                break;
            }
            ++words;
        }
        ++end;
    }
    // However long its words (a run of signs, a script written without spaces): at most kSnippetCharacters after
    // the hit, never half a character.
    if (end - hit.end > kSnippetCharacters) {
        end = hit.end + kSnippetCharacters;
        if (end < text.size() && text.at(end).isLowSurrogate()) {
            --end;
        }
    }
    if (hit.start - begin > kSnippetCharacters) {
        begin = hit.start - kSnippetCharacters;
        if (text.at(begin).isLowSurrogate()) {
            ++begin;
        }
    }
    const bool cutShort = end < ceiling; // at the word limit: what follows the last word is left to the ellipsis
    while (end > hit.end && (cutShort ? !isWordUnit(text, end - 1) : text.at(end - 1).isSpace())) {
        --end;
    }
    Snippet out;
    const QString before = text.left(begin).trimmed().isEmpty() ? QString() : QStringLiteral("\u2026");
    const QString after = text.mid(end).trimmed().isEmpty() ? QString() : QStringLiteral("\u2026");
    out.text = before + text.mid(begin, end - begin) + after;
    for (const TextSpan& h : hits) {
        if (h.start >= begin && h.end <= end && h.start < h.end && !inside(hidden, h)) {
            out.hits.push_back({h.start - begin + before.size(), h.end - begin + before.size()});
        }
    }
    return out;
}

QString snippetOnOneLine(const QString& snippet)
{
    static const QRegularExpression lineBreak(QStringLiteral("[\\n\\r\\x{2028}\\x{2029}\\x{85}\\f\\v]"));
    QStringList lines = snippet.split(lineBreak);
    lines.removeIf([](const QString& line) { return line.trimmed().isEmpty(); }); // blank lines; a leading break
    return lines.join(QStringLiteral(" \u00b6 ")).simplified();
}

} // namespace corrob::search
