#pragma once

#include "changeset.h"

#include <QColor>
#include <QCoreApplication>
#include <QPen>
#include <QPointF>
#include <QString>

class QPainter;

namespace headroom {

struct EdgeLook;
struct NodeLook;

// How a picture of a change marks what changed; nodes, edges and the legend draw with it.
// Colours from the Okabe-Ito palette, told apart with any colour vision, and each mark has
// a shape besides its colour: a badge ("+" added, "−" removed), a dashed ghost, a halo.
class ChangeStyle
{
    Q_DECLARE_TR_FUNCTIONS(ChangeStyle)

public:
    [[nodiscard]] static QColor addedColor();    // blue: added boxes' outlines, added imports
    [[nodiscard]] static QColor newCycleColor(); // vermillion: new or grown cycles
    [[nodiscard]] static QColor ghostColor();    // grey: what was removed
    [[nodiscard]] static QColor ghostFill();
    [[nodiscard]] static QColor ghostText();
    [[nodiscard]] static QPen addedBorder();
    [[nodiscard]] static QPen newCycleBorder();
    [[nodiscard]] static QPen ghostBorder();
    // A disc with a "+" (added) or a "−" (removed) drawn as lines, so it is crisp at any size.
    static void paintBadge(QPainter *painter, QPointF centre, bool added, double radius = 8.0);

    // The earlier state as titles and legends name it: "HEAD~1 (1a2b3c4d5e, its summary)",
    // a baseline file by its name.
    [[nodiscard]] static QString since(const QString &expression, const QString &commit,
                                       const QString &summary);

    // After a kept package's member count: " +2 −1", the nodes added and removed inside.
    [[nodiscard]] static QString inside(const ChangeMarks &marks, int node);
    // Tooltips: the name, and what happened to it.
    [[nodiscard]] static QString nodeTip(const NodeLook &look);
    [[nodiscard]] static QString edgeTip(const EdgeLook &look, const QString &source,
                                         const QString &target, int sites);
};

} // namespace headroom
