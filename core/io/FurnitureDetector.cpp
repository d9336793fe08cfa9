// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/FurnitureDetector.h"

#include "core/io/TextCues.h"

#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace corrob::io {
namespace {

constexpr qsizetype kShortLine = 200;

QRegularExpression re(const char* pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption |
                                                              QRegularExpression::UseUnicodePropertiesOption);
}

// Drops leading bullets, emoji and other symbols ("• Grey Facebook Icon", "🎙 PODCAST | ...").
QStringView withoutLeadingSymbols(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size()) {
        const QChar c = line.at(i);
        if (c.isLetterOrNumber() || c == u'©' || c == u'(' || c == u'[' || c == u'"' || c == u'\'' || c == u'\u2018' ||
            c == u'\u201c') {
            break;
        }
        ++i;
    }
    return line.mid(i).trimmed();
}

bool endsSentence(QStringView line)
{
    if (line.isEmpty()) {
        return false;
    }
    const QChar c = line.back();
    return c == u'.' || c == u'!' || c == u'?' || c == u'"' || c == u'\u201d' || c == u':' || c == u'\u2019';
}

// The parts between spaces that are not empty (what split(u' ', Qt::SkipEmptyParts) counts, without the list).
qsizetype wordCount(QStringView line)
{
    qsizetype words = 0;
    bool inWord = false;
    for (const QChar c : line) {
        if (c == u' ') {
            inWord = false;
        } else if (!inWord) {
            inWord = true;
            ++words;
        }
    }
    return words;
}

bool isNavigationLabel(QStringView core)
{
    static const QRegularExpression linkLabel = re(
        R"(^(?:[^.!]{0,40}\?\s*)?click here\b.{0,40}$|^(?:see all comments|write a comment|post a comment|view comments|show comments)\b.{0,40}$)");
    // The pattern needs "click here" or one of the labels' first letters: most lines fail that cheaper test.
    if (core.size() <= 100 && (core.contains(u"here", Qt::CaseInsensitive) || cues::mayStartWith(core, u"swpv")) &&
        linkLabel.match(core).hasMatch()) {
        return true;
    }
    static const QSet<QString> labels = {
        QStringLiteral("skip to main content"),
        QStringLiteral("skip to content"),
        QStringLiteral("skip to navigation"),
        QStringLiteral("jump to content"),
        QStringLiteral("top of page"),
        QStringLiteral("bottom of page"),
        QStringLiteral("back to top"),
        QStringLiteral("menu"),
        QStringLiteral("main menu"),
        QStringLiteral("open menu"),
        QStringLiteral("toggle navigation"),
        QStringLiteral("home"),
        QStringLiteral("search"),
        QStringLiteral("close"),
        QStringLiteral("log in"),
        QStringLiteral("login"),
        QStringLiteral("sign in"),
        QStringLiteral("advertisement"),
        QStringLiteral("read more"),
        QStringLiteral("know more"),
        QStringLiteral("see more"),
        QStringLiteral("show more"),
        QStringLiteral("learn more"),
        QStringLiteral("continue reading"),
        QStringLiteral("previous"),
        QStringLiteral("next"),
        QStringLiteral("listen to this article"),
        QStringLiteral("sponsored links"),
        QStringLiteral("sponsored content"),
        QStringLiteral("view full image"),
        QStringLiteral("view gallery"),
    };
    if (core.size() > 40) {
        return false;
    }
    QString key = core.toString().toLower();
    while (!key.isEmpty() &&
           (key.back() == u'.' || key.back() == u':' || key.back() == u'>' || key.back() == u'\u203a')) {
        key.chop(1);
    }
    return labels.contains(key.trimmed());
}

// A line of Markdown links and separators only: "[Home](/) | [World](/world)".
bool isLinkBar(QStringView core)
{
    static const QRegularExpression bar = re(R"(^(?:\[[^\]]{1,60}\]\([^)\s]{0,300}\)\s*[|·•/-]?\s*){2,}$)");
    return core.size() <= 800 && core.startsWith(u'[') && bar.match(core).hasMatch();
}

bool isNewsletterPrompt(QStringView core)
{
    static const QRegularExpression signUp = re(
        R"(^(?:sign up|subscribe)\b.{0,60}\b(?:newsletter|inbox|e-?mail updates|e-?mails)\b|^get (?:our|the) .{0,40}newsletter\b)");
    static const QRegularExpression inbox = re(R"(\b(?:direct|straight|delivered)\s+to your inbox\b)");
    return core.size() <= 120 && ((cues::mayStartWith(core, u"sg") && signUp.match(core).hasMatch()) ||
                                  (core.contains(u"inbox", Qt::CaseInsensitive) && inbox.match(core).hasMatch()));
}

bool isAppPrompt(QStringView core)
{
    static const QRegularExpression app =
        re(R"(^(?:click here to )?(?:get|download|install) (?:the|our) .{1,40} app\b)");
    return core.size() <= 120 && (!cues::appPromptOutlet(core).isEmpty() ||
                                  (cues::mayStartWith(core, u"cgdi") && app.match(core).hasMatch()));
}

bool isShareLabel(QStringView core)
{
    static const QRegularExpression label = re(
        R"(^(?:(?:grey|gray|white|black|blue)\s+)?(?:facebook|twitter|x|youtube|instagram|linkedin|whatsapp|e-?mail|reddit|telegram|tiktok|pinterest|print|copy link|copy url|share|tweet|flipboard|messenger)(?:\s+(?:icon|logo|link))?$)");
    static const QRegularExpression shareOn = re(R"(^share (?:this|on|via)\b.{0,60}$)");
    return core.size() <= 80 &&
           ((cues::mayStartWith(core, u"gwbfxyiletrpcsm") && label.match(core).hasMatch()) ||
            (cues::mayStartWith(core, u"s") && shareOn.match(core).hasMatch()) || !cues::followName(core).isEmpty());
}

bool isLicenceNotice(QStringView core)
{
    static const QRegularExpression licence =
        re(R"(licensed under (?:a |the )?creative commons|\bcc by(?:-[a-z]{2})*\s*\d\.\d|^feel free to republish)");
    return core.size() <= 300 &&
           (core.contains(u"licensed", Qt::CaseInsensitive) || core.contains(u"cc by", Qt::CaseInsensitive) ||
            cues::mayStartWith(core, u"f")) &&
           licence.match(core).hasMatch();
}

bool isMediaPromo(QStringView core)
{
    static const QRegularExpression promo =
        re(R"(^(?:watch|listen|video|podcast|live|audio|gallery|photos|explainer|related)\s*\|)");
    return core.size() <= kShortLine && core.contains(u'|') && promo.match(core).hasMatch();
}

// Fox-style inline links to other stories: a whole line in capitals, no sentence punctuation.
bool isCapitalisedLink(QStringView core)
{
    if (core.size() > kShortLine || endsSentence(core)) {
        return false;
    }
    // The capitals first: most lines fail at their first lower-case letter.
    int upper = 0;
    for (const QChar c : core) {
        if (c.isLower()) {
            return false;
        }
        upper += c.isUpper() ? 1 : 0; // scripts without case (Arabic, CJK) never count as capitals
    }
    // Six words at least: a shouted short quote ("WE WILL NOT SURRENDER") is not a link.
    return upper >= 15 && wordCount(core) >= 6 && !core.contains(u'"') && !core.contains(u'\u201c');
}

// A fundraising appeal: two different kinds of appeal cue, addressed to the reader ("we", "our", "you").
bool isDonationAppeal(QStringView core)
{
    static const std::array<QStringList, 7> cueGroups = {{
        {QStringLiteral("donation"), QStringLiteral("donate")},
        {QStringLiteral("chip in")},
        {QStringLiteral("reader-supported"), QStringLiteral("reader supported")},
        {QStringLiteral("paywall")},
        {QStringLiteral("our newsroom"), QStringLiteral("support our work"), QStringLiteral("support independent")},
        {QStringLiteral("become a member"), QStringLiteral("become a supporter")},
        {QStringLiteral("free to republish")},
    }};
    if (core.size() > 3000) {
        return false;
    }
    // Folded once, then searched case-sensitively (what Qt::CaseInsensitive compares, without folding every
    // character again for each of the 13 cues: this was the costliest step of importing a plain-text story). A line
    // of ASCII only (most) folds to its lower case: done in a buffer on the stack, without Unicode's tables.
    QVarLengthArray<char16_t, 512> ascii;
    bool isAscii = true;
    for (const QChar c : core) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            isAscii = false;
            break;
        }
        ascii.append(u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u);
    }
    // Addressed to the reader (the pattern below) needs "we" or "ou" ("our", "you"): most lines of ASCII have neither.
    if (isAscii) {
        const QStringView lower(ascii.data(), ascii.size());
        if (!lower.contains(u"we") && !lower.contains(u"ou")) {
            return false;
        }
    }
    const QString foldedCopy = isAscii ? QString() : core.toString().toCaseFolded();
    const QStringView folded = isAscii ? QStringView(ascii.data(), ascii.size()) : QStringView(foldedCopy);
    int groups = 0;
    int left = int(cueGroups.size());
    for (const QStringList& group : cueGroups) {
        if (groups + left < 2) {
            return false; // two groups can no longer be found
        }
        --left;
        if (std::any_of(group.begin(), group.end(), [&](const QString& cue) { return folded.contains(cue); })) {
            ++groups;
        }
    }
    static const QRegularExpression reader = re(R"(\b(?:we|our|you|your)\b)");
    return groups >= 2 && reader.match(core).hasMatch();
}

bool isMoreStoriesHeading(QStringView core)
{
    static const QRegularExpression heading = re(
        R"(^(?:more stories|related stories|related articles|related coverage|most read|most popular|recommended|you may also like|more from [\p{L} ]{2,40}|trending|latest stories)\s*:?$)");
    return core.size() <= 60 && cues::mayStartWith(core, u"mrytl") && heading.match(core).hasMatch();
}

// "Brett Wilkins ·": the byline under a teaser of another story.
bool isTeaserByline(QStringView core)
{
    static const QRegularExpression teaser =
        QRegularExpression(QStringLiteral(R"(^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s*[·•]$)"),
                           QRegularExpression::UseUnicodePropertiesOption);
    return core.size() <= 60 && (core.endsWith(u'\u00B7') || core.endsWith(u'\u2022')) && teaser.match(core).hasMatch();
}

bool endsWithDuration(QStringView core)
{
    static const QRegularExpression duration = re(R"(\b\d{1,2}:\d{2}$)");
    return core.size() <= 600 && duration.match(core).hasMatch();
}

QString classify(QStringView line)
{
    const QStringView core = withoutLeadingSymbols(line);
    if (core.isEmpty()) {
        return {}; // a line of symbols only ("* * *") may be a section break of the article
    }
    if (isAppPrompt(core)) {
        return furniture::appPrompt();
    }
    if (isNavigationLabel(core) || isLinkBar(core)) {
        return furniture::navigation();
    }
    if (core.size() <= 60 && !cues::logoName(core).isEmpty()) {
        return furniture::logo();
    }
    if (isNewsletterPrompt(core)) {
        return furniture::newsletterPrompt();
    }
    if (isShareLabel(core)) {
        return furniture::shareLabels();
    }
    if (cues::isCopyrightNotice(core)) {
        return furniture::copyrightNotice();
    }
    if (isLicenceNotice(core)) {
        return furniture::licenceNotice();
    }
    if (isMediaPromo(core)) {
        return furniture::mediaPromo();
    }
    if (isMoreStoriesHeading(core)) {
        return furniture::moreStories();
    }
    if (isCapitalisedLink(core)) {
        return furniture::relatedLink();
    }
    if (isDonationAppeal(core)) {
        return furniture::donationAppeal();
    }
    return {};
}

// Lines to look at: all of an ordinary text, the edges of a huge one.
std::vector<text::TextLine> linesToScan(const QString& text)
{
    if (text.size() <= FurnitureScan::kFullScanChars) {
        return text::splitLines(text);
    }
    std::vector<text::TextLine> head;
    qsizetype pos = 0;
    while (head.size() < FurnitureScan::kEdgeLines && pos <= text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0) {
            end = text.size();
        }
        head.push_back({pos, end});
        pos = end + 1;
    }
    std::vector<text::TextLine> tail;
    qsizetype end = text.size();
    while (tail.size() < FurnitureScan::kEdgeLines && end >= pos) {
        const qsizetype nl = end > 0 ? text.lastIndexOf(u'\n', end - 1) : -1;
        const qsizetype start = nl + 1;
        if (start < pos) {
            break;
        }
        tail.push_back({start, end});
        if (nl < 0) {
            break;
        }
        end = nl;
    }
    head.insert(head.end(), tail.rbegin(), tail.rend());
    return head;
}

} // namespace

FurnitureScan scanFurniture(const QString& text)
{
    FurnitureScan scan;
    scan.lines = linesToScan(text);
    scan.reasons.resize(scan.lines.size());
    std::vector<size_t> nonBlank;
    for (size_t i = 0; i < scan.lines.size(); ++i) {
        const QStringView t = scan.lines[i].trimmed(text);
        if (t.isEmpty()) {
            continue;
        }
        nonBlank.push_back(i);
        scan.reasons[i] = classify(t);
    }
    auto trimmedAt = [&](size_t k) {
        return scan.lines[nonBlank[k]].trimmed(text);
    };
    auto reasonAt = [&](size_t k) -> QString& {
        return scan.reasons[nonBlank[k]];
    };

    for (size_t k = 0; k < nonBlank.size(); ++k) {
        // A video or podcast promo: its title line and its description ending in a duration ("... 2:09").
        if (reasonAt(k) == furniture::mediaPromo()) {
            size_t next = k + 1;
            if (next < nonBlank.size() && reasonAt(next).isEmpty()) {
                const QStringView t = trimmedAt(next);
                if (endsWithDuration(t)) {
                    reasonAt(next) = furniture::mediaPromo();
                } else if (t.size() <= 100 && !endsSentence(t)) {
                    reasonAt(next) = furniture::mediaPromo();
                    if (++next < nonBlank.size() && reasonAt(next).isEmpty() && endsWithDuration(trimmedAt(next))) {
                        reasonAt(next) = furniture::mediaPromo();
                    }
                }
            }
        }
        // Image alt text just above a photo caption near the top: "child on swing in front of destroyed building".
        if (k < 8 && k + 1 < nonBlank.size() && reasonAt(k).isEmpty()) {
            const QStringView t = trimmedAt(k);
            if (!t.isEmpty() && t.front().isLower() && t.size() <= 100 && !endsSentence(t) && wordCount(t) >= 3 &&
                cues::isPhotoCaption(trimmedAt(k + 1))) {
                reasonAt(k) = furniture::imageDescription();
            }
        }
    }

    // Teasers of unrelated stories (headline, standfirst, "Author ·"): from the headline above the first teaser
    // byline to the last one. Two or more are needed, so a lone "Name ·" in an article is left alone.
    std::vector<size_t> teasers;
    for (size_t k = 0; k < nonBlank.size(); ++k) {
        if (isTeaserByline(withoutLeadingSymbols(trimmedAt(k)))) {
            teasers.push_back(k);
        }
    }
    if (teasers.size() >= 2) {
        size_t first = teasers.front();
        for (int back = 0; back < 2 && first > 0 && reasonAt(first - 1).isEmpty() && trimmedAt(first - 1).size() <= 400;
             ++back) {
            --first;
        }
        for (size_t k = first; k <= teasers.back(); ++k) {
            reasonAt(k) = furniture::moreStories();
        }
    }
    // Whole lines in capitals are links to other stories in Fox News's house style only; elsewhere they are
    // subheads, kickers or photo credits of the article, so they stay.
    const bool foxStyle = std::any_of(nonBlank.begin(), nonBlank.end(), [&](size_t i) {
        const QStringView t = scan.lines[i].trimmed(text);
        return t.size() <= 200 && (cues::appPromptOutlet(t) == u"Fox News" || cues::copyright(t).holder == u"Fox News");
    });
    for (size_t k = 0; k < nonBlank.size(); ++k) {
        if (reasonAt(k) == furniture::relatedLink() && (!foxStyle || k == 0)) {
            reasonAt(k).clear();
        }
    }
    // Appeals and "more stories" sit after the article: in the first 60% of the text they are left alone.
    for (size_t k = 0; k < nonBlank.size(); ++k) {
        if (reasonAt(k) == furniture::donationAppeal() && scan.lines[nonBlank[k]].start * 10 < text.size() * 6) {
            reasonAt(k).clear();
        }
    }
    // A "More stories" heading in the last part of the text: everything after it is other stories.
    for (size_t k = 0; k < nonBlank.size(); ++k) {
        if (reasonAt(k) == furniture::moreStories() && isMoreStoriesHeading(withoutLeadingSymbols(trimmedAt(k))) &&
            scan.lines[nonBlank[k]].start * 10 >= text.size() * 6) {
            // Only a list of teasers (short lines) after it: a paragraph of prose means the article goes on.
            bool teasersOnly = true;
            for (size_t j = k + 1; j < nonBlank.size() && teasersOnly; ++j) {
                teasersOnly = trimmedAt(j).size() <= 300;
            }
            for (size_t j = k + 1; teasersOnly && j < nonBlank.size(); ++j) {
                if (reasonAt(j).isEmpty()) {
                    reasonAt(j) = furniture::moreStories();
                }
            }
            break;
        }
    }
    return scan;
}

QList<model::TextRange> furnitureRanges(const QString& text, const FurnitureScan& scan)
{
    QList<model::TextRange> out;
    for (size_t i = 0; i < scan.lines.size(); ++i) {
        if (scan.reasons[i].isEmpty()) {
            continue;
        }
        const text::TextLine& line = scan.lines[i];
        // Cover the line's newline and the blank lines after it, up to the next line with text.
        qsizetype end = line.end;
        qsizetype cut = line.end;
        while (end < text.size() && text.at(end).isSpace()) {
            if (text.at(end) == u'\n') {
                cut = end + 1;
            }
            ++end;
        }
        if (end >= text.size()) {
            cut = text.size();
        }
        if (!out.isEmpty() && out.back().end >= line.start && out.back().reason == scan.reasons[i]) {
            out.back().end = cut;
        } else {
            out.append({line.start, cut, scan.reasons[i]});
        }
    }
    return out;
}

} // namespace corrob::io
