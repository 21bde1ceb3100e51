#include "layout.h"

#include "graphviz.h"

#include <QElapsedTimer>
#include <QLineF>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace headroom {

int LayoutResult::indexOf(int id) const
{
    for (int i = 0; i < int(nodes.size()); ++i) {
        if (nodes[std::size_t(i)].id == id)
            return i;
    }
    return -1;
}

namespace {

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 3);
}

QByteArray inches(double points)
{
    return number(std::max(points, 0.72) / 72.0);
}

// The request's node order for Graphviz: by rank, then by previous x where known, so that
// dot's first ordering (which its crossing minimisation starts from) is the old one.
std::vector<int> inputOrder(const LayoutRequest &request)
{
    std::vector<int> order(request.nodes.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    if (request.previous.isEmpty())
        return order;
    const auto key = [&](int i) {
        const auto it = request.previous.constFind(request.nodes[std::size_t(i)].id);
        return it == request.previous.constEnd() ? std::numeric_limits<double>::infinity()
                                                 : it->x();
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int ra = request.nodes[std::size_t(a)].rank;
        const int rb = request.nodes[std::size_t(b)].rank;
        return ra != rb ? ra > rb : key(a) < key(b);
    });
    return order;
}

// Moves the whole picture so that the nodes that were in the previous one sit, on average,
// where they were: a node added or removed on the left must not shift everything.
void alignToPrevious(LayoutResult &result, const QHash<int, QPointF> &previous)
{
    QPointF shift;
    int common = 0;
    for (const NodePlacement &n : result.nodes) {
        const auto it = previous.constFind(n.id);
        if (it != previous.constEnd()) {
            shift += *it - n.centre;
            ++common;
        }
    }
    if (common == 0)
        return;
    shift /= common;
    for (NodePlacement &n : result.nodes)
        n.centre += shift;
    for (EdgeRoute &e : result.edges) {
        for (QPointF &p : e.points)
            p += shift;
    }
    result.bounds.translate(shift);
}

bool buildGraph(GraphvizGraph &g, const LayoutRequest &request, LayoutEngine engine,
                std::vector<int> &gvNode, QHash<int, int> &byId)
{
    const bool layered = engine == LayoutEngine::Layered;
    if (engine == LayoutEngine::Sfdp) {
        g.setGraphAttribute("overlap", "prism");
        g.setGraphAttribute("start", "1"); // a fixed seed: the same picture every time
        g.setGraphAttribute("splines", "false");
        g.setGraphAttribute("sep", "+" + number(request.nodeSeparation / 2));
    } else {
        g.setGraphAttribute("nodesep", inches(request.nodeSeparation));
        g.setGraphAttribute("ranksep", inches(request.rankSeparation));
    }
    for (const auto &[name, value] : request.graphAttributes)
        g.setGraphAttribute(name.constData(), value);
    g.setNodeDefault("shape", "box");
    g.setNodeDefault("fixedsize", "true");
    g.setNodeDefault("label", "");
    g.setEdgeDefault("dir", "none");

    gvNode.assign(request.nodes.size(), -1);
    std::vector<int> order;                // Graphviz node -> request node
    std::map<int, std::vector<int>> ranks; // rank -> Graphviz nodes
    for (const int i : inputOrder(request)) {
        const LayoutNode &n = request.nodes[std::size_t(i)];
        if (byId.contains(n.id))
            return false;
        byId.insert(n.id, i);
        const int v = g.addNode("n" + QByteArray::number(n.id));
        gvNode[std::size_t(i)] = v;
        order.push_back(i);
        g.setNodeAttribute(v, "width", inches(n.width));
        g.setNodeAttribute(v, "height", inches(n.height));
        if (layered && n.rank >= 0)
            ranks[n.rank].push_back(v);
        const auto prev = request.previous.constFind(n.id);
        if (engine == LayoutEngine::Sfdp && prev != request.previous.constEnd())
            g.setNodeAttribute(v, "pos", number(prev->x() / 72) + ',' + number(-prev->y() / 72));
    }
    if (layered && !ranks.empty()) {
        // One invisible marker per level, chained from the top level down, forces every
        // level onto its own row even where no edge spans it.
        int below = -1;
        for (int r = ranks.begin()->first; r <= ranks.rbegin()->first; ++r) {
            const int marker = g.addNode("level" + QByteArray::number(r));
            g.setNodeAttribute(marker, "style", "invis");
            g.setNodeAttribute(marker, "width", "0.01");
            g.setNodeAttribute(marker, "height", "0.01");
            std::vector<int> members = ranks[r];
            members.push_back(marker);
            g.addSameRank("rank" + QByteArray::number(r), members);
            if (below >= 0) {
                const int e = g.addEdge(marker, below);
                g.setEdgeAttribute(e, "style", "invis");
            }
            below = marker;
            // Stability: an invisible flat edge from each old node to the next one on its
            // row keeps the old left-to-right order (dot places flat edges left to right).
            std::vector<std::pair<double, int>> old;
            for (const int v : ranks[r]) {
                const auto it = request.previous.constFind(request.nodes[std::size_t(order[v])].id);
                if (it != request.previous.constEnd())
                    old.emplace_back(it->x(), v);
            }
            std::sort(old.begin(), old.end());
            for (std::size_t k = 1; k < old.size(); ++k) {
                const int e = g.addEdge(old[k - 1].second, old[k].second);
                g.setEdgeAttribute(e, "style", "invis"); // weight 0 would not constrain
            }
        }
    }
    for (const LayoutEdge &edge : request.edges) {
        const int s = byId.value(edge.source, -1);
        const int t = byId.value(edge.target, -1);
        if (s < 0 || t < 0)
            return false;
        const int e = g.addEdge(gvNode[std::size_t(s)], gvNode[std::size_t(t)]);
        g.setEdgeAttribute(e, "weight",
                           QByteArray::number(std::max(1, int(std::lround(edge.weight)))));
        // Edges inside a level or against the levels (cycles) must not move the ranks.
        if (layered && request.nodes[std::size_t(s)].rank <= request.nodes[std::size_t(t)].rank)
            g.setEdgeAttribute(e, "constraint", "false");
    }
    return g.ok();
}

LayoutResult graphvizLayout(const LayoutRequest &request, LayoutEngine engine)
{
    LayoutResult result;
    result.engine = engine;
    GraphvizGraph g = GraphvizGraph::open("picture");
    std::vector<int> gvNode;
    QHash<int, int> byId;
    if (!buildGraph(g, request, engine, gvNode, byId)) {
        result.error = g.errors();
        if (result.error.isEmpty())
            result.error = QStringLiteral("duplicate node id or edge to an unknown node");
        return result;
    }
    if (!g.layout(engine == LayoutEngine::Sfdp ? "sfdp" : "dot")) {
        result.error = g.errors();
        result.warnings = g.warnings();
        return result;
    }
    result.warnings = g.warnings();
    // Graphviz's y grows upwards; the scene's grows downwards.
    const QRectF bb = g.boundingBox();
    const auto toScene = [&](QPointF p) { return QPointF(p.x() - bb.left(), bb.bottom() - p.y()); };
    result.bounds = QRectF(0, 0, bb.width(), bb.height());
    for (std::size_t i = 0; i < request.nodes.size(); ++i) {
        const int v = gvNode[i];
        result.nodes.push_back({request.nodes[i].id, toScene(g.nodeCentre(v)), g.nodeSize(v)});
    }
    const int firstEdge = g.edgeCount() - int(request.edges.size());
    for (std::size_t i = 0; i < request.edges.size(); ++i) {
        EdgeRoute route{request.edges[i].source, request.edges[i].target, {}, false};
        for (const QPointF &p : g.edgePoints(firstEdge + int(i)))
            route.points.push_back(toScene(p));
        route.curved = engine != LayoutEngine::Sfdp && route.points.size() >= 4;
        result.edges.push_back(std::move(route));
    }
    // dir=none edges may come back routed from head to tail; keep them source first.
    for (EdgeRoute &e : result.edges) {
        const QPointF c = result.nodes[std::size_t(byId.value(e.source))].centre;
        if (e.points.size() >= 2 &&
            QLineF(c, e.points.back()).length() < QLineF(c, e.points.front()).length())
            std::reverse(e.points.begin(), e.points.end());
    }
    return result;
}

} // namespace

long dotWork(const LayoutRequest &request)
{
    QHash<int, int> rank;
    bool ranked = true;
    for (const LayoutNode &n : request.nodes) {
        rank.insert(n.id, n.rank);
        ranked = ranked && n.rank >= 0;
    }
    long work = long(request.nodes.size());
    if (!ranked)
        return work + long(request.edges.size());
    for (const LayoutEdge &e : request.edges)
        work += std::max(0, std::abs(rank.value(e.source) - rank.value(e.target)) - 1);
    return work;
}

LayoutResult computeLayout(const LayoutRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    LayoutEngine engine = request.engine;
    QStringList notes;
    const long work = dotWork(request);
    if (work > request.dotWorkLimit &&
        (engine == LayoutEngine::Dot || engine == LayoutEngine::Layered)) {
        notes.append(QStringLiteral("%1 nodes and %2 edges (dot work %3) are past dot's limit "
                                    "(%4): placed by the fast layered layout")
                         .arg(request.nodes.size())
                         .arg(request.edges.size())
                         .arg(work)
                         .arg(request.dotWorkLimit));
        engine = LayoutEngine::Fast;
    }
    LayoutResult result =
        engine == LayoutEngine::Fast ? fastLayeredLayout(request) : graphvizLayout(request, engine);
    if (result.ok() && engine != LayoutEngine::Fast && !request.previous.isEmpty())
        alignToPrevious(result, request.previous);
    result.warnings = notes + result.warnings;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace headroom
