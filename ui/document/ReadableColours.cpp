// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/ReadableColours.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace corrob::ui {
namespace {

constexpr int kFaintestTint = 48; // below this a claim's highlight is hard to see at all

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor composite(const QColor& over, const QColor& base)
{
    const double a = over.alphaF();
    return QColor::fromRgbF(float(over.redF() * a + base.redF() * (1 - a)),
                            float(over.greenF() * a + base.greenF() * (1 - a)),
                            float(over.blueF() * a + base.blueF() * (1 - a)));
}

QColor readableTint(const QColor& colour, int alpha, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    QColor tint = colour;
    for (int a = std::clamp(alpha, 0, 255); a > kFaintestTint; a -= 8) {
        tint.setAlpha(a);
        if (contrastRatio(composite(tint, base), text) >= kReadableContrast) {
            return tint;
        }
    }
    tint.setAlpha(std::min(alpha, kFaintestTint));
    return tint;
}

QColor readableForeground(const QColor& colour, const QPalette& palette)
{
    // Mix towards the palette's own text colour (which reads on its base) until the mix reads: the hue stays as long
    // as it can, and even black on a dark base or white on a light one ends readable.
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    for (int step = 0; step <= 10; ++step) {
        QColor towardsText = text;
        towardsText.setAlphaF(float(step) / 10.0F);
        const QColor shade = composite(towardsText, colour);
        if (contrastRatio(shade, base) >= kReadableContrast) {
            return shade;
        }
    }
    return text;
}

} // namespace corrob::ui
