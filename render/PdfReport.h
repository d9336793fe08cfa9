// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

class QCoreApplication;

namespace corrob::render {

struct PdfOptions
{
    QString title;  // the PDF's document title
    QString author; // its author (the investigator)
};

// Called with (page, pages) as pages are drawn; returns false to cancel. May be empty.
using PdfProgress = std::function<bool(int page, int pages)>;

// Lays out html (the investigation report of exporting::HtmlReport, or any HTML QTextDocument reads) and returns a
// paginated A4 PDF: real text (searchable, copyable), "Page N of M" in every page's footer, and every internal link
// (href="#name" to an <a name="name">) a working GoTo link to the page and height of its target; links to names
// that are not in the document stay as they are. Needs a QGuiApplication (fonts); fails with Unsupported when there
// is none, with InvalidArgument when cancelled. Any thread that may paint on a QPdfWriter.
Result<QByteArray> renderPdf(const QString& html, const PdfOptions& options, const PdfProgress& progress = {});

// renderPdf, written to path atomically (QSaveFile): the file is either the whole PDF or untouched.
Status writePdf(const QString& html, const QString& path, const PdfOptions& options, const PdfProgress& progress = {});

// Whether renderPdf can run in this process: a QGuiApplication exists.
bool canRenderPdf();

// The application object of a command-line program: a QGuiApplication when gui (on the "offscreen" platform unless
// QT_QPA_PLATFORM says otherwise, so no display is needed), else a QCoreApplication. argc and argv must outlive it.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv, bool gui);

} // namespace corrob::render
