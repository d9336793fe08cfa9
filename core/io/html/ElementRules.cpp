// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/html/ElementRules.h"

#include "core/io/html/TextBuilder.h"

#include <QStringList>

namespace corrob::io::html {

const QRegularExpression& unlikelyRe()
{
    static const QRegularExpression re(
        QStringLiteral("-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|"
                       "header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|"
                       "supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|subscribe|"
                       "signup|navbar|\\bnav\\b|share"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& maybeRe()
{
    static const QRegularExpression re(QStringLiteral("and|article|body|column|content|main|mathjax|shadow"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& positiveRe()
{
    static const QRegularExpression re(
        QStringLiteral("article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& negativeRe()
{
    static const QRegularExpression re(
        QStringLiteral("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|"
                       "media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|"
                       "shopping|tags|widget|newsletter|subscribe|nav"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Elements whose content is never article text.
bool isDropped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_MENU:
        return true;
    default:
        return false;
    }
}

bool isBlock(GumboTag tag)
{
    // Controls and images break a paragraph for extraction, though they add no blank line to the text.
    return isParagraphBlock(tag) || tag == GUMBO_TAG_SELECT || tag == GUMBO_TAG_FORM || tag == GUMBO_TAG_IMG;
}

bool isHeading(GumboTag tag)
{
    return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 ||
           tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

bool isHidden(const Node* node)
{
    if (hasAttribute(node, "hidden")) {
        return true;
    }
    if (attribute(node, "aria-hidden") == u"true" && !attribute(node, "class").contains(u"fallback-image")) {
        return true;
    }
    const QString style = attribute(node, "style");
    if (style.isEmpty()) {
        return false;
    }
    QString compact = style.toLower();
    compact.remove(u' ');
    return compact.contains(u"display:none") || compact.contains(u"visibility:hidden");
}

bool hasRole(const Node* node)
{
    static const QStringList roles = {QStringLiteral("menu"),          QStringLiteral("menubar"),
                                      QStringLiteral("complementary"), QStringLiteral("navigation"),
                                      QStringLiteral("alert"),         QStringLiteral("alertdialog"),
                                      QStringLiteral("dialog")};
    return roles.contains(attribute(node, "role"));
}

void measureText(const char* utf8, int& chars, int& commas)
{
    bool inSpace = false;
    for (const auto* p = reinterpret_cast<const unsigned char*>(utf8); *p; ++p) {
        const unsigned char c = *p;
        if ((c & 0xC0) == 0x80) {
            continue; // continuation byte
        }
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
        if (space) {
            if (!inSpace) {
                ++chars;
            }
            inSpace = true;
            continue;
        }
        inSpace = false;
        ++chars;
        if (c == ',') {
            ++commas;
        } else if (c == 0xEF && p[1] == 0xBC && p[2] == 0x8C) { // U+FF0C FULLWIDTH COMMA
            ++commas;
        } else if (c == 0xE3 && p[1] == 0x80 && p[2] == 0x81) { // U+3001 IDEOGRAPHIC COMMA
            ++commas;
        }
    }
}

} // namespace corrob::io::html
