// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Source.h"
#include "core/text/SpeakerMatcher.h"

#include <vector>

namespace corrob::casefile {

// A case's sources as speaker matching sees them: what marking a claim (by hand or by accepting a suggestion)
// matches the words' speaker against.
inline std::vector<text::KnownSpeaker> knownSpeakers(const std::vector<model::Source>& sources)
{
    std::vector<text::KnownSpeaker> known;
    known.reserve(sources.size());
    for (const model::Source& source : sources) {
        known.push_back({source.id, source.name, source.aliases});
    }
    return known;
}

} // namespace corrob::casefile
