// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/InspectorCommands.h"

namespace corrob::ui {

using Change = CaseDocument::Change;

EditSourceCommand::EditSourceCommand(CaseDocument& document, SourceId source, casefile::SourceChanges changes,
                                     const QString& text)
    : EditCommand(document, std::make_unique<casefile::EditSource>(source, std::move(changes)), Change::Sources,
                  text.isEmpty() ? QObject::tr("Edit source") : text)
{
}

EditReportCommand::EditReportCommand(CaseDocument& document, ReportId report, casefile::ReportMetadataChanges changes,
                                     const QString& text)
    // The outlet may name a new media source, and the analysis counts outlets as origins.
    : EditCommand(document, std::make_unique<casefile::EditReportMetadata>(report, std::move(changes)),
                  Change::Reports | Change::Sources, text.isEmpty() ? QObject::tr("Edit report") : text)
{
}

} // namespace corrob::ui
