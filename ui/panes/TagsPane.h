// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

namespace corrob::ui {

class CaseDocument;

// The Tags dock: the case codebook as a tree, each tag with its colour swatch, description and claim count.
class TagsPane : public QTreeWidget
{
    Q_OBJECT
public:
    explicit TagsPane(CaseDocument& document, QWidget* parent = nullptr);

private:
    void refresh();

    CaseDocument& m_document;
};

} // namespace corrob::ui
