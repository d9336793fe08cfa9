// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/exchange/ExchangeTestSupport.h"

#include "core/case/CaseReader.h"
#include "core/case/ImportService.h"
#include "core/case/edits/ClaimEdits.h"
#include "core/case/edits/LinkEdits.h"
#include "core/case/edits/NoteEdits.h"
#include "tests/support/TestFiles.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QProcess>

#include <gtest/gtest.h>

#include <algorithm>

namespace corrob::test {

QString emojiReportText()
{
    return QStringLiteral(
        "Field notes \U0001F1FA\U0001F1E6 from Kharkiv, 3 March\n\n"
        "Residents \U0001F622 said shelling hit the central market at dawn. The mayor said 12 people were killed "
        "\U0001F56F and 40 wounded.\n\n"
        "A ministry spokesman denied \U0001F645 any strike on civilians, calling the reports \"fake\".\n\n"
        "Volunteers \U0001F91D counted at least 15 bodies near the market by noon.\n");
}

namespace {

ClaimId add(casefile::Case& c, casefile::ClaimDraft draft)
{
    casefile::AddClaim edit(std::move(draft));
    const Status s = edit.apply(c);
    EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : s.error().toString().toStdString());
    return edit.claim().id;
}

void apply(casefile::Case& c, casefile::Edit&& edit)
{
    const Status s = edit.apply(c);
    EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : s.error().toString().toStdString());
}

} // namespace

ExchangeCase::ExchangeCase()
{
    writeFile(m_dir.filePath(QStringLiteral("field-notes.txt")), emojiReportText().toUtf8());
    auto created = casefile::Case::create(m_dir.filePath(QStringLiteral("exchange.corrob")), QStringLiteral("Kharkiv"),
                                          {QStringLiteral("tester")});
    EXPECT_TRUE(created.ok());
    m_case = std::move(created).value();
    const auto outcome = casefile::ImportService(*m_case).importPaths(reportFiles(), {});
    EXPECT_EQ(outcome.imported.size(), 6u);
    auto reports = m_case->reports();
    EXPECT_TRUE(reports.ok());
    m_emojiReport = reports->back().id;

    casefile::ClaimDraft mayor;
    mayor.report = m_emojiReport;
    mayor.quote = QStringLiteral("12 people were killed");
    mayor.statement = QStringLiteral("12 killed in the market shelling");
    mayor.kind = model::ClaimKind::Figure;
    mayor.sourceName = QStringLiteral("the mayor");
    mayor.credibility = 2;
    mayor.tagPaths = {QStringLiteral("Casualties"), QStringLiteral("Violence/Shelling")};
    const ClaimId mayorClaim = add(*m_case, mayor);

    casefile::ClaimDraft denial;
    denial.report = m_emojiReport;
    denial.quote = QStringLiteral("denied \U0001F645 any strike on civilians");
    denial.kind = model::ClaimKind::Denial;
    denial.sourceName = QStringLiteral("Ministry of Defence");
    denial.tagPaths = {QStringLiteral("Violence/Shelling")};
    const ClaimId denialClaim = add(*m_case, denial);

    casefile::ClaimDraft volunteers;
    volunteers.report = m_emojiReport;
    volunteers.quote = QStringLiteral("at least 15 bodies");
    volunteers.tagPaths = {QStringLiteral("Casualties")};
    const ClaimId volunteersClaim = add(*m_case, volunteers);

    casefile::ClaimDraft amnesty;
    amnesty.report = ReportId{1};
    amnesty.quote = QStringLiteral("Amnesty International");
    amnesty.sourceName = QStringLiteral("Amnesty International");
    amnesty.credibility = 3;
    amnesty.tagPaths = {QStringLiteral("Sources/NGO")};
    const ClaimId amnestyClaim = add(*m_case, amnesty);

    casefile::ClaimDraft kharkov;
    kharkov.report = ReportId{4}; // seed 003: its page has a podcast emoji line before the text
    kharkov.quote = QStringLiteral("cluster bomb");
    kharkov.tagPaths = {QStringLiteral("Violence/Shelling")};
    add(*m_case, kharkov);

    apply(*m_case, casefile::AddLink(mayorClaim, denialClaim, model::LinkType::Contradicts,
                                     QStringLiteral("mayor vs ministry")));
    apply(*m_case, casefile::AddLink(volunteersClaim, mayorClaim, model::LinkType::Updates, {}, 0.7));
    apply(*m_case, casefile::AddNote(model::NoteTarget::Claim, mayorClaim.value,
                                     QStringLiteral("Check the <b>hospital</b> figures <script>alert(1)</script>")));
    apply(*m_case,
          casefile::AddNote(model::NoteTarget::Claim, amnestyClaim.value, QStringLiteral("Press release of 3 March.")));
    apply(*m_case, casefile::AddNote(model::NoteTarget::Case, 0, QStringLiteral("Kharkiv market, 3 March")));
}

QStringList ExchangeCase::reportFiles() const
{
    return seedFiles() << m_dir.filePath(QStringLiteral("field-notes.txt"));
}

std::unique_ptr<casefile::Case> ExchangeCase::freshCaseWithSameReports(const QString& name)
{
    auto created = casefile::Case::create(m_dir.filePath(name), QStringLiteral("Fresh"), {QStringLiteral("importer")});
    EXPECT_TRUE(created.ok());
    if (!created) {
        return nullptr;
    }
    EXPECT_EQ(casefile::ImportService(*created.value()).importPaths(reportFiles(), {}).imported.size(), 6u);
    return std::move(created).value();
}

QString describeClaims(casefile::Case& c)
{
    casefile::CaseReader reader(c);
    auto claims = reader.claims();
    auto tags = reader.tags();
    EXPECT_TRUE(claims.ok() && tags.ok());
    QStringList lines;
    for (const model::Claim& claim : claims.value()) {
        auto report = c.report(claim.report);
        QString source;
        if (claim.source.isValid()) {
            source = reader.source(claim.source)->name;
        }
        QStringList tagPaths;
        for (TagId t : claim.tags) {
            tagPaths << casefile::CaseReader::tagPath(tags.value(), t);
        }
        tagPaths.sort();
        lines << QStringLiteral("%1 [%2,%3) \"%4\" stmt=\"%5\" kind=%6 source=%7 cred=%8 tags=%9")
                     .arg(report->sha256.left(12))
                     .arg(claim.anchor.start)
                     .arg(claim.anchor.end)
                     .arg(claim.anchor.quote, claim.statement)
                     .arg(int(claim.kind))
                     .arg(source)
                     .arg(claim.credibility)
                     .arg(tagPaths.join(u','));
    }
    lines.sort();
    return lines.join(u'\n');
}

int runW3cMusts(const QString& file, QString& output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    // Debian's interpreter, where python3-jsonschema is installed (scripts/install-deps), whatever PATH says.
    p.start(QStringLiteral("/usr/bin/python3"),
            {QDir(sourceDir()).filePath(QStringLiteral("tests/core/exchange/w3c_musts.py")),
             QDir(standardsDir()).filePath(QStringLiteral("w3c-web-annotation-tests")), file});
    if (!p.waitForFinished(120000)) {
        output = QStringLiteral("w3c_musts.py did not finish: ") + p.errorString();
        return -1;
    }
    output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace corrob::test
