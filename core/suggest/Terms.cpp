// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/suggest/Terms.h"

#include <QSet>

namespace corrob::suggest {

namespace {

const QSet<QString>& stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char* w :
             {"a",      "about",    "above",     "after",   "again",  "against", "all",     "also",      "am",
              "an",     "and",      "any",       "are",     "as",     "at",      "be",      "because",   "been",
              "before", "being",    "between",   "both",    "but",    "by",      "can",     "could",     "did",
              "do",     "does",     "doing",     "during",  "each",   "few",     "for",     "from",      "further",
              "had",    "has",      "have",      "having",  "he",     "her",     "here",    "hers",      "him",
              "his",    "how",      "i",         "if",      "in",     "into",    "is",      "it",        "its",
              "itself", "just",     "me",        "more",    "most",   "my",      "of",      "off",       "on",
              "once",   "only",     "or",        "other",   "our",    "ours",    "out",     "over",      "own",
              "said",   "same",     "says",      "say",     "she",    "should",  "so",      "some",      "such",
              "than",   "that",     "the",       "their",   "theirs", "them",    "then",    "there",     "these",
              "they",   "this",     "those",     "through", "to",     "too",     "under",   "until",     "up",
              "very",   "was",      "we",        "were",    "what",   "when",    "where",   "which",     "while",
              "who",    "whom",     "why",       "will",    "with",   "would",   "you",     "your",      "s",
              "t",      "told",     "according", "mr",      "ms",     "mrs",     "one",     "two",       "new",
              "last",   "first",    "year",      "years",   "week",   "monday",  "tuesday", "wednesday", "thursday",
              "friday", "saturday", "sunday"}) {
            s.insert(QString::fromLatin1(w));
        }
        return s;
    }();
    return words;
}

QString fold(QStringView word)
{
    bool ascii = true;
    for (QChar c : word) {
        if (c.unicode() > 127) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        return word.toString().toLower();
    }
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            out.append(c);
        }
    }
    return out.toCaseFolded();
}

QString stem(const QString& w)
{
    const qsizetype n = w.size();
    auto ends = [&](const char* suffix) {
        return w.endsWith(QLatin1String(suffix));
    };
    if (n > 4 && ends("ies")) {
        return w.left(n - 3) + u'y';
    }
    QString s = w;
    if (n > 3 && ends("s") && !ends("ss") && !ends("us") && !ends("is")) {
        s.chop(1);
    }
    if (s.size() > 5 && s.endsWith(QLatin1String("ing"))) {
        s.chop(3);
    } else if (s.size() > 4 && s.endsWith(QLatin1String("ed"))) {
        s.chop(2);
    }
    // "killing" -> "kill", "killed" -> "kill"; "attacked" -> "attack"; doubled consonants ("shelled") kept as is.
    return s;
}

} // namespace

std::vector<Word> wordsOf(const QString& text, qsizetype from, qsizetype to)
{
    if (to < 0 || to > text.size()) {
        to = text.size();
    }
    std::vector<Word> words;
    qsizetype i = from;
    while (i < to) {
        if (!text[i].isLetterOrNumber()) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < to && (text[j].isLetterOrNumber() || text[j].category() == QChar::Mark_NonSpacing)) {
            ++j;
        }
        Word w;
        w.start = i;
        w.end = j;
        w.fold = fold(QStringView(text).mid(i, j - i));
        if (!stopWords().contains(w.fold)) {
            w.stem = stem(w.fold);
        }
        words.push_back(std::move(w));
        i = j;
    }
    return words;
}

QString denialCue(const QString& text, const std::vector<Word>& words)
{
    static const QSet<QString> cues = [] {
        QSet<QString> s;
        for (const char* w :
             {"deny",      "denies",   "denied",    "denying", "denial",      "denials",       "reject",
              "rejects",   "rejected", "rejecting", "refute",  "refutes",     "refuted",       "dismissed",
              "dismisses", "disputes", "disputed",  "staged",  "fake",        "fabricated",    "baseless",
              "unfounded", "hoax",     "lies",      "falsely", "provocation", "misinformation"}) {
            s.insert(QString::fromLatin1(w));
        }
        return s;
    }();
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (cues.contains(words[i].fold)) {
            return text.mid(words[i].start, words[i].end - words[i].start);
        }
    }
    return {};
}

} // namespace corrob::suggest
