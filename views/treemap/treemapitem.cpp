#include "treemapitem.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QVarLengthArray>

#include <algorithm>

namespace headroom {

namespace {

// An elided name keeps at least this many of its characters: "Da…ns" says nothing.
constexpr int MinimumKept = 6;

} // namespace

TreemapItem::TreemapItem(const QRectF &rect, const QString &name, const TreemapStyle &style)
    : m_rect(rect), m_name(name), m_style(style)
{
    setFlag(ItemIsSelectable);
}

QFont TreemapItem::font() const
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(m_style.fontPx);
    font.setBold(m_style.bold);
    return font;
}

QRectF TreemapItem::labelRoom() const
{
    if (m_style.header > 0)
        return QRectF(m_rect.left() + 4, m_rect.top(), m_rect.width() - 8, m_style.header);
    return m_rect.adjusted(3, 2, -3, -2);
}

QString TreemapItem::label(double scale) const
{
    if (m_name.isEmpty() || !(scale > 0) || m_style.fontPx * std::min(scale, 1.0) < LegiblePixels)
        return {};
    const double k = std::max(1.0, scale);
    const QRectF room = labelRoom();
    const QFontMetricsF metrics(font());
    if (room.height() * k < metrics.height() || room.width() <= 0)
        return {};
    const QString text = metrics.elidedText(m_name, Qt::ElideMiddle, room.width() * k);
    if (text == m_name)
        return text;
    if (!m_style.elide)
        return {};
    // What is left of the name besides the ellipsis.
    return text.size() - 1 >= MinimumKept ? text : QString();
}

void TreemapItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    painter->fillRect(m_rect, m_style.fill);
    if (m_style.hatch.isValid())
        paintHatch(painter, m_rect, m_style.hatch);
    if (m_style.header > 0)
        painter->fillRect(QRectF(m_rect.topLeft(), QSizeF(m_rect.width(), m_style.header)),
                          m_style.headerFill);
    const double w = std::min({m_style.borderWidth, m_rect.width() / 2, m_rect.height() / 2});
    if (w > 0) {
        QPen pen(m_style.border, w);
        pen.setJoinStyle(Qt::MiterJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(m_rect.adjusted(w / 2, w / 2, -w / 2, -w / 2));
    }
    // In a view one scene pixel is `lod` screen pixels. An export paints onto a page through
    // a painter also scaled to the image's resolution: the page's pixels are what is read.
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const int dpi = painter->device() ? painter->device()->logicalDpiX() : 96;
    const double scale = widget || dpi <= 0 ? lod : lod * 96.0 / dpi;
    const QString text = label(scale);
    if (!text.isEmpty()) {
        const double k = std::max(1.0, scale);
        const QRectF room = labelRoom();
        painter->save();
        painter->scale(1 / k, 1 / k);
        painter->setFont(font());
        painter->setPen(m_style.text);
        const Qt::Alignment align =
            m_style.header > 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter;
        painter->drawText(QRectF(room.topLeft() * k, room.size() * k), align, text);
        painter->restore();
    }
    if (isSelected()) {
        QPen pen(Qt::black, 4);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(m_rect);
        pen.setColor(QColor(255, 214, 0));
        pen.setWidthF(2);
        painter->setPen(pen);
        painter->drawRect(m_rect);
    }
}

// Lines x + y = c, a few pixels apart, cut to the rectangle: drawn rather than a pattern brush,
// which the SVG generator does not write.
void TreemapItem::paintHatch(QPainter *painter, const QRectF &rect, const QColor &color)
{
    constexpr double Step = 6;
    const QRectF r = rect;
    QVarLengthArray<QLineF, 64> lines;
    for (double c = r.left() + r.top() + Step; c < r.right() + r.bottom(); c += Step) {
        const double x0 = std::max(r.left(), c - r.bottom());
        const double x1 = std::min(r.right(), c - r.top());
        lines.append(QLineF(x0, c - x0, x1, c - x1));
    }
    painter->setPen(QPen(color, 1));
    painter->drawLines(lines.constData(), int(lines.size()));
}

QVariant TreemapItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    // A selected item comes to the top so that its outline is not hidden by its members.
    if (change == ItemSelectedHasChanged)
        setZValue(value.toBool() ? 1 : 0);
    return QGraphicsItem::itemChange(change, value);
}

} // namespace headroom
