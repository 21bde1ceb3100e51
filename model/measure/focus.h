#pragma once

#include "graph.h"
#include "structure.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace headroom {

// The internal nodes within `hops` imports of `node`, either way, with the node; sorted.
[[nodiscard]] std::vector<int> focusNeighbourhood(const ImportGraph &graph, int node, int hops);

// A focus picture of a module graph: the neighbourhood of one module (or of every module of
// one package) as a module graph of its own, and what to open in it first.
struct FocusGraph
{
    // The neighbourhood's modules, the packages that hold them (without a file, unless they
    // are in the neighbourhood) and every import between two of its modules.
    ImportGraph graph;
    QStringList above;     // the packages that hold the focused module: always opened
    QStringList preferred; // the focused package, then those holding most near modules
    int modules = 0;       // modules in the neighbourhood, the focused ones included
    int near = 0;          // of which within one import
};

[[nodiscard]] FocusGraph focusGraph(const ImportGraph &moduleGraph, int node, int hops);

// The packages to open in a focus picture (sorted): the focused module and the modules one
// import away show as themselves; farther modules stay folded in their packages unless the
// picture has room for them (at most `maxBoxes` boxes, as a first structure map), so that
// three hops around a hub stay a picture and not a hairball.
[[nodiscard]] QStringList focusOpenPackages(const FocusGraph &focus,
                                            int maxBoxes = MaxFittingBoxes);

} // namespace headroom
