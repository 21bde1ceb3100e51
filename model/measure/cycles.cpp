#include "cycles.h"

#include "breakingset.h"

#include <algorithm>
#include <numeric>
#include <span>
#include <unordered_map>

namespace headroom {

namespace {

// ---- one component in local numbering --------------------------------------------------------

struct LocalGraph
{
    WeightedDigraph arcs;              // arc i stands for edge[i]
    std::vector<int> edge;             // index in the ImportGraph
    std::vector<std::vector<int>> out; // local arcs per local node
};

LocalGraph localGraph(const ImportGraph &graph, const Cycle &cycle, ImportKindSet kinds)
{
    std::unordered_map<int, int> localOf;
    for (std::size_t i = 0; i < cycle.members.size(); ++i)
        localOf.emplace(cycle.members[i], int(i));
    LocalGraph g;
    g.arcs.nodes = int(cycle.members.size());
    g.out.resize(cycle.members.size());
    for (const int e : cycle.edges) {
        const Edge &edge = graph.edge(e);
        const auto s = localOf.find(edge.source);
        const auto t = localOf.find(edge.target);
        if (s == localOf.end() || t == localOf.end())
            continue;
        g.out[std::size_t(s->second)].push_back(int(g.edge.size()));
        g.arcs.from.push_back(s->second);
        g.arcs.to.push_back(t->second);
        g.arcs.weight.push_back(std::max(1, countedWeight(edge, kinds)));
        g.edge.push_back(e);
    }
    return g;
}

// Quick recomputation stays exact where igraph needs a few milliseconds at most (12 nodes:
// 1-3 ms measured), so a what-if answer agrees with the full one on small cycles; and it
// sifts only briefly.
constexpr int kQuickExactNodes = 12;
constexpr int kQuickSiftPasses = 3;

void breakCycle(const LocalGraph &g, Cycle &cycle, const CycleOptions &options)
{
    BreakingSetLimits limits{options.exactNodeLimit, options.exactLimit};
    if (options.detail == CycleDetail::Quick) {
        limits.exactNodes = std::min(limits.exactNodes, kQuickExactNodes);
        limits.siftPasses = kQuickSiftPasses;
    }
    const BreakingSet set = minimumBreakingSet(g.arcs, limits);
    cycle.exact = set.exact;
    cycle.breakingSet.clear();
    cycle.breakingWeight = 0;
    for (const int a : set.arcs) {
        cycle.breakingSet.push_back(g.edge[std::size_t(a)]);
        cycle.breakingWeight += g.arcs.weight[std::size_t(a)];
    }
    std::sort(cycle.breakingSet.begin(), cycle.breakingSet.end());
}

// Breadth-first from `from` until an arc reaches `to` (which may be `from` itself): the local
// arcs of a shortest path, empty when there is none.
std::vector<int> shortestArcs(const LocalGraph &g, int from, int to)
{
    std::vector<int> via(g.out.size(), -1); // local arc that first reached each node
    std::vector<int> queue{from};
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const int x = queue[head];
        for (const int a : g.out[std::size_t(x)]) {
            const int y = g.arcs.to[std::size_t(a)];
            if (y == to) {
                std::vector<int> path{a};
                for (int z = x; z != from; z = g.arcs.from[std::size_t(via[std::size_t(z)])])
                    path.push_back(via[std::size_t(z)]);
                std::reverse(path.begin(), path.end());
                return path;
            }
            if (y != from && via[std::size_t(y)] < 0) {
                via[std::size_t(y)] = a;
                queue.push_back(y);
            }
        }
    }
    return {};
}

std::vector<int> edgesOf(const LocalGraph &g, const std::vector<int> &arcs)
{
    std::vector<int> out;
    out.reserve(arcs.size());
    for (const int a : arcs)
        out.push_back(g.edge[std::size_t(a)]);
    return out;
}

// A shortest cycle through local node `start`, as ImportGraph edges.
std::vector<int> chainFrom(const LocalGraph &g, int start)
{
    return edgesOf(g, shortestArcs(g, start, start));
}

// ---- components and levels ----------------------------------------------------------------

// Tarjan's algorithm with an explicit stack (import graphs are deep enough to overflow the
// call stack). Components come out sinks first, which is the numbering Layering promises.
void components(const ImportGraph &graph, const std::vector<char> &live, Layering &out)
{
    const std::size_t n = std::size_t(graph.nodeCount());
    std::vector<int> index(n, -1), low(n, 0), stack;
    std::vector<char> onStack(n, 0);
    std::vector<std::pair<int, std::size_t>> frames; // node, next out-edge position
    out.componentOf.assign(n, -1);
    int counter = 0;
    auto open = [&](int v) {
        index[std::size_t(v)] = low[std::size_t(v)] = counter++;
        stack.push_back(v);
        onStack[std::size_t(v)] = 1;
        frames.push_back({v, 0});
    };
    for (std::size_t root = 0; root < n; ++root) {
        if (!graph.isInternal(int(root)) || index[root] >= 0)
            continue;
        open(int(root));
        while (!frames.empty()) {
            const int v = frames.back().first;
            const auto &outs = graph.outEdges(v);
            bool descended = false;
            while (!descended && frames.back().second < outs.size()) {
                const int e = outs[frames.back().second++];
                if (!live[std::size_t(e)])
                    continue;
                const int w = graph.edge(e).target;
                if (index[std::size_t(w)] < 0) {
                    open(w);
                    descended = true;
                } else if (onStack[std::size_t(w)]) {
                    low[std::size_t(v)] = std::min(low[std::size_t(v)], index[std::size_t(w)]);
                }
            }
            if (descended)
                continue;
            if (low[std::size_t(v)] == index[std::size_t(v)]) {
                int w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[std::size_t(w)] = 0;
                    out.componentOf[std::size_t(w)] = out.componentCount;
                } while (w != v);
                ++out.componentCount;
            }
            frames.pop_back();
            if (!frames.empty()) {
                const int u = frames.back().first;
                low[std::size_t(u)] = std::min(low[std::size_t(u)], low[std::size_t(v)]);
            }
        }
    }
}

void assignLevels(const ImportGraph &graph, const std::vector<char> &live, Layering &out)
{
    // Each component's nodes, in compressed rows: nodes[rowStart[c]] .. nodes[rowStart[c + 1]].
    const std::size_t components = std::size_t(out.componentCount);
    std::vector<int> rowStart(components + 1, 0);
    for (const int c : out.componentOf) {
        if (c >= 0)
            ++rowStart[std::size_t(c) + 1];
    }
    std::partial_sum(rowStart.begin(), rowStart.end(), rowStart.begin());
    std::vector<int> nodes(std::size_t(rowStart.back()));
    {
        std::vector<int> next(rowStart.begin(), rowStart.end() - 1);
        for (int v = 0; v < graph.nodeCount(); ++v) {
            const int c = out.componentOf[std::size_t(v)];
            if (c >= 0)
                nodes[std::size_t(next[std::size_t(c)]++)] = v;
        }
    }
    const auto members = [&](std::size_t c) {
        return std::span<const int>(nodes.data() + rowStart[c],
                                    std::size_t(rowStart[c + 1] - rowStart[c]));
    };
    std::vector<int> level(components, 0);
    for (std::size_t c = 0; c < components; ++c) {
        for (const int v : members(c)) {
            for (const int e : graph.outEdges(v)) {
                const int d = out.componentOf[std::size_t(graph.edge(e).target)];
                if (live[std::size_t(e)] && d != int(c))
                    level[c] = std::max(level[c], level[std::size_t(d)] + 1);
            }
        }
        out.depth = std::max(out.depth, level[c] + 1);
    }
    out.levels.assign(std::size_t(graph.nodeCount()), -1);
    for (int v = 0; v < graph.nodeCount(); ++v) {
        if (out.componentOf[std::size_t(v)] >= 0)
            out.levels[std::size_t(v)] = level[std::size_t(out.componentOf[std::size_t(v)])];
    }

    // The longest chain: from a top-level node, always to a node one level down, preferring
    // edges of the current node over those of its cycle, and names in order.
    auto byName = [&](int a, int b) { return graph.node(a).name < graph.node(b).name; };
    auto stepDown = [&](std::span<const int> sources) {
        int best = -1;
        for (const int v : sources) {
            for (const int e : graph.outEdges(v)) {
                const int t = graph.edge(e).target;
                if (live[std::size_t(e)] &&
                    out.levels[std::size_t(t)] == out.levels[std::size_t(v)] - 1 &&
                    (best < 0 || byName(t, best)))
                    best = t;
            }
        }
        return best;
    };
    int start = -1;
    for (int v = 0; v < graph.nodeCount(); ++v) {
        const int l = out.levels[std::size_t(v)];
        if (l != out.depth - 1 || (l > 0 && stepDown({&v, 1}) < 0))
            continue;
        if (start < 0 || byName(v, start))
            start = v;
    }
    for (int v = start; v >= 0;) {
        out.longestChain.push_back(v);
        if (out.levels[std::size_t(v)] == 0)
            break;
        int next = stepDown({&v, 1});
        if (next < 0)
            next = stepDown(members(std::size_t(out.componentOf[std::size_t(v)])));
        v = next;
    }
}

} // namespace

int countedWeight(const Edge &edge, ImportKindSet kinds)
{
    if (!edge.has(kinds))
        return 0;
    return int(std::count_if(edge.sites.begin(), edge.sites.end(),
                             [kinds](const ImportSite &s) { return kinds & kindBit(s.kind); }));
}

Layering computeLayering(const ImportGraph &graph, const CycleOptions &options,
                         std::span<const int> cutEdges)
{
    std::vector<char> internal(std::size_t(graph.nodeCount()), 0);
    for (int v = 0; v < graph.nodeCount(); ++v)
        internal[std::size_t(v)] = graph.isInternal(v);
    std::vector<char> live(std::size_t(graph.edgeCount()), 0);
    for (int e = 0; e < graph.edgeCount(); ++e) {
        const Edge &edge = graph.edge(e);
        live[std::size_t(e)] = internal[std::size_t(edge.source)] &&
                               internal[std::size_t(edge.target)] && edge.has(options.kinds);
    }
    for (const int e : cutEdges) {
        if (e >= 0 && e < graph.edgeCount())
            live[std::size_t(e)] = 0;
    }

    Layering out;
    components(graph, live, out);
    // A component of two nodes or more is a cycle, and so is a node importing itself.
    std::vector<int> size(std::size_t(out.componentCount), 0);
    for (const int c : out.componentOf) {
        if (c >= 0)
            ++size[std::size_t(c)];
    }
    std::vector<int> slot(std::size_t(out.componentCount), -1);
    std::vector<Cycle> found;
    const auto cycleOf = [&](int c) -> Cycle & {
        int &s = slot[std::size_t(c)];
        if (s < 0) {
            s = int(found.size());
            found.emplace_back();
        }
        return found[std::size_t(s)];
    };
    for (int v = 0; v < graph.nodeCount(); ++v) {
        const int c = out.componentOf[std::size_t(v)];
        if (c < 0)
            continue;
        if (size[std::size_t(c)] > 1)
            cycleOf(c).members.push_back(v);
        for (const int e : graph.outEdges(v)) {
            if (!live[std::size_t(e)] || out.componentOf[std::size_t(graph.edge(e).target)] != c)
                continue;
            Cycle &cycle = cycleOf(c);
            if (cycle.members.empty())
                cycle.members.push_back(v);
            cycle.edges.push_back(e);
        }
    }
    for (Cycle &cycle : found) {
        std::sort(cycle.members.begin(), cycle.members.end(),
                  [&](int a, int b) { return graph.node(a).name < graph.node(b).name; });
        std::sort(cycle.edges.begin(), cycle.edges.end());
        out.cycles.push_back(std::move(cycle));
    }
    std::sort(out.cycles.begin(), out.cycles.end(), [&](const Cycle &a, const Cycle &b) {
        if (a.members.size() != b.members.size())
            return a.members.size() > b.members.size();
        return graph.node(a.members.front()).name < graph.node(b.members.front()).name;
    });

    out.cycleOf.assign(std::size_t(graph.nodeCount()), -1);
    for (std::size_t i = 0; i < out.cycles.size(); ++i) {
        Cycle &cycle = out.cycles[i];
        for (const int v : cycle.members)
            out.cycleOf[std::size_t(v)] = int(i);
        if (options.detail == CycleDetail::Membership)
            continue;
        const LocalGraph g = localGraph(graph, cycle, options.kinds);
        breakCycle(g, cycle, options);
        out.upwardEdges.insert(out.upwardEdges.end(), cycle.breakingSet.begin(),
                               cycle.breakingSet.end());
        if (options.detail == CycleDetail::Full) {
            for (std::size_t m = 0; m < cycle.members.size(); ++m)
                cycle.chains.push_back(chainFrom(g, int(m)));
        }
    }
    std::sort(out.upwardEdges.begin(), out.upwardEdges.end());

    assignLevels(graph, live, out);
    return out;
}

Layering computeWithCuts(const ImportGraph &graph, CycleOptions options,
                         std::span<const int> cutEdges)
{
    options.detail = CycleDetail::Quick;
    return computeLayering(graph, options, cutEdges);
}

std::vector<int> shortestChain(const ImportGraph &graph, const Cycle &cycle, int member)
{
    const auto it = std::find(cycle.members.begin(), cycle.members.end(), member);
    if (it == cycle.members.end())
        return {};
    const LocalGraph g = localGraph(graph, cycle, AllImportKinds);
    return chainFrom(g, int(it - cycle.members.begin()));
}

std::vector<int> shortestChainThrough(const ImportGraph &graph, const Cycle &cycle, int edge)
{
    const LocalGraph g = localGraph(graph, cycle, AllImportKinds);
    const auto it = std::find(g.edge.begin(), g.edge.end(), edge);
    if (it == g.edge.end())
        return {};
    const auto arc = std::size_t(it - g.edge.begin());
    const int source = g.arcs.from[arc];
    const int target = g.arcs.to[arc];
    std::vector<int> chain{edge};
    if (target == source)
        return chain;
    const std::vector<int> back = shortestArcs(g, target, source);
    if (back.empty())
        return {};
    const std::vector<int> rest = edgesOf(g, back);
    chain.insert(chain.end(), rest.begin(), rest.end());
    return chain;
}

} // namespace headroom
