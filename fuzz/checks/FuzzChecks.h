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

struct Target
{
    const char* name;   // the libFuzzer binary, "<corpus>_…_fuzzer"
    const char* corpus; // fuzz/seeds/<corpus>/ and tests/data/fuzz/<corpus>/
    Check check;
};
// Every target, in the order scripts/fuzz runs them.
std::span<const Target> targets();

} // namespace corrob::fuzz
