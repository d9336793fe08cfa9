// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CaseCommand.h"
#include "cli/Command.h"

#include "core/case/EntityIndex.h"
#include "core/text/AttributionExtractor.h"
#include "core/text/FigureParser.h"
#include "core/text/SentenceSplitter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace corrob::cli {
namespace {

QJsonValue number(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject figureJson(const text::Figure& f)
{
    return {{QStringLiteral("start"), f.start},
            {QStringLiteral("end"), f.end},
            {QStringLiteral("text"), f.text},
            {QStringLiteral("value"), f.value},
            {QStringLiteral("low"), number(f.low)},
            {QStringLiteral("high"), number(f.high)},
            {QStringLiteral("low_inclusive"), f.lowInclusive},
            {QStringLiteral("high_inclusive"), f.highInclusive},
            {QStringLiteral("unit"), f.unit},
            {QStringLiteral("qualifier"), f.qualifier},
            {QStringLiteral("counted"), textOrNull(f.counted)},
            {QStringLiteral("as_of"), textOrNull(f.asOf)},
            {QStringLiteral("as_of_start"), f.asOf.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.asOfStart)},
            {QStringLiteral("as_of_end"), f.asOf.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.asOfEnd)}};
}

QString viaName(text::Attribution::Via via)
{
    switch (via) {
    case text::Attribution::Via::Name:
        return QStringLiteral("name");
    case text::Attribution::Via::Pronoun:
        return QStringLiteral("pronoun");
    case text::Attribution::Via::ContinuedQuote:
        return QStringLiteral("continued_quote");
    }
    return QString();
}

QString kindName(const text::Attribution& a)
{
    if (a.group) {
        return QStringLiteral("group");
    }
    switch (a.kind) {
    case text::SpeakerKind::Person:
        return QStringLiteral("person");
    case text::SpeakerKind::Organisation:
        return QStringLiteral("organisation");
    case text::SpeakerKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

// The chain from the publisher (the report's outlet, when known) through the asserting sources to the original
// observer: [{"role":"publisher","name":"Fox News"},{"role":"source","name":"Amnesty"},{"role":"observer",...}].
QJsonArray chainJson(const text::Attribution& a, const QString& outlet)
{
    QJsonArray chain;
    auto add = [&chain](const char* role, const QString& name) {
        chain.append(QJsonObject{{QStringLiteral("role"), QString::fromLatin1(role)}, {QStringLiteral("name"), name}});
    };
    if (!outlet.isEmpty()) {
        add("publisher", outlet);
    }
    for (const QString& source : a.chain) {
        add("source", source);
    }
    if (!a.observer.isEmpty()) {
        add("observer", a.observer);
    }
    return chain;
}

QJsonObject attributionJson(const text::Attribution& a, const QString& outlet)
{
    return {{QStringLiteral("start"), a.start},
            {QStringLiteral("end"), a.end},
            {QStringLiteral("speaker"), a.speaker},
            {QStringLiteral("speaker_start"), a.speakerStart},
            {QStringLiteral("speaker_end"), a.speakerEnd},
            {QStringLiteral("cue"), a.cue},
            {QStringLiteral("chain"), chainJson(a, outlet)},
            {QStringLiteral("via"), viaName(a.via)},
            {QStringLiteral("kind"), kindName(a)},
            {QStringLiteral("anonymous"), a.anonymous}};
}

// A mention of an entity; "entity" is the case's entity id, null for a name no entity has yet (a case open
// read-only).
QJsonObject entityJson(const casefile::ReportEntityMention& m)
{
    return {{QStringLiteral("start"), m.start},
            {QStringLiteral("end"), m.end},
            {QStringLiteral("text"), m.text},
            {QStringLiteral("canonical"), m.canonical},
            {QStringLiteral("type"), m.type},
            {QStringLiteral("entity"), m.entity.isValid() ? QJsonValue(m.entity.value) : QJsonValue(QJsonValue::Null)}};
}

} // namespace

int runExtract(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(
        ctx, QStringLiteral("extract"),
        QStringLiteral(
            "What a report's working text says, as found by the text readers: its sentences, "
            "the entities it mentions (as the case's entity index folds them), its figures (what is counted and as of "
            "when) and who said what (the chain from "
            "the publisher to the original observer). Offsets are UTF-16 code units of the "
            "working text, as claim anchors count them."));
    cmd.parser().addPositionalArgument(QStringLiteral("REPORT"), QStringLiteral("The report's id (see 'reports')."));
    cmd.addJsonOption(QStringLiteral("Print the extraction as JSON."));
    if (!cmd.parse(args, 2, 2)) {
        return cmd.exitCode();
    }
    const auto id = cmd.idArgument(1, QStringLiteral("REPORT"));
    if (!id || !cmd.open()) {
        return cmd.exitCode();
    }
    auto report = cmd.target().report(ReportId(*id));
    if (!report) {
        return cmd.inputFailed(report.error());
    }
    auto text = cmd.target().reportText(ReportId(*id), casefile::Case::TextView::All);
    if (!text) {
        return cmd.inputFailed(text.error());
    }
    const QString& working = text.value();
    const QString outlet = report->metadata.outlet;
    std::vector<text::Sentence> sentences = text::splitSentences(working);
    const QList<text::Figure> figures = text::parseFigures(working);
    const std::vector<text::Attribution> attributions = text::AttributionExtractor(working, sentences).extract();
    // The report's mentions as the case's entity index has them (computed and stored first when not yet), so the
    // entity ids agree with `entities` and the investigator's merges, renames and deletions apply.
    auto mentions = casefile::EntityIndex(cmd.target()).mentionsOf(ReportId(*id));
    if (!mentions) {
        return cmd.inputFailed(mentions.error());
    }

    if (cmd.json()) {
        QJsonArray sentenceArray;
        for (const text::Sentence& s : sentences) {
            sentenceArray.append(QJsonObject{{QStringLiteral("start"), s.start},
                                             {QStringLiteral("end"), s.end},
                                             {QStringLiteral("paragraph"), s.paragraph}});
        }
        QJsonArray entityArray;
        for (const casefile::ReportEntityMention& m : mentions.value()) {
            entityArray.append(entityJson(m));
        }
        QJsonArray figureArray;
        for (const text::Figure& f : figures) {
            figureArray.append(figureJson(f));
        }
        QJsonArray attributionArray;
        for (const text::Attribution& a : attributions) {
            attributionArray.append(attributionJson(a, outlet));
        }
        ctx.printJson(QJsonObject{{QStringLiteral("sentences"), sentenceArray},
                                  {QStringLiteral("entities"), entityArray},
                                  {QStringLiteral("figures"), figureArray},
                                  {QStringLiteral("attributions"), attributionArray}});
        return kExitOk;
    }
    for (const casefile::ReportEntityMention& m : mentions.value()) {
        ctx.out() << "entity [" << m.start << ',' << m.end << ") " << m.text << " -> " << m.canonical << " (" << m.type
                  << ")\n";
    }
    for (const text::Figure& f : figures) {
        ctx.out() << "figure [" << f.start << ',' << f.end << ") " << f.text;
        if (!f.asOf.isEmpty()) {
            ctx.out() << " (" << f.asOf << ')';
        }
        ctx.out() << '\n';
    }
    for (const text::Attribution& a : attributions) {
        ctx.out() << "attribution [" << a.start << ',' << a.end << ") " << a.speaker << " (" << a.cue
                  << "): " << working.mid(a.start, a.end - a.start).left(80).replace(u'\n', u' ') << '\n';
    }
    ctx.out() << sentences.size() << " sentences, " << mentions->size() << " entity mentions, " << figures.size()
              << " figures, " << attributions.size() << " attributions" << Qt::endl;
    return kExitOk;
}

} // namespace corrob::cli
