// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/SentenceSplitter.h"

#include <QSet>

namespace corrob::text {

namespace {

bool isClosing(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u'\u201D': // ”
    case u'\u2019': // ’
    case u'\u00BB': // »
    case u')':
    case u']':
        return true;
    default:
        return false;
    }
}

bool isOpening(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u'\u201C': // “
    case u'\u2018': // ‘
    case u'\u00AB': // «
    case u'(':
    case u'[':
        return true;
    default:
        return false;
    }
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator || c == QChar::LineSeparator;
}

// Abbreviations that are followed by a full stop and, usually, a capitalised word of the same sentence.
bool isAbbreviation(const QString& word)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char16_t* w :
             {u"mr",   u"mrs",  u"ms",   u"messrs", u"dr",   u"prof", u"gen",    u"lt",  u"col", u"maj", u"capt",
              u"cpt",  u"sgt",  u"cmdr", u"adm",    u"brig", u"gov",  u"sen",    u"rep", u"rev", u"hon", u"pres",
              u"supt", u"insp", u"st",   u"jr",     u"sr",   u"mt",   u"ft",     u"no",  u"nos", u"vs",  u"etc",
              u"inc",  u"corp", u"co",   u"ltd",    u"dept", u"univ", u"approx", u"est", u"fig", u"jan", u"feb",
              u"mar",  u"apr",  u"jun",  u"jul",    u"aug",  u"sep",  u"sept",   u"oct", u"nov", u"dec", u"ave",
              u"blvd", u"rd",   u"mme",  u"mlle",   u"e.g",  u"i.e",  u"al"}) {
            set.insert(QString::fromUtf16(w));
        }
        return set;
    }();
    return words.contains(word.toLower());
}

// The word that ends just before `dot` (letters and inner dots), e.g. "Mr", "U.S", "A".
QString wordBefore(const QString& text, qsizetype dot)
{
    qsizetype i = dot;
    while (i > 0 && (text.at(i - 1).isLetter() || (text.at(i - 1) == u'.' && i - 1 > 0 && text.at(i - 2).isLetter()))) {
        --i;
    }
    return text.mid(i, dot - i);
}

bool isDottedAcronym(const QString& word)
{
    // "U.S", "U.N", "A.A": single letters joined by dots.
    if (!word.contains(u'.')) {
        return false;
    }
    const auto parts = word.split(u'.');
    for (const QString& part : parts) {
        if (part.size() != 1) {
            return false;
        }
    }
    return true;
}

// Whether the full stop at `dot` may end a sentence, judged by the word before it.
bool fullStopEnds(const QString& text, qsizetype dot)
{
    if (dot + 1 < text.size() && text.at(dot + 1).isDigit()) {
        return false; // 1.5
    }
    const QString word = wordBefore(text, dot);
    if (word.isEmpty()) {
        return true;
    }
    if (word.size() == 1 && word.at(0).isUpper()) {
        return false; // an initial
    }
    if (isAbbreviation(word)) {
        return false;
    }
    if (isDottedAcronym(word)) {
        // "the U.S. The next day" is rarer than "the U.N. Office" and "Karim A.A. Khan"; a line break still ends.
        qsizetype j = dot + 1;
        while (j < text.size() && text.at(j).isSpace() && !isLineBreak(text.at(j))) {
            ++j;
        }
        return j >= text.size() || isLineBreak(text.at(j));
    }
    return true;
}

// Whether what follows position `from` starts a new sentence: whitespace, then a capital, digit or opening quote.
bool nextStartsSentence(const QString& text, qsizetype from)
{
    if (from >= text.size()) {
        return true;
    }
    if (!text.at(from).isSpace()) {
        return false;
    }
    qsizetype j = from;
    while (j < text.size() && text.at(j).isSpace()) {
        if (isLineBreak(text.at(j))) {
            return true;
        }
        ++j;
    }
    if (j >= text.size()) {
        return true;
    }
    const QChar c = text.at(j);
    return c.isUpper() || c.isDigit() || isOpening(c) || c.isTitleCase() ||
           (c.isLetter() && !c.isLower()); // scripts without case
}

} // namespace

std::vector<Sentence> splitSentences(const QString& text)
{
    std::vector<Sentence> out;
    int paragraph = 0;
    qsizetype start = -1; // first non-space unit of the current sentence
    bool paragraphHasText = false;

    auto close = [&](qsizetype end) {
        if (start < 0) {
            return;
        }
        while (end > start && text.at(end - 1).isSpace()) {
            --end;
        }
        if (end > start) {
            out.push_back(Sentence{start, end, paragraph});
            paragraphHasText = true;
        }
        start = -1;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (isLineBreak(c)) {
            close(i);
            if (paragraphHasText) {
                ++paragraph;
                paragraphHasText = false;
            }
            continue;
        }
        if (start < 0) {
            if (c.isSpace()) {
                continue;
            }
            start = i;
        }
        const bool ellipsis =
            c == u'\u2026' || (c == u'.' && i + 2 < n && text.at(i + 1) == u'.' && text.at(i + 2) == u'.');
        const bool terminator = ellipsis || c == u'!' || c == u'?' || (c == u'.' && fullStopEnds(text, i));
        if (!terminator) {
            continue;
        }
        qsizetype end = i + 1;
        if (ellipsis && c == u'.') {
            end = i + 3;
        }
        while (end < n && (text.at(end) == u'.' || text.at(end) == u'!' || text.at(end) == u'?')) {
            ++end;
        }
        while (end < n && isClosing(text.at(end))) {
            ++end;
        }
        if (nextStartsSentence(text, end)) {
            close(end);
        }
        i = end - 1;
    }
    close(n);
    return out;
}

} // namespace corrob::text
