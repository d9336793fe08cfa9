// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/LinkCurveOverlay.h"

#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QRegion>
#include <QTextDocument>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>

namespace corrob::ui {
namespace {

// The curve widened to tolerance pixels either side, round at its ends.
QPainterPath hitArea(const QPainterPath& curve, qreal tolerance)
{
    QPainterPathStroker stroker;
    stroker.setWidth(2 * tolerance);
    stroker.setCapStyle(Qt::RoundCap);
    return stroker.createStroke(curve);
}

} // namespace

LinkCurveOverlay::LinkCurveOverlay(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("linkCurveOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents); // until there are curves: see updateMask()
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setCursor(Qt::PointingHandCursor); // shown only where the mouse reaches this widget: on the curves
}

void LinkCurveOverlay::setCurves(QList<Curve> curves)
{
    if (curves == m_curves) {
        return; // laid out again after a scroll or a highlight that moved none: nothing to paint again
    }
    // Where the curves were: this layer paints nothing under its mask's old region now, and nothing else was
    // told to paint there, so pieces of old curves stayed on screen (a report replaced, a claim deleted, a resize).
    const QRegion before = m_curves.isEmpty() ? QRegion() : mask();
    m_curves = std::move(curves);
    updateMask();
    update();
    if (!before.isEmpty() && parentWidget()) {
        parentWidget()->update(before.translated(pos()));
    }
}

void LinkCurveOverlay::updateMask()
{
    // An empty mask would mean no mask at all, and this layer would take every click: with no curves it lets the
    // mouse through entirely instead.
    setAttribute(Qt::WA_TransparentForMouseEvents, m_curves.isEmpty());
    if (m_curves.isEmpty()) {
        clearMask();
        return;
    }
    // The mask also clips the painting: kHitTolerance is wider than the widest line, halo and end dot.
    QRegion region;
    for (const Curve& curve : std::as_const(m_curves)) {
        region += QRegion(hitArea(pathOf(curve), kHitTolerance).toFillPolygon().toPolygon(), Qt::WindingFill);
    }
    setMask(region);
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
    // Painted last is on top: look from the end.
    for (auto it = m_curves.crbegin(); it != m_curves.crend(); ++it) {
        if (hitArea(pathOf(*it), tolerance).contains(point)) {
            return it->key;
        }
    }
    return std::nullopt;
}

const LinkCurveOverlay::Curve* LinkCurveOverlay::curveAt(const QPoint& point) const
{
    const std::optional<qint64> key = keyAt(point);
    if (!key) {
        return nullptr;
    }
    const auto it = std::find_if(m_curves.cbegin(), m_curves.cend(), [&key](const Curve& c) { return c.key == *key; });
    return it == m_curves.cend() ? nullptr : &*it;
}

bool LinkCurveOverlay::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const Curve* curve = curveAt(help->pos());
        if (curve && !curve->toolTip.isEmpty()) {
            // Plain text, whatever it holds: a statement with "<" in it is not markup.
            QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(curve->toolTip), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void LinkCurveOverlay::mousePressEvent(QMouseEvent* event)
{
    const std::optional<qint64> key = keyAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || !key) {
        event->ignore();
        return;
    }
    event->accept(); // and so its release and any double click come here too, not to the text beneath
    Q_EMIT curveClicked(*key);
}

void LinkCurveOverlay::mouseDoubleClickEvent(QMouseEvent* event)
{
    mousePressEvent(event);
}

void LinkCurveOverlay::wheelEvent(QWheelEvent* event)
{
    // A curve is a thin line over the text: the wheel scrolls the pane it crosses, as if the line were not there.
    const QPoint at = event->position().toPoint();
    QWidget* beneath = widgetBeneath(at);
    if (!beneath) {
        event->ignore();
        return;
    }
    QWheelEvent forwarded(beneath->mapFromGlobal(event->globalPosition()), event->globalPosition(), event->pixelDelta(),
                          event->angleDelta(), event->buttons(), event->modifiers(), event->phase(), event->inverted(),
                          event->source(), event->pointingDevice());
    QApplication::sendEvent(beneath, &forwarded);
    event->setAccepted(forwarded.isAccepted());
}

QWidget* LinkCurveOverlay::widgetBeneath(const QPoint& point)
{
    QWidget* parent = parentWidget();
    if (!parent) {
        return nullptr;
    }
    // childAt() skips widgets that let the mouse through: for a moment, this one does.
    setAttribute(Qt::WA_TransparentForMouseEvents, true);
    QWidget* beneath = parent->childAt(mapToParent(point));
    setAttribute(Qt::WA_TransparentForMouseEvents, m_curves.isEmpty());
    return beneath ? beneath : parent;
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
        painter.setPen(QPen(colour, width, curve.dashed ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap));
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
