// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace corrob::io::html {

// Bounds element nesting before the HTML reaches the tree builder (gumbo 0.10.1 has no depth limit, spends time
// quadratic in the depth, and frees its tree recursively). A single linear pass over the tags, not a parser: it
// tracks open elements the way the tree builder roughly will (void elements, raw-text elements, comments, quoted
// attributes, same-name auto-closing of p/li/td/...), and drops the start and end tags of elements that would
// open deeper than the limit, keeping all text. It may overestimate depth for odd markup, which at worst
// flattens markup that was already pathological. Input without deep nesting is returned untouched.
class NestingGuard
{
public:
    struct Outcome
    {
        bool flattened = false;
        QByteArray html; // the rewritten HTML when flattened, else empty
    };

    static Outcome flatten(const QByteArray& html, int maxDepth);
};

} // namespace corrob::io::html
