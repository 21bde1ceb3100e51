#pragma once

#include "changeset.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QPen>
#include <QStaticText>
#include <QString>

#include <optional>

namespace headroom {

// What a node looks like, worked out once by the scene.
struct NodeLook
{
    QString name;      // full dotted name (tooltip, DOT, tests)
    QString primary;   // first line, bold: the name without the prefix all shown names share
    QString secondary; // after it, lighter: "(12)" modules in a collapsed package; may be empty
    QColor fill;
    QColor text;
    bool inCycle = false; // outlined in the cycle tint
    int level = -1;
    int layer = -1;              // NodeMetrics::layer: the picture's row
    int members = 0;             // files merged into a collapsed package, 0 for a plain module
    std::optional<double> value; // the metric's value, nothing where it does not apply
    // A picture of a change: added (thick outline, "+" badge), removed (a ghost: faint,
    // dashed, "−" badge), a member of a new or grown cycle (outlined in its colour).
    Change change = Change::Kept;
    bool inNewCycle = false;
    bool focus = false; // the box a focus picture is around: ringed (focusRing())
};

// One node of the graph picture: a rounded box with its name, filled with the metric's
// colour. Paints itself; everything it paints is prepared in the constructor.
class NodeItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 1
    };

    // Label fonts in scene units (pixel sizes): pictures scale the scene, not the fonts.
    static constexpr int LabelPixelSize = 16;
    [[nodiscard]] static const QFont &primaryFont();
    [[nodiscard]] static const QFont &secondaryFont();
    // The outline of a module in a cycle (the legend draws it too).
    [[nodiscard]] static QPen cycleBorder();
    // The ring round the box a focus picture is around, FocusGap outside its outline (the
    // legend and opened packages draw it too).
    [[nodiscard]] static QPen focusRing();
    static constexpr double FocusGap = 5.0;
    static void paintFocusRing(QPainter *painter, const QRectF &box, double radius);
    // The box that holds these lines; what the layout request asks for.
    [[nodiscard]] static QSizeF sizeFor(const QString &primary, const QString &secondary);
    // The widest a name is printed (scene pixels, at the primary font).
    static constexpr double MaxTextWidth = 260.0;
    // The name as the box prints it: whole where it fits, else without its first dotted
    // components ("…deletion.Collector"), a last component too long alone cut in the middle.
    [[nodiscard]] static QString elidedName(const QFont &font, const QString &text);

    NodeItem(int node, NodeLook look, QSizeF size);

    [[nodiscard]] int node() const { return m_node; }
    [[nodiscard]] const NodeLook &look() const { return m_look; }
    [[nodiscard]] QRectF rect() const { return m_rect; }

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override;
    [[nodiscard]] QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_node;
    NodeLook m_look;
    QRectF m_rect;
    QPen m_border;
    QPen m_selectedBorder;
    QPen m_textPen;
    QBrush m_brush;
    QStaticText m_primary;
    QStaticText m_secondary;
    QPointF m_primaryAt;
    QPointF m_secondaryAt;
};

} // namespace headroom
