// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SearchMarks.h"

#include "core/storage/SearchRank.h"
#include "core/storage/SearchStemmer.h"

#include "core/text/Fold.h"

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace corrob::storage {
namespace {

// One hit: the words [first, last] (token indexes) of a column, and the phrase of the query it is a hit of.
struct Hit
{
    int first = 0;
    int last = 0;
    int phrase = 0;
};

// What the functions of one connection share: FTS5's API, and the exact index's tokenizer (unicode61, diacritics
// removed: search_exact's), made when first needed. A connection runs on one thread at a time, and so does this.
struct MarksContext
{
    fts5_api* fts5 = nullptr;
    fts5_tokenizer unicode61{};
    Fts5Tokenizer* exact = nullptr;
    bool tried = false;

    ~MarksContext()
    {
        if (exact) {
            unicode61.xDelete(exact);
        }
    }

    Fts5Tokenizer* exactTokenizer()
    {
        if (!tried) {
            tried = true;
            void* user = nullptr;
            const char* args[] = {"remove_diacritics", "2"}; // search_exact's (CaseSchema.cpp, schema.md)
            if (fts5->xFindTokenizer(fts5, "unicode61", &user, &unicode61) != SQLITE_OK ||
                unicode61.xCreate(user, args, 2, &exact) != SQLITE_OK) {
                exact = nullptr;
            }
        }
        return exact;
    }

    // The words of text as the exact index holds them (case and diacritics folded, not stemmed); nullopt when they
    // cannot be read.
    std::optional<std::vector<std::string>> exactWords(const char* text, int size)
    {
        Fts5Tokenizer* tokenizer = exactTokenizer();
        if (!tokenizer) {
            return std::nullopt;
        }
        std::vector<std::string> words;
        const int rc = unicode61.xTokenize(tokenizer, &words, FTS5_TOKENIZE_DOCUMENT, text, size,
                                           [](void* context, int flags, const char* token, int bytes, int, int) {
                                               if ((flags & FTS5_TOKEN_COLOCATED) == 0) {
                                                   static_cast<std::vector<std::string>*>(context)->emplace_back(
                                                       token, std::size_t(bytes));
                                               }
                                               return SQLITE_OK;
                                           });
        if (rc != SQLITE_OK) {
            return std::nullopt;
        }
        return words;
    }
};

// The words of the query's phrases that must match exactly, as the exact index holds them, by phrase number
// (SearchMarks.h, the EXACT argument); empty when none must.
using ExactPhrases = std::vector<std::optional<std::vector<std::string>>>;

// The EXACT argument read for this query, or nothing (every hit kept, as the table matches it) when it does not fit
// the query FTS5 parsed: as many entries as phrases, each exact one with as many words as its phrase. FTS5 drops a
// phrase without words from a NEAR group and renumbers the rest, and a character Qt counts as a letter may be a
// separator to the tokenizer: marks as the table matches are better than marks checked against the wrong phrase.
ExactPhrases exactPhrasesOf(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_value* value)
{
    ExactPhrases out;
    if (!value || sqlite3_value_type(value) == SQLITE_NULL) {
        return out;
    }
    auto& context = *static_cast<MarksContext*>(api->xUserData(fts));
    const auto* bytes = static_cast<const char*>(sqlite3_value_blob(value));
    const int size = sqlite3_value_bytes(value);
    int begin = 0;
    for (int i = 0; i <= size; ++i) {
        if (i < size && bytes[i] != kExactSeparator) {
            continue;
        }
        const int length = i - begin;
        if (length > 1 && bytes[begin] == '=') {
            auto words = context.exactWords(bytes + begin + 1, length - 1);
            if (!words || int(words->size()) != api->xPhraseSize(fts, int(out.size()))) {
                return {};
            }
            out.emplace_back(std::move(words));
        } else {
            out.emplace_back();
        }
        begin = i + 1;
    }
    if (int(out.size()) != api->xPhraseCount(fts)) {
        return {};
    }
    return out;
}

// The hits of one column in token order, each phrase's hit covering all its words.
Result<std::vector<Hit>> hitsOf(const Fts5ExtensionApi* api, Fts5Context* fts, int column)
{
    int count = 0;
    if (const int rc = api->xInstCount(fts, &count); rc != SQLITE_OK) {
        return Error{ErrorCode::Database, QStringLiteral("cannot read the hits of a search result"), {}};
    }
    std::vector<Hit> hits;
    for (int i = 0; i < count; ++i) {
        int phrase = 0;
        int col = 0;
        int offset = 0;
        if (api->xInst(fts, i, &phrase, &col, &offset) != SQLITE_OK) {
            return Error{ErrorCode::Database, QStringLiteral("cannot read the hits of a search result"), {}};
        }
        if (col == column) {
            hits.push_back({offset, offset + std::max(1, api->xPhraseSize(fts, phrase)) - 1, phrase});
        }
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.first < b.first; });
    return hits;
}

// Hits that overlap made one (for marking: "war crimes" and "crimes" at the same place are one mark); hits side by
// side stay two, as FTS5's highlight() marks them.
std::vector<Hit> merged(const std::vector<Hit>& hits)
{
    std::vector<Hit> out;
    for (const Hit& h : hits) {
        if (!out.empty() && h.first <= out.back().last) {
            out.back().last = std::max(out.back().last, h.last);
        } else {
            out.push_back(h);
        }
    }
    return out;
}

// Counts UTF-16 code units along UTF-8 text, forwards only: each call continues from the last.
class Utf16Counter
{
public:
    explicit Utf16Counter(const char* text) : m_text(reinterpret_cast<const unsigned char*>(text)) {}
    qint64 unitsBefore(int byte)
    {
        for (; m_byte < byte; ++m_byte) {
            const unsigned char c = m_text[m_byte];
            if ((c & 0xC0) != 0x80) {
                m_units += c >= 0xF0 ? 2 : 1; // a lead byte: a character, two units outside the BMP
            }
        }
        return m_units;
    }

private:
    const unsigned char* m_text;
    int m_byte = 0;
    qint64 m_units = 0;
};

// Walks the words of a column's text, calling visit(index, startByte, endByte) for each until it returns false.
template <typename Visit>
// The words are read with the exact index's tokenizer: the stemmed index's (corrob_english, or porter before schema
// version 10) wraps that same unicode61 and gives one word for each of its words, so the places are the same, and
// stemming every word up to a hit only to count it made a search 1.6 times slower.
int walkTokens(const Fts5ExtensionApi* api, Fts5Context* fts, const char* text, int size, Visit& visit)
{
    struct Walk
    {
        Visit* visit;
        int index = -1;
    } walk{&visit};
    const auto step = [](void* context, int flags, const char*, int, int start, int end) {
        auto* w = static_cast<Walk*>(context);
        if ((flags & FTS5_TOKEN_COLOCATED) != 0) {
            return SQLITE_OK; // another form of the word just visited (a synonym): same place, visited once
        }
        ++w->index;
        return (*w->visit)(w->index, start, end) ? SQLITE_OK : SQLITE_DONE;
    };
    auto* context = static_cast<MarksContext*>(api->xUserData(fts));
    Fts5Tokenizer* words = context ? context->exactTokenizer() : nullptr;
    const int rc = words ? context->unicode61.xTokenize(words, &walk, FTS5_TOKENIZE_DOCUMENT, text, size, step)
                         : api->xTokenize(fts, text, size, &walk, step);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

// Takes out of a column's hits (in token order) those of a phrase that must match exactly whose words are only
// another form of it (a stemmed match: "mass graves" for "mass grave"). Reads the text once, up to the last hit it
// must check; with enough > 0, only until the first `enough` hits left are known (the rest stay unchecked). Returns
// an SQLite result code.
int keepExact(const Fts5ExtensionApi* api, Fts5Context* fts, int column, const ExactPhrases& exact,
              std::vector<Hit>& hits, std::size_t enough = 0)
{
    auto mustBeExact = [&exact](const Hit& h) {
        return std::size_t(h.phrase) < exact.size() && exact[std::size_t(h.phrase)].has_value();
    };
    if (std::none_of(hits.begin(), hits.end(), mustBeExact)) {
        return SQLITE_OK;
    }
    const char* text = nullptr;
    int size = 0;
    if (const int rc = api->xColumnText(fts, column, &text, &size); rc != SQLITE_OK || !text) {
        return rc;
    }
    auto* context = static_cast<MarksContext*>(api->xUserData(fts));
    std::vector<int> startOf(hits.size(), -1); // the first byte of each hit to check, once its first word is read
    std::vector<bool> drop(hits.size(), false);
    std::vector<bool> known(hits.size(), false);
    std::vector<std::size_t> open; // hits to check whose first word is read and last is not
    std::size_t begun = 0;         // hits[0, begun) have their first word read
    std::size_t settled = 0;       // hits[0, settled) are known, kept or dropped
    std::size_t kept = 0;          // of those
    int keptUpTo = -1;             // the last word of the kept ones
    auto visit = [&](int index, int start, int end) {
        for (; begun < hits.size() && hits[begun].first <= index; ++begun) {
            known[begun] = !mustBeExact(hits[begun]);
            if (!known[begun]) {
                startOf[begun] = start;
                open.push_back(begun);
            }
        }
        std::erase_if(open, [&](std::size_t h) {
            if (hits[h].last != index) {
                return false;
            }
            const auto words = context->exactWords(text + startOf[h], end - startOf[h]);
            drop[h] = words && words.value() != *exact[std::size_t(hits[h].phrase)]; // unreadable: kept
            known[h] = true;
            return true;
        });
        for (; settled < begun && known[settled]; ++settled) {
            if (!drop[settled]) {
                ++kept;
                keptUpTo = std::max(keptUpTo, hits[settled].last);
            }
        }
        // Enough known, and no hit still open or yet to begin could join the last kept one's mark (merged()).
        if (enough > 0 && kept >= enough && open.empty() && (begun == hits.size() || hits[begun].first > keptUpTo)) {
            return false;
        }
        return settled < hits.size();
    };
    if (const int rc = walkTokens(api, fts, text, size, visit); rc != SQLITE_OK) {
        return rc;
    }
    std::size_t to = 0;
    for (std::size_t from = 0; from < hits.size(); ++from) {
        if (!drop[from]) {
            hits[to++] = hits[from];
        }
    }
    hits.resize(to);
    return SQLITE_OK;
}

void fail(sqlite3_context* context, const char* what)
{
    sqlite3_result_error(context, what, -1);
}

// The first window of kSnippetTokens words of a column holding the most distinct phrases: how many of them and of
// hits, and its first word.
struct Window
{
    int distinct = -1;
    int count = 0;
    int first = 0;
};

Window bestWindow(const std::vector<Hit>& hits, int phrases)
{
    Window best;
    std::vector<int> seen(std::size_t(std::max(phrases, 1)), 0);
    int distinct = 0;
    std::size_t end = 0;
    for (std::size_t begin = 0; begin < hits.size(); ++begin) {
        // A hit belongs to the window it starts in (a quoted phrase may be longer than the window): the window
        // always holds hits[begin], so end > begin and each hit is counted in and out once.
        for (; end < hits.size() && hits[end].first < hits[begin].first + kSnippetTokens; ++end) {
            if (seen[std::size_t(hits[end].phrase)]++ == 0) {
                ++distinct;
            }
        }
        // The first window of the most distinct phrases: a word found once early and thrice further on is shown, and
        // opened, where it is first written.
        const int count = int(end - begin);
        if (distinct > best.distinct) {
            best = {distinct, count, hits[begin].first};
        }
        if (--seen[std::size_t(hits[begin].phrase)] == 0) {
            --distinct;
        }
    }
    return best;
}

// corrob_hits(TABLE, COLUMN, N): see SearchMarks.h.
void hitsFunction(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int argc,
                  sqlite3_value** argv)
{
    if (argc != 2 && argc != 3) {
        fail(context, "corrob_hits takes a column, a count and the exact phrases");
        return;
    }
    const int column = sqlite3_value_int(argv[0]);
    const int limit = sqlite3_value_int(argv[1]);
    const ExactPhrases exact = argc == 3 ? exactPhrasesOf(api, fts, argv[2]) : ExactPhrases();
    auto hits = hitsOf(api, fts, column);
    if (!hits) {
        fail(context, "cannot read the hits of a search result");
        return;
    }
    // One hit is the one the snippet shows, the first of its window (every hit checked to find the window).
    const std::size_t enough = limit == 1 ? 0 : std::size_t(std::max(limit, 0));
    if (const int rc = keepExact(api, fts, column, exact, hits.value(), enough); rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    std::vector<Hit> marks = merged(hits.value());
    if (limit == 1 && marks.size() > 1) {
        const Window window = bestWindow(hits.value(), api->xPhraseCount(fts));
        const auto shown =
            std::find_if(marks.begin(), marks.end(), [&window](const Hit& m) { return m.last >= window.first; });
        if (shown != marks.end()) {
            marks = {*shown};
        }
    }
    const char* text = nullptr;
    int size = 0;
    if (marks.empty() || api->xColumnText(fts, column, &text, &size) != SQLITE_OK || !text) {
        sqlite3_result_text(context, "", 0, SQLITE_STATIC);
        return;
    }
    std::string out;
    Utf16Counter units(text);
    std::size_t next = 0;
    int startByte = 0;
    int found = 0;
    auto visit = [&](int index, int start, int end) {
        if (next >= marks.size()) {
            return false; // every hit read (a tokenizer that reads on after SQLITE_DONE)
        }
        const Hit& h = marks[next];
        if (index == h.first) {
            startByte = start;
        }
        if (index == h.last) {
            if (!out.empty()) {
                out += ' ';
            }
            out += std::to_string(units.unitsBefore(startByte));
            out += ' ';
            out += std::to_string(units.unitsBefore(end));
            if (limit == 1) {
                out += '\t';
                out.append(text + startByte, std::size_t(end - startByte));
            }
            ++found;
            ++next;
        }
        return next < marks.size() && (limit <= 0 || found < limit);
    };
    if (const int rc = walkTokens(api, fts, text, size, visit); rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    sqlite3_result_text(context, out.data(), int(out.size()), SQLITE_TRANSIENT);
}

// corrob_snippet(TABLE): see SearchMarks.h.
void snippetFunction(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int argc,
                     sqlite3_value** argv)
{
    if (argc > 1) {
        fail(context, "corrob_snippet takes the exact phrases alone");
        return;
    }
    const ExactPhrases exact = argc == 1 ? exactPhrasesOf(api, fts, argv[0]) : ExactPhrases();
    const int columns = api->xColumnCount(fts);
    const int phrases = api->xPhraseCount(fts);
    int column = -1;
    Window window;
    std::vector<Hit> hits;
    for (int c = 0; c < columns; ++c) {
        auto found = hitsOf(api, fts, c);
        if (!found) {
            fail(context, "cannot read the hits of a search result");
            return;
        }
        if (const int rc = keepExact(api, fts, c, exact, found.value()); rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
        if (found->empty()) {
            continue;
        }
        // The column whose best window holds the most distinct phrases; on a tie the first (title, statement, body,
        // as the ranking weighs them), however many more times the words recur further on.
        const Window w = bestWindow(found.value(), phrases);
        if (w.distinct > window.distinct) {
            window = w;
            column = c;
            hits = std::move(found).value();
        }
    }
    const char* text = nullptr;
    int size = 0;
    if (column < 0) {
        column = 0; // no hit to show (a row found by what it lacks): the start of the first column with text
        for (int c = 0; c < columns; ++c) {
            if (api->xColumnText(fts, c, &text, &size) == SQLITE_OK && text && size > 0) {
                column = c;
                break;
            }
        }
    }
    if (api->xColumnText(fts, column, &text, &size) != SQLITE_OK || !text || size == 0) {
        sqlite3_result_text(context, "", 0, SQLITE_STATIC);
        return;
    }
    int tokens = 0;
    if (api->xColumnSize(fts, column, &tokens) != SQLITE_OK) {
        tokens = 0;
    }
    // The window's hits centred in it, as FTS5's snippet() does, and kept inside the column.
    int first = window.first;
    if (!hits.empty()) {
        int last = first;
        for (const Hit& h : hits) {
            if (h.first >= window.first && h.first < window.first + kSnippetTokens) {
                last = std::max(last, std::min(h.last, window.first + kSnippetTokens - 1));
            }
        }
        first = std::max(0, window.first - (kSnippetTokens - (last - window.first + 1)) / 2);
        if (tokens > 0 && first + kSnippetTokens > tokens) {
            first = std::max(0, tokens - kSnippetTokens);
        }
    }
    const int lastToken = first + kSnippetTokens - 1;
    const std::vector<Hit> marks = merged(hits);
    std::string out;
    std::size_t next = 0;
    int copied = 0; // bytes of text copied so far
    bool reachedEnd = true;
    int windowEnd = 0; // the end of the window's last word
    auto copyTo = [&](int byte) {
        out.append(text + copied, std::size_t(byte - copied));
        copied = byte;
    };
    auto visit = [&](int index, int start, int end) {
        if (index < first) {
            copied = end; // before the window: left out
            return true;
        }
        if (index > lastToken) {
            reachedEnd = false;
            return false;
        }
        windowEnd = end;
        if (index == first) {
            if (first > 0) {
                out += "\u2026";
                copied = start;
            }
        }
        while (next < marks.size() && marks[next].last < index) {
            ++next;
        }
        const bool opens =
            next < marks.size() && marks[next].first <= index && (index == first || index == marks[next].first);
        if (opens) {
            copyTo(start);
            out += char(kHitStart.unicode());
        }
        if (next < marks.size() && marks[next].first <= index) {
            copyTo(end);
            if (index == marks[next].last || index == lastToken) {
                out += char(kHitEnd.unicode());
            }
        }
        return true;
    };
    if (const int rc = walkTokens(api, fts, text, size, visit); rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    if (reachedEnd) {
        copyTo(size);
    } else {
        copyTo(windowEnd);
        out += "\u2026";
    }
    sqlite3_result_text(context, out.data(), int(out.size()), SQLITE_TRANSIENT);
}

fts5_api* fts5Of(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK) {
        return nullptr;
    }
    sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

namespace {

void foldFunction(sqlite3_context* context, int, sqlite3_value** values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(values[0]));
    const QByteArray folded = text::foldKey(QString::fromUtf8(text, sqlite3_value_bytes(values[0]))).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

} // namespace

Status registerSearchMarks(sqlite3* db)
{
    if (sqlite3_create_function_v2(db, "corrob_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                   &foldFunction, nullptr, nullptr, nullptr) != SQLITE_OK) {
        return Error{ErrorCode::Database, QStringLiteral("cannot register the search's fold function"), {}};
    }
    fts5_api* api = fts5Of(db);
    if (!api || api->iVersion < 2) {
        return Error{ErrorCode::Database, QStringLiteral("this SQLite has no FTS5: a case cannot be searched"), {}};
    }
    auto destroy = [](void* context) {
        delete static_cast<MarksContext*>(context);
    };
    for (auto [name, function] :
         {std::pair{"corrob_snippet", &snippetFunction}, std::pair{"corrob_hits", &hitsFunction}}) {
        auto context = std::make_unique<MarksContext>();
        context->fts5 = api;
        if (api->xCreateFunction(api, name, context.get(), function, destroy) != SQLITE_OK) {
            return Error{ErrorCode::Database, QStringLiteral("cannot register the search's snippet functions"), {}};
        }
        context.release(); // FTS5's now: destroy frees it as the connection closes
    }
    if (!registerSearchRank(api)) {
        return Error{ErrorCode::Database, QStringLiteral("cannot register the search's ranking function"), {}};
    }
    if (!registerSearchStemmer(api)) {
        return Error{ErrorCode::Database, QStringLiteral("cannot register the search's English stemmer"), {}};
    }
    return {};
}

} // namespace corrob::storage
