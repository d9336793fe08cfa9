// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The speakers an attribution extraction has met so far, to resolve pronouns ("he", "she", "they"), titles ("the
// governor") and surnames ("Callamard" -> "Agnès Callamard"). Internal to core/text (AttributionExtractor).
// Offsets are UTF-16 code units of the text.

#include "core/text/SpeakerPhrase.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace corrob::text::attribution {

// How far back a pronoun looks for its speaker, in paragraphs (news paragraphs are often one sentence long).
constexpr int kPronounParagraphs = 2;

// The speakers named so far, newest last, to resolve pronouns and expand surnames.
class SpeakerHistory
{
public:
    using Placed = std::vector<std::pair<qsizetype, QString>>; // in text order

    struct Mention
    {
        QString name;
        SpeakerKind kind = SpeakerKind::Unknown;
        int paragraph = 0;
        char gender = 0;  // 'm', 'f' or unknown (0), from the given name or a title ("Mrs.")
        qsizetype at = 0; // where the text names them
    };

    // The gender a person's name tells by its first word ("Angela Merkel": 'f'), or one recorded for the name.
    [[nodiscard]] char genderOf(const QString& name) const;

    void add(const QString& name, SpeakerKind kind, int paragraph, qsizetype at);

    // The latest speaker of a kind that fits `wanted`, named no more than kPronounParagraphs paragraphs back.
    // Unknown kinds fit anything; a known kind never stands for the other.
    // "he" and "she" (gender 'm', 'f') take the latest speaker or person named whose given name tells that gender
    // (see below for further back); "they" ('p') skips persons.
    [[nodiscard]] const Mention* resolve(SpeakerKind wanted, int paragraph, char gender = 0) const;

    // A person's name seen in the text (spoken or not) at offset `at`, with the titles written before it
    // (canonical: "governor"). Names arrive in text order, paragraph by paragraph.
    void addName(const QString& name, qsizetype at, const QStringList& titles, int paragraph, char gender);

    // The nearest person named before offset `at` with this title ("the governor" -> "Gov. Mike Pence").
    [[nodiscard]] QString resolveTitle(const QString& title, qsizetype at) const;

    // A fuller name that ends with this one-word name ("Callamard" -> "Agnès Callamard"): the latest such
    // speaker, else the nearest such name before offset `at`; the name itself when there is none.
    [[nodiscard]] QString expand(const QString& name, qsizetype at) const;

    // A speaker written as a description or one plural word: "critics", "Democrats", "the senator's aides".
    static bool looksLikeGroup(const QString& name);

private:
    // The fold key of a name's last word, when the name has more than one word.
    static QString lastWordIfSeveral(const QString& name);

    static QString nearestBefore(const Placed& placed, qsizetype at);

    // The people of one gender seen so far: the latest, and whether they are more than one (by surname).
    struct OnlyOfGender
    {
        Mention latest;
        bool any = false;
        bool several = false;
    };

    void noteGender(const Mention& m);

    std::vector<Mention> m_mentions;
    std::vector<Mention> m_named;               // every person named, in text order
    OnlyOfGender m_onlyOfGender[2];             // men, women
    QHash<QString, char> m_genderByName;        // from a title written before the name ("Mrs. Smith")
    QHash<QString, QString> m_speakerBySurname; // the latest speaker with that surname
    QHash<QString, Placed> m_nameBySurname;
    QHash<QString, Placed> m_nameByTitle;
};

} // namespace corrob::text::attribution
