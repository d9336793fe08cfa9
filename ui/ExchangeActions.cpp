// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ExchangeActions.h"

#include "core/case/Case.h"
#include "core/exchange/AnnotationImport.h"
#include "core/exchange/ExchangeExport.h"
#include "ui/Preferences.h"
#include "ui/commands/EditCommand.h"
#include "ui/dialogs/ErrorMessage.h"
#include "ui/dialogs/Prompts.h"
#include "ui/document/CaseDocument.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>

namespace corrob::ui {

namespace {

struct FormatInfo
{
    exchange::ExchangeFormat format;
    const char* objectName;
};

} // namespace

ExchangeActions::ExchangeActions(CaseDocument& document, Prompts& prompts, QSettings& settings, QWidget* window)
    : QObject(window), m_document(document), m_prompts(prompts), m_settings(settings), m_window(window)
{
    m_importAnnotations = new QAction(tr("Import &Annotations…"), this);
    m_importAnnotations->setObjectName(QStringLiteral("importAnnotationsAction"));
    m_importAnnotations->setStatusTip(
        tr("Add W3C Web Annotations (JSON-LD, from Corroborate or another tool) as claims on the matching reports"));
    connect(m_importAnnotations, &QAction::triggered, this, [this] {
        const QString path = m_prompts.chooseAnnotationsToImport(m_window, folder());
        if (!path.isEmpty()) {
            importAnnotationsFrom(path);
        }
    });

    m_exportMenu = new QMenu(tr("Export for O&ther Tools"), window);
    m_exportMenu->setObjectName(QStringLiteral("exchangeExportMenu"));
    m_exportW3c = m_exportMenu->addAction(tr("&W3C Web Annotations…"));
    m_exportW3c->setObjectName(QStringLiteral("exportW3cAction"));
    m_exportW3c->setStatusTip(tr("Every claim as a W3C Web Annotation (JSON-LD), for annotation tools"));
    m_exportQdpx = m_exportMenu->addAction(tr("&REFI-QDA Project…"));
    m_exportQdpx->setObjectName(QStringLiteral("exportQdpxAction"));
    m_exportQdpx->setStatusTip(
        tr("A .qdpx project for ATLAS.ti, NVivo, MAXQDA or QualCoder: tags as codes, claims as codings"));
    m_exportBundle = m_exportMenu->addAction(tr("Case &Bundle…"));
    m_exportBundle->setObjectName(QStringLiteral("exportBundleAction"));
    m_exportBundle->setStatusTip(tr("A zip of the case, every original as collected and a SHA-256 manifest"));
    connect(m_exportW3c, &QAction::triggered, this, [this] { exportAs(int(exchange::ExchangeFormat::W3c)); });
    connect(m_exportQdpx, &QAction::triggered, this, [this] { exportAs(int(exchange::ExchangeFormat::Qdpx)); });
    connect(m_exportBundle, &QAction::triggered, this, [this] { exportAs(int(exchange::ExchangeFormat::Bundle)); });

    connect(&m_document, &CaseDocument::caseOpened, this, &ExchangeActions::updateEnabled);
    connect(&m_document, &CaseDocument::caseClosed, this, &ExchangeActions::updateEnabled);
    updateEnabled();
}

void ExchangeActions::updateEnabled()
{
    const bool open = m_document.isOpen();
    m_importAnnotations->setEnabled(open && !m_document.isReadOnly());
    m_exportMenu->setEnabled(open);
    for (QAction* a : {m_exportW3c, m_exportQdpx, m_exportBundle}) {
        a->setEnabled(open);
    }
}

Result<std::unique_ptr<casefile::Case>> ExchangeActions::openConnection() const
{
    // A connection of its own on the document's case (as the import worker has): SQLite opens the file, nothing
    // else touches it (decisions/0013), and the document's connection sees every change as usual.
    return casefile::Case::open(m_document.path(), {},
                                m_document.isReadOnly() ? casefile::Case::Access::ReadOnly
                                                        : casefile::Case::Access::ReadWrite);
}

QString ExchangeActions::folder() const
{
    const QString folder = m_document.isOpen() ? QFileInfo(m_document.path()).absolutePath() : QString();
    // Not the sample case's hidden folder: the user's documents.
    return isHiddenFolder(folder) ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : folder;
}

bool ExchangeActions::importAnnotationsFrom(const QString& path)
{
    const QString title = tr("Import Annotations");
    if (!m_document.isOpen() || m_document.isReadOnly()) {
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_prompts.showError(m_window, title, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    auto parsed = exchange::parseW3cAnnotations(file.readAll(), path);
    if (!parsed) {
        m_prompts.showError(m_window, title, errorMessage(parsed.error()));
        return false;
    }
    auto reading = openConnection();
    if (!reading) {
        m_prompts.showError(m_window, title, errorMessage(reading.error()));
        return false;
    }
    auto plan = exchange::planAnnotationImport(*reading.value(), parsed.value());
    if (!plan) {
        m_prompts.showError(m_window, title, errorMessage(plan.error()));
        return false;
    }
    QStringList details;
    for (const exchange::UnplacedAnnotation& u : plan->unplaced) {
        details << tr("“%1”: %2").arg(u.quote.left(80), u.reason);
    }
    const int placed = int(plan->placed.size());
    if (placed > 0) {
        auto edit = std::make_unique<exchange::ImportAnnotations>(std::move(plan).value(), QFileInfo(path).fileName());
        using Change = CaseDocument::Change;
        auto command = std::make_unique<EditCommand>(
            m_document, std::move(edit),
            Change::Claims | Change::Links | Change::Notes | Change::Tags | Change::Sources, tr("Import annotations"));
        if (auto done = m_document.execute(std::move(command)); !done) {
            m_prompts.showError(m_window, title, errorMessage(done.error()));
            return false;
        }
    }
    m_prompts.showSummary(m_window, title,
                          tr("%n annotation(s) added as claims.", nullptr, placed) + u' ' +
                              tr("%n could not be placed.", nullptr, int(details.size())),
                          details);
    return placed > 0;
}

void ExchangeActions::exportAs(int formatValue)
{
    const auto format = exchange::ExchangeFormat(formatValue);
    if (!m_document.isOpen()) {
        return;
    }
    QString caption;
    QString filter;
    QString suffix;
    switch (format) {
    case exchange::ExchangeFormat::W3c:
        caption = tr("Export W3C Web Annotations");
        filter = tr("W3C Web Annotations (*.jsonld *.json)");
        suffix = QStringLiteral("jsonld");
        break;
    case exchange::ExchangeFormat::Qdpx:
        caption = tr("Export REFI-QDA Project");
        filter = tr("REFI-QDA projects (*.qdpx)");
        suffix = QStringLiteral("qdpx");
        break;
    case exchange::ExchangeFormat::Bundle:
        caption = tr("Export Case Bundle");
        filter = tr("Case bundles (*.zip)");
        suffix = QStringLiteral("zip");
        break;
    }
    const QString proposed = QFileInfo(m_document.path()).completeBaseName() + u'.' + suffix;
    const QString path = m_prompts.chooseExchangeExportPath(m_window, caption, exportFolder(m_settings, folder()),
                                                            filter, suffix, proposed);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).canonicalFilePath() == QFileInfo(m_document.path()).canonicalFilePath()) {
        m_prompts.showError(m_window, caption, tr("%1 is the open case: choose another file.").arg(path));
        return;
    }
    auto source = openConnection();
    if (!source) {
        m_prompts.showError(m_window, caption, errorMessage(source.error()));
        return;
    }
    auto result = exchange::exportExchange(*source.value(), format, path);
    if (!result) {
        m_prompts.showError(m_window, caption, errorMessage(result.error()));
        return;
    }
    QStringList details;
    if (result->orphanedClaims > 0) {
        details << tr("%n orphaned claim(s) left out: their text no longer matches their report.", nullptr,
                      result->orphanedClaims);
    }
    rememberExportFolder(m_settings, path);
    const QString message = format == exchange::ExchangeFormat::Bundle
                                ? tr("Wrote %1 with the case and %n original(s).", nullptr, result->originals).arg(path)
                                : tr("Wrote %1: %n claim(s).", nullptr, result->claims).arg(path);
    if (details.isEmpty()) {
        Q_EMIT this->message(message); // a pop-up for a plain success took the next keys typed (a tester's find)
    } else {
        m_prompts.showSummary(m_window, caption, message, details);
    }
}

} // namespace corrob::ui
