// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace corrob::test {

// The seed articles bundled in resources/sample (always present).
QString seedsDir();
QStringList seedFiles();
// tests/data in the source tree.
QString dataDir();
// ../shared/datasets next to the project, or an empty string when it is absent (tests then GTEST_SKIP).
QString datasetsDir();
// The built corroborate-cli.
QString cliPath();
// ../shared/standards beside the project (W3C Web Annotation tests, REFI-QDA schema), or empty when absent.
QString standardsDir();
// The project's source folder.
QString sourceDir();

} // namespace corrob::test
