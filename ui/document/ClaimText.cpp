// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/ClaimText.h"

#include "core/model/Vocabulary.h"
#include "ui/document/CaseDocument.h"

#include <QCoreApplication>

namespace corrob::ui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ClaimText", text);
}

} // namespace

QString credibilityText(int credibility)
{
    switch (credibility) {
    case 1:
        return tr("1 — confirmed");
    case 2:
        return tr("2 — probably true");
    case 3:
        return tr("3 — possibly true");
    case 4:
        return tr("4 — doubtful");
    case 5:
        return tr("5 — improbable");
    case 6:
        return tr("6 — cannot be judged");
    default:
        return tr("not graded");
    }
}

QString reliabilityText(const QString& grade)
{
    const QString g = grade.trimmed().toUpper();
    if (g == u"A") {
        return tr("A — completely reliable");
    }
    if (g == u"B") {
        return tr("B — usually reliable");
    }
    if (g == u"C") {
        return tr("C — fairly reliable");
    }
    if (g == u"D") {
        return tr("D — not usually reliable");
    }
    if (g == u"E") {
        return tr("E — unreliable");
    }
    if (g == u"F") {
        return tr("F — cannot be judged");
    }
    return tr("not graded");
}

QString claimSourceName(const CaseDocument& document, ClaimId claim)
{
    const model::Claim* found = document.claim(claim);
    const model::Source* source = found ? document.source(found->source) : nullptr;
    return source ? source->name : QString();
}

QString claimLabel(const CaseDocument& document, ClaimId claim)
{
    const model::Claim* found = document.claim(claim);
    if (!found) {
        return {};
    }
    QString label = u'“' + found->statement.simplified() + u'”';
    const QString source = claimSourceName(document, claim);
    if (!source.isEmpty()) {
        label += QStringLiteral(" — ") + source;
    }
    return label + QStringLiteral(" (") + document.reportTitle(found->report) + u')';
}

QString claimToolTip(const CaseDocument& document, ClaimId claim)
{
    const model::Claim* found = document.claim(claim);
    if (!found) {
        return {};
    }
    const QString source = claimSourceName(document, claim);
    QString tip = QStringLiteral("<p><b>%1</b></p><p>%2: %3<br>%4: %5<br>%6: %7")
                      .arg(found->statement.toHtmlEscaped(), tr("Source"),
                           source.isEmpty() ? tr("not attributed") : source.toHtmlEscaped(), tr("Kind"),
                           model::claimKindName(found->kind), tr("Credibility"), credibilityText(found->credibility));
    if (const analysis::ClaimAnalysis* analysed = document.analysis().find(claim)) {
        tip += QStringLiteral("<br>%1: %2").arg(tr("Independent sources")).arg(analysed->independentSources);
    }
    return tip + QStringLiteral("</p>");
}

QColor claimColour(const CaseDocument& document, ClaimId claim)
{
    const model::Claim* found = document.claim(claim);
    if (found && !found->tags.isEmpty()) {
        if (const model::Tag* tag = document.tag(found->tags.first())) {
            const QColor colour(tag->colour);
            if (colour.isValid()) {
                return colour;
            }
        }
    }
    return QColor(model::Tag::defaultColour());
}

} // namespace corrob::ui
