// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The query parser's parts shared between its files (Query.cpp reads the whole query, QueryNear.cpp its infix NEARs).
// Internal to core/search: nothing outside it includes this.

#include "core/search/Query.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace corrob::search::detail {

struct Token
{
    enum class Type
    {
        Word,
        Phrase,
        LParen,
        RParen,
        Or,
        And,
        Not,
        Near,
        Filter,
    };
    Type type = Type::Word;
    QString text;
    QueryNode node; // Near and Filter: the group or the filter, already read
};

// A word as typed ("Kharkiv*", "Kyiv's") or a phrase's words as a term or phrase node; nullopt when nothing in it
// can be searched (punctuation alone).
std::optional<QueryNode> wordNode(const QString& raw);
std::optional<QueryNode> phraseNode(const QString& raw);

// "a NEAR b", "a NEAR/3 b NEAR c", "(a OR b) NEAR c": the words and groups on either side of an infix NEAR become one
// NEAR group; a NEAR that joins nothing stays a word, and is listed in unread unless it is still being typed.
std::vector<Token> readInfixNear(std::vector<Token> in, QStringList& unread);

} // namespace corrob::search::detail
