// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

namespace corrob::ui {

class CaseDocument;

// The Sources dock: every source of the case with its kind, affiliation, reliability grade and how many claims
// it makes; picking one shows it in the Inspector (WorkbenchSelection::setCurrentSource). Refreshed when sources or
// claims change.
class SourcesPane : public QTreeWidget
{
    Q_OBJECT
public:
    explicit SourcesPane(CaseDocument& document, QWidget* parent = nullptr);

private:
    void refresh();

    CaseDocument& m_document;
    bool m_refreshing = false;
};

} // namespace corrob::ui
