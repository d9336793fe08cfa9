// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliContext.h"
#include "cli/Command.h"

#include "core/case/CaseFiles.h"
#include "core/common/AtomicFile.h"
#include "core/export/CsvExport.h"
#include "core/text/Stance.h"
#include "core/text/StanceCsv.h"

#include <QFile>
#include <QHash>

#include <array>
#include <optional>

namespace corrob::cli {

namespace {

Result<QString> readUtf8(const QString& path, const QString& what)
{
    QFile file(path);
    if (!file.exists()) {
        return Error{ErrorCode::NotFound, QStringLiteral("the %1 file does not exist").arg(what), path};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, QStringLiteral("cannot read the %1 file: %2").arg(what, file.errorString()), path};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

int runStance(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Judge the stance of each body towards its headline: agree, disagree, discuss or unrelated. "
                       "Reads and writes the Fake News Challenge (FNC-1) CSV files: pairs (Headline, Body ID; other "
                       "columns such as Stance are ignored), bodies (Body ID, articleBody), and writes Headline, Body "
                       "ID, Stance in the order of the pairs. Nothing is written when an input is wrong."));
    const QCommandLineOption pairsOption(QStringLiteral("pairs"),
                                         QStringLiteral("The pairs: CSV with the columns Headline and Body ID."),
                                         QStringLiteral("PAIRS.csv"));
    const QCommandLineOption bodiesOption(QStringLiteral("bodies"),
                                          QStringLiteral("The bodies: CSV with the columns Body ID and articleBody."),
                                          QStringLiteral("BODIES.csv"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Where to write the stances (CSV: Headline, Body ID, Stance)."),
                                       QStringLiteral("OUT.csv"));
    const QCommandLineOption weightsOption(
        QStringLiteral("weights"),
        QStringLiteral("Judge with these weights (a file scripts/train-stance writes) instead of the bundled ones."),
        QStringLiteral("FILE"));
    parser.addOptions({pairsOption, bodiesOption, outOption, weightsOption});
    if (const std::optional<int> stop = ctx.parse(parser, QStringLiteral("stance"), args, 0, 0)) {
        return *stop;
    }
    const QString where = QStringLiteral("corroborate-cli stance");
    for (const QCommandLineOption* required : {&pairsOption, &bodiesOption, &outOption}) {
        if (parser.value(*required).isEmpty()) {
            return ctx.fail(
                kExitUsage,
                QStringLiteral("--%1 %2 is required; see --help").arg(required->names().front(), required->valueName()),
                where);
        }
    }
    const QString pairsPath = parser.value(pairsOption);
    const QString bodiesPath = parser.value(bodiesOption);
    const QString outPath = parser.value(outOption);
    if (auto writable = casefile::checkOutputFile(outPath); !writable) { // never over a case, a pipe or a device
        return ctx.fail(kExitUsage, writable.error());
    }

    std::optional<text::StanceModel> ownModel;
    if (parser.isSet(weightsOption)) {
        const Result<QString> weights = readUtf8(parser.value(weightsOption), QStringLiteral("weights"));
        if (!weights) {
            return ctx.fail(kExitSomeFailed, weights.error());
        }
        Result<text::StanceModel> parsed = text::StanceModel::parse(weights.value(), parser.value(weightsOption));
        if (!parsed) {
            return ctx.fail(kExitSomeFailed, parsed.error());
        }
        ownModel.emplace(std::move(parsed.value()));
    }
    const text::StanceModel& model = ownModel ? *ownModel : text::StanceModel::bundled();

    const Result<QString> pairsText = readUtf8(pairsPath, QStringLiteral("pairs"));
    if (!pairsText) {
        return ctx.fail(kExitSomeFailed, pairsText.error());
    }
    const Result<QString> bodiesText = readUtf8(bodiesPath, QStringLiteral("bodies"));
    if (!bodiesText) {
        return ctx.fail(kExitSomeFailed, bodiesText.error());
    }
    const Result<text::StanceInput> input =
        text::readStanceInput(pairsText.value(), pairsPath, bodiesText.value(), bodiesPath, false);
    if (!input) {
        return ctx.fail(kExitSomeFailed, input.error());
    }

    // A body is cut into words once, however many headlines it is paired with.
    QHash<QString, text::stance::PreparedText> bodies;
    std::array<int, text::kStanceCount> counts{};
    QString csv =
        exporting::csv::record({QStringLiteral("Headline"), QStringLiteral("Body ID"), QStringLiteral("Stance")});
    for (const text::StancePair& pair : input->pairs) {
        auto body = bodies.find(pair.bodyId);
        if (body == bodies.end()) {
            body = bodies.insert(pair.bodyId, text::stance::prepare(input->bodies.value(pair.bodyId)));
        }
        const text::Stance stance = model.judge(text::stance::prepare(pair.headline), *body).stance;
        ++counts[std::size_t(stance)];
        csv += exporting::csv::record({pair.headline, pair.bodyId, text::stanceName(stance)});
    }
    if (auto written = writeFileAtomically(outPath, csv.toUtf8(), QStringLiteral("cannot write the stances"));
        !written) {
        return ctx.fail(kExitSomeFailed, written.error());
    }
    ctx.out() << "judged " << input->pairs.size() << " pairs: " << counts[0] << " agree, " << counts[1] << " disagree, "
              << counts[2] << " discuss, " << counts[3] << " unrelated; wrote " << outPath << Qt::endl;
    return kExitOk;
}

} // namespace corrob::cli
