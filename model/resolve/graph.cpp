#include "graph.h"

#include <QSet>

#include <algorithm>
#include <numeric>
#include <ranges>
#include <utility>

namespace headroom {

namespace {
quint64 edgeKey(int source, int target)
{
    return (quint64(quint32(source)) << 32) | quint32(target);
}
} // namespace

int nameDepth(const QString &dotted)
{
    return dotted.isEmpty() ? 0 : int(dotted.count(QLatin1Char('.'))) + 1;
}

bool isWithin(const QString &name, const QString &package)
{
    return name.size() == package.size()
               ? name == package
               : name.size() > package.size() && name.startsWith(package) &&
                     name.at(package.size()) == QLatin1Char('.');
}

int holderIn(const ImportGraph &graph, QString name)
{
    int id = graph.find(name);
    while (id < 0 && name.contains(QLatin1Char('.'))) {
        name.truncate(name.lastIndexOf(QLatin1Char('.')));
        id = graph.find(name);
    }
    return id;
}

int ImportGraph::addNode(Node node)
{
    const int id = int(m_nodes.size());
    m_index.insert(node.name, id);
    m_nodes.push_back(std::move(node));
    return id;
}

int ImportGraph::findEdge(int source, int target) const
{
    const std::span<const int> byTarget = adjacent(m_outStart, m_outByTarget, source);
    const auto it =
        std::lower_bound(byTarget.begin(), byTarget.end(), target,
                         [this](int e, int t) { return m_edges[std::size_t(e)].target < t; });
    return it != byTarget.end() && m_edges[std::size_t(*it)].target == target ? *it : -1;
}

void ImportGraph::reopen()
{
    m_edgeIndex.reserve(qsizetype(m_edges.size()));
    m_building.clear();
    m_building.reserve(m_edges.size());
    for (int i = 0; i < int(m_edges.size()); ++i) {
        const Edge &edge = m_edges[std::size_t(i)];
        m_edgeIndex.insert(edgeKey(edge.source, edge.target), i);
        m_building.emplace_back(edge.sites.begin(), edge.sites.end());
    }
}

void ImportGraph::addSite(int source, int target, ImportSite site)
{
    Q_ASSERT(source >= 0 && target >= 0);
    if (m_edgeIndex.isEmpty() && !m_edges.empty()) // more sites for a finished graph
        reopen();
    const quint64 key = edgeKey(source, target);
    auto it = m_edgeIndex.find(key);
    int e;
    if (it == m_edgeIndex.end()) {
        e = int(m_edges.size());
        m_edges.push_back(Edge{source, target, 0, {}});
        m_building.emplace_back();
        m_edgeIndex.insert(key, e);
    } else {
        e = it.value();
    }
    m_edges[std::size_t(e)].kinds |= kindBit(site.kind);
    m_building[std::size_t(e)].push_back(site);
}

namespace {

// Packs the sites of `sitesOf(e)` that `keep` keeps, for each edge, into one block in edge
// order, and points each edge at its own: counted first, so that the block never moves while
// it is filled.
template <typename SitesOf, typename Keep>
std::shared_ptr<const std::vector<ImportSite>> packed(std::vector<Edge> &edges,
                                                      const SitesOf &sitesOf, const Keep &keep)
{
    std::size_t total = 0;
    for (std::size_t e = 0; e < edges.size(); ++e) {
        const auto &sites = sitesOf(e);
        total += std::size_t(std::count_if(sites.begin(), sites.end(), keep));
    }
    auto block = std::make_shared<std::vector<ImportSite>>();
    block->reserve(total);
    for (std::size_t e = 0; e < edges.size(); ++e) {
        const auto &sites = sitesOf(e);
        const std::size_t at = block->size();
        std::copy_if(sites.begin(), sites.end(), std::back_inserter(*block), keep);
        edges[e].sites = std::span<const ImportSite>(block->data() + at, block->size() - at);
    }
    return block;
}

} // namespace

void ImportGraph::packSites()
{
    for (std::vector<ImportSite> &sites : m_building) {
        std::sort(sites.begin(), sites.end(), [](const ImportSite &a, const ImportSite &b) {
            return std::tie(a.file, a.line, a.kind) < std::tie(b.file, b.line, b.kind);
        });
        sites.erase(std::unique(sites.begin(), sites.end()), sites.end());
    }
    m_sites = packed(
        m_edges, [this](std::size_t e) -> const std::vector<ImportSite> & { return m_building[e]; },
        [](const ImportSite &) { return true; });
    std::vector<std::vector<ImportSite>>().swap(m_building);
}

void ImportGraph::keepEdges(const std::vector<Edge> &from,
                            const std::shared_ptr<const std::vector<ImportSite>> &sites,
                            ImportKindSet keep, const std::vector<char> &drop)
{
    m_edges.clear();
    m_edges.reserve(from.size());
    bool narrowed = false; // some sites go: the kept ones need a block of their own
    for (std::size_t e = 0; e < from.size(); ++e) {
        const Edge &edge = from[e];
        if ((e < drop.size() && drop[e]) || (edge.kinds & keep) == 0 || edge.sites.empty())
            continue;
        narrowed = narrowed || (edge.kinds & ~keep) != 0;
        m_edges.push_back(edge);
    }
    m_sites = sites;
    if (narrowed) {
        m_sites = packed(
            m_edges, [this](std::size_t e) { return m_edges[e].sites; },
            [keep](const ImportSite &s) { return (keep & kindBit(s.kind)) != 0; });
        for (Edge &edge : m_edges) {
            edge.kinds = 0;
            for (const ImportSite &s : edge.sites)
                edge.kinds |= kindBit(s.kind);
        }
    }
    std::vector<std::vector<ImportSite>>().swap(m_building);
}

void ImportGraph::finish()
{
    for (Node &n : m_nodes)
        n.children.clear();
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        const int p = m_nodes[std::size_t(i)].parent;
        if (p >= 0)
            m_nodes[std::size_t(p)].children.push_back(i);
    }
    for (Node &n : m_nodes) {
        std::sort(n.children.begin(), n.children.end(), [this](int a, int b) {
            return m_nodes[std::size_t(a)].name < m_nodes[std::size_t(b)].name;
        });
    }
    if (m_building.size() == m_edges.size())
        packSites();
    linkEdges();
}

void ImportGraph::linkEdges()
{
    m_edgeIndex = {};
    const std::size_t n = m_nodes.size();
    const auto rows = [&](auto end, std::vector<int> &start, std::vector<int> &list) {
        start.assign(n + 1, 0);
        for (const Edge &e : m_edges)
            ++start[std::size_t(end(e)) + 1];
        std::partial_sum(start.begin(), start.end(), start.begin());
        list.resize(m_edges.size());
        std::vector<int> next(start.begin(), start.end() - 1);
        for (int i = 0; i < int(m_edges.size()); ++i)
            list[std::size_t(next[std::size_t(end(m_edges[std::size_t(i)]))]++)] = i;
    };
    rows([](const Edge &e) { return e.source; }, m_outStart, m_outList);
    rows([](const Edge &e) { return e.target; }, m_inStart, m_inList);
    // Taking the edges target by target puts each importer's in the order of their targets.
    m_outByTarget.resize(m_edges.size());
    std::vector<int> next(m_outStart.begin(), m_outStart.end() - 1);
    for (const int e : m_inList)
        m_outByTarget[std::size_t(next[std::size_t(m_edges[std::size_t(e)].source)]++)] = e;
}

void ImportGraph::filterEdges(ImportKindSet keep, const std::vector<char> &drop)
{
    const std::vector<Edge> before = std::move(m_edges);
    const std::shared_ptr<const std::vector<ImportSite>> sites = std::move(m_sites);
    keepEdges(before, sites, keep, drop);
    linkEdges();
}

ImportGraph ImportGraph::filtered(ImportKindSet keep, const std::vector<char> &drop) const
{
    ImportGraph out;
    out.m_nodes = m_nodes;
    out.m_index = m_index;
    out.keepEdges(m_edges, m_sites, keep, drop);
    out.linkEdges();
    return out;
}

void ImportGraph::dropEdges()
{
    std::vector<Edge>().swap(m_edges);
    std::vector<std::vector<ImportSite>>().swap(m_building);
    m_sites.reset();
    m_edgeIndex = {};
    for (std::vector<int> *v : {&m_outStart, &m_outList, &m_outByTarget, &m_inStart, &m_inList})
        std::vector<int>().swap(*v); // outEdges()/inEdges() give none
}

void ImportGraph::keepNodesOnly()
{
    dropEdges();
    m_index = {};
    m_nodes.shrink_to_fit();
}

namespace {

// Whether a projection keeps every node as it is (module level with external nodes): the
// same nodes and ids, less the self-imports, as the general way gives them.
bool keepsEveryNode(const ImportGraph &graph, int depth, bool keepExternal,
                    const QSet<QString> &expanded)
{
    return depth == 0 && keepExternal && expanded.isEmpty() &&
           std::all_of(graph.nodes().begin(), graph.nodes().end(), [](const Node &n) {
               return n.origin == Origin::Internal || (n.parent < 0 && n.children.empty());
           });
}

void dropSelfImports(ImportGraph &graph)
{
    std::vector<char> self(std::size_t(graph.edgeCount()), 0);
    bool any = false;
    for (int e = 0; e < graph.edgeCount(); ++e) {
        self[std::size_t(e)] = graph.edge(e).source == graph.edge(e).target;
        any = any || self[std::size_t(e)];
    }
    if (any)
        graph.filterEdges(AllImportKinds, self);
}

} // namespace

ImportGraph projectToDepth(ImportGraph &&graph, int depth, bool keepExternal)
{
    if (!keepsEveryNode(graph, depth, keepExternal, {}))
        return projectToDepth(std::as_const(graph), depth, keepExternal);
    dropSelfImports(graph);
    return std::move(graph);
}

ImportGraph projectToDepth(const ImportGraph &graph, int depth, bool keepExternal,
                           std::vector<int> *mapping, const QSet<QString> &expanded)
{
    if (keepsEveryNode(graph, depth, keepExternal, expanded)) {
        if (mapping) {
            mapping->resize(std::size_t(graph.nodeCount()));
            std::iota(mapping->begin(), mapping->end(), 0);
        }
        return projectToDepth(ImportGraph(graph), depth, keepExternal);
    }
    ImportGraph out;
    std::vector<int> map(std::size_t(graph.nodeCount()), -1);
    // Nodes are visited in order; an ancestor is always created before its members because
    // every member's ancestor at `depth` is looked up (and made) by name.
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const Node &n = graph.node(i);
        if (n.origin != Origin::Internal) {
            if (keepExternal) {
                Node copy = n;
                copy.children.clear();
                copy.parent = -1;
                map[std::size_t(i)] = out.addNode(std::move(copy));
            }
            continue;
        }
        // The highest ancestor at `depth` or deeper that is not expanded holds the node.
        int ancestor = i;
        if (depth > 0) {
            std::vector<int> chain;
            for (int a = i; a >= 0; a = graph.node(a).parent)
                chain.push_back(a);
            for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
                const QString &name = graph.node(*it).name;
                if (nameDepth(name) >= depth && !expanded.contains(name)) {
                    ancestor = *it;
                    break;
                }
            }
        }
        const Node &a = graph.node(ancestor);
        int id = out.find(a.name);
        if (id < 0) {
            Node copy = a;
            copy.children.clear();
            copy.parent = -1;
            if (a.parent >= 0)
                copy.parent = map[std::size_t(a.parent)];
            id = out.addNode(std::move(copy));
        }
        map[std::size_t(i)] = id;
    }
    // A parent mapped after its member (possible when names are not sorted) is linked now.
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const int p = graph.node(i).parent;
        const int id = map[std::size_t(i)];
        if (id >= 0 && p >= 0 && map[std::size_t(p)] != id && out.node(id).parent < 0)
            out.mutableNode(id).parent = map[std::size_t(p)];
    }
    for (const Edge &e : graph.edges()) {
        const int s = map[std::size_t(e.source)];
        const int t = map[std::size_t(e.target)];
        if (s < 0 || t < 0 || s == t)
            continue;
        for (const ImportSite &site : e.sites)
            out.addSite(s, t, site);
    }
    out.finish();
    if (mapping)
        *mapping = std::move(map);
    return out;
}

bool sameNodes(const ImportGraph &a, const ImportGraph &b)
{
    return std::equal(a.nodes().begin(), a.nodes().end(), b.nodes().begin(), b.nodes().end(),
                      [](const Node &x, const Node &y) {
                          return x.kind == y.kind && x.origin == y.origin && x.parent == y.parent &&
                                 x.file == y.file && x.name == y.name;
                      });
}

std::vector<int> shortestImportChain(const ImportGraph &graph, int from, int to)
{
    if (from < 0 || to < 0 || from == to || from >= graph.nodeCount() || to >= graph.nodeCount())
        return {};
    std::vector<int> via(std::size_t(graph.nodeCount()), -1);
    std::vector<int> queue{from};
    via[std::size_t(from)] = -2;
    for (std::size_t head = 0; head < queue.size(); ++head) {
        for (const int e : graph.outEdges(queue[head])) {
            const int t = graph.edge(e).target;
            if (via[std::size_t(t)] != -1)
                continue;
            via[std::size_t(t)] = e;
            if (t == to) {
                std::vector<int> chain;
                for (int n = to; n != from; n = graph.edge(via[std::size_t(n)]).source)
                    chain.insert(chain.begin(), via[std::size_t(n)]);
                return chain;
            }
            queue.push_back(t);
        }
    }
    return {};
}

ImportGraph filteredGraph(const ImportGraph &graph, ImportKindSet keep,
                          const QList<QPair<QString, QString>> &cuts)
{
    std::vector<char> cut(std::size_t(graph.edgeCount()), 0);
    for (const auto &[source, target] : cuts) {
        const int e = graph.findEdge(graph.find(source), graph.find(target));
        if (e >= 0)
            cut[std::size_t(e)] = 1;
    }
    return graph.filtered(keep, cut);
}

} // namespace headroom
