#pragma once

#include "legend.h"

#include <QGraphicsView>
#include <QPixmap>

#include <optional>

namespace headroom {

// A view on any picture scene: the wheel zooms towards the mouse, dragging the background
// pans, + and - zoom, 0 fits the picture; the legend floats in the bottom right corner
// (L shows or hides it).
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);

    void setLegend(std::optional<Legend> legend);
    [[nodiscard]] const std::optional<Legend> &legend() const { return m_legend; }
    void setLegendVisible(bool visible);
    [[nodiscard]] bool isLegendVisible() const { return m_legendVisible; }

    [[nodiscard]] double zoom() const { return transform().m11(); }

    // Below this zoom a picture's labels cannot be read (node labels are about 12 px).
    static constexpr double LegibleZoom = 0.45;

public slots:
    void zoomBy(double factor);
    void fitPicture();
    // Fits the picture, or when fitting would make it illegible, shows it at the legible
    // zoom centred on `focus` (scene coordinates): the user pans or zooms out from there.
    void fitLegibly(QPointF focus);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    std::optional<Legend> m_legend;
    bool m_legendVisible = true;
    QPixmap m_legendCache; // painted once per legend, device pixel ratio and scale
    qreal m_legendScale = 1.0;
};

} // namespace headroom
