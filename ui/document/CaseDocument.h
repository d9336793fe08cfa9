// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Case.h"
#include "core/case/ImportService.h"
#include "core/common/Result.h"
#include "core/model/Report.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

class QUndoStack;

namespace corrob::ui {

struct SampleCaseLocation;

// The case open in a window: owns the core Case and the undo stack of its changes, and tells the panes when
// the case or its reports change. At most one case is open at a time. Never shows dialogs: every operation
// returns a Status whose Error the window presents. Lives on the UI thread.
class CaseDocument : public QObject
{
    Q_OBJECT
public:
    explicit CaseDocument(casefile::CaseOptions options, QObject* parent = nullptr);
    ~CaseDocument() override;

    // Opens the case at path. On success the case open before (if any) is closed first (caseClosed, then
    // caseOpened); on failure nothing changes and the Error says what happened and where.
    Status open(const QString& path);
    // Creates a new case file (never overwrites an existing file) and opens it, as open() does.
    Status create(const QString& path, const QString& title);
    // Creates the sample case from its seed articles when it does not exist yet, then opens it.
    Status openSample(const SampleCaseLocation& location);
    // Closes the open case (emits caseClosed); does nothing when no case is open.
    void close();

    [[nodiscard]] bool isOpen() const { return m_case != nullptr; }
    // The open case's file and title; empty when no case is open.
    [[nodiscard]] QString path() const;
    [[nodiscard]] const QString& title() const { return m_title; }
    [[nodiscard]] const casefile::CaseOptions& options() const { return m_options; }

    // Every report of the open case in import order (empty when no case is open). Loaded when the case opens and
    // whenever its reports change, so reading it is cheap.
    [[nodiscard]] const std::vector<model::ReportSummary>& reportSummaries() const { return m_reports; }
    // The summary of one report, or nullptr when the open case has no such report.
    [[nodiscard]] const model::ReportSummary* reportSummary(ReportId id) const;
    // A report's working text: with its excluded ranges (page furniture) when includeExcluded, else as read.
    Result<QString> reportText(ReportId id, bool includeExcluded);

    // Imports files and folders into the open case on the calling thread and emits reportsChanged when any
    // report was added. Meant for small imports; a large import belongs on a worker with its own Case.
    casefile::ImportOutcome importFiles(const QStringList& paths, const casefile::ImportOptions& options = {});

    // The home of every undoable change to the open case; cleared when a case opens or closes.
    [[nodiscard]] QUndoStack* undoStack() const { return m_undoStack; }

Q_SIGNALS:
    void caseOpened();
    void caseClosed();
    void reportsChanged();

private:
    Status adopt(Result<std::unique_ptr<casefile::Case>> opened);
    void setReports(std::vector<model::ReportSummary> reports);

    casefile::CaseOptions m_options;
    std::unique_ptr<casefile::Case> m_case;
    QString m_title;
    std::vector<model::ReportSummary> m_reports;
    QHash<ReportId, std::size_t> m_reportIndex; // report id -> position in m_reports
    QUndoStack* m_undoStack = nullptr;          // owned as a QObject child
};

} // namespace corrob::ui
