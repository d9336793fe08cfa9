// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/SentenceSplitter.h"
#include "core/text/SpeakerPhrase.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace corrob::text {

// Who said what, found in a working text. All offsets are UTF-16 code units of that text.
struct Attribution
{
    // How the speaker was found.
    enum class Via
    {
        Name,           // named next to the cue: "…," Callamard said
        Pronoun,        // "she told", "the group said": the latest earlier speaker of a fitting kind
        ContinuedQuote, // a quote with no cue of its own, continuing one that has
    };

    qsizetype start = 0; // what is attributed: the quoted words (without the quote marks), or else the sentence
    qsizetype end = 0;
    qsizetype scopeStart = 0; // the sentences holding the attributed words and the cue
    qsizetype scopeEnd = 0;
    QString speaker;            // the resolved name, titles dropped ("Agnès Callamard" for "Callamard" and "she")
    qsizetype speakerStart = 0; // the words that name the speaker here ("she", "Callamard")
    qsizetype speakerEnd = 0;
    QString cue; // lower case: "said", "told", "according to"
    SpeakerKind kind = SpeakerKind::Unknown;
    Via via = Via::Name;
    // The asserting sources, outermost first, ending with this speaker: "Fox reports that Amnesty said that
    // residents saw…" gives the attribution of "residents saw…" the speaker "Amnesty" and the chain Fox, Amnesty.
    // The publisher of the text itself is not in it (the text does not name it; see the report's outlet).
    QStringList chain;
    // The original observer when the attributed words say who saw or heard it ("residents" in "…that residents
    // saw…"); empty otherwise.
    QString observer;
    bool group = false;     // several people: "Democratic lawmakers", "Ukrainian officials", "residents"
    bool anonymous = false; // a speaker the text does not name: "one Western official", "a senior U.S. official"
};

// Finds attributions of reported speech in English news text: «"…," X said», «"…," said X, title of Org»,
// «X, title, said», «X said (that) …», «according to X, …», «X told Y …», a quote continued in the next
// sentences or at the start of the next paragraph, «X, who said …», «…, saying …» (the sentence's subject), the
// paragraph after «…, saying:», nested cues (the chain: «Fox reports that Amnesty said that residents saw …»), and
// pronoun or anaphor speakers ("he", "she", "they", "it", "the group") resolved to the latest named speaker of a
// fitting kind (and, for "he"/"she", gender by given name or title) in the same or the two previous paragraphs.
// A surname alone is expanded to the fuller name used earlier in the text ("Callamard" -> "Agnès Callamard").
// Pure and linear in the text's length; safe on any thread. Returns attributions ordered by start.
class AttributionExtractor
{
public:
    explicit AttributionExtractor(const QString& text);
    AttributionExtractor(const QString& text, std::vector<Sentence> sentences);

    [[nodiscard]] const std::vector<Sentence>& sentences() const { return m_sentences; }
    [[nodiscard]] std::vector<Attribution> extract() const;

private:
    const QString& m_text;
    std::vector<Sentence> m_sentences;
};

inline std::vector<Attribution> extractAttributions(const QString& text)
{
    return AttributionExtractor(text).extract();
}

// The attribution of the words [start, end): the one whose attributed words overlap them most, else the one whose
// sentences overlap them most; nullopt when none does.
std::optional<Attribution> attributionAt(const std::vector<Attribution>& attributions, qsizetype start, qsizetype end);

} // namespace corrob::text
