#include "focus.h"

#include <QHash>

#include <algorithm>
#include <deque>

namespace headroom {

namespace {

// Import distance from any of `sources`, either way, through internal nodes, up to `hops`;
// -1 beyond.
std::vector<int> distances(const ImportGraph &graph, const std::vector<int> &sources, int hops)
{
    std::vector<int> distance(std::size_t(graph.nodeCount()), -1);
    std::deque<int> queue;
    for (const int s : sources) {
        distance[std::size_t(s)] = 0;
        queue.push_back(s);
    }
    while (!queue.empty()) {
        const int v = queue.front();
        queue.pop_front();
        if (distance[std::size_t(v)] >= hops)
            continue;
        const auto visit = [&](int u) {
            if (distance[std::size_t(u)] < 0 && graph.isInternal(u)) {
                distance[std::size_t(u)] = distance[std::size_t(v)] + 1;
                queue.push_back(u);
            }
        };
        for (const int e : graph.outEdges(v))
            visit(graph.edge(e).target);
        for (const int e : graph.inEdges(v))
            visit(graph.edge(e).source);
    }
    return distance;
}

} // namespace

std::vector<int> focusNeighbourhood(const ImportGraph &graph, int node, int hops)
{
    std::vector<int> out;
    if (node < 0 || node >= graph.nodeCount())
        return out;
    const std::vector<int> distance = distances(graph, {node}, hops);
    for (int v = 0; v < graph.nodeCount(); ++v) {
        if (distance[std::size_t(v)] >= 0)
            out.push_back(v);
    }
    return out;
}

FocusGraph focusGraph(const ImportGraph &moduleGraph, int node, int hops)
{
    FocusGraph f;
    if (node < 0 || node >= moduleGraph.nodeCount())
        return f;
    // A package is focused with every module in it.
    const QString focus = moduleGraph.node(node).name;
    std::vector<int> sources;
    for (int v = 0; v < moduleGraph.nodeCount(); ++v) {
        if (v == node || (moduleGraph.isInternal(v) && isWithin(moduleGraph.node(v).name, focus)))
            sources.push_back(v);
    }
    const std::vector<int> distance = distances(moduleGraph, sources, std::max(0, hops));
    // The neighbourhood and the packages above it, in the module graph's order.
    std::vector<char> kept(std::size_t(moduleGraph.nodeCount()), 0);
    QHash<QString, int> near; // packages above near modules: how many they hold
    for (int v = 0; v < moduleGraph.nodeCount(); ++v) {
        const int d = distance[std::size_t(v)];
        if (d < 0)
            continue;
        for (int a = v; a >= 0 && !kept[std::size_t(a)]; a = moduleGraph.node(a).parent)
            kept[std::size_t(a)] = 1;
        if (d > 1)
            continue;
        ++f.near;
        // The packages above a near module, up to the focused one.
        const QString &name = moduleGraph.node(v).name;
        QString above = isWithin(name, focus) ? focus : name;
        for (int dot = above.lastIndexOf(QLatin1Char('.')); dot > 0;
             dot = above.lastIndexOf(QLatin1Char('.'))) {
            above.truncate(dot);
            ++near[above];
        }
    }
    // The focused module shows as itself; the focused package is opened first when there is
    // room, then those holding most near modules.
    const int dot = focus.lastIndexOf(QLatin1Char('.'));
    if (dot > 0)
        f.above << focus.left(dot); // fittingOpenPackages() adds the packages above it
    near.remove(focus);
    f.preferred = near.keys();
    std::sort(f.preferred.begin(), f.preferred.end(), [&](const QString &a, const QString &b) {
        return near[a] != near[b] ? near[a] > near[b] : a < b;
    });
    f.preferred.prepend(focus);
    std::vector<int> map(std::size_t(moduleGraph.nodeCount()), -1);
    for (int v = 0; v < moduleGraph.nodeCount(); ++v) {
        if (!kept[std::size_t(v)])
            continue;
        Node copy = moduleGraph.node(v);
        copy.children.clear();
        copy.parent = -1;
        if (distance[std::size_t(v)] < 0)
            copy.file = -1; // only there to hold its members: not one of the modules
        else
            ++f.modules;
        map[std::size_t(v)] = f.graph.addNode(std::move(copy));
    }
    for (int v = 0; v < moduleGraph.nodeCount(); ++v) {
        const int p = moduleGraph.node(v).parent;
        if (map[std::size_t(v)] >= 0 && p >= 0)
            f.graph.mutableNode(map[std::size_t(v)]).parent = map[std::size_t(p)];
    }
    for (const Edge &e : moduleGraph.edges()) {
        if (distance[std::size_t(e.source)] < 0 || distance[std::size_t(e.target)] < 0)
            continue;
        for (const ImportSite &site : e.sites)
            f.graph.addSite(map[std::size_t(e.source)], map[std::size_t(e.target)], site);
    }
    f.graph.finish();
    return f;
}

QStringList focusOpenPackages(const FocusGraph &focus, int maxBoxes)
{
    return fittingOpenPackages(focus.graph, maxBoxes, focus.above, focus.preferred);
}

} // namespace headroom
