// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the import tests (ImportTest, ImportPlacementTest, DropAndPasteTest) do to the test window: a new case, files
// to import, drops.
#pragma once

#include "resources/Resources.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestWindow.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/ImportController.h"
#include "ui/panes/ReportPane.h"
#include "ui/panes/ReportPaneArea.h"

#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <gtest/gtest.h>

#include <memory>

namespace corrob::test {

// The test window (no case open) with what the import tests do to it.
struct ImportHarness : TestWindow
{
    QStringList listedTitles() const { return test::columnTexts(*reportList()->model()); }
    // The title of the report being read (in the current report pane).
    QString shownTitle() const
    {
        auto* label = window->paneArea().currentPane()->findChild<QLabel*>(QStringLiteral("reportTitleLabel"));
        return label ? label->text() : QString();
    }
    ui::ImportController& importer() const { return window->importer(); }

    // Creates an empty case through File > New Case and returns its path.
    QString newCase(const QString& name = QStringLiteral("Investigation.corrob"))
    {
        const QString path = dir.filePath(name);
        prompts.newCasePaths << path;
        EXPECT_TRUE(window->newCase());
        return path;
    }

    // Waits until count imports have finished (the worker posts its end to the UI thread).
    static bool waitForImport(QSignalSpy& finished, int count = 1)
    {
        while (finished.count() < count) {
            if (!finished.wait(10000)) {
                return false;
            }
        }
        return true;
    }

    QString writeFile(const QString& name, const QByteArray& bytes) const
    {
        const QString path = dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QString importMethods() const
    {
        return test::rawQuery(window->document().path(),
                              QStringLiteral("SELECT group_concat(DISTINCT import_method) FROM reports"));
    }

    // Drops paths on target (the window itself unless given), as a drag from a file manager does: the events go
    // to the widget under the pointer and travel up to a widget that takes them.
    void drop(const QStringList& paths, QWidget* target = nullptr) const
    {
        if (target == nullptr) {
            target = window.get();
        }
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString& path : paths) {
            urls << QUrl::fromLocalFile(path);
        }
        mime.setUrls(urls);
        mime.setText(paths.join(u'\n')); // file managers offer the paths as text too
        const QPoint centre = target->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &enter);
        ASSERT_TRUE(enter.isAccepted());
        QDropEvent dropEvent(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &dropEvent);
        EXPECT_TRUE(dropEvent.isAccepted());
    }
};

} // namespace corrob::test
