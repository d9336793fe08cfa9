// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ThemeMenu.h"

#include <QActionGroup>
#include <QSettings>

#include <tuple>

namespace corrob::ui {

namespace {

const QString kThemeKey = QStringLiteral("view/theme");

} // namespace

ThemeMenu::ThemeMenu(QSettings& settings, QWidget* parent)
    : QMenu(tr("&Theme"), parent), m_settings(settings), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("themeMenu"));
    const Theme saved = themeFromKey(m_settings.value(kThemeKey).toString()).value_or(Theme::System);
    for (const auto& [theme, text, name] : {std::tuple{Theme::System, tr("As the &Desktop"), "themeSystemAction"},
                                            std::tuple{Theme::Light, tr("&Light"), "themeLightAction"},
                                            std::tuple{Theme::Dark, tr("Dar&k"), "themeDarkAction"}}) {
        QAction* action = addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        action->setCheckable(true);
        action->setChecked(theme == saved);
        action->setData(themeKey(theme));
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = theme] {
            m_settings.setValue(kThemeKey, themeKey(theme));
            applyTheme(theme);
        });
    }
    if (saved != Theme::System) {
        applyTheme(saved);
    }
}

void ThemeMenu::setTheme(Theme theme)
{
    for (QAction* action : m_group->actions()) {
        if (action->data().toString() == themeKey(theme) && !action->isChecked()) {
            action->trigger();
        }
    }
}

Theme ThemeMenu::theme() const
{
    const QAction* checked = m_group->checkedAction();
    return checked ? themeFromKey(checked->data().toString()).value_or(Theme::System) : Theme::System;
}

} // namespace corrob::ui
