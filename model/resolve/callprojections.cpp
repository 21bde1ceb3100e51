// Pictures made of a call graph: its classes and their uses, and the calls around one
// module (see callgraph.h).

#include "callgraph.h"

#include <algorithm>

namespace headroom {

CallGraph projectToClasses(const CallGraph &graph)
{
    CallGraph out;
    std::vector<int> mapped(graph.nodes.size(), -1);
    auto map = [&](int n) {
        if (mapped[std::size_t(n)] < 0) {
            mapped[std::size_t(n)] = int(out.nodes.size());
            out.nodes.push_back(graph.node(n));
        }
        return mapped[std::size_t(n)];
    };
    for (int n = 0; n < int(graph.nodes.size()); ++n) {
        if (graph.node(n).kind == CallNodeKind::Class)
            map(n);
    }
    std::deque<CallEdgeSite> found;
    auto add = [&](int from, int to, CallEdgeKind kind, const CallEdge &e) {
        for (const CallSite &site : graph.sitesOf(e))
            found.push_back(CallEdgeSite{from, to, kind, site});
    };
    for (const CallEdge &e : graph.edges) {
        if (e.kind == CallEdgeKind::Inherit) {
            add(map(e.caller), map(e.callee), e.kind, e);
            continue;
        }
        const int from = graph.classOf(e.caller);
        const int to = graph.classOf(e.callee);
        if (from >= 0 && to >= 0 && from != to)
            add(map(from), map(to), CallEdgeKind::Uses, e);
    }
    for (CallNode &n : out.nodes) {
        if (n.parent >= 0)
            n.parent = mapped[std::size_t(n.parent)]; // the enclosing class, when shown
    }
    out.setEdges(std::move(found));
    out.buildIndex();
    return out;
}

ImportGraph callNeighbourhood(const Analysis &analysis, const CallGraph &full, int moduleNode,
                              bool classLevel)
{
    const CallGraph classes = classLevel ? projectToClasses(full) : CallGraph{};
    const CallGraph &graph = classLevel ? classes : full;
    ImportGraph out;
    if (moduleNode < 0 || moduleNode >= analysis.graph.nodeCount())
        return out;
    auto inProject = [&](int n) {
        const CallNodeKind k = graph.node(n).kind;
        return k != CallNodeKind::External && k != CallNodeKind::Builtin &&
               (!classLevel || k == CallNodeKind::Class) &&
               (classLevel || k != CallNodeKind::Class);
    };
    auto inModule = [&](int n) { return graph.node(n).module == moduleNode && inProject(n); };
    QHash<int, int> ids;
    auto idOf = [&](int n) {
        const auto it = ids.constFind(n);
        if (it != ids.cend())
            return it.value();
        const CallNode &c = graph.node(n);
        Node node;
        node.name = c.qualifiedName;
        node.kind = NodeKind::Module;
        node.file = c.file;
        const int id = out.addNode(std::move(node));
        ids.insert(n, id);
        return id;
    };
    for (int n = 0; n < int(graph.nodes.size()); ++n) {
        if (inModule(n))
            idOf(n);
    }
    for (const CallEdge &e : graph.edges) {
        if (!inProject(e.caller) || !inProject(e.callee) || e.caller == e.callee)
            continue;
        if (!inModule(e.caller) && !inModule(e.callee))
            continue;
        const int s = idOf(e.caller);
        const int t = idOf(e.callee);
        for (const CallSite &site : graph.sitesOf(e))
            out.addSite(s, t, ImportSite{site.file, site.line, ImportKind::Runtime});
    }
    out.finish();
    return out;
}

} // namespace headroom
