// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/html/HtmlMetadata.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <gumbo.h>

#include <optional>
#include <vector>

namespace corrob::io::html {
namespace {

// Everything the metadata needs, gathered in one iterative walk of the tree.
struct Gathered
{
    QString lang;
    QString documentTitle;
    bool haveTitle = false;
    QHash<QString, QString> meta; // normalised key -> content; a later tag wins, as in Readability
    QString canonical;
    QStringList jsonLd;
    QString timeDatetime;
    QStringList h1s;
    QStringList headings; // h1 and h2
};

int wordCount(const QString& s)
{
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    return int(s.trimmed().split(ws, Qt::SkipEmptyParts).size());
}

void addMeta(const Node* node, Gathered& g)
{
    const QString content = attribute(node, "content").trimmed();
    const QString property = attribute(node, "property");
    const QString name = attribute(node, "name");
    const QString httpEquiv = attribute(node, "http-equiv").toLower();
    const QString itemprop = attribute(node, "itemprop");
    if (content.isEmpty()) {
        return;
    }
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    for (const QString& key : property.toLower().split(ws, Qt::SkipEmptyParts)) {
        g.meta.insert(key, content);
    }
    if (!name.isEmpty()) {
        QString key = name.toLower();
        key.remove(ws);
        key.replace(u'.', u':');
        g.meta.insert(key, content);
    }
    if (httpEquiv == u"content-language") {
        g.meta.insert(QStringLiteral("http-equiv:content-language"), content);
    }
    if (!itemprop.isEmpty()) {
        g.meta.insert(u"itemprop:" + itemprop.toLower(), content);
    }
}

Gathered gather(const HtmlDocument& doc)
{
    Gathered g;
    if (!doc.root()) {
        return g;
    }
    g.lang = attribute(doc.root(), "lang").trimmed();
    std::vector<const Node*> stack{doc.root()};
    while (!stack.empty()) {
        const Node* node = stack.back();
        stack.pop_back();
        if (!isElement(node)) {
            continue;
        }
        const GumboTag tag = node->v.element.tag;
        switch (tag) {
        case GUMBO_TAG_TITLE:
            if (!g.haveTitle && node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML) {
                g.documentTitle = textContent(node).simplified();
                g.haveTitle = true;
            }
            continue;
        case GUMBO_TAG_META:
            addMeta(node, g);
            continue;
        case GUMBO_TAG_LINK:
            if (g.canonical.isEmpty() && attribute(node, "rel").toLower().split(u' ').contains(u"canonical")) {
                g.canonical = attribute(node, "href").trimmed();
            }
            continue;
        case GUMBO_TAG_SCRIPT:
            if (attribute(node, "type").trimmed().toLower() == u"application/ld+json") {
                QString json;
                const GumboVector& children = node->v.element.children;
                for (unsigned i = 0; i < children.length; ++i) {
                    json += nodeText(static_cast<const Node*>(children.data[i]));
                }
                g.jsonLd << json;
            }
            continue; // never looked into otherwise
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_NOSCRIPT:
        case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_SVG:
            continue;
        case GUMBO_TAG_TIME:
            if (g.timeDatetime.isEmpty()) {
                g.timeDatetime = attribute(node, "datetime").trimmed();
            }
            break;
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2: {
            const QString text = textContent(node).simplified();
            g.headings << text;
            if (tag == GUMBO_TAG_H1) {
                g.h1s << text;
            }
            break;
        }
        default:
            break;
        }
        if (node->type == GUMBO_NODE_TEMPLATE) {
            continue;
        }
        const GumboVector& children = node->v.element.children;
        for (unsigned i = children.length; i > 0; --i) {
            stack.push_back(static_cast<const Node*>(children.data[i - 1]));
        }
    }
    return g;
}

// ---- JSON-LD ---------------------------------------------------------------------------------------------------

struct JsonLdArticle
{
    QString name;
    QString headline;
    QString author;
    QString publisher;
    QString datePublished;
};

bool isArticleType(const QJsonValue& type)
{
    static const QRegularExpression article(QStringLiteral("Article|Posting|^Report$|APIReference"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (type.isArray()) {
        for (const auto& t : type.toArray()) {
            if (article.match(t.toString()).hasMatch()) {
                return true;
            }
        }
        return false;
    }
    return article.match(type.toString()).hasMatch();
}

QString personNames(const QJsonValue& v)
{
    if (v.isString()) {
        return v.toString().trimmed();
    }
    if (v.isObject()) {
        return v.toObject().value(u"name").toString().trimmed();
    }
    if (v.isArray()) {
        QStringList names;
        for (const auto& item : v.toArray()) {
            const QString n = personNames(item);
            if (!n.isEmpty()) {
                names << n;
            }
        }
        return names.join(QStringLiteral(", "));
    }
    return {};
}

// The first article-like object in the page's JSON-LD blocks (arrays and @graph are searched breadth-first).
std::optional<JsonLdArticle> findJsonLdArticle(const QStringList& blocks)
{
    constexpr int kMaxObjects = 10000;
    int seen = 0;
    for (const QString& block : blocks) {
        // Pages wrap JSON-LD in CDATA markers for old XHTML parsers.
        QString text = block.trimmed();
        if (text.startsWith(QStringLiteral("<![CDATA["))) {
            text = text.mid(9);
        }
        if (text.endsWith(QStringLiteral("]]>"))) {
            text.chop(3);
        }
        QJsonParseError error{};
        const QJsonDocument json = QJsonDocument::fromJson(text.trimmed().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            continue;
        }
        std::vector<QJsonValue> queue;
        queue.push_back(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()));
        for (size_t i = 0; i < queue.size() && seen < kMaxObjects; ++i, ++seen) {
            const QJsonValue v = queue[i];
            if (v.isArray()) {
                for (const auto& item : v.toArray()) {
                    queue.push_back(item);
                }
                continue;
            }
            if (!v.isObject()) {
                continue;
            }
            const QJsonObject o = v.toObject();
            if (o.contains(u"@graph")) {
                queue.push_back(o.value(u"@graph"));
            }
            if (!isArticleType(o.value(u"@type"))) {
                continue;
            }
            JsonLdArticle a;
            a.name = o.value(u"name").toString().simplified();
            a.headline = o.value(u"headline").toString().simplified();
            a.author = personNames(o.value(u"author"));
            a.publisher = personNames(o.value(u"publisher"));
            a.datePublished = o.value(u"datePublished").toString().trimmed();
            return a;
        }
    }
    return std::nullopt;
}

// Readability's token similarity: the share of b's text made of tokens that also occur in a.
double textSimilarity(const QString& a, const QString& b)
{
    static const QRegularExpression nonWord(QStringLiteral("\\W+"), QRegularExpression::UseUnicodePropertiesOption);
    const QStringList tokensA = a.toLower().split(nonWord, Qt::SkipEmptyParts);
    const QStringList tokensB = b.toLower().split(nonWord, Qt::SkipEmptyParts);
    if (tokensA.isEmpty() || tokensB.isEmpty()) {
        return 0;
    }
    const QSet<QString> setA(tokensA.begin(), tokensA.end());
    QStringList uniqB;
    for (const QString& t : tokensB) {
        if (!setA.contains(t)) {
            uniqB << t;
        }
    }
    const double distance = double(uniqB.join(u' ').size()) / double(tokensB.join(u' ').size());
    return 1.0 - distance;
}

QString first(const QHash<QString, QString>& meta, std::initializer_list<const char16_t*> keys)
{
    for (const char16_t* key : keys) {
        const QString v = meta.value(QString::fromUtf16(key)).simplified();
        if (!v.isEmpty()) {
            return v;
        }
    }
    return {};
}

bool isHttpUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

} // namespace

bool isBylineElement(const Node* node)
{
    static const QRegularExpression byline(QStringLiteral("byline|author|dateline|writtenby|p-author"),
                                           QRegularExpression::CaseInsensitiveOption);
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_META || tag == GUMBO_TAG_LINK) {
        return false;
    }
    return attribute(node, "rel") == u"author" || attribute(node, "itemprop").contains(u"author") ||
           byline.match(attribute(node, "class") + u' ' + attribute(node, "id")).hasMatch();
}

QString bylineText(const Node* node)
{
    // A byline element often wraps the name in itemprop="name" next to a date or "By": prefer the name.
    std::vector<const Node*> stack{node};
    while (!stack.empty()) {
        const Node* n = stack.back();
        stack.pop_back();
        if (!isElement(n)) {
            continue;
        }
        if (n != node && attribute(n, "itemprop").contains(u"name")) {
            const QString name = textContent(n).simplified();
            if (!name.isEmpty()) {
                return name;
            }
        }
        const GumboVector& children = n->v.element.children;
        for (unsigned i = children.length; i > 0; --i) {
            stack.push_back(static_cast<const Node*>(children.data[i - 1]));
        }
    }
    return textContent(node).simplified();
}

QString authorName(const QString& byline)
{
    static const QRegularExpression by(QStringLiteral("^(?i:by)[\\s:]+(?=\\p{L})"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    QString name = byline.simplified();
    if (const QRegularExpressionMatch m = by.match(name); m.hasMatch()) {
        name.remove(0, m.capturedLength());
    }
    return name;
}

QString titleWithoutName(const QString& title, const QStringList& names)
{
    static const QRegularExpression separator(QStringLiteral("\\s+(?:[|\\-\u2013\u2014\u00b7\u2022]|::)\\s+"));
    const QString simple = title.simplified();
    QRegularExpressionMatchIterator it = separator.globalMatch(simple);
    QRegularExpressionMatch last;
    while (it.hasNext()) {
        last = it.next();
    }
    if (!last.hasMatch() || last.capturedStart() == 0) {
        return title;
    }
    const QString tail = simple.mid(last.capturedEnd());
    for (const QString& name : names) {
        if (!name.simplified().isEmpty() && tail.compare(name.simplified(), Qt::CaseInsensitive) == 0) {
            return simple.left(last.capturedStart());
        }
    }
    return title;
}

QString cleanTitle(const QString& documentTitle, const QStringList& h1s, const QStringList& headings)
{
    static const QRegularExpression separator(QStringLiteral(" [\\|\\-–—\\\\/>»] "));
    static const QRegularExpression hierarchical(QStringLiteral(" [\\\\/>»] "));
    static const QRegularExpression beforeLast(QStringLiteral("^(.*)[\\|\\-–—\\\\/>»] .*$"));
    static const QRegularExpression afterFirst(QStringLiteral("^[^\\|\\-–—\\\\/>»]*[\\|\\-–—\\\\/>»](.*)$"));
    static const QRegularExpression separators(QStringLiteral("[\\|\\-–—\\\\/>»]+"));
    const QString orig = documentTitle.simplified();
    QString cur = orig;
    bool hadHierarchical = false;
    if (separator.match(cur).hasMatch()) {
        hadHierarchical = hierarchical.match(cur).hasMatch();
        cur = beforeLast.match(orig).captured(1);
        if (wordCount(cur) < 3) {
            cur = afterFirst.match(orig).captured(1);
        }
    } else if (cur.contains(QStringLiteral(": "))) {
        if (!headings.contains(orig)) {
            cur = orig.mid(orig.lastIndexOf(u':') + 1);
            if (wordCount(cur) < 3) {
                cur = orig.mid(orig.indexOf(u':') + 1);
            } else if (wordCount(orig.left(orig.indexOf(u':'))) > 5) {
                cur = orig;
            }
        }
    } else if ((cur.size() > 150 || cur.size() < 15) && h1s.size() == 1) {
        cur = h1s.front();
    }
    cur = cur.simplified();
    const int words = wordCount(cur);
    if (words <= 4 && (!hadHierarchical || words != wordCount(QString(orig).remove(separators)) - 1)) {
        cur = orig;
    }
    return cur;
}

model::PartialDate parseWebDate(const QString& text)
{
    QString t = text.trimmed();
    if (t.isEmpty()) {
        return {};
    }
    if (auto d = model::PartialDate::fromIso(t); d.isKnown()) {
        return d;
    }
    // "2017-11-03 03:01:00.000000", "2021-11-01T10:52:50+0100": make it ISO 8601 Qt accepts.
    static const QRegularExpression loose(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}(?::\\d{2})?)(?:\\.(\\d+))?\\s*(Z|[+-]\\d{2}:?\\d{2})?$"));
    if (const auto m = loose.match(t); m.hasMatch()) {
        QString iso = m.captured(1) + u'T' + m.captured(2);
        if (!m.captured(3).isEmpty()) {
            iso += u'.' + m.captured(3).left(3).leftJustified(3, u'0');
        }
        QString zone = m.captured(4);
        if (zone.size() == 5) {
            zone.insert(3, u':');
        }
        if (auto d = model::PartialDate::fromIso(iso + zone); d.isKnown()) {
            return d;
        }
    }
    if (t.size() >= 10) {
        if (auto d = model::PartialDate::fromIso(t.left(10)); d.precision == model::PartialDate::Precision::Day) {
            return d;
        }
    }
    if (const QDateTime dt = QDateTime::fromString(t, Qt::RFC2822Date); dt.isValid()) {
        return model::PartialDate::fromIso(dt.toUTC().toString(Qt::ISODate));
    }
    return {};
}

HtmlMetadata extractMetadata(const HtmlDocument& doc)
{
    const Gathered g = gather(doc);
    const auto jsonLd = findJsonLdArticle(g.jsonLd);
    HtmlMetadata m;

    const QString pageTitle = cleanTitle(g.documentTitle, g.h1s, g.headings);
    if (jsonLd) {
        if (!jsonLd->name.isEmpty() && !jsonLd->headline.isEmpty() && jsonLd->name != jsonLd->headline) {
            const bool nameMatches = textSimilarity(jsonLd->name, pageTitle) > 0.75;
            const bool headlineMatches = textSimilarity(jsonLd->headline, pageTitle) > 0.75;
            m.title = headlineMatches && !nameMatches ? jsonLd->headline : jsonLd->name;
        } else {
            m.title = jsonLd->name.isEmpty() ? jsonLd->headline : jsonLd->name;
        }
    }
    if (m.title.isEmpty()) {
        m.title = first(g.meta, {u"dc:title", u"dcterm:title", u"og:title", u"weibo:article:title",
                                 u"weibo:webpage:title", u"title", u"twitter:title", u"parsely-title"});
    }
    if (m.title.isEmpty()) {
        m.title = pageTitle;
    }
    if (m.title.isEmpty() && !g.h1s.isEmpty()) {
        m.title = g.h1s.front();
    }

    m.author = jsonLd ? jsonLd->author : QString();
    if (m.author.isEmpty()) {
        m.author = first(g.meta, {u"dc:creator", u"dcterm:creator", u"author", u"parsely-author"});
    }
    if (m.author.isEmpty()) {
        const QString articleAuthor = first(g.meta, {u"article:author"});
        if (!articleAuthor.isEmpty() && !isHttpUrl(articleAuthor)) {
            m.author = articleAuthor;
        }
    }

    m.outlet = jsonLd ? jsonLd->publisher : QString();
    if (m.outlet.isEmpty()) {
        m.outlet = first(g.meta, {u"og:site_name"});
    }

    const QStringList dates = {
        jsonLd ? jsonLd->datePublished : QString(),
        first(g.meta, {u"article:published_time", u"parsely-pub-date", u"dc:date", u"dcterm:date", u"dcterms:date",
                       u"date", u"pubdate", u"publishdate", u"itemprop:datepublished"}),
        g.timeDatetime};
    for (const QString& d : dates) {
        m.published = parseWebDate(d);
        if (m.published.isKnown()) {
            break;
        }
    }

    if (isHttpUrl(g.canonical)) {
        m.url = g.canonical;
    } else if (const QString og = first(g.meta, {u"og:url"}); isHttpUrl(og)) {
        m.url = og;
    }

    m.language = g.lang;
    if (m.language.isEmpty()) {
        m.language = first(g.meta, {u"http-equiv:content-language", u"language"}).section(u',', 0, 0).trimmed();
    }
    m.language.replace(u'_', u'-');
    return m;
}

} // namespace corrob::io::html
