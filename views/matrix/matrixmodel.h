#pragma once

#include "metrics.h"

#include <QSet>
#include <QString>

#include <span>
#include <vector>

namespace headroom {

struct MatrixOptions
{
    // Rows of one package (its __init__ and its direct modules) stay together; a package
    // with members of its own (a subpackage) is a group of its own.
    bool groupByPackage = true;
    QSet<int> collapsed; // group keys (package nodes, -1 for the top level) shown as one row
    // The edges that order the groups (layering of the package graph), as for cycles.
    ImportKindSet groupKinds = RuntimeImportKinds;
    // Aggregated to packages (collapsed is then ignored): -1 shows modules; 0 one row per
    // package group; d > 0 merges packages deeper than d dotted components into their
    // ancestor at depth d. Rows are grouped by their package's parent package.
    int aggregateDepth = -1;
};

// One way to aggregate a graph's matrix: MatrixOptions::aggregateDepth and its row count.
struct MatrixLevel
{
    int depth = -1;
    int rows = 0;
};

// The dependency structure matrix of one graph (the module graph or a projection), as
// plain values a scene paints and a test checks.
//
// Convention: rows and columns list the same nodes in the same order, highest level first
// (then name); cell (r, c) holds the import sites row r makes to column c. A layered design
// therefore puts every import right of the diagonal (upper triangle); a mark left of it is
// an "upward" import, against the layering. Members of a cycle are contiguous and ordered
// so that only the edges of the cycle's breaking set land left of the diagonal. With
// grouping, groups are ordered the same way on the package graph; a cycle spanning
// packages is then contiguous within each package, and package-level cycles can put
// further upward marks between groups.
class MatrixModel
{
public:
    struct Row
    {
        int node = -1; // graph node; the package node of a collapsed group (-1 top level)
        std::vector<int> members; // graph nodes this row stands for (one unless collapsed)
        QString name;             // full dotted name (a collapsed group: the package's)
        // Name within its group: "__init__" for the package itself; aggregated, empty for
        // the group package's own modules.
        QString label;
        int group = -1; // index into groups(), -1 without grouping
        int level = -1;
        int cycle = -1; // index into Metrics::cycles, -1 when none (and for collapsed rows)
        bool collapsed = false;
    };
    struct Group
    {
        int package = -1; // package node, -1 for top-level modules
        QString name;
        int first = 0;  // first row
        int count = 0;  // rows
        int cycle = -1; // package-level cycle: groups sharing it are contiguous
        bool collapsed = false;
    };
    struct Cell
    {
        int row = 0;
        int col = 0;
        int count = 0;          // import sites
        std::vector<int> edges; // graph edges summed into this cell, ascending
        bool upward = false;    // left of the diagonal, or a self-import
    };
    struct Block // a run of consecutive rows that belong to one cycle
    {
        int cycle = -1;
        int first = 0;
        int last = 0;
    };

    MatrixModel() = default;
    MatrixModel(const ImportGraph &graph, const Metrics &metrics,
                const MatrixOptions &options = {});

    [[nodiscard]] int size() const { return int(m_rows.size()); }
    [[nodiscard]] const std::vector<Row> &rows() const { return m_rows; }
    [[nodiscard]] const Row &row(int r) const { return m_rows[std::size_t(r)]; }
    [[nodiscard]] const std::vector<Group> &groups() const { return m_groups; }
    [[nodiscard]] const std::vector<Block> &cycleBlocks() const { return m_blocks; }
    [[nodiscard]] const std::vector<Cell> &cells() const { return m_cells; } // by row, column
    [[nodiscard]] std::span<const Cell> cellsOfRow(int r) const;
    [[nodiscard]] const Cell *cell(int r, int c) const; // nullptr for an empty cell
    // The one edge of a cell, or -1 when it is empty or sums several edges.
    [[nodiscard]] int edgeAt(int r, int c) const;
    [[nodiscard]] int rowOfNode(int node) const; // its row, or its collapsed group's; -1
    [[nodiscard]] int groupOfRow(int r) const { return row(r).group; }
    [[nodiscard]] int maxCount() const { return m_maxCount; }
    [[nodiscard]] const MatrixOptions &options() const { return m_options; }

private:
    void buildRows(const ImportGraph &graph, const Metrics &metrics);
    void buildAggregatedRows(const ImportGraph &graph, const std::vector<int> &modules);
    void buildCells(const ImportGraph &graph);

    MatrixOptions m_options;
    std::vector<Row> m_rows;
    std::vector<Group> m_groups;
    std::vector<Block> m_blocks;
    std::vector<Cell> m_cells;
    std::vector<int> m_rowStart; // m_cells index of each row's first cell, size() + 1 entries
    std::vector<int> m_rowOf;    // per graph node
    int m_maxCount = 0;
};

// The group key of a node: the node itself when it is a package with members in the graph,
// else its parent (-1 at the top level).
[[nodiscard]] int matrixGroupKey(const ImportGraph &graph, int node);

// The levels worth showing, finest first: modules, then ever fewer package rows; every level
// has fewer rows than the one before.
[[nodiscard]] std::vector<MatrixLevel> matrixLevels(const ImportGraph &graph);

} // namespace headroom
