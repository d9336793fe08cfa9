// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/StanceCsv.h"

#include "core/common/CsvReader.h"

namespace corrob::text {

namespace {

Result<int> requireColumn(const csv::CsvTable& table, QStringView name, const QString& where)
{
    const int column = table.column(name);
    if (column < 0) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("The column '%1' is missing (the header has: %2)")
                         .arg(name.toString(), table.header.join(QStringLiteral(", "))),
                     where};
    }
    return column;
}

Error lineError(const QString& message, const QString& where, int line)
{
    return Error{ErrorCode::InvalidArgument, message, QStringLiteral("%1, line %2").arg(where).arg(line)};
}

} // namespace

Result<StanceInput> readStanceInput(QStringView pairsCsv, const QString& pairsWhere, QStringView bodiesCsv,
                                    const QString& bodiesWhere, bool withLabels)
{
    Result<csv::CsvTable> bodies = csv::readTable(bodiesCsv, bodiesWhere);
    CORROB_TRY(bodies);
    const Result<int> bodyIdColumn = requireColumn(bodies.value(), u"Body ID", bodiesWhere);
    CORROB_TRY(bodyIdColumn);
    const Result<int> articleColumn = requireColumn(bodies.value(), u"articleBody", bodiesWhere);
    CORROB_TRY(articleColumn);
    StanceInput input;
    QHash<QString, int> bodyLine;
    for (const csv::CsvRecord& r : bodies->records) {
        const QString id = r.fields[bodyIdColumn.value()].trimmed();
        if (const auto known = bodyLine.constFind(id); known != bodyLine.constEnd()) {
            return lineError(QStringLiteral("Body ID '%1' is given twice (first on line %2)").arg(id).arg(*known),
                             bodiesWhere, r.line);
        }
        bodyLine.insert(id, r.line);
        input.bodies.insert(id, r.fields[articleColumn.value()]);
    }

    Result<csv::CsvTable> pairs = csv::readTable(pairsCsv, pairsWhere);
    CORROB_TRY(pairs);
    const Result<int> headlineColumn = requireColumn(pairs.value(), u"Headline", pairsWhere);
    CORROB_TRY(headlineColumn);
    const Result<int> pairBodyColumn = requireColumn(pairs.value(), u"Body ID", pairsWhere);
    CORROB_TRY(pairBodyColumn);
    int stanceColumn = -1;
    if (withLabels) {
        const Result<int> column = requireColumn(pairs.value(), u"Stance", pairsWhere);
        CORROB_TRY(column);
        stanceColumn = column.value();
    }
    input.pairs.reserve(pairs->records.size());
    for (const csv::CsvRecord& r : pairs->records) {
        StancePair pair{r.fields[headlineColumn.value()], r.fields[pairBodyColumn.value()].trimmed(), r.line, {}};
        if (!input.bodies.contains(pair.bodyId)) {
            return lineError(QStringLiteral("Body ID '%1' is not in the bodies file %2").arg(pair.bodyId, bodiesWhere),
                             pairsWhere, r.line);
        }
        if (stanceColumn >= 0) {
            pair.stance = stanceNamed(QStringView(r.fields[stanceColumn]).trimmed());
            if (!pair.stance) {
                return lineError(QStringLiteral("Unknown stance '%1': expected agree, disagree, discuss or unrelated")
                                     .arg(r.fields[stanceColumn]),
                                 pairsWhere, r.line);
            }
        }
        input.pairs.push_back(std::move(pair));
    }
    return input;
}

} // namespace corrob::text
