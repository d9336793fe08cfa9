// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/Spellings.h"

#include "core/text/Fold.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QStandardPaths>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace corrob::search {
namespace {

// ICU transliterators are not thread-safe to share; each thread builds its own, once, and only the one it needs
// (building one takes tens of milliseconds: a search of Latin words never builds the one to Latin).
std::unique_ptr<icu::Transliterator> makeTransliterator(const char* id)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
    if (U_FAILURE(status)) {
        t.reset();
    }
    return t;
}

icu::Transliterator* toLatin()
{
    thread_local const std::unique_ptr<icu::Transliterator> t = makeTransliterator("Any-Latin; Latin-ASCII");
    return t.get();
}

icu::Transliterator* toCyrillic()
{
    thread_local const std::unique_ptr<icu::Transliterator> t = makeTransliterator("Latin-Cyrillic");
    return t.get();
}

QString apply(icu::Transliterator* t, const QString& word)
{
    if (!t) {
        return {};
    }
    icu::UnicodeString s(reinterpret_cast<const char16_t*>(word.utf16()), int32_t(word.size()));
    t->transliterate(s);
    return QString(reinterpret_cast<const QChar*>(s.getBuffer()), s.length());
}

bool isLatin(const QString& word)
{
    for (QChar c : word) {
        if (c.isLetter() && c.script() != QChar::Script_Latin) {
            return false;
        }
    }
    return true;
}

void addSpelling(QStringList& out, const QString& own, const QString& spelling)
{
    const QString key = text::foldKey(spelling);
    if (key.isEmpty() || key == text::foldKey(own) || !hasWordCharacters(spelling)) {
        return;
    }
    for (const QString& s : out) {
        if (text::foldKey(s) == key) {
            return;
        }
    }
    out << spelling;
}

} // namespace

QStringList transliterations(const QString& word)
{
    // Typing "Kharkiv" asks for K, Kh, Kha...: each word is transliterated once per thread.
    thread_local QHash<QString, QStringList> cache;
    if (const auto it = cache.constFind(word); it != cache.constEnd()) {
        return *it;
    }
    if (cache.size() > 10000) {
        cache.clear();
    }
    QStringList out;
    if (isLatin(word)) {
        // Lower case first: ICU reads a leading capital as a separate letter in some rules.
        addSpelling(out, word, apply(toCyrillic(), word.toLower()));
    } else {
        addSpelling(out, word, apply(toLatin(), word));
    }
    cache.insert(word, out);
    return out;
}

void expandSpellings(QueryNode& node, const SpellingSources& sources)
{
    if (node.type == QueryNode::Type::Near) {
        return;
    }
    if (node.type != QueryNode::Type::Term && node.type != QueryNode::Type::Phrase) {
        for (QueryNode& c : node.children) {
            expandSpellings(c, sources);
        }
        return;
    }
    if (node.prefix) {
        return;
    }
    QStringList found;
    if (sources.variants) {
        for (const QString& s : sources.variants->spellingsOf(node.text)) {
            addSpelling(found, node.text, s);
        }
    }
    if (sources.aliases) {
        for (const QString& s : sources.aliases(node.text)) {
            addSpelling(found, node.text, s);
        }
    }
    if (sources.transliterate && !node.text.contains(u' ')) {
        for (const QString& s : transliterations(node.text)) {
            addSpelling(found, node.text, s);
        }
    }
    node.spellings = found;
}

QString userNameVariantsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/name-variants.tsv");
}

Result<text::NameVariants> nameVariantsWithUserTable(const QString& path)
{
    text::NameVariants table = text::NameVariants::bundled();
    if (path.isEmpty() || !QFile::exists(path)) {
        return table;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, QStringLiteral("cannot read the name-variants table: %1").arg(f.errorString()),
                     path};
    }
    auto user = text::NameVariants::parse(QString::fromUtf8(f.readAll()), path);
    CORROB_TRY(user);
    table.add(user.value());
    return table;
}

} // namespace corrob::search
