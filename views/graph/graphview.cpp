#include "graphview.h"

#include "legendpanel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace headroom {

namespace {
constexpr double MinZoom = 0.02;
constexpr double MaxZoom = 8.0;
constexpr int LegendMargin = 12;

} // namespace

GraphView::GraphView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setFocusPolicy(Qt::StrongFocus);
    m_legendStrip = new LegendPanel(this);
    m_legendStrip->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_legendStrip->hide();
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("caption"));
    m_caption->setContentsMargins(8, 4, 8, 4);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->hide();
}

void GraphView::setCaption(const QString &caption)
{
    m_caption->setText(caption);
    m_caption->setToolTip(caption);
    m_caption->setHidden(caption.isEmpty());
    placeLegend();
}

QString GraphView::caption() const
{
    return m_caption->text();
}

QSize GraphView::pictureArea() const
{
    const QWidget *holder = parentWidget();
    const QSize outer = isVisible() || !holder ? size() : holder->contentsRect().size();
    const QMargins m = viewportMargins();
    return outer -
           QSize(2 * frameWidth() + m.left() + m.right(), 2 * frameWidth() + m.top() + m.bottom());
}

void GraphView::setLegend(std::optional<Legend> legend)
{
    m_legend = std::move(legend);
    m_legendStrip->setLegend(m_legend);
    placeLegend();
}

void GraphView::setLegendVisible(bool visible)
{
    m_legendVisible = visible;
    placeLegend();
}

QRect GraphView::legendGeometry() const
{
    return m_legendStrip->isVisibleTo(this) ? m_legendStrip->geometry() : QRect();
}

void GraphView::setLegendBeside(bool beside)
{
    m_legendBeside = beside;
    placeLegend();
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeLegend();
}

// The viewport gives up a strip at the right as wide as the legend: the picture scrolls and
// fits in what is left, so no box is ever under the key.
void GraphView::placeLegend()
{
    // The caption's line across the top.
    const QRect inside = contentsRect();
    const int top = m_caption->isHidden() ? 0 : m_caption->sizeHint().height();
    m_caption->setGeometry(inside.left(), inside.top(), inside.width(), top);
    if (!m_legend || !m_legendVisible || !m_legendBeside) {
        m_legendStrip->hide();
        setViewportMargins(0, top, 0, 0);
        return;
    }
    // Full size on a big screen or a projector; smaller beside a desk-sized picture.
    const qreal scale = width() >= 1600 ? 1.0 : 0.72;
    const int stripWidth = LegendPanel::widthFor(m_legend->size().width() * scale);
    const QSize size(stripWidth, m_legendStrip->heightForWidth(stripWidth));
    setViewportMargins(0, top, size.width() + 2 * LegendMargin, 0);
    // Right of the viewport (which the margins just made room for), left of any scroll bar.
    const QRect picture = viewport()->geometry();
    m_legendStrip->setGeometry(picture.right() + 1 + LegendMargin, picture.top() + LegendMargin,
                               size.width(), size.height());
    m_legendStrip->show();
    m_legendStrip->raise();
}

void GraphView::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, MinZoom, MaxZoom);
    const double f = target / zoom();
    if (std::abs(f - 1.0) > 1e-9)
        scale(f, f);
}

void GraphView::fitPicture()
{
    if (!scene())
        return;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    if (zoom() > 1.0) // a small picture stays at its natural size
        setTransform(QTransform());
}

void GraphView::fitLegibly(QPointF focus)
{
    fitPicture();
    if (!scene() || zoom() >= LegibleZoom)
        return;
    setTransform(QTransform::fromScale(LegibleZoom, LegibleZoom));
    centerOn(focus);
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // AnchorUnderMouse keeps the point under the cursor still.
    zoomBy(std::pow(1.0015, delta.y()));
    event->accept();
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: {
        const ViewportAnchor anchor = transformationAnchor();
        setTransformationAnchor(AnchorViewCenter);
        zoomBy(1.25);
        setTransformationAnchor(anchor);
        return;
    }
    case Qt::Key_Minus: {
        const ViewportAnchor anchor = transformationAnchor();
        setTransformationAnchor(AnchorViewCenter);
        zoomBy(0.8);
        setTransformationAnchor(anchor);
        return;
    }
    case Qt::Key_0:
        fitPicture();
        return;
    case Qt::Key_L:
        if (m_legendBeside)
            setLegendVisible(!m_legendVisible);
        emit legendToggleRequested();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

} // namespace headroom
