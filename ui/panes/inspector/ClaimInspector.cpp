// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/inspector/ClaimInspector.h"

#include "core/model/Vocabulary.h"
#include "ui/commands/ClaimCommands.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/ClaimText.h"
#include "ui/document/LinkColours.h"
#include "ui/document/VocabularyText.h"
#include "ui/panes/inspector/InspectorFields.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace corrob::ui {
namespace {

QStringList splitTags(const QString& text)
{
    QStringList tags;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty()) {
            tags << part.trimmed();
        }
    }
    return tags;
}

} // namespace

ClaimInspector::ClaimInspector(CaseDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_quoteLabel(new QLabel(this)), m_statementEdit(new CommitTextEdit(this)),
      m_kindCombo(new QComboBox(this)), m_sourceCombo(new QComboBox(this)), m_credibilityCombo(new QComboBox(this)),
      m_tagsEdit(new QLineEdit(this)), m_notesLabel(new QLabel(this)), m_noteEdit(new QLineEdit(this)),
      m_linksList(new QListWidget(this))
{
    setObjectName(QStringLiteral("claimInspector"));
    m_quoteLabel->setObjectName(QStringLiteral("claimQuoteLabel"));
    m_quoteLabel->setWordWrap(true);
    m_quoteLabel->setTextFormat(Qt::PlainText); // the report's words, never read as HTML
    m_quoteLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Statements run to a sentence or two: a wrapping field shows them whole. The name is the one tests and
    // sessions have always used for the statement field.
    m_statementEdit->setObjectName(QStringLiteral("claimStatementLineEdit"));
    m_kindCombo->setObjectName(QStringLiteral("claimKindComboBox"));
    addClaimKindItems(*m_kindCombo);
    m_sourceCombo->setObjectName(QStringLiteral("claimSourceComboBox"));
    m_sourceCombo->setEditable(true);
    m_sourceCombo->setInsertPolicy(QComboBox::NoInsert);
    // The completer is the line edit's, not the combo box's: with MatchContains, QComboBox (Qt 6.4) took the row of
    // the entry picked in the filtered popup as a row of the whole list, and attributed the claim to another source.
    // The line edit takes the picked text itself.
    auto* completer = new QCompleter(m_sourceCombo->model(), m_sourceCombo);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_sourceCombo->lineEdit()->setCompleter(completer);
    m_sourceCombo->lineEdit()->setPlaceholderText(tr("Who makes this claim?"));
    m_credibilityCombo->setObjectName(QStringLiteral("claimCredibilityComboBox"));
    for (int grade = 0; grade <= 6; ++grade) {
        m_credibilityCombo->addItem(credibilityText(grade), grade);
    }
    m_tagsEdit->setObjectName(QStringLiteral("claimTagsLineEdit"));
    m_tagsEdit->setPlaceholderText(tr("Tags, comma-separated (Parent/Child)"));
    m_notesLabel->setObjectName(QStringLiteral("claimNotesLabel"));
    m_notesLabel->setWordWrap(true);
    m_notesLabel->setTextFormat(Qt::PlainText);
    m_noteEdit->setObjectName(QStringLiteral("claimNoteLineEdit"));
    m_noteEdit->setPlaceholderText(tr("Add a note and press Enter"));
    m_linksList->setObjectName(QStringLiteral("claimLinksListWidget"));
    m_linksList->setMaximumHeight(110);
    m_linksList->setTextElideMode(Qt::ElideRight);
    m_linksList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_linksList->setToolTip(tr("Pick a link to see and change its type, note and confidence"));

    m_changedRow = new QWidget(this);
    m_changedLabel = new QLabel(m_changedRow);
    m_changedLabel->setObjectName(QStringLiteral("claimQuoteChangedLabel"));
    m_changedLabel->setWordWrap(true);
    m_changedLabel->setTextFormat(Qt::PlainText); // the report's words, never read as HTML
    m_changedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkedButton = new QPushButton(tr("Mark Checked"), m_changedRow);
    m_checkedButton->setObjectName(QStringLiteral("claimQuoteCheckedButton"));
    m_checkedButton->setToolTip(tr("The statement still holds for the new words: stop showing what the claim quoted "
                                   "before (any edit of the claim does the same; Undo brings it back)"));
    auto* changedLayout = new QHBoxLayout(m_changedRow);
    changedLayout->setContentsMargins(0, 0, 0, 0);
    changedLayout->addWidget(m_changedLabel, 1);
    changedLayout->addWidget(m_checkedButton, 0, Qt::AlignTop);
    connect(m_checkedButton, &QPushButton::clicked, this, [this] {
        const model::Claim* claim = m_document.cache().claim(m_shown);
        if (!claim) {
            return;
        }
        casefile::ClaimChanges unchanged;
        unchanged.statement = claim->statement; // an edit of nothing: the claim has been looked at
        if (auto done = m_document.execute(std::make_unique<EditClaimCommand>(m_document, claim->id, unchanged,
                                                                              tr("Mark changed quote as checked")));
            !done) {
            Q_EMIT editFailed(tr("Cannot change the claim"), done.error());
            refresh();
        }
    });

    QFormLayout* form = inspectorForm();
    m_form = form;
    form->addRow(tr("Quote"), m_quoteLabel);
    form->addRow(tr("Was"), m_changedRow);
    form->setRowVisible(m_changedRow, false);
    form->addRow(tr("Statement"), m_statementEdit);
    form->addRow(tr("Kind"), m_kindCombo);
    form->addRow(tr("Source"), m_sourceCombo);
    form->addRow(tr("Credibility"), m_credibilityCombo);
    form->addRow(tr("Tags"), m_tagsEdit);
    form->addRow(tr("Notes"), m_notesLabel);
    form->addRow(QString(), m_noteEdit);
    form->addRow(tr("Links"), m_linksList);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_statementEdit, &CommitTextEdit::committed, this, [this] {
        casefile::ClaimChanges changes;
        changes.statement = m_statementEdit->value();
        apply(changes, tr("Edit statement"));
    });
    connect(m_kindCombo, &QComboBox::activated, this, [this] {
        auto kind = model::parseClaimKind(m_kindCombo->currentData().toString());
        if (kind) {
            casefile::ClaimChanges changes;
            changes.kind = kind.value();
            apply(changes, tr("Change claim kind"));
        }
    });
    auto applySource = [this] {
        casefile::ClaimChanges changes;
        changes.sourceName = m_sourceCombo->currentText().trimmed();
        apply(changes, tr("Attribute claim"));
    };
    connect(m_sourceCombo, &QComboBox::activated, this, applySource);
    connect(m_sourceCombo->lineEdit(), &QLineEdit::editingFinished, this, applySource);
    connect(m_sourceCombo->lineEdit(), &QLineEdit::returnPressed, this, applySource);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, applySource);
    connect(m_credibilityCombo, &QComboBox::activated, this, [this] {
        casefile::ClaimChanges changes;
        changes.credibility = m_credibilityCombo->currentData().toInt();
        apply(changes, tr("Grade claim"));
    });
    connect(m_tagsEdit, &QLineEdit::editingFinished, this, [this] { apply(tagChanges(), tr("Tag claim")); });
    connect(m_noteEdit, &QLineEdit::returnPressed, this, [this] {
        addNote(m_noteEdit->text());
        m_noteEdit->clear();
    });
    // A click (or Enter) on a link shows it in the Inspector, even the one that was current already.
    auto pickLink = [this](QListWidgetItem* item) {
        if (!m_filling && item) {
            m_document.selection().setCurrentLink(LinkId(item->data(Qt::UserRole).toLongLong()));
        }
    };
    connect(m_linksList, &QListWidget::itemClicked, this, pickLink);
    connect(m_linksList, &QListWidget::itemActivated, this, pickLink);
}

casefile::ClaimChanges ClaimInspector::tagChanges() const
{
    casefile::ClaimChanges changes;
    const model::Claim* claim = m_document.cache().claim(m_shown);
    if (!claim) {
        return changes;
    }
    QStringList before;
    for (TagId tag : claim->tags) {
        before << m_document.cache().tagPath(tag);
    }
    const QStringList after = splitTags(m_tagsEdit->text());
    for (const QString& tag : after) {
        if (!before.contains(tag, Qt::CaseInsensitive)) {
            changes.addTags << tag;
        }
    }
    for (const QString& tag : before) {
        if (!after.contains(tag, Qt::CaseInsensitive)) {
            changes.removeTags << tag;
        }
    }
    return changes;
}

void ClaimInspector::addNote(const QString& text)
{
    const QString body = text.trimmed();
    if (body.isEmpty() || !m_document.cache().claim(m_shown)) {
        return;
    }
    if (auto done = m_document.execute(
            std::make_unique<AddNoteCommand>(m_document, model::NoteTarget::Claim, m_shown.value, body));
        !done) {
        Q_EMIT editFailed(tr("Cannot add the note"), done.error());
    }
}

casefile::ClaimChanges ClaimInspector::typedChanges() const
{
    casefile::ClaimChanges changes;
    if (m_tagsEdit->text() != m_givenTags) {
        changes = tagChanges();
    }
    if (m_statementEdit->edited()) {
        changes.statement = m_statementEdit->value();
    }
    if (const QString source = m_sourceCombo->currentText().trimmed(); source != m_givenSource.trimmed()) {
        changes.sourceName = source;
    }
    return changes;
}

void ClaimInspector::commitPending()
{
    if (m_committing || m_filling) {
        return;
    }
    m_committing = true;
    const ClaimId shown = m_shown;
    if (m_document.cache().claim(m_shown)) {
        apply(typedChanges(), tr("Edit claim"));
        m_shown = shown; // applying refreshed the fields
        const QString note = m_noteEdit->text();
        m_noteEdit->clear();
        addNote(note);
    }
    for (auto draft = m_noteDrafts.begin(); draft != m_noteDrafts.end(); ++draft) {
        if (m_document.cache().claim(draft.key())) {
            m_shown = draft.key();
            addNote(draft.value());
        }
    }
    m_noteDrafts.clear();
    m_shown = shown;
    m_committing = false;
}

void ClaimInspector::forget()
{
    m_shown = ClaimId();
    m_noteDrafts.clear();
    m_filling = true;
    m_statementEdit->setValue(QString());
    m_noteEdit->clear();
    m_tagsEdit->clear();
    m_sourceCombo->setEditText(QString());
    m_givenTags.clear();
    m_givenSource.clear();
    m_filling = false;
}

void ClaimInspector::apply(casefile::ClaimChanges changes, const QString& what)
{
    const model::Claim* claim = m_document.cache().claim(m_shown);
    if (m_filling || !claim) {
        return;
    }
    // Only what differs: editingFinished also fires when focus leaves an unchanged field.
    if (changes.statement && *changes.statement == claim->statement) {
        changes.statement.reset();
    }
    if (changes.kind && *changes.kind == claim->kind) {
        changes.kind.reset();
    }
    if (changes.sourceName && *changes.sourceName == claimSourceName(m_document, claim->id)) {
        changes.sourceName.reset();
    }
    if (changes.credibility && *changes.credibility == claim->credibility) {
        changes.credibility.reset();
    }
    if (changes.isEmpty()) {
        return;
    }
    if (auto done = m_document.execute(std::make_unique<EditClaimCommand>(m_document, claim->id, changes, what));
        !done) {
        Q_EMIT editFailed(tr("Cannot change the claim"), done.error());
        refresh();
    }
}

void ClaimInspector::refresh()
{
    const ClaimId current = m_document.selection().currentClaim();
    // A claim gone (deleted, its marking undone) takes what was typed for it along: its id may be a new claim's
    // next.
    for (auto draft = m_noteDrafts.begin(); draft != m_noteDrafts.end();) {
        draft = m_document.cache().claim(draft.key()) ? std::next(draft) : m_noteDrafts.erase(draft);
    }
    if (m_shown.isValid() && !m_document.cache().claim(m_shown) && !m_committing) {
        forget();
    }
    if (m_shown.isValid() && current != m_shown && !m_committing && !m_filling) {
        // The selection moved while a field of the claim shown kept the focus (a shortcut, a search result): what
        // was typed there is that claim's, applied to it before the fields show the next one.
        if (const QString note = m_noteEdit->text(); !note.trimmed().isEmpty()) {
            m_noteDrafts.insert(m_shown, note); // before applying, which shows the next claim's fields
        }
        const casefile::ClaimChanges changes = typedChanges();
        m_committing = true;
        apply(changes, tr("Edit claim"));
        m_committing = false;
    }
    const model::Claim* claim = m_document.cache().claim(current);
    if (!claim) {
        return;
    }
    const bool sameClaim = claim->id == m_shown;
    m_shown = claim->id;
    m_filling = true;
    m_quoteLabel->setText(u'“' + claim->anchor.quote.simplified() + u'”');
    const auto changed = m_document.changedQuote(*claim);
    const bool quoteChanged = changed && changed.value().has_value();
    if (quoteChanged) {
        const casefile::ChangedQuote& was = *changed.value();
        const QDateTime at = QDateTime::fromString(was.at, Qt::ISODateWithMs);
        m_changedLabel->setText(
            tr("“%1” — the words it quoted before a new version of the report changed them (%2). Check that the "
               "statement still holds.")
                .arg(was.before.simplified(), QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat)));
    }
    m_form->setRowVisible(m_changedRow, quoteChanged);
    if (!sameClaim) {
        m_statementEdit->setValue(claim->statement); // read from the start
        m_statementEdit->moveCursor(QTextCursor::Start);
        m_noteEdit->setText(m_noteDrafts.take(claim->id)); // a note typed for it earlier and not added
    } else if (!m_statementEdit->edited() || m_statementEdit->value() == claim->statement.trimmed()) {
        m_statementEdit->setValue(claim->statement); // left alone while it holds what the user typed (not applied)
    }
    selectName(*m_kindCombo, model::claimKindName(claim->kind));
    QStringList names;
    for (const model::Source& source : m_document.cache().sources()) {
        names << source.name;
    }
    // The list is rebuilt only when the sources changed: rebuilt while a pick from it is being handled (the claim is
    // attributed on Enter, and the combo box then reads the Enter too), it moved the combo box to another row.
    QStringList listed;
    for (int row = 0; row < m_sourceCombo->count(); ++row) {
        listed << m_sourceCombo->itemText(row);
    }
    if (listed != names) {
        m_sourceCombo->clear();
        m_sourceCombo->addItems(names);
    }
    m_sourceCombo->setEditText(claimSourceName(m_document, claim->id));
    m_givenSource = m_sourceCombo->currentText();
    m_credibilityCombo->setCurrentIndex(m_credibilityCombo->findData(claim->credibility));
    QStringList tags;
    for (TagId tag : claim->tags) {
        tags << m_document.cache().tagPath(tag);
    }
    m_tagsEdit->setText(tags.join(QStringLiteral(", ")));
    m_givenTags = m_tagsEdit->text();
    QStringList notes;
    if (auto found = m_document.notesOf(model::NoteTarget::Claim, claim->id.value); found) {
        for (const model::Note& note : found.value()) {
            notes << QStringLiteral("• ") + note.body;
        }
    }
    m_notesLabel->setText(notes.isEmpty() ? tr("none") : notes.join(u'\n'));
    m_linksList->clear();
    for (const model::Link& link : m_document.cache().linksOf(claim->id)) {
        const bool outgoing = link.from == claim->id;
        const ClaimId other = outgoing ? link.to : link.from;
        const QString text = outgoing ? tr("%1 → %2").arg(linkTypeText(link.type), claimLabel(m_document, other))
                                      : tr("%1 ← %2").arg(linkTypeText(link.type), claimLabel(m_document, other));
        auto* item = new QListWidgetItem(text, m_linksList);
        item->setData(Qt::UserRole, link.id.value);
        item->setForeground(linkTypeColour(link.type).darker(120));
        item->setToolTip(text);
        if (link.id == m_document.selection().currentLink()) {
            m_linksList->setCurrentItem(item);
        }
    }
    if (m_linksList->count() == 0) {
        m_linksList->setMaximumHeight(m_linksList->fontMetrics().height() + 12);
    } else {
        m_linksList->setMaximumHeight(110);
    }
    m_filling = false;
}

} // namespace corrob::ui
