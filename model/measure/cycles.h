#pragma once

#include "graph.h"

#include <span>
#include <vector>

namespace headroom {

// How much of a cycle to work out. Quick is for interactive "what if" recomputation: no
// chains, and exact breaking sets only for components that reduce to at most 12 nodes.
// Membership is for tables of levels and membership alone: no breaking sets (and so no
// upward edges), no chains.
enum class CycleDetail : std::uint8_t
{
    Full,
    Quick,
    Membership
};

struct CycleOptions
{
    // An edge counts when it has a site of one of these kinds; its weight is the number of
    // such sites. Only edges between internal nodes ever count.
    ImportKindSet kinds = RuntimeImportKinds;

    // The exact breaking set (igraph's IGRAPH_FAS_EXACT_IP) is used when the component,
    // after exact reductions (self-loops cut, chains through nodes with one edge in and one
    // out contracted, parallel edges merged), has at most exactNodeLimit nodes and
    // exactLimit edges; otherwise Eades-Lin-Smyth (IGRAPH_FAS_APPROX_EADES), improved by
    // sifting and pruning (breakingset.h); on random 10-17 node components that lands within
    // about 7% of the exact weight in total.
    // Measured with igraph 0.10.2 on random strongly connected graphs with 1-4 sites per
    // edge: its ordering formulation grows with the node count far more than with the edge
    // count (20 nodes: 7-70 ms for 20-200 edges; 24 nodes: 60-170 ms; 30 nodes: 70-660 ms;
    // 40 nodes: 0.25-4 s; 50 nodes and 100 edges: 11 s). 20 nodes keeps a component under
    // about 0.1 s; the edge limit only bounds dense components.
    int exactLimit = 120;
    int exactNodeLimit = 20;

    CycleDetail detail = CycleDetail::Full;
};

// A strongly connected component of two or more internal nodes, or one node with a counted
// self-import.
struct Cycle
{
    std::vector<int> members;     // node indices, sorted by name
    std::vector<int> edges;       // counted edges between members (self-edges too), ascending
    std::vector<int> breakingSet; // edges whose removal leaves the members acyclic, ascending
    int breakingWeight = 0;       // counted sites of the breaking set
    bool exact = false;           // the breaking set is a proven minimum by weight
    // chains[i]: a shortest cycle through members[i] as edge indices, starting with an edge
    // out of members[i] and ending with an edge into it. Empty with CycleDetail::Quick.
    std::vector<std::vector<int>> chains;
};

// Cycles and levels of one graph (the module graph or a projection).
struct Layering
{
    std::vector<Cycle> cycles; // by member count (descending), then first member's name
    std::vector<int> cycleOf;  // per node: index into cycles, -1 when in none
    // Per node: its strongly connected component; every counted edge between components
    // goes from a higher number to a lower one. -1 for external nodes.
    std::vector<int> componentOf;
    int componentCount = 0;
    // Per node: 0 when it imports nothing internal, else 1 + the highest level it imports,
    // with each cycle collapsed into one node (members share a level). -1 for externals.
    std::vector<int> levels;
    int depth = 0; // number of levels: highest level + 1, 0 without internal nodes
    // One longest import chain, one node per level from the highest down to level 0. Each
    // node imports the next one directly, or through a member of its cycle when it is in one.
    std::vector<int> longestChain;
    // Edges that run "upwards" against the layering. After condensation no counted edge
    // between components does, so inside a cycle the edges of its breaking set are the ones
    // taken as going upwards (removing them orders the members). Ascending.
    std::vector<int> upwardEdges;
};

// Number of the edge's sites whose kind is in `kinds` (0 when the edge does not count).
[[nodiscard]] int countedWeight(const Edge &edge, ImportKindSet kinds);

// Cycles, breaking sets, chains and levels, with the edges in `cutEdges` left out.
[[nodiscard]] Layering computeLayering(const ImportGraph &graph, const CycleOptions &options,
                                       std::span<const int> cutEdges = {});

// The "what if" recomputation: computeLayering with CycleDetail::Quick. Linear in the graph
// apart from the heuristic breaking sets; meant to run on every click.
[[nodiscard]] Layering computeWithCuts(const ImportGraph &graph, CycleOptions options,
                                       std::span<const int> cutEdges);

// A shortest cycle through `member` using only the cycle's edges (empty when `member` is
// not one of its members). What Cycle::chains holds; usable after a Quick computation.
[[nodiscard]] std::vector<int> shortestChain(const ImportGraph &graph, const Cycle &cycle,
                                             int member);
// A shortest cycle that starts with `edge`, one of the cycle's edges, and returns to its
// source along the cycle's edges (empty when `edge` is none of them): a chain through an
// import rather than a member.
[[nodiscard]] std::vector<int> shortestChainThrough(const ImportGraph &graph, const Cycle &cycle,
                                                    int edge);

} // namespace headroom
