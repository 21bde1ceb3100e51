#include "packagecoupling.h"

#include <cmath>

namespace headroom {

namespace {

bool counts(const Edge &e, ImportKindSet kinds)
{
    for (const ImportSite &s : e.sites) {
        if (kinds & kindBit(s.kind))
            return true;
    }
    return false;
}

} // namespace

QHash<QString, PackageCoupling> packageCoupling(const ImportGraph &g, ImportKindSet kinds)
{
    QHash<QString, PackageCoupling> out;
    std::vector<int> mark(std::size_t(g.nodeCount()), -1); // per node: the package being measured
    std::vector<int> seen(std::size_t(g.nodeCount()), -1); // per node: the BFS that reached it
    std::vector<int> queue;
    int bfs = 0;
    for (int p = 0; p < g.nodeCount(); ++p) {
        const Node &package = g.node(p);
        if (package.origin != Origin::Internal || package.children.empty())
            continue;
        // The modules below the package, with a file (namespace folders hold no code).
        std::vector<int> members;
        std::vector<int> stack{p};
        while (!stack.empty()) {
            const int n = stack.back();
            stack.pop_back();
            if (g.node(n).file >= 0) {
                members.push_back(n);
                mark[std::size_t(n)] = p;
            }
            for (const int c : g.node(n).children)
                stack.push_back(c);
        }
        const int n = int(members.size());
        if (n == 0)
            continue;
        double ccd = 0;
        for (const int start : members) {
            ++bfs;
            queue.assign(1, start);
            seen[std::size_t(start)] = bfs;
            for (std::size_t head = 0; head < queue.size(); ++head) {
                for (const int e : g.outEdges(queue[head])) {
                    const Edge &edge = g.edge(e);
                    const int t = edge.target;
                    if (mark[std::size_t(t)] != p || seen[std::size_t(t)] == bfs ||
                        !counts(edge, kinds))
                        continue;
                    seen[std::size_t(t)] = bfs;
                    queue.push_back(t);
                }
            }
            ccd += double(queue.size());
        }
        PackageCoupling c;
        c.modules = n;
        c.acd = ccd / n;
        c.propagationCost = ccd / (double(n) * n);
        const double balanced = (n + 1) * std::log2(double(n + 1)) - n;
        c.nccd = balanced > 0 ? ccd / balanced : 0;
        out.insert(package.name, c);
    }
    return out;
}

} // namespace headroom
