#include "graphview.h"

#include <QKeyEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace headroom {

namespace {
constexpr double MinZoom = 0.02;
constexpr double MaxZoom = 8.0;
constexpr double LegendMargin = 12.0;
} // namespace

GraphView::GraphView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    // The legend overlay is drawn in viewport coordinates: a scrolled viewport must be
    // repainted whole, not shifted.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setFocusPolicy(Qt::StrongFocus);
}

void GraphView::setLegend(std::optional<Legend> legend)
{
    m_legend = std::move(legend);
    m_legendCache = QPixmap();
    viewport()->update();
}

void GraphView::setLegendVisible(bool visible)
{
    m_legendVisible = visible;
    viewport()->update();
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
        setLegendVisible(!m_legendVisible);
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void GraphView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (!m_legend || !m_legendVisible)
        return;
    const qreal dpr = devicePixelRatioF();
    // Full size on a big screen or a projector; smaller beside a desk-sized picture, so
    // that the key does not hide what it explains.
    const qreal scale = viewport()->width() >= 1600 ? 1.0 : 0.72;
    if (m_legendCache.isNull() || !qFuzzyCompare(m_legendCache.devicePixelRatio(), dpr)
        || !qFuzzyCompare(m_legendScale, scale)) {
        m_legendScale = scale;
        const QSizeF size = m_legend->size() * scale;
        m_legendCache = QPixmap((size * dpr).toSize() + QSize(2, 2));
        m_legendCache.setDevicePixelRatio(dpr);
        m_legendCache.fill(Qt::transparent);
        QPainter p(&m_legendCache);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.scale(scale, scale);
        m_legend->paint(&p, QPointF(0.5, 0.5));
    }
    const QSizeF size = m_legendCache.deviceIndependentSize();
    const QPointF at(viewport()->width() - size.width() - LegendMargin,
                     viewport()->height() - size.height() - LegendMargin);
    painter->save();
    painter->resetTransform();
    painter->drawPixmap(at, m_legendCache);
    painter->restore();
}

} // namespace headroom
