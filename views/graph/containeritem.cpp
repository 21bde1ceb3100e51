#include "containeritem.h"

#include "changestyle.h"
#include "nodeitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace headroom {

namespace {

constexpr double PaddingX = 9.0;
constexpr double Gap = 6.0;
constexpr double Radius = 6.0;

const QColor Frame(0x8a, 0x93, 0x9c);
const QColor Header(0xdf, 0xe4, 0xea);
const QColor Title(0x22, 0x2a, 0x33);
const QColor Members(0x4d, 0x55, 0x5e);

// Nested frames alternate between two light greys, so that each stands out from its parent.
QColor fillFor(int depth)
{
    return depth % 2 == 0 ? QColor(0xfa, 0xfb, 0xfc) : QColor(0xf0, 0xf2, 0xf5);
}

} // namespace

double ContainerItem::headerHeight()
{
    return std::ceil(QFontMetricsF(NodeItem::primaryFont()).height() + 8);
}

double ContainerItem::titleWidth(const QString &title, const QString &members)
{
    double width = QFontMetricsF(NodeItem::primaryFont()).horizontalAdvance(title);
    if (!members.isEmpty())
        width += Gap + QFontMetricsF(NodeItem::secondaryFont()).horizontalAdvance(members);
    return std::ceil(width + 2 * PaddingX);
}

void ContainerItem::paintSample(QPainter *painter, const QRectF &rect)
{
    painter->setPen(QPen(Frame, 1.2));
    painter->setBrush(fillFor(0));
    painter->drawRoundedRect(rect, 4, 4);
    painter->fillRect(QRectF(rect.left() + 1, rect.top() + 1, rect.width() - 2, 8), Header);
}

ContainerItem::ContainerItem(int node, ContainerLook look, const QRectF &rect)
    : m_node(node), m_look(std::move(look)), m_rect(rect)
{
    setData(0, node);
    setZValue(-1.0 + 0.01 * m_look.depth);
    QColor tint(0xe2, 0x9c, 0x9c);
    m_border = m_look.change == Change::Removed ? ChangeStyle::ghostBorder()
               : m_look.change == Change::Added ? ChangeStyle::addedBorder()
               : m_look.inCycle                 ? QPen(tint, 2.5)
                                                : QPen(Frame, 1.2);
    // The header: a strip across the top, rounded where the frame is.
    QPainterPath header;
    header.addRoundedRect(headerRect(), Radius, Radius);
    QPainterPath square;
    square.addRect(headerRect().adjusted(0, Radius, 0, 0));
    QPainterPath frame;
    frame.addRoundedRect(m_rect, Radius, Radius);
    m_header = header.united(square).intersected(frame);
    m_title.setText(m_look.title);
    m_title.setTextFormat(Qt::PlainText);
    m_title.prepare(QTransform(), NodeItem::primaryFont());
    if (!m_look.members.isEmpty()) {
        m_members.setText(m_look.members);
        m_members.setTextFormat(Qt::PlainText);
        m_members.prepare(QTransform(), NodeItem::secondaryFont());
    }
}

QRectF ContainerItem::headerRect() const
{
    return {m_rect.left(), m_rect.top(), m_rect.width(), headerHeight()};
}

QRectF ContainerItem::boundingRect() const
{
    double margin = m_look.change == Change::Kept ? 2.0 : 10.0; // room for the badge
    if (m_look.focus)                                           // and for the ring
        margin = std::max(margin, NodeItem::FocusGap + NodeItem::focusRing().widthF() + 1.0);
    return m_rect.adjusted(-margin, -margin, margin, margin);
}

void ContainerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setPen(m_border);
    painter->setBrush(fillFor(m_look.depth));
    painter->drawRoundedRect(m_rect, Radius, Radius);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Header);
    painter->drawPath(m_header);
    const double y = m_rect.top() + (headerHeight() - m_title.size().height()) / 2;
    painter->setPen(Title);
    painter->setFont(NodeItem::primaryFont());
    painter->drawStaticText(QPointF(m_rect.left() + PaddingX, y), m_title);
    if (!m_look.members.isEmpty()) {
        painter->setPen(Members);
        painter->setFont(NodeItem::secondaryFont());
        painter->drawStaticText(QPointF(m_rect.left() + PaddingX + m_title.size().width() + Gap, y),
                                m_members);
    }
    painter->setPen(m_border);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(m_rect, Radius, Radius);
    if (m_look.focus)
        NodeItem::paintFocusRing(painter, m_rect, Radius);
    if (m_look.change != Change::Kept)
        ChangeStyle::paintBadge(painter, m_rect.topRight() + QPointF(-2, 2),
                                m_look.change == Change::Added);
}

} // namespace headroom
