// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/edits/ReportEdits.h"
#include "core/common/Error.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace corrob::ui {

class CaseDocument;

// The Inspector's page for the report picked in the Case dock: title, outlet, republisher, author, translation
// credit, publication date, language and URL (editable, each applied on Enter or when the field is left), and the
// SHA-256 of the original, when it was imported and how many claims it has (read-only). Each change is one undoable
// EditReportCommand named for the field ("Set report outlet"); a refused change is reported through editFailed and
// the fields show the report as stored.
class ReportInspector : public QWidget
{
    Q_OBJECT
public:
    explicit ReportInspector(CaseDocument& document, QWidget* parent = nullptr);
    // Fills the fields from the current report (nothing to do when there is none).
    void refresh();

Q_SIGNALS:
    void editFailed(const QString& title, const corrob::Error& error);

private:
    // One editable metadata field: its line edit, the change it makes and the name of that change.
    struct Field
    {
        QLineEdit* edit;
        std::optional<QString> casefile::ReportMetadataChanges::*change;
        QString (*stored)(const model::ReportMetadata&);
        QString what;
    };
    QLineEdit* addField(const char* name, std::optional<QString> casefile::ReportMetadataChanges::*change,
                        QString (*stored)(const model::ReportMetadata&), const QString& what);
    void apply(const Field& field);

    CaseDocument& m_document;
    ReportId m_shown; // the report the fields show; edits apply to it even when the selection moves on
    QList<Field> m_fields;
    QLabel* m_shaLabel = nullptr;
    QLabel* m_importedLabel = nullptr;
    QLabel* m_claimsLabel = nullptr;
};

} // namespace corrob::ui
