#include "packagerollup.h"

#include <algorithm>

namespace headroom {

PackageRollups rollUpPackages(const ImportGraph &g, const Metrics &m, const MetricsOptions &options)
{
    PackageRollups out;
    if (m.nodes.size() != std::size_t(g.nodeCount()))
        return out;
    // Sizes and classes of a package: its own file's and those of every node below it.
    std::vector<NodeMetrics> below(std::size_t(g.nodeCount()));
    for (int v = 0; v < g.nodeCount(); ++v) {
        const NodeMetrics &own = m.nodes[std::size_t(v)];
        for (int p = g.isInternal(v) ? v : -1; p >= 0; p = g.node(p).parent) {
            NodeMetrics &sum = below[std::size_t(p)];
            sum.files += own.files;
            sum.sloc += own.sloc;
            sum.classes += own.classes;
            sum.abstractClasses += own.abstractClasses;
        }
    }
    // Only the graph is measured at a package depth (with an analysis holding no files):
    // sizes come from `below`; levels and membership need no cycle chains.
    const Analysis noFiles;
    MetricsOptions quick = options;
    quick.cycles.detail = CycleDetail::Quick;
    for (int v = 0; v < g.nodeCount(); ++v) {
        const Node &node = g.node(v);
        if (!g.isInternal(v) ||
            (node.kind != NodeKind::Package && node.kind != NodeKind::Namespace))
            continue;
        PackageRollup r;
        r.node = v;
        r.depth = nameDepth(node.name);
        r.size = below[std::size_t(v)];
        auto it = out.levels.find(r.depth);
        if (it == out.levels.end()) {
            PackageLevel level;
            level.graph = projectToDepth(g, r.depth, false);
            level.metrics = computeMetrics(noFiles, level.graph, quick);
            // What is read of it later is per package (metrics, names, children): without
            // its edges each depth's copy of every import site is freed before the next.
            level.graph.dropEdges();
            it = out.levels.emplace(r.depth, std::move(level)).first;
        }
        r.projected = it->second.graph.find(node.name);
        const QString prefix = node.name + u'.';
        r.cyclesInside = int(std::count_if(m.cycles.begin(), m.cycles.end(), [&](const Cycle &c) {
            return std::all_of(c.members.begin(), c.members.end(), [&](int member) {
                const QString &name = g.node(member).name;
                return name == node.name || name.startsWith(prefix);
            });
        }));
        out.packages.push_back(r);
    }
    // Every package is found in its depth's projection: what is read of them later is per
    // node (metrics, origin, members).
    for (auto &[depth, level] : out.levels)
        level.graph.keepNodesOnly();
    return out;
}

} // namespace headroom
