// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/LinkCurveOverlay.h"

#include <QPainter>
#include <QPainterPathStroker>

#include <algorithm>

namespace corrob::ui {

LinkCurveOverlay::LinkCurveOverlay(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("linkCurveOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
}

void LinkCurveOverlay::setCurves(QList<Curve> curves)
{
    m_curves = std::move(curves);
    update();
}

QPainterPath LinkCurveOverlay::pathOf(const Curve& curve)
{
    const qreal bend = std::max(30.0, (curve.to.x() - curve.from.x()) * 0.5);
    QPainterPath path(curve.from);
    path.cubicTo(curve.from + QPointF(bend, 0), curve.to - QPointF(bend, 0), curve.to);
    return path;
}

std::optional<qint64> LinkCurveOverlay::keyAt(const QPoint& point, qreal tolerance) const
{
    QPainterPathStroker stroker;
    stroker.setWidth(2 * tolerance);
    stroker.setCapStyle(Qt::RoundCap);
    // Painted last is on top: look from the end.
    for (auto it = m_curves.crbegin(); it != m_curves.crend(); ++it) {
        if (stroker.createStroke(pathOf(*it)).contains(point)) {
            return it->key;
        }
    }
    return std::nullopt;
}

void LinkCurveOverlay::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // The selected curve last, so no other crosses over it.
    QList<Curve> ordered = m_curves;
    std::stable_partition(ordered.begin(), ordered.end(), [](const Curve& c) { return !c.selected; });
    for (const Curve& curve : std::as_const(ordered)) {
        const QPainterPath path = pathOf(curve);
        if (curve.selected) {
            QColor halo = palette().color(QPalette::Base);
            halo.setAlpha(220);
            painter.setPen(QPen(halo, 8.0, Qt::SolidLine, Qt::RoundCap));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
        }
        QColor colour = curve.colour;
        colour.setAlpha(curve.selected || curve.emphasised ? 240 : 150);
        const qreal width = curve.selected ? 4.5 : curve.emphasised ? 3.0 : 1.8;
        painter.setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setBrush(colour);
        painter.setPen(Qt::NoPen);
        const qreal dot = curve.selected ? 5.0 : curve.emphasised ? 4.0 : 3.0;
        painter.drawEllipse(QPointF(curve.from), dot, dot);
        painter.drawEllipse(QPointF(curve.to), dot, dot);
    }
}

} // namespace corrob::ui
