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
    // Module-level cycles inside each package: a cycle lies in the package holding all its
    // members (the deepest one common to them) and in every package above that one.
    std::vector<int> cyclesInside(std::size_t(g.nodeCount()), 0);
    for (const Cycle &c : m.cycles) {
        int common = c.members.empty() ? -1 : c.members.front();
        for (const int member : c.members) {
            while (common >= 0 && !isWithin(g.node(member).name, g.node(common).name))
                common = g.node(common).parent;
        }
        for (int p = common; p >= 0; p = g.node(p).parent)
            ++cyclesInside[std::size_t(p)];
    }
    // Only levels, cycles and coupling are measured at a package depth (with an analysis
    // holding no files): sizes come from `below`; levels and membership need neither cycle
    // chains nor breaking sets.
    const Analysis noFiles;
    MetricsOptions quick = options;
    quick.cycles.detail = CycleDetail::Membership;
    quick.scope = MetricsScope::LevelsAndCoupling;
    // Depth by depth: each projection is measured, then every package of that depth is found
    // in it, then only its nodes are kept, so that one depth at a time holds its lookups.
    std::map<int, std::vector<int>> byDepth;
    for (int v = 0; v < g.nodeCount(); ++v) {
        const Node &node = g.node(v);
        if (g.isInternal(v) && (node.kind == NodeKind::Package || node.kind == NodeKind::Namespace))
            byDepth[nameDepth(node.name)].push_back(v);
    }
    for (const auto &[depth, packages] : byDepth) {
        PackageLevel &level = out.levels[depth];
        level.graph = projectToDepth(g, depth, false);
        level.metrics = computeMetrics(noFiles, level.graph, quick);
        level.graph.dropEdges(); // each depth's copy of every import site, freed at once
        for (const int v : packages) {
            const Node &node = g.node(v);
            PackageRollup r;
            r.node = v;
            r.depth = depth;
            r.size = below[std::size_t(v)];
            r.projected = level.graph.find(node.name);
            r.cyclesInside = cyclesInside[std::size_t(v)];
            out.packages.push_back(r);
        }
        // What is read of it later is per node (metrics, origin, members).
        level.graph.keepNodesOnly();
    }
    // In node order, as before.
    std::sort(out.packages.begin(), out.packages.end(),
              [](const PackageRollup &a, const PackageRollup &b) { return a.node < b.node; });
    return out;
}

} // namespace headroom
