#pragma once

#include <vector>

namespace headroom {

// A directed multigraph in local numbering: arc i runs from[i] -> to[i] and weighs
// weight[i] > 0. Self-loops are allowed.
struct WeightedDigraph
{
    int nodes = 0;
    std::vector<int> from, to, weight;
};

struct BreakingSetLimits
{
    int exactNodes = 20; // see CycleOptions::exactNodeLimit
    int exactArcs = 120; // see CycleOptions::exactLimit
    int siftPasses = 20; // the heuristic's improvement passes (each is quadratic in nodes)
};

struct BreakingSet
{
    std::vector<int> arcs; // ascending
    bool exact = false;    // a proven minimum by weight
};

// A set of arcs whose removal leaves the graph acyclic, of small total weight. Self-loops
// are always in it. The problem is first shrunk without changing its optimum; what remains
// is solved by igraph's exact integer program when within `limits`, else by the
// Eades-Lin-Smyth heuristic improved by sifting (each node moved to its best place in the
// order) and pruned (no arc in the set could be put back without closing a cycle).
[[nodiscard]] BreakingSet minimumBreakingSet(const WeightedDigraph &graph,
                                             const BreakingSetLimits &limits);

} // namespace headroom
