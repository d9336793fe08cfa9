// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace corrob::ui {

// Edit > Preferences: the investigator's name for the audit log, the theme, and the defaults (report panes a case
// opens with, page furniture shown, the folder the case and import dialogs start in). Shows the preferences it is
// given and returns what the user chose; the window saves and applies them when it is accepted.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences& current, QWidget* parent = nullptr);

    [[nodiscard]] Preferences preferences() const;

private:
    void chooseFolder();

    QLineEdit* m_actorEdit = nullptr;
    QComboBox* m_themeCombo = nullptr;
    QSpinBox* m_panesSpin = nullptr;
    QCheckBox* m_furnitureCheck = nullptr;
    QLineEdit* m_folderEdit = nullptr;
};

} // namespace corrob::ui
