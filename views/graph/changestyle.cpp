#include "changestyle.h"

#include "edgeitem.h"
#include "nodeitem.h"

#include <QPainter>

namespace headroom {

QColor ChangeStyle::addedColor()
{
    return {0x00, 0x72, 0xb2};
}

QColor ChangeStyle::newCycleColor()
{
    return {0xd5, 0x5e, 0x00};
}

QColor ChangeStyle::ghostColor()
{
    return {0x7a, 0x7a, 0x7a};
}

QColor ChangeStyle::ghostFill()
{
    return {0xf6, 0xf6, 0xf6};
}

QColor ChangeStyle::ghostText()
{
    return {0x55, 0x55, 0x55};
}

QPen ChangeStyle::addedBorder()
{
    return {addedColor(), 4.0};
}

QPen ChangeStyle::newCycleBorder()
{
    return {newCycleColor(), 4.0};
}

QPen ChangeStyle::ghostBorder()
{
    QPen pen(ghostColor(), 2.0);
    pen.setDashPattern({3.0, 2.0});
    return pen;
}

void ChangeStyle::paintBadge(QPainter *painter, QPointF centre, bool added, double radius)
{
    painter->save();
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(added ? addedColor() : ghostColor());
    painter->drawEllipse(centre, radius, radius);
    const double d = radius * 0.55;
    painter->setPen(QPen(Qt::white, 2.2, Qt::SolidLine, Qt::FlatCap));
    painter->drawLine(centre + QPointF(-d, 0), centre + QPointF(d, 0));
    if (added)
        painter->drawLine(centre + QPointF(0, -d), centre + QPointF(0, d));
    painter->restore();
}

QString ChangeStyle::since(const QString &expression, const QString &commit, const QString &summary)
{
    if (commit.isEmpty())
        return expression;
    // A long summary would push the rest of a title off the page.
    const QString shortSummary =
        summary.size() > 60 ? summary.left(57).trimmed() + QStringLiteral("…") : summary;
    return tr("%1 (%2, %3)").arg(expression, commit.left(10), shortSummary);
}

QString ChangeStyle::inside(const ChangeMarks &marks, int node)
{
    if (marks.empty() || node < 0 || std::size_t(node) >= marks.addedInside.size())
        return {};
    const int added = marks.addedInside[std::size_t(node)];
    const int removed = marks.removedInside[std::size_t(node)];
    QString text;
    if (added > 0)
        text += tr(" +%1").arg(added);
    if (removed > 0)
        text += tr(" −%1").arg(removed);
    return text;
}

QString ChangeStyle::nodeTip(const NodeLook &look)
{
    QString tip = look.name;
    if (look.change == Change::Added)
        tip = tr("%1: added").arg(tip);
    else if (look.change == Change::Removed)
        tip = tr("%1: removed (a ghost of the earlier state)").arg(tip);
    if (look.inNewCycle)
        tip = tr("%1; in a new or grown cycle").arg(tip);
    return tip;
}

QString ChangeStyle::edgeTip(const EdgeLook &look, const QString &source, const QString &target,
                             int sites)
{
    if (look.change == Change::Removed)
        return tr("%1 → %2: removed").arg(source, target);
    QString tip =
        QStringLiteral("%1 → %2: %3").arg(source, target, tr("%n import site(s)", nullptr, sites));
    if (look.change == Change::Added)
        tip = tr("%1; added").arg(tip);
    if (look.inNewCycle)
        tip = tr("%1; in a new or grown cycle").arg(tip);
    return tip;
}

} // namespace headroom
