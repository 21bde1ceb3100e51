#include "edgeitem.h"

#include "changestyle.h"

#include <QLineF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace headroom {

namespace {

const QColor PlainColor(0x4a, 0x55, 0x62, 170);
const QColor TypeCheckingColor(0x8a, 0x90, 0x96, 200);

} // namespace

double EdgeItem::widthFor(int sites)
{
    return std::min(7.0, 1.0 + 0.9 * std::log2(double(std::max(1, sites))));
}

double EdgeItem::widthFor(const EdgeLook &look)
{
    if (look.change == Change::Removed)
        return 2.0;
    if (look.change == Change::Added || look.inNewCycle)
        return std::max(4.0, widthFor(look.sites));
    return look.upward ? std::max(2.0, widthFor(look.sites)) : widthFor(look.sites);
}

double EdgeItem::zFor(const EdgeLook &look)
{
    if (look.change == Change::Removed)
        return -0.5;
    if (look.change == Change::Added || look.inNewCycle)
        return 0.7;
    return look.upward ? 0.6 : look.inCycle ? 0.3 : 0.0;
}

QColor EdgeItem::cycleColor()
{
    return {0xe2, 0x9c, 0x9c, 170};
}

QColor EdgeItem::cutColor()
{
    return {0xc0, 0x1d, 0x1d};
}

QPen EdgeItem::penFor(const EdgeLook &look)
{
    const double width = widthFor(look);
    if (look.change == Change::Removed) {
        QPen ghost(ChangeStyle::ghostColor(), width, Qt::SolidLine, Qt::FlatCap);
        ghost.setDashPattern({3.0, 2.5});
        return ghost;
    }
    QPen pen(look.inNewCycle                ? ChangeStyle::newCycleColor()
             : look.change == Change::Added ? ChangeStyle::addedColor()
             : look.upward                  ? cutColor()
             : look.inCycle                 ? cycleColor()
             : look.typeCheckingOnly        ? TypeCheckingColor
                                            : PlainColor,
             width);
    pen.setCapStyle(Qt::FlatCap);
    if (look.upward || look.typeCheckingOnly) {
        // Dash lengths are in pen widths; keep the dashes about 7 by 4 units long.
        pen.setDashPattern({std::max(1.5, 7.0 / width), std::max(1.0, 4.0 / width)});
    }
    return pen;
}

void EdgeItem::paintCutMarker(QPainter *painter, QPointF centre, double radius)
{
    static const QPen ring(cutColor(), 1.5);
    static const QPen cross(cutColor(), 2.0, Qt::SolidLine, Qt::RoundCap);
    painter->setPen(ring);
    painter->setBrush(Qt::white);
    painter->drawEllipse(centre, radius, radius);
    const double d = radius * 0.55;
    painter->setPen(cross);
    painter->drawLine(centre + QPointF(-d, -d), centre + QPointF(d, d));
    painter->drawLine(centre + QPointF(-d, d), centre + QPointF(d, -d));
}

EdgeItem::EdgeItem(const EdgeLook &look, const EdgeRoute &route) : m_look(look)
{
    // Selectable: Details shows the import, its sites and the calls behind it.
    setFlag(ItemIsSelectable);
    // Cuts above the tinted imports of their cycle, and those above the others.
    setZValue(zFor(look));
    const std::vector<QPointF> &p = route.points;
    if (p.size() < 2)
        return;
    m_path.moveTo(p.front());
    if (route.curved && (p.size() - 1) % 3 == 0) {
        for (std::size_t i = 1; i + 2 < p.size(); i += 3)
            m_path.cubicTo(p[i], p[i + 1], p[i + 2]);
    } else {
        for (std::size_t i = 1; i < p.size(); ++i)
            m_path.lineTo(p[i]);
    }
    m_pen = penFor(look);
    m_arrowPen = QPen(m_pen.color(), 1.0);
    m_arrowPen.setJoinStyle(Qt::MiterJoin);
    m_arrowBrush = QBrush(m_pen.color());

    // The arrowhead points along the last stretch of the line that has a direction.
    const QPointF tip = p.back();
    QPointF from = tip;
    for (auto it = p.rbegin() + 1; it != p.rend(); ++it) {
        if (QLineF(*it, tip).length() >= 1.0) {
            from = *it;
            break;
        }
    }
    const QLineF axis(tip, from);
    if (axis.length() > 0) {
        const double length = 8.0 + 1.5 * m_pen.widthF();
        const double half = 0.42 * length;
        const QPointF u = (from - tip) / axis.length();
        const QPointF n(-u.y(), u.x());
        const QPointF base = tip + u * length;
        m_arrow << tip << base + n * half << base - n * half;
    }
    m_middle = m_path.pointAtPercent(0.5);
    const bool marked = look.upward || look.change != Change::Kept;
    const double margin = m_pen.widthF() + (marked ? 10.0 : 2.0);
    m_bounds = m_path.boundingRect()
                   .united(m_arrow.boundingRect())
                   .adjusted(-margin, -margin, margin, margin);
    QPainterPathStroker stroker;
    stroker.setWidth(std::max(8.0, m_pen.widthF() + 6.0));
    m_shape = stroker.createStroke(m_path);
    m_shape.addPolygon(m_arrow);
}

QPainterPath EdgeItem::shape() const
{
    return m_shape;
}

void EdgeItem::setHighlighted(bool on)
{
    if (on == m_highlighted)
        return;
    m_highlighted = on;
    setZValue(on ? 0.9 : zFor(m_look));
    update();
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QPaintEngine *engine = painter->paintEngine();
    const bool vector =
        engine && (engine->type() == QPaintEngine::SVG || engine->type() == QPaintEngine::Pdf);
    if (m_highlighted || isSelected()) {
        // Under the line: a wide band of the highlight (or selection) colour.
        QPen band(m_highlighted ? QColor(0xe6, 0x61, 0x00, 150) : QColor(0x11, 0x11, 0x11, 90),
                  m_pen.widthF() + 6.0);
        band.setCapStyle(Qt::RoundCap);
        painter->setPen(band);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
    }
    painter->setPen(m_pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    if (lod < 0.25 && !vector)
        return; // arrowheads and markers would be specks
    painter->setPen(m_arrowPen);
    painter->setBrush(m_arrowBrush);
    painter->drawPolygon(m_arrow);
    if (m_look.upward)
        paintCutMarker(painter, m_middle);
    if (m_look.change != Change::Kept)
        ChangeStyle::paintBadge(painter, m_path.pointAtPercent(m_look.upward ? 0.3 : 0.5),
                                m_look.change == Change::Added, 7.0);
}

} // namespace headroom
