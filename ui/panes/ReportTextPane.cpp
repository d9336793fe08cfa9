// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/ReportTextPane.h"

#include "ui/document/CaseDocument.h"
#include "ui/widgets/ReadingTextView.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace corrob::ui {

ReportTextPane::ReportTextPane(CaseDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_titleLabel(new QLabel(this)), m_metaLabel(new QLabel(this)),
      m_textView(new ReadingTextView(this))
{
    // One page: the heading sits on the same background as the text below it.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_titleLabel->setObjectName(QStringLiteral("reportTitleLabel"));
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(std::max(titleFont.pointSizeF() * 1.5, 14.0));
    m_titleLabel->setFont(titleFont);

    m_metaLabel->setObjectName(QStringLiteral("reportMetaLabel"));
    m_metaLabel->setWordWrap(true);
    m_metaLabel->setTextFormat(Qt::PlainText);
    m_metaLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_metaLabel->setForegroundRole(QPalette::PlaceholderText);

    m_textView->setObjectName(QStringLiteral("reportTextView"));

    m_headerLayout = new QVBoxLayout;
    m_headerLayout->setSpacing(6);
    m_headerLayout->addWidget(m_titleLabel);
    m_headerLayout->addWidget(m_metaLabel);
    // The heading lines up with the text column, wherever the view puts it.
    auto alignHeader = [this](int indent) {
        m_headerLayout->setContentsMargins(indent, 20, indent, 4);
    };
    connect(m_textView, &ReadingTextView::columnIndentChanged, this, alignHeader);
    alignHeader(m_textView->columnIndent());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(m_headerLayout);
    layout->addWidget(m_textView, 1);

    // What to show when a case opens or its reports change is decided by the report list (it selects a report);
    // only a closed case is this pane's own business.
    connect(&document, &CaseDocument::caseClosed, this, &ReportTextPane::showNothing);
    showNothing();
}

void ReportTextPane::showReport(ReportId report)
{
    const model::ReportSummary* summary = m_document.reportSummary(report);
    if (!summary) {
        showNothing();
        return;
    }
    auto text = m_document.reportText(report, false);
    m_report = report;
    const model::ReportMetadata& meta = summary->metadata;
    m_titleLabel->setText(meta.title.isEmpty() ? tr("(untitled)") : meta.title);
    QStringList parts;
    parts << (meta.outlet.isEmpty() ? tr("Outlet unknown") : meta.outlet);
    if (!meta.author.isEmpty()) {
        parts << meta.author;
    }
    parts << (meta.published.isKnown() ? meta.published.iso : tr("Date unknown"));
    parts << tr("%1 characters").arg(QLocale().toString(summary->chars));
    m_metaLabel->setText(parts.join(QStringLiteral(" · ")));
    m_titleLabel->show();
    m_metaLabel->show();
    if (text) {
        m_textView->setPlaceholderText({});
        m_textView->setReadingText(text.value());
    } else {
        m_textView->clear();
        m_textView->setPlaceholderText(tr("This report's text cannot be shown: %1").arg(text.error().toString()));
    }
}

void ReportTextPane::showNothing()
{
    m_report = ReportId();
    m_titleLabel->clear();
    m_metaLabel->clear();
    m_titleLabel->hide();
    m_metaLabel->hide();
    m_textView->clear();
    if (m_document.isOpen() && m_document.reportSummaries().empty()) {
        m_textView->setPlaceholderText(tr("This case has no reports yet.\n\n"
                                          "Import articles into it from the command line:\n"
                                          "corroborate-cli import \"%1\" FILE…")
                                           .arg(m_document.path()));
    } else {
        m_textView->setPlaceholderText(tr("Select a report in the list to read it."));
    }
}

} // namespace corrob::ui
