// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/ReadableColours.h"
#include "core/model/Link.h"
#include "core/model/Tag.h"
#include "ui/Theme.h"
#include "ui/document/LinkColours.h"

#include <QPalette>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::ui;

namespace {

// The colours a highlight can have: every link type's, the default tag colour, and tag colours an investigator
// might pick (saturated, pale and very dark ones).
QList<QColor> highlightColours()
{
    QList<QColor> colours{QColor(model::Tag::defaultColour()),
                          QColor(Qt::yellow),
                          QColor(Qt::red),
                          QColor(Qt::blue),
                          QColor(0xff, 0xf5, 0xd6),
                          QColor(0x10, 0x10, 0x10),
                          QColor(Qt::white),
                          QColor(0x00, 0xff, 0x7f)};
    for (model::LinkType type : {model::LinkType::Corroborates, model::LinkType::Contradicts, model::LinkType::Repeats,
                                 model::LinkType::Updates, model::LinkType::Elaborates}) {
        colours << linkTypeColour(type);
    }
    return colours;
}

} // namespace

TEST(ReadableColours, ContrastRatioIsWcags)
{
    EXPECT_NEAR(contrastRatio(Qt::black, Qt::white), 21.0, 0.01);
    EXPECT_NEAR(contrastRatio(Qt::white, Qt::black), 21.0, 0.01);
    EXPECT_NEAR(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white), 4.48, 0.01); // the classic "just fails" grey
    EXPECT_DOUBLE_EQ(contrastRatio(Qt::red, Qt::red), 1.0);
}

TEST(ReadableColours, CompositeBlendsByOpacity)
{
    QColor halfRed(Qt::red);
    halfRed.setAlphaF(0.5F);
    const QColor blended = composite(halfRed, Qt::white);
    EXPECT_EQ(blended.red(), 255);
    EXPECT_NEAR(blended.green(), 128, 1);
    EXPECT_NEAR(blended.blue(), 128, 1);
}

TEST(ReadableColours, TextOverEveryHighlightStaysReadableInTheLightAndTheDarkPalette)
{
    for (const QPalette& palette : {lightPalette(), darkPalette()}) {
        const QColor base = palette.color(QPalette::Base);
        const QColor text = palette.color(QPalette::Text);
        for (const QColor& colour : highlightColours()) {
            for (int alpha : {90, 110, 230}) {
                const QColor tint = readableTint(colour, alpha, palette);
                EXPECT_GE(contrastRatio(composite(tint, base), text), kReadableContrast)
                    << colour.name().toStdString() << " at " << alpha << (isDark(palette) ? " (dark)" : " (light)");
                EXPECT_LE(tint.alpha(), alpha);
                EXPECT_GT(tint.alpha(), 0) << "a highlight never disappears";
            }
        }
    }
}

TEST(ReadableColours, KeepsTheTintAsStrongAsAsked_WhenTheTextReadsAnyway)
{
    const QPalette light = lightPalette();
    EXPECT_EQ(readableTint(QColor(model::Tag::defaultColour()), 110, light).alpha(), 110);
}

TEST(ReadableColours, ColouredTextIsLightenedOnDarkAndDarkenedOnLight)
{
    for (const QColor& colour : highlightColours()) {
        for (const QPalette& palette : {lightPalette(), darkPalette()}) {
            EXPECT_GE(contrastRatio(readableForeground(colour, palette), palette.color(QPalette::Base)),
                      kReadableContrast)
                << colour.name().toStdString() << (isDark(palette) ? " (dark)" : " (light)");
        }
    }
    const QColor red = linkTypeColour(model::LinkType::Contradicts);
    EXPECT_GT(readableForeground(red, darkPalette()).lightness(), red.lightness());
    EXPECT_LT(readableForeground(red, lightPalette()).lightness(), red.lightness());
}

TEST(Theme, NamesRoundTripAndUnknownNamesAreRefused)
{
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark}) {
        EXPECT_EQ(themeFromKey(themeKey(theme)), theme);
    }
    EXPECT_FALSE(themeFromKey(QStringLiteral("solarized")).has_value());
    EXPECT_TRUE(isDark(darkPalette()));
    EXPECT_FALSE(isDark(lightPalette()));
}
