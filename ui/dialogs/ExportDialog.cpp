// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ExportDialog.h"

#include "core/case/Case.h"
#include "core/export/ClaimReviewExport.h"
#include "core/export/HtmlReport.h"
#include "render/ExportFormats.h"
#include "ui/dialogs/Prompts.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/ClaimText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace corrob::ui {
namespace {

enum Scope
{
    AllClaims,
    TaggedClaims,
    ChosenClaims,
    GradedClaims,
};

} // namespace

ExportDialog::ExportDialog(CaseDocument& document, Prompts& prompts, QString folder, QWidget* parent)
    : QDialog(parent), m_document(document), m_prompts(prompts), m_folder(std::move(folder)),
      m_casePath(document.path()), m_actor(document.options().actor)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    buildUi();
    schedulePreview();
}

ExportDialog::~ExportDialog()
{
    if (m_worker) {
        m_cancelled->store(true);
        m_worker->wait();
    }
}

void ExportDialog::buildUi()
{
    m_formatCombo = new QComboBox(this);
    m_formatCombo->setObjectName(QStringLiteral("exportFormatComboBox"));
    for (const render::ExportFormat& f : render::exportFormats()) {
        if (!f.forOtherTools) { // those are in File > Export for Other Tools
            m_formatCombo->addItem(f.label, f.name);
        }
    }

    m_reviewUrlEdit = new QLineEdit(this);
    m_reviewUrlEdit->setObjectName(QStringLiteral("exportReviewUrlEdit"));
    m_reviewUrlEdit->setPlaceholderText(tr("https://example.org/investigation.html (optional)"));
    m_reviewUrlEdit->setClearButtonEnabled(true);
    m_reviewUrlEdit->setToolTip(
        tr("Where the investigation report is published. Each review's url is this address with the claim's anchor "
           "(#claim-7), as Google's ClaimReview guidelines ask; left empty, the reviews have no url."));

    auto* scopeBox = new QGroupBox(tr("What goes in"), this);
    auto* scopeLayout = new QFormLayout(scopeBox);
    m_scope = new QButtonGroup(this);
    auto radio = [&](const QString& text, const char* name, int id) {
        auto* r = new QRadioButton(text, scopeBox);
        r->setObjectName(QString::fromLatin1(name));
        m_scope->addButton(r, id);
        return r;
    };
    auto* all = radio(tr("&All claims"), "exportAllRadioButton", AllClaims);
    all->setChecked(true);
    scopeLayout->addRow(all);

    m_tagCombo = new QComboBox(scopeBox);
    m_tagCombo->setObjectName(QStringLiteral("exportTagComboBox"));
    for (const model::Tag& t : m_document.cache().tags()) {
        m_tagCombo->addItem(m_document.cache().tagPath(t.id));
    }
    auto* tagged = radio(tr("Claims &tagged"), "exportTagRadioButton", TaggedClaims);
    tagged->setEnabled(m_tagCombo->count() > 0);
    scopeLayout->addRow(tagged, m_tagCombo);

    m_gradeSpin = new QSpinBox(scopeBox);
    m_gradeSpin->setObjectName(QStringLiteral("exportGradeSpinBox"));
    m_gradeSpin->setRange(1, 6);
    m_gradeSpin->setValue(2);
    m_gradeSpin->setSuffix(tr(" or better"));
    scopeLayout->addRow(radio(tr("Claims &graded"), "exportGradeRadioButton", GradedClaims), m_gradeSpin);

    auto* chosen = radio(tr("These &claims:"), "exportChosenRadioButton", ChosenClaims);
    scopeLayout->addRow(chosen);
    m_claimList = new QListWidget(scopeBox);
    m_claimList->setObjectName(QStringLiteral("exportClaimList"));
    // A claim's label is a whole sentence: it wraps to the list's width, never a sideways scroll.
    m_claimList->setWordWrap(true);
    m_claimList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_claimList->setResizeMode(QListView::Adjust);
    // Laid out in batches from the event loop: a case of 50,000 claims wraps them all again on each resize, which
    // in one go froze the dialog.
    m_claimList->setLayoutMode(QListView::Batched);
    m_claimList->setBatchSize(200);
    m_claimList->setSpacing(2);
    const ClaimId current = m_document.selection().currentClaim();
    for (const model::Claim& c : m_document.cache().claims()) {
        auto* item = new QListWidgetItem(claimLabel(m_document, c.id), m_claimList);
        item->setData(Qt::UserRole, c.id.value);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(c.id == current ? Qt::Checked : Qt::Unchecked);
    }
    scopeLayout->addRow(m_claimList);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("exportPreviewBrowser"));
    m_preview->setOpenLinks(true); // "#claim-3" scrolls inside the preview; nothing else is followed
    m_preview->setOpenExternalLinks(false);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatusLabel"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgressBar"));
    m_progress->setVisible(false);

    auto* buttons = new QDialogButtonBox(this);
    m_exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("exportCancelButton"));
    buttons->addButton(QDialogButtonBox::Close)->setObjectName(QStringLiteral("exportCloseButton"));
    m_cancelButton->setEnabled(false);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportDialog::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!m_worker) {
            reject();
        }
    });

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* formatRow = new QFormLayout;
    formatRow->addRow(tr("&Format:"), m_formatCombo);
    m_reviewUrlLabel = new QLabel(tr("&Published at:"), left);
    m_reviewUrlLabel->setBuddy(m_reviewUrlEdit);
    formatRow->addRow(m_reviewUrlLabel, m_reviewUrlEdit);
    leftLayout->addLayout(formatRow);
    leftLayout->addWidget(scopeBox, 1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_previewLabel = new QLabel(right);
    m_previewLabel->setObjectName(QStringLiteral("exportPreviewLabel"));
    m_previewLabel->setWordWrap(true);
    rightLayout->addWidget(m_previewLabel);
    rightLayout->addWidget(m_preview, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(1000, 640);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::startPreview);
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    connect(m_reviewUrlEdit, &QLineEdit::textChanged, this, &ExportDialog::updateEnabled);
    connect(m_scope, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on) {
            schedulePreview();
        }
    });
    connect(m_tagCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_scope->button(TaggedClaims)->setChecked(true);
        schedulePreview();
    });
    connect(m_gradeSpin, &QSpinBox::valueChanged, this, [this] {
        m_scope->button(GradedClaims)->setChecked(true);
        schedulePreview();
    });
    connect(m_claimList, &QListWidget::itemChanged, this, [this] {
        m_scope->button(ChosenClaims)->setChecked(true);
        schedulePreview();
    });
    updateEnabled();
}

exporting::Selection ExportDialog::selection() const
{
    exporting::Selection s;
    switch (m_scope->checkedId()) {
    case TaggedClaims:
        s.tag = m_tagCombo->currentText();
        break;
    case GradedClaims:
        s.minCredibility = m_gradeSpin->value();
        break;
    case ChosenClaims:
        for (int row = 0; row < m_claimList->count(); ++row) {
            if (m_claimList->item(row)->checkState() == Qt::Checked) {
                s.claims << ClaimId(m_claimList->item(row)->data(Qt::UserRole).toLongLong());
            }
        }
        break;
    default:
        break;
    }
    return s;
}

QString ExportDialog::formatName() const
{
    return m_formatCombo->currentData().toString();
}

QString ExportDialog::reviewUrl() const
{
    return formatName() == QLatin1String("claimreview") ? m_reviewUrlEdit->text().trimmed() : QString();
}

void ExportDialog::updateEnabled()
{
    // The preview is the report's: said as such for a format that is not a report (the CSV showed an HTML page
    // under "Preview of the report", a tester's find).
    const render::ExportFormat* format = render::findExportFormat(formatName());
    if (!format || format->usesReport) {
        m_previewLabel->setText(tr("Preview of the report:"));
    } else if (formatName() == QLatin1String("csv")) {
        m_previewLabel->setText(tr("The claims it exports, as the report shows them (the CSV files hold them as rows, "
                                   "one file of claims and one of their links):"));
    } else {
        m_previewLabel->setText(
            tr("The claims it exports, as the report shows them (the file holds them as data for other programs):"));
    }
    const bool chosenEmpty = m_scope->checkedId() == ChosenClaims && selection().claims.isEmpty();
    const bool claimReview = formatName() == QLatin1String("claimreview");
    m_reviewUrlLabel->setVisible(claimReview);
    m_reviewUrlEdit->setVisible(claimReview);
    m_reviewUrlEdit->setEnabled(!m_worker);
    const bool badUrl = !reviewUrl().isEmpty() && !exporting::ClaimReviewExport::isReviewUrl(QUrl(reviewUrl()));
    if (badUrl) {
        m_status->setText(tr("The address it is published at must be an absolute http or https URL, such as "
                             "https://example.org/investigation.html."));
    } else if (m_showingBadUrl) {
        m_status->clear();
    }
    m_showingBadUrl = badUrl;
    m_exportButton->setEnabled(!m_worker && !chosenEmpty && !badUrl);
    m_cancelButton->setEnabled(m_worker != nullptr);
    m_formatCombo->setEnabled(!m_worker);
}

void ExportDialog::schedulePreview()
{
    updateEnabled();
    m_previewTimer->start();
}

void ExportDialog::startPreview()
{
    if (m_worker) {
        m_previewPending = true; // after the running preview
        return;
    }
    const exporting::Selection chosen = selection();
    if (chosen.claims.isEmpty() && m_scope->checkedId() == ChosenClaims) {
        m_preview->setPlainText(tr("Tick the claims to export."));
        Q_EMIT previewUpdated();
        return;
    }
    auto html = std::make_shared<QString>();
    auto failure = std::make_shared<QString>();
    const QString path = m_casePath;
    const casefile::CaseOptions options{m_actor};
    runWorker(
        [html, failure, path, options, chosen] {
            auto target = casefile::Case::open(path, options, casefile::Case::Access::ReadOnly);
            if (!target) {
                *failure = target.error().toString();
                return;
            }
            auto content = exporting::collectReport(*target.value(), chosen);
            if (!content) {
                *failure = content.error().toString();
                return;
            }
            exporting::ReportContent& c = content.value();
            const qsizetype all = qsizetype(c.claims.size());
            if (all > kPreviewClaims) {
                c.claims.resize(kPreviewClaims);
                c.selection += QStringLiteral("; ") +
                               ExportDialog::tr("the preview shows the first %1 of %n claim(s)", nullptr, int(all))
                                   .arg(kPreviewClaims);
            }
            *html = exporting::HtmlReport::render(c);
        },
        [this, html, failure] {
            if (failure->isEmpty()) {
                m_preview->setHtml(*html);
            } else {
                m_preview->setPlainText(tr("No preview: %1").arg(*failure));
            }
            Q_EMIT previewUpdated();
        });
}

void ExportDialog::startExport()
{
    const render::ExportFormat* format = render::findExportFormat(formatName());
    if (!format || m_worker) {
        return;
    }
    const QString proposed = QDir(m_folder).filePath(QFileInfo(m_casePath).completeBaseName() + u'.' + format->suffix);
    const QString out = m_prompts.chooseExportPath(this, format->label, proposed, format->suffix);
    if (out.isEmpty()) {
        return;
    }
    const render::ExportRequest request{format->name, out, selection(), reviewUrl()};
    const QString path = m_casePath;
    const casefile::CaseOptions options{m_actor};
    auto outcome = std::make_shared<Result<render::ExportOutcome>>(render::ExportOutcome{});
    auto cancelled = m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_status->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(out)));
    const render::ExportFormat chosen = *format;
    runWorker(
        [this, path, options, outcome, chosen, request, cancelled] {
            auto target = casefile::Case::open(path, options, casefile::Case::Access::ReadOnly);
            if (!target) {
                *outcome = target.error();
                return;
            }
            *outcome = chosen.run(*target.value(), request, [this, cancelled](qint64 done, qint64 total) {
                // The dialog outlives its worker (the destructor waits), and a queued call to it is dropped if it
                // is gone by the time the call would run.
                QMetaObject::invokeMethod(
                    this,
                    [this, done, total] {
                        m_progress->setRange(0, 1000);
                        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
                    },
                    Qt::QueuedConnection);
                return !cancelled->load();
            });
        },
        [this, outcome, cancelled] {
            m_progress->setVisible(false);
            if (outcome->ok()) {
                m_written = outcome->value().files;
                m_status->setText(tr("Wrote %1").arg(m_written.join(QStringLiteral(", "))));
                Q_EMIT exportFinished(true);
                accept();
                return;
            }
            if (cancelled->load()) {
                m_status->setText(tr("Export cancelled; nothing was written."));
            } else {
                m_status->setText(tr("Export failed: %1").arg(outcome->error().toString()));
                m_prompts.showError(this, tr("Cannot export"), outcome->error().toString());
            }
            Q_EMIT exportFinished(false);
        });
}

void ExportDialog::cancel()
{
    if (m_cancelled) {
        m_cancelled->store(true);
    }
}

void ExportDialog::runWorker(std::function<void()> work, std::function<void()> done)
{
    Q_ASSERT(!m_worker);
    m_worker = QThread::create(std::move(work));
    connect(m_worker, &QThread::finished, this, [this, done = std::move(done)] {
        m_worker->deleteLater();
        m_worker = nullptr;
        done();
        updateEnabled();
        if (m_previewPending) {
            m_previewPending = false;
            startPreview();
        }
    });
    m_worker->start();
    updateEnabled();
}

} // namespace corrob::ui
