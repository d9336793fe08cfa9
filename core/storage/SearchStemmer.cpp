// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SearchStemmer.h"

#include <libstemmer.h>
#include <sqlite3.h>

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace corrob::storage {
namespace {

constexpr int kMinStemmed = 3;  // shorter words are left as they are (as FTS5's porter does)
constexpr int kMaxStemmed = 64; // longer ones are no English words (a URL, a hash)

// One instance per FTS5 table and connection (so one thread at a time): the parent tokenizer and a stemmer of its
// own (a libstemmer stemmer keeps state between calls).
struct Stemmer
{
    fts5_tokenizer parent{};
    Fts5Tokenizer* parentInstance = nullptr;
    sb_stemmer* english = nullptr;

    ~Stemmer()
    {
        if (parentInstance) {
            parent.xDelete(parentInstance);
        }
        if (english) {
            sb_stemmer_delete(english);
        }
    }
};

struct Call
{
    Stemmer* stemmer = nullptr;
    void* context = nullptr;
    int (*token)(void*, int, const char*, int, int, int) = nullptr;
};

// Plurals Porter2 leaves apart from their singular ("crises" is "crise", "crisis" "crisi"; "theses" is "these", the
// pronoun) or stems apart ("buses" "buse"), taken as the singular before stemming. Only words that are nothing else.
const char* singularOf(const char* token, int size)
{
    static constexpr std::array<std::pair<std::string_view, const char*>, 7> kPlurals = {{
        {"buses", "bus"},
        {"crises", "crisis"},
        {"gases", "gas"},
        {"hypotheses", "hypothesis"},
        {"oases", "oasis"},
        {"syntheses", "synthesis"},
        {"theses", "thesis"},
    }};
    const std::string_view word(token, std::size_t(size));
    for (const auto& [plural, singular] : kPlurals) {
        if (word == plural) {
            return singular;
        }
    }
    return nullptr;
}

bool isAsciiWord(const char* token, int size)
{
    for (int i = 0; i < size; ++i) {
        const char c = token[i];
        if (c < 'a' || c > 'z') { // the parent folded case: an upper-case letter is another script's
            return false;
        }
    }
    return true;
}

int stemToken(void* context, int flags, const char* token, int size, int start, int end)
{
    auto* call = static_cast<Call*>(context);
    if (size >= kMinStemmed && size <= kMaxStemmed && isAsciiWord(token, size)) {
        if (const char* singular = singularOf(token, size)) {
            token = singular;
            size = int(std::char_traits<char>::length(singular));
        }
        const sb_symbol* stem =
            sb_stemmer_stem(call->stemmer->english, reinterpret_cast<const sb_symbol*>(token), size);
        if (!stem) {
            return SQLITE_NOMEM;
        }
        return call->token(call->context, flags, reinterpret_cast<const char*>(stem),
                           sb_stemmer_length(call->stemmer->english), start, end);
    }
    return call->token(call->context, flags, token, size, start, end);
}

int create(void* api, const char** args, int count, Fts5Tokenizer** out)
{
    auto* fts5 = static_cast<fts5_api*>(api);
    auto stemmer = std::make_unique<Stemmer>();
    const char* parentName = count > 0 ? args[0] : "unicode61";
    void* parentData = nullptr;
    int rc = fts5->xFindTokenizer(fts5, parentName, &parentData, &stemmer->parent);
    if (rc != SQLITE_OK) {
        return rc;
    }
    rc = stemmer->parent.xCreate(parentData, count > 0 ? args + 1 : nullptr, count > 0 ? count - 1 : 0,
                                 &stemmer->parentInstance);
    if (rc != SQLITE_OK) {
        stemmer->parentInstance = nullptr;
        return rc;
    }
    stemmer->english = sb_stemmer_new("english", "UTF_8");
    if (!stemmer->english) {
        return SQLITE_NOMEM;
    }
    *out = reinterpret_cast<Fts5Tokenizer*>(stemmer.release());
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer* tokenizer)
{
    delete reinterpret_cast<Stemmer*>(tokenizer);
}

int tokenize(Fts5Tokenizer* tokenizer, void* context, int flags, const char* text, int size,
             int (*token)(void*, int, const char*, int, int, int))
{
    auto* stemmer = reinterpret_cast<Stemmer*>(tokenizer);
    Call call{stemmer, context, token};
    return stemmer->parent.xTokenize(stemmer->parentInstance, &call, flags, text, size, &stemToken);
}

} // namespace

bool registerSearchStemmer(fts5_api* api)
{
    fts5_tokenizer tokenizer{&create, &destroy, &tokenize};
    return api->xCreateTokenizer(api, "corrob_english", api, &tokenizer, nullptr) == SQLITE_OK;
}

} // namespace corrob::storage
