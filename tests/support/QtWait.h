// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// QtTest's QTRY_ macros, made gtest assertions. Qt's own report a timeout to QtTest's logger and return from the
// function, which under gtest is a silent pass: a test waiting for something that never came passed after its
// timeout. These wait the same way (QTest::qWaitFor, the event loop running) and fail the test, naming what was
// awaited. Include this after, or instead of, <QTest>. In a helper function an assertion only returns from the
// helper: call the helper inside ASSERT_NO_FATAL_FAILURE, so that the test stops there too.
#pragma once

#include <QTest>

#include <gtest/gtest.h>

#undef QTRY_VERIFY_WITH_TIMEOUT
#undef QTRY_VERIFY
#undef QTRY_COMPARE_WITH_TIMEOUT
#undef QTRY_COMPARE
#undef QTRY_VERIFY2_WITH_TIMEOUT
#undef QTRY_VERIFY2

#define QTRY_VERIFY_WITH_TIMEOUT(expr, timeout)                                                                        \
    ASSERT_TRUE(QTest::qWaitFor([&]() { return bool(expr); }, timeout)) << "timed out waiting for " #expr
#define QTRY_VERIFY(expr) QTRY_VERIFY_WITH_TIMEOUT(expr, 5000)
#define QTRY_COMPARE_WITH_TIMEOUT(actual, expected, timeout)                                                           \
    do {                                                                                                               \
        (void)QTest::qWaitFor([&]() { return (actual) == (expected); }, timeout);                                      \
        ASSERT_EQ(actual, expected) << "timed out waiting for " #actual " == " #expected;                              \
    } while (false)
#define QTRY_COMPARE(actual, expected) QTRY_COMPARE_WITH_TIMEOUT(actual, expected, 5000)
#define QTRY_VERIFY2_WITH_TIMEOUT(expr, message, timeout)                                                              \
    ASSERT_TRUE(QTest::qWaitFor([&]() { return bool(expr); }, timeout))                                                \
        << "timed out waiting for " #expr ": " << (message)
#define QTRY_VERIFY2(expr, message) QTRY_VERIFY2_WITH_TIMEOUT(expr, message, 5000)
