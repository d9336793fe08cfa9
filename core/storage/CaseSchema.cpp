// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CaseSchema.h"

#include "core/storage/Database.h"
#include "core/storage/SignatureRepository.h"
#include "core/storage/Statement.h"
#include "core/text/TextSignature.h"

#include <vector>

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

// Version 4: full-text search (docs/decisions/0020-search-index.md). search_docs holds one row per searchable thing
// (doc_id = id * 4 + kind: 0 report, 1 claim, 2 note, 3 source); the search_*_docs views say what it must hold; the
// triggers keep it equal to them in the transaction of every change; two external-content FTS5 indexes read it: one
// stemmed (porter) for words, one exact for quoted phrases. Derived data: built from the case by the migration.
const char* const kSchemaV4 = R"sql(
CREATE TABLE search_docs (
    doc_id    INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('report','claim','note','source')),
    item_id   INTEGER NOT NULL,
    report_id INTEGER,
    title     TEXT NOT NULL DEFAULT '',
    statement TEXT NOT NULL DEFAULT '',
    body      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX search_docs_report ON search_docs(report_id);

CREATE VIEW search_report_docs AS
    SELECT r.id * 4 AS doc_id, 'report' AS kind, r.id AS item_id, r.id AS report_id, r.title AS title,
           '' AS statement, '' AS body
    FROM reports r JOIN report_texts t ON t.report_id = r.id WHERE r.deleted_at IS NULL;
CREATE VIEW search_claim_docs AS
    SELECT c.id * 4 + 1 AS doc_id, 'claim' AS kind, c.id AS item_id, c.report_id AS report_id, '' AS title,
           c.statement AS statement, c.quote AS body
    FROM claims c JOIN reports r ON r.id = c.report_id WHERE r.deleted_at IS NULL;
CREATE VIEW search_note_docs AS
    SELECT n.id * 4 + 2 AS doc_id, 'note' AS kind, n.id AS item_id,
           CASE n.target_kind WHEN 'report' THEN n.target_id
                              WHEN 'claim' THEN (SELECT c.report_id FROM claims c WHERE c.id = n.target_id) END
               AS report_id,
           '' AS title, '' AS statement, n.body AS body
    FROM notes n
    WHERE n.target_kind NOT IN ('report','claim')
       OR (n.target_kind = 'report'
           AND EXISTS (SELECT 1 FROM reports r WHERE r.id = n.target_id AND r.deleted_at IS NULL))
       OR (n.target_kind = 'claim'
           AND EXISTS (SELECT 1 FROM claims c JOIN reports r ON r.id = c.report_id
                       WHERE c.id = n.target_id AND r.deleted_at IS NULL));
CREATE VIEW search_source_docs AS
    SELECT s.id * 4 + 3 AS doc_id, 'source' AS kind, s.id AS item_id, NULL AS report_id, s.name AS title,
           '' AS statement,
           ifnull((SELECT group_concat(a.alias, ' ; ')
                   FROM (SELECT alias FROM source_aliases WHERE source_id = s.id ORDER BY alias_key) a), '') AS body
    FROM sources s;

-- What the indexes read: a report's body is its working text, read where it is kept (not copied), up to its first
-- 16 million characters (a longer text is a data dump: indexing it whole would take gigabytes of memory at import).
CREATE VIEW search_content AS
    SELECT d.doc_id AS doc_id, d.title AS title, d.statement AS statement,
           CASE WHEN d.kind = 'report' THEN (SELECT substr(t.working_text, 1, 16000000) FROM report_texts t
                                             WHERE t.report_id = d.item_id)
                ELSE d.body END AS body
    FROM search_docs d;

CREATE VIRTUAL TABLE search_fts USING fts5(title, statement, body, content='search_content', content_rowid='doc_id',
                                           tokenize='porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE search_exact USING fts5(title, statement, body, content='search_content', content_rowid='doc_id',
                                             tokenize='unicode61 remove_diacritics 2');
INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25(10.0, 5.0, 1.0)');
INSERT INTO search_exact (search_exact, rank) VALUES ('rank', 'bm25(10.0, 5.0, 1.0)');
)sql";

// The triggers of version 4, created once the migration has filled the index.
const char* const kSchemaV4Triggers = R"sql(
CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
    INSERT INTO search_fts (rowid, title, statement, body)
        SELECT doc_id, title, statement, body FROM search_content WHERE doc_id = new.doc_id;
    INSERT INTO search_exact (rowid, title, statement, body)
        SELECT doc_id, title, statement, body FROM search_content WHERE doc_id = new.doc_id;
END;
-- A report's row leaves search_docs while its working text is still there (see search_report_text_bd).
CREATE TRIGGER search_docs_bd BEFORE DELETE ON search_docs BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, statement, body)
        SELECT 'delete', doc_id, title, statement, body FROM search_content WHERE doc_id = old.doc_id;
    INSERT INTO search_exact (search_exact, rowid, title, statement, body)
        SELECT 'delete', doc_id, title, statement, body FROM search_content WHERE doc_id = old.doc_id;
END;
CREATE TRIGGER search_docs_bu BEFORE UPDATE ON search_docs BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, statement, body)
        SELECT 'delete', doc_id, title, statement, body FROM search_content WHERE doc_id = old.doc_id;
    INSERT INTO search_exact (search_exact, rowid, title, statement, body)
        SELECT 'delete', doc_id, title, statement, body FROM search_content WHERE doc_id = old.doc_id;
END;
CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN
    INSERT INTO search_fts (rowid, title, statement, body)
        SELECT doc_id, title, statement, body FROM search_content WHERE doc_id = new.doc_id;
    INSERT INTO search_exact (rowid, title, statement, body)
        SELECT doc_id, title, statement, body FROM search_content WHERE doc_id = new.doc_id;
END;

CREATE TRIGGER search_report_text_ai AFTER INSERT ON report_texts BEGIN
    DELETE FROM search_docs WHERE doc_id = new.report_id * 4;
    INSERT INTO search_docs SELECT * FROM search_report_docs WHERE item_id = new.report_id;
END;
CREATE TRIGGER search_report_text_bu BEFORE UPDATE OF working_text ON report_texts BEGIN
    DELETE FROM search_docs WHERE doc_id = old.report_id * 4;
END;
CREATE TRIGGER search_report_text_au AFTER UPDATE OF working_text ON report_texts BEGIN
    INSERT INTO search_docs SELECT * FROM search_report_docs WHERE item_id = new.report_id;
END;
CREATE TRIGGER search_report_text_bd BEFORE DELETE ON report_texts BEGIN
    DELETE FROM search_docs WHERE doc_id = old.report_id * 4;
END;
CREATE TRIGGER search_report_title_au AFTER UPDATE OF title ON reports BEGIN
    UPDATE search_docs SET title = new.title WHERE doc_id = new.id * 4;
END;
CREATE TRIGGER search_report_deleted_au AFTER UPDATE OF deleted_at ON reports
WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
    DELETE FROM search_docs WHERE report_id = new.id;
    INSERT INTO search_docs SELECT * FROM search_report_docs WHERE item_id = new.id;
    INSERT INTO search_docs SELECT * FROM search_claim_docs WHERE report_id = new.id;
    INSERT INTO search_docs SELECT * FROM search_note_docs WHERE report_id = new.id;
END;
CREATE TRIGGER search_report_ad AFTER DELETE ON reports BEGIN
    DELETE FROM search_docs WHERE report_id = old.id;
END;

CREATE TRIGGER search_claim_ai AFTER INSERT ON claims BEGIN
    INSERT INTO search_docs SELECT * FROM search_claim_docs WHERE item_id = new.id;
    DELETE FROM search_docs WHERE kind = 'note'
        AND item_id IN (SELECT id FROM notes WHERE target_kind = 'claim' AND target_id = new.id);
    INSERT INTO search_docs SELECT * FROM search_note_docs
        WHERE item_id IN (SELECT id FROM notes WHERE target_kind = 'claim' AND target_id = new.id);
END;
CREATE TRIGGER search_claim_au AFTER UPDATE OF report_id, quote, statement ON claims BEGIN
    DELETE FROM search_docs WHERE doc_id = old.id * 4 + 1;
    INSERT INTO search_docs SELECT * FROM search_claim_docs WHERE item_id = new.id;
    DELETE FROM search_docs WHERE kind = 'note'
        AND item_id IN (SELECT id FROM notes WHERE target_kind = 'claim' AND target_id = new.id);
    INSERT INTO search_docs SELECT * FROM search_note_docs
        WHERE item_id IN (SELECT id FROM notes WHERE target_kind = 'claim' AND target_id = new.id);
END;
CREATE TRIGGER search_claim_ad AFTER DELETE ON claims BEGIN
    DELETE FROM search_docs WHERE doc_id = old.id * 4 + 1;
    DELETE FROM search_docs WHERE kind = 'note'
        AND item_id IN (SELECT id FROM notes WHERE target_kind = 'claim' AND target_id = old.id);
END;

CREATE TRIGGER search_note_ai AFTER INSERT ON notes BEGIN
    INSERT INTO search_docs SELECT * FROM search_note_docs WHERE item_id = new.id;
END;
CREATE TRIGGER search_note_au AFTER UPDATE ON notes BEGIN
    DELETE FROM search_docs WHERE doc_id = old.id * 4 + 2;
    INSERT INTO search_docs SELECT * FROM search_note_docs WHERE item_id = new.id;
END;
CREATE TRIGGER search_note_ad AFTER DELETE ON notes BEGIN
    DELETE FROM search_docs WHERE doc_id = old.id * 4 + 2;
END;

CREATE TRIGGER search_source_ai AFTER INSERT ON sources BEGIN
    INSERT INTO search_docs SELECT * FROM search_source_docs WHERE item_id = new.id;
END;
CREATE TRIGGER search_source_au AFTER UPDATE OF name ON sources BEGIN
    DELETE FROM search_docs WHERE doc_id = old.id * 4 + 3;
    INSERT INTO search_docs SELECT * FROM search_source_docs WHERE item_id = new.id;
END;
CREATE TRIGGER search_source_ad AFTER DELETE ON sources BEGIN
    DELETE FROM search_docs WHERE doc_id = old.id * 4 + 3;
END;
CREATE TRIGGER search_alias_ai AFTER INSERT ON source_aliases BEGIN
    DELETE FROM search_docs WHERE doc_id = new.source_id * 4 + 3;
    INSERT INTO search_docs SELECT * FROM search_source_docs WHERE item_id = new.source_id;
END;
CREATE TRIGGER search_alias_au AFTER UPDATE ON source_aliases BEGIN
    DELETE FROM search_docs WHERE doc_id IN (old.source_id * 4 + 3, new.source_id * 4 + 3);
    INSERT INTO search_docs SELECT * FROM search_source_docs WHERE item_id IN (old.source_id, new.source_id);
END;
CREATE TRIGGER search_alias_ad AFTER DELETE ON source_aliases BEGIN
    DELETE FROM search_docs WHERE doc_id = old.source_id * 4 + 3;
    INSERT INTO search_docs SELECT * FROM search_source_docs WHERE item_id = old.source_id;
END;
)sql";

} // namespace

// What the index must hold: every row of the four search_*_docs views.
const char* const kSearchDocsExpected = "SELECT * FROM search_report_docs UNION ALL SELECT * FROM search_claim_docs "
                                        "UNION ALL SELECT * FROM search_note_docs UNION ALL SELECT * FROM "
                                        "search_source_docs";

Status rebuildSearchIndex(Database& db)
{
    // First the indexes made to agree with the documents as they are: the triggers' 'delete' of a document an index
    // does not hold (an index damaged outside Corroborate) is corruption to FTS5, and the repair failed on it. Then
    // the documents made anew, the triggers keeping the indexes in step.
    CORROB_TRY(db.exec(QStringLiteral("INSERT INTO search_fts (search_fts) VALUES ('rebuild'); "
                                      "INSERT INTO search_exact (search_exact) VALUES ('rebuild');")));
    CORROB_TRY(db.exec(QStringLiteral("DELETE FROM search_docs")));
    return db.exec(QStringLiteral("INSERT INTO search_docs ") + QString::fromUtf8(kSearchDocsExpected));
}

namespace {

// Version 5: entities (docs/schema.md, entities). The investigator's
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

// Version 6: dismissed suggestions remember the passage's text (its SHA-256), so a dismissal holds when the
// report's offsets move; the table itself is version 1's.
const char* const kSchemaSuggestions = R"sql(
ALTER TABLE dismissed_suggestions ADD COLUMN passage_sha256 TEXT NOT NULL DEFAULT '';
CREATE INDEX dismissed_suggestions_report ON dismissed_suggestions(report_id);
)sql";

// Version 7: the two lookups an import makes per report that scanned the reports table: the newest report with a URL
// (ReportRepository::newestWithUrl) and the next version of a report (latestVersion, a step per version; also the
// child lookup of previous_version_id's ON DELETE SET NULL when a report is purged). An index entry ends with the
// rowid, so both find their newest row (ORDER BY id DESC LIMIT 1) without sorting.
const char* const kSchemaReportLookups = R"sql(
CREATE INDEX reports_url ON reports(url);
CREATE INDEX reports_previous_version ON reports(previous_version_id);
)sql";

// Version 8: a claim's notes found in search_docs by key. Version 4's claim triggers removed a claim's notes from
// the index with `kind = 'note' AND item_id IN (...)`, which no index serves: every claim added, edited or deleted
// scanned the whole of search_docs (a row per report, claim, note and source; 19 of the 21 ms an edit of a claim took
// in a case of 20,000 reports and 50,000 claims). A note's document is always `id * 4 + 2` (search_note_docs), so the
// same rows are found by the primary key.
const char* const kSchemaClaimNoteTriggers = R"sql(
DROP TRIGGER search_claim_ai;
DROP TRIGGER search_claim_au;
DROP TRIGGER search_claim_ad;
CREATE TRIGGER search_claim_ai AFTER INSERT ON claims BEGIN
    INSERT INTO search_docs SELECT * FROM search_claim_docs WHERE item_id = new.id;
    DELETE FROM search_docs
        WHERE doc_id IN (SELECT id * 4 + 2 FROM notes WHERE target_kind = 'claim' AND target_id = new.id);
    INSERT INTO search_docs SELECT * FROM search_note_docs
        WHERE item_id IN (SELECT id FROM notes WHERE target_kind = 'claim' AND target_id = new.id);
END;
CREATE TRIGGER search_claim_au AFTER UPDATE OF report_id, quote, statement ON claims BEGIN
    DELETE FROM search_docs WHERE doc_id = old.id * 4 + 1;
    INSERT INTO search_docs SELECT * FROM search_claim_docs WHERE item_id = new.id;
    DELETE FROM search_docs
        WHERE doc_id IN (SELECT id * 4 + 2 FROM notes WHERE target_kind = 'claim' AND target_id = new.id);
    INSERT INTO search_docs SELECT * FROM search_note_docs
        WHERE item_id IN (SELECT id FROM notes WHERE target_kind = 'claim' AND target_id = new.id);
END;
CREATE TRIGGER search_claim_ad AFTER DELETE ON claims BEGIN
    DELETE FROM search_docs WHERE doc_id = old.id * 4 + 1;
    DELETE FROM search_docs
        WHERE doc_id IN (SELECT id * 4 + 2 FROM notes WHERE target_kind = 'claim' AND target_id = old.id);
END;
)sql";

// Version 9: the reports read from a file of a given name (ReportRepository::newestWithFileName), so that a short
// article captured again after a small change is a new version of the one read from that file although the change
// took its similarity below the near-duplicate threshold (docs/decisions/0009, addendum of round 10).
const char* const kSchemaReportFileNames = R"sql(
CREATE INDEX reports_file_name ON reports(file_name);
)sql";

// Version 10: the stemmed index reads with Snowball's English stemmer (Porter2) in place of FTS5's porter (Porter's
// algorithm of 1980: "die" did not find "died", "crisis" not "crises", and "news" found "new"); decision 0020, addendum
// of round 23. The index is made again from the case's text (fillSearchIndex).
const char* const kSchemaEnglishStemmer = R"sql(
DROP TABLE search_fts;
CREATE VIRTUAL TABLE search_fts USING fts5(title, statement, body, content='search_content', content_rowid='doc_id',
                                           tokenize='corrob_english unicode61 remove_diacritics 2');
INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25(10.0, 5.0, 1.0)');
)sql";

// Signs every report already in the case, one working text at a time.
Status signExistingReports(Database& db, const StepProgress& progress)
{
    qint64 total = 0;
    if (progress) {
        auto n = db.queryInt(QStringLiteral("SELECT count(*) FROM report_texts"));
        CORROB_TRY(n);
        total = n.value();
        progress(0, total);
    }
    qint64 done = 0;
    auto reports = db.prepare(QStringLiteral("SELECT report_id, working_text FROM report_texts ORDER BY report_id"));
    CORROB_TRY(reports);
    auto ranges = db.prepare(QStringLiteral("SELECT start, \"end\" FROM excluded_ranges WHERE report_id = ?"));
    CORROB_TRY(ranges);
    SignatureRepository signatures(db);
    while (true) {
        auto row = reports->step();
        CORROB_TRY(row);
        if (!row.value()) {
            return {};
        }
        const qint64 id = reports->int64(0);
        text::SkipRanges skip;
        ranges->reset();
        ranges->bind(1, id);
        while (true) {
            auto r = ranges->step();
            CORROB_TRY(r);
            if (!r.value()) {
                break;
            }
            skip.emplace_back(ranges->int64(0), ranges->int64(1));
        }
        CORROB_TRY(signatures.store(ReportId(id), text::computeSignature(reports->text(1), std::move(skip))));
        if (progress) {
            progress(++done, total);
        }
    }
}

// Fills the FTS5 indexes `tables` from search_docs a slice of documents at a time, in doc_id order (what FTS5's
// 'rebuild' reads, so the index is the same), saying how many documents are indexed. The search index of a case that
// had none (version 4) gets search_docs from the views first.
Status fillSearchIndex(Database& db, const StepProgress& progress,
                       std::initializer_list<const char*> tables = {"search_fts", "search_exact"})
{
    auto total = db.queryInt(QStringLiteral("SELECT count(*) FROM search_docs"));
    CORROB_TRY(total);
    auto bound = db.prepare(
        QStringLiteral("SELECT max(doc_id), count(*) FROM (SELECT doc_id FROM search_docs WHERE doc_id > ? ORDER BY "
                       "doc_id LIMIT 256)"));
    CORROB_TRY(bound);
    std::vector<Statement> fill;
    for (const char* table : tables) {
        auto insert = db.prepare(QStringLiteral("INSERT INTO %1 (rowid, title, statement, body) SELECT doc_id, title, "
                                                "statement, body FROM search_content WHERE doc_id > ? AND doc_id <= ? "
                                                "ORDER BY doc_id")
                                     .arg(QLatin1StringView(table)));
        CORROB_TRY(insert);
        fill.push_back(std::move(insert).value());
    }
    qint64 done = 0;
    qint64 after = -1;
    if (progress) {
        progress(0, total.value());
    }
    while (true) {
        bound->reset();
        bound->bind(1, after);
        auto row = bound->step();
        CORROB_TRY(row);
        if (!row.value() || bound->isNull(0)) {
            return {};
        }
        const qint64 last = bound->int64(0);
        const qint64 count = bound->int64(1);
        for (Statement& insert : fill) {
            insert.reset();
            insert.bind(1, after).bind(2, last);
            CORROB_TRY(insert.step());
        }
        after = last;
        done += count;
        if (progress) {
            progress(done, total.value());
        }
    }
}

} // namespace

const std::vector<Migration>& caseMigrations()
{
    static const std::vector<Migration> migrations = {
        {1, QStringLiteral("reports, sources, claims, links, tags, notes, audit log"),
         [](Database& db) {
             return db.exec(QString::fromUtf8(kSchemaV1));
         }},
        {2, QStringLiteral("text signatures for near-duplicate detection"), nullptr,
         [](Database& db, const StepProgress& progress) -> Status {
             CORROB_TRY(db.exec(QString::fromUtf8(kSchemaV2)));
             return signExistingReports(db, progress);
         }},
        {3, QStringLiteral("deleted reports kept until purged"),
         [](Database& db) {
             return db.exec(QString::fromUtf8(kSchemaV3));
         }},
        {4, QStringLiteral("full-text search index"), nullptr,
         [](Database& db, const StepProgress& progress) -> Status {
             CORROB_TRY(db.exec(QString::fromUtf8(kSchemaV4)));
             CORROB_TRY(db.exec(QStringLiteral("INSERT INTO search_docs ") + QString::fromUtf8(kSearchDocsExpected)));
             CORROB_TRY(fillSearchIndex(db, progress));
             return db.exec(QString::fromUtf8(kSchemaV4Triggers));
         }},
        {5, QStringLiteral("entities, their aliases and mentions"),
         [](Database& db) {
             return db.exec(QString::fromUtf8(kSchemaEntities));
         }},
        {6, QStringLiteral("dismissed suggestions keep the passage's text hash"),
         [](Database& db) {
             return db.exec(QString::fromUtf8(kSchemaSuggestions));
         }},
        {7, QStringLiteral("indexes for the lookups of a report's URL and next version"),
         [](Database& db) {
             return db.exec(QString::fromUtf8(kSchemaReportLookups));
         }},
        {8, QStringLiteral("a claim's notes found in the search index by key"),
         [](Database& db) {
             return db.exec(QString::fromUtf8(kSchemaClaimNoteTriggers));
         }},
        {9, QStringLiteral("an index of the file each report was read from"),
         [](Database& db) {
             return db.exec(QString::fromUtf8(kSchemaReportFileNames));
         }},
        {10, QStringLiteral("the search index made again with a better English stemmer"), nullptr,
         [](Database& db, const StepProgress& progress) -> Status {
             CORROB_TRY(db.exec(QString::fromUtf8(kSchemaEnglishStemmer)));
             return fillSearchIndex(db, progress, {"search_fts"});
         }},
    };
    return migrations;
}

int caseSchemaVersion()
{
    return latestVersion(caseMigrations());
}

} // namespace corrob::storage
