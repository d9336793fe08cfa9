// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLineEdit;
class QSettings;
class QTableView;

namespace corrob::ui {

class CaseDocument;
class ClaimFilterProxyModel;
class ClaimListModel;
class ElidingComboBox;

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
    // Restores the column widths the user last set (kept in settings) and keeps each new one there.
    void rememberColumnsIn(QSettings& settings);
    // As narrow as the filters allow with the four boxes in a row under the words filter.
    [[nodiscard]] QSize minimumSizeHint() const override;
    // The statement column is never narrower: a few words of the statement beside its colour.
    [[nodiscard]] int leastStatementWidth() const;
    // A column's header words whole, with the header's margins.
    [[nodiscard]] int headerWordsWidth(int column) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fillFilterCombos();
    // The words filter and the four boxes in one row, or the boxes in a second row under it.
    void placeFilters(bool twoRows);
    // The status box takes the width of its chosen status where its row has room beside the other filters.
    void keepStatusWhole();
    [[nodiscard]] QList<QWidget*> filterWidgets() const;
    // The least width that holds every filter in one row.
    [[nodiscard]] int oneRowWidth() const;
    // Shares the table's width out: most to the statement, to the others what their texts need up to a few words,
    // until the user sizes a column; after that the statement takes what the others leave.
    void fitColumns();
    // The width the column's header and its cells in sight ask for.
    [[nodiscard]] int contentWidth(int column) const;
    void saveColumns();
    void selectCurrentClaim();
    // With the status filter on "Quote changed": reads again which claims it shows (after any edit or import).
    void readChangedQuotes();

    CaseDocument& m_document;
    ClaimListModel* m_model = nullptr;
    ClaimFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QComboBox* m_reportCombo = nullptr;
    QComboBox* m_sourceCombo = nullptr;
    QComboBox* m_tagCombo = nullptr;
    ElidingComboBox* m_statusCombo = nullptr;
    QTableView* m_view = nullptr;
    QGridLayout* m_filters = nullptr;
    bool m_twoRows = false;
    bool m_syncing = false;
    bool m_pickedHere = false; // the current claim is being picked in this table (no scrolling to it)
    bool m_fitting = false;
    bool m_userSized = false;
    QSettings* m_settings = nullptr;
};

} // namespace corrob::ui
