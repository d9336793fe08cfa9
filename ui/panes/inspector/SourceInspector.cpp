// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/inspector/SourceInspector.h"

#include "core/model/Vocabulary.h"
#include "core/text/Fold.h"
#include "ui/commands/InspectorCommands.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/ClaimText.h"
#include "ui/document/VocabularyText.h"
#include "ui/panes/inspector/InspectorFields.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QVBoxLayout>

namespace corrob::ui {
namespace {

QStringList splitList(const QString& text)
{
    QStringList items;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty()) {
            items << part.simplified();
        }
    }
    return items;
}

} // namespace

SourceInspector::SourceInspector(CaseDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_nameEdit(new QLineEdit(this)), m_kindCombo(new QComboBox(this)),
      m_affiliationEdit(new QLineEdit(this)), m_aliasesEdit(new QLineEdit(this)),
      m_reliabilityCombo(new QComboBox(this)), m_rationaleEdit(new CommitTextEdit(this)),
      m_claimsLabel(new QLabel(this)), m_aliasNotice(new QLabel(this))
{
    setObjectName(QStringLiteral("sourceInspector"));
    m_nameEdit->setObjectName(QStringLiteral("sourceNameLineEdit"));
    m_kindCombo->setObjectName(QStringLiteral("sourceKindComboBox"));
    addSourceKindItems(*m_kindCombo);
    m_affiliationEdit->setObjectName(QStringLiteral("sourceAffiliationLineEdit"));
    m_affiliationEdit->setPlaceholderText(tr("The organisation it speaks for"));
    m_affiliationEdit->setClearButtonEnabled(true);
    auto* completer = new QCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_affiliationEdit->setCompleter(completer);
    m_aliasesEdit->setObjectName(QStringLiteral("sourceAliasesLineEdit"));
    m_aliasesEdit->setPlaceholderText(tr("Other names, comma-separated"));
    m_reliabilityCombo->setObjectName(QStringLiteral("sourceReliabilityComboBox"));
    m_reliabilityCombo->addItem(reliabilityText(QString()), QString());
    for (const char* grade : {"A", "B", "C", "D", "E", "F"}) {
        m_reliabilityCombo->addItem(reliabilityText(QString::fromLatin1(grade)), QString::fromLatin1(grade));
    }
    m_rationaleEdit->setObjectName(QStringLiteral("sourceRationaleTextEdit"));
    m_rationaleEdit->setPlaceholderText(tr("Why this grade? (Ctrl+Enter applies)"));
    m_claimsLabel->setObjectName(QStringLiteral("sourceClaimsLabel"));
    m_aliasNotice->setObjectName(QStringLiteral("sourceAliasNoticeLabel"));
    m_aliasNotice->setWordWrap(true);
    m_aliasNotice->setForegroundRole(QPalette::PlaceholderText);
    m_aliasNotice->hide();

    QFormLayout* form = inspectorForm();
    form->addRow(tr("Name"), m_nameEdit);
    form->addRow(tr("Kind"), m_kindCombo);
    form->addRow(tr("Speaks for"), m_affiliationEdit);
    form->addRow(tr("Also known as"), m_aliasesEdit);
    form->addRow(QString(), m_aliasNotice);
    form->addRow(tr("Reliability"), m_reliabilityCombo);
    form->addRow(tr("Rationale"), m_rationaleEdit);
    form->addRow(tr("In the case"), m_claimsLabel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_nameEdit, &QLineEdit::editingFinished, this, [this] {
        casefile::SourceChanges changes;
        changes.name = m_nameEdit->text().simplified();
        apply(changes, tr("Rename source"));
    });
    connect(m_kindCombo, &QComboBox::activated, this, [this] {
        if (auto kind = model::parseSourceKind(m_kindCombo->currentData().toString()); kind) {
            casefile::SourceChanges changes;
            changes.kind = kind.value();
            apply(changes, tr("Change source kind"));
        }
    });
    connect(m_affiliationEdit, &QLineEdit::editingFinished, this, [this] {
        casefile::SourceChanges changes;
        changes.affiliationName = m_affiliationEdit->text().simplified();
        apply(changes,
              changes.affiliationName->isEmpty() ? tr("Remove source affiliation") : tr("Set source affiliation"));
    });
    connect(m_aliasesEdit, &QLineEdit::editingFinished, this, [this] {
        const model::Source* source = m_document.cache().source(m_shown);
        if (!source) {
            return;
        }
        const QStringList after = splitList(m_aliasesEdit->text());
        // A name is one name whatever its case and accents (search and attribution fold them): an alias that folds to
        // the source's name or to another alias is not kept, and is said so rather than vanishing from the field.
        QStringList notKept;
        QHash<QString, QString> byKey{{text::foldKey(source->name), source->name}};
        for (const QString& alias : after) {
            const QString key = text::foldKey(alias);
            const auto same = byKey.constFind(key);
            if (same == byKey.constEnd()) {
                byKey.insert(key, alias);
            } else if (*same != alias) {
                notKept << tr("“%1” is “%2”").arg(alias, *same);
            }
        }
        m_aliasNotice->setText(tr("Not added, case and accents aside: %1.").arg(notKept.join(QStringLiteral("; "))));
        m_aliasNotice->setVisible(!notKept.isEmpty());
        casefile::SourceChanges changes;
        for (const QString& alias : after) {
            if (!source->aliases.contains(alias, Qt::CaseInsensitive)) {
                changes.addAliases << alias;
            }
        }
        for (const QString& alias : source->aliases) {
            if (!after.contains(alias, Qt::CaseInsensitive)) {
                changes.removeAliases << alias;
            }
        }
        apply(changes, tr("Edit source aliases"));
    });
    connect(m_reliabilityCombo, &QComboBox::activated, this, [this] {
        casefile::SourceChanges changes;
        changes.reliability = m_reliabilityCombo->currentData().toString();
        apply(changes, changes.reliability->isEmpty() ? tr("Clear source reliability")
                                                      : tr("Grade source reliability %1").arg(*changes.reliability));
    });
    connect(m_rationaleEdit, &CommitTextEdit::committed, this, [this] {
        casefile::SourceChanges changes;
        changes.rationale = m_rationaleEdit->value();
        apply(changes, tr("Edit reliability rationale"));
    });
}

void SourceInspector::refresh()
{
    const model::Source* source = m_document.cache().source(m_document.selection().currentSource());
    if (!source) {
        return;
    }
    if (m_shown != source->id) {
        m_aliasNotice->hide(); // it spoke of another source's aliases
    }
    m_shown = source->id;
    m_nameEdit->setText(source->name);
    m_nameEdit->setCursorPosition(0);
    selectName(*m_kindCombo, model::sourceKindName(source->kind));
    const model::Source* affiliation = m_document.cache().source(source->affiliation);
    m_affiliationEdit->setText(affiliation ? affiliation->name : QString());
    QStringList others;
    for (const model::Source& s : m_document.cache().sources()) {
        if (s.id != source->id) {
            others << s.name;
        }
    }
    static_cast<QStringListModel*>(m_affiliationEdit->completer()->model())->setStringList(others);
    m_aliasesEdit->setText(source->aliases.join(QStringLiteral(", ")));
    m_aliasesEdit->setCursorPosition(0);
    m_reliabilityCombo->setCurrentIndex(std::max(0, m_reliabilityCombo->findData(source->reliability)));
    m_rationaleEdit->setValue(source->rationale);
    int claims = 0;
    for (const model::Claim& claim : m_document.cache().claims()) {
        claims += claim.source == source->id ? 1 : 0;
    }
    int reports = 0;
    for (const model::ReportSummary& report : m_document.reportSummaries()) {
        reports += report.metadata.outlet == source->name || report.metadata.republishedBy == source->name ? 1 : 0;
    }
    QString uses = tr("%Ln claim(s)", nullptr, claims);
    if (reports > 0) {
        uses += tr("; outlet of %Ln report(s)", nullptr, reports);
    }
    m_claimsLabel->setText(uses);
}

void SourceInspector::apply(casefile::SourceChanges changes, const QString& what)
{
    const model::Source* source = m_document.cache().source(m_shown);
    if (!source) {
        return;
    }
    // Only what differs: editingFinished also fires when focus leaves an unchanged field.
    if (changes.name && (changes.name->isEmpty() || *changes.name == source->name)) {
        changes.name.reset(); // an emptied name goes back to the stored one below
    }
    if (changes.kind && *changes.kind == source->kind) {
        changes.kind.reset();
    }
    if (changes.affiliationName) {
        const model::Source* affiliation = m_document.cache().source(source->affiliation);
        if (*changes.affiliationName == (affiliation ? affiliation->name : QString())) {
            changes.affiliationName.reset();
        }
    }
    if (changes.reliability && *changes.reliability == source->reliability) {
        changes.reliability.reset();
    }
    if (changes.rationale && *changes.rationale == source->rationale) {
        changes.rationale.reset();
    }
    if (changes.isEmpty()) {
        refresh(); // shows the stored values again (an emptied name, a reordered alias list)
        return;
    }
    const SourceId id = m_shown;
    if (auto done = m_document.execute(std::make_unique<EditSourceCommand>(m_document, id, changes, what)); !done) {
        Q_EMIT editFailed(tr("Cannot change the source"), done.error());
        if (m_document.selection().currentSource() == id) {
            refresh();
        }
    }
}

} // namespace corrob::ui
