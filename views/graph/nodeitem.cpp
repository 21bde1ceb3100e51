#include "nodeitem.h"

#include "changestyle.h"
#include "dottedname.h"
#include "edgeitem.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace headroom {

namespace {

constexpr double PaddingX = 9.0;
constexpr double PaddingY = 6.0;
constexpr double LineGap = 2.0;
constexpr double Radius = 5.0;

// Under this many device pixels a label is unreadable: draw the box alone.
constexpr double MinLabelPixels = 5.0;

// Vector outputs keep every detail whatever the scale: the reader zooms in later.
bool isVector(const QPainter *painter)
{
    const QPaintEngine *engine = painter->paintEngine();
    return engine && (engine->type() == QPaintEngine::SVG || engine->type() == QPaintEngine::Pdf);
}

} // namespace

QString NodeItem::elidedName(const QFont &font, const QString &text)
{
    return elideDottedName(QFontMetricsF(font), text, MaxTextWidth);
}

const QFont &NodeItem::primaryFont()
{
    static const QFont font = [] {
        QFont f = secondaryFont();
        f.setBold(true);
        return f;
    }();
    return font;
}

const QFont &NodeItem::secondaryFont()
{
    static const QFont font = [] {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPixelSize(LabelPixelSize);
        return f;
    }();
    return font;
}

QPen NodeItem::cycleBorder()
{
    QColor tint = EdgeItem::cycleColor();
    tint.setAlpha(255);
    return {tint, 2.5};
}

QPen NodeItem::focusRing()
{
    return {QColor(0x1f, 0x1f, 0x1f), 3.0};
}

void NodeItem::paintFocusRing(QPainter *painter, const QRectF &box, double radius)
{
    painter->setPen(focusRing());
    painter->setBrush(Qt::NoBrush);
    const double out = FocusGap + focusRing().widthF() / 2;
    painter->drawRoundedRect(box.adjusted(-out, -out, out, out), radius + out, radius + out);
}

QSizeF NodeItem::sizeFor(const QString &primary, const QString &secondary)
{
    const QFontMetricsF first(primaryFont());
    double width = first.horizontalAdvance(elidedName(primaryFont(), primary));
    if (!secondary.isEmpty())
        width += LineGap * 3 + QFontMetricsF(secondaryFont()).horizontalAdvance(secondary);
    return {std::ceil(width + 2 * PaddingX), std::ceil(first.height() + 2 * PaddingY)};
}

NodeItem::NodeItem(int node, NodeLook look, QSizeF size)
    : m_node(node), m_look(std::move(look)),
      m_rect(QPointF(-size.width() / 2, -size.height() / 2), size)
{
    setFlag(ItemIsSelectable);
    setData(0, node);
    setToolTip(m_look.name);
    setZValue(1);

    if (m_look.change == Change::Removed) {
        m_look.fill = ChangeStyle::ghostFill();
        m_look.text = ChangeStyle::ghostText();
        setZValue(0.8); // under the boxes that are there
    }
    m_brush = QBrush(m_look.fill);
    m_border = m_look.change == Change::Removed ? ChangeStyle::ghostBorder()
               : m_look.inNewCycle              ? ChangeStyle::newCycleBorder()
               : m_look.change == Change::Added ? ChangeStyle::addedBorder()
               : m_look.inCycle                 ? cycleBorder()
                                                : QPen(m_look.fill.darker(160), 1.0);
    m_selectedBorder = QPen(QColor(0x11, 0x11, 0x11), 3.5);
    m_textPen = QPen(m_look.text);

    // One line: the name in bold, then the member count of a collapsed package.
    const QFont &first = primaryFont();
    const QFont &second = secondaryFont();
    m_primary.setText(elidedName(first, m_look.primary));
    m_primary.setTextFormat(Qt::PlainText);
    m_primary.prepare(QTransform(), first);
    double width = m_primary.size().width();
    if (!m_look.secondary.isEmpty()) {
        m_secondary.setText(m_look.secondary);
        m_secondary.setTextFormat(Qt::PlainText);
        m_secondary.prepare(QTransform(), second);
        width += LineGap * 3 + m_secondary.size().width();
    }
    const double y = -QFontMetricsF(first).height() / 2;
    m_primaryAt = QPointF(-width / 2, y);
    m_secondaryAt = QPointF(width / 2 - m_secondary.size().width(), y);
}

QRectF NodeItem::boundingRect() const
{
    // A changed box's badge stands out over its top right corner; a focus's ring round it.
    double margin = m_look.change == Change::Kept ? 2.0 : 10.0;
    if (m_look.focus)
        margin = std::max(margin, FocusGap + focusRing().widthF() + 1.0);
    return m_rect.adjusted(-margin, -margin, margin, margin);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(m_rect, Radius, Radius);
    return path;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool vector = isVector(painter);
    painter->setBrush(m_brush);
    painter->setPen(isSelected() ? m_selectedBorder : m_border);
    if (lod < 0.2 && !vector) {
        painter->drawRect(m_rect); // far away: rounded corners and text cannot be seen
        if (m_look.focus)
            paintFocusRing(painter, m_rect, 0.0);
        return;
    }
    painter->drawRoundedRect(m_rect, Radius, Radius);
    if (m_look.focus) {
        paintFocusRing(painter, m_rect, Radius);
        painter->setBrush(m_brush);
    }
    if (m_look.change == Change::Added && m_look.inNewCycle) {
        // Both marks: the cycle's outline, the added one inside it.
        painter->setPen(ChangeStyle::addedBorder());
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_rect.adjusted(4, 4, -4, -4), Radius, Radius);
    }
    if (m_look.change != Change::Kept)
        ChangeStyle::paintBadge(painter, m_rect.topRight() + QPointF(-2, 2),
                                m_look.change == Change::Added);
    if (!vector && lod * LabelPixelSize < MinLabelPixels)
        return;
    painter->setPen(m_textPen);
    painter->setFont(primaryFont());
    painter->drawStaticText(m_primaryAt, m_primary);
    if (!m_look.secondary.isEmpty()) {
        painter->setFont(secondaryFont());
        painter->drawStaticText(m_secondaryAt, m_secondary);
    }
}

} // namespace headroom
