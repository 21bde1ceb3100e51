#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>

namespace headroom {

// How one rectangle of the treemap looks.
struct TreemapStyle
{
    QColor fill;
    QColor text;
    QColor border;
    double borderWidth = 1;
    double header = 0; // height of the strip at the top holding the label, 0 for none
    QColor headerFill;
    int fontPx = 12; // scene pixels
    bool bold = false;
    QColor hatch;      // thin diagonal lines over the fill (an aggregate cell), none if invalid
    bool elide = true; // false: the name is printed whole or not at all
};

// One rectangle of the treemap: a package frame with its header strip, a module, a class, or
// the hatched cell standing for the members too small to show one by one.
// Its name is printed where it fits at a legible size, elided in the middle when it is too
// long; where even that does not fit, or the picture is shown too small to read, it is left
// out (the tooltip still says it).
class TreemapItem : public QGraphicsItem
{
public:
    // Module and class names; package names in their header strips (bold).
    static constexpr int LabelPixelSize = 12;
    static constexpr int HeaderPixelSize = 13;
    // A name that would come out smaller than this (view or page pixels) is not printed.
    static constexpr double LegiblePixels = 9.0;

    TreemapItem(const QRectF &rect, const QString &name, const TreemapStyle &style);

    [[nodiscard]] QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override;

    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] const TreemapStyle &style() const { return m_style; }
    [[nodiscard]] QFont font() const;
    // What is printed when one scene pixel comes out as `scale` pixels: the name, the name
    // elided in the middle, or nothing. Zoomed in (scale > 1) print keeps its size, so that
    // more of it fits.
    [[nodiscard]] QString label(double scale = 1.0) const;
    // Where the label goes (scene coordinates at scale 1).
    [[nodiscard]] QRectF labelRoom() const;
    // Thin diagonal lines (x + y constant) inside `rect`, computed rather than clipped: the SVG
    // export keeps no clip. The legend's key draws the same.
    static void paintHatch(QPainter *painter, const QRectF &rect, const QColor &color);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QRectF m_rect;
    QString m_name;
    TreemapStyle m_style;
};

} // namespace headroom
