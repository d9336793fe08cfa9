// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QLineEdit;
class QWidget;

namespace corrob::ui {

// A field that holds what the user looks for (a filter, a search, a find bar), not a value of the case: reading the
// case again leaves its text as it is, so the window may catch up with another program while the focus rests in it,
// though not while the user is typing in it.
void markAsQueryField(QLineEdit* field);

// Whether `widget` is a field marked by markAsQueryField.
[[nodiscard]] bool isQueryField(const QWidget* widget);

// How long ago the user last pressed a key in a query field (or changed its text), in milliseconds; a large number when
// never.
[[nodiscard]] qint64 msSinceTypedIn(const QWidget* queryField);

} // namespace corrob::ui
