// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/inspector/LinkInspector.h"

#include "core/model/Vocabulary.h"
#include "ui/commands/ClaimCommands.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/ClaimText.h"
#include "ui/document/LinkColours.h"
#include "ui/document/VocabularyText.h"
#include "ui/panes/inspector/InspectorFields.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace corrob::ui {
namespace {

// Below 0 the confidence spin box shows "not given": the link has no confidence.
constexpr double kNoConfidence = -0.05;

QIcon colourDot(const QColor& colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

} // namespace

LinkInspector::LinkInspector(CaseDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_titleLabel(new QLabel(this)), m_fromLabel(new QLabel(this)),
      m_toLabel(new QLabel(this)), m_typeCombo(new QComboBox(this)), m_noteEdit(new CommitTextEdit(this)),
      m_confidenceSpin(new QDoubleSpinBox(this)), m_madeLabel(new QLabel(this)),
      m_removeButton(new QPushButton(tr("Remove Link"), this))
{
    setObjectName(QStringLiteral("linkInspector"));
    m_titleLabel->setObjectName(QStringLiteral("linkTitleLabel"));
    m_titleLabel->setTextFormat(Qt::RichText);
    for (QLabel* end : {m_fromLabel, m_toLabel}) {
        end->setWordWrap(true);
        end->setTextFormat(Qt::RichText);
        // The quote is a link to the claim: a click, or Tab to it and Enter, selects the claim.
        end->setTextInteractionFlags(Qt::TextBrowserInteraction);
        end->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        end->setToolTip(tr("Click the quote to select this claim"));
        connect(end, &QLabel::linkActivated, this, [this](const QString& href) {
            if (href.startsWith(u"claim:")) {
                m_document.selection().setCurrentClaim(ClaimId(href.mid(6).toLongLong()));
            }
        });
    }
    m_fromLabel->setObjectName(QStringLiteral("linkFromLabel"));
    m_toLabel->setObjectName(QStringLiteral("linkToLabel"));
    m_typeCombo->setObjectName(QStringLiteral("linkTypeComboBox"));
    for (const QString& name : model::linkTypeNames()) {
        const auto type = model::parseLinkType(name).value();
        m_typeCombo->addItem(colourDot(linkTypeColour(type)), linkTypeText(type), name);
    }
    m_noteEdit->setObjectName(QStringLiteral("linkNoteTextEdit"));
    m_noteEdit->setPlaceholderText(tr("Why are these claims linked? (Ctrl+Enter applies)"));
    m_confidenceSpin->setObjectName(QStringLiteral("linkConfidenceSpinBox"));
    m_confidenceSpin->setRange(kNoConfidence, 1.0);
    m_confidenceSpin->setSingleStep(0.05);
    m_confidenceSpin->setDecimals(2);
    m_confidenceSpin->setSpecialValueText(tr("not given"));
    m_confidenceSpin->setKeyboardTracking(false);
    m_confidenceSpin->setToolTip(tr("How sure you are of this link, from 0 to 1; below 0 means not given"));
    m_madeLabel->setObjectName(QStringLiteral("linkMadeLabel"));
    m_madeLabel->setForegroundRole(QPalette::PlaceholderText);
    m_removeButton->setObjectName(QStringLiteral("removeLinkPushButton"));

    QFormLayout* form = inspectorForm();
    form->addRow(m_titleLabel);
    form->addRow(tr("From"), m_fromLabel);
    form->addRow(tr("To"), m_toLabel);
    form->addRow(tr("Type"), m_typeCombo);
    form->addRow(tr("Note"), m_noteEdit);
    form->addRow(tr("Confidence"), m_confidenceSpin);
    form->addRow(tr("Made"), m_madeLabel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_removeButton, 0, Qt::AlignLeft);
    layout->addStretch(1);
    // In reading order: the two claims, type, note, confidence, Remove Link.
    setTabOrder(m_fromLabel, m_toLabel);
    setTabOrder(m_toLabel, m_typeCombo);
    setTabOrder(m_typeCombo, m_noteEdit);
    setTabOrder(m_noteEdit, m_confidenceSpin);
    setTabOrder(m_confidenceSpin, m_removeButton);

    connect(m_typeCombo, &QComboBox::activated, this, [this] {
        auto type = model::parseLinkType(m_typeCombo->currentData().toString());
        if (type) {
            casefile::LinkChanges changes;
            changes.type = type.value();
            apply(changes, tr("Change link type to %1").arg(linkTypeText(type.value())));
        }
    });
    connect(m_noteEdit, &CommitTextEdit::committed, this, &LinkInspector::applyNote);
    connect(m_confidenceSpin, &QDoubleSpinBox::editingFinished, this, &LinkInspector::applyConfidence);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (!m_document.cache().link(m_shown)) {
            return;
        }
        if (auto done = m_document.execute(std::make_unique<UnlinkClaimsCommand>(m_document, m_shown)); !done) {
            Q_EMIT editFailed(tr("Cannot remove the link"), done.error());
        }
    });
}

QString LinkInspector::endText(ClaimId id) const
{
    const model::Claim* claim = m_document.cache().claim(id);
    if (!claim) {
        return tr("(claim %1 is gone)").arg(id.value);
    }
    auto elided = [](const QString& text, qsizetype most) {
        const QString simple = text.simplified();
        return simple.size() > most ? simple.left(most - 1) + QChar(0x2026) : simple;
    };
    const QString source = claimSourceName(m_document, id);
    return QStringLiteral("<a href=\"claim:%1\">“%2”</a><br><span style=\"color:gray\">%3 · %4</span>")
        .arg(QString::number(id.value), elided(claim->anchor.quote, 160).toHtmlEscaped(),
             source.isEmpty() ? tr("not attributed") : source.toHtmlEscaped(),
             elided(m_document.reportTitle(claim->report), 60).toHtmlEscaped());
}

void LinkInspector::refresh()
{
    const model::Link* link = m_document.cache().link(m_document.selection().currentLink());
    if (!link) {
        return;
    }
    m_shown = link->id;
    const QColor colour = linkTypeColour(link->type);
    m_titleLabel->setText(
        tr("<span style=\"color:%1\">●</span> <b>%2</b> &nbsp;<span style=\"color:%3\">link %4</span>")
            .arg(colour.name(), linkTypeText(link->type), palette().color(QPalette::PlaceholderText).name())
            .arg(link->id.value));
    m_fromLabel->setText(endText(link->from));
    m_toLabel->setText(endText(link->to));
    selectName(*m_typeCombo, model::linkTypeName(link->type));
    m_noteEdit->setValue(link->note);
    {
        const QSignalBlocker blocker(m_confidenceSpin);
        m_confidenceSpin->setValue(link->confidence ? *link->confidence : kNoConfidence);
    }
    const QString date = link->createdAt.left(10);
    m_madeLabel->setText(link->author.isEmpty() ? date
                         : date.isEmpty()       ? tr("by %1").arg(link->author)
                                                : tr("by %1 on %2").arg(link->author, date));
}

void LinkInspector::apply(casefile::LinkChanges changes, const QString& what)
{
    const model::Link* link = m_document.cache().link(m_shown);
    if (!link) {
        return;
    }
    // Only what differs: a field left unchanged applies nothing.
    if (changes.type && *changes.type == link->type) {
        changes.type.reset();
    }
    if (changes.note && *changes.note == link->note) {
        changes.note.reset();
    }
    if (changes.confidence && *changes.confidence == link->confidence) {
        changes.confidence.reset();
    }
    if (changes.isEmpty()) {
        return;
    }
    const LinkId id = m_shown;
    if (auto done = m_document.execute(std::make_unique<EditLinkCommand>(m_document, id, changes, what)); !done) {
        Q_EMIT editFailed(tr("Cannot change the link"), done.error());
        if (m_document.selection().currentLink() == id) {
            refresh();
        }
    }
}

void LinkInspector::applyNote()
{
    casefile::LinkChanges changes;
    changes.note = m_noteEdit->value();
    apply(changes, changes.note->isEmpty() ? tr("Remove link note") : tr("Edit link note"));
}

void LinkInspector::applyConfidence()
{
    casefile::LinkChanges changes;
    const double value = m_confidenceSpin->value();
    if (value < 0) {
        changes.confidence = std::optional<double>();
        apply(changes, tr("Clear link confidence"));
    } else {
        changes.confidence = std::round(value * 100.0) / 100.0;
        apply(changes, tr("Set link confidence to %1").arg(**changes.confidence, 0, 'f', 2));
    }
}

} // namespace corrob::ui
