#pragma once

#include <QByteArray>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace headroom {

// Graphviz behind one door. Graphviz keeps global state (error callback, plugin tables,
// layout scratch memory) and is not thread-safe, so a GraphvizGraph holds one global lock
// from open() until it is destroyed: all Graphviz work in the process is serialized
// through it. Keep at most one alive per thread (a second one on the same thread would
// wait for itself). Callers never see cgraph or gvc types.
//
// Move-only owner of a context, a graph and its layout; the layout is freed before the
// graph and the graph before the context. Every Graphviz return code is checked: a failed
// call records what went wrong in errors() and returns false (or -1); once a call has
// failed, layout() refuses to run.
class GraphvizGraph
{
public:
    // An empty directed graph, or the graph parsed from DOT text.
    [[nodiscard]] static GraphvizGraph open(const QByteArray &name = "g");
    [[nodiscard]] static GraphvizGraph read(const QByteArray &dot);

    GraphvizGraph(GraphvizGraph &&other) noexcept;
    GraphvizGraph &operator=(GraphvizGraph &&other) noexcept;
    GraphvizGraph(const GraphvizGraph &) = delete;
    GraphvizGraph &operator=(const GraphvizGraph &) = delete;
    ~GraphvizGraph();

    // False once any call failed (the graph may still exist; errors() says what failed).
    [[nodiscard]] bool ok() const;
    [[nodiscard]] QString errors() const;       // errors, one per line
    [[nodiscard]] QStringList warnings() const; // Graphviz's warnings, e.g. bad attribute values

    bool setGraphAttribute(const char *name, const QByteArray &value);
    bool setNodeDefault(const char *name, const QByteArray &value);
    bool setEdgeDefault(const char *name, const QByteArray &value);

    // Nodes and edges are numbered in the order they were added; -1 on failure.
    int addNode(const QByteArray &name);
    int addEdge(int source, int target);
    bool setNodeAttribute(int node, const char *name, const QByteArray &value);
    bool setEdgeAttribute(int edge, const char *name, const QByteArray &value);
    // A subgraph with rank=same holding `nodes`.
    bool addSameRank(const QByteArray &name, const std::vector<int> &nodes);
    [[nodiscard]] int nodeCount() const;
    [[nodiscard]] int edgeCount() const;

    // Runs `engine` ("dot", "sfdp", ...). Fails on an empty graph, an unknown engine or a
    // layout error.
    bool layout(const char *engine);

    // After layout(), in Graphviz coordinates: points, y growing upwards.
    [[nodiscard]] QRectF boundingBox() const;
    [[nodiscard]] QPointF nodeCentre(int node) const;
    [[nodiscard]] QSizeF nodeSize(int node) const;
    // Cubic Bézier control points (1 + 3k of them) of the edge's first spline, or its end
    // points when the engine routed none.
    [[nodiscard]] std::vector<QPointF> edgePoints(int edge) const;

    // Renders the laid out graph as `format` ("svg", "plain", ...); empty on failure.
    [[nodiscard]] QByteArray render(const char *format);

private:
    struct Private;
    explicit GraphvizGraph(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

struct GraphvizResult
{
    QByteArray output; // empty on failure
    QString error;     // what Graphviz reported when it failed
};

// Lays out DOT text with `engine` ("dot", "sfdp", ...) and renders it as `format` ("svg",
// "plain", "png").
[[nodiscard]] GraphvizResult renderDot(const QByteArray &dot, const char *engine = "dot",
                                       const char *format = "svg");

} // namespace headroom
