// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPainterPath>
#include <QPoint>
#include <QString>
#include <QWidget>

#include <optional>

namespace corrob::ui {

// A transparent layer over side-by-side text views that paints cubic Bézier curves between two points, as diff
// tools connect changed lines. Knows nothing about claims: its owner hands it the curves (in this widget's
// coordinates) whenever the views scroll. It takes the mouse only on the curves, all along them (its mask is every
// curve widened to kHitTolerance pixels either side): a left click there emits curveClicked, the pointer turns into
// a hand, and the curve's tooltip shows; the wheel scrolls whatever lies beneath. Everywhere else the mouse goes
// straight to the widgets beneath.
class LinkCurveOverlay : public QWidget
{
    Q_OBJECT
public:
    static constexpr qreal kHitTolerance = 6.0;

    struct Curve
    {
        QPoint from; // left end
        QPoint to;   // right end
        QColor colour;
        bool emphasised = false; // drawn thicker (a link of the current claim)
        qint64 key = 0;          // the owner's name for what the curve stands for
        bool selected = false;   // drawn thickest, over a halo (the link the Inspector shows)
        QString toolTip;         // shown while the pointer rests on the curve (plain text)
        bool dashed = false;     // drawn dashed: a proposed link, not made yet

        bool operator==(const Curve&) const = default;
    };

    explicit LinkCurveOverlay(QWidget* parent = nullptr);
    void setCurves(QList<Curve> curves);
    [[nodiscard]] const QList<Curve>& curves() const { return m_curves; }
    // The key of the curve passing within tolerance pixels of point (this widget's coordinates), the topmost one
    // when several do; nullopt when none does.
    [[nodiscard]] std::optional<qint64> keyAt(const QPoint& point, qreal tolerance = kHitTolerance) const;
    // The line a curve is drawn along, in this widget's coordinates.
    [[nodiscard]] static QPainterPath pathOf(const Curve& curve);

Q_SIGNALS:
    // The left button was pressed on the curve with this key.
    void curveClicked(qint64 key);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    // Lets the mouse reach this widget on the curves only.
    void updateMask();
    [[nodiscard]] const Curve* curveAt(const QPoint& point) const;
    // The widget the mouse would reach at point without this layer (point in this widget's coordinates).
    [[nodiscard]] QWidget* widgetBeneath(const QPoint& point);

    QList<Curve> m_curves;
};

} // namespace corrob::ui
