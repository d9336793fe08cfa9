// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Random queries of words, phrases, prefixes, NEAR groups and field filters, combined with AND, OR, NOT and
// parentheses, searched in a real case and compared with set logic over what each operand finds alone. The query
// language's own rules (README, search; docs/decisions/0020) are the model's too:
//  - an OR drops an excluded operand ("Kyiv OR -outlet:TASS" is Kyiv);
//  - a run of NOTs is one NOT;
//  - values of one field written side by side in one AND are any of them (outlet:A outlet:B);
//  - excluded words with nothing that selects find nothing (-Putin), excluded filters alone list the rest.
#include "core/case/Case.h"
#include "core/case/CaseSearch.h"
#include "core/case/edits/ClaimEdits.h"
#include "core/case/edits/NoteEdits.h"
#include "core/common/Hash.h"

#include <QTemporaryDir>

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::casefile;

namespace {

using Doc = std::pair<int, qint64>; // kind, id
using Docs = std::set<Doc>;

// The operands: words, a prefix, a phrase, a NEAR group, and filters of every field.
const QStringList& operands()
{
    static const QStringList all = {
        QStringLiteral("apple"),           QStringLiteral("bread"),
        QStringLiteral("cheese"),          QStringLiteral("dough"),
        QStringLiteral("eagle"),           QStringLiteral("app*"),
        QStringLiteral("\"apple bread\""), QStringLiteral("NEAR(cheese dough, 1)"),
        QStringLiteral("outlet:Xeno"),     QStringLiteral("outlet:Yarrow"),
        QStringLiteral("outlet:Zulu"),     QStringLiteral("in:claims"),
        QStringLiteral("in:reports"),      QStringLiteral("in:notes"),
        QStringLiteral("source:Sam"),      QStringLiteral("tag:Hot"),
        QStringLiteral("published:2021"),  QStringLiteral("published:2022..2023"),
    };
    return all;
}

bool isFilter(int operand)
{
    return operands().at(operand).contains(u':');
}

QString fieldOf(int operand)
{
    return operands().at(operand).section(u':', 0, 0);
}

struct Expr
{
    enum Type
    {
        Operand,
        And,
        Or,
        Not,
    };
    Type type = Operand;
    int operand = 0;
    std::vector<Expr> children;
};

Docs intersection(const Docs& a, const Docs& b)
{
    Docs out;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::inserter(out, out.end()));
    return out;
}

Docs difference(const Docs& a, const Docs& b)
{
    Docs out;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::inserter(out, out.end()));
    return out;
}

class SearchSemanticsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto created = Case::create(m_dir.filePath(QStringLiteral("s.corrob")), QStringLiteral("semantics"), {});
        ASSERT_TRUE(created.ok());
        m_case = std::move(created.value());
        const QStringList words = {QStringLiteral("apple"), QStringLiteral("bread"), QStringLiteral("cheese"),
                                   QStringLiteral("dough"), QStringLiteral("eagle")};
        const QStringList outlets = {QStringLiteral("Xeno"), QStringLiteral("Yarrow"), QStringLiteral("Zulu"), {}};
        const QStringList dates = {
            QStringLiteral("2021-05-01"), QStringLiteral("2022-03-01"), QStringLiteral("2023-01-01"), {}};
        std::mt19937 random(8);
        for (int r = 0; r < 16; ++r) {
            QStringList body;
            for (const QString& w : words) {
                if (random() % 2) {
                    body << w;
                }
            }
            body << QStringLiteral("filler");
            if (random() % 3 == 0) {
                body << QStringLiteral("cheese dough");
            }
            if (random() % 3 == 0) {
                body << QStringLiteral("apples breads"); // the phrase's words stemmed: a quoted phrase is exact
            }
            const QString text = body.join(u' ') + QStringLiteral(". Closing line.");
            model::NewReport report;
            report.original = text.toUtf8();
            report.sha256 = sha256Hex(QByteArrayView(report.original));
            report.workingText = text;
            report.metadata.title = QStringLiteral("Item %1").arg(r);
            report.metadata.outlet = outlets.at(int(random() % 4));
            report.metadata.published = model::PartialDate::fromIso(dates.at(int(random() % 4)));
            report.provenance.importMethod = QStringLiteral("paste");
            report.provenance.capturedAt = QStringLiteral("2026-01-01T00:00:00Z");
            report.provenance.mediaType = QStringLiteral("text/plain");
            report.provenance.encoding = QStringLiteral("UTF-8");
            auto id = m_case->addReport(report);
            ASSERT_TRUE(id.ok());
            if (random() % 2) {
                ClaimDraft draft;
                draft.report = id.value();
                draft.quote = body.front();
                draft.sourceName = random() % 2 ? QStringLiteral("Sam") : QStringLiteral("Tom");
                if (random() % 2) {
                    draft.tagPaths = {QStringLiteral("Hot")};
                }
                AddClaim add(draft);
                ASSERT_TRUE(add.apply(*m_case).ok());
            }
            if (random() % 3 == 0) {
                AddNote note(model::NoteTarget::Report, id.value().value,
                             QStringLiteral("note on %1").arg(words.at(int(random() % 5))));
                ASSERT_TRUE(note.apply(*m_case).ok());
            }
        }
        for (int i = 0; i < int(operands().size()); ++i) {
            m_alone[i] = find(operands().at(i));
            ASSERT_FALSE(m_alone[i].empty()) << operands().at(i).toStdString(); // every operand finds something
        }
        for (const char* kind : {"in:claims", "in:reports", "in:notes", "in:sources"}) {
            const Docs all = find(QString::fromLatin1(kind));
            m_everything.insert(all.begin(), all.end());
        }
    }

    Docs find(const QString& query)
    {
        SearchOptions options;
        options.limit = 100000;
        auto found = searchCase(*m_case, query, options);
        EXPECT_TRUE(found.ok()) << query.toStdString();
        Docs out;
        for (const SearchMatch& m : found.ok() ? found.value() : std::vector<SearchMatch>{}) {
            out.insert({int(m.kind), m.id});
        }
        return out;
    }

    Expr generate(int depth)
    {
        Expr e;
        if (depth == 0 || m_random() % 3 == 0) {
            e.operand = int(m_random() % operands().size());
            return e;
        }
        const unsigned k = m_random() % 10;
        if (k < 2) {
            e.type = Expr::Not;
            e.children.push_back(generate(depth - 1));
            return e;
        }
        e.type = k < 6 ? Expr::And : Expr::Or;
        const int n = 2 + int(m_random() % 2);
        for (int i = 0; i < n; ++i) {
            e.children.push_back(generate(depth - 1));
        }
        return e;
    }

    QString render(const Expr& e)
    {
        const auto grouped = [this](const Expr& c) {
            return c.type == Expr::Operand || c.type == Expr::Not ? render(c) : u'(' + render(c) + u')';
        };
        switch (e.type) {
        case Expr::Operand:
            return operands().at(e.operand);
        case Expr::Not: { // "--x" is a word: a NOT's operand is in parentheses unless it is one
            const Expr& c = e.children.front();
            return (m_random() % 2 ? QStringLiteral("NOT ") : QStringLiteral("-")) +
                   (c.type == Expr::Operand ? render(c) : u'(' + render(c) + u')');
        }
        case Expr::And:
        case Expr::Or: {
            QStringList parts;
            for (const Expr& c : e.children) {
                parts << grouped(c);
            }
            return parts.join(e.type == Expr::Or    ? QStringLiteral(" OR ")
                              : m_random() % 2 == 0 ? QStringLiteral(" AND ")
                                                    : QStringLiteral(" "));
        }
        }
        return {};
    }

    // The language's reading of the expression: runs of NOTs as one, OR without its excluded operands, nested ANDs
    // and ORs flattened, an AND of exclusions alone one exclusion of them all. Nothing when nothing is left.
    static std::optional<Expr> read(const Expr& e)
    {
        if (e.type == Expr::Operand) {
            return e;
        }
        if (e.type == Expr::Not) {
            auto inner = read(e.children.front());
            if (!inner || inner->type == Expr::Not) {
                return inner;
            }
            Expr n;
            n.type = Expr::Not;
            n.children.push_back(std::move(*inner));
            return n;
        }
        std::vector<Expr> items;
        for (const Expr& c : e.children) {
            if (auto r = read(c)) {
                if (r->type == e.type) {
                    items.insert(items.end(), r->children.begin(), r->children.end());
                } else {
                    items.push_back(std::move(*r));
                }
            }
        }
        if (e.type == Expr::Or && items.size() > 1) {
            std::erase_if(items, [](const Expr& x) { return x.type == Expr::Not; });
        }
        const bool onlyNots =
            std::all_of(items.begin(), items.end(), [](const Expr& x) { return x.type == Expr::Not; });
        if (e.type == Expr::And && items.size() > 1 && onlyNots) {
            Expr any;
            any.type = Expr::Or;
            for (Expr& x : items) {
                any.children.push_back(std::move(x.children.front()));
            }
            Expr n;
            n.type = Expr::Not;
            n.children.push_back(std::move(any));
            return n;
        }
        if (items.empty()) {
            return std::nullopt;
        }
        if (items.size() == 1) {
            return std::move(items.front());
        }
        Expr n;
        n.type = e.type;
        n.children = std::move(items);
        return n;
    }

    static bool hasWords(const Expr& e)
    {
        return e.type == Expr::Operand ? !isFilter(e.operand)
                                       : std::any_of(e.children.begin(), e.children.end(), hasWords);
    }

    // Set logic over what each operand finds alone, with the values of one field side by side in an AND any of them
    // (a date range excepted).
    Docs evaluate(const Expr& e)
    {
        switch (e.type) {
        case Expr::Operand:
            return m_alone.at(e.operand);
        case Expr::Not:
            return difference(m_everything, evaluate(e.children.front()));
        case Expr::Or: {
            Docs any;
            for (const Expr& c : e.children) {
                const Docs d = evaluate(c);
                any.insert(d.begin(), d.end());
            }
            return any;
        }
        case Expr::And: {
            std::map<QString, Docs> anyOfField;
            std::vector<Docs> all;
            for (const Expr& c : e.children) {
                if (c.type == Expr::Operand && isFilter(c.operand) && fieldOf(c.operand) != u"published") {
                    const Docs& d = m_alone.at(c.operand);
                    anyOfField[fieldOf(c.operand)].insert(d.begin(), d.end());
                } else {
                    all.push_back(evaluate(c));
                }
            }
            for (auto& [field, d] : anyOfField) {
                all.push_back(std::move(d));
            }
            Docs out = all.front();
            for (std::size_t i = 1; i < all.size(); ++i) {
                out = intersection(out, all[i]);
            }
            return out;
        }
        }
        return {};
    }

    Docs expected(const Expr& e)
    {
        const auto r = read(e);
        if (!r) {
            return {};
        }
        if (r->type == Expr::Not && hasWords(*r)) {
            return {}; // excluded words with nothing that selects
        }
        return evaluate(*r);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Case> m_case;
    std::map<int, Docs> m_alone;
    Docs m_everything;
    std::mt19937 m_random{20261206};
};

} // namespace

TEST_F(SearchSemanticsTest, RandomQueriesFindWhatSetLogicOverTheirOperandsFinds)
{
    int differing = 0;
    for (int i = 0; i < 1500; ++i) {
        const Expr e = generate(i % 2 == 0 ? 3 : 4);
        const QString query = render(e);
        const Docs found = find(query);
        const Docs want = expected(e);
        if (found != want && ++differing <= 5) {
            ADD_FAILURE() << query.toStdString() << ": " << found.size() << " found, " << want.size() << " expected";
        }
    }
    EXPECT_EQ(differing, 0);
}
