// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QWidget;

namespace corrob::ui {

class CaseDocument;
class Prompts;

// File > Back Up…: asks where (proposing "<case> (backup <date time>).corrob" beside the case), confirms before
// replacing an existing file, copies the open case with SQLite's online backup (casefile::Case::backup: checked
// before it gets its name) showing progress with Cancel, and says where the copy went. Also tells the user, when
// opening a case upgraded its schema, where the case as it was is kept.
class CaseBackup : public QObject
{
    Q_OBJECT

public:
    CaseBackup(CaseDocument& document, Prompts& prompts, QWidget* window);

    [[nodiscard]] QAction* action() const { return m_action; }
    // Runs the whole Back Up… interaction; what the action does.
    void run();
    // An upgrade kept the case as it was at kept and deleted the removed older copies (CaseUpgrader::upgraded): the
    // announcement after the case opens names them too.
    void noteUpgrade(const QString& kept, const QStringList& removed);

Q_SIGNALS:
    // A backup was written (message names the file), for the status bar.
    void backedUp(const QString& message);

private:
    void announceUpgrade();

    CaseDocument& m_document;
    Prompts& m_prompts;
    QWidget* m_window;
    QAction* m_action;
    QString m_upgradeKept;        // the copy the last upgrade noted kept
    QStringList m_upgradeRemoved; // and the older copies it deleted
};

} // namespace corrob::ui
