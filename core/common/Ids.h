// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QtGlobal>

#include <compare>

namespace corrob {

// A row id that cannot be mixed up with the id of another kind of item. 0 means "none".
template <typename Tag> struct Id
{
    qint64 value = 0;

    constexpr Id() = default;
    constexpr explicit Id(qint64 v) : value(v) {}
    [[nodiscard]] constexpr bool isValid() const { return value > 0; }
    constexpr auto operator<=>(const Id&) const = default;
};

template <typename Tag> size_t qHash(Id<Tag> id, size_t seed = 0) noexcept
{
    return ::qHash(id.value, seed);
}

using ReportId = Id<struct ReportTag>;
using SourceId = Id<struct SourceTag>;
using ClaimId = Id<struct ClaimTag>;
using LinkId = Id<struct LinkTag>;
using TagId = Id<struct TagTag>;
using NoteId = Id<struct NoteTag>;
using ExcludedRangeId = Id<struct ExcludedRangeTag>;
using EntityId = Id<struct EntityTag>;

} // namespace corrob
