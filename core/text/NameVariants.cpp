// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/NameVariants.h"

#include "core/text/Fold.h"

#include <QFile>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

static void initNameVariantResources()
{
    // Resources in a static library must be registered explicitly.
    Q_INIT_RESOURCE(corrob_names);
}

namespace corrob::text {

namespace {

constexpr std::array<std::pair<NameKind, QStringView>, 4> kKindNames{{
    {NameKind::Person, u"person"},
    {NameKind::Organisation, u"organisation"},
    {NameKind::Place, u"place"},
    {NameKind::Unit, u"unit"},
}};

std::optional<NameKind> kindNamed(QStringView name)
{
    for (const auto& [kind, text] : kKindNames) {
        if (name == text) {
            return kind;
        }
    }
    return std::nullopt;
}

Error tableError(const QString& message, const QString& origin, int line)
{
    return Error{ErrorCode::InvalidArgument, message, QStringLiteral("%1, line %2").arg(origin).arg(line)};
}

} // namespace

QString variantKey(const QString& spelling)
{
    QString key = foldKey(spelling);
    key.replace(u'\u2019', u'\'');
    key.replace(u'\u02BC', u'\'');
    key.replace(u'\u2018', u'\'');
    return key;
}

QString nameKindName(NameKind kind)
{
    for (const auto& [k, text] : kKindNames) {
        if (k == kind) {
            return text.toString();
        }
    }
    return {};
}

Result<NameVariants> NameVariants::parse(const QString& text, const QString& origin)
{
    NameVariants table;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        QStringList fields = line.split(u'\t', Qt::SkipEmptyParts);
        for (QString& field : fields) {
            field = field.trimmed();
        }
        fields.removeAll(QString());
        const std::optional<NameKind> kind = kindNamed(fields.value(0));
        if (!kind) {
            return tableError(QStringLiteral("Unknown kind of name '%1': expected person, organisation, place or unit")
                                  .arg(fields.value(0)),
                              origin, lineNumber);
        }
        if (fields.size() < 3) {
            return tableError(QStringLiteral("A name needs at least one spelling besides its own, separated by tabs"),
                              origin, lineNumber);
        }
        const int group = int(table.m_names.size());
        table.m_names.push_back(NameGroup{*kind, fields[1], {}});
        for (int f = 1; f < fields.size(); ++f) {
            const QString key = variantKey(fields[f]);
            const auto known = table.m_byKey.constFind(key);
            if (known != table.m_byKey.constEnd() && *known != group) {
                return tableError(QStringLiteral("'%1' is already a spelling of '%2'")
                                      .arg(fields[f], table.m_names[std::size_t(*known)].canonical),
                                  origin, lineNumber);
            }
            table.addSpelling(group, fields[f]);
        }
    }
    return table;
}

const NameVariants& NameVariants::bundled()
{
    static const NameVariants table = [] {
        initNameVariantResources();
        QFile file(QStringLiteral(":/names/name-variants.tsv"));
        const bool opened = file.open(QIODevice::ReadOnly);
        Q_ASSERT(opened);
        Result<NameVariants> parsed = parse(QString::fromUtf8(file.readAll()), QStringLiteral("name-variants.tsv"));
        Q_ASSERT(parsed.ok()); // NameVariantsTest reads the shipped table and fails on any error
        return parsed.ok() ? std::move(parsed.value()) : NameVariants();
    }();
    return table;
}

void NameVariants::add(const NameVariants& other)
{
    for (const NameGroup& name : other.m_names) {
        int group = -1;
        for (const QString& spelling : name.spellings) {
            const auto known = m_byKey.constFind(variantKey(spelling));
            if (known != m_byKey.constEnd()) {
                group = *known;
                break;
            }
        }
        if (group < 0) {
            group = int(m_names.size());
            m_names.push_back(NameGroup{name.kind, name.canonical, {}});
        }
        for (const QString& spelling : name.spellings) {
            if (!m_byKey.contains(variantKey(spelling))) {
                addSpelling(group, spelling);
            }
        }
    }
}

const NameGroup* NameVariants::find(const QString& spelling) const
{
    const auto known = m_byKey.constFind(variantKey(spelling));
    return known == m_byKey.constEnd() ? nullptr : &m_names[std::size_t(*known)];
}

QStringList NameVariants::spellingsOf(const QString& spelling) const
{
    const NameGroup* name = find(spelling);
    return name ? name->spellings : QStringList{spelling};
}

void NameVariants::addSpelling(int group, const QString& spelling)
{
    const QString key = variantKey(spelling);
    if (m_byKey.contains(key)) {
        return;
    }
    m_byKey.insert(key, group);
    m_names[std::size_t(group)].spellings.append(spelling);
}

} // namespace corrob::text
