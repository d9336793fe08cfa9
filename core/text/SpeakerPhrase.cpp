// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/SpeakerPhrase.h"

namespace corrob::text::attribution {

namespace {

constexpr int kMaxDescriptionWords = 4;

SpeakerPhrase makePhrase(SpeakerPhrase::Form form, qsizetype first, qsizetype last, SpeakerKind kind,
                         QString title = QString())
{
    return SpeakerPhrase{form, first, last, kind, std::move(title)};
}

std::optional<SpeakerKind> pronounKind(QStringView lower)
{
    if (lower == u"he" || lower == u"she") {
        return SpeakerKind::Person;
    }
    if (lower == u"it") {
        return SpeakerKind::Organisation;
    }
    if (lower == u"they") {
        return SpeakerKind::Unknown;
    }
    return std::nullopt;
}

bool isPreposition(QStringView lower)
{
    for (const char16_t* w : {u"in", u"on", u"at", u"during", u"after", u"before", u"from", u"with", u"to", u"by",
                              u"as", u"when", u"while", u"about", u"through", u"via", u"last", u"this"}) {
        if (lower == QStringView(w)) {
            return true;
        }
    }
    return false;
}

bool isNameWord(const Token& t)
{
    // "WHO said": the World Health Organization, not the pronoun a sentence may open with.
    const bool acronymOfAWord = t.allCaps && t.lower == u"who";
    return t.isWord() && t.capital && (acronymOfAWord || !isNotName(t.lower)) && !t.isPossessive();
}

// People named by where they live or were ("a resident of Saltivka", "a survivor from Bucha"): the place is no
// speaker, the person is (anonymous).
bool isPersonOfAPlace(QStringView lower)
{
    for (const char16_t* w :
         {u"resident",  u"residents", u"native",    u"natives",    u"inhabitant", u"inhabitants", u"villager",
          u"villagers", u"survivor",  u"survivors", u"local",      u"locals",     u"refugee",     u"refugees",
          u"evacuee",   u"evacuees",  u"citizen",   u"citizens",   u"people",     u"man",         u"woman",
          u"men",       u"women",     u"mother",    u"father",     u"teacher",    u"doctor",      u"nurse",
          u"witness",   u"witnesses", u"volunteer", u"volunteers", u"farmer",     u"shopkeeper",  u"pensioner"}) {
        if (lower == QStringView(w)) {
            return true;
        }
    }
    return false;
}

bool isLowerWord(const Token& t)
{
    return t.isWord() && !t.capital && !t.lower.front().isDigit();
}

bool isAcronym(const Token& t)
{
    if (!t.isWord() || t.lower.size() < 2) {
        return false;
    }
    if (t.lower.contains(u'.')) {
        return t.capital;
    }
    return false;
}

} // namespace

SpeakerKind kindOfName(const std::vector<Token>& tokens, qsizetype first, qsizetype last)
{
    int words = 0;
    for (qsizetype i = first; i <= last; ++i) {
        const Token& t = tokens[static_cast<size_t>(i)];
        if (isOrganisationWord(t.lower)) {
            return SpeakerKind::Organisation;
        }
        if (!isNameParticle(t.lower) && t.lower != u"the") {
            ++words;
        }
    }
    if (first == last) {
        const Token& t = tokens[static_cast<size_t>(first)];
        if (isAcronym(t)) {
            return SpeakerKind::Organisation;
        }
        return SpeakerKind::Unknown;
    }
    return words >= 2 && words <= 4 && last - first + 1 == words ? SpeakerKind::Person : SpeakerKind::Unknown;
}

qsizetype nameStartAfterTitles(const std::vector<Token>& tokens, qsizetype first, qsizetype last)
{
    qsizetype start = first;
    for (qsizetype k = first; k < last; ++k) {
        const Token& t = tokens[static_cast<size_t>(k)];
        if (isNameParticle(t.lower) && !t.capital) {
            // "High Commissioner for Human Rights": a title inside an organisation's name, not before a person.
            return start;
        }
        const Token& next = tokens[static_cast<size_t>(k + 1)];
        if (isTitle(t.lower) && next.capital && !isTitle(next.lower)) {
            start = k + 1;
        }
    }
    return start;
}

std::optional<SpeakerPhrase> speakerEndingAt(const std::vector<Token>& tokens, qsizetype last, qsizetype floor)
{
    if (last < floor || last < 0) {
        return std::nullopt;
    }
    const Token& head = tokens[static_cast<size_t>(last)];
    if (!head.isWord()) {
        return std::nullopt;
    }
    if (const auto kind = pronounKind(head.lower)) {
        return makePhrase(SpeakerPhrase::Form::Pronoun, last, last, *kind);
    }
    auto at = [&](qsizetype i) -> const Token& {
        return tokens[static_cast<size_t>(i)];
    };
    if (isNameWord(head)) {
        qsizetype first = last;
        while (first - 1 >= floor) {
            const Token& p = at(first - 1);
            if (isNameWord(p)) {
                --first;
            } else if (isLowerWord(p) && isNameParticle(p.lower) && first - 2 >= floor && isNameWord(at(first - 2))) {
                first -= 2;
            } else if (p.lower == u"the" && first - 3 >= floor && isNameParticle(at(first - 2).lower) &&
                       isNameWord(at(first - 3))) {
                first -= 3; // "Office of the U.N. ..."
            } else {
                break;
            }
        }
        // "A resident of Saltivka told me": a description of a person ending in a place, not the place.
        if (first - 2 >= floor && isLowerWord(at(first - 1)) &&
            (at(first - 1).lower == u"of" || at(first - 1).lower == u"from" || at(first - 1).lower == u"in") &&
            isLowerWord(at(first - 2)) && isPersonOfAPlace(at(first - 2).lower)) {
            qsizetype start = first - 2;
            int words = 1;
            while (start - 1 >= floor && words < kMaxDescriptionWords && isLowerWord(at(start - 1)) &&
                   !isDeterminer(at(start - 1).lower) && !endsDescription(at(start - 1).lower) &&
                   !isAuxiliary(at(start - 1).lower) && !isCue(at(start - 1).lower)) {
                --start;
                ++words;
            }
            if (start - 1 >= floor && at(start - 1).isWord() && isDeterminer(at(start - 1).lower)) {
                --start;
            }
            return makePhrase(SpeakerPhrase::Form::Description, start, last, SpeakerKind::Person);
        }
        const qsizetype nameFirst = nameStartAfterTitles(tokens, first, last);
        SpeakerPhrase name =
            makePhrase(SpeakerPhrase::Form::Name, nameFirst, last, kindOfName(tokens, nameFirst, last));
        name.extentFirst = first;
        return name;
    }
    if (!isLowerWord(head) || isNotActorHead(head.lower) || endsDescription(head.lower) || isAuxiliary(head.lower)) {
        return std::nullopt;
    }
    // A description read backwards: lower-case words, then a determiner, a possessive or a name that starts it.
    qsizetype first = last;
    int words = 1;
    while (first - 1 >= floor && words < kMaxDescriptionWords) {
        const Token& p = at(first - 1);
        if (!isLowerWord(p) || isDeterminer(p.lower) || endsDescription(p.lower) || isAuxiliary(p.lower)) {
            break;
        }
        --first;
        ++words;
    }
    if (first - 1 >= floor) {
        const Token& p = at(first - 1);
        if (p.isWord() && isDeterminer(p.lower)) {
            if (p.lower == u"the" && first == last && isTitle(head.lower)) {
                return makePhrase(SpeakerPhrase::Form::Anaphor, first - 1, last, SpeakerKind::Person,
                                  canonicalTitle(head.lower));
            }
            if (p.lower == u"the" && isOrganisationAnaphorHead(head.lower)) {
                return makePhrase(SpeakerPhrase::Form::Anaphor, first - 1, last, SpeakerKind::Organisation);
            }
            return makePhrase(SpeakerPhrase::Form::Description, first - 1, last,
                              isOrganisationWord(head.lower) ? SpeakerKind::Organisation : SpeakerKind::Unknown);
        }
        if (p.isWord() && p.capital && (p.isPossessive() || !isNotName(p.lower))) {
            // "Ukraine's prosecutor general", "U.N. human rights experts": the name belongs to the description.
            qsizetype start = first - 1;
            while (start - 1 >= floor && isNameWord(at(start - 1))) {
                --start;
            }
            if (!p.isPossessive()) {
                // "a senior U.S. official": adjectives and a determiner before the capitalised word.
                qsizetype k = start;
                int adjectives = 0;
                while (k - 1 >= floor && adjectives < 2 && isLowerWord(at(k - 1)) && !isDeterminer(at(k - 1).lower) &&
                       !endsDescription(at(k - 1).lower) && !isAuxiliary(at(k - 1).lower) && !isCue(at(k - 1).lower)) {
                    --k;
                    ++adjectives;
                }
                if (k - 1 >= floor && at(k - 1).isWord() && isDeterminer(at(k - 1).lower)) {
                    start = k - 1;
                }
            }
            return makePhrase(SpeakerPhrase::Form::Description, start, last, SpeakerKind::Unknown);
        }
    }
    // A bare plural ("critics said", "officials say") still names who speaks, vaguely.
    if (words <= 2 && head.lower.endsWith(u's') && !head.lower.endsWith(u"ss")) {
        return makePhrase(SpeakerPhrase::Form::Description, first, last, SpeakerKind::Unknown);
    }
    return std::nullopt;
}

std::optional<SpeakerPhrase> speakerStartingAt(const std::vector<Token>& tokens, qsizetype first, qsizetype ceiling)
{
    if (first >= ceiling) {
        return std::nullopt;
    }
    auto at = [&](qsizetype i) -> const Token& {
        return tokens[static_cast<size_t>(i)];
    };
    const Token& head = at(first);
    if (!head.isWord()) {
        return std::nullopt;
    }
    if (const auto kind = pronounKind(head.lower)) {
        return makePhrase(SpeakerPhrase::Form::Pronoun, first, first, *kind);
    }
    auto nameFrom = [&](qsizetype start) {
        qsizetype last = start;
        while (last + 1 < ceiling) {
            const Token& n = at(last + 1);
            if (isNameWord(n)) {
                ++last;
            } else if (isLowerWord(n) && isNameParticle(n.lower) && last + 2 < ceiling && isNameWord(at(last + 2))) {
                last += 2;
            } else if (isNameParticle(n.lower) && last + 3 < ceiling && at(last + 2).lower == u"the" &&
                       isNameWord(at(last + 3))) {
                last += 3;
            } else if (n.isPossessive() && n.capital) {
                // "Amnesty International's senior adviser": the name ends at the possessive.
                break;
            } else {
                break;
            }
        }
        const qsizetype nameFirst = nameStartAfterTitles(tokens, start, last);
        return makePhrase(SpeakerPhrase::Form::Name, nameFirst, last, kindOfName(tokens, nameFirst, last));
    };
    if (isNameWord(head)) {
        return nameFrom(first);
    }
    if (!isDeterminer(head.lower)) {
        return std::nullopt;
    }
    qsizetype last = first;
    int words = 0;
    while (last + 1 < ceiling && words < kMaxDescriptionWords) {
        const Token& n = at(last + 1);
        if (isNameWord(n) && words > 0) {
            // "the human rights group B'Tselem": the name after the description is the speaker.
            return nameFrom(last + 1);
        }
        if (isNameWord(n) && last + 2 < ceiling && isLowerWord(at(last + 2)) && !endsDescription(at(last + 2).lower) &&
            !isNameParticle(at(last + 2).lower)) {
            // "one Western official", "a senior U.S. official": a capitalised adjective inside the description.
            ++last;
            continue;
        }
        if (!isLowerWord(n) || endsDescription(n.lower) || isNameParticle(n.lower)) {
            break;
        }
        ++last;
        ++words;
    }
    if (words == 0) {
        return std::nullopt;
    }
    const Token& tail = at(last);
    if (isNotActorHead(tail.lower)) {
        return std::nullopt;
    }
    if (last + 1 < ceiling) {
        // "said the strikes were deliberate": a description followed by its own verb is what was said, not who.
        const Token& next = at(last + 1);
        if (next.isWord() && !next.capital && !isPreposition(next.lower)) {
            return std::nullopt;
        }
    }
    if (head.lower == u"the" && words == 1 && isTitle(tail.lower)) {
        return makePhrase(SpeakerPhrase::Form::Anaphor, first, last, SpeakerKind::Person, canonicalTitle(tail.lower));
    }
    if (head.lower == u"the" && isOrganisationAnaphorHead(tail.lower)) {
        return makePhrase(SpeakerPhrase::Form::Anaphor, first, last, SpeakerKind::Organisation);
    }
    return makePhrase(SpeakerPhrase::Form::Description, first, last,
                      isOrganisationWord(tail.lower) ? SpeakerKind::Organisation : SpeakerKind::Unknown);
}

} // namespace corrob::text::attribution
