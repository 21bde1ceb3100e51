#include "breakingset.h"

#include <igraph.h>

#include <QtGlobal>

#include <algorithm>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace headroom {

namespace {

// ---- igraph behind RAII owners ------------------------------------------------------------

// igraph's default error handler aborts the process; this one prints and returns the code.
class HandlerScope
{
public:
    HandlerScope()
        : m_error(igraph_set_error_handler(igraph_error_handler_printignore)),
          m_warning(igraph_set_warning_handler(igraph_warning_handler_ignore))
    {
    }
    ~HandlerScope()
    {
        igraph_set_error_handler(m_error);
        igraph_set_warning_handler(m_warning);
    }
    HandlerScope(const HandlerScope &) = delete;
    HandlerScope &operator=(const HandlerScope &) = delete;

private:
    igraph_error_handler_t *m_error;
    igraph_warning_handler_t *m_warning;
};

class IntVector
{
public:
    explicit IntVector(igraph_integer_t size)
        : m_ok(igraph_vector_int_init(&m_vector, size) == IGRAPH_SUCCESS)
    {
    }
    ~IntVector()
    {
        if (m_ok)
            igraph_vector_int_destroy(&m_vector);
    }
    IntVector(const IntVector &) = delete;
    IntVector &operator=(const IntVector &) = delete;
    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] igraph_vector_int_t *get() { return &m_vector; }

private:
    igraph_vector_int_t m_vector{};
    bool m_ok;
};

class RealVector
{
public:
    explicit RealVector(igraph_integer_t size)
        : m_ok(igraph_vector_init(&m_vector, size) == IGRAPH_SUCCESS)
    {
    }
    ~RealVector()
    {
        if (m_ok)
            igraph_vector_destroy(&m_vector);
    }
    RealVector(const RealVector &) = delete;
    RealVector &operator=(const RealVector &) = delete;
    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] igraph_vector_t *get() { return &m_vector; }

private:
    igraph_vector_t m_vector{};
    bool m_ok;
};

class DirectedGraph
{
public:
    DirectedGraph(const igraph_vector_int_t *edges, igraph_integer_t nodes)
        : m_ok(igraph_create(&m_graph, edges, nodes, IGRAPH_DIRECTED) == IGRAPH_SUCCESS)
    {
    }
    ~DirectedGraph()
    {
        if (m_ok)
            igraph_destroy(&m_graph);
    }
    DirectedGraph(const DirectedGraph &) = delete;
    DirectedGraph &operator=(const DirectedGraph &) = delete;
    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] const igraph_t *get() const { return &m_graph; }

private:
    igraph_t m_graph{};
    bool m_ok;
};

struct Arc
{
    int from;
    int to;
    long long weight;
};

// The arcs igraph puts in a feedback arc set, or nothing when it fails.
std::optional<std::vector<int>> igraphFeedbackArcs(int nodes, const std::vector<Arc> &arcs,
                                                   bool exact)
{
    // This igraph build keeps global state (IGRAPH_THREAD_SAFE is 0), as does GLPK.
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    const HandlerScope handlers;
    IntVector edges(igraph_integer_t(2 * arcs.size()));
    RealVector weights(igraph_integer_t(arcs.size()));
    IntVector result(0);
    if (!edges.ok() || !weights.ok() || !result.ok())
        return std::nullopt;
    for (std::size_t i = 0; i < arcs.size(); ++i) {
        VECTOR(*edges.get())[2 * i] = arcs[i].from;
        VECTOR(*edges.get())[2 * i + 1] = arcs[i].to;
        VECTOR(*weights.get())[i] = double(arcs[i].weight);
    }
    const DirectedGraph graph(edges.get(), nodes);
    if (!graph.ok())
        return std::nullopt;
    const igraph_fas_algorithm_t algorithm = exact ? IGRAPH_FAS_EXACT_IP : IGRAPH_FAS_APPROX_EADES;
    if (igraph_feedback_arc_set(graph.get(), result.get(), weights.get(), algorithm) !=
        IGRAPH_SUCCESS)
        return std::nullopt;
    std::vector<int> chosen;
    for (igraph_integer_t i = 0; i < igraph_vector_int_size(result.get()); ++i) {
        const igraph_integer_t arc = VECTOR(*result.get())[i];
        if (arc < 0 || arc >= igraph_integer_t(arcs.size()))
            return std::nullopt;
        chosen.push_back(int(arc));
    }
    return chosen;
}

using Adjacency = std::vector<std::vector<int>>;

Adjacency outArcs(const WeightedDigraph &g)
{
    Adjacency out(std::size_t(g.nodes));
    for (std::size_t a = 0; a < g.from.size(); ++a)
        out[std::size_t(g.from[a])].push_back(int(a));
    return out;
}

// Whether `target` can be reached from `start` over the arcs marked in `use`.
bool reaches(const WeightedDigraph &g, const Adjacency &out, const std::vector<char> &use,
             int start, int target)
{
    std::vector<char> seen(out.size(), 0);
    std::vector<int> stack{start};
    seen[std::size_t(start)] = 1;
    while (!stack.empty()) {
        const int x = stack.back();
        stack.pop_back();
        if (x == target)
            return true;
        for (const int a : out[std::size_t(x)]) {
            const int y = g.to[std::size_t(a)];
            if (use[std::size_t(a)] && !seen[std::size_t(y)]) {
                seen[std::size_t(y)] = 1;
                stack.push_back(y);
            }
        }
    }
    return false;
}

// The problem shrunk without changing its optimum: a node with one arc in and one arc out
// lies on every cycle through either, so the two become one arc carrying the cheaper one;
// parallel arcs merge (cutting the merged arc cuts them all); self-loops must be cut.
struct Reduced
{
    int nodes = 0;
    std::vector<Arc> arcs;
    std::vector<std::vector<int>> groups; // per arc: the original arcs it stands for
    std::vector<int> forced;              // original arcs in every breaking set
};

Reduced reduce(const WeightedDigraph &g)
{
    const std::size_t n = std::size_t(g.nodes);
    std::vector<Arc> arcs;
    std::vector<std::vector<int>> groups;
    std::vector<char> alive;
    Adjacency in(n), out(n);
    std::unordered_map<quint64, int> byEnds;
    Reduced r;
    auto key = [](int from, int to) { return (quint64(quint32(from)) << 32) | quint32(to); };
    auto addArc = [&](int from, int to, long long weight, std::vector<int> group) {
        const auto it = byEnds.find(key(from, to));
        if (it != byEnds.end()) {
            arcs[std::size_t(it->second)].weight += weight;
            auto &merged = groups[std::size_t(it->second)];
            merged.insert(merged.end(), group.begin(), group.end());
            return;
        }
        const int a = int(arcs.size());
        arcs.push_back({from, to, weight});
        groups.push_back(std::move(group));
        alive.push_back(1);
        out[std::size_t(from)].push_back(a);
        in[std::size_t(to)].push_back(a);
        byEnds.emplace(key(from, to), a);
    };
    auto clean = [&](std::vector<int> &list) -> std::vector<int> & {
        std::erase_if(list, [&](int a) { return !alive[std::size_t(a)]; });
        return list;
    };
    for (std::size_t a = 0; a < g.from.size(); ++a) {
        if (g.from[a] == g.to[a])
            r.forced.push_back(int(a));
        else
            addArc(g.from[a], g.to[a], g.weight[a], {int(a)});
    }
    std::vector<int> queue(n);
    for (std::size_t v = 0; v < n; ++v)
        queue[v] = int(v);
    std::vector<char> nodeAlive(n, 1);
    while (!queue.empty()) {
        const int v = queue.back();
        queue.pop_back();
        if (!nodeAlive[std::size_t(v)])
            continue;
        const auto &ins = clean(in[std::size_t(v)]);
        const auto &outs = clean(out[std::size_t(v)]);
        if (ins.size() != 1 || outs.size() != 1)
            continue;
        const int a = ins.front();
        const int b = outs.front();
        const int keep = arcs[std::size_t(a)].weight <= arcs[std::size_t(b)].weight ? a : b;
        const int u = arcs[std::size_t(a)].from;
        const int w = arcs[std::size_t(b)].to;
        const long long weight = arcs[std::size_t(keep)].weight;
        std::vector<int> group = std::move(groups[std::size_t(keep)]);
        nodeAlive[std::size_t(v)] = 0;
        alive[std::size_t(a)] = alive[std::size_t(b)] = 0;
        byEnds.erase(key(u, v));
        byEnds.erase(key(v, w));
        if (u == w)
            r.forced.insert(r.forced.end(), group.begin(), group.end());
        else
            addArc(u, w, weight, std::move(group));
        queue.push_back(u);
        queue.push_back(w);
    }
    std::vector<int> compact(n, -1);
    for (std::size_t a = 0; a < arcs.size(); ++a) {
        if (!alive[a])
            continue;
        for (const int v : {arcs[a].from, arcs[a].to}) {
            if (compact[std::size_t(v)] < 0)
                compact[std::size_t(v)] = r.nodes++;
        }
        r.arcs.push_back(
            {compact[std::size_t(arcs[a].from)], compact[std::size_t(arcs[a].to)], arcs[a].weight});
        r.groups.push_back(std::move(groups[a]));
    }
    return r;
}

// A topological order of the arcs not in `cut`; nodes left on a cycle (when `cut` is no
// breaking set) follow in index order.
std::vector<int> orderWithout(const Reduced &r, const std::vector<int> &cut)
{
    const std::size_t n = std::size_t(r.nodes);
    std::vector<char> isCut(r.arcs.size(), 0);
    for (const int a : cut)
        isCut[std::size_t(a)] = 1;
    std::vector<int> indegree(n, 0);
    Adjacency out(n);
    for (std::size_t a = 0; a < r.arcs.size(); ++a) {
        if (isCut[a])
            continue;
        out[std::size_t(r.arcs[a].from)].push_back(r.arcs[a].to);
        ++indegree[std::size_t(r.arcs[a].to)];
    }
    std::vector<int> order;
    for (std::size_t v = 0; v < n; ++v) {
        if (indegree[v] == 0)
            order.push_back(int(v));
    }
    for (std::size_t head = 0; head < order.size(); ++head) {
        for (const int w : out[std::size_t(order[head])]) {
            if (--indegree[std::size_t(w)] == 0)
                order.push_back(w);
        }
    }
    for (std::size_t v = 0; v < n; ++v) {
        if (indegree[v] > 0)
            order.push_back(int(v));
    }
    return order;
}

// Sifting: each node in turn moves to the place in the order where its arcs weigh least
// against the order, until a pass moves nothing. The arcs running backwards are the set.
std::vector<int> sift(const Reduced &r, std::vector<int> order, int passes)
{
    const std::size_t n = std::size_t(r.nodes);
    Adjacency touching(n);
    for (std::size_t a = 0; a < r.arcs.size(); ++a) {
        touching[std::size_t(r.arcs[a].from)].push_back(int(a));
        touching[std::size_t(r.arcs[a].to)].push_back(int(a));
    }
    std::vector<int> pos(n);
    for (std::size_t i = 0; i < n; ++i)
        pos[std::size_t(order[i])] = int(i);
    std::vector<std::pair<int, long long>> deltas; // (index among the others, cost change)
    for (int pass = 0; pass < passes; ++pass) {
        bool moved = false;
        for (int v = 0; v < int(n); ++v) {
            const int p = pos[std::size_t(v)];
            long long atFront = 0; // v first: every arc into v runs backwards
            deltas.clear();
            for (const int a : touching[std::size_t(v)]) {
                const Arc &arc = r.arcs[std::size_t(a)];
                const int u = arc.from == v ? arc.to : arc.from;
                const int index =
                    pos[std::size_t(u)] < p ? pos[std::size_t(u)] : pos[std::size_t(u)] - 1;
                if (arc.from == v) {
                    deltas.emplace_back(index, arc.weight);
                } else {
                    atFront += arc.weight;
                    deltas.emplace_back(index, -arc.weight);
                }
            }
            std::sort(deltas.begin(), deltas.end());
            long long cost = atFront, current = atFront, best = atFront;
            int bestSlot = 0;
            for (std::size_t k = 0; k < deltas.size(); ++k) {
                cost += deltas[k].second;
                if (deltas[k].first < p)
                    current += deltas[k].second;
                if (k + 1 < deltas.size() && deltas[k + 1].first == deltas[k].first)
                    continue;
                if (cost < best) {
                    best = cost;
                    bestSlot = deltas[k].first + 1;
                }
            }
            if (best >= current)
                continue;
            order.erase(order.begin() + p);
            order.insert(order.begin() + bestSlot, v);
            for (int i = std::min(p, bestSlot); i <= std::max(p, bestSlot); ++i)
                pos[std::size_t(order[std::size_t(i)])] = i;
            moved = true;
        }
        if (!moved)
            break;
    }
    std::vector<int> backwards;
    for (std::size_t a = 0; a < r.arcs.size(); ++a) {
        if (pos[std::size_t(r.arcs[a].from)] > pos[std::size_t(r.arcs[a].to)])
            backwards.push_back(int(a));
    }
    return backwards;
}

// Puts back, heaviest first, every cut arc whose return closes no cycle: a heuristic set
// then holds no arc it could do without.
void prune(const WeightedDigraph &g, const Adjacency &out, std::vector<int> &cut)
{
    std::vector<char> use(g.from.size(), 1);
    for (const int a : cut)
        use[std::size_t(a)] = 0;
    std::sort(cut.begin(), cut.end(), [&](int a, int b) {
        return g.weight[std::size_t(a)] != g.weight[std::size_t(b)]
                   ? g.weight[std::size_t(a)] > g.weight[std::size_t(b)]
                   : a < b;
    });
    std::erase_if(cut, [&](int a) {
        const int s = g.from[std::size_t(a)];
        const int t = g.to[std::size_t(a)];
        if (s == t || reaches(g, out, use, t, s))
            return false;
        use[std::size_t(a)] = 1;
        return true;
    });
}

} // namespace

BreakingSet minimumBreakingSet(const WeightedDigraph &graph, const BreakingSetLimits &limits)
{
    const Reduced r = reduce(graph);
    BreakingSet result;
    result.exact = true;
    result.arcs = r.forced;
    if (!r.arcs.empty()) {
        std::optional<std::vector<int>> chosen;
        if (r.nodes <= limits.exactNodes && int(r.arcs.size()) <= limits.exactArcs)
            chosen = igraphFeedbackArcs(r.nodes, r.arcs, true);
        result.exact = chosen.has_value();
        if (!chosen) {
            // Without igraph's answer the sifting starts from the node order alone.
            const auto eades = igraphFeedbackArcs(r.nodes, r.arcs, false);
            chosen =
                sift(r, orderWithout(r, eades.value_or(std::vector<int>{})), limits.siftPasses);
        }
        for (const int a : *chosen) {
            const auto &group = r.groups[std::size_t(a)];
            result.arcs.insert(result.arcs.end(), group.begin(), group.end());
        }
        if (!result.exact)
            prune(graph, outArcs(graph), result.arcs);
    }
    std::sort(result.arcs.begin(), result.arcs.end());
    return result;
}

} // namespace headroom
