// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace corrob::ui {
namespace {

// What the application had before any theme was applied, so System can go back to it.
struct StartingLook
{
    QString styleName;
    QPalette palette;
};

const StartingLook& startingLook()
{
    static const StartingLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

void setRoles(QPalette& palette, QPalette::ColorRole role, const QColor& active, const QColor& disabled)
{
    palette.setColor(QPalette::Active, role, active);
    palette.setColor(QPalette::Inactive, role, active);
    palette.setColor(QPalette::Disabled, role, disabled);
}

} // namespace

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Theme> themeFromKey(const QString& key)
{
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark}) {
        if (key == themeKey(theme)) {
            return theme;
        }
    }
    return std::nullopt;
}

QPalette lightPalette()
{
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette palette = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xdf, 0xe1, 0xe5);
    const QColor disabledText(0x80, 0x83, 0x88);
    setRoles(palette, QPalette::Window, window, window);
    setRoles(palette, QPalette::WindowText, text, disabledText);
    setRoles(palette, QPalette::Base, base, window);
    setRoles(palette, QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b), window);
    setRoles(palette, QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x44), QColor(0x3c, 0x3f, 0x44));
    setRoles(palette, QPalette::ToolTipText, text, disabledText);
    setRoles(palette, QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3), disabledText);
    setRoles(palette, QPalette::Text, text, disabledText);
    setRoles(palette, QPalette::Button, QColor(0x3a, 0x3d, 0x41), window);
    setRoles(palette, QPalette::ButtonText, text, disabledText);
    setRoles(palette, QPalette::BrightText, QColor(0xff, 0x6b, 0x6b), QColor(0xff, 0x6b, 0x6b));
    setRoles(palette, QPalette::Light, QColor(0x4a, 0x4d, 0x52), QColor(0x4a, 0x4d, 0x52));
    setRoles(palette, QPalette::Midlight, QColor(0x40, 0x43, 0x47), QColor(0x40, 0x43, 0x47));
    setRoles(palette, QPalette::Mid, QColor(0x5a, 0x5d, 0x62), QColor(0x5a, 0x5d, 0x62));
    setRoles(palette, QPalette::Dark, QColor(0x18, 0x19, 0x1b), QColor(0x18, 0x19, 0x1b));
    setRoles(palette, QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d), QColor(0x0c, 0x0c, 0x0d));
    setRoles(palette, QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4), QColor(0x4a, 0x4d, 0x52));
    setRoles(palette, QPalette::HighlightedText, QColor(0xff, 0xff, 0xff), disabledText);
    setRoles(palette, QPalette::Link, QColor(0x7a, 0xaf, 0xf5), QColor(0x7a, 0xaf, 0xf5));
    setRoles(palette, QPalette::LinkVisited, QColor(0xb3, 0x92, 0xf0), QColor(0xb3, 0x92, 0xf0));
    return palette;
}

void applyTheme(Theme theme)
{
    const StartingLook& start = startingLook();
    if (theme == Theme::System) {
        QApplication::setStyle(QStyleFactory::create(start.styleName));
        QApplication::setPalette(start.palette);
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < palette.color(QPalette::Text).lightnessF();
}

} // namespace corrob::ui
