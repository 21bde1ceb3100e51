#pragma once

#include "changeset.h"
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
    bool inCycle = false;          // both ends in one cycle: a light cycle tint
    bool upward = false;           // in a cycle's breaking set, "cut here": red, dashed, marked
    bool typeCheckingOnly = false; // dashed grey
    // A picture of a change: added (thick, in the added colour, a "+" badge), removed (a
    // ghost: dashed grey, a "−" badge), in a new or grown cycle (thick, in its colour).
    Change change = Change::Kept;
    bool inNewCycle = false;
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
    // The line's width: widthFor(sites), at least 2 for a cut, so that it stands out among
    // the tinted imports of its cycle.
    [[nodiscard]] static double widthFor(const EdgeLook &look);
    // The stacking order: ghosts lowest, then plain, cycle, cut, new and highlighted imports.
    [[nodiscard]] static double zFor(const EdgeLook &look);
    [[nodiscard]] static QPen penFor(const EdgeLook &look);
    // The light tint of a cycle: its imports that go down and its members' outlines. Only
    // the cuts are strong red, so that the few imports to remove stand out.
    [[nodiscard]] static QColor cycleColor();
    [[nodiscard]] static QColor cutColor();
    // The "cut here" marker of upward edges: a white disc with a cross.
    static void paintCutMarker(QPainter *painter, QPointF centre, double radius = 6.0);

    EdgeItem(const EdgeLook &look, const EdgeRoute &route);

    [[nodiscard]] const EdgeLook &look() const { return m_look; }
    [[nodiscard]] const QPainterPath &path() const { return m_path; }
    [[nodiscard]] QPen pen() const { return m_pen; }

    // Drawn over the others in the highlight colour: a chain "why does A depend on B" found.
    void setHighlighted(bool on);
    [[nodiscard]] bool isHighlighted() const { return m_highlighted; }

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override { return m_bounds; }
    // The line, a few pixels wide: what a click picks.
    [[nodiscard]] QPainterPath shape() const override;
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
    QPainterPath m_shape;
    bool m_highlighted = false;
};

} // namespace headroom
