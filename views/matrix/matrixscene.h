#pragma once

#include "analysis.h"
#include "heatscale.h"
#include "matrixmodel.h"
#include "metrics.h"

#include <QFont>
#include <QGraphicsScene>

namespace headroom {

class MatrixGridItem;
class MatrixHeaderItem;

// The dependency structure matrix as a scene: the cells at (0, 0) to (n, n) cells, row
// headers to the left, rotated column headers above. Rows import columns (MatrixModel
// states the order). Cells are shaded by import sites on the sequential heat scale; cells
// left of the diagonal (upward imports) are orange-red whatever their count; cycles are
// outlined, package cycles dashed. One item paints every visible cell, from a cached image
// when zoomed out. Clicking a package name in a header collapses or expands it.
class MatrixScene : public QGraphicsScene
{
    Q_OBJECT

public:
    struct Hit
    {
        int row = -1; // -1 outside the rows (a column header hit has only a column)
        int col = -1;
        [[nodiscard]] bool isCell() const { return row >= 0 && col >= 0; }
    };

    MatrixScene(ImportGraph graph, Metrics metrics, const QString &title,
                QObject *parent = nullptr);

    [[nodiscard]] const MatrixModel &model() const { return m_model; }
    [[nodiscard]] const ImportGraph &graph() const { return m_graph; }
    // The colour scale of the cell counts, for a legend.
    [[nodiscard]] const HeatScale &countScale() const { return m_scale; }
    [[nodiscard]] static QColor upwardColor();

    // Scene geometry.
    [[nodiscard]] static constexpr double cellSize() { return 18.0; }
    [[nodiscard]] QRectF matrixRect() const;
    [[nodiscard]] QRectF cellRect(int row, int col) const;
    [[nodiscard]] Hit cellAt(QPointF scenePos) const;
    // The graph edges a cell sums (empty for an empty cell); their sites are the imports.
    [[nodiscard]] std::vector<int> edgesAt(int row, int col) const;

    [[nodiscard]] Hit selectedCell() const { return m_selected; }
    void selectCell(int row, int col);
    void setGroupCollapsed(int group, bool collapsed);
    [[nodiscard]] QString cellToolTip(int row, int col) const;

signals:
    // A cell (or a header: row or col -1) was clicked; edgesAt() lists its imports.
    void cellSelected(int row, int col);
    void groupsChanged(); // rows changed after a collapse or expand

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void rebuild();
    [[nodiscard]] QString captionHtml() const;
    [[nodiscard]] int groupHeaderAt(QPointF scenePos) const;

    ImportGraph m_graph;
    Metrics m_metrics;
    QString m_title;
    MatrixOptions m_options;
    MatrixModel m_model;
    HeatScale m_scale;
    MatrixGridItem *m_grid = nullptr;
    MatrixHeaderItem *m_rowHeader = nullptr;
    MatrixHeaderItem *m_colHeader = nullptr;
    Hit m_selected;
};

// The matrix of `graph` (analysis.graph or a projection of it) measured by `metrics`.
[[nodiscard]] QGraphicsScene *makeMatrixScene(const Analysis &analysis, const ImportGraph &graph,
                                              const Metrics &metrics, QObject *parent = nullptr);

} // namespace headroom
