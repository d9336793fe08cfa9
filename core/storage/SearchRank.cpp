// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SearchRank.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

namespace corrob::storage {
namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// What is the same for every row of one query: each phrase's group, each group's IDF, the mean document length.
struct QueryStats
{
    std::vector<int> groupOf; // by phrase
    std::vector<double> idf;  // by group
    double meanLength = 1.0;
};

// The groups of GROUPS for phrases phrases; each phrase its own when GROUPS does not name every one.
std::vector<int> groupsOf(const char* spec, int phrases)
{
    std::vector<int> out;
    std::string text = spec ? spec : "";
    const char* at = text.c_str();
    while (*at) {
        char* end = nullptr;
        const long g = std::strtol(at, &end, 10);
        if (end == at || g < 0 || g >= phrases) {
            out.clear();
            break;
        }
        out.push_back(int(g));
        at = end;
        while (*at == ' ') {
            ++at;
        }
    }
    if (int(out.size()) != phrases) {
        out.resize(std::size_t(phrases));
        for (int i = 0; i < phrases; ++i) {
            out[std::size_t(i)] = i;
        }
    }
    return out;
}

int collectRowid(const Fts5ExtensionApi* api, Fts5Context* fts, void* user)
{
    static_cast<std::vector<sqlite3_int64>*>(user)->push_back(api->xRowid(fts));
    return SQLITE_OK;
}

// The statistics of the query, read once (FTS5 keeps them with the query) as bm25 reads its own.
int statsOf(const Fts5ExtensionApi* api, Fts5Context* fts, const char* groupsSpec, QueryStats*& out)
{
    out = static_cast<QueryStats*>(api->xGetAuxdata(fts, 0));
    if (out) {
        return SQLITE_OK;
    }
    auto stats = std::make_unique<QueryStats>();
    const int phrases = api->xPhraseCount(fts);
    stats->groupOf = groupsOf(groupsSpec, phrases);
    const int groups = phrases == 0 ? 0 : *std::max_element(stats->groupOf.begin(), stats->groupOf.end()) + 1;
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK) {
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    }
    if (rc != SQLITE_OK) {
        return rc;
    }
    stats->meanLength = rows > 0 ? double(tokens) / double(rows) : 1.0;
    if (stats->meanLength <= 0) {
        stats->meanLength = 1.0;
    }
    // The documents each group's phrases are in: rowids in order per phrase, merged per group.
    std::vector<std::vector<sqlite3_int64>> documents(static_cast<std::size_t>(groups));
    for (int p = 0; p < phrases; ++p) {
        std::vector<sqlite3_int64>& in = documents[std::size_t(stats->groupOf[std::size_t(p)])];
        const std::size_t before = in.size();
        rc = api->xQueryPhrase(fts, p, &in, &collectRowid);
        if (rc != SQLITE_OK) {
            return rc;
        }
        if (before > 0) {
            std::inplace_merge(in.begin(), in.begin() + std::ptrdiff_t(before), in.end());
            in.erase(std::unique(in.begin(), in.end()), in.end());
        }
    }
    stats->idf.resize(std::size_t(groups));
    for (int g = 0; g < groups; ++g) {
        const double hits = double(documents[std::size_t(g)].size());
        const double idf = std::log((0.5 + double(rows) - hits) / (0.5 + hits));
        stats->idf[std::size_t(g)] = idf <= 0.0 ? 1e-6 : idf; // as bm25: a word in most documents still counts a bit
    }
    rc = api->xSetAuxdata(fts, stats.get(), [](void* p) { delete static_cast<QueryStats*>(p); });
    if (rc != SQLITE_OK) {
        return rc;
    }
    out = stats.release();
    return SQLITE_OK;
}

void rankFunction(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int argc,
                  sqlite3_value** argv)
{
    const int columns = api->xColumnCount(fts);
    // The weights, then GROUPS (a text) if given last.
    const bool hasGroups = argc > 0 && sqlite3_value_type(argv[argc - 1]) == SQLITE_TEXT;
    const int weightCount = hasGroups ? argc - 1 : argc;
    const char* groupsSpec = hasGroups ? reinterpret_cast<const char*>(sqlite3_value_text(argv[argc - 1])) : nullptr;
    QueryStats* stats = nullptr;
    if (const int rc = statsOf(api, fts, groupsSpec, stats); rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    std::vector<double> frequency(stats->idf.size(), 0.0);
    int instances = 0;
    if (const int rc = api->xInstCount(fts, &instances); rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (const int rc = api->xInst(fts, i, &phrase, &column, &offset); rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
        const double weight =
            column >= 0 && column < weightCount && column < columns ? sqlite3_value_double(argv[column]) : 1.0;
        if (phrase >= 0 && std::size_t(phrase) < stats->groupOf.size()) {
            frequency[std::size_t(stats->groupOf[std::size_t(phrase)])] += weight;
        }
    }
    int length = 0;
    if (const int rc = api->xColumnSize(fts, -1, &length); rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    const double norm = kK1 * (1.0 - kB + kB * double(length) / stats->meanLength);
    double score = 0.0;
    for (std::size_t g = 0; g < frequency.size(); ++g) {
        score += stats->idf[g] * (frequency[g] * (kK1 + 1.0)) / (frequency[g] + norm);
    }
    sqlite3_result_double(context, -score);
}

} // namespace

bool registerSearchRank(fts5_api* api)
{
    return api->xCreateFunction(api, "corrob_rank", nullptr, &rankFunction, nullptr) == SQLITE_OK;
}

} // namespace corrob::storage
