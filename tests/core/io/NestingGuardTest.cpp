// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/html/NestingGuard.h"

#include <gtest/gtest.h>

using corrob::io::html::NestingGuard;

TEST(NestingGuard, LeavesOrdinaryHtmlUntouched)
{
    const QByteArray html = "<!DOCTYPE html><html><head><!-- <div><div><div> --><script>var s = '<div><div>';</script>"
                            "</head><body><div title=\"a > b\"><p>one<p>two<ul><li>a<li>b</ul><br><img src=x></div>"
                            "</body></html>";
    EXPECT_FALSE(NestingGuard::flatten(html, 5).flattened) // html body div ul li
        << "comments, script text, quoted '>', void elements and auto-closed <p>/<li> add no depth";
}

TEST(NestingGuard, DropsTheTagsBelowTheLimitAndKeepsTheirText)
{
    const auto out = NestingGuard::flatten("<div><div><div><div>deep</div></div></div></div><p>after</p>", 2);
    ASSERT_TRUE(out.flattened);
    EXPECT_EQ(out.html, QByteArray("<div><div>deep</div></div><p>after</p>"));
}

TEST(NestingGuard, NeverDropsRawTextElements)
{
    const auto out = NestingGuard::flatten("<div><div><div><script>if (a<b) x();</script></div></div></div>", 1);
    ASSERT_TRUE(out.flattened);
    EXPECT_TRUE(out.html.contains("<script>if (a<b) x();</script>")) << "a dropped <script> tag would expose its code";
}
