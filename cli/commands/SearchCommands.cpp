// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CaseCommand.h"
#include "cli/Command.h"

#include "core/case/CaseSearch.h"
#include "core/search/Query.h"
#include "core/search/Snippet.h"
#include "core/search/Spellings.h"
#include "core/text/TextDecoder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <limits>
#include <optional>

namespace corrob::cli {
namespace {

// The snippet with each hit in <b>...</b> and the rest escaped as HTML text.
QString markedSnippet(const casefile::SearchMatch& m)
{
    QString out;
    qint64 at = 0;
    for (const auto& h : m.snippetHits) {
        out += m.snippet.mid(at, h.start - at).toHtmlEscaped();
        out += QStringLiteral("<b>") + m.snippet.mid(h.start, h.end - h.start).toHtmlEscaped() + QStringLiteral("</b>");
        at = h.end;
    }
    out += m.snippet.mid(at).toHtmlEscaped();
    return out;
}

QJsonValue offset(qint64 v)
{
    return v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

// A warning for each filter written with a value it does not take (in:bogus, published:2022-13), and each infix NEAR
// with nothing it can join ("(a OR) NEAR/5 b"): searched as words, they would otherwise narrow the search or find
// nothing without a word said.
void warnUnreadSyntax(CliContext& ctx, const search::Query& parsed, const QString& where = {})
{
    for (const QString& written : parsed.unreadFilters) {
        ctx.warn(QStringLiteral("%1 is not a filter it can read and is searched as words (in: takes claims, reports, "
                                "notes or sources; kind: figure, allegation, denial, legal, quote or other; "
                                "published: a date such as 2022, 2022-03, 2022-03-10 or a range 2022-03..2022-05)")
                     .arg(written),
                 where);
    }
    for (const QString& written : parsed.unreadNear) {
        ctx.warn(QStringLiteral("%1 is searched as a word: a NEAR goes between two words or quoted phrases, or a group "
                                "of words in parentheses, all joined by OR or all by AND ((Kyiv OR Kharkiv) NEAR/5 "
                                "shelling)")
                     .arg(written),
                 where);
    }
}

// A warning for each filter that names nothing of the case (outlet:Reuterz, report:abc): the search finds nothing
// through it, and "no results" alone would blame the words.
void warnFiltersNamingNothing(CliContext& ctx, casefile::Case& target, const QString& query, const QString& where = {})
{
    auto nothing = casefile::filtersNamingNothing(target, query);
    if (!nothing) {
        return; // the search that follows reports a case it cannot read
    }
    for (const QString& written : nothing.value()) {
        ctx.warn(QStringLiteral("%1 names nothing in this case (no outlet, source, tag or report title of that name, "
                                "nor a report of that number): nothing is found through it")
                     .arg(written),
                 where);
    }
}

QJsonArray matchesJson(const std::vector<casefile::SearchMatch>& matches)
{
    QJsonArray out;
    for (const auto& m : matches) {
        out.append(QJsonObject{{QStringLiteral("kind"), search::docKindName(m.kind)},
                               {QStringLiteral("id"), m.id},
                               {QStringLiteral("report"), m.reportId > 0 ? QJsonValue(m.reportId) : QJsonValue()},
                               {QStringLiteral("start"), offset(m.start)},
                               {QStringLiteral("end"), offset(m.end)},
                               {QStringLiteral("snippet"), markedSnippet(m)},
                               {QStringLiteral("rank"), m.rank},
                               {QStringLiteral("matched"), m.matched}});
    }
    return out;
}

std::optional<QStringList> readLines(CaseCommand& cmd, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        cmd.fail(kExitUsage, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()), cmd.where());
        return std::nullopt;
    }
    // In whatever encoding an editor saved it (UTF-16 with a BOM, Windows-1252), as report texts are read.
    const QByteArray bytes = f.readAll();
    QString text;
    if (!bytes.isEmpty()) {
        auto decoded = text::decodeText(bytes, path);
        if (!decoded) {
            cmd.fail(kExitUsage, decoded.error());
            return std::nullopt;
        }
        text = decoded->text;
        // A file that is not UTF-8 is read as Windows-1252, and NUL bytes are dropped: said, so that a query that
        // finds nothing because of it is understood.
        for (const QString& warning : decoded->warnings) {
            cmd.context().warn(warning, path);
        }
    }
    QStringList lines = text.split(u'\n');
    for (QString& l : lines) {
        if (l.endsWith(u'\r')) {
            l.chop(1);
        }
    }
    if (!lines.isEmpty() && lines.back().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

// The arguments with a query that starts with a hyphen ("-outlet:Reuters Putin", "-Putin") moved after "--": it is
// no option, and the parser refused it as an unknown one. Every option of the command is named here; what starts
// with two hyphens stays an option.
QStringList queryAfterOptions(const QStringList& args)
{
    static const QStringList withValue{QStringLiteral("limit"), QStringLiteral("queries"), QStringLiteral("terms")};
    static const QStringList flags{QStringLiteral("json"), QStringLiteral("h"), QStringLiteral("help")};
    QStringList out;
    QStringList queries;
    bool positionalOnly = false;
    int positionals = 0; // a hyphen before CASE is an option (or a mistake), never the query
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (i == 0 || positionalOnly || !a.startsWith(u'-') || a == u"-") {
            positionals += i == 0 ? 0 : 1;
            out << a;
            continue;
        }
        if (a == u"--") {
            positionalOnly = true;
            out << a;
            continue;
        }
        const bool doubleDash = a.startsWith(QStringLiteral("--"));
        const QString name = a.mid(doubleDash ? 2 : 1).section(u'=', 0, 0);
        if (withValue.contains(name)) {
            out << a;
            if (!a.contains(u'=') && i + 1 < args.size()) {
                out << args.at(++i);
            }
        } else if (flags.contains(name) || doubleDash || positionals == 0) { // a mistyped --option stays one
            out << a;
        } else {
            queries << a;
        }
    }
    if (!queries.isEmpty()) {
        if (!positionalOnly) {
            out << QStringLiteral("--");
        }
        out << queries;
    }
    return out;
}

// The results as text: a line each, kind and id, report, outlet and date, the snippet.
void printMatches(CliContext& ctx, const std::vector<casefile::SearchMatch>& found)
{
    for (const auto& m : found) {
        ctx.out() << search::docKindName(m.kind) << ' ' << m.id;
        if (m.reportId > 0) {
            ctx.out() << "\treport " << m.reportId;
            if (!m.outlet.isEmpty()) {
                ctx.out() << ", " << m.outlet;
            }
            if (!m.published.isEmpty()) {
                ctx.out() << ", " << m.published;
            }
        }
        ctx.out() << '\t' << search::snippetOnOneLine(m.snippet);
        if (m.otherSpelling) {
            ctx.out() << QStringLiteral(" (as \u201c%1\u201d)").arg(m.matched.simplified());
        }
        ctx.out() << '\n';
    }
    ctx.out().flush();
}

} // namespace

int runSearch(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(
        ctx, QStringLiteral("search"),
        QStringLiteral("Search the case's reports, claims, notes and sources. QUERY: words (AND), OR, NOT, "
                       "\"phrases\", prefix*, NEAR(a b, N) or a NEAR/N b, outlet:, source:, tag:, kind:, report:, "
                       "in:claims|reports|notes|sources, published:FROM..TO."));
    cmd.parser().addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("What to search for."));
    cmd.parser().addOptions({
        {QStringLiteral("limit"), QStringLiteral("At most N results per query (default 50)."), QStringLiteral("N")},
        {QStringLiteral("queries"), QStringLiteral("Run each line of FILE as a query."), QStringLiteral("FILE")},
        {QStringLiteral("terms"),
         QStringLiteral("Batch search: for each line of FILE, the reports it is found in and the hits."),
         QStringLiteral("FILE")},
    });
    cmd.addJsonOption();
    if (!cmd.parse(queryAfterOptions(args), 1, 2)) {
        return cmd.exitCode();
    }
    const bool fromFile = cmd.parser().isSet(QStringLiteral("queries")) || cmd.parser().isSet(QStringLiteral("terms"));
    if (cmd.parser().isSet(QStringLiteral("queries")) && cmd.parser().isSet(QStringLiteral("terms"))) {
        return cmd.usageError(QStringLiteral("give either --queries or --terms, not both"));
    }
    if (fromFile && !cmd.positional(1).isNull()) {
        return cmd.usageError(QStringLiteral("give either QUERY or --queries/--terms, not both"));
    }
    if (!fromFile && cmd.parser().positionalArguments().size() < 2) {
        return cmd.usageError(QStringLiteral("missing QUERY"));
    }
    casefile::SearchOptions options;
    if (cmd.parser().isSet(QStringLiteral("limit"))) {
        bool ok = false;
        options.limit = cmd.parser().value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || options.limit <= 0) {
            return cmd.usageError(QStringLiteral("--limit wants a whole number from 1 to %1, not \"%2\"")
                                      .arg(std::numeric_limits<int>::max())
                                      .arg(cmd.parser().value(QStringLiteral("limit"))));
        }
    }
    std::optional<QStringList> lines;
    if (cmd.parser().isSet(QStringLiteral("queries"))) {
        lines = readLines(cmd, cmd.parser().value(QStringLiteral("queries")));
    } else if (cmd.parser().isSet(QStringLiteral("terms"))) {
        lines = readLines(cmd, cmd.parser().value(QStringLiteral("terms")));
    }
    if (fromFile && !lines) {
        return cmd.exitCode();
    }
    auto variants = search::nameVariantsWithUserTable(search::userNameVariantsPath());
    if (!variants) {
        ctx.warn(variants.error()); // the search goes on with the bundled table
    } else {
        static text::NameVariants table;
        table = std::move(variants.value());
        options.variants = &table;
    }
    if (!cmd.open()) {
        return cmd.exitCode();
    }

    if (cmd.parser().isSet(QStringLiteral("terms"))) {
        auto batch = casefile::batchSearch(cmd.target(), *lines, options);
        if (!batch) {
            return cmd.fail(kExitCannotOpen, batch.error());
        }
        // One entry a line, blank lines too (batchSearch leaves them out), so that the output lines up with FILE as
        // --queries does.
        std::vector<casefile::TermHits> aligned;
        auto next = batch.value().begin();
        for (qsizetype line = 0; line < lines->size(); ++line) {
            if (lines->at(line).trimmed().isEmpty() || next == batch.value().end()) {
                aligned.push_back(casefile::TermHits{});
                continue;
            }
            const QString where = QStringLiteral("line %1").arg(line + 1);
            warnUnreadSyntax(ctx, search::parseQuery(lines->at(line)), where);
            warnFiltersNamingNothing(ctx, cmd.target(), lines->at(line), where);
            if (next->nothingToFind) {
                ctx.warn(QStringLiteral("\"%1\" has no word to search for, so it is found nowhere").arg(next->term),
                         where);
            }
            aligned.push_back(*next++);
        }
        if (cmd.json()) {
            QJsonArray out;
            for (const auto& t : aligned) {
                QJsonArray reports;
                for (const auto& r : t.reports) {
                    reports.append(QJsonObject{{QStringLiteral("report"), r.report.value},
                                               {QStringLiteral("title"), r.title},
                                               {QStringLiteral("hits"), r.hits},
                                               {QStringLiteral("furniture_hits"), r.furnitureHits}});
                }
                out.append(QJsonObject{{QStringLiteral("term"), t.term},
                                       {QStringLiteral("reports"), reports},
                                       {QStringLiteral("hits"), t.totalHits},
                                       {QStringLiteral("furniture_hits"), t.furnitureHits}});
            }
            ctx.printJson(out);
        } else {
            for (const auto& t : aligned) {
                ctx.out() << t.term << '\t' << t.reports.size() << " reports\t" << t.totalHits << " hits\n";
                for (const auto& r : t.reports) {
                    ctx.out() << "  " << r.report.value << '\t' << r.hits << '\t' << r.title << '\n';
                }
            }
            ctx.out().flush();
        }
        return kExitOk;
    }

    if (lines) {
        QJsonArray out;
        const bool json = cmd.json();
        for (qsizetype line = 0; line < lines->size(); ++line) {
            const QString& q = lines->at(line);
            const search::Query parsed = search::parseQuery(q);
            warnUnreadSyntax(ctx, parsed, QStringLiteral("line %1").arg(line + 1));
            warnFiltersNamingNothing(ctx, cmd.target(), q, QStringLiteral("line %1").arg(line + 1));
            if (parsed.truncated) {
                ctx.warn(QStringLiteral("line %1 is long: only its first %2 words (%3 characters) are searched")
                             .arg(line + 1)
                             .arg(search::kMaxQueryWords)
                             .arg(search::kMaxQueryCharacters));
            }
            QElapsedTimer timer;
            timer.start();
            auto found = casefile::searchCase(cmd.target(), q, options);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (!found) {
                return cmd.fail(kExitCannotOpen, found.error());
            }
            if (!json) {
                // A line per query, its results below it as a single query prints them.
                ctx.out() << "# " << q << "\t" << found->size() << " results\t" << QString::number(ms, 'f', 2)
                          << " ms\n";
                printMatches(ctx, found.value());
                continue;
            }
            out.append(QJsonObject{{QStringLiteral("query"), q},
                                   {QStringLiteral("ms"), ms},
                                   {QStringLiteral("results"), matchesJson(found.value())}});
        }
        if (json) {
            ctx.printJson(out);
        }
        return kExitOk;
    }

    const search::Query parsed = search::parseQuery(cmd.positional(1)); // for the warnings
    warnUnreadSyntax(ctx, parsed);
    warnFiltersNamingNothing(ctx, cmd.target(), cmd.positional(1));
    if (parsed.onlyExclusions) {
        ctx.warn(QStringLiteral("the query only leaves words out, which narrows a search: add a word to look for"));
    }
    if (parsed.truncated) {
        ctx.warn(QStringLiteral("the query is long: only its first %1 words (%2 characters) are searched")
                     .arg(search::kMaxQueryWords)
                     .arg(search::kMaxQueryCharacters));
    }
    auto found = casefile::searchCase(cmd.target(), cmd.positional(1), options);
    if (!found) {
        return cmd.fail(kExitCannotOpen, found.error());
    }
    if (cmd.json()) {
        ctx.printJson(matchesJson(found.value()));
    } else {
        printMatches(ctx, found.value());
    }
    return kExitOk;
}

int runReindex(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("reindex"),
                    QStringLiteral("Rebuild the case's search index from its reports, claims, notes and sources."));
    cmd.addJsonOption();
    if (!cmd.open(args, 1, 1)) {
        return cmd.exitCode();
    }
    if (auto s = casefile::reindexCase(cmd.target()); !s) {
        return cmd.fail(kExitCannotOpen, s.error());
    }
    if (cmd.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("ok"), true}});
    } else {
        ctx.out() << "search index rebuilt" << Qt::endl;
    }
    return kExitOk;
}

} // namespace corrob::cli
