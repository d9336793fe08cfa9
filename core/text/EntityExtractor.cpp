// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/EntityExtractor.h"

#include "core/text/EntityExtraction.h"

#include <QStringView>

#include <algorithm>

namespace corrob::text {

namespace entities {

Extraction::Extraction(const QString& text, const Gazetteer& gazetteer)
    : m_text(text), m_gazetteer(gazetteer), m_tokens(tokenize(text)), m_claimed(m_tokens.size(), false)
{
    for (const Token& t : m_tokens) {
        if (!t.cap && !t.allCaps) {
            m_lowerWords.insert(t.key);
        }
    }
    readLines();
}

std::vector<EntityMention> Extraction::run()
{
    matchKnownNames();
    findCommonAcronyms();
    matchRuns();
    resolveCandidates();
    dropFurniture();
    matchDescriptions();
    return mentions();
}

void Extraction::claim(int first, int last)
{
    for (int i = first; i <= last; ++i) {
        m_claimed[static_cast<size_t>(i)] = true;
    }
}

void Extraction::addFound(Found f)
{
    claim(f.firstToken, f.lastToken);
    m_found.push_back(std::move(f));
}

void Extraction::addKnown(int first, int last, qsizetype start, qsizetype end, const KnownName& name)
{
    Found f;
    f.start = start;
    f.end = end;
    f.firstToken = first;
    f.lastToken = last;
    f.canonical = name.canonical;
    f.kind = name.kind;
    f.known = true;
    addFound(std::move(f));
}

// The gazetteer's names, longest first at each word; a lower-case word only for places and people.
void Extraction::matchKnownNames()
{
    const int n = count();
    // A place's or person's name written in lower case names it after a preposition of place ("in kyiv") or when
    // the text capitalises the word elsewhere; otherwise it is the word it looks like ("roast turkey", "a china
    // plate"). The capitalised ones are known at the end of the pass: until then such a word waits.
    std::vector<std::pair<int, const KnownName*>> lowerWaiting;
    QSet<QString> capitalised; // keys of capitalised words the gazetteer knows
    for (int i = 0; i < n; ++i) {
        const Token& t = tok(i);
        const bool lower = !t.cap && !t.allCaps;
        int bestLast = -1;
        const KnownName* best = nullptr;
        bool waits = false;
        const Gazetteer::Lookup word = m_gazetteer.lookup(t.key);
        if (const KnownName* single = word.name) {
            if (!lower) {
                capitalised.insert(t.key);
            }
            if (lower ? t.key.size() >= 4 && (single->kind == NameKind::Place || single->kind == NameKind::Person)
                      : single->kind != NameKind::Place || !endsPersonsName(i)) {
                best = single;
                bestLast = i;
                waits = lower &&
                        !(i > 0 && placePrepositions().contains(tok(i - 1).key) && adjacent(m_text, tok(i - 1), t));
            }
        }
        if (word.startsLonger) {
            QString key = t.key;
            bool anyCap = !lower;
            for (int j = i + 1; j < n && j - i < m_gazetteer.longestName(); ++j) {
                if (!adjacent(m_text, tok(j - 1), tok(j))) {
                    break;
                }
                key += u' ' + tok(j).key;
                anyCap = anyCap || tok(j).cap;
                const Gazetteer::Lookup longer = m_gazetteer.lookup(key);
                if (longer.name && anyCap) {
                    best = longer.name;
                    bestLast = j;
                }
                if (!longer.startsLonger) {
                    break; // no longer spelling starts with these words
                }
            }
        }
        if (best && best->kind == NameKind::Place && startsLongerName(bestLast)) {
            best = nullptr; // "Kharkiv Human Rights Protection Group": the place is part of a name
        }
        if (best && waits && bestLast == i) {
            lowerWaiting.emplace_back(i, best);
            continue;
        }
        if (best) {
            addKnown(i, bestLast, t.start, tok(bestLast).end, *best);
            i = bestLast;
            continue;
        }
        if (t.cap) {
            matchGlued(i);
        }
    }
    for (const auto& [i, name] : lowerWaiting) {
        if (capitalised.contains(tok(i).key)) {
            addKnown(i, i, tok(i).start, tok(i).end, *name);
        }
    }
}

// True when capitalised words after token `last` make it part of an organisation's, unit's or document's name.
bool Extraction::startsLongerName(int last) const
{
    // At most twelve words on: a longer run of capitalised words is no one name, and scanning each place's line to its
    // end made a line of places take time in the square of its length (100 KB of "Kyiv Kyiv ...": 95 s).
    for (int j = last + 1; j < count() && j <= last + 12 && adjacent(m_text, tok(j - 1), tok(j)); ++j) {
        const Token& t = tok(j);
        if (organisationWords().contains(t.key) || unitWords().contains(t.key) ||
            (t.cap && documentWords().contains(t.key))) {
            return true;
        }
        if (!t.cap && !connectors().contains(t.key)) {
            return false;
        }
    }
    return false;
}

// A country's or town's name may be a given name or a surname too (Jordan, Chad, Georgia, Holland): after another
// name word ("Michael Jordan") it ends a person's name. Not in a capitalised headline, where every word is
// capitalised ("Strikes Hit Ukraine"), nor after a word the text also writes in lower case.
bool Extraction::endsPersonsName(int i) const
{
    if (i == 0 || claimed(i - 1) || !adjacent(m_text, tok(i - 1), tok(i))) {
        return false;
    }
    const Token& before = tok(i - 1);
    const QString& key = before.key;
    return isNameWord(i - 1) && !before.allCaps && !titles().contains(key) && !titleModifiers().contains(key) &&
           !placeModifiers().contains(key) && !isDemonym(key) && !m_lowerWords.contains(key) &&
           !m_gazetteer.find(key) && !m_lines[static_cast<size_t>(m_lineOf[static_cast<size_t>(i)])].capitalised;
}

// "Buchanorthwest", "Kyiv-based": a known name glued to a lower-case word. Without a dash the rest must be a word
// that follows a place's name (a function word, a compass point, "based"): "Indianapolis" is no "India" glued to
// "napolis", nor "Kenyatta" a "Kenya".
void Extraction::matchGlued(int i)
{
    const Token& t = tok(i);
    const QStringView word = QStringView(m_text).mid(t.start, t.end - t.start);
    if (const qsizetype dash = word.indexOf(u'-'); dash > 0) {
        if (const KnownName* name = m_gazetteer.find(wordKey(word.left(dash)))) {
            addKnown(i, i, t.start, t.start + dash, *name);
        }
        return;
    }
    if (t.key.size() != word.size() || word.size() < 7) {
        return; // folding changed the length: offsets would not line up
    }
    const qsizetype longest = std::min<qsizetype>(word.size() - 3, m_gazetteer.longestWord());
    for (qsizetype len = longest; len >= 4; --len) {
        const QStringView rest = word.mid(len);
        bool lowerRest = true;
        for (const QChar c : rest) {
            lowerRest = lowerRest && c.isLower();
        }
        if (!m_gazetteer.hasWordOfLength(len) || !lowerRest || isDerivation(rest)) {
            continue;
        }
        if (const KnownName* name = m_gazetteer.find(t.key.left(len)); name && followsPlaceName(rest.toString())) {
            addKnown(i, i, t.start, t.start + len, *name);
            return;
        }
    }
}

std::vector<EntityMention> Extraction::mentions() const
{
    std::vector<EntityMention> out;
    out.reserve(m_found.size());
    qsizetype end = 0;
    for (const Found& f : m_found) {
        if (f.start < end || f.end <= f.start) {
            continue;
        }
        EntityMention m;
        m.start = f.start;
        m.end = f.end;
        m.text = span(f.start, f.end);
        m.canonical = f.canonical;
        m.kind = f.kind;
        m.known = f.known;
        m.description = f.description;
        out.push_back(std::move(m));
        end = f.end;
    }
    return out;
}

} // namespace entities

using entities::Token;

QString entityKey(const QString& name)
{
    const std::vector<Token> tokens = entities::tokenize(name);
    QString key;
    key.reserve(name.size()); // not null: appending a token's key copies its characters, never shares them
    for (const Token& t : tokens) {
        if (!key.isEmpty()) {
            key += u' ';
        }
        key += t.key;
    }
    return key;
}

Gazetteer Gazetteer::bundled()
{
    Gazetteer g;
    g.add(NameVariants::bundled());
    return g;
}

void Gazetteer::add(const KnownName& name)
{
    const int index = static_cast<int>(m_names.size());
    m_names.push_back(name);
    for (const QString& spelling : QStringList{name.canonical} + name.aliases) {
        const QString key = entityKey(spelling);
        if (key.isEmpty()) {
            continue;
        }
        m_byKey[key].name = index;
        if (key.contains(u' ')) {
            for (qsizetype space = key.indexOf(u' '); space > 0; space = key.indexOf(u' ', space + 1)) {
                m_byKey[key.left(space)].startsLonger = true;
            }
            m_longest = std::max(m_longest, static_cast<int>(key.count(u' ')) + 1);
        } else {
            m_longestWord = std::max(m_longestWord, static_cast<int>(key.size()));
            if (m_wordLengths.size() <= static_cast<size_t>(key.size())) {
                m_wordLengths.resize(static_cast<size_t>(key.size()) + 1, false);
            }
            m_wordLengths[static_cast<size_t>(key.size())] = true;
        }
    }
}

void Gazetteer::add(const NameVariants& table)
{
    for (const NameGroup& group : table.names()) {
        add(KnownName{group.canonical, group.kind, group.spellings});
    }
}

Gazetteer::Lookup Gazetteer::lookup(const QString& key) const
{
    const auto it = m_byKey.constFind(key);
    if (it == m_byKey.constEnd()) {
        return {};
    }
    return {it->name >= 0 ? &m_names[static_cast<size_t>(it->name)] : nullptr, it->startsLonger};
}

std::vector<EntityMention> extractEntities(const QString& text, const Gazetteer& gazetteer)
{
    return entities::Extraction(text, gazetteer).run();
}

} // namespace corrob::text
