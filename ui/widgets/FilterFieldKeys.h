// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemView;
class QLineEdit;

namespace corrob::ui {

// Down or Page Down in a list's filter field goes on into the list, on its current row (the first one when none
// is current), as in a file dialog or a mail client's search: the keyboard reaches what was filtered without Tab.
void leadDownInto(QLineEdit* filter, QAbstractItemView* list);

} // namespace corrob::ui
