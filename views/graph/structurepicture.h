#pragma once

#include "graphscene.h"
#include "nestedlayout.h"
#include "structure.h"

#include <QHash>
#include <QPointF>
#include <QStringList>

#include <optional>

#include <utility>
#include <vector>

namespace headroom {

struct CallGraph;

// A structure map ready to draw: the module graph with the `open` packages opened (the
// picture graph), its metrics, the map and its layout. Made off the UI thread; the scene is
// made from it on the UI thread.
struct StructurePicture
{
    QStringList open;
    QString prefix; // left out of the names of top-level boxes ("pkg.module." in call graphs)
    ImportGraph graph;
    std::vector<int> modules; // per graph node: the modules drawn in it (a focus: those near)
    Metrics metrics;
    StructureMap map;
    NestedLayoutRequest request;
    NestedLayoutResult layout;
    std::vector<std::pair<int, int>> boxes; // per nested box: (container, member)
    std::vector<std::pair<int, int>> edges; // per nested edge: (container, edge)
    int hiddenEdges = 0;                    // implied imports the reduction left out
    ChangeMarks marks; // per graph node and edge, when options.changes is given
    // With options.changes: laterState() of `graph`, what colours the boxes (no ghost adds
    // heat or has any); `metrics`, of the union, places them.
    std::optional<MeasuredGraph> heat;

    [[nodiscard]] int boxCount() const { return map.boxCount(); }
};

// Projects, measures, maps and lays out. `previous` holds where boxes sat by name (opened
// packages by name + "/", GraphScene::namedPositions()): they keep their order. Also draws
// a call neighbourhood (callNeighbourhood(), nothing to open): its functions flat, wide
// layers wrapped, names without `prefix`. With options.changes, `moduleGraph` is a union
// graph (unionGraph()) and the picture marks what changed.
[[nodiscard]] StructurePicture
makeStructurePicture(const Analysis &analysis, const ImportGraph &moduleGraph,
                     const QStringList &open, const MetricsOptions &metricsOptions,
                     const CallGraph *calls, const GraphPictureOptions &options,
                     const QHash<QString, QPointF> &previous = {}, const QString &prefix = {});

} // namespace headroom
