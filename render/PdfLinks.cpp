// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/PdfLinks.h"

#include <QList>
#include <QRegularExpression>
#include <QUrl>

#include <map>

namespace corrob::render {
namespace {

// The value of a PDF literal string's bytes (what is between the parentheses), its escapes undone.
QByteArray unescapePdfString(const QByteArray& raw)
{
    QByteArray out;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) == '\\' && i + 1 < raw.size()) {
            ++i;
        }
        out += raw.at(i);
    }
    return out;
}

// name as the bytes of a PDF literal string (the annotation's /NM, which says where it leads).
QByteArray escapePdfName(const QString& name)
{
    QByteArray out;
    for (char c : name.toLatin1()) {
        if (c == '(' || c == ')' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 2);
}

} // namespace

QByteArray resolveInternalLinks(const QByteArray& pdf, const QHash<QString, LinkTarget>& targets)
{
    if (targets.isEmpty()) {
        return pdf;
    }
    const QString text = QString::fromLatin1(pdf); // byte for byte, so offsets match
    // The previous cross-reference section and the trailer's entries an update repeats.
    const QRegularExpression startXref(QStringLiteral("startxref\\s+(\\d+)\\s+%%EOF\\s*$"));
    const QRegularExpressionMatch sx = startXref.match(text);
    const qsizetype trailerAt = text.lastIndexOf(QStringLiteral("trailer"));
    if (!sx.hasMatch() || trailerAt < 0) {
        return pdf;
    }
    const QString trailer = text.mid(trailerAt);
    const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(trailer);
    const QRegularExpressionMatch root =
        QRegularExpression(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)")).match(trailer);
    const QRegularExpressionMatch info =
        QRegularExpression(QStringLiteral("/Info\\s+(\\d+\\s+\\d+\\s+R)")).match(trailer);
    if (!size.hasMatch() || !root.hasMatch()) {
        return pdf;
    }
    // The page objects in page order.
    const QRegularExpressionMatch kids =
        QRegularExpression(QStringLiteral("/Type\\s*/Pages\\b[^>]*?/Kids\\s*\\[([^\\]]*)\\]")).match(text);
    if (!kids.hasMatch()) {
        return pdf;
    }
    QList<QString> pages;
    for (const QRegularExpressionMatch& m :
         QRegularExpression(QStringLiteral("(\\d+)\\s+0\\s+R")).globalMatch(kids.captured(1))) {
        pages << m.captured(1);
    }

    // Link annotations whose action is a URI "#name".
    const QRegularExpression annot(
        QStringLiteral("(\\d+) 0 obj\\s*<<\\s*/Type /Annot\\s*/Subtype /Link\\s*(?:/F \\d+\\s*)?"
                       "/Rect \\[([^\\]]*)\\].*?/S /URI\\s*/URI \\(((?:\\\\.|[^\\\\)])*)\\)"
                       "\\s*>>\\s*>>\\s*endobj"),
        QRegularExpression::DotMatchesEverythingOption);
    std::map<qint64, QByteArray> objects; // object number -> its new body, sorted for the xref
    for (const QRegularExpressionMatch& m : annot.globalMatch(text)) {
        const QByteArray uri = unescapePdfString(m.captured(3).toLatin1());
        if (!uri.startsWith('#')) {
            continue;
        }
        const QString name = QUrl::fromPercentEncoding(uri.mid(1));
        const auto target = targets.constFind(name);
        if (target == targets.constEnd() || target->page < 0 || target->page >= pages.size()) {
            continue;
        }
        objects[m.captured(1).toLongLong()] = "<<\n/Type /Annot\n/Subtype /Link\n/Rect [" + m.captured(2).toLatin1() +
                                              "]\n/Border [0 0 0]\n/NM (" + escapePdfName(name) + ")\n/Dest [" +
                                              pages.at(target->page).toLatin1() + " 0 R /XYZ null " +
                                              number(target->y) + " null]\n>>\n";
    }
    if (objects.empty()) {
        return pdf;
    }

    QByteArray out = pdf;
    if (!out.endsWith('\n')) {
        out += '\n';
    }
    std::map<qint64, qsizetype> offsets;
    for (const auto& [id, body] : objects) {
        offsets[id] = out.size();
        out += QByteArray::number(id) + " 0 obj\n" + body + "endobj\n";
    }
    const qsizetype xrefAt = out.size();
    out += "xref\n";
    for (const auto& [id, offset] : offsets) {
        out += QByteArray::number(id) + " 1\n" + QByteArray::number(offset).rightJustified(10, '0') + " 00000 n\r\n";
    }
    out += "trailer\n<<\n/Size " + size.captured(1).toLatin1() + "\n/Root " + root.captured(1).toLatin1() + '\n';
    if (info.hasMatch()) {
        out += "/Info " + info.captured(1).toLatin1() + '\n';
    }
    out += "/Prev " + sx.captured(1).toLatin1() + "\n>>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return out;
}

} // namespace corrob::render
