// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace corrob::search {

// The words of a case's index that a query typed another way cannot reach through the index's own folding
// (docs/decisions/0026-search-vocabulary.md): words in Cyrillic, Greek, Arabic and other scripts, which a query typed
// in Latin letters finds by their romanisation (Παπαδόπουλος from "Papadopoulos", Харькова from "Kharkova") or, for
// Arabic, by their consonants (لافروف from "Lavrov"); and words whose letters FTS5's unicode61 keeps as they are
// (Greek accents, the Arabic hamza, ł ø đ æ œ), which a query typed without them finds (Αθήνα from "Αθηνα", Łódź from
// "Lodz"). Built from the index's terms that begin past U+007F (what unicode61 leaves there is exactly these).
//
// Pure and immutable once built: one instance may be shared by every thread that searches the case.
class ScriptVocabulary
{
public:
    // At most this many terms for one word of a query (a short prefix matches many).
    static constexpr qsizetype kMaxTerms = 24;

    ScriptVocabulary() = default;
    // terms: as the index stores them (case-folded).
    explicit ScriptVocabulary(const QStringList& terms);

    // The index's terms that `word` (one word of a query, as typed) may mean, other than those the index finds for it
    // by itself: with `prefix`, the terms whose key begins with the word's. The shortest first, at most kMaxTerms.
    [[nodiscard]] QStringList termsFor(const QString& word, bool prefix) const;
    // The index's inflected forms of a Cyrillic word: the terms that are the word, or the word without its ending,
    // with an ending of at most kMaxEnding letters (Харьков: Харькова, Харькове; Зеленський: Зеленського; Одеса:
    // Одесі), and Ukrainian's і turned into о, е or є as a syllable opens (Харків: Харкова; Київ: Києва, Києві).
    // Empty for a word in another script.
    [[nodiscard]] QStringList inflectionsOf(const QString& word) const;
    static constexpr qsizetype kMaxEnding = 3;
    [[nodiscard]] bool isEmpty() const { return m_bare.empty(); }

private:
    using Keyed = std::vector<std::pair<QString, QString>>; // key -> term, sorted by key then term
    Keyed m_bare;                                           // every term, by looseFold
    Keyed m_latin;      // terms in another script than Latin, by the latinKey of each of their romanisations
    Keyed m_consonants; // Arabic-script terms, by arabicConsonants
};

// The keys of a name as Latin letters, one per way of romanising it (at most 64): each word's ASCII letters after
// looseFold, a word of another script in each of its romanisations (search::transliterations, with the news
// endings), words joined by a space. Two names whose key lists share a key name the same person or body written in
// two scripts: "Γεώργιος Παπαδόπουλος" and "Georgios Papadopoulos", "Андрій Мельник" and "Andriy Melnyk".
QStringList nameKeys(const QString& name);

// foldKey (case and marks) with the letters that have no decomposition written as their base letters: ł l, ø o, đ d,
// ð d, þ th, æ ae, œ oe, ß ss, ı i. "Łódź" -> "lodz".
QString looseFold(const QString& word);
// The words looseFold would make `word` of, for a word of ASCII letters and digits: every choice of ł ø đ ð ı æ œ þ
// for the letters they fold to (Wroclaw: wrocław; Bjornstad: bjørnstad; Yildirim: yıldırım), lower case, at most
// kMaxUnfolded, the word itself not among them. Empty for any other word or one shorter than three letters. ß is not
// among the letters: orthographic spellings add it.
QStringList unfoldedSpellings(const QString& word);
inline constexpr qsizetype kMaxUnfolded = 256;
// A romanised word as a key: its ASCII letters and digits in lower case, nothing else ("Khar'kova" -> "kharkova").
QString latinKey(const QString& latin);
// The consonants of a Latin-letter word as Arabic script writes them, one letter a class (b and p alike, f and v,
// g and j, k c q; vowels, w and y dropped; kh, sh, ch, zh, gh, th, dh read as one; doubled
// classes once): "Lavrov" -> "lfrf", "Zelensky" -> "zlnsk". Empty for a word with a letter outside a-z.
QString latinConsonants(const QString& latin);
// The consonants of an Arabic-script word in the same classes (long vowels, alif, hamza, ʿayn and tāʾ marbūṭa
// dropped; تش read as ch): "لافروف" -> "lfrf". Empty for a word with a letter outside the Arabic block.
QString arabicConsonants(const QString& arabic);

} // namespace corrob::search
