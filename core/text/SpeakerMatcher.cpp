// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/SpeakerMatcher.h"

#include "core/text/AttributionExtractor.h"
#include "core/text/Fold.h"

namespace corrob::text {

namespace {

// Fold keys split into words, with possessives and surrounding punctuation dropped.
QStringList keyWords(const QString& key)
{
    QStringList words = key.split(u' ', Qt::SkipEmptyParts);
    for (QString& w : words) {
        if (w.endsWith(u"'s") || w.endsWith(u"\u2019s")) {
            w.chop(2);
        }
    }
    return words;
}

bool endsWithWords(const QStringList& whole, const QStringList& part)
{
    if (part.isEmpty() || part.size() >= whole.size()) {
        return false;
    }
    return whole.mid(whole.size() - part.size()) == part;
}

bool startsWithWords(const QStringList& whole, const QStringList& part)
{
    if (part.isEmpty() || part.size() >= whole.size()) {
        return false;
    }
    return whole.mid(0, part.size()) == part;
}

bool containsWords(const QStringList& whole, const QStringList& part)
{
    if (part.size() < 2 || part.size() >= whole.size()) {
        return false; // one word inside a longer phrase is too weak ("Russian" in "Russian President Putin")
    }
    for (qsizetype i = 0; i + part.size() <= whole.size(); ++i) {
        if (whole.mid(i, part.size()) == part) {
            return true;
        }
    }
    return false;
}

// One-letter and particle words are no surname.
bool meaningful(const QStringList& words)
{
    return !words.isEmpty() && words.back().size() >= 3;
}

} // namespace

SpeakerMatcher::SpeakerMatcher(const std::vector<KnownSpeaker>& known)
{
    m_entries.reserve(known.size());
    for (const KnownSpeaker& k : known) {
        Entry e{k.id, k.name, {foldKey(k.name)}};
        for (const QString& alias : k.aliases) {
            e.keys << foldKey(alias);
        }
        m_entries.push_back(std::move(e));
    }
}

SpeakerMatch SpeakerMatcher::match(const QString& speaker, SpeakerKind kind) const
{
    const QString key = foldKey(speaker);
    const QStringList words = keyWords(key);
    using Test = bool (*)(const QStringList& keyWordsOfSource, const QStringList& speakerWords);
    const Test tiers[] = {
        [](const QStringList& source, const QStringList& said) { return source == said; },
        [](const QStringList& source, const QStringList& said) {
            return meaningful(said) && endsWithWords(source, said);
        },
        [](const QStringList& source, const QStringList& said) {
            return (meaningful(said) && startsWithWords(source, said)) || containsWords(said, source);
        },
    };
    const bool description = !speaker.isEmpty() && speaker.front().isLower();
    const int tierCount = description ? 1 : 3;
    for (int tier = 0; tier < tierCount; ++tier) {
        const Entry* found = nullptr;
        bool ambiguous = false;
        for (const Entry& e : m_entries) {
            bool hit = false;
            for (const QString& k : e.keys) {
                hit = hit || tiers[tier](keyWords(k), words);
            }
            if (hit) {
                ambiguous = ambiguous || (found && found->id != e.id);
                found = found ? found : &e;
            }
        }
        if (found && !ambiguous) {
            return SpeakerMatch{found->id, found->name, kind};
        }
        if (ambiguous) {
            break;
        }
    }
    return SpeakerMatch{SourceId(), speaker.simplified(), kind};
}

std::optional<AttributedSpeaker> attributedSpeaker(const QString& text, qsizetype start, qsizetype end,
                                                   const std::vector<KnownSpeaker>& known)
{
    const auto attribution = attributionAt(extractAttributions(text), start, end);
    if (!attribution) {
        return std::nullopt;
    }
    return AttributedSpeaker{SpeakerMatcher(known).match(attribution->speaker, attribution->kind), attribution->cue};
}

} // namespace corrob::text
