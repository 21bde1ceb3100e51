#pragma once

#include "layout.h"

#include <QBrush>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QPen>

namespace headroom {

// How an import edge is drawn; the legend draws its key with the same pens.
struct EdgeLook
{
    int source = -1; // graph nodes
    int target = -1;
    int sites = 1;                 // import sites: the line's width
    bool inCycle = false;          // red
    bool upward = false;           // in a cycle's breaking set: dashed, with a cut marker
    bool typeCheckingOnly = false; // dashed grey
};

// One import edge: a spline or straight line with an arrowhead at the imported module.
// Paints itself; its path, arrowhead and pen are prepared in the constructor.
class EdgeItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 2
    };

    [[nodiscard]] static double widthFor(int sites); // 1 at one site, +0.9 per doubling
    [[nodiscard]] static QPen penFor(const EdgeLook &look);
    [[nodiscard]] static QColor cycleColor();
    // The "cut here" marker of upward edges: a white disc with a cross.
    static void paintCutMarker(QPainter *painter, QPointF centre, double radius = 6.0);

    EdgeItem(const EdgeLook &look, const EdgeRoute &route);

    [[nodiscard]] const EdgeLook &look() const { return m_look; }
    [[nodiscard]] const QPainterPath &path() const { return m_path; }
    [[nodiscard]] QPen pen() const { return m_pen; }

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    EdgeLook m_look;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QPointF m_middle;
    QPen m_pen;
    QPen m_arrowPen;
    QBrush m_arrowBrush;
    QRectF m_bounds;
};

} // namespace headroom
