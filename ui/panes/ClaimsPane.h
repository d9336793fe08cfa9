// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace corrob::ui {

class CaseDocument;
class ClaimFilterProxyModel;
class ClaimListModel;

// The Claims dock: every claim of the case in a sortable table, narrowed by a filter line and by report, source
// and tag. The selected row follows the document's current claim and sets it.
class ClaimsPane : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimsPane(CaseDocument& document, QWidget* parent = nullptr);

    [[nodiscard]] ClaimListModel* model() const { return m_model; }
    [[nodiscard]] ClaimFilterProxyModel* proxy() const { return m_proxy; }
    [[nodiscard]] QTableView* view() const { return m_view; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillFilterCombos();
    // Shares the table's width out: most to the statement, a few words each to the others, until the user sizes a
    // column; after that the statement takes what the others leave.
    void fitColumns();
    void selectCurrentClaim();

    CaseDocument& m_document;
    ClaimListModel* m_model = nullptr;
    ClaimFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QComboBox* m_reportCombo = nullptr;
    QComboBox* m_sourceCombo = nullptr;
    QComboBox* m_tagCombo = nullptr;
    QComboBox* m_statusCombo = nullptr;
    QTableView* m_view = nullptr;
    bool m_syncing = false;
    bool m_fitting = false;
    bool m_userSized = false;
};

} // namespace corrob::ui
