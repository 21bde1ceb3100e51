#pragma once

#include "heatscale.h"
#include "metricchoice.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QSizeF>

#include <cstdint>
#include <optional>

class QPainter;

namespace headroom {

// The key to a picture, painted with a QPainter so that the view's overlay and every export
// show the same thing: the metric's name and unit, its colour scale with the lowest value,
// the threshold (diverging scales) and the highest value, which end is worse, the colour of
// nodes without a value and, for the graph, what the edges mean (imports point down; those
// of a cycle in a light tint; the cuts, a cycle's breaking set, red and dashed with a "cut
// here" marker, pointing up; type-checking-only imports dashed grey; width = import sites). Sizes
// are in logical pixels; the text is at least 15 px (11 pt at 96 dpi).
class Legend
{
    Q_DECLARE_TR_FUNCTIONS(Legend)

public:
    static constexpr double Width = 380.0;

    Legend() = default; // the edge key alone
    Legend(Metric metric, const HeatScale &scale);

    // The key to a dependency matrix (MatrixScene): what a cell's colour counts (`counts`,
    // from one import site to its maximum), the cells against the layering, the outlines of
    // module and package cycles, the diagonal and the level beside each name. `aggregated`:
    // the rows and columns are packages.
    struct MatrixKey
    {
        HeatScale counts;
        bool aggregated = false;
    };
    [[nodiscard]] static Legend forMatrix(const MatrixKey &key);
    [[nodiscard]] const std::optional<MatrixKey> &matrix() const { return m_matrix; }
    // The key to the tables' colours (MetricsTableModel::cellColour): warm past a budget or
    // a limit, a pale tint by size within a column otherwise.
    [[nodiscard]] static Legend forTables();
    [[nodiscard]] bool isTableKey() const { return m_tables; }

    [[nodiscard]] bool hasScale() const { return m_metric.has_value(); }
    [[nodiscard]] std::optional<Metric> metric() const { return m_metric; }
    [[nodiscard]] const HeatScale &scale() const { return m_scale; }
    [[nodiscard]] QString title() const; // what the export's SVG description repeats

    [[nodiscard]] bool showsEdges() const { return m_edges; }
    void setShowsEdges(bool edges) { m_edges = edges; }
    // What a graph picture draws (GraphScene::legendKey), so that its key lists that alone:
    // a picture without cycles has no key to cuts. Everything unless set.
    struct GraphKey
    {
        bool imports = true;      // an import outside any cycle
        bool cycleImports = true; // an import inside a cycle
        bool cuts = true;         // an import to cut
        bool typeChecking = true; // a type-checking-only import
        bool cycleMembers = true; // a box or frame outlined for its cycle
        bool packages = true;     // a box standing for a package's modules: "(12)"
        bool containers = true;   // an opened package's frame
        bool focus = false;       // the ring round what a focus picture is around
        friend bool operator==(const GraphKey &, const GraphKey &) = default;
    };
    void setGraphKey(const GraphKey &key) { m_graphKey = key; }
    [[nodiscard]] const GraphKey &graphKey() const { return m_graphKey; }
    // Structure maps: what an opened package's frame is, and that implied imports are left out.
    void setShowsContainers(bool containers) { m_containers = containers; }
    // Treemaps with cells standing for members too small to show: their hatched key.
    void setShowsAggregates(bool aggregates) { m_aggregates = aggregates; }
    [[nodiscard]] bool showsAggregates() const { return m_aggregates; }
    // Treemaps with the parts of a package the picture shows as one box: their key (they take
    // that package's colour, not their own).
    void setShowsMembers(bool members) { m_members = members; }
    [[nodiscard]] bool showsMembers() const { return m_members; }
    // Call-graph pictures: what the boxes are, and calls instead of imports.
    void setShowsCalls(bool calls) { m_calls = calls; }
    // A picture of a change: the key to its marks (added, removed ghosts, new cycles), the
    // earlier state named ("HEAD~1 (1a2b3c4d5e)"); empty: no change shown.
    void setChangesSince(const QString &since) { m_since = since; }
    [[nodiscard]] const QString &changesSince() const { return m_since; }

    // The key to a picture of a change, row by row: what the legend and the DOT export say.
    enum class ChangeKey : std::uint8_t
    {
        AddedBox,
        RemovedBox,
        CycleBox,
        AddedImport,
        RemovedImport,
        CycleImport,
        Inside, // after a package box's count: "+2 −1"
    };
    [[nodiscard]] static QList<ChangeKey> changeKeys();
    [[nodiscard]] static QString changeText(ChangeKey key);
    [[nodiscard]] static QString changesHead(const QString &since); // "Changes since HEAD~1 (…)"

    [[nodiscard]] QSizeF size() const;
    // Paints the legend with its top left corner at `topLeft` on a white panel.
    void paint(QPainter *painter, QPointF topLeft) const;

private:
    double draw(QPainter *painter, QPointF topLeft) const;           // returns the height used
    double drawChanges(QPainter *painter, double x, double y) const; // returns the new y
    double drawMatrix(QPainter *painter, double x, double y) const;  // returns the new y
    double drawTables(QPainter *painter, double x, double y) const;  // returns the new y

    std::optional<Metric> m_metric;
    HeatScale m_scale;
    std::optional<MatrixKey> m_matrix;
    bool m_tables = false;
    bool m_edges = true;
    bool m_containers = false;
    bool m_calls = false;
    bool m_aggregates = false;
    bool m_members = false;
    GraphKey m_graphKey;
    QString m_since;
};

} // namespace headroom
