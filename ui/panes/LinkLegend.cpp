// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/LinkLegend.h"

#include "core/model/Vocabulary.h"
#include "ui/document/LinkColours.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace corrob::ui {
namespace {

constexpr model::LinkType kTypes[] = {model::LinkType::Corroborates, model::LinkType::Contradicts,
                                      model::LinkType::Repeats, model::LinkType::Updates, model::LinkType::Elaborates};

// A short thick stroke of the curve's colour, as the curves are drawn.
QPixmap stroke(const QColor& colour, int height, qreal ratio)
{
    const QSize size(height * 2, height);
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, 3.0, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(2, height / 2.0), QPointF(size.width() - 2, height / 2.0));
    return pixmap;
}

} // namespace

QString LinkLegend::typeText(model::LinkType type)
{
    switch (type) {
    case model::LinkType::Corroborates:
        return tr("corroborates");
    case model::LinkType::Contradicts:
        return tr("contradicts");
    case model::LinkType::Repeats:
        return tr("repeats");
    case model::LinkType::Updates:
        return tr("updates");
    case model::LinkType::Elaborates:
        return tr("elaborates");
    }
    return model::linkTypeName(type);
}

QString LinkLegend::typeToolTip(model::LinkType type)
{
    switch (type) {
    case model::LinkType::Corroborates:
        return tr("Corroborates: supports the other claim; its origin counts as an independent source of it");
    case model::LinkType::Contradicts:
        return tr("Contradicts: disputes the other claim; lowers its suggested credibility");
    case model::LinkType::Repeats:
        return tr("Repeats: the same statement from the same origin (a report passing it on); counted once");
    case model::LinkType::Updates:
        return tr("Updates: a newer figure or state of the same thing");
    case model::LinkType::Elaborates:
        return tr("Elaborates: adds detail to the other claim");
    }
    return {};
}

LinkLegend::LinkLegend(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("linkLegend"));
    setToolTip(tr("The colours of the curves between linked claims"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* title = new QLabel(tr("Links:"), this);
    title->setObjectName(QStringLiteral("linkLegendTitleLabel"));
    layout->addWidget(title);
    const int height = fontMetrics().height();
    for (model::LinkType type : kTypes) {
        auto* swatch = new QLabel(this);
        swatch->setPixmap(stroke(linkTypeColour(type), height, devicePixelRatioF()));
        auto* name = new QLabel(typeText(type), this);
        name->setObjectName(QStringLiteral("linkLegendLabel_") + model::linkTypeName(type));
        for (QLabel* label : {swatch, name}) {
            label->setToolTip(typeToolTip(type));
        }
        layout->addSpacing(6);
        layout->addWidget(swatch);
        layout->addWidget(name);
    }
}

} // namespace corrob::ui
