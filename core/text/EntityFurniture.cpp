// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Page furniture that looks like names: labels with interface words ("Grey Twitter Icon", "Image Caption"), and the
// title-case lines between blocks (menus, link lists, teaser headlines, shouted prompts), whose capitalised words
// are not names by themselves. By general rules, no list of sites' strings.
#include "core/text/EntityExtraction.h"

#include <algorithm>

namespace corrob::text::entities {

namespace {

constexpr int kMaxTitleLineWords = 20;
constexpr qsizetype kMaxTitleLineChars = 200;
constexpr int kMaxListItemWords = 4; // menu items and labels are short; headlines are longer
constexpr int kMinShoutedWords = 4;  // fewer capitals in a row are a name or an acronym ("UN OCHA")

bool isBlankChar(QChar c)
{
    return c.isSpace() || c == u'\u2022' || c == u'\u00b7' || c == u'|' || c == u'-' || c == u'*';
}

// The line's text without spaces and bullets at either end.
QStringView trimmedLine(QStringView line)
{
    while (!line.isEmpty() && isBlankChar(line.front())) {
        line = line.mid(1);
    }
    while (!line.isEmpty() && isBlankChar(line.back())) {
        line.chop(1);
    }
    return line;
}

// The end of a line that closes a block: a sentence, a quote, a byline's dot.
bool closesBlock(QStringView line)
{
    const QStringView t = trimmedLine(line);
    if (t.isEmpty()) {
        return true;
    }
    const QChar c = t.back();
    return c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u'"' || c == u'\u201d' || c == u'\'' ||
           c == u'\u2019' || c == u')';
}

bool isBlank(QStringView line)
{
    return trimmedLine(line).isEmpty();
}

// The verbs among the function words: written in lower case they make a sentence, where a headline would
// capitalise them.
bool isLowerVerb(const QString& key)
{
    static const QSet<QString> verbs{QStringLiteral("is"),    QStringLiteral("are"),    QStringLiteral("was"),
                                     QStringLiteral("were"),  QStringLiteral("be"),     QStringLiteral("been"),
                                     QStringLiteral("has"),   QStringLiteral("have"),   QStringLiteral("had"),
                                     QStringLiteral("will"),  QStringLiteral("would"),  QStringLiteral("can"),
                                     QStringLiteral("could"), QStringLiteral("should"), QStringLiteral("must"),
                                     QStringLiteral("do"),    QStringLiteral("did"),    QStringLiteral("does"),
                                     QStringLiteral("said"),  QStringLiteral("says"),   QStringLiteral("asked")};
    return verbs.contains(key);
}

} // namespace

void Extraction::readLines()
{
    m_lineOf.assign(m_tokens.size(), 0);
    std::vector<QStringView> texts;
    std::vector<bool> title;  // title case, whatever stands around it
    std::vector<bool> shouts; // every word in capitals
    const qsizetype n = m_text.size();
    int t = 0;
    for (qsizetype lineStart = 0; lineStart <= n;) {
        qsizetype end = m_text.indexOf(u'\n', lineStart);
        if (end < 0) {
            end = n;
        }
        Line line;
        line.firstToken = t;
        bool anyName = false;
        bool titleCase = end - lineStart <= kMaxTitleLineChars;
        for (; t < count() && tok(t).start < end; ++t) {
            const Token& w = tok(t);
            m_lineOf[static_cast<size_t>(t)] = static_cast<int>(m_lines.size());
            if (!titleCase) {
                continue; // prose already: no more look-ups
            }
            const bool function = functionWords().contains(w.key) || connectors().contains(w.key);
            if (w.cap || w.allCaps) {
                anyName = anyName || !function;
            } else if ((!function && !m_text.at(w.start).isDigit()) || isLowerVerb(w.key)) {
                titleCase = false; // a lower-case content word or verb: prose ("CCL said.")
            }
        }
        // A sentence's full stop ends the line or stands inside it: prose.
        const QStringView body = trimmedLine(QStringView(m_text).mid(lineStart, end - lineStart));
        if (body.endsWith(u'.') || body.contains(QStringView(u". "))) {
            titleCase = false;
        }
        line.endToken = t;
        // Shouting ("TAP HERE TO GET THE APP"): every word in capitals, a prompt whatever stands around it.
        bool shouted = line.endToken - line.firstToken >= kMinShoutedWords;
        for (int k = line.firstToken; shouted && k < line.endToken; ++k) {
            const Token& w = tok(k);
            shouted = w.allCaps || (w.cap && w.end - w.start == 1) || m_text.at(w.start).isDigit();
        }
        shouts.push_back(shouted);
        title.push_back(titleCase && anyName && line.endToken - line.firstToken <= kMaxTitleLineWords);
        texts.push_back(QStringView(m_text).mid(lineStart, end - lineStart));
        m_lines.push_back(line);
        lineStart = end + 1;
    }
    // A title-case line stands between blocks when what is before it ends one (or is title case too) and a blank
    // line or another title-case line follows; at the start of a hard-wrapped paragraph or inside one it is prose.
    const auto lines = static_cast<int>(m_lines.size());
    auto words = [this](int l) {
        return m_lines[static_cast<size_t>(l)].endToken - m_lines[static_cast<size_t>(l)].firstToken;
    };
    for (int l = 0; l < lines; ++l) {
        m_lines[static_cast<size_t>(l)].capitalised = title[static_cast<size_t>(l)];
        if (!title[static_cast<size_t>(l)]) {
            continue;
        }
        const bool before =
            l == 0 || title[static_cast<size_t>(l - 1)] || closesBlock(texts[static_cast<size_t>(l - 1)]);
        const bool after =
            l + 1 == lines || title[static_cast<size_t>(l + 1)] || isBlank(texts[static_cast<size_t>(l + 1)]);
        Line& line = m_lines[static_cast<size_t>(l)];
        line.titleCase = (before && after) || shouts[static_cast<size_t>(l)];
        if (!line.titleCase || words(l) > kMaxListItemWords) {
            continue;
        }
        // A short title-case line whose nearest non-blank neighbour is one too: a menu or a list of labels.
        for (const int step : {-1, 1}) {
            int k = l + step;
            while (k >= 0 && k < lines && words(k) == 0) {
                k += step;
            }
            if (k >= 0 && k < lines && title[static_cast<size_t>(k)] && words(k) <= kMaxListItemWords) {
                line.inList = true;
            }
        }
    }
}

bool Extraction::isFurniture(int first, int last) const
{
    for (int i = first; i <= last; ++i) {
        if (furnitureWords().contains(tok(i).key)) {
            return !known(first, last);
        }
    }
    return false;
}

void Extraction::dropFurniture()
{
    auto lineOf = [this](const Found& f) -> const Line& {
        return m_lines[static_cast<size_t>(m_lineOf[static_cast<size_t>(f.firstToken)])];
    };
    if (std::none_of(m_found.begin(), m_found.end(), [&](const Found& f) { return lineOf(f).titleCase; })) {
        return;
    }
    QSet<QString> prose; // the names found in prose, where capitals mean names
    for (const Found& f : m_found) {
        if (!lineOf(f).titleCase) {
            prose.insert(entityKey(f.canonical));
        }
    }
    // Only the name, function words and titles on the line: a byline or a person's caption; or a credit that ends
    // with the name ("Illustration by …").
    auto alone = [this](const Line& line, const Found& f) {
        const bool credit = f.firstToken > line.firstToken && tok(f.firstToken - 1).key == u"by";
        for (int i = credit ? f.lastToken + 1 : line.firstToken; i < line.endToken; ++i) {
            const QString& key = tok(i).key;
            if ((i < f.firstToken || i > f.lastToken) && !functionWords().contains(key) &&
                !connectors().contains(key) && !titles().contains(key) && !titleModifiers().contains(key)) {
                return false;
            }
        }
        return true;
    };
    m_found.erase(std::remove_if(m_found.begin(), m_found.end(),
                                 [&](const Found& f) {
                                     const Line& line = lineOf(f);
                                     if (!line.titleCase || f.known || prose.contains(entityKey(f.canonical))) {
                                         return false;
                                     }
                                     return line.inList || f.kind != NameKind::Person || !alone(line, f);
                                 }),
                  m_found.end());
}

} // namespace corrob::text::entities
