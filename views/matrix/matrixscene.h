#pragma once

#include "analysis.h"
#include "heatscale.h"
#include "legend.h"
#include "matrixmodel.h"
#include "metrics.h"

#include <QFont>
#include <QGraphicsScene>

namespace headroom {

class MatrixGridItem;
class MatrixHeaderItem;
struct PictureOptions;

// The dependency structure matrix as a scene: the cells at (0, 0) to (n, n) cells, row
// headers to the left, rotated column headers above. Rows import columns (MatrixModel
// states the order). Cells are shaded by import sites on the sequential heat scale; cells
// left of the diagonal (upward imports) are orange-red whatever their count; cycles are
// outlined, package cycles dashed. One item paints every visible cell, from a cached image
// when zoomed out. Clicking a package name in a header collapses or expands it.
// Aggregated (setAggregateDepth), rows and columns are packages and cells sum their
// modules' imports: a picture fitted to a page or a window chooses the level at which its
// cells stay at least MinCellPixels wide (MatrixView, fitToPage).
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
    [[nodiscard]] static QColor diagonalColor();
    // The key to the matrix as it is now aggregated (it changes with groupsChanged()).
    [[nodiscard]] Legend legend() const;

    // Scene geometry.
    [[nodiscard]] static constexpr double cellSize() { return 18.0; }
    // A fitted picture aggregates rather than draw cells smaller than this (screen pixels).
    static constexpr double MinCellPixels = 2.0;
    // Text smaller than this on screen or page is left out; exports aggregate to keep it.
    static constexpr double MinLabelPixels = 9.0;
    [[nodiscard]] QRectF matrixRect() const;
    [[nodiscard]] QRectF cellRect(int row, int col) const;
    [[nodiscard]] Hit cellAt(QPointF scenePos) const;
    // The graph edges a cell sums (empty for an empty cell); their sites are the imports.
    [[nodiscard]] std::vector<int> edgesAt(int row, int col) const;

    [[nodiscard]] Hit selectedCell() const { return m_selected; }
    void selectCell(int row, int col);
    void setGroupCollapsed(int group, bool collapsed);
    [[nodiscard]] QString cellToolTip(int row, int col) const;
    // What a left click at `scenePos` does: a package name collapses or expands its group, a
    // cell or header is selected. False when nothing is there.
    bool activateAt(QPointF scenePos);

    // The aggregation levels of the graph, finest (modules) first; see MatrixOptions.
    [[nodiscard]] const std::vector<MatrixLevel> &levels() const { return m_levels; }
    [[nodiscard]] int aggregateDepth() const { return m_options.aggregateDepth; }
    [[nodiscard]] bool isAggregated() const { return m_options.aggregateDepth >= 0; }
    void setAggregateDepth(int depth);
    // Chooses the finest level at which the picture, fitted to the page of `options`, has
    // cells of MinCellPixels and labels of MinLabelPixels (else the coarsest level). Returns
    // a note for the user when it aggregated, else an empty string.
    QString fitToPage(const PictureOptions &options);

    // The items a view keeps in sight while scrolling (MatrixView).
    [[nodiscard]] MatrixHeaderItem *rowHeader() const { return m_rowHeader; }
    [[nodiscard]] MatrixHeaderItem *columnHeader() const { return m_colHeader; }
    [[nodiscard]] QGraphicsItem *titleItem() const { return m_titleItem; }

signals:
    // A cell (or a header: row or col -1) was clicked; edgesAt() lists its imports.
    void cellSelected(int row, int col);
    void groupsChanged(); // rows changed after a collapse or expand

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void rebuild();
    [[nodiscard]] QString caption() const;
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
    QGraphicsItem *m_titleItem = nullptr;
    std::vector<MatrixLevel> m_levels;
    Hit m_selected;
};

// The matrix of `graph` (analysis.graph or a projection of it) measured by `metrics`.
[[nodiscard]] QGraphicsScene *makeMatrixScene(const Analysis &analysis, const ImportGraph &graph,
                                              const Metrics &metrics, QObject *parent = nullptr);

} // namespace headroom
