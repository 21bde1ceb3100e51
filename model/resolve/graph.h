#pragma once

#include "enumkeys.h"
#include "facts.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace headroom {

enum class NodeKind : std::uint8_t
{
    Package,   // a regular package (has __init__.py); also a module in its own right
    Namespace, // a PEP 420 namespace package (a folder without __init__.py)
    Module,    // a .py / .pyi file
    External,  // a top-level name outside the project (stdlib or third party)
};

constexpr std::array<EnumKey<NodeKind>, 4> keyTable(NodeKind)
{
    return {{{NodeKind::Package, "package"},
             {NodeKind::Namespace, "namespace"},
             {NodeKind::Module, "module"},
             {NodeKind::External, "external"}}};
}
static_assert(keyTableIsComplete<NodeKind>(4));

enum class Origin : std::uint8_t
{
    Internal,
    Stdlib,
    ThirdParty
};
constexpr std::array<EnumKey<Origin>, 3> keyTable(Origin)
{
    return {{{Origin::Internal, "internal"},
             {Origin::Stdlib, "stdlib"},
             {Origin::ThirdParty, "third-party"}}};
}
static_assert(keyTableIsComplete<Origin>(3));

// A set of import kinds, one bit per ImportKind.
using ImportKindSet = std::uint8_t;
[[nodiscard]] constexpr ImportKindSet kindBit(ImportKind k)
{
    return ImportKindSet(1u << unsigned(k));
}
inline constexpr ImportKindSet AllImportKinds = 0x0f;
// The default for cycles and levels: everything but type-checking-only imports.
inline constexpr ImportKindSet RuntimeImportKinds =
    AllImportKinds & ~kindBit(ImportKind::TypeChecking);

struct Node
{
    QString name; // dotted name
    NodeKind kind = NodeKind::Module;
    Origin origin = Origin::Internal;
    int parent = -1;           // enclosing package node, -1 at the top
    int file = -1;             // index into the scanned files, -1 when the node has no file
    std::vector<int> children; // direct members (packages and modules), sorted by name
};

struct ImportSite
{
    int file = -1; // index into the scanned files
    int line = 0;
    ImportKind kind = ImportKind::Runtime;

    friend bool operator==(const ImportSite &, const ImportSite &) = default;
};

struct Edge
{
    int source = -1;
    int target = -1;
    ImportKindSet kinds = 0; // union of its sites' kinds
    // Sorted by file, line. Held by the graph the edge belongs to, in one block shared by the
    // graph's copies and filtered copies: an edge is read through its graph, never kept
    // after it.
    std::span<const ImportSite> sites;

    [[nodiscard]] int weight() const { return int(sites.size()); }
    [[nodiscard]] bool has(ImportKindSet mask) const { return (kinds & mask) != 0; }
};

// The module import graph: nodes for modules, packages, namespace packages and external
// top-level names; one edge per (importer, imported) pair with all its sites.
class ImportGraph
{
public:
    [[nodiscard]] const std::vector<Node> &nodes() const { return m_nodes; }
    [[nodiscard]] const std::vector<Edge> &edges() const { return m_edges; }
    [[nodiscard]] const Node &node(int i) const { return m_nodes[std::size_t(i)]; }
    [[nodiscard]] const Edge &edge(int i) const { return m_edges[std::size_t(i)]; }
    [[nodiscard]] int nodeCount() const { return int(m_nodes.size()); }
    [[nodiscard]] int edgeCount() const { return int(m_edges.size()); }

    [[nodiscard]] int find(const QString &name) const { return m_index.value(name, -1); }
    [[nodiscard]] int findEdge(int source, int target) const;
    // Edge ids by importer and by imported, ascending. (None once the edges are dropped.)
    [[nodiscard]] std::span<const int> outEdges(int node) const
    {
        return adjacent(m_outStart, m_outList, node);
    }
    [[nodiscard]] std::span<const int> inEdges(int node) const
    {
        return adjacent(m_inStart, m_inList, node);
    }
    [[nodiscard]] bool isInternal(int node) const
    {
        return m_nodes[std::size_t(node)].origin == Origin::Internal;
    }

    // Building (used by the resolver and by projections).
    int addNode(Node node);
    Node &mutableNode(int i) { return m_nodes[std::size_t(i)]; }
    void addSite(int source, int target, ImportSite site);
    void finish(); // sorts sites and children, builds adjacency; call once after building
    // Of a finished graph: keeps the sites whose kind is in `keep` on every edge that `drop`
    // (by edge id) does not mark, then the edges left with a site, in their order. Nodes and
    // their ids stay; edge ids close up.
    void filterEdges(ImportKindSet keep, const std::vector<char> &drop);
    // The same as a copy filtered so, without copying what is dropped.
    [[nodiscard]] ImportGraph filtered(ImportKindSet keep, const std::vector<char> &drop) const;
    // Forgets every edge and its sites, keeping the nodes: a projection measured already and
    // kept for its nodes alone.
    void dropEdges();
    // dropEdges(), and forgets the lookup by name too: nodes and their members alone, in no
    // more room than they take.
    void keepNodesOnly();

private:
    static std::span<const int> adjacent(const std::vector<int> &start,
                                         const std::vector<int> &list, int node)
    {
        if (std::size_t(node) + 1 >= start.size())
            return {};
        return {list.data() + start[std::size_t(node)],
                std::size_t(start[std::size_t(node) + 1] - start[std::size_t(node)])};
    }
    // The adjacency of the edges as they are (compressed rows: node v's edges are
    // list[start[v]] .. list[start[v + 1]]), and m_outByTarget, each node's out-edges in the
    // order of their targets (findEdge's binary search). The pair index serves building alone:
    // finish() lets it go.
    void linkEdges();
    // Building: every edge's sites in a list of its own (m_building, by edge id) until
    // finish() packs them into m_sites, sorted, each site once.
    void reopen();
    void packSites();
    // The edges of `from` that `drop` leaves, with the sites whose kind is in `keep`, into
    // this graph's m_edges and m_sites (`from`'s block where no site goes).
    void keepEdges(const std::vector<Edge> &from,
                   const std::shared_ptr<const std::vector<ImportSite>> &sites, ImportKindSet keep,
                   const std::vector<char> &drop);
    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    std::vector<std::vector<ImportSite>> m_building;
    std::shared_ptr<const std::vector<ImportSite>> m_sites;
    QHash<QString, int> m_index;
    QHash<quint64, int> m_edgeIndex;
    std::vector<int> m_outStart, m_outList, m_outByTarget;
    std::vector<int> m_inStart, m_inList;
};

// The graph seen at package granularity: every internal node deeper than `depth` dotted
// components is merged into its ancestor with `depth` components; edges are summed (sites
// concatenated, kinds OR-ed) and edges inside one merged node are dropped. External nodes
// are kept or dropped as asked. `mapping` receives, per original node, its projected node.
// Packages named in `expanded` are opened one level: their members are shown instead.
[[nodiscard]] ImportGraph projectToDepth(const ImportGraph &graph, int depth, bool keepExternal,
                                         std::vector<int> *mapping = nullptr,
                                         const QSet<QString> &expanded = {});
// The same, from a graph no longer needed: at module level with external nodes kept, that
// graph itself less its self-imports, without a copy.
[[nodiscard]] ImportGraph projectToDepth(ImportGraph &&graph, int depth, bool keepExternal);

// The same nodes with only the sites whose kind is in `keep`, and without the edges from
// `source` to `target` listed in `cuts` (node names, so that cuts survive a re-analysis).
// Edges left with no site are dropped.
[[nodiscard]] ImportGraph filteredGraph(const ImportGraph &graph, ImportKindSet keep,
                                        const QList<QPair<QString, QString>> &cuts = {});

// Whether two graphs have the same nodes (names, kinds, origins, parents, files), id for id:
// one graph with other edges.
[[nodiscard]] bool sameNodes(const ImportGraph &a, const ImportGraph &b);

// A shortest import chain from `from` to `to` as edge indices (empty when `to` cannot be
// reached, or when from == to).
[[nodiscard]] std::vector<int> shortestImportChain(const ImportGraph &graph, int from, int to);

// Number of dotted components of a name ("a.b.c" -> 3).
[[nodiscard]] int nameDepth(const QString &dotted);

// Whether `name` is `package` or lies below it ("a.b.c" and "a.b" are within "a.b").
[[nodiscard]] bool isWithin(const QString &name, const QString &package);

// The node of `graph` that holds `name` in a projection: the node of that name, else of its
// closest enclosing package the graph has; -1 when there is none.
[[nodiscard]] int holderIn(const ImportGraph &graph, QString name);

} // namespace headroom
