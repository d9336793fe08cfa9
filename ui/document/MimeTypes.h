// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace corrob::ui {

// What the workbench drags between its own widgets. Each carries one id as decimal text; a drop from elsewhere
// with the same type is still checked against the open case before anything happens.
inline const QString kClaimMimeType = QStringLiteral("application/x-corroborate-claim");   // onto a claim: link
inline const QString kReportMimeType = QStringLiteral("application/x-corroborate-report"); // onto a pane: show it

} // namespace corrob::ui
