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

QString gradeText(const QString& reliability, int credibility)
{
    const QString letter = reliability.trimmed().toUpper();
    return credibility == 0 ? letter : letter + QString::number(credibility);
}

QString gradeToolTip(const QString& reliability, int credibility)
{
    return tr("Source reliability: %1\nClaim credibility: %2")
        .arg(reliabilityText(reliability), credibilityText(credibility));
}

QString claimSourceName(const CaseDocument& document, ClaimId claim)
{
    const model::Claim* found = document.claim(claim);
    const model::Source* source = found ? document.source(found->source) : nullptr;
    return source ? source->name : QString();
}

QString reportShortLabel(const CaseDocument& document, ReportId report)
{
    // The number comes first so that eliding a long outlet in a narrow column keeps it.
    const model::ReportSummary* summary = document.reportSummary(report);
    const QString number = QStringLiteral("#%1").arg(report.value);
    if (!summary || summary->metadata.outlet.isEmpty()) {
        return tr("Report %1").arg(number);
    }
    return number + QStringLiteral(" · ") + summary->metadata.outlet;
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
    return label + QStringLiteral(" (") + reportShortLabel(document, found->report) + u')';
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
    return untaggedClaimColour();
}

QColor untaggedClaimColour()
{
    return QColor(QStringLiteral("#c8c4bd"));
}

} // namespace corrob::ui
