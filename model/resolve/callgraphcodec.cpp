#include "callgraphcodec.h"

#include "bytecodec.h"

namespace headroom {

namespace {

// A change of callgraph.h changes these sizes (on 64-bit builds): bump
// kCallGraphFormatVersion and update them, so that the cache never hands back a call graph of
// another layout.
constexpr bool kSizesKnown = sizeof(void *) == 8;
static_assert(!kSizesKnown || sizeof(CallNode) == 56,
              "callgraph.h changed: bump kCallGraphFormatVersion");
static_assert(!kSizesKnown || sizeof(CallEdge) == 20,
              "callgraph.h changed: bump kCallGraphFormatVersion");
static_assert(!kSizesKnown || sizeof(CallSite) == 8,
              "callgraph.h changed: bump kCallGraphFormatVersion");

constexpr char kMagic[4] = {'H', 'R', 'C', 'G'};

} // namespace

using bytecodec::Is;

// Found by the codec through argument-dependent lookup, hence in headroom itself; static, as
// each codec has its own.
static constexpr quint64 valueCount(CallNodeKind)
{
    return 6;
}
static constexpr quint64 valueCount(CallEdgeKind)
{
    return CallEdgeKindCount;
}

template <class Io, Is<CallSite> T> static bool fields(Io &io, T &s)
{
    return io(s.file) && io(s.line);
}

template <class Io, Is<CallNode> T> static bool fields(Io &io, T &n)
{
    return io(n.qualifiedName) && io(n.kind) && io(n.file) && io(n.definition) && io(n.line) &&
           io(n.endLine) && io(n.module) && io(n.parent) && io(n.lambda);
}

template <class Io, Is<CallEdge> T> static bool fields(Io &io, T &e)
{
    return io(e.caller) && io(e.callee) && io(e.kind) && io(e.firstSite) && io(e.siteCount);
}

template <class Io, Is<CallGraph> T> static bool fields(Io &io, T &g)
{
    return io(g.nodes) && io(g.edges) && io(g.sites) && io(g.unresolved) && io(g.firstNode) &&
           io(g.firstLambda) && io(g.importUses);
}

namespace {

// Whether every index of a decoded graph points where it may: a value that passed the cache's
// checksum but was written for another project or by a faulty build must not be trusted
// with an index.
bool consistent(const CallGraph &g, int files, int importEdges)
{
    const int nodes = int(g.nodes.size());
    const auto node = [nodes](int i) { return i >= 0 && i < nodes; };
    const auto nodeOrNone = [nodes](int i) { return i >= -1 && i < nodes; };
    const auto file = [files](int i) { return i >= -1 && i < files; };
    for (const CallNode &n : g.nodes) {
        if (!file(n.file) || !nodeOrNone(n.parent) || n.definition < -1 || n.lambda < -1)
            return false;
    }
    // The edges' sites follow one another, edge after edge, and every site is an edge's.
    std::uint64_t next = 0;
    for (const CallEdge &e : g.edges) {
        if (!node(e.caller) || !node(e.callee) || e.firstSite != next || e.siteCount == 0)
            return false;
        next += e.siteCount;
    }
    if (next != g.sites.size())
        return false;
    for (const CallSite &s : g.sites) {
        if (s.file < 0 || s.file >= files)
            return false;
    }
    if (int(g.unresolved.size()) != files || int(g.firstNode.size()) != files ||
        int(g.firstLambda.size()) != files || int(g.importUses.size()) != importEdges)
        return false;
    for (int i = 0; i < files; ++i) {
        if (!node(g.firstNode[std::size_t(i)]) || !nodeOrNone(g.firstLambda[std::size_t(i)] - 1))
            return false;
    }
    const int edges = int(g.edges.size());
    for (const std::vector<int> &uses : g.importUses) {
        for (const int e : uses) {
            if (e < 0 || e >= edges)
                return false;
        }
    }
    return true;
}

} // namespace

QByteArray encodeCallGraph(const CallGraph &graph)
{
    bytecodec::Writer writer;
    writer.out.reserve(
        qsizetype(graph.nodes.size() * 48 + graph.edges.size() * 8 + graph.sites.size() * 4));
    writer.out.append(kMagic, sizeof kMagic);
    writer.unsignedValue(kCallGraphFormatVersion);
    fields(writer, graph);
    return writer.out;
}

std::optional<CallGraph> decodeCallGraph(QByteArrayView bytes, int files, int importEdges)
{
    bytecodec::Reader reader(bytes, false); // qualified names are distinct
    quint64 version = 0;
    if (!reader.take(kMagic, sizeof kMagic) || !reader.unsignedValue(version) ||
        version != kCallGraphFormatVersion)
        return std::nullopt;
    CallGraph graph;
    if (!fields(reader, graph) || !reader.atEnd() || !consistent(graph, files, importEdges))
        return std::nullopt;
    graph.buildIndex();
    return graph;
}

} // namespace headroom
