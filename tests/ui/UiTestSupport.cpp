// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/UiTestSupport.h"

#include "core/io/PlainTextImporter.h"
#include "resources/Resources.h"
#include "tests/support/TestPaths.h"
#include "ui/document/CaseDocument.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace corrob::test {

ui::SampleCaseLocation sampleCaseIn(const QTemporaryDir& dir)
{
    return {dir.filePath(QStringLiteral("Sample case.corrob")), resources::sampleArticlesDir()};
}

QStringList seedTitles()
{
    // What the importer makes of each seed: the UI must show the titles the case holds, whatever core infers.
    QStringList titles;
    const io::PlainTextImporter importer;
    for (const QString& path : seedFiles()) {
        QFile file(path);
        const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        auto report = importer.read({bytes, QFileInfo(path).fileName(), path});
        titles << (report.ok() ? report->metadata.title : QString());
    }
    return titles;
}

QString seedLongestLine(const QString& seedFile)
{
    // The longest line of what a reader sees once the importer has hidden the page furniture.
    QFile file(seedFile);
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    auto report = io::PlainTextImporter().read({bytes, QFileInfo(seedFile).fileName(), seedFile});
    if (!report.ok()) {
        return {};
    }
    QString longest;
    const QString reading = model::textWithout(report->workingText, report->excludedRanges);
    for (const QString& line : reading.split(u'\n')) {
        if (line.simplified().size() > longest.size()) {
            longest = line.simplified();
        }
    }
    return longest;
}

QStringList columnTexts(const QAbstractItemModel& model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        texts << model.index(row, column).data().toString();
    }
    return texts;
}

void clickRow(QAbstractItemView& view, int row, bool twice)
{
    const QRect rect = view.visualRect(view.model()->index(row, 0));
    ASSERT_TRUE(rect.isValid()) << "row " << row << " is not on screen";
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, rect.center());
    if (twice) {
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, rect.center());
    }
}

std::unique_ptr<casefile::Case> openBeside(const ui::CaseDocument& document)
{
    auto opened = casefile::Case::open(document.path(), document.options());
    EXPECT_TRUE(opened.ok()) << (opened ? std::string() : opened.error().toString().toStdString());
    return opened ? std::move(opened).value() : nullptr;
}

casefile::ImportOutcome importInto(ui::CaseDocument& document, const QStringList& paths,
                                   const casefile::ImportOptions& options)
{
    casefile::ImportOutcome outcome;
    if (!document.isOpen()) {
        for (const QString& path : paths) {
            outcome.failed.push_back({path, QStringLiteral("no case is open to import into")});
        }
        return outcome;
    }
    const std::unique_ptr<casefile::Case> beside = openBeside(document);
    if (!beside) {
        return outcome;
    }
    outcome = casefile::ImportService(*beside).importPaths(paths, options);
    if (!outcome.imported.empty()) {
        if (auto reloaded = document.reloadReports(); !reloaded) {
            outcome.failed.push_back({document.path(), reloaded.error().toString()});
        }
    }
    return outcome;
}

} // namespace corrob::test
