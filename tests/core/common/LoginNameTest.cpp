// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/LoginName.h"

#include <QByteArray>
#include <QtGlobal>

#include <gtest/gtest.h>

#include <optional>

using namespace corrob;

namespace {

// Sets or removes an environment variable for the test's duration, then puts it back.
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char* name, std::optional<QByteArray> value) : m_name(name)
    {
        if (qEnvironmentVariableIsSet(name)) {
            m_saved = qgetenv(name);
        }
        if (value) {
            qputenv(name, *value);
        } else {
            qunsetenv(name);
        }
    }
    ~ScopedEnvironment()
    {
        if (m_saved) {
            qputenv(m_name, *m_saved);
        } else {
            qunsetenv(m_name);
        }
    }
    ScopedEnvironment(const ScopedEnvironment&) = delete;
    ScopedEnvironment& operator=(const ScopedEnvironment&) = delete;

private:
    const char* m_name;
    std::optional<QByteArray> m_saved;
};

} // namespace

TEST(LoginName, TakesTheUserFromTheEnvironmentFirst)
{
    ScopedEnvironment user("USER", QByteArrayLiteral("jane"));
    EXPECT_EQ(loginName(), QStringLiteral("jane"));
}

TEST(LoginName, WithoutAUserInTheEnvironmentNamesTheAccountNotUnknown)
{
    // As in a container, a service or a CI job: the audit log and every claim's creator still name someone.
    ScopedEnvironment user("USER", std::nullopt);
    ScopedEnvironment username("USERNAME", std::nullopt);
    ScopedEnvironment logname("LOGNAME", std::nullopt);
    const QString name = loginName();
    EXPECT_FALSE(name.isEmpty());
    EXPECT_NE(name, QStringLiteral("unknown"));
}
