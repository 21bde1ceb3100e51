#include "matrixview.h"

#include "matrixitems.h"
#include "matrixscene.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QToolTip>

#include <algorithm>

namespace headroom {

namespace {

constexpr double S = MatrixScene::cellSize();

// Paints `item` (placed at the scene's origin) moved by `by`, on white, where `visible`.
void paintMoved(QPainter *painter, QGraphicsItem *item, QPointF by, const QRectF &visible)
{
    const QRectF area = item->boundingRect() & visible.translated(-by);
    if (area.isEmpty())
        return;
    painter->save();
    painter->translate(by + item->pos());
    painter->fillRect(area.translated(-item->pos()), Qt::white);
    QStyleOptionGraphicsItem option;
    option.exposedRect = area.translated(-item->pos());
    item->paint(painter, &option, nullptr);
    painter->restore();
}

} // namespace

MatrixView::MatrixView(QWidget *parent) : GraphView(parent)
{
    // The pinned headers do not move with the scrolled pixels: every scroll repaints.
    setViewportUpdateMode(FullViewportUpdate);
}

MatrixScene *MatrixView::matrixScene() const
{
    return qobject_cast<MatrixScene *>(scene());
}

QPointF MatrixView::headerShift() const
{
    const MatrixScene *matrix = matrixScene();
    if (!matrix)
        return {};
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const QRectF cells = matrix->matrixRect();
    const double dx = visible.left() + matrix->rowHeader()->extent();
    const double dy = visible.top() + matrix->columnHeader()->extent();
    return {std::clamp(dx, 0.0, cells.width()), std::clamp(dy, 0.0, cells.height())};
}

QPointF MatrixView::unshifted(QPointF scenePos) const
{
    const QPointF shift = headerShift();
    if (shift.x() > 0 && scenePos.x() < shift.x())
        scenePos.rx() -= shift.x();
    if (shift.y() > 0 && scenePos.y() < shift.y())
        scenePos.ry() -= shift.y();
    return scenePos;
}

void MatrixView::drawForeground(QPainter *painter, const QRectF &rect)
{
    GraphView::drawForeground(painter, rect);
    MatrixScene *matrix = matrixScene();
    const QPointF shift = headerShift();
    if (!matrix || shift.isNull())
        return;
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const double left = matrix->rowHeader()->extent();
    const double top = matrix->columnHeader()->extent();
    QPen edge(QColor(0x80, 0x80, 0x80), 1);
    edge.setCosmetic(true);
    painter->save();
    painter->setPen(edge);
    if (shift.x() > 0) {
        paintMoved(painter, matrix->rowHeader(), QPointF(shift.x(), 0), visible);
        painter->drawLine(QPointF(shift.x(), visible.top()), QPointF(shift.x(), visible.bottom()));
    }
    if (shift.y() > 0) {
        paintMoved(painter, matrix->columnHeader(), QPointF(0, shift.y()), visible);
        painter->drawLine(QPointF(visible.left(), shift.y()), QPointF(visible.right(), shift.y()));
    }
    // The corner covers what scrolls under it from both headers, and keeps the title.
    const QRectF corner = QRectF(-left, -top, left, top).translated(shift) & visible;
    painter->fillRect(corner, Qt::white);
    if (QGraphicsItem *title = matrix->titleItem())
        paintMoved(painter, title, shift, corner);
    painter->restore();
}

void MatrixView::mousePressEvent(QMouseEvent *event)
{
    MatrixScene *matrix = matrixScene();
    if (matrix && event->button() == Qt::LeftButton) {
        const QPointF at = mapToScene(event->position().toPoint());
        const QPointF home = unshifted(at);
        if (home != at) { // on a moved header: act as the header in its place would
            matrix->activateAt(home);
            event->accept();
            return;
        }
    }
    GraphView::mousePressEvent(event);
}

// Over a header, the full name of the row or column, readable however small the print.
bool MatrixView::viewportEvent(QEvent *event)
{
    MatrixScene *matrix = matrixScene();
    if (matrix && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QPointF at = unshifted(mapToScene(help->pos()));
        const MatrixScene::Hit hit = matrix->cellAt(at);
        const int index = at.x() < 0 ? hit.row : at.y() < 0 ? hit.col : -1;
        if (index >= 0 && !hit.isCell()) {
            const MatrixModel::Row &row = matrix->model().row(index);
            QString text = row.name.isEmpty() ? tr("(top level)") : row.name;
            if (row.collapsed)
                text += u'\n' + tr("%n module(s)", nullptr, int(row.members.size()));
            QToolTip::showText(help->globalPos(), text, viewport());
            return true;
        }
    }
    return GraphView::viewportEvent(event);
}

void MatrixView::zoomBy(double factor)
{
    GraphView::zoomBy(factor);
    followZoom(factor > 1.0);
}

// Fitted, the finest level whose cells are not under MinCellPixels.
void MatrixView::fitPicture()
{
    MatrixScene *matrix = matrixScene();
    if (!matrix) {
        GraphView::fitPicture();
        return;
    }
    for (const MatrixLevel &level : matrix->levels()) {
        matrix->setAggregateDepth(level.depth);
        GraphView::fitPicture();
        if (zoom() * S >= MatrixScene::MinCellPixels)
            break;
    }
    // A matrix is read by its names: never fit them under the legible size. What does not
    // fit then scrolls, its row and column names staying at the edges; it opens at the top
    // left, where the names start.
    const double legible = MatrixScene::MinLabelPixels / matrixLabelFont().pixelSize();
    if (zoom() < legible) {
        setTransform(QTransform::fromScale(legible, legible));
        const QRectF shown = mapToScene(viewport()->rect()).boundingRect();
        centerOn(matrix->sceneRect().topLeft() + QPointF(shown.width(), shown.height()) / 2);
    }
}

// Zooming in can only show finer rows, zooming out coarser ones, so that a level does not
// flicker at its threshold.
void MatrixView::followZoom(bool zoomingIn)
{
    MatrixScene *matrix = matrixScene();
    if (!matrix || matrix->model().size() == 0)
        return;
    const std::vector<MatrixLevel> &levels = matrix->levels();
    const double block = zoom() * S * matrix->model().size(); // the cells' side on screen
    std::size_t target = levels.size() - 1;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        if (block / levels[i].rows >= MatrixScene::MinCellPixels) {
            target = i;
            break;
        }
    }
    const auto current = std::find_if(levels.begin(), levels.end(), [matrix](const auto &l) {
        return l.depth == matrix->aggregateDepth();
    });
    const std::size_t now = std::size_t(current - levels.begin());
    if (zoomingIn ? target >= now : target <= now)
        return;
    // The point at the centre stays on the same share of the matrix.
    const QRectF before = matrix->matrixRect();
    const QPointF centre = mapToScene(viewport()->rect().center());
    const QPointF share((centre.x() - before.left()) / before.width(),
                        (centre.y() - before.top()) / before.height());
    matrix->setAggregateDepth(levels[target].depth);
    const double z = block / (S * matrix->model().size());
    setTransform(QTransform::fromScale(z, z));
    const QRectF after = matrix->matrixRect();
    centerOn(after.left() + share.x() * after.width(), after.top() + share.y() * after.height());
}

} // namespace headroom
