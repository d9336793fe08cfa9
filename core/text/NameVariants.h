// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace corrob::text {

// What a name in the variants table names.
enum class NameKind
{
    Person,
    Organisation,
    Place,
    Unit,
};

// One name and its spellings (the canonical spelling first among them).
struct NameGroup
{
    NameKind kind = NameKind::Place;
    QString canonical;
    QStringList spellings;
};

// The spellings of place, person, organisation and unit names across English, Ukrainian and Russian: Kyiv / Kiev /
// Київ / Киев. Search expands a query through it and entity folding maps a mention to its name. Lookups ignore
// case, diacritics, runs of spaces and the kind of apostrophe (see variantKey).
//
// The table is text, one name a line: KIND <TAB> CANONICAL <TAB> SPELLING ...; '#' starts a comment line. The
// program ships one (bundled()); a user's own table extends it through add().
class NameVariants
{
public:
    // Reads a table. Errors name the origin (a file name) and the line: an unknown kind, a line without a
    // spelling besides the canonical one, or a spelling that a previous line gave to another name.
    static Result<NameVariants> parse(const QString& text, const QString& origin);

    // The table shipped with the program (resources/names/name-variants.tsv), read once.
    static const NameVariants& bundled();

    // Adds other's names: a name sharing a spelling with one of ours adds its other spellings to ours.
    void add(const NameVariants& other);

    // The name a spelling belongs to, or nullptr.
    [[nodiscard]] const NameGroup* find(const QString& spelling) const;

    // Every spelling of the name `spelling` belongs to (canonical first), or just `spelling` when unknown.
    [[nodiscard]] QStringList spellingsOf(const QString& spelling) const;

    [[nodiscard]] const std::vector<NameGroup>& names() const { return m_names; }

private:
    void addSpelling(int group, const QString& spelling);

    std::vector<NameGroup> m_names;
    QHash<QString, int> m_byKey;
};

// The lookup key of a spelling: foldKey (case, diacritics, spaces) with typographic apostrophes made plain.
QString variantKey(const QString& spelling);

// "person", "organisation", "place", "unit".
QString nameKindName(NameKind kind);

} // namespace corrob::text
