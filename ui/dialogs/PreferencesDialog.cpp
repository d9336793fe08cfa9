// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/PreferencesDialog.h"

#include "core/common/LoginName.h"
#include "ui/dialogs/FileDialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace corrob::ui {
namespace {

QLabel* noteLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences& current, QWidget* parent)
    : QDialog(parent), m_actorEdit(new QLineEdit(this)), m_themeCombo(new QComboBox(this)),
      m_panesSpin(new QSpinBox(this)), m_furnitureCheck(new QCheckBox(tr("Show page furniture"), this)),
      m_folderEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_actorEdit->setObjectName(QStringLiteral("preferencesActorLineEdit"));
    m_actorEdit->setText(current.actor);
    m_actorEdit->setPlaceholderText(loginName());
    m_actorEdit->setClearButtonEnabled(true);

    m_themeCombo->setObjectName(QStringLiteral("preferencesThemeComboBox"));
    for (const auto& [theme, text] : {std::pair{Theme::System, tr("As the desktop")},
                                      std::pair{Theme::Light, tr("Light")}, std::pair{Theme::Dark, tr("Dark")}}) {
        m_themeCombo->addItem(text, themeKey(theme));
    }
    m_themeCombo->setCurrentIndex(std::max(0, m_themeCombo->findData(themeKey(current.theme))));

    m_panesSpin->setObjectName(QStringLiteral("preferencesPaneCountSpinBox"));
    // The value below the range reads "as many as are open": the window keeps the panes it has.
    m_panesSpin->setRange(Preferences::kMinPanes - 1, Preferences::kMaxPanes);
    m_panesSpin->setSpecialValueText(tr("As many as are open"));
    m_panesSpin->setValue(current.paneCount > 0 ? current.paneCount : m_panesSpin->minimum());
    m_furnitureCheck->setObjectName(QStringLiteral("preferencesFurnitureCheckBox"));
    m_furnitureCheck->setChecked(current.showFurniture);
    m_furnitureCheck->setToolTip(tr("Navigation, newsletter prompts, share labels and the like, greyed instead of "
                                    "hidden (View > Show Page Furniture)"));

    m_folderEdit->setObjectName(QStringLiteral("preferencesStartFolderLineEdit"));
    m_folderEdit->setText(QDir::toNativeSeparators(current.startFolder));
    m_folderEdit->setPlaceholderText(tr("The folder last used"));
    m_folderEdit->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("preferencesChooseFolderButton"));
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(browse);

    auto* you = new QGroupBox(tr("You"), this);
    auto* youForm = new QFormLayout(you);
    youForm->addRow(tr("&Your name:"), m_actorEdit);
    youForm->addRow(noteLabel(tr("The audit log records this name with every change you make, from the next "
                                 "change on. Leave it empty to be recorded by your login name."),
                              you));

    auto* look = new QGroupBox(tr("Appearance"), this);
    auto* lookForm = new QFormLayout(look);
    lookForm->addRow(tr("&Theme:"), m_themeCombo);

    auto* defaults = new QGroupBox(tr("Defaults"), this);
    auto* defaultsForm = new QFormLayout(defaults);
    defaultsForm->addRow(tr("&Report panes:"), m_panesSpin);
    defaultsForm->addRow(noteLabel(tr("How many reports a case shows side by side the first time it is opened "
                                      "here; after that it opens as you left it."),
                                   defaults));
    defaultsForm->addRow(QString(), m_furnitureCheck);
    auto* folderLabel = new QLabel(tr("&Start folder:"), defaults);
    folderLabel->setBuddy(m_folderEdit); // a row holding a layout gets no buddy of its own
    defaultsForm->addRow(folderLabel, folderRow);
    defaultsForm->addRow(noteLabel(tr("Where New Case, Open Case and the import dialogs start."), defaults));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("preferencesButtonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(you);
    layout->addWidget(look);
    layout->addWidget(defaults);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.actor = m_actorEdit->text().trimmed();
    p.theme = themeFromKey(m_themeCombo->currentData().toString()).value_or(Theme::System);
    p.paneCount = m_panesSpin->value() == m_panesSpin->minimum() ? 0 : m_panesSpin->value();
    p.showFurniture = m_furnitureCheck->isChecked();
    p.startFolder = QDir::fromNativeSeparators(m_folderEdit->text().trimmed());
    return p;
}

void PreferencesDialog::chooseFolder()
{
    const QString folder = filedialogs::existingFolder(
        this, tr("Start Folder"), m_folderEdit->text().isEmpty() ? QDir::homePath() : m_folderEdit->text());
    if (!folder.isEmpty()) {
        m_folderEdit->setText(QDir::toNativeSeparators(folder));
    }
}

} // namespace corrob::ui
