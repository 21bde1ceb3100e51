#pragma once

#include "changeset.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPen>
#include <QStaticText>
#include <QString>

namespace headroom {

// What an opened package looks like in a structure map.
struct ContainerLook
{
    QString name;         // full dotted name (tooltip, tests)
    QString title;        // the header's text: the name inside its parent
    QString members;      // after the title, lighter: "(339)" modules; may be empty
    int depth = 0;        // containers inside containers: 0 at the top
    bool inCycle = false; // in a cycle of its parent's members: outlined in the cycle tint
    // A picture of a change: a package all of whose modules are new (or gone), marked as a
    // box is (ChangeStyle).
    Change change = Change::Kept;
    bool focus = false; // the package a focus picture is around: ringed as a box is
};

// An opened package of a structure map: a frame around its members with a header strip
// naming it. Double-clicking the header closes it (GraphScene::nodeActivated).
class ContainerItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 3
    };

    // The header strip's height and the width its title needs (layout requests).
    [[nodiscard]] static double headerHeight();
    [[nodiscard]] static double titleWidth(const QString &title, const QString &members);

    // A small container (frame, header strip) for the legend's key.
    static void paintSample(QPainter *painter, const QRectF &rect);

    ContainerItem(int node, ContainerLook look, const QRectF &rect);

    [[nodiscard]] int node() const { return m_node; }
    [[nodiscard]] const ContainerLook &look() const { return m_look; }
    [[nodiscard]] QRectF rect() const { return m_rect; }
    [[nodiscard]] QRectF headerRect() const;

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_node;
    ContainerLook m_look;
    QRectF m_rect;
    QPen m_border;
    QPainterPath m_header; // the header strip's shape, made once
    QStaticText m_title;
    QStaticText m_members;
};

} // namespace headroom
