// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/AttributionSpeakers.h"

#include "core/text/AttributionTokens.h"
#include "core/text/Fold.h"

namespace corrob::text::attribution {

// The gender a person's name tells by its first word ("Angela Merkel": 'f'), or one recorded for the name.
char SpeakerHistory::genderOf(const QString& name) const
{
    if (const auto known = m_genderByName.constFind(name); known != m_genderByName.cend()) {
        return *known;
    }
    const qsizetype space = name.indexOf(u' ');
    return space > 0 ? attribution::givenNameGender(name.left(space).toLower()) : 0;
}

void SpeakerHistory::add(const QString& name, SpeakerKind kind, int paragraph, qsizetype at)
{
    m_mentions.push_back(
        Mention{name, kind, paragraph, kind == SpeakerKind::Organisation ? char(0) : genderOf(name), at});
    noteGender(m_mentions.back());
    if (const QString surname = lastWordIfSeveral(name); !surname.isEmpty()) {
        m_speakerBySurname.insert(surname, name);
    }
}

// The latest speaker of a kind that fits `wanted`, named no more than kPronounParagraphs paragraphs back.
// Unknown kinds fit anything; a known kind never stands for the other.
// "he" and "she" (gender 'm', 'f') take the latest speaker or person named whose given name tells that gender
// (see below for further back); "they" ('p') skips persons.
const SpeakerHistory::Mention* SpeakerHistory::resolve(SpeakerKind wanted, int paragraph, char gender) const
{
    const Mention* fallback = nullptr;
    if (gender == 'm' || gender == 'f') {
        // The latest speaker or person named whose name tells the pronoun's gender, then any fitting speaker.
        const Mention* latest = nullptr;
        for (const auto* list : {&m_mentions, &m_named}) {
            for (auto it = list->rbegin(); it != list->rend(); ++it) {
                if (it->paragraph < paragraph - kPronounParagraphs) {
                    break;
                }
                if (it->gender == gender && it->kind != SpeakerKind::Organisation) {
                    if (!latest || it->at > latest->at) {
                        latest = &*it;
                    }
                    break;
                }
            }
        }
        if (latest) {
            return latest;
        }
        // Further back: the one person of that gender the text has named so far (by surname), if only one. With
        // several, and none near, the pronoun stays unresolved rather than guessed (measured on the BASIL
        // tuning part: one wrong speaker fewer than falling back to the nearest speaker of unknown gender).
        const OnlyOfGender& only = m_onlyOfGender[gender == 'f' ? 1 : 0];
        if (only.several) {
            return nullptr;
        }
        if (only.any) {
            return &only.latest;
        }
    }
    for (auto it = m_mentions.rbegin(); it != m_mentions.rend(); ++it) {
        if (it->paragraph < paragraph - kPronounParagraphs) {
            break;
        }
        if ((gender == 'm' || gender == 'f') &&
            ((it->gender != 0 && it->gender != gender) || looksLikeGroup(it->name))) {
            continue; // "she" is not "Democrats" or "critics"
        }
        if (gender == 'p' && (it->kind == SpeakerKind::Person || it->gender != 0)) {
            continue; // "they" is not one person
        }
        if (wanted == SpeakerKind::Unknown || it->kind == wanted) {
            return &*it;
        }
        if (it->kind == SpeakerKind::Unknown && !fallback) {
            fallback = &*it;
        }
    }
    return fallback;
}

// A person's name seen in the text (spoken or not) at offset `at`, with the titles written before it
// (canonical: "governor"). Names arrive in text order, paragraph by paragraph.
void SpeakerHistory::addName(const QString& name, qsizetype at, const QStringList& titles, int paragraph, char gender)
{
    if (gender == 0) {
        gender = genderOf(name);
    } else {
        m_genderByName.insert(name, gender);
    }
    m_named.push_back(Mention{name, SpeakerKind::Person, paragraph, gender, at});
    noteGender(m_named.back());
    if (const QString surname = lastWordIfSeveral(name); !surname.isEmpty()) {
        m_nameBySurname[surname].emplace_back(at, name);
    }
    for (const QString& title : titles) {
        m_nameByTitle[title].emplace_back(at, name);
    }
}

// The nearest person named before offset `at` with this title ("the governor" -> "Gov. Mike Pence").
QString SpeakerHistory::resolveTitle(const QString& title, qsizetype at) const
{
    return nearestBefore(m_nameByTitle.value(title), at);
}

// A fuller name that ends with this one-word name ("Callamard" -> "Agnès Callamard"): the latest such
// speaker, else the nearest such name before offset `at`; the name itself when there is none.
QString SpeakerHistory::expand(const QString& name, qsizetype at) const
{
    const QString key = foldKey(name);
    if (key.isEmpty() || key.contains(u' ')) {
        return name;
    }
    if (const auto speaker = m_speakerBySurname.constFind(key); speaker != m_speakerBySurname.cend()) {
        return *speaker;
    }
    const QString named = nearestBefore(m_nameBySurname.value(key), at);
    return named.isEmpty() ? name : named;
}

// A speaker written as a description or one plural word: "critics", "Democrats", "the senator's aides".
bool SpeakerHistory::looksLikeGroup(const QString& name)
{
    const QString last = name.mid(name.lastIndexOf(u' ') + 1);
    return name.isEmpty() || name.front().isLower() || (!name.contains(u' ') && name.endsWith(u's')) ||
           (!last.isEmpty() && last.front().isLower() && last.endsWith(u's'));
}

// The fold key of a name's last word, when the name has more than one word.
QString SpeakerHistory::lastWordIfSeveral(const QString& name)
{
    const QString key = foldKey(name);
    const qsizetype space = key.lastIndexOf(u' ');
    return space < 0 ? QString() : key.mid(space + 1);
}

QString SpeakerHistory::nearestBefore(const Placed& placed, qsizetype at)
{
    for (auto it = placed.rbegin(); it != placed.rend(); ++it) {
        if (it->first < at) {
            return it->second;
        }
    }
    return QString();
}

void SpeakerHistory::noteGender(const Mention& m)
{
    if ((m.gender != 'm' && m.gender != 'f') || m.kind == SpeakerKind::Organisation) {
        return;
    }
    OnlyOfGender& only = m_onlyOfGender[m.gender == 'f' ? 1 : 0];
    if (only.any && lastWordIfSeveral(only.latest.name) != lastWordIfSeveral(m.name)) {
        only.several = true;
    }
    if (!only.any || m.at > only.latest.at) {
        only.latest = m;
    }
    only.any = true;
}

} // namespace corrob::text::attribution
