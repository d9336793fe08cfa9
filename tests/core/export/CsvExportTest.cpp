// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/CsvExport.h"

#include "tests/core/exchange/ExchangeTestSupport.h"
#include "tests/core/export/ExportTestSupport.h"

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::exporting;

namespace {

TEST(CsvExport, QuotesOnlyFieldsThatNeedItAsRfc4180Says)
{
    EXPECT_EQ(csv::field(QStringLiteral("plain text")), QStringLiteral("plain text"));
    EXPECT_EQ(csv::field(QString()), QString());
    EXPECT_EQ(csv::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(csv::field(QStringLiteral("say \"no\"")), QStringLiteral("\"say \"\"no\"\"\""));
    EXPECT_EQ(csv::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(csv::field(QStringLiteral("cr\r\nlf")), QStringLiteral("\"cr\r\nlf\""));
    EXPECT_EQ(csv::field(QStringLiteral("\"")), QStringLiteral("\"\"\"\""));
    EXPECT_EQ(csv::record({QStringLiteral("a"), QString(), QStringLiteral("c,d")}), QStringLiteral("a,,\"c,d\"\r\n"));
}

TEST(CsvExport, AValueASpreadsheetWouldRunAsAFormulaIsWrittenAsText)
{
    using csv::cell;
    // Quotes come from untrusted articles: opened in a spreadsheet, these cells would run.
    EXPECT_EQ(cell(QStringLiteral("=HYPERLINK(\"http://evil.invalid\",\"x\")")),
              QStringLiteral("\"'=HYPERLINK(\"\"http://evil.invalid\"\",\"\"x\"\")\""));
    EXPECT_EQ(cell(QStringLiteral("+cmd|' /C calc'!A0")), QStringLiteral("'+cmd|' /C calc'!A0"));
    EXPECT_EQ(cell(QStringLiteral("-1+cmd|' /C calc'!A0")), QStringLiteral("'-1+cmd|' /C calc'!A0"));
    EXPECT_EQ(cell(QStringLiteral("@SUM(1)")), QStringLiteral("'@SUM(1)"));
    EXPECT_EQ(cell(QStringLiteral("\t=1")), QStringLiteral("'\t=1"));
    // Numbers stay numbers, and the signs elsewhere in a value change nothing.
    EXPECT_EQ(cell(QStringLiteral("-5")), QStringLiteral("-5"));
    EXPECT_EQ(cell(QStringLiteral("+3.5")), QStringLiteral("+3.5"));
    EXPECT_EQ(cell(QStringLiteral("up to 40 = most")), QStringLiteral("up to 40 = most"));
    EXPECT_FALSE(csv::readAsFormula(QString()));
    // A file for programs keeps every value exactly; the export's rows are for people.
    EXPECT_EQ(csv::field(QStringLiteral("=1+1")), QStringLiteral("=1+1"));
    EXPECT_EQ(csv::record({QStringLiteral("=1+1"), QStringLiteral("-x")}), QStringLiteral("=1+1,-x\r\n"));
    EXPECT_EQ(csv::record({QStringLiteral("=1+1"), QStringLiteral("-x")}, csv::Values::ForSpreadsheets),
              QStringLiteral("'=1+1,'-x\r\n"));
}

TEST(CsvExport, AListItemHoldingTheSeparatorOrAQuoteIsQuotedInsideItsField)
{
    EXPECT_EQ(csv::list({QStringLiteral("Violence/Shelling"), QStringLiteral("Economy")}),
              QStringLiteral("Violence/Shelling; Economy"));
    EXPECT_EQ(csv::list({QStringLiteral("a"), QStringLiteral("Grain; exports"), QStringLiteral("say \"no\"")}),
              QStringLiteral("a; \"Grain; exports\"; \"say \"\"no\"\"\""));
    EXPECT_EQ(csv::list({}), QString());
    // In a record the list is one field, quoted again as a field: a CSV reader gives the list back whole.
    const QString line = csv::record({csv::list({QStringLiteral("Grain; exports"), QStringLiteral("b")})});
    const QList<QStringList> rows = test::parseCsv(line.toUtf8());
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0], QStringList{QStringLiteral("\"Grain; exports\"; b")});
}

TEST(CsvExport, ClaimsRoundTripThroughAnRfc4180ParserOneRowAClaim)
{
    auto sample = test::makeExportCase();
    ASSERT_TRUE(sample);
    auto read = collectReport(*sample->target, {});
    ASSERT_TRUE(read.ok());
    const QByteArray bytes = csv::claims(read.value());
    EXPECT_FALSE(bytes.startsWith("\xEF\xBB\xBF")) << "UTF-8 without a byte-order mark";
    EXPECT_TRUE(bytes.endsWith("\r\n"));
    const QList<QStringList> rows = test::parseCsv(bytes);
    ASSERT_EQ(rows.size(), 7); // header + 6 claims
    const QStringList header = rows[0];
    EXPECT_EQ(header.mid(0, 3),
              (QStringList{QStringLiteral("id"), QStringLiteral("report"), QStringLiteral("report_title")}));
    for (const QStringList& row : rows) {
        EXPECT_EQ(row.size(), header.size()) << row.join(u'|').toStdString();
    }
    const auto col = [&](const char* name) {
        return header.indexOf(QLatin1String(name));
    };
    const QStringList* one = nullptr;
    for (const QStringList& row : rows) {
        if (row[0] == u"1") {
            one = &row;
        }
    }
    ASSERT_TRUE(one);
    EXPECT_EQ((*one)[col("statement")], test::hostileStatement()); // quotes and <script> as they are
    EXPECT_EQ((*one)[col("notes")], test::hostileNote());          // the line break and comma survive
    EXPECT_EQ((*one)[col("grade")], QStringLiteral("A2"));
    EXPECT_EQ((*one)[col("independent_sources")], QStringLiteral("2"));
    EXPECT_EQ((*one)[col("corroborated_by")], QStringLiteral("6"));
    EXPECT_EQ((*one)[col("contradicted_by")], QStringLiteral("5"));
    EXPECT_EQ((*one)[col("sha256")].size(), 64);
    const qsizetype start = (*one)[col("start")].toLongLong();
    const qsizetype end = (*one)[col("end")].toLongLong();
    EXPECT_EQ(end - start, (*one)[col("quote")].size());
}

TEST(CsvExport, StartAndEndCountCodePointsSoTheyCutTheQuoteOutAsPythonIndexesTheText)
{
    // Emoji (outside the BMP: two UTF-16 code units, one code point) stand before and inside the claims.
    test::ExchangeCase exchange;
    auto read = collectReport(exchange.get(), {});
    ASSERT_TRUE(read.ok());
    const QList<QStringList> rows = test::parseCsv(csv::claims(read.value()));
    ASSERT_GE(rows.size(), 2);
    const QStringList header = rows[0];
    const auto col = [&](const char* name) {
        return header.indexOf(QLatin1String(name));
    };
    int emojiClaims = 0;
    for (const QStringList& row : rows.mid(1)) {
        const ReportId report(row[col("report")].toLongLong());
        auto text = exchange.get().reportText(report, casefile::Case::TextView::All);
        ASSERT_TRUE(text.ok());
        const QList<uint> codePoints = text.value().toUcs4(); // str in Python, a character vector in R
        const qsizetype start = row[col("start")].toLongLong();
        const qsizetype end = row[col("end")].toLongLong();
        ASSERT_TRUE(0 <= start && start <= end && end <= codePoints.size()) << row.join(u'|').toStdString();
        const QList<uint> cut = codePoints.mid(start, end - start);
        EXPECT_EQ(QString::fromUcs4(reinterpret_cast<const char32_t*>(cut.constData()), cut.size()), row[col("quote")])
            << "claim " << row[0].toStdString();
        emojiClaims += report == exchange.emojiReport() ? 1 : 0;
    }
    EXPECT_EQ(emojiClaims, 3);
}

TEST(CsvExport, LinksHaveOneRowALinkWithBothQuotes)
{
    auto sample = test::makeExportCase();
    ASSERT_TRUE(sample);
    auto read = collectReport(*sample->target, {});
    ASSERT_TRUE(read.ok());
    const QList<QStringList> rows = test::parseCsv(csv::links(read.value()));
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[0],
              (QStringList{QStringLiteral("id"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("type"),
                           QStringLiteral("note"), QStringLiteral("confidence"), QStringLiteral("author"),
                           QStringLiteral("created_at"), QStringLiteral("from_quote"), QStringLiteral("to_quote")}));
    QStringList types;
    for (const QStringList& row : rows.mid(1)) {
        types << row[3];
        EXPECT_FALSE(row[8].isEmpty());
        EXPECT_FALSE(row[9].isEmpty());
    }
    types.sort();
    EXPECT_EQ(types,
              (QStringList{QStringLiteral("contradicts"), QStringLiteral("corroborates"), QStringLiteral("repeats")}));
}

} // namespace
