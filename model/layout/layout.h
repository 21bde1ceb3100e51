#pragma once

#include "enumkeys.h"

#include <QByteArray>
#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <utility>
#include <vector>

namespace headroom {

// How to place a picture's nodes.
enum class LayoutEngine : std::uint8_t
{
    Dot,     // Graphviz dot, ranks of its own choosing
    Sfdp,    // Graphviz sfdp, force-directed, for graphs without a useful layering
    Layered, // Graphviz dot with one rank per node level, foundation (level 0) at the bottom
    Fast,    // our own layered placement: rows by level, barycenter order, straight edges
};
constexpr std::array<EnumKey<LayoutEngine>, 4> keyTable(LayoutEngine)
{
    return {{{LayoutEngine::Dot, "dot"},
             {LayoutEngine::Sfdp, "sfdp"},
             {LayoutEngine::Layered, "layered"},
             {LayoutEngine::Fast, "fast"}}};
}
static_assert(keyTableIsComplete<LayoutEngine>(4));

struct LayoutNode
{
    int id = -1;          // the caller's id (a graph node); unique within the request
    QString label;        // for Graphviz diagnostics and DOT; sizes are the caller's
    double width = 54.0;  // points
    double height = 36.0; // points
    int rank = -1;        // level; Layered/Fast put higher ranks above lower ones
};

struct LayoutEdge
{
    int source = -1; // LayoutNode::id
    int target = -1;
    double weight = 1.0; // pulls the ends together (dot), e.g. number of import sites
};

// dot's time grows with the nodes it ranks plus the virtual nodes it threads through every
// level an edge spans: its "work". Measured with Graphviz 2.42 dot (layered, one rank per
// level) on projections and name-ordered slices of the CPython 3.11 stdlib and Django
// (tests/picturebench.cpp): work 1,400 takes 0.13 s, 2,200-2,600 takes 0.4-1.5 s, 3,100
// takes 1.6 s, 4,200 takes 3 s, 5,100 takes 6 s, 8,200 takes 24 s and the stdlib at
// package depth 3 (work 20,000) takes 50 s. Above this limit Dot and Layered fall back to
// the fast layered placement, which takes milliseconds.
inline constexpr int DotWorkLimit = 2500;

struct LayoutRequest
{
    std::vector<LayoutNode> nodes;
    std::vector<LayoutEdge> edges;
    LayoutEngine engine = LayoutEngine::Layered;
    // Centres (scene coordinates) of a previous picture by node id: nodes that were there
    // stay near where they were.
    QHash<int, QPointF> previous;
    double nodeSeparation = 18.0; // points between neighbours in a row
    double rankSeparation = 54.0; // points between rows
    // Extra Graphviz graph attributes; values Graphviz rejects come back as warnings.
    std::vector<std::pair<QByteArray, QByteArray>> graphAttributes;
    // Above this dotWork() Dot and Layered fall back to Fast; Sfdp keeps going.
    int dotWorkLimit = DotWorkLimit;
};

struct NodePlacement
{
    int id = -1;
    // Scene coordinates: points, y grows downwards; the bounds start at (0, 0) unless the
    // picture was aligned to previous positions.
    QPointF centre;
    QSizeF size;
};

struct EdgeRoute
{
    int source = -1;
    int target = -1;
    // Cubic Bézier control points (1 + 3k) when curved, else a polyline; from the source
    // to the target.
    std::vector<QPointF> points;
    bool curved = false;
};

struct LayoutResult
{
    std::vector<NodePlacement> nodes;         // in request order
    std::vector<EdgeRoute> edges;             // in request order
    QRectF bounds;                            // every node and edge
    LayoutEngine engine = LayoutEngine::Fast; // the engine that placed them
    QString error;                            // empty on success; then nodes and edges are empty
    QStringList warnings;                     // from Graphviz, and why an engine was replaced
    double seconds = 0;                       // time spent placing

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
    [[nodiscard]] int indexOf(int id) const;
};

// Places the request's nodes and routes its edges. Graphviz engines run serialized (one
// at a time in the process); Fast runs anywhere. Safe to call from a worker thread.
[[nodiscard]] LayoutResult computeLayout(const LayoutRequest &request);

// Nodes plus the levels crossed by edges spanning more than one (with ranks), or nodes plus
// edges (without): what dot's time grows with.
[[nodiscard]] long dotWork(const LayoutRequest &request);

// The fast layered placement alone (what Dot and Layered fall back to above the limits).
[[nodiscard]] LayoutResult fastLayeredLayout(const LayoutRequest &request);

} // namespace headroom
