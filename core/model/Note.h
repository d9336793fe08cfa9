// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"

#include <QString>

namespace corrob::model {

// What a note is attached to. Stored as the names of noteTargetName().
enum class NoteTarget
{
    Case,
    Report,
    Claim,
    Link,
    Source,
};

// A Markdown memo attached to the case, a report, a claim, a link or a source.
struct Note
{
    NoteId id;
    NoteTarget target = NoteTarget::Case;
    qint64 targetId = 0; // the report, claim, link or source id; 0 for the case
    QString body;        // Markdown
    QString author;
    QString createdAt; // UTC ISO 8601
    QString updatedAt;

    bool operator==(const Note&) const = default;
};

} // namespace corrob::model
