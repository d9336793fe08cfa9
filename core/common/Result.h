// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QtGlobal>

#include <utility>
#include <variant>

namespace corrob {

// A value or an Error. Returned across every core library boundary instead of exceptions.
// Accessing value() of a failed result (or error() of a successful one) is a programming error.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    [[nodiscard]] bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] T& value() &
    {
        Q_ASSERT(ok());
        return std::get<0>(m_state);
    }
    [[nodiscard]] const T& value() const&
    {
        Q_ASSERT(ok());
        return std::get<0>(m_state);
    }
    // By value, not T&&: `for (auto& x : f().value())` must not bind to a temporary that dies first.
    [[nodiscard]] T value() &&
    {
        Q_ASSERT(ok());
        return std::get<0>(std::move(m_state));
    }
    [[nodiscard]] const Error& error() const
    {
        Q_ASSERT(!ok());
        return std::get<1>(m_state);
    }

    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

private:
    std::variant<T, Error> m_state;
};

// Success carries nothing: Result<void>.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    [[nodiscard]] bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error& error() const
    {
        Q_ASSERT(m_failed);
        return m_error;
    }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace corrob

// Passes a failure up: evaluates expr (a Result or Status) once and, when it failed, returns its error from the
// enclosing function (which returns a Result or Status). The one shape of "check, then return x.error()":
//     CORROB_TRY(stmt->run());
//     auto found = repo.find(id);
//     CORROB_TRY(found);
// A macro because only a macro can return from its caller; it is the whole of the project's error plumbing.
#define CORROB_TRY(expr)                                                                                               \
    do {                                                                                                               \
        if (auto&& corrobTryResult_ = (expr); !corrobTryResult_) {                                                     \
            return corrobTryResult_.error();                                                                           \
        }                                                                                                              \
    } while (false)
