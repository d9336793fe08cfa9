// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPainterPath>
#include <QPoint>
#include <QWidget>

#include <optional>

namespace corrob::ui {

// A transparent layer over side-by-side text views that paints cubic Bézier curves between two points, as diff
// tools connect changed lines. Knows nothing about claims: its owner hands it the curves (in this widget's
// coordinates) whenever the views scroll. Lets every mouse event through; its owner asks keyAt() where a click
// landed.
class LinkCurveOverlay : public QWidget
{
    Q_OBJECT
public:
    struct Curve
    {
        QPoint from; // left end
        QPoint to;   // right end
        QColor colour;
        bool emphasised = false; // drawn thicker (a link of the current claim)
        qint64 key = 0;          // the owner's name for what the curve stands for
        bool selected = false;   // drawn thickest, over a halo (the link the Inspector shows)
    };

    explicit LinkCurveOverlay(QWidget* parent = nullptr);
    void setCurves(QList<Curve> curves);
    [[nodiscard]] const QList<Curve>& curves() const { return m_curves; }
    // The key of the curve passing within tolerance pixels of point (this widget's coordinates), the topmost one
    // when several do; nullopt when none does.
    [[nodiscard]] std::optional<qint64> keyAt(const QPoint& point, qreal tolerance = 4.0) const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    static QPainterPath pathOf(const Curve& curve);
    QList<Curve> m_curves;
};

} // namespace corrob::ui
