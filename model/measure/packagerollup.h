#pragma once

#include "metrics.h"

#include <map>
#include <vector>

namespace headroom {

// A package as its own unit: sizes summed over everything below it, and its coupling, level
// and cycles among the packages of its depth (the module graph projected to that depth).
struct PackageRollup
{
    int node = -1;        // the package in the module graph
    int depth = 0;        // dotted components of its name
    int projected = -1;   // the package in its depth's projection (PackageLevels)
    NodeMetrics size;     // files, sloc, classes and abstractClasses below it
    int cyclesInside = 0; // module-level import cycles whose members all lie in it
};

// The module graph projected to one package depth and measured (levels, cycles, coupling);
// the graph keeps its nodes only.
struct PackageLevel
{
    ImportGraph graph;
    Metrics metrics;
};

struct PackageRollups
{
    std::vector<PackageRollup> packages; // by node id
    std::map<int, PackageLevel> levels;  // by depth
};

// Roll-ups of every internal package and namespace node of `graph` (a module graph with its
// metrics `measured`). The projections are measured for levels and coupling only.
[[nodiscard]] PackageRollups rollUpPackages(const ImportGraph &graph, const Metrics &measured,
                                            const MetricsOptions &options);

} // namespace headroom
