// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"

#include <QString>

#include <optional>

namespace corrob::model {

// How one claim relates to another. Stored as the names of linkTypeName().
enum class LinkType
{
    Corroborates,
    Contradicts,
    Repeats, // same statement, same origin
    Updates, // a newer figure or state of the same thing
    Elaborates,
};

// A typed relation from one claim to another ("from corroborates to"). Never from a claim to itself; at most one
// link of each type between the same two claims in the same direction.
struct Link
{
    LinkId id;
    ClaimId from;
    ClaimId to;
    LinkType type = LinkType::Corroborates;
    QString note;
    std::optional<double> confidence; // 0..1, unset when not given
    QString author;
    QString createdAt; // UTC ISO 8601

    bool operator==(const Link&) const = default;
};

} // namespace corrob::model
