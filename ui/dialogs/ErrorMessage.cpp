// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ErrorMessage.h"

#include <QCoreApplication>

namespace corrob::ui {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ErrorMessage)
};

QString hintFor(const Error& error)
{
    switch (error.code) {
    case ErrorCode::NotFound:
        return Text::tr("The file may have been moved, renamed or deleted.");
    case ErrorCode::AlreadyExists:
        return Text::tr("Corroborate never replaces an existing file: choose another name.");
    case ErrorCode::NotACase:
        return Text::tr("Choose a .corrob file created by Corroborate.");
    case ErrorCode::Busy:
        return Text::tr("Another program is using the case. Close it there and try again.");
    case ErrorCode::Corrupt:
        return Text::tr("Open a backup of the case if you have one; the damaged file has not been changed.");
    case ErrorCode::Io:
        return Text::tr("Check that the folder exists and that you may write to it.");
    case ErrorCode::Conflict:
        // Undo refused: the step leaves the History (it would fail again), which the message must say or the row
        // seems to vanish (a tester's find).
        return Text::tr("The other program's change stays. This step is taken off the History: it can no longer be "
                        "undone or redone.");
    case ErrorCode::NewerSchema: // the core message already says to update Corroborate
    case ErrorCode::InvalidArgument:
    case ErrorCode::Database:
    case ErrorCode::Unsupported:
    case ErrorCode::Integrity:
        break;
    }
    return {};
}

} // namespace

QString errorMessage(const Error& error)
{
    // Core messages are lower-case clauses ("no such file"); a message box shows sentences.
    QString text = error.message.trimmed();
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
        if (!text.endsWith(u'.')) {
            text += u'.';
        }
    }
    if (!error.context.isEmpty()) {
        text += u"\n\n" + error.context;
    }
    if (const QString hint = hintFor(error); !hint.isEmpty()) {
        text += u"\n\n" + hint;
    }
    return text;
}

} // namespace corrob::ui
