// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/ReportContent.h"

#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QThread;
class QTimer;

namespace corrob::ui {

class CaseDocument;
class Prompts;

// File > Export…: the format (render::exportFormats()), what goes in (all claims, a tag and the tags below it, the
// claims ticked in a list, claims graded N or better), a preview of the investigation report for that choice, for
// ClaimReview the address where the investigation is published (each review's url; optional), and Export…, which asks
// where (Prompts::chooseExportPath) and writes with a progress bar and Cancel. Preview and export run on a worker
// thread with a read-only connection of their own to the case file, so a large case never blocks the window; the dialog
// waits for its worker only when destroyed. Closes (accept()) once the export is written; written() then names the
// files.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // folder: where the file dialog starts.
    ExportDialog(CaseDocument& document, Prompts& prompts, QString folder, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // The selection the controls describe.
    [[nodiscard]] exporting::Selection selection() const;
    [[nodiscard]] QString formatName() const;
    // ClaimReview: the review URL typed (trimmed), or empty.
    [[nodiscard]] QString reviewUrl() const;
    // The files the export wrote (after accept()).
    [[nodiscard]] const QStringList& written() const { return m_written; }
    // Whether a preview or an export is running.
    [[nodiscard]] bool isBusy() const { return m_worker != nullptr; }

    // The preview shows at most this many claims (the export has them all).
    static constexpr int kPreviewClaims = 100;

Q_SIGNALS:
    // The preview shows the current choice (also when reading it failed: the preview then says why).
    void previewUpdated();
    // An export ended: written, failed, or cancelled (ok false and errors empty).
    void exportFinished(bool ok);

private:
    void buildUi();
    void schedulePreview();
    void startPreview();
    void startExport();
    void cancel();
    // Runs work on a worker thread, then done on this thread.
    void runWorker(std::function<void()> work, std::function<void()> done);
    void updateEnabled();

    CaseDocument& m_document;
    Prompts& m_prompts;
    QString m_folder;
    QString m_casePath;
    QString m_actor;

    QComboBox* m_formatCombo = nullptr;
    QLabel* m_reviewUrlLabel = nullptr;
    QLineEdit* m_reviewUrlEdit = nullptr;
    QButtonGroup* m_scope = nullptr;
    QComboBox* m_tagCombo = nullptr;
    QListWidget* m_claimList = nullptr;
    QSpinBox* m_gradeSpin = nullptr;
    QTextBrowser* m_preview = nullptr;
    QLabel* m_previewLabel = nullptr; // what the preview shows, for the format chosen
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QTimer* m_previewTimer = nullptr;

    QThread* m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    bool m_previewPending = false;
    bool m_showingBadUrl = false; // m_status says the review URL is not one
    QStringList m_written;
};

} // namespace corrob::ui
