// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <span>

namespace corrob::fuzz {

// What each fuzz target checks, shared by the libFuzzer entry points (fuzz/*_fuzzer.cpp) and the regression test
// that replays seeds and reproducers with the normal build (tests/core/fuzz/FuzzRegressionTest.cpp). A check feeds
// the bytes through the code under test and returns the first promise it found broken ("the working text is
// empty"), or an empty string when every promise held. Crashes, hangs and sanitizer reports are found by running
// it, not returned.
using Check = QString (*)(const QByteArray& bytes);

// text::decodeText, decodeWindows1252, normalizeWorkingText: the normaliser is idempotent, Windows-1252 maps byte
// for code unit, a failure says why.
QString checkTextDecoder(const QByteArray& bytes);
// io::HtmlImporter::read: a report (non-empty text, original kept, ranges in bounds) or an Error with a message.
QString checkHtmlImporter(const QByteArray& bytes);
// io::MarkdownImporter::read and io::PlainTextImporter::read on the same bytes: the same promises.
QString checkMarkdownImporter(const QByteArray& bytes);
// io::PdfImporter::read (poppler, reading order, line joining, page markers): the same promises, and every page
// marker an excluded range.
QString checkPdfImporter(const QByteArray& bytes);
// The bytes written to a case file in a temporary folder and opened (migrations included), then read through the
// public read paths: title, reports (texts, ranges, originals), claims, links, sources, tags and their paths,
// notes, the corroboration analysis and verify. Each either answers or fails with an Error with a message.
QString checkCaseOpener(const QByteArray& bytes);
// exchange::parseW3cAnnotations on the bytes, planned against a small case (two reports, a claim) and imported:
// the ImportAnnotations edit applied, undone, redone and undone. A failure has a message; every annotation is placed
// or listed as unplaced with a reason; a placed span lies in its report's text; the edit adds exactly its claims and
// undo removes them (redo with the same ids).
QString checkW3cAnnotations(const QByteArray& bytes);
// The bytes as a case bundle (a zip) given to exchange::importCaseBundle: either a case that opens, verifies and
// reads (the case opener's read paths), or an Error with a message and nothing left behind (no case, no staging
// folder).
QString checkBundleImporter(const QByteArray& bytes);
// The bytes (UTF-8) as a search query: search::parseQuery gives a tree of the documented shape (And, Or, Near with
// two or more children, Not only under And, every term and phrase with a letter or digit), and the query runs on a
// small case (searchCase, searchHitsInReport, and each line as a term of batchSearch) without an error: every text
// is a query.
QString checkSearchQuery(const QByteArray& bytes);

struct Target
{
    const char* name;   // the libFuzzer binary, "<corpus>_…_fuzzer"
    const char* corpus; // fuzz/seeds/<corpus>/ and tests/data/fuzz/<corpus>/
    Check check;
};
// Every target, in the order scripts/fuzz runs them.
std::span<const Target> targets();

} // namespace corrob::fuzz
