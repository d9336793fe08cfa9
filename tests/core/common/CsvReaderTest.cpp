// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/CsvReader.h"

#include <gtest/gtest.h>

using namespace corrob;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

TEST(CsvReader, ReadsQuotedFieldsWithCommasQuotesAndLineBreaksOnLfOrCrlf)
{
    const QString text = s("\xEF\xBB\xBFid,body\r\n1,\"A, \"\"quoted\"\"\nsecond line\"\n\n2,plain\r\n3,\"\"");
    const Result<csv::CsvTable> table = csv::readTable(text, s("x.csv"));
    ASSERT_TRUE(table.ok()) << table.error().toString().toStdString();
    EXPECT_EQ(table->header, (QStringList{s("id"), s("body")}));
    ASSERT_EQ(table->records.size(), 3U);
    EXPECT_EQ(table->records[0].fields, (QStringList{s("1"), s("A, \"quoted\"\nsecond line")}));
    EXPECT_EQ(table->records[0].line, 2);
    EXPECT_EQ(table->records[1].fields, (QStringList{s("2"), s("plain")}));
    EXPECT_EQ(table->records[1].line, 5); // after the two-line record and a blank line
    EXPECT_EQ(table->records[2].fields, (QStringList{s("3"), QString()}));
    EXPECT_EQ(table->column(u"body"), 1);
    EXPECT_EQ(table->column(u"missing"), -1);
}

TEST(CsvReader, NamesTheLineOfEachMalformedRecord)
{
    const struct
    {
        const char* text;
        const char* context;
        const char* says;
    } cases[] = {
        {"a,b\n1,2\n3,x\"y\n", "x.csv, line 3", "double quote"},
        {"a,b\n1,\"2\"z\n", "x.csv, line 2", "after the closing quote"},
        {"a,b\n1,2\n3,\"never\nclosed\n", "x.csv, line 3", "never closed"},
        {"a,b\n1,2\n3\n", "x.csv, line 3", "header has 2 fields"},
    };
    for (const auto& c : cases) {
        const Result<csv::CsvTable> table = csv::readTable(s(c.text), s("x.csv"));
        ASSERT_FALSE(table.ok()) << c.text;
        EXPECT_EQ(table.error().context, s(c.context)) << c.text;
        EXPECT_TRUE(table.error().message.contains(s(c.says))) << table.error().message.toStdString();
    }
    EXPECT_FALSE(csv::readTable(QString(), s("empty.csv")).ok());
}
