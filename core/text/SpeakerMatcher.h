// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/text/SpeakerPhrase.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace corrob::text {

// A source a speaker may be: its id, name and aliases (what matching needs of model::Source).
struct KnownSpeaker
{
    SourceId id;
    QString name;
    QStringList aliases;
};

// The source a speaker matched, or the name to propose for a new source.
struct SpeakerMatch
{
    SourceId source;                         // valid when an existing source matched
    QString name;                            // the matched source's name, or the proposed new name
    SpeakerKind kind = SpeakerKind::Unknown; // for a proposal: what the name looks like

    [[nodiscard]] bool isExisting() const { return source.isValid(); }
};

// Matches speaker names to a case's sources, case- and diacritics-insensitively (foldKey), in three tiers: the
// whole name or an alias ("Agnes Callamard", "Amnesty"); a name that ends with the speaker's words, as a surname
// does ("Callamard" -> "Agnès Callamard"); a name that starts with them or that the speaker contains
// ("Amnesty" -> "Amnesty International", "Russian President Vladimir Putin" -> "Vladimir Putin"). The first tier
// with exactly one source wins; several sources in one tier are ambiguous and give a proposal instead.
// Descriptions ("one Western official") never match by part. Pure; build once, match many.
class SpeakerMatcher
{
public:
    explicit SpeakerMatcher(const std::vector<KnownSpeaker>& known);

    [[nodiscard]] SpeakerMatch match(const QString& speaker, SpeakerKind kind) const;

private:
    struct Entry
    {
        SourceId id;
        QString name;
        QStringList keys; // fold keys of the name and aliases
    };
    std::vector<Entry> m_entries;
};

// Who the words [start, end) of a text are attributed to ("…," Callamard said), matched to known sources, and the word
// that attributes them ("said", "according to").
struct AttributedSpeaker
{
    SpeakerMatch match;
    QString cue;
};

// The speaker of the sentence(s) that the words [start, end) of text lie in (UTF-16 units; AttributionExtractor over
// the whole text, so a quote's speaker named a sentence before is found), matched to known; nullopt when nothing
// there is attributed. What marking a claim, by hand or by accepting a suggestion, attributes it to.
std::optional<AttributedSpeaker> attributedSpeaker(const QString& text, qsizetype start, qsizetype end,
                                                   const std::vector<KnownSpeaker>& known);

} // namespace corrob::text
