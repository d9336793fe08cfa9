// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPoint>
#include <QWidget>

namespace corrob::ui {

// A transparent layer over side-by-side text views that paints cubic Bézier curves between two points, as diff
// tools connect changed lines. Knows nothing about claims: its owner hands it the curves (in this widget's
// coordinates) whenever the views scroll. Lets every mouse event through.
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
    };

    explicit LinkCurveOverlay(QWidget* parent = nullptr);
    void setCurves(QList<Curve> curves);
    [[nodiscard]] const QList<Curve>& curves() const { return m_curves; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<Curve> m_curves;
};

} // namespace corrob::ui
