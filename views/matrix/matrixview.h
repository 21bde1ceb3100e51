#pragma once

#include "graphview.h"

namespace headroom {

class MatrixScene;

// The view of a MatrixScene. Its row and column headers stay at the viewport's edges while
// the cells scroll under them: the view paints them again in its foreground, so that the
// scene (and every export of it) keeps them in place. The aggregation follows the zoom:
// fitted, or zoomed out so far that a cell would be under MatrixScene::MinCellPixels, rows
// and columns are packages; zooming in far enough shows modules again, the matrix keeping
// its size on screen across the switch.
class MatrixView : public GraphView
{
    Q_OBJECT

public:
    explicit MatrixView(QWidget *parent = nullptr);

    // How far (scene units) the row header is moved right and the column header down to
    // stay in sight; (0, 0) when both are in their places.
    [[nodiscard]] QPointF headerShift() const;
    // Where a click at `scenePos` lands once the moved headers are taken into account.
    [[nodiscard]] QPointF unshifted(QPointF scenePos) const;

public slots:
    void zoomBy(double factor) override;
    void fitPicture() override;

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    [[nodiscard]] MatrixScene *matrixScene() const;
    void followZoom(bool zoomingIn);
};

} // namespace headroom
