// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Folding single words to the longer names of the text (defined acronyms, initials, surnames, short forms) and
// descriptions the text makes clear ("the rights group" after Amnesty International).
#include "core/text/EntityExtraction.h"

#include <QStringView>

#include <algorithm>
#include <array>
#include <optional>

namespace corrob::text::entities {

// What the text's longer names make of the single words: a defined acronym, an acronym of a name's initials,
// a person's surname, the first word of an organisation's name; else a cue word says what it is, or it is
// dropped.
void Extraction::resolveCandidates()
{
    QHash<QString, int> byKey;      // canonical key -> found index
    QHash<QString, int> defined;    // acronym key -> found index
    QHash<QString, int> initials;   // initials key -> found index
    QHash<QString, int> surnames;   // last word key -> person found index (-1: ambiguous)
    QHash<QString, int> firstWords; // first word key -> organisation found index (-1: ambiguous)
    std::vector<QString> keys;      // the canonical key of each found name, computed once
    keys.reserve(m_found.size());
    std::vector<int> foundAt(m_tokens.size(), -1); // token -> the found name starting there
    auto note = [&keys](QHash<QString, int>& map, const QString& key, int index, const QString& canonicalKey) {
        auto it = map.find(key);
        if (it == map.end()) {
            map.insert(key, index);
        } else if (it.value() >= 0 && keys[static_cast<size_t>(it.value())] != canonicalKey) {
            it.value() = -1;
        }
    };
    for (int k = 0; k < static_cast<int>(m_found.size()); ++k) {
        const Found& f = m_found[static_cast<size_t>(k)];
        keys.push_back(entityKey(f.canonical));
        const QString& ckey = keys.back();
        foundAt[static_cast<size_t>(f.firstToken)] = k;
        byKey.insert(ckey, k);
        const QStringList words = ckey.split(u' ');
        if (f.kind == NameKind::Person && words.size() >= 2) {
            note(surnames, words.back(), k, ckey);
        }
        if (f.kind == NameKind::Organisation || f.kind == NameKind::Unit) {
            if (words.size() >= 2) {
                const QString letters = initialsOf(words);
                if (letters.size() >= 2) {
                    // The initials are the key; ckey the name they stand for.
                    note(initials, letters, k, ckey); // NOLINT(readability-suspicious-call-argument)
                }
                if (!organisationWords().contains(words.front()) && !isDemonym(words.front()) &&
                    !titleModifiers().contains(words.front())) {
                    note(firstWords, words.front(), k, ckey);
                }
            }
            // "the International Criminal Court (ICC)"; "Creative Commons (CC BY-NC-ND 3.0)", where the acronym
            // spells the name's initials.
            if (acronymAfter(f.firstToken, f.lastToken, false)) {
                defined.insert(tok(f.lastToken + 1).key, k);
            }
        }
    }
    // "ICC (International Criminal Court)": the acronym before its name.
    for (const Candidate& c : m_candidates) {
        const Token& t = tok(c.token);
        if (!t.allCaps || c.token + 1 >= count()) {
            continue;
        }
        if (const int k = foundAt[static_cast<size_t>(c.token + 1)]; k >= 0) {
            const Found& f = m_found[static_cast<size_t>(k)];
            if (QStringView(m_text).mid(t.end, f.start - t.end).trimmed() == u"(") {
                defined.insert(t.key, k);
            }
        }
    }
    for (const Candidate& c : m_candidates) {
        const Token& t = tok(c.token);
        // "in Wasilla" after "the Wasilla Bible Church": the place an organisation is named after, not the
        // organisation ("in Memorial's archive" is the organisation's).
        const bool afterPlacePreposition =
            c.token > 0 && placePrepositions().contains(tok(c.token - 1).key) && !t.sentenceStart && !t.possessive;
        // "Qeshm island", "the village of Yahidne": a place whatever longer name starts or ends with the word.
        const bool placeWord = !t.allCaps && namedByPlaceWord(c.token, c.token);
        int target = -1;
        for (const QHash<QString, int>* map : {&defined, &byKey, &surnames, &firstWords}) {
            if ((map == &firstWords && afterPlacePreposition) || (map != &defined && map != &byKey && placeWord)) {
                continue;
            }
            if (auto it = map->find(t.key); it != map->end() && it.value() >= 0) {
                target = it.value();
                break;
            }
        }
        if (target < 0 && t.allCaps) {
            if (auto it = initials.find(t.key); it != initials.end() && it.value() >= 0) {
                target = it.value();
            }
        }
        Found f;
        f.firstToken = c.token;
        f.lastToken = c.token;
        f.start = t.start;
        f.end = t.end;
        if (target >= 0) {
            const Found& to = m_found[static_cast<size_t>(target)];
            f.canonical = to.canonical;
            f.kind = to.kind;
            f.known = to.known;
            f.titles = m_candidateTitles.value(c.token);
            m_resolved.push_back(std::move(f));
            continue;
        }
        std::optional<NameKind> kind;
        if (c.titled) {
            kind = NameKind::Person;
        } else if (isDateline(c.token, c.token)) {
            kind = NameKind::Place;
        } else if (t.allCaps && t.key.size() <= 6) {
            kind = NameKind::Organisation;
        } else if ((c.token > 0 && placePrepositions().contains(tok(c.token - 1).key) && !t.sentenceStart) ||
                   placeWord) {
            kind = NameKind::Place;
        } else if (c.token + 1 < count() && speechVerbs().contains(tok(c.token + 1).key) &&
                   adjacent(m_text, t, tok(c.token + 1)) && (!t.sentenceStart || !t.key.endsWith(u's')) &&
                   !m_lowerWords.contains(t.key) && !hasCue(c.token, c.token)) {
            kind = NameKind::Person; // "Fedoruk said", but not "Residents said" nor "Police said"
        }
        if (!kind) {
            continue;
        }
        f.canonical = span(f.start, f.end);
        f.kind = *kind;
        f.titles = m_candidateTitles.value(c.token);
        m_resolved.push_back(std::move(f));
    }
    for (Found& f : m_resolved) {
        claim(f.firstToken, f.lastToken);
        m_found.push_back(std::move(f));
    }
    m_resolved.clear();
    std::sort(m_found.begin(), m_found.end(), [](const Found& a, const Found& b) { return a.start < b.start; });
}

// "the rights group", "the court", "the mayor": the nearest name before it that such words describe. The names
// before the current word are walked once, in text order, keeping the latest of each kind of description target
// (an organisation's family, a unit, a person by title), so each description is one look-up.
void Extraction::matchDescriptions()
{
    const int n = count();
    std::vector<Found> added;
    size_t before = 0; // m_found[0, before) start before the current word
    constexpr size_t kFamilies = static_cast<size_t>(OrgFamily::Government) + 1;
    std::array<int, kFamilies> latestOfFamily;
    latestOfFamily.fill(-1);
    int latestUnit = -1;
    QHash<QString, int> latestPersonTitled; // title key -> the latest person named with it
    for (int i = 0; i + 1 < n; ++i) {
        if (tok(i).key != u"the" || claimed(i + 1)) {
            continue;
        }
        for (int k = 1; k <= 3 && i + k < n; ++k) {
            const Token& head = tok(i + k);
            if (claimed(i + k) || head.cap || !adjacent(m_text, tok(i + k - 1), head)) {
                break;
            }
            const std::vector<OrgFamily> families = familiesFor(head.key);
            const bool personHead = titles().contains(head.key);
            const bool unitHead = unitWords().contains(head.key) || head.key == u"unit";
            if (families.empty() && !personHead && !unitHead) {
                continue;
            }
            for (; before < m_found.size() && m_found[before].start < tok(i).start; ++before) {
                const Found& f = m_found[before];
                const int index = static_cast<int>(before);
                if (f.kind == NameKind::Organisation) {
                    latestOfFamily[static_cast<size_t>(familyOf(entityKey(f.canonical)))] = index;
                } else if (f.kind == NameKind::Unit) {
                    latestUnit = index;
                } else if (f.kind == NameKind::Person) {
                    for (const QString& title : f.titles) {
                        latestPersonTitled.insert(title, index);
                    }
                }
            }
            int target = -1;
            if (personHead) {
                target = latestPersonTitled.value(head.key, -1);
            } else if (unitHead) {
                target = latestUnit;
            } else {
                for (const OrgFamily family : families) {
                    target = std::max(target, latestOfFamily[static_cast<size_t>(family)]);
                }
            }
            if (target >= 0) {
                const Found& to = m_found[static_cast<size_t>(target)];
                Found f;
                f.firstToken = i + 1;
                f.lastToken = i + k;
                f.start = tok(i + 1).start;
                f.end = head.end;
                f.canonical = to.canonical;
                f.kind = to.kind;
                f.known = to.known;
                f.description = true;
                f.titles = to.titles;
                added.push_back(std::move(f));
            }
            break;
        }
    }
    for (Found& f : added) {
        m_found.push_back(std::move(f));
    }
    std::sort(m_found.begin(), m_found.end(), [](const Found& a, const Found& b) { return a.start < b.start; });
}

} // namespace corrob::text::entities
