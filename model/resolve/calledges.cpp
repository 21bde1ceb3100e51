// A call graph's own structure (see callgraph.h): its edges made from the sites found, its
// index by qualified name, the class a node sits in and the calls given no edge.

#include "callgraph.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace headroom {

int CallGraph::classOf(int node) const
{
    for (int n = node; n >= 0; n = nodes[std::size_t(n)].parent) {
        const CallNodeKind kind = nodes[std::size_t(n)].kind;
        if (kind == CallNodeKind::Class)
            return n;
        if (kind == CallNodeKind::Module)
            return -1;
    }
    return -1;
}

std::span<const CallEdge> CallGraph::edgesFromFile(int file) const
{
    if (file < 0 || std::size_t(file) >= firstNode.size())
        return {};
    const int first = firstNode[std::size_t(file)];
    // The next file's module node; after the last file, past its lambdas.
    int end = std::size_t(file) + 1 < firstNode.size() ? firstNode[std::size_t(file) + 1]
                                                       : firstLambda[std::size_t(file)];
    while (std::size_t(end) < nodes.size() && nodes[std::size_t(end)].file == file)
        ++end;
    const auto byCaller = [](const CallEdge &e, int node) { return e.caller < node; };
    const auto from = std::lower_bound(edges.begin(), edges.end(), first, byCaller);
    const auto to = std::lower_bound(from, edges.end(), end, byCaller);
    return {from, to};
}

int CallGraph::unresolvedTotal() const
{
    int total = 0;
    for (const int n : unresolved)
        total += n;
    return total;
}

void CallGraph::setEdges(std::deque<CallEdgeSite> collected)
{
    // Put in order of caller by counting (callers are node ids), then each caller's sites
    // sorted on their own: most callers have a few, and one sort of them all cost several
    // times as much. Taken from the front, so the deque gives its blocks back meanwhile.
    int low = 0; // the least caller: node ids, never below 0, but the count does not care
    int high = -1;
    for (const CallEdgeSite &f : collected) {
        low = std::min(low, f.caller);
        high = std::max(high, f.caller);
    }
    const auto slot = [low](int caller) { return std::size_t(qint64(caller) - low); };
    std::vector<std::size_t> first(slot(high) + 2, 0);
    for (const CallEdgeSite &f : collected)
        ++first[slot(f.caller) + 1];
    std::partial_sum(first.begin(), first.end(), first.begin());
    std::vector<CallEdgeSite> found(collected.size());
    std::vector<std::size_t> next(first.begin(), first.end() - 1);
    while (!collected.empty()) {
        found[next[slot(collected.front().caller)]++] = collected.front();
        collected.pop_front();
    }
    next = {};
    for (std::size_t c = 0; c + 1 < first.size(); ++c) {
        std::sort(found.begin() + first[c], found.begin() + first[c + 1],
                  [](const CallEdgeSite &a, const CallEdgeSite &b) {
                      return std::tie(a.callee, a.kind, a.site) <
                             std::tie(b.callee, b.kind, b.site);
                  });
    }
    found.erase(std::unique(found.begin(), found.end()), found.end());
    const auto sameEdge = [](const CallEdgeSite &a, const CallEdgeSite &b) {
        return a.caller == b.caller && a.callee == b.callee && a.kind == b.kind;
    };
    std::size_t count = 0;
    for (std::size_t i = 0; i < found.size(); ++i)
        count += i == 0 || !sameEdge(found[i - 1], found[i]) ? 1 : 0;
    edges.clear();
    edges.reserve(count);
    sites.clear();
    sites.reserve(found.size());
    for (std::size_t i = 0; i < found.size(); ++i) {
        const CallEdgeSite &f = found[i];
        if (i == 0 || !sameEdge(found[i - 1], f))
            edges.push_back(CallEdge{f.caller, f.callee, f.kind, std::uint32_t(sites.size()), 0});
        sites.push_back(f.site);
        ++edges.back().siteCount;
    }
}

void CallGraph::buildIndex()
{
    m_index.clear();
    m_index.reserve(qsizetype(nodes.size()));
    for (int i = 0; i < int(nodes.size()); ++i) {
        if (!m_index.contains(nodes[std::size_t(i)].qualifiedName))
            m_index.insert(nodes[std::size_t(i)].qualifiedName, i);
    }
}

} // namespace headroom
