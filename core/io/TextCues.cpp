// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/TextCues.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace corrob::io::cues {
namespace {

constexpr qsizetype kMaxCueLine = 200;

QRegularExpression re(const char* pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption |
                                                              QRegularExpression::UseUnicodePropertiesOption);
}

// Outlets whose names are spelt in a fixed way; matched case-insensitively, also as the start of a longer
// corporate name ("Fox News Network, LLC").
const QStringList& knownOutlets()
{
    static const QStringList names = {
        QStringLiteral("Al Jazeera"),
        QStringLiteral("Fox News"),
        QStringLiteral("CBC News"),
        QStringLiteral("Common Dreams"),
        QStringLiteral("Genocide Watch"),
        QStringLiteral("Reuters"),
        QStringLiteral("Associated Press"),
        QStringLiteral("BBC News"),
        QStringLiteral("BBC"),
        QStringLiteral("CNN"),
        QStringLiteral("NBC News"),
        QStringLiteral("CBS News"),
        QStringLiteral("ABC News"),
        QStringLiteral("NPR"),
        QStringLiteral("The Guardian"),
        QStringLiteral("The New York Times"),
        QStringLiteral("The Washington Post"),
        QStringLiteral("Deutsche Welle"),
        QStringLiteral("France 24"),
        QStringLiteral("Euronews"),
        QStringLiteral("The Kyiv Independent"),
        QStringLiteral("Kyiv Post"),
        QStringLiteral("Meduza"),
        QStringLiteral("El País"),
        QStringLiteral("Le Monde"),
        QStringLiteral("Der Spiegel"),
        QStringLiteral("Amnesty International"),
        QStringLiteral("Human Rights Watch"),
        QStringLiteral("Bellingcat"),
        QStringLiteral("CBC"),
    };
    return names;
}

bool isAllCaps(const QString& s)
{
    bool anyLetter = false;
    for (const QChar c : s) {
        if (c.isLetter()) {
            anyLetter = true;
            if (c.isLower()) {
                return false;
            }
        }
    }
    return anyLetter;
}

// Removes corporate suffixes and trailing punctuation from a copyright holder.
QString stripCorporateSuffix(QString name)
{
    static const QRegularExpression rights = re(R"(\.?\s*all rights reserved\.?.*$)");
    static const QRegularExpression suffix = re(
        R"((,?\s+(media network|media group|media company|inc\.?|llc\.?|ltd\.?|limited|corporation|corp\.?|plc))+\.?$)");
    name.remove(rights);
    name.remove(suffix);
    while (!name.isEmpty() && (name.back() == u'.' || name.back() == u',' || name.back().isSpace())) {
        name.chop(1);
    }
    return name.trimmed();
}

QString captured(const QRegularExpression& pattern, QStringView line, int group = 1)
{
    if (line.size() > kMaxCueLine) {
        return {};
    }
    const auto m = pattern.match(line);
    if (!m.hasMatch()) {
        return {};
    }
    QString name = m.captured(group).trimmed();
    // A name pattern takes dots for initials ("Karim A.A. Khan"); a sentence's final dot is not part of it.
    while (name.endsWith(u'.') && (name.size() < 2 || !name.at(name.size() - 2).isUpper())) {
        name.chop(1);
    }
    return name;
}

// 1 to 5 words of a name: capitalised words, "&", "of", "the" inside.
constexpr const char* kNamePattern =
    R"(((?:\p{Lu}[\p{L}\p{N}'’&.-]*|of|the|and|de|la|du)(?:\s+(?:\p{Lu}[\p{L}\p{N}'’&.-]*|of|the|and|de|la|du|\d+)){0,5}))";

QString namePattern(const char* before, const char* after)
{
    return QString::fromUtf8(before) + QString::fromUtf8(kNamePattern) + QString::fromUtf8(after);
}

} // namespace

QString canonicalOutlet(const QString& raw)
{
    const QString name = raw.simplified();
    if (name.isEmpty()) {
        return {};
    }
    for (const QString& known : knownOutlets()) {
        if (name.compare(known, Qt::CaseInsensitive) == 0 ||
            (name.startsWith(known + u' ', Qt::CaseInsensitive) && known.size() > 3) ||
            name.compare(u"The " + known, Qt::CaseInsensitive) == 0) {
            return known;
        }
    }
    if (!isAllCaps(name)) {
        return name;
    }
    QStringList words = name.split(u' ');
    for (QString& w : words) {
        if (w.size() > 3) {
            w = w.left(1) + w.mid(1).toLower();
        }
    }
    return words.join(u' ');
}

bool isCopyrightNotice(QStringView line)
{
    // "© 2022 Al Jazeera Media Network", "© NET Newspapers 2014. All Rights Reserved.": a year or a rights
    // statement is needed, so a photo credit ("© AP PHOTO/ JOHN MINCHILLO") is not taken for a notice.
    static const QRegularExpression notice = re(
        R"(^(?:(?:©|\(c\)|copyright\b)\s*(?:©|\(c\))?.{0,80}?\b(?:19|20)\d{2}\b|(?:©|\(c\)|copyright\b).{0,80}all rights reserved|all rights reserved))");
    // Each branch begins with "©", "(c)", "copyright" or "all rights reserved" (tested caselessly as the pattern is).
    if (line.size() > kMaxCueLine || !mayStartWith(line, u"(ca") ||
        (!line.contains(u'\u00A9') && !line.contains(u"(c)", Qt::CaseInsensitive) &&
         !line.contains(u"copyright", Qt::CaseInsensitive) &&
         !line.contains(u"rights reserved", Qt::CaseInsensitive))) {
        return false;
    }
    return notice.match(line).hasMatch();
}

Copyright copyright(QStringView line)
{
    Copyright out;
    if (!isCopyrightNotice(line)) {
        return out;
    }
    static const QRegularExpression years = re(R"((\d{4}))");
    auto it = years.globalMatch(line);
    qsizetype afterYears = -1;
    while (it.hasNext()) {
        const auto m = it.next();
        const int y = m.captured(1).toInt();
        if (y >= 1900 && y <= 2100) {
            out.year = std::max(out.year, y);
            afterYears = m.capturedEnd(1);
        }
    }
    QString rest;
    static const QRegularExpression rightsOnly = re(R"(^[\s.,;:–—-]*(?:all rights reserved.*)?$)");
    if (afterYears >= 0 && !rightsOnly.match(line.mid(afterYears)).hasMatch()) {
        rest = line.mid(afterYears).toString();
    } else if (afterYears >= 0) {
        // "© NET Newspapers 2014. All Rights Reserved.": the holder comes before the year.
        static const QRegularExpression beforeYear =
            re(R"(^(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*(.*?)\s*\b(?:19|20)\d{2}\b)");
        rest = beforeYear.match(line).captured(1);
    } else {
        static const QRegularExpression lead = re(R"(^(©|\(c\)|copyright)\s*)");
        rest = line.toString().remove(lead);
    }
    static const QRegularExpression leading = re(R"(^[\s,–—-]+|^by\s+)");
    rest.remove(leading);
    out.holder = canonicalOutlet(stripCorporateSuffix(rest));
    return out;
}

namespace {

// The first or last letter a pattern anchored there needs, as a cheap test before the pattern (most lines fail it).
// Caseless matching takes only the two ASCII forms of these letters ('c', 'f', 'o' have no other case variants).
bool startsWithEither(QStringView line, char16_t lower)
{
    return !line.isEmpty() && (line.front() == lower || line.front() == char16_t(lower - (u'a' - u'A')));
}
bool endsWithEither(QStringView line, char16_t lower)
{
    if (line.endsWith(u'\n')) {
        line.chop(1); // `$` matches before a final newline too
    }
    return !line.isEmpty() && (line.back() == lower || line.back() == char16_t(lower - (u'a' - u'A')));
}

} // namespace

QString appPromptOutlet(QStringView line)
{
    if (!startsWithEither(line, u'c')) {
        return {};
    }
    static const QRegularExpression prompt = re(R"(^click here to (?:get|download) (?:the )?(.+?) app\b)");
    return canonicalOutlet(captured(prompt, line));
}

QString logoName(QStringView line)
{
    if (!endsWithEither(line, u'o')) {
        return {};
    }
    static const QRegularExpression logo = re(R"(^([\p{L}\p{N}'’&. -]{2,60}?)\s+logo$)");
    return canonicalOutlet(captured(logo, line));
}

QString followName(QStringView line)
{
    if (!startsWithEither(line, u'f')) {
        return {};
    }
    static const QRegularExpression follow = re(R"(^follow\s+(.+?)\s+(?:for more updates|for updates|for more)\s*:?$)");
    const QString name = captured(follow, line);
    return name.compare(u"us", Qt::CaseInsensitive) == 0 ? QString() : canonicalOutlet(name);
}

QString republishedBy(QStringView line)
{
    if (!mayStartWith(line, u"tr")) {
        return {};
    }
    static const QRegularExpression pattern = QRegularExpression(
        namePattern(R"((?i:^(?:this (?:article|story|report) (?:was|is|has been) )?republished (?:by|on)\s+))",
                    R"(\s*[.:]?$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return canonicalOutlet(captured(pattern, line));
}

QString originallyPublishedBy(QStringView line)
{
    if (!mayStartWith(line, u"twof")) {
        return {};
    }
    static const QRegularExpression pattern = QRegularExpression(
        namePattern(
            R"((?i:^(?:this (?:article|story|report) )?(?:was )?(?:originally published|first published|first appeared|originally appeared) (?:by|on|in|at)\s+))",
            R"((?:\s+on\s.*)?\s*[.:]?$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return canonicalOutlet(captured(pattern, line));
}

QString translationCredit(QStringView line)
{
    if (!mayStartWith(line, u"t")) {
        return {};
    }
    static const QRegularExpression pattern =
        QRegularExpression(namePattern(R"((?i:^(?:translation|translated(?: from [\p{L}]+)?) by\s+))", R"(\s*\.?$)"),
                           QRegularExpression::UseUnicodePropertiesOption);
    return captured(pattern, line);
}

QString byline(QStringView line)
{
    if (line.size() > 120) {
        return {};
    }
    static const QRegularExpression by = QRegularExpression(
        namePattern(R"((?i:^by)\s+)", R"((?:\s*(?:[,|·•—–-].*)?)$)"), QRegularExpression::UseUnicodePropertiesOption);
    if (QString name = captured(by, line); !name.isEmpty()) {
        return name;
    }
    static const QRegularExpression role = QRegularExpression(
        namePattern(
            "^",
            R"((?i:\s*[,|—–-]\s*(?:staff|senior|chief|special|foreign|political|investigative)?\s*(?:writer|reporter|correspondent|editor|journalist|contributor)\b.*)$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return captured(role, line);
}

bool looksLikePersonName(QStringView line)
{
    static const QRegularExpression name =
        QRegularExpression(QStringLiteral(R"(^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){1,3}$)"),
                           QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression notName = re(
        R"(\b(more|news|watch|home|menu|share|follow|about|contact|live|top|video|podcast|logo|icon|updates|stories|subscribe|search|image|photo|view|full|analysis|hoax|outline|sponsored|related|fake|breaking|opinion|editorial)\b)");
    return line.size() <= 40 && name.match(line).hasMatch() && !notName.match(line).hasMatch();
}

bool isPhotoCaption(QStringView line)
{
    static const QRegularExpression caption = re(
        R"(\((?:photo|image|picture|credit|photograph)s?\s*:[^)]*\)|\[(?:file|photo|image)\s*:[^\]]*\]|getty images|via getty|/reuters\]|/ap\)$|/afp\)$)");
    return line.size() <= 600 && caption.match(line).hasMatch();
}

bool mayStartWith(QStringView line, std::u16string_view lowers)
{
    if (line.isEmpty()) {
        return false;
    }
    const char16_t first = line.front().unicode();
    if (first >= 0x80) {
        return true;
    }
    const char16_t lower = first >= u'A' && first <= u'Z' ? char16_t(first + (u'a' - u'A')) : first;
    return lowers.find(lower) != std::u16string_view::npos;
}

} // namespace corrob::io::cues
