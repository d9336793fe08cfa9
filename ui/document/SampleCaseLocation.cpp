// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/SampleCaseLocation.h"

#include <QStandardPaths>

namespace corrob::ui {

SampleCaseLocation SampleCaseLocation::standard(const QString& articlesDir)
{
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return {dataDir + u"/Sample case.corrob", articlesDir};
}

} // namespace corrob::ui
