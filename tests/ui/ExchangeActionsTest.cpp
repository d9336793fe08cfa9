// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// File > Import Annotations… and File > Export for Other Tools in the window: the file dialogs answered by
// FakePrompts, the import as one undo step with a summary of what could not be placed.
#include "tests/support/TestFiles.h"
#include "tests/support/TestWindow.h"
#include "ui/MainWindow.h"
#include "ui/Preferences.h"
#include "ui/document/CaseDocument.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace corrob;

TEST(ExchangeActions, ImportAnnotationsAddsThePlacedOnesAsOneUndoStepAndListsTheRest)
{
    test::SampleWindow w;
    ui::CaseDocument& doc = w.document();
    const std::size_t claims = doc.cache().claims().size();
    const int steps = doc.undoStack()->count();
    const QString file = w.dir.filePath(QStringLiteral("other-tool.jsonld"));
    test::writeFile(file, QByteArrayLiteral(R"([
      {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://example.org/a/1", "type": "Annotation",
       "body": {"type": "TextualBody", "value": "attacks", "purpose": "tagging"},
       "target": {"source": "https://example.org/unknown",
                  "selector": {"type": "TextQuoteSelector", "exact": "Indiscriminate Attacks"}}},
      {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://example.org/a/2", "type": "Annotation",
       "target": {"source": "https://example.org/unknown",
                  "selector": {"type": "TextQuoteSelector", "exact": "no report says this"}}}
    ])"));
    QAction* import = w.find<QAction>("importAnnotationsAction");
    ASSERT_NE(import, nullptr);
    ASSERT_TRUE(import->isEnabled());
    w.prompts.annotationFiles = {file};
    import->trigger();

    EXPECT_EQ(doc.cache().claims().size(), claims + 1);
    EXPECT_EQ(doc.undoStack()->count(), steps + 1);
    ASSERT_EQ(w.prompts.summaries.size(), 1u);
    EXPECT_TRUE(w.prompts.summaries[0].text.contains(QStringLiteral("1 annotation")))
        << w.prompts.summaries[0].text.toStdString();
    ASSERT_EQ(w.prompts.summaries[0].details.size(), 1);
    EXPECT_TRUE(w.prompts.summaries[0].details[0].contains(QStringLiteral("no report says this")));

    doc.undoStack()->undo();
    EXPECT_EQ(doc.cache().claims().size(), claims);
    doc.undoStack()->redo();
    EXPECT_EQ(doc.cache().claims().size(), claims + 1);
}

TEST(ExchangeActions, ExportMenuWritesEachFormatWhereTheUserChose)
{
    test::SampleWindow w;
    QMenu* menu = w.find<QMenu>("exchangeExportMenu");
    ASSERT_NE(menu, nullptr);
    EXPECT_TRUE(menu->isEnabled());
    const QString jsonld = w.dir.filePath(QStringLiteral("sample.jsonld"));
    const QString qdpx = w.dir.filePath(QStringLiteral("sample.qdpx"));
    const QString bundle = w.dir.filePath(QStringLiteral("sample.zip"));
    w.prompts.exchangeExportPaths = {jsonld, qdpx, bundle};
    w.find<QAction>("exportW3cAction")->trigger();
    w.find<QAction>("exportQdpxAction")->trigger();
    w.find<QAction>("exportBundleAction")->trigger();
    EXPECT_TRUE(w.prompts.errors.empty());
    // Written with nothing left out: said in the status bar, as the Export dialog's formats are, not in a pop-up
    // that would take the next keys typed.
    EXPECT_TRUE(w.prompts.summaries.empty());
    EXPECT_EQ(w.window->statusBar()->currentMessage(),
              QStringLiteral("Wrote %1 with the case and 5 originals.").arg(bundle));

    QFile f(jsonld);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonObject collection = QJsonDocument::fromJson(f.readAll()).object();
    EXPECT_EQ(collection.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
    EXPECT_EQ(collection.value(QStringLiteral("total")).toInt(), int(w.document().cache().claims().size()));
    EXPECT_TRUE(QFile::exists(qdpx));
    EXPECT_TRUE(QFile::exists(bundle));
}

TEST(ExchangeActions, TheNextExportStartsInTheFolderTheLastOneWroteTo)
{
    test::SampleWindow w;
    const QString caseFolder = QFileInfo(w.document().path()).absolutePath();
    ASSERT_TRUE(QDir(w.dir.path()).mkpath(QStringLiteral("out")));
    const QString out = w.dir.filePath(QStringLiteral("out"));
    w.prompts.exchangeExportPaths = {out + QStringLiteral("/a.jsonld"), out + QStringLiteral("/b.qdpx")};
    w.find<QAction>("exportW3cAction")->trigger();
    w.find<QAction>("exportQdpxAction")->trigger();
    ASSERT_EQ(w.prompts.exchangeExportFolders.size(), 2);
    EXPECT_EQ(QDir(w.prompts.exchangeExportFolders[0]), QDir(caseFolder)) << "the first: the case's folder";
    EXPECT_EQ(QDir(w.prompts.exchangeExportFolders[1]), QDir(out)) << "the next: where the last one wrote";
    EXPECT_TRUE(QFile::exists(out + QStringLiteral("/b.qdpx")));
}

TEST(ExchangeActions, AHiddenFolderIsNoDialogsStartingPoint)
{
    // The sample case lives in ~/.local/share/Corroborate, hidden: an export there would be easily lost.
    test::SampleWindow w;
    const QString hidden = w.dir.filePath(QStringLiteral(".local/share/Corroborate"));
    ASSERT_TRUE(QDir().mkpath(hidden));
    const QString moved = hidden + QStringLiteral("/Sample case.corrob");
    const QString path = w.document().path();
    w.document().close();
    ASSERT_TRUE(QFile::rename(path, moved));
    ASSERT_TRUE(w.window->openCase(moved));
    EXPECT_TRUE(ui::isHiddenFolder(QFileInfo(moved).absolutePath()));
    EXPECT_FALSE(ui::isHiddenFolder(w.dir.path()));
    w.prompts.exchangeExportPaths = {QString()}; // the user cancels
    w.find<QAction>("exportW3cAction")->trigger();
    ASSERT_EQ(w.prompts.exchangeExportFolders.size(), 1);
    EXPECT_EQ(QDir(w.prompts.exchangeExportFolders[0]),
              QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)));
}
