// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CaseSchema.h"

#include "core/storage/Database.h"
#include "core/storage/SignatureRepository.h"
#include "core/text/TextSignature.h"

namespace corrob::storage {
namespace {

// Version 1: everything product.md describes. Offsets (anchor_start, anchor_end, start, end) are UTF-16 code
// units of the report's working text (docs/decisions/0001-anchor-units.md).
const char* const kSchemaV1 = R"sql(
CREATE TABLE case_meta (
    key   TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

CREATE TABLE sources (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT NOT NULL,
    name_key              TEXT NOT NULL,
    kind                  TEXT NOT NULL DEFAULT 'other',
    affiliation_id        INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    reliability           TEXT CHECK (reliability IN ('A','B','C','D','E','F')),
    reliability_rationale TEXT,
    created_at            TEXT NOT NULL
);
CREATE INDEX sources_name_key ON sources(name_key);

CREATE TABLE source_aliases (
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    alias_key TEXT NOT NULL,
    PRIMARY KEY (source_id, alias_key)
) WITHOUT ROWID;
CREATE INDEX source_aliases_key ON source_aliases(alias_key);

CREATE TABLE reports (
    id                  INTEGER PRIMARY KEY,
    sha256              TEXT NOT NULL,
    title               TEXT NOT NULL DEFAULT '',
    outlet_id           INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    republished_by_id   INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    author              TEXT,
    translation_credit  TEXT,
    published           TEXT,
    published_precision TEXT CHECK (published_precision IN ('year','month','day','time')),
    url                 TEXT,
    language            TEXT,
    file_name           TEXT,
    import_method       TEXT NOT NULL,
    captured_at         TEXT NOT NULL,
    media_type          TEXT NOT NULL,
    encoding            TEXT NOT NULL,
    warnings            TEXT NOT NULL DEFAULT '[]',
    chars               INTEGER NOT NULL,
    previous_version_id INTEGER REFERENCES reports(id) ON DELETE SET NULL,
    near_duplicate_of   INTEGER REFERENCES reports(id) ON DELETE SET NULL
);
CREATE INDEX reports_sha256 ON reports(sha256);

-- The evidentiary copy, kept apart so listing reports never reads it.
CREATE TABLE report_originals (
    report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
    bytes     BLOB NOT NULL
);

CREATE TABLE report_texts (
    report_id    INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
    working_text TEXT NOT NULL
);

CREATE TABLE excluded_ranges (
    id        INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    start     INTEGER NOT NULL CHECK (start >= 0),
    "end"     INTEGER NOT NULL CHECK ("end" > start),
    reason    TEXT NOT NULL DEFAULT '',
    origin    TEXT NOT NULL DEFAULT 'import' CHECK (origin IN ('import','user'))
);
CREATE INDEX excluded_ranges_report ON excluded_ranges(report_id);

CREATE TABLE claims (
    id           INTEGER PRIMARY KEY,
    report_id    INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    anchor_start INTEGER NOT NULL CHECK (anchor_start >= 0),
    anchor_end   INTEGER NOT NULL CHECK (anchor_end >= anchor_start),
    quote        TEXT NOT NULL,
    prefix       TEXT NOT NULL DEFAULT '',
    suffix       TEXT NOT NULL DEFAULT '',
    orphaned     INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0,1)),
    statement    TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL DEFAULT 'other',
    source_id    INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    credibility  INTEGER CHECK (credibility BETWEEN 1 AND 6),
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX claims_report ON claims(report_id, anchor_start);
CREATE INDEX claims_source ON claims(source_id);

CREATE TABLE links (
    id            INTEGER PRIMARY KEY,
    from_claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    to_claim_id   INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    type          TEXT NOT NULL
                  CHECK (type IN ('corroborates','contradicts','repeats','updates','elaborates')),
    note          TEXT,
    confidence    REAL CHECK (confidence BETWEEN 0 AND 1),
    author        TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    CHECK (from_claim_id <> to_claim_id),
    UNIQUE (from_claim_id, to_claim_id, type)
);
CREATE INDEX links_to ON links(to_claim_id);

CREATE TABLE tags (
    id          INTEGER PRIMARY KEY,
    parent_id   INTEGER REFERENCES tags(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    colour      TEXT NOT NULL DEFAULT '#f2c94c',
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX tags_sibling_name ON tags(ifnull(parent_id, 0), name);

CREATE TABLE claim_tags (
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX claim_tags_tag ON claim_tags(tag_id);

CREATE TABLE notes (
    id          INTEGER PRIMARY KEY,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('case','report','claim','link','source')),
    target_id   INTEGER NOT NULL DEFAULT 0,
    body        TEXT NOT NULL,
    author      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX notes_target ON notes(target_kind, target_id);

CREATE TABLE dismissed_suggestions (
    id              INTEGER PRIMARY KEY,
    claim_id        INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    report_id       INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    target_claim_id INTEGER REFERENCES claims(id) ON DELETE CASCADE,
    dismissed_by    TEXT NOT NULL,
    dismissed_at    TEXT NOT NULL
);
CREATE INDEX dismissed_suggestions_claim ON dismissed_suggestions(claim_id);

-- Append-only, hash-chained: hash = SHA-256 over (seq, at, actor, action, payload, prev_hash).
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    payload   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
)sql";

// Version 2: text signatures for near-duplicate detection (docs/decisions/0007-text-import-inference.md).
// One row per report with the key of its normalised text and its MinHash; 16 band hashes per report for
// locality-sensitive lookup. Derived data: rebuilt from the working texts when the case is upgraded.
const char* const kSchemaV2 = R"sql(
CREATE TABLE report_signatures (
    report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
    text_key  TEXT NOT NULL,
    words     INTEGER NOT NULL,
    minhash   BLOB NOT NULL
);
CREATE INDEX report_signatures_text_key ON report_signatures(text_key);

CREATE TABLE report_signature_bands (
    band      INTEGER NOT NULL,
    hash      INTEGER NOT NULL,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    PRIMARY KEY (band, hash, report_id)
) WITHOUT ROWID;
CREATE INDEX report_signature_bands_report ON report_signature_bands(report_id);
)sql";

// Version 3: deleting a report (docs/schema.md, reports). A deleted report keeps its row, original, text and ranges
// (so undo restores it, in this session or from the audit trail) until a purge removes them; every list of reports
// skips rows whose deleted_at is set.
const char* const kSchemaV3 = R"sql(
ALTER TABLE reports ADD COLUMN deleted_at TEXT;
)sql";

// Version 4 (renumbered 5 at merge, after the search index): entities (docs/schema.md, entities). The investigator's
// decisions are the entities and aliases; the mentions are derived, cached per report row (one version of a
// report) with the extractor version that computed them, and recomputed in the background when missing.
const char* const kSchemaEntities = R"sql(
CREATE TABLE entities (
    id         INTEGER PRIMARY KEY,
    canonical  TEXT NOT NULL,
    type       TEXT NOT NULL CHECK (type IN ('person','organisation','place','unit')),
    confirmed  INTEGER NOT NULL DEFAULT 0,
    deleted    INTEGER NOT NULL DEFAULT 0,
    source_id  INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE entity_aliases (
    alias_key TEXT PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    origin    TEXT NOT NULL CHECK (origin IN ('name','found','investigator'))
) WITHOUT ROWID;
CREATE INDEX entity_aliases_entity ON entity_aliases(entity_id);

CREATE TABLE entity_mentions (
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      TEXT NOT NULL,
    name_key  TEXT NOT NULL,
    text_key  TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (report_id, start)
) WITHOUT ROWID;
CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id, report_id);

CREATE TABLE entity_scans (
    report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
    extractor INTEGER NOT NULL
);
)sql";

// Signs every report already in the case, one working text at a time.
Status signExistingReports(Database& db)
{
    auto reports = db.prepare(QStringLiteral("SELECT report_id, working_text FROM report_texts ORDER BY report_id"));
    if (!reports) {
        return reports.error();
    }
    auto ranges = db.prepare(QStringLiteral("SELECT start, \"end\" FROM excluded_ranges WHERE report_id = ?"));
    if (!ranges) {
        return ranges.error();
    }
    SignatureRepository signatures(db);
    while (true) {
        auto row = reports->step();
        if (!row) {
            return row.error();
        }
        if (!row.value()) {
            return {};
        }
        const qint64 id = reports->int64(0);
        text::SkipRanges skip;
        ranges->reset();
        ranges->bind(1, id);
        while (true) {
            auto r = ranges->step();
            if (!r) {
                return r.error();
            }
            if (!r.value()) {
                break;
            }
            skip.emplace_back(ranges->int64(0), ranges->int64(1));
        }
        if (auto s = signatures.store(ReportId(id), text::computeSignature(reports->text(1), std::move(skip))); !s) {
            return s;
        }
    }
}

} // namespace

const std::vector<Migration>& caseMigrations()
{
    static const std::vector<Migration> migrations = {
        {1, QStringLiteral("reports, sources, claims, links, tags, notes, audit log"),
         [](Database& db) { return db.exec(QString::fromUtf8(kSchemaV1)); }},
        {2, QStringLiteral("text signatures for near-duplicate detection"),
         [](Database& db) -> Status {
             if (auto s = db.exec(QString::fromUtf8(kSchemaV2)); !s) {
                 return s;
             }
             return signExistingReports(db);
         }},
        {3, QStringLiteral("deleted reports kept until purged"),
         [](Database& db) {
             return db.exec(QString::fromUtf8(kSchemaV3));
         }},
        // Written as 4 on this branch; the lead renumbers it 5 at merge (the search index is 4).
        {4, QStringLiteral("entities, their aliases and mentions"),
         [](Database& db) { return db.exec(QString::fromUtf8(kSchemaEntities)); }},
    };
    return migrations;
}

int caseSchemaVersion()
{
    return latestVersion(caseMigrations());
}

} // namespace corrob::storage
