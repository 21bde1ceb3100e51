#include "structure.h"

#include "cycles.h"

#include <QHash>

#include <algorithm>
#include <deque>

namespace headroom {

namespace {

struct Slot
{
    int container = -1;
    int member = -1;
};

std::vector<std::vector<int>> internalChildren(const ImportGraph &graph)
{
    std::vector<std::vector<int>> children(std::size_t(graph.nodeCount()));
    for (int v = 0; v < graph.nodeCount(); ++v) {
        const int p = graph.node(v).parent;
        if (graph.isInternal(v) && p >= 0 && graph.isInternal(p))
            children[std::size_t(p)].push_back(v);
    }
    for (auto &c : children) {
        std::sort(c.begin(), c.end(),
                  [&](int a, int b) { return graph.node(a).name < graph.node(b).name; });
    }
    return children;
}

// An import between two internal nodes: what gives an opened package a box of its own.
std::vector<char> hasInternalImport(const ImportGraph &graph)
{
    std::vector<char> has(std::size_t(graph.nodeCount()), 0);
    for (const Edge &e : graph.edges()) {
        if (e.source != e.target && graph.isInternal(e.source) && graph.isInternal(e.target)) {
            has[std::size_t(e.source)] = 1;
            has[std::size_t(e.target)] = 1;
        }
    }
    return has;
}

// The slots from the root container down to the box of `node`.
std::vector<Slot> pathTo(const StructureMap &map, const std::vector<int> &parentMember, int node)
{
    std::vector<Slot> path;
    Slot s{map.boxContainer[std::size_t(node)], map.boxMember[std::size_t(node)]};
    while (s.container >= 0) {
        path.push_back(s);
        const int c = s.container;
        s = {map.containers[std::size_t(c)].parent, parentMember[std::size_t(c)]};
    }
    std::reverse(path.begin(), path.end());
    return path;
}

quint64 pairKey(int a, int b)
{
    return (quint64(quint32(a)) << 32) | quint32(b);
}

// Layers, cycles, cuts and the transitive reduction of one container's member graph.
void measureContainer(StructureContainer &c, const ImportGraph &members, ImportKindSet counted)
{
    CycleOptions options;
    options.kinds = counted;
    options.detail = CycleDetail::Quick;
    const Layering layering = computeLayering(members, options);
    const std::size_t n = c.members.size();
    std::vector<char> cut(std::size_t(members.edgeCount()), 0);
    for (const int e : layering.upwardEdges)
        cut[std::size_t(e)] = 1;
    c.cycles = int(layering.cycles.size());
    for (std::size_t m = 0; m < n; ++m)
        c.members[m].cycle = layering.cycleOf[m];

    // The uncut counted imports form a DAG: layer from the sinks up.
    std::vector<std::vector<int>> in(n);
    std::vector<int> pending(n, 0);
    for (int e = 0; e < members.edgeCount(); ++e) {
        const Edge &edge = members.edge(e);
        if (!cut[std::size_t(e)] && edge.source != edge.target &&
            countedWeight(edge, counted) > 0) {
            ++pending[std::size_t(edge.source)];
            in[std::size_t(edge.target)].push_back(edge.source);
        }
    }
    std::deque<int> ready;
    for (std::size_t v = 0; v < n; ++v) {
        if (pending[v] == 0)
            ready.push_back(int(v));
    }
    c.layers = n > 0 ? 1 : 0;
    while (!ready.empty()) {
        const int w = ready.front();
        ready.pop_front();
        const int layer = c.members[std::size_t(w)].layer;
        c.layers = std::max(c.layers, layer + 1);
        for (const int v : in[std::size_t(w)]) {
            StructureMember &m = c.members[std::size_t(v)];
            m.layer = std::max(m.layer, layer + 1);
            if (--pending[std::size_t(v)] == 0)
                ready.push_back(v);
        }
    }
    const std::vector<char> implied = impliedEdges(members, layering.upwardEdges, counted);
    for (int e = 0; e < members.edgeCount(); ++e) {
        const Edge &edge = members.edge(e);
        StructureEdge &se = c.edges[std::size_t(e)];
        se.cut = cut[std::size_t(e)] != 0;
        se.inCycle = layering.cycleOf[std::size_t(edge.source)] >= 0 &&
                     layering.cycleOf[std::size_t(edge.source)] ==
                         layering.cycleOf[std::size_t(edge.target)];
        se.implied = implied[std::size_t(e)] != 0;
    }
}

} // namespace

std::vector<char> impliedEdges(const ImportGraph &graph, const std::vector<int> &cut,
                               ImportKindSet counted)
{
    const std::size_t n = std::size_t(graph.nodeCount());
    std::vector<char> isCut(std::size_t(graph.edgeCount()), 0);
    for (const int e : cut) {
        if (e >= 0 && e < graph.edgeCount())
            isCut[std::size_t(e)] = 1;
    }
    std::vector<std::vector<int>> out(n);
    std::vector<std::vector<int>> in(n);
    for (int e = 0; e < graph.edgeCount(); ++e) {
        const Edge &edge = graph.edge(e);
        if (!isCut[std::size_t(e)] && edge.source != edge.target && graph.isInternal(edge.source) &&
            graph.isInternal(edge.target) && countedWeight(edge, counted) > 0) {
            out[std::size_t(edge.source)].push_back(edge.target);
            in[std::size_t(edge.target)].push_back(edge.source);
        }
    }
    // What each node reaches, from the sinks up (a node is done when all it imports is).
    const std::size_t words = (n + 63) / 64;
    std::vector<std::vector<quint64>> reach(n, std::vector<quint64>(words, 0));
    std::vector<int> pending(n);
    std::deque<int> ready;
    for (std::size_t v = 0; v < n; ++v) {
        pending[v] = int(out[v].size());
        if (pending[v] == 0)
            ready.push_back(int(v));
    }
    while (!ready.empty()) {
        const int w = ready.front();
        ready.pop_front();
        for (const int u : out[std::size_t(w)]) {
            reach[std::size_t(w)][std::size_t(u) / 64] |= quint64(1) << (u % 64);
            for (std::size_t k = 0; k < words; ++k)
                reach[std::size_t(w)][k] |= reach[std::size_t(u)][k];
        }
        for (const int v : in[std::size_t(w)]) {
            if (--pending[std::size_t(v)] == 0)
                ready.push_back(v);
        }
    }
    const auto reaches = [&](int from, int to) {
        return (reach[std::size_t(from)][std::size_t(to) / 64] >> (to % 64)) & 1U;
    };
    std::vector<char> implied(std::size_t(graph.edgeCount()), 0);
    for (int e = 0; e < graph.edgeCount(); ++e) {
        const Edge &edge = graph.edge(e);
        if (isCut[std::size_t(e)] || edge.source == edge.target || !graph.isInternal(edge.source) ||
            !graph.isInternal(edge.target))
            continue;
        if (countedWeight(edge, counted) == 0) {
            implied[std::size_t(e)] = reaches(edge.source, edge.target) ? 1 : 0;
            continue;
        }
        for (const int u : out[std::size_t(edge.source)]) {
            if (u != edge.target && reaches(u, edge.target)) {
                implied[std::size_t(e)] = 1;
                break;
            }
        }
    }
    return implied;
}

int StructureMap::boxCount() const
{
    return int(
        std::count_if(boxContainer.begin(), boxContainer.end(), [](int c) { return c >= 0; }));
}

StructureMap buildStructure(const ImportGraph &picture, ImportKindSet counted)
{
    StructureMap map;
    const std::size_t nodes = std::size_t(picture.nodeCount());
    map.boxContainer.assign(nodes, -1);
    map.boxMember.assign(nodes, -1);
    const std::vector<std::vector<int>> children = internalChildren(picture);
    const std::vector<char> imports = hasInternalImport(picture);
    std::vector<int> parentMember; // per container: its member index in the parent

    // Containers breadth first from the root, so that parents come before children.
    std::vector<int> top;
    for (int v = 0; v < picture.nodeCount(); ++v) {
        const int p = picture.node(v).parent;
        if (picture.isInternal(v) && (p < 0 || !picture.isInternal(p)))
            top.push_back(v);
    }
    std::sort(top.begin(), top.end(),
              [&](int a, int b) { return picture.node(a).name < picture.node(b).name; });
    map.containers.push_back({});
    parentMember.push_back(-1);
    std::vector<std::vector<int>> memberNodes{top};
    for (std::size_t c = 0; c < map.containers.size(); ++c) {
        const int own = map.containers[c].node;
        std::vector<int> list;
        if (own >= 0 && imports[std::size_t(own)])
            list.push_back(own);
        list.insert(list.end(), memberNodes[c].begin(), memberNodes[c].end());
        for (const int v : list) {
            StructureMember m;
            m.node = v;
            const int index = int(map.containers[c].members.size());
            if (v != own && !children[std::size_t(v)].empty()) {
                m.container = int(map.containers.size());
                StructureContainer sub;
                sub.node = v;
                sub.parent = int(c);
                map.containers.push_back(std::move(sub));
                parentMember.push_back(index);
                memberNodes.push_back(children[std::size_t(v)]);
            } else {
                map.boxContainer[std::size_t(v)] = int(c);
                map.boxMember[std::size_t(v)] = index;
            }
            map.containers[c].members.push_back(m);
        }
    }

    // Each import goes to the innermost container holding both ends.
    std::vector<ImportGraph> memberGraphs(map.containers.size());
    std::vector<QHash<quint64, std::vector<int>>> behind(map.containers.size());
    for (std::size_t c = 0; c < map.containers.size(); ++c) {
        for (const StructureMember &m : map.containers[c].members) {
            Node n;
            n.name = picture.node(m.node).name;
            memberGraphs[c].addNode(std::move(n));
        }
    }
    for (int e = 0; e < picture.edgeCount(); ++e) {
        const Edge &edge = picture.edge(e);
        if (edge.source == edge.target || map.boxContainer[std::size_t(edge.source)] < 0 ||
            map.boxContainer[std::size_t(edge.target)] < 0)
            continue;
        const std::vector<Slot> from = pathTo(map, parentMember, edge.source);
        const std::vector<Slot> to = pathTo(map, parentMember, edge.target);
        std::size_t i = 0;
        while (i + 1 < from.size() && i + 1 < to.size() && from[i].member == to[i].member)
            ++i;
        const Slot a = from[i];
        const Slot b = to[i];
        if (a.container != b.container || a.member == b.member)
            continue; // cannot happen: distinct boxes part in one container
        for (const ImportSite &site : edge.sites)
            memberGraphs[std::size_t(a.container)].addSite(a.member, b.member, site);
        behind[std::size_t(a.container)][pairKey(a.member, b.member)].push_back(e);
    }
    for (std::size_t c = 0; c < map.containers.size(); ++c) {
        ImportGraph &g = memberGraphs[c];
        g.finish();
        StructureContainer &container = map.containers[c];
        for (const Edge &edge : g.edges()) {
            StructureEdge se;
            se.from = edge.source;
            se.to = edge.target;
            se.sites = edge.weight();
            se.kinds = edge.kinds;
            se.graphEdges = behind[c].value(pairKey(edge.source, edge.target));
            container.edges.push_back(std::move(se));
        }
        measureContainer(container, g, counted);
        std::sort(container.edges.begin(), container.edges.end(),
                  [](const StructureEdge &x, const StructureEdge &y) {
                      return std::pair(x.from, x.to) < std::pair(y.from, y.to);
                  });
    }
    return map;
}

bool isVendored(const QString &name)
{
    // The names pip (`pip._vendor`), setuptools (`_vendor`, `extern`), botocore
    // (`vendored`) and many others give the copies of other projects they ship.
    static const QStringList vendoring{
        QStringLiteral("_vendor"),     QStringLiteral("vendor"),
        QStringLiteral("_vendored"),   QStringLiteral("vendored"),
        QStringLiteral("extern"),      QStringLiteral("_extern"),
        QStringLiteral("third_party"), QStringLiteral("_third_party"),
        QStringLiteral("thirdparty")};
    for (const QStringView part : QStringView(name).split(u'.')) {
        if (vendoring.contains(part))
            return true;
    }
    return false;
}

QStringList fittingOpenPackages(const ImportGraph &moduleGraph, int maxBoxes, QStringList opened,
                                const QStringList &preferred)
{
    const std::vector<std::vector<int>> children = internalChildren(moduleGraph);
    const std::vector<char> imports = hasInternalImport(moduleGraph);
    std::vector<int> files(std::size_t(moduleGraph.nodeCount()), 0);
    std::vector<int> visible;
    for (int v = 0; v < moduleGraph.nodeCount(); ++v) {
        if (!moduleGraph.isInternal(v))
            continue;
        const int p = moduleGraph.node(v).parent;
        if (p < 0 || !moduleGraph.isInternal(p))
            visible.push_back(v);
        if (moduleGraph.node(v).file < 0)
            continue;
        for (int a = v; a >= 0; a = moduleGraph.node(a).parent)
            ++files[std::size_t(a)];
    }
    std::vector<char> vendored(std::size_t(moduleGraph.nodeCount()), 0);
    for (int v = 0; v < moduleGraph.nodeCount(); ++v) {
        if (moduleGraph.isInternal(v) && !children[std::size_t(v)].empty())
            vendored[std::size_t(v)] = isVendored(moduleGraph.node(v).name);
    }
    QStringList open;
    int boxes = int(visible.size());
    const auto openPackage = [&](int v) {
        boxes += int(children[std::size_t(v)].size()) + imports[std::size_t(v)] - 1;
        open << moduleGraph.node(v).name;
        visible.erase(std::find(visible.begin(), visible.end(), v));
        visible.insert(visible.end(), children[std::size_t(v)].begin(),
                       children[std::size_t(v)].end());
    };
    // Asked for: with the packages above them, outermost first ("a" sorts before "a.b").
    for (int i = 0; i < opened.size(); ++i) {
        const int dot = opened[i].lastIndexOf(QLatin1Char('.'));
        if (dot > 0 && !opened.contains(opened[i].left(dot)))
            opened << opened[i].left(dot);
    }
    opened.sort();
    opened.removeDuplicates();
    for (const QString &name : std::as_const(opened)) {
        const int v = moduleGraph.find(name);
        if (v >= 0 && std::find(visible.begin(), visible.end(), v) != visible.end() &&
            !children[std::size_t(v)].empty())
            openPackage(v);
    }
    // The preferred packages' places in their list, by node; the others come after them.
    QHash<int, int> ranks;
    for (int i = 0; i < preferred.size(); ++i) {
        const int v = moduleGraph.find(preferred[i]);
        if (v >= 0 && !ranks.contains(v))
            ranks.insert(v, i);
    }
    const auto rank = [&](int v) { return ranks.value(v, int(preferred.size())); };
    const auto isPreferred = [&](int v) { return ranks.contains(v); };
    for (;;) {
        std::vector<int> candidates;
        // Opening a package of a few modules shows little: while the picture is well filled
        // only big enough ones are opened.
        const bool sparse = boxes < (MinFittingBoxes + maxBoxes) / 2;
        for (const int v : visible) {
            if (!children[std::size_t(v)].empty() &&
                (sparse || files[std::size_t(v)] >= MinFittingBoxes || isPreferred(v)))
                candidates.push_back(v);
        }
        std::sort(candidates.begin(), candidates.end(), [&](int a, int b) {
            if (rank(a) != rank(b))
                return rank(a) < rank(b);
            if (const bool va = vendored[std::size_t(a)]; va != vendored[std::size_t(b)])
                return !va; // the project's own code first

            if (files[std::size_t(a)] != files[std::size_t(b)])
                return files[std::size_t(a)] > files[std::size_t(b)];
            return moduleGraph.node(a).name < moduleGraph.node(b).name;
        });
        int chosen = -1;
        for (const int v : candidates) {
            const int added = int(children[std::size_t(v)].size()) + imports[std::size_t(v)] - 1;
            if (boxes == 1 || boxes + added <= maxBoxes) {
                chosen = v;
                break;
            }
        }
        if (chosen < 0)
            break;
        openPackage(chosen);
    }
    open.sort();
    return open;
}

} // namespace headroom
