// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs of capitalised words as names: titles before a person's name, shouting and common title-case phrases left
// out, and the kind a run's words and cue words give it.
#include "core/text/EntityExtraction.h"

#include <QRegularExpression>

namespace corrob::text::entities {

// Acronyms the text shows to be common nouns: spelt out in lower-case words whose initials they are ("multiple
// launch rocket systems (MLRS)", "non-governmental organisation (NGO)", either way round), or written in the plural
// ("NGOs", "UAVs"). A name is written with capitals, and has no plural.
void Extraction::findCommonAcronyms()
{
    // The initials of the lower-case words before token `end` (exclusive), from the nearest back: with every word,
    // and without function words ("weapons of mass destruction").
    auto initials = [this](int from, int step, int letters, bool skipFunctionWords) {
        QString out;
        for (int i = from; i >= 0 && i < count() && out.size() < letters; i += step) {
            const Token& t = tok(i);
            if (t.cap || t.allCaps || m_text.at(t.start).isDigit()) {
                return QString();
            }
            if (skipFunctionWords && (functionWords().contains(t.key) || connectors().contains(t.key))) {
                continue;
            }
            QString word;
            for (const QStringView part : QStringView(t.key).split(u'-')) {
                if (!part.isEmpty()) {
                    word += part.front();
                }
            }
            out = step < 0 ? word + out : out + word;
        }
        return out;
    };
    for (int i = 0; i < count(); ++i) {
        const Token& t = tok(i);
        const QStringView word = QStringView(m_text).mid(t.start, t.end - t.start);
        if (word.size() >= 3 && word.back() == u's' && !t.allCaps && t.cap) {
            bool capitals = true;
            for (const QChar c : word.chopped(1)) {
                capitals = capitals && (c.isUpper() || c.isDigit());
            }
            if (capitals) {
                m_commonAcronyms.insert(t.key.chopped(1)); // "NGOs"
                continue;
            }
        }
        if (!t.allCaps || t.start == 0 || t.end >= m_text.size()) {
            continue;
        }
        const QString key = t.key;
        const auto letters = static_cast<int>(key.size());
        if (letters > 16) {
            continue; // no acronym of words (and its initials were gathered by prepending: square time)
        }
        // "... systems (MLRS)": the words before the parenthesis.
        if (m_text.at(t.start - 1) == u'(' && m_text.at(t.end) == u')' && i > 0) {
            for (const bool skip : {false, true}) {
                if (initials(i - 1, -1, letters, skip) == key) {
                    m_commonAcronyms.insert(key);
                }
            }
        }
        // "MLRS (multiple launch rocket systems)": the words after it.
        if (i + 1 < count() && QStringView(m_text).mid(t.end, tok(i + 1).start - t.end).trimmed() == u"(") {
            for (const bool skip : {false, true}) {
                if (initials(i + 1, 1, letters, skip) == key) {
                    m_commonAcronyms.insert(key);
                }
            }
        }
    }
}

// A word that is no name, however capitalised: a designation of letters and digits ("BMP-30", "TOS-1A", "Su-25",
// "BY-NC-ND") or an acronym of a common noun ("NGO", "HIMARS", and those of findCommonAcronyms).
bool Extraction::isCommonNoun(int i) const
{
    const Token& t = tok(i);
    if (!t.cap && !t.allCaps) {
        return false;
    }
    const QStringView word = QStringView(m_text).mid(t.start, t.end - t.start);
    if (isDesignation(word)) {
        return true;
    }
    if (t.allCaps) {
        return commonAcronyms().contains(t.key) || m_commonAcronyms.contains(t.key);
    }
    // "NGOs": the plural of one.
    return word.size() >= 3 && word.back() == u's' && word.at(word.size() - 2).isUpper() &&
           (commonAcronyms().contains(t.key.chopped(1)) || m_commonAcronyms.contains(t.key.chopped(1)));
}

bool Extraction::startsRun(int i) const
{
    const Token& t = tok(i);
    if (claimed(i) || isCommonNoun(i)) {
        return false;
    }
    if (t.cap || t.allCaps) {
        return true;
    }
    return t.ordinal && i + 1 < count() && tok(i + 1).cap && adjacent(m_text, t, tok(i + 1));
}

// Capitalised words in a row, joined by connectors ("Ministry of Defence").
void Extraction::matchRuns()
{
    const int n = count();
    int i = 0;
    while (i < n) {
        if (!startsRun(i)) {
            ++i;
            continue;
        }
        int last = i;
        int j = i + 1;
        while (j < n && !claimed(j) && adjacent(m_text, tok(j - 1), tok(j))) {
            if ((tok(j).cap || tok(j).allCaps) && !functionWords().contains(tok(j).key) && !isCommonNoun(j)) {
                last = j++;
            } else if (connectors().contains(tok(j).key) && j + 1 < n && !claimed(j + 1) && tok(j + 1).cap &&
                       adjacent(m_text, tok(j), tok(j + 1))) {
                j += 2;
                last = j - 1;
            } else if (connectors().contains(tok(j).key) && j + 2 < n && connectors().contains(tok(j + 1).key) &&
                       !claimed(j + 2) && tok(j + 2).cap && adjacent(m_text, tok(j + 1), tok(j + 2))) {
                j += 3;
                last = j - 1;
            } else {
                break;
            }
        }
        takeRun(i, last);
        i = last + 1;
    }
}

bool Extraction::isNameWord(int i) const
{
    const Token& t = tok(i);
    return t.cap && (!t.allCaps || t.key.size() <= 2) && !t.ordinal && !connectors().contains(t.key) &&
           !functionWords().contains(t.key) && !organisationWords().contains(t.key) && !unitWords().contains(t.key) &&
           !placeWords().contains(t.key);
}

void Extraction::takeRun(int first, int last)
{
    // Leading function words, connectors, adverbs and interface words ("Shares of …", "Share this …").
    while (first <= last && (functionWords().contains(tok(first).key) || connectors().contains(tok(first).key) ||
                             furnitureWords().contains(tok(first).key) ||
                             (tok(first).sentenceStart && tok(first).key.endsWith(u"ly")))) {
        ++first;
    }
    while (last >= first && connectors().contains(tok(last).key)) {
        --last;
    }
    if (first > last || isFurniture(first, last)) {
        return;
    }
    // A treaty, law or licence is no entity of the four kinds: its words are left out, and no part of them is a
    // name of its own ("Rome" of "Rome Statute"). An organisation before the document's word stays ("Security
    // Council Resolution").
    if (continuesDocument(first)) {
        claim(first, last);
        m_documentEnd = last;
        return;
    }
    if (const int head = documentHead(first, last); head >= 0) {
        // The document's words at the end of the run, all of them ("Council Act Act Act": one step, not one for
        // each word: the organisation's run is taken once, and it ends in no document word).
        int organisationEnd = head - 1;
        while (head == last && organisationEnd >= first && documentWords().contains(tok(organisationEnd).key)) {
            --organisationEnd;
        }
        bool organisation = false;
        for (int i = first; head == last && i <= organisationEnd; ++i) {
            organisation = organisation || organisationWords().contains(tok(i).key) ||
                           unitWords().contains(tok(i).key) || tok(i).allCaps;
        }
        if (organisation) {
            takeRun(first, organisationEnd);
        }
        claim(organisation ? organisationEnd + 1 : first, last);
        m_documentEnd = last;
        return;
    }
    // A title before the name: "Secretary General Agnès Callamard", "Russian Deputy Foreign Minister X".
    QStringList titleKeys;
    if (first > 0 && titles().contains(tok(first - 1).key) && !tok(first - 1).cap) {
        titleKeys << tok(first - 1).key; // "mayor Anatoliy Fedoruk"
    }
    int nameStart = first;
    bool titled = false;
    for (int i = first; i <= last; ++i) {
        const QString& key = tok(i).key;
        nameStart = i;
        if (titles().contains(key)) {
            titleKeys << key;
            titled = true;
        } else if (!titleModifiers().contains(key) && !isDemonym(key)) {
            break;
        }
        nameStart = i + 1;
    }
    if (titled && nameStart > last) {
        return; // only titles: "Russian President", "Secretary General"
    }
    if (!titled) {
        nameStart = first;
        // A title inside the run ("Superior Court Judge James R. Whitfield", "Hunger Games Director Gary Ross"): the
        // person follows it, and what stands before the title is a name of its own. Looked for among the run's last
        // eight words, and in at most kMaxInnerTitles runs within one another: a line of thousands of titled names
        // recursed once for each and overflowed the stack.
        const bool split = m_innerTitles < kMaxInnerTitles;
        for (int p = last - 1; split && p > first && p >= last - 8; --p) {
            if (!titles().contains(tok(p).key)) {
                continue;
            }
            if (!personsName(p + 1, last)) {
                break;
            }
            int end = p; // where the title and its modifiers start
            while (end > first &&
                   (titles().contains(tok(end - 1).key) || titleModifiers().contains(tok(end - 1).key))) {
                --end;
            }
            for (int i = end; i <= p; ++i) {
                if (titles().contains(tok(i).key)) {
                    titleKeys << tok(i).key;
                }
            }
            if (end > first) {
                ++m_innerTitles;
                takeRun(first, end - 1);
                --m_innerTitles;
            }
            first = p + 1;
            nameStart = first;
            break;
        }
    }
    // Words the text also writes in lower case around a person's name: a description before it or, in a headline,
    // a verb after it ("Coroner Gary Holloway", "Actress Esther Williams Dies"); in prose a word after the name is a
    // surname ("W. Mark Felt").
    auto writtenLower = [this](int i) {
        const Token& t = tok(i);
        return !t.allCaps && m_lowerWords.contains(t.key) && !connectors().contains(t.key) &&
               !functionWords().contains(t.key);
    };
    auto headlineEnd = [&](int from, int to) {
        while (to > from && writtenLower(to) &&
               m_lines[static_cast<size_t>(m_lineOf[static_cast<size_t>(to)])].capitalised) {
            --to;
        }
        return to;
    };
    if (titleKeys.isEmpty() && last - first >= 2 && !hasCue(first, last) && !known(first, last)) {
        int a = first;
        while (a < last && writtenLower(a)) {
            ++a;
        }
        const int b = headlineEnd(a, last);
        if ((a > first || b < last) && personsName(a, b)) {
            for (int i = first; i < a; ++i) {
                titleKeys << tok(i).key;
            }
            first = a;
            nameStart = a;
            last = b;
        }
    }
    if (nameStart > first) {
        if (const int b = headlineEnd(nameStart, last); b < last && personsName(nameStart, b)) {
            last = b;
        }
        bool nameLike = last - nameStart < 3;
        for (int i = nameStart; nameLike && i <= last; ++i) {
            nameLike = isNameWord(i) || (i > nameStart && connectors().contains(tok(i).key));
        }
        if (nameLike) {
            first = nameStart;
        } else {
            titleKeys.clear();
        }
    }
    if (first < last && titleKeys.isEmpty() && !known(first, last)) {
        // Shouting ("CLICK HERE TO GET") and title-case phrases whose words the text also writes in lower case
        // ("War Crimes", "Climate Change") are no names.
        int shouted = 0;
        int common = 0;
        for (int i = first; i <= last; ++i) {
            shouted += tok(i).allCaps && tok(i).key.size() > 2 ? 1 : 0;
            common += m_lowerWords.contains(tok(i).key) || connectors().contains(tok(i).key) ? 1 : 0;
        }
        if (shouted >= 2 || common == last - first + 1) {
            return;
        }
        if (isDemonym(tok(first).key) && !hasCue(first, last)) {
            ++first; // "Russian Grad"
        }
    }
    if (first == last) {
        takeSingle(first, !titleKeys.isEmpty(), titleKeys);
        return;
    }
    Found f;
    f.firstToken = first;
    f.lastToken = last;
    f.start = tok(first).start;
    f.end = tok(last).end;
    f.canonical = span(f.start, f.end).simplified();
    f.titles = titleKeys;
    f.kind = kindOfRun(first, last, !titleKeys.isEmpty());
    if (f.kind == NameKind::Person && titleKeys.isEmpty() && acronymAfter(first, last, true)) {
        f.kind = NameKind::Organisation; // a person's name is not given an acronym: "Médecins Sans Frontières (MSF)"
    }
    addFound(std::move(f));
}

// The document word that heads a run: its last word ("Rome Statute", "Geneva Conventions") or the word before its
// first connector ("Statute of Rome", "Charter of Paris"), or -1.
int Extraction::documentHead(int first, int last) const
{
    int head = last;
    for (int i = first; i < last; ++i) {
        if (connectors().contains(tok(i + 1).key)) {
            head = i;
            break;
        }
    }
    return documentWords().contains(tok(head).key) && !known(first, last) ? head : -1;
}

// True when only "on", "against", "for", "of" or "the" stand between the latest document's name and the run at
// `first`: the run is the rest of the document's title ("Convention on the Rights of the Child", "Convention
// against Torture").
bool Extraction::continuesDocument(int first) const
{
    if (m_documentEnd < 0 || first <= m_documentEnd + 1) {
        return false;
    }
    for (int i = first - 1; i > m_documentEnd; --i) {
        const QString& key = tok(i).key;
        if (!adjacent(m_text, tok(i), tok(i + 1)) ||
            (key != u"on" && key != u"against" && key != u"for" && key != u"of" && key != u"the")) {
            return false;
        }
    }
    return adjacent(m_text, tok(m_documentEnd), tok(m_documentEnd + 1));
}

// Two or three name words that the text never writes in lower case and that name no known place or organisation
// ("Gary Holloway", "James R. Whitfield").
bool Extraction::personsName(int first, int last) const
{
    if (last - first < 1 || last - first > 2) {
        return false;
    }
    for (int i = first; i <= last; ++i) {
        const KnownName* known = m_gazetteer.find(tok(i).key);
        if (!isNameWord(i) || m_lowerWords.contains(tok(i).key) || (known && known->kind != NameKind::Person)) {
            return false;
        }
    }
    return true;
}

bool Extraction::known(int first, int last) const
{
    QString key;
    for (int i = first; i <= last; ++i) {
        key += (i > first ? QStringLiteral(" ") : QString()) + tok(i).key;
    }
    return m_gazetteer.find(key) != nullptr;
}

bool Extraction::acronymAfter(int first, int last, bool initialsOnly) const
{
    const int next = last + 1;
    if (next >= count() || !tok(next).allCaps ||
        QStringView(m_text).mid(tok(last).end, tok(next).start - tok(last).end).trimmed() != u"(") {
        return false;
    }
    const qsizetype after = tok(next).end;
    if (!initialsOnly && after < m_text.size() && m_text.at(after) == u')') {
        return true;
    }
    QStringList words;
    for (int i = first; i <= last; ++i) {
        words << tok(i).key;
    }
    return initialsOf(words) == tok(next).key;
}

bool Extraction::hasCue(int first, int last) const
{
    for (int i = first; i <= last; ++i) {
        const QString& key = tok(i).key;
        if (organisationWords().contains(key) || unitWords().contains(key) || placeWords().contains(key)) {
            return true;
        }
    }
    return false;
}

// "the Kharkiv region", "Qeshm island", "the village of Yahidne", "the outskirts of Irpin": a place's word in lower
// case straight after the words, or before them with "of".
bool Extraction::namedByPlaceWord(int first, int last) const
{
    auto placeWord = [this](int i) {
        const Token& t = tok(i);
        return !t.cap && !t.allCaps &&
               (placeWords().contains(t.key) || t.key == u"town" || t.key == u"suburb" || t.key == u"outskirts");
    };
    if (last + 1 < count() && adjacent(m_text, tok(last), tok(last + 1)) && placeWord(last + 1)) {
        return true;
    }
    return first >= 2 && tok(first - 1).key == u"of" && adjacent(m_text, tok(first - 1), tok(first)) &&
           adjacent(m_text, tok(first - 2), tok(first - 1)) && placeWord(first - 2);
}

bool Extraction::isDateline(int first, int last) const
{
    // "CAIRO —", "LONDON, Jan 3 (Reuters) -", "KYIV (AP) —": a line that opens with a place in capitals, then a dash,
    // a comma or a bracket. Shouted, it was taken for an acronym, an organisation.
    for (int i = first; i <= last; ++i) {
        if (!tok(i).allCaps) {
            return false;
        }
    }
    qsizetype before = tok(first).start;
    while (before > 0 && (m_text.at(before - 1) == u' ' || m_text.at(before - 1) == u'\t')) {
        --before;
    }
    if (before > 0 && m_text.at(before - 1) != u'\n' && m_text.at(before - 1) != u'\r') {
        return false;
    }
    qsizetype after = tok(last).end;
    while (after < m_text.size() && m_text.at(after) == u' ') {
        ++after;
    }
    if (after >= m_text.size()) {
        return false;
    }
    // Shouted labels of a story, not places ("EXCLUSIVE —", "UPDATE -").
    static const Words labels = {QStringLiteral("exclusive"), QStringLiteral("breaking"), QStringLiteral("update"),
                                 QStringLiteral("updated"),   QStringLiteral("watch"),    QStringLiteral("live"),
                                 QStringLiteral("analysis"),  QStringLiteral("opinion"),  QStringLiteral("editorial"),
                                 QStringLiteral("video"),     QStringLiteral("photos"),   QStringLiteral("correction")};
    for (int i = first; i <= last; ++i) {
        if (labels.contains(tok(i).key)) {
            return false;
        }
    }
    const auto isDash = [this](qsizetype i) {
        const QChar c = m_text.at(i);
        return c == QChar(0x2013) || c == QChar(0x2014) ||
               (c == u'-' && (i == 0 || m_text.at(i - 1) == u' ') && i + 1 < m_text.size() && m_text.at(i + 1) == u' ');
    };
    if (isDash(after)) {
        return true; // "CAIRO —"
    }
    const QChar next = m_text.at(after);
    if (next != u',' && next != u'(') {
        return false;
    }
    // Between the place and the dash, only what a dateline holds: a date or an agency in brackets ("LONDON, Jan 3
    // (Reuters) -", "KYIV (AP) —"); "UNICEF, the UN children's agency — said" and "WHO (World Health Organization)
    // –" open no dateline.
    constexpr qsizetype kDatelineReach = 40;
    static const QRegularExpression between(
        QStringLiteral("^(?:,\\s*(?:[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+[A-Z][a-z]{2,8}\\.?"
                       "(?:\\s+\\d{4})?))?\\s*(?:\\((?:[A-Z][A-Za-z]{1,12}|AP|AFP|UPI)\\))?\\s*$"));
    for (qsizetype i = after; i < std::min(m_text.size(), after + kDatelineReach); ++i) {
        const QChar c = m_text.at(i);
        if (c == u'\n' || c == u'\r') {
            return false;
        }
        if (isDash(i)) {
            return between.match(QStringView(m_text).mid(after, i - after)).hasMatch();
        }
    }
    return false;
}

NameKind Extraction::kindOfRun(int first, int last, bool titled) const
{
    if (titled) {
        return NameKind::Person;
    }
    if (isDateline(first, last)) {
        return NameKind::Place;
    }
    // "Arnold Joseph Becker Jr", "Anthony Marchetti III": a generational suffix after two to four name words.
    static const Words suffixes = {QStringLiteral("jr"), QStringLiteral("sr"), QStringLiteral("ii"),
                                   QStringLiteral("iii"), QStringLiteral("iv")};
    if (suffixes.contains(tok(last).key) && last - first >= 2 && last - first <= 4) {
        bool names = true;
        for (int i = first; names && i < last; ++i) {
            names = isNameWord(i) && !m_lowerWords.contains(tok(i).key);
        }
        if (names) {
            return NameKind::Person;
        }
    }
    bool unit = false;
    bool org = false;
    bool place = false;
    bool allNames = last - first < 3;
    for (int i = first; i <= last; ++i) {
        const QString& key = tok(i).key;
        unit = unit || unitWords().contains(key);
        org = org || organisationWords().contains(key) || tok(i).allCaps;
        place = place || placeWords().contains(key);
        allNames = allNames && isNameWord(i) && !m_lowerWords.contains(key);
    }
    if (unit) {
        return NameKind::Unit;
    }
    if (org) {
        return NameKind::Organisation;
    }
    // "North Carolina", "East Flatbush", "Upper Silesia": a compass point or "upper", "greater" before a name (not
    // before common words: "Central Election").
    bool modified = last > first && placeModifiers().contains(tok(first).key);
    for (int i = first + 1; modified && i <= last; ++i) {
        modified = isNameWord(i) && !m_lowerWords.contains(tok(i).key);
    }
    if (place || modified || (first > 0 && placePrepositions().contains(tok(first - 1).key)) ||
        namedByPlaceWord(first, last)) {
        return NameKind::Place;
    }
    if (allNames) {
        return NameKind::Person;
    }
    return NameKind::Organisation;
}

void Extraction::takeSingle(int i, bool titled, const QStringList& titleKeys)
{
    const Token& t = tok(i);
    if (!titled &&
        (isDemonym(t.key) || functionWords().contains(t.key) || furnitureWords().contains(t.key) || t.key.size() < 2)) {
        return;
    }
    Candidate c;
    c.token = i;
    c.titled = titled;
    m_candidates.push_back(c);
    if (titled) {
        m_candidateTitles.insert(i, titleKeys);
    }
}

} // namespace corrob::text::entities
