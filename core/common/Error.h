// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace corrob {

// What kind of failure an Error reports. Callers branch on the code, users read the message.
enum class ErrorCode
{
    InvalidArgument, // the caller passed something out of range or malformed
    NotFound,        // a file, report or other item does not exist
    AlreadyExists,   // refusing to overwrite something
    Io,              // the operating system refused a read or write
    NotACase,        // the file is not a Corroborate case (or is not SQLite at all)
    NewerSchema,     // the case was written by a newer Corroborate
    Corrupt,         // the case file is damaged
    Busy,            // another process holds the case locked
    Database,        // any other SQLite failure
    Unsupported,     // input in a format this version cannot read
    Integrity,       // a hash or the audit chain does not match
    Conflict,        // undoing or redoing a step would overwrite what another program changed since
};

// A failure: what happened (message, written for the user) and where (context: a path, a report id, ...).
struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;
    QString context;

    // "message (context)", or just the message when there is no context.
    [[nodiscard]] QString toString() const { return context.isEmpty() ? message : message + u" (" + context + u')'; }
};

} // namespace corrob
