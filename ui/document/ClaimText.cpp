// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/ClaimText.h"

#include "core/model/Vocabulary.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/VocabularyText.h"

#include <QCoreApplication>

namespace corrob::ui {
namespace {

// The translation context of the free functions below (lupdate reads it; a plain tr() helper it cannot).
struct ClaimText
{
    Q_DECLARE_TR_FUNCTIONS(ClaimText)
};

} // namespace

QString credibilityText(int credibility)
{
    switch (credibility) {
    case 1:
        return ClaimText::tr("1 — confirmed");
    case 2:
        return ClaimText::tr("2 — probably true");
    case 3:
        return ClaimText::tr("3 — possibly true");
    case 4:
        return ClaimText::tr("4 — doubtful");
    case 5:
        return ClaimText::tr("5 — improbable");
    case 6:
        return ClaimText::tr("6 — cannot be judged");
    default:
        return ClaimText::tr("not graded");
    }
}

QString reliabilityText(const QString& grade)
{
    const QString g = grade.trimmed().toUpper();
    if (g == u"A") {
        return ClaimText::tr("A — completely reliable");
    }
    if (g == u"B") {
        return ClaimText::tr("B — usually reliable");
    }
    if (g == u"C") {
        return ClaimText::tr("C — fairly reliable");
    }
    if (g == u"D") {
        return ClaimText::tr("D — not usually reliable");
    }
    if (g == u"E") {
        return ClaimText::tr("E — unreliable");
    }
    if (g == u"F") {
        return ClaimText::tr("F — cannot be judged");
    }
    return ClaimText::tr("not graded");
}

QString gradeText(const QString& reliability, int credibility)
{
    const QString letter = reliability.trimmed().toUpper();
    return credibility == 0 ? letter : letter + QString::number(credibility);
}

QString gradeToolTip(const QString& reliability, int credibility)
{
    return ClaimText::tr("Source reliability: %1\nClaim credibility: %2")
        .arg(reliabilityText(reliability), credibilityText(credibility));
}

QString claimSourceName(const CaseDocument& document, ClaimId claim)
{
    const model::Claim* found = document.cache().claim(claim);
    const model::Source* source = found ? document.cache().source(found->source) : nullptr;
    return source ? source->name : QString();
}

QString reportShortLabel(const CaseDocument& document, ReportId report)
{
    // The number comes first so that eliding a long outlet in a narrow column keeps it.
    const model::ReportSummary* summary = document.reportSummary(report);
    const QString number = QStringLiteral("#%1").arg(report.value);
    if (!summary || summary->metadata.outlet.isEmpty()) {
        return ClaimText::tr("Report %1").arg(number);
    }
    return number + QStringLiteral(" · ") + summary->metadata.outlet;
}

QString claimLabel(const CaseDocument& document, ClaimId claim)
{
    const model::Claim* found = document.cache().claim(claim);
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
    const model::Claim* found = document.cache().claim(claim);
    if (!found) {
        return {};
    }
    const QString source = claimSourceName(document, claim);
    QString tip =
        QStringLiteral("<p><b>%1</b></p><p>%2: %3<br>%4: %5<br>%6: %7")
            .arg(found->statement.toHtmlEscaped(), ClaimText::tr("Source"),
                 source.isEmpty() ? ClaimText::tr("not attributed") : source.toHtmlEscaped(), ClaimText::tr("Kind"),
                 claimKindText(found->kind), ClaimText::tr("Credibility"), credibilityText(found->credibility));
    if (const analysis::ClaimAnalysis* analysed = document.analysis().result().find(claim)) {
        tip += QStringLiteral("<br>%1: %2").arg(ClaimText::tr("Independent sources")).arg(analysed->independentSources);
    }
    return tip + QStringLiteral("</p>");
}

QColor claimColour(const CaseDocument& document, ClaimId claim)
{
    const model::Claim* found = document.cache().claim(claim);
    if (found && !found->tags.isEmpty()) {
        if (const model::Tag* tag = document.cache().tag(found->tags.first())) {
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
