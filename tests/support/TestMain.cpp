// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main() of every test binary. gtest_discover_tests runs the binary at build time without the test
// environment, so the offscreen default must be set here, before the application object exists.
#include <QStandardPaths>
#include <QtGlobal>

#include <gtest/gtest.h>

#ifdef CORROB_TEST_GUI
#include "resources/Translations.h"

#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("Corroborate"));
    TestApplication::setApplicationName(QStringLiteral("Corroborate-tests"));
#ifdef CORROB_TEST_GUI
    // As main() on an English desktop, whatever this machine's locale: the texts' plural forms come from English.
    const corrob::resources::Translations english(QLocale(QLocale::English, QLocale::UnitedStates));
#endif
    return RUN_ALL_TESTS();
}
