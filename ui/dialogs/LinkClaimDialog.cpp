// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/LinkClaimDialog.h"

#include "core/model/Vocabulary.h"
#include "core/text/Fold.h"
#include "ui/document/VocabularyText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace corrob::ui {
namespace {

// A candidate's label folded (text::foldKey) once, for the search box.
constexpr int FoldedLabelRole = Qt::UserRole + 1;

} // namespace

LinkClaimDialog::LinkClaimDialog(const QString& from, const QList<LinkCandidate>& candidates, QWidget* parent)
    : QDialog(parent), m_filterEdit(new QLineEdit(this)), m_list(new QListWidget(this)),
      m_typeCombo(new QComboBox(this))
{
    setObjectName(QStringLiteral("linkClaimDialog"));
    setWindowTitle(tr("Link Claim"));
    resize(640, 420);
    // The claim's words exactly as written: plain text, so quotes, ampersands and angle brackets in a statement show
    // as themselves (escaped for HTML in a label that guesses plain text, they showed as "&quot;").
    auto* fromLabel = new QLabel(tr("Link %1 to:").arg(from), this);
    fromLabel->setObjectName(QStringLiteral("linkFromLabel"));
    fromLabel->setTextFormat(Qt::PlainText);
    fromLabel->setWordWrap(true);
    m_filterEdit->setObjectName(QStringLiteral("linkFilterLineEdit"));
    m_filterEdit->setPlaceholderText(tr("Search claims in other reports"));
    m_filterEdit->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("linkCandidateListWidget"));
    // A label wraps rather than hiding its source and report behind a horizontal scroll bar.
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setAlternatingRowColors(true);
    m_list->setTextElideMode(Qt::ElideRight);
    for (const LinkCandidate& candidate : candidates) {
        auto* item = new QListWidgetItem(candidate.label, m_list);
        item->setData(Qt::UserRole, candidate.claim.value);
        item->setData(FoldedLabelRole, text::foldKey(candidate.label));
        item->setToolTip(candidate.label);
    }
    m_typeCombo->setObjectName(QStringLiteral("linkTypeComboBox"));
    for (const QString& name : model::linkTypeNames()) {
        m_typeCombo->addItem(linkTypeText(model::parseLinkType(name).value()), name);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Link"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &LinkClaimDialog::applyFilter);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    auto* form = new QFormLayout;
    form->addRow(tr("Relation"), m_typeCombo);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(fromLabel);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_list->setCurrentRow(0);
}

void LinkClaimDialog::applyFilter(const QString& text)
{
    const QStringList words = text::foldKey(text).split(u' ', Qt::SkipEmptyParts);
    QListWidgetItem* firstShown = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const QString label = item->data(FoldedLabelRole).toString();
        const bool shown =
            std::all_of(words.cbegin(), words.cend(), [&](const QString& word) { return label.contains(word); });
        item->setHidden(!shown);
        if (shown && !firstShown) {
            firstShown = item;
        }
    }
    if (m_list->currentItem() == nullptr || m_list->currentItem()->isHidden()) {
        m_list->setCurrentItem(firstShown);
    }
}

std::optional<LinkChoice> LinkClaimDialog::choice() const
{
    const QListWidgetItem* item = m_list->currentItem();
    auto type = model::parseLinkType(m_typeCombo->currentData().toString());
    if (!item || item->isHidden() || !type) {
        return std::nullopt;
    }
    return LinkChoice{ClaimId(item->data(Qt::UserRole).toLongLong()), type.value()};
}

} // namespace corrob::ui
