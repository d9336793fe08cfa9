// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/inspector/ReportInspector.h"

#include "ui/commands/InspectorCommands.h"
#include "ui/document/CaseDocument.h"
#include "ui/panes/inspector/InspectorFields.h"

#include <QCompleter>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QVBoxLayout>

namespace corrob::ui {

using Changes = casefile::ReportMetadataChanges;
using Metadata = model::ReportMetadata;

QLineEdit* ReportInspector::addField(const char* name, std::optional<QString> Changes::*change,
                                     QString (*stored)(const Metadata&), const QString& what)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(name));
    m_fields.append({edit, change, stored, what});
    connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
        for (const Field& field : std::as_const(m_fields)) {
            if (field.edit == edit) {
                apply(field);
            }
        }
    });
    return edit;
}

ReportInspector::ReportInspector(CaseDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_shaLabel(new QLabel(this)), m_importedLabel(new QLabel(this)),
      m_claimsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("reportInspector"));
    QLineEdit* title = addField(
        "reportTitleLineEdit", &Changes::title, [](const Metadata& m) { return m.title; }, tr("Set report title"));
    QLineEdit* outlet = addField(
        "reportOutletLineEdit", &Changes::outlet, [](const Metadata& m) { return m.outlet; }, tr("Set report outlet"));
    QLineEdit* republisher = addField(
        "reportRepublisherLineEdit", &Changes::republishedBy, [](const Metadata& m) { return m.republishedBy; },
        tr("Set report republisher"));
    QLineEdit* author = addField(
        "reportAuthorLineEdit", &Changes::author, [](const Metadata& m) { return m.author; }, tr("Set report author"));
    QLineEdit* translation = addField(
        "reportTranslationLineEdit", &Changes::translationCredit, [](const Metadata& m) { return m.translationCredit; },
        tr("Set report translation credit"));
    QLineEdit* published = addField(
        "reportPublishedLineEdit", &Changes::published, [](const Metadata& m) { return m.published.iso; },
        tr("Set report date"));
    QLineEdit* language = addField(
        "reportLanguageLineEdit", &Changes::language, [](const Metadata& m) { return m.language; },
        tr("Set report language"));
    QLineEdit* url = addField(
        "reportUrlLineEdit", &Changes::url, [](const Metadata& m) { return m.url; }, tr("Set report URL"));
    outlet->setPlaceholderText(tr("Who published it"));
    republisher->setPlaceholderText(tr("A site that republished it, if any"));
    translation->setPlaceholderText(tr("Who translated it, if anyone"));
    published->setPlaceholderText(tr("2022-08-04, 2022-08 or 2022"));
    language->setPlaceholderText(tr("en, uk, pt-BR…"));
    url->setPlaceholderText(tr("https://…"));
    auto* sources = new QStringListModel(this);
    for (QLineEdit* edit : {outlet, republisher}) {
        auto* completer = new QCompleter(sources, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
    }
    for (QLabel* label : {m_shaLabel, m_importedLabel, m_claimsLabel}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_shaLabel->setObjectName(QStringLiteral("reportShaLabel"));
    m_shaLabel->setWordWrap(true);
    m_shaLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_shaLabel->setToolTip(tr("SHA-256 of the original file, exactly as collected"));
    m_importedLabel->setObjectName(QStringLiteral("reportImportedLabel"));
    m_claimsLabel->setObjectName(QStringLiteral("reportClaimsLabel"));

    QFormLayout* form = inspectorForm();
    form->addRow(tr("Title"), title);
    form->addRow(tr("Outlet"), outlet);
    form->addRow(tr("Republished by"), republisher);
    form->addRow(tr("Author"), author);
    form->addRow(tr("Translation"), translation);
    form->addRow(tr("Published"), published);
    form->addRow(tr("Language"), language);
    form->addRow(tr("URL"), url);
    form->addRow(tr("SHA-256"), m_shaLabel);
    form->addRow(tr("Imported"), m_importedLabel);
    form->addRow(tr("Claims"), m_claimsLabel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
}

void ReportInspector::refresh()
{
    const model::ReportSummary* report = m_document.reportSummary(m_document.selection().currentReport());
    if (!report) {
        return;
    }
    m_shown = report->id;
    for (const Field& field : std::as_const(m_fields)) {
        field.edit->setText(field.stored(report->metadata));
        field.edit->setCursorPosition(0);
        field.edit->setToolTip(field.edit->text()); // a long title or URL is read whole here
    }
    QStringList media;
    for (const model::Source& source : m_document.cache().sources()) {
        if (source.kind == model::SourceKind::Media) {
            media << source.name;
        }
    }
    if (QCompleter* completer = m_fields.at(1).edit->completer()) {
        static_cast<QStringListModel*>(completer->model())->setStringList(media);
    }
    // In groups of eight, to be read out and compared by eye.
    QString sha;
    for (qsizetype i = 0; i < report->sha256.size(); i += 8) {
        sha += report->sha256.mid(i, 8) + (i + 8 < report->sha256.size() ? QStringLiteral(" ") : QString());
    }
    m_shaLabel->setText(sha);
    m_importedLabel->setText(QString(report->capturedAt).replace(u'T', u' ').left(16) + QStringLiteral(" UTC"));
    const int claims = m_document.cache().claimCount(report->id);
    m_claimsLabel->setText(tr("%Ln claim(s)", nullptr, claims));
}

void ReportInspector::apply(const Field& field)
{
    const model::ReportSummary* report = m_document.reportSummary(m_shown);
    if (!report) {
        return;
    }
    const QString value = field.edit->text().trimmed();
    if (value == field.stored(report->metadata)) {
        return; // editingFinished also fires when focus leaves an unchanged field
    }
    Changes changes;
    changes.*field.change = value;
    const ReportId id = m_shown;
    if (auto done = m_document.execute(std::make_unique<EditReportCommand>(m_document, id, changes, field.what));
        !done) {
        Q_EMIT editFailed(tr("Cannot change the report"), done.error());
        if (m_document.selection().currentReport() == id) {
            refresh();
        }
    }
}

} // namespace corrob::ui
