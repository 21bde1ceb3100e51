#include "metrics.h"

#include "callgraph.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <thread>
#include <tuple>

namespace headroom {

namespace {

// Coupling, reachability and relational cohesion count the same edges as cycles and levels:
// between two different internal nodes, with a site of a counted kind.
bool counts(const ImportGraph &graph, const Edge &edge, ImportKindSet kinds)
{
    return edge.source != edge.target && graph.isInternal(edge.source) &&
           graph.isInternal(edge.target) && edge.has(kinds);
}

const FileFacts *factsOf(const Analysis &analysis, int file)
{
    return file >= 0 && file < int(analysis.facts.size()) ? &analysis.facts[std::size_t(file)]
                                                          : nullptr;
}

// Per file: the internal node named by its module or by the module's nearest ancestor.
std::vector<int> fileOwners(const Analysis &analysis, const ImportGraph &graph)
{
    const std::size_t count = std::min(analysis.scan.files.size(), analysis.facts.size());
    std::vector<int> owners(count, -1);
    for (std::size_t i = 0; i < count; ++i) {
        QString name = analysis.scan.files[i].module;
        while (!name.isEmpty()) {
            const int node = graph.find(name);
            if (node >= 0 && graph.isInternal(node)) {
                owners[i] = node;
                break;
            }
            const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
            name.truncate(std::max<qsizetype>(dot, 0));
        }
    }
    return owners;
}

void coupling(const ImportGraph &graph, ImportKindSet kinds, std::vector<NodeMetrics> &nodes)
{
    // The graph keeps one edge per (importer, imported) pair, so edges are distinct nodes.
    for (const Edge &edge : graph.edges()) {
        if (!counts(graph, edge, kinds))
            continue;
        ++nodes[std::size_t(edge.source)].ce;
        ++nodes[std::size_t(edge.target)].ca;
    }
    for (NodeMetrics &m : nodes) {
        if (m.ca + m.ce > 0)
            m.instability = double(m.ce) / double(m.ca + m.ce);
    }
}

void sizes(const Analysis &analysis, const std::vector<int> &owners,
           const SharedList<ClassMetrics> &classes, std::vector<NodeMetrics> &nodes)
{
    std::vector<int> functions(nodes.size(), 0);
    std::vector<long long> complexity(nodes.size(), 0);
    for (std::size_t f = 0; f < owners.size(); ++f) {
        const int owner = owners[f];
        if (owner < 0)
            continue;
        NodeMetrics &m = nodes[std::size_t(owner)];
        const FileFacts &facts = analysis.facts[f];
        ++m.files;
        m.sloc += facts.sloc;
        m.definitions += int(facts.definitions.size());
        long long fileComplexity = 0;
        for (const Definition &def : facts.definitions) {
            if (def.kind == DefKind::Class)
                continue;
            ++functions[std::size_t(owner)];
            fileComplexity += def.complexity;
            m.maxComplexity = std::max(m.maxComplexity, def.complexity);
        }
        complexity[std::size_t(owner)] += fileComplexity;
        // Per file, then summed: a package's hotspot is its files' hotspots, not the product
        // of its summed churn and summed complexity.
        if (f < analysis.churn.size()) {
            m.churn += analysis.churn[f];
            m.hotspot += analysis.churn[f] * fileComplexity;
        }
    }
    for (const ClassMetrics &c : classes) {
        const int owner =
            c.file >= 0 && c.file < int(owners.size()) ? owners[std::size_t(c.file)] : -1;
        if (owner < 0)
            continue;
        NodeMetrics &m = nodes[std::size_t(owner)];
        ++m.classes;
        m.abstractClasses += c.abstract ? 1 : 0;
        m.worstClassLcom4 = std::max(m.worstClassLcom4, c.lcom4);
    }
    for (std::size_t v = 0; v < nodes.size(); ++v) {
        NodeMetrics &m = nodes[v];
        if (functions[v] > 0)
            m.meanComplexity = double(complexity[v]) / double(functions[v]);
        m.totalComplexity = complexity[v];
        if (m.classes > 0)
            m.abstractness = double(m.abstractClasses) / double(m.classes);
    }
}

// A package's worst class is the worst of everything below it.
void worstClassesUpwards(const ImportGraph &graph, std::vector<NodeMetrics> &nodes)
{
    const std::size_t limit = std::size_t(graph.nodeCount());
    for (int v = 0; v < graph.nodeCount(); ++v) {
        const int worst = nodes[std::size_t(v)].worstClassLcom4;
        std::size_t steps = 0;
        for (int p = graph.node(v).parent; worst > 0 && p >= 0 && steps <= limit;
             p = graph.node(p).parent, ++steps) {
            int &above = nodes[std::size_t(p)].worstClassLcom4;
            if (above >= worst)
                break; // and so is everything above it, or it will be when its turn comes
            above = worst;
        }
    }
}

// Each counted edge counts for the lowest package holding both ends in different members: the
// pair of members below that package, each pair once. Pairs are gathered by importing member
// (a counting sort), so that a stamp per imported member finds the repeated ones.
void relationalCohesion(const ImportGraph &graph, ImportKindSet kinds,
                        std::vector<NodeMetrics> &nodes)
{
    const std::size_t count = std::size_t(graph.nodeCount());
    std::vector<int> height(count, 0); // packages above it, by parent links
    for (std::size_t v = 0; v < count; ++v) {
        for (int p = graph.node(int(v)).parent; p >= 0 && std::size_t(height[v]) <= count;
             p = graph.node(p).parent)
            ++height[v];
    }
    std::vector<std::pair<int, int>> pairs; // importing member, imported member
    for (const Edge &edge : graph.edges()) {
        if (!counts(graph, edge, kinds))
            continue;
        int a = edge.source;
        int b = edge.target;
        while (a >= 0 && height[std::size_t(a)] > height[std::size_t(b)])
            a = graph.node(a).parent;
        while (b >= 0 && a >= 0 && height[std::size_t(b)] > height[std::size_t(a)])
            b = graph.node(b).parent;
        // One end inside the other (a package importing its own member, or the reverse) is
        // no pair of members.
        if (a < 0 || b < 0 || a == edge.target || b == edge.source || a == b)
            continue;
        while (graph.node(a).parent != graph.node(b).parent) {
            a = graph.node(a).parent;
            b = graph.node(b).parent;
        }
        if (graph.node(a).parent >= 0)
            pairs.emplace_back(a, b);
    }
    std::vector<int> start(count + 1, 0);
    for (const auto &[a, b] : pairs)
        ++start[std::size_t(a) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<int> byImporter(pairs.size());
    {
        std::vector<int> next(start.begin(), start.end() - 1);
        for (const auto &[a, b] : pairs)
            byImporter[std::size_t(next[std::size_t(a)]++)] = b;
    }
    std::vector<int> related(count, 0);
    std::vector<int> stamp(count, -1);
    for (std::size_t a = 0; a < count; ++a) {
        for (int i = start[a]; i < start[a + 1]; ++i) {
            const auto b = std::size_t(byImporter[std::size_t(i)]);
            if (stamp[b] == int(a))
                continue;
            stamp[b] = int(a);
            ++related[std::size_t(graph.node(int(a)).parent)];
        }
    }
    for (int v = 0; v < graph.nodeCount(); ++v) {
        const std::size_t members = graph.node(v).children.size();
        if (graph.isInternal(v) && members > 0)
            nodes[std::size_t(v)].relationalCohesion =
                double(related[std::size_t(v)] + 1) / double(members);
    }
}

// NodeMetrics::layer, in time linear in the edges. Inside a level only the edges of its
// cycles remain, and without their breaking sets those are acyclic: a node's sub-layer is
// found by Kahn's algorithm from the level's sinks upwards, along the uncut counted edges.
int assignLayers(const ImportGraph &graph, ImportKindSet kinds, const Layering &layering,
                 std::vector<NodeMetrics> &nodes)
{
    const std::size_t count = std::size_t(graph.nodeCount());
    // Per edge: an uncut counted import within a level (levels are internal nodes' alone).
    std::vector<char> within(std::size_t(graph.edgeCount()), 0);
    for (int e = 0; e < graph.edgeCount(); ++e) {
        const Edge &edge = graph.edge(e);
        const int level = layering.levels[std::size_t(edge.source)];
        within[std::size_t(e)] = level >= 0 && edge.source != edge.target &&
                                 layering.levels[std::size_t(edge.target)] == level &&
                                 edge.has(kinds);
    }
    for (const Cycle &c : layering.cycles) {
        for (const int e : c.breakingSet)
            within[std::size_t(e)] = 0;
    }
    const auto withinLevel = [&within](int e) { return within[std::size_t(e)] != 0; };
    std::vector<int> pending(count, 0), sub(count, 0), ready;
    for (std::size_t v = 0; v < count; ++v) {
        if (layering.levels[v] < 0)
            continue;
        for (const int e : graph.outEdges(int(v)))
            pending[v] += withinLevel(e) ? 1 : 0;
        if (pending[v] == 0)
            ready.push_back(int(v));
    }
    while (!ready.empty()) {
        const int v = ready.back();
        ready.pop_back();
        for (const int e : graph.inEdges(v)) {
            if (!withinLevel(e))
                continue;
            const std::size_t u = std::size_t(graph.edge(e).source);
            sub[u] = std::max(sub[u], sub[std::size_t(v)] + 1);
            if (--pending[u] == 0)
                ready.push_back(int(u));
        }
    }
    // Heights per level, then each level's base: the layers of the levels below it.
    std::vector<int> base(std::size_t(std::max(layering.depth, 0)) + 1, 0);
    for (std::size_t v = 0; v < count; ++v) {
        Q_ASSERT(pending[v] == 0); // a breaking set leaves its cycle acyclic
        const int level = layering.levels[v];
        if (level >= 0)
            base[std::size_t(level) + 1] = std::max(base[std::size_t(level) + 1], sub[v] + 1);
    }
    for (std::size_t l = 1; l < base.size(); ++l)
        base[l] += base[l - 1];
    for (std::size_t v = 0; v < count; ++v) {
        if (layering.levels[v] >= 0)
            nodes[v].layer = base[std::size_t(layering.levels[v])] + sub[v];
    }
    return base.back();
}

// The transitive closure as one bitset per condensed component, filled sinks first, a band
// of columns at a time: the whole closure is components x nodes bits (1.6 GB at 100,000
// modules), a band at most kClosureBandBytes. Each band adds its reached nodes to the counts.
constexpr std::size_t kClosureBandBytes = std::size_t(32) << 20;

// One band of the closure: the columns [first, first + width) words of every component's
// bitset, each component's row the OR of its own bits and its successors' rows (successors
// come first in component order), its reached count added. Cloned for processors with
// POPCNT and AVX2, where the counting is one instruction and the ORs are vectors; the
// default build calls a library function per word.
#if defined(__x86_64__) && !defined(__clang_analyzer__)
[[gnu::target_clones("arch=x86-64-v3", "popcnt", "default")]]
#endif
void closeBand(const std::vector<std::vector<int>> &bitsOf,
               const std::vector<std::vector<int>> &next, std::size_t first, std::size_t width,
               std::uint64_t *bits, std::vector<int> &reached)
{
    std::fill(bits, bits + bitsOf.size() * width, 0);
    for (std::size_t c = 0; c < bitsOf.size(); ++c) {
        std::uint64_t *row = bits + c * width;
        for (const int b : bitsOf[c]) {
            const std::size_t word = std::size_t(b) / 64;
            if (word >= first && word < first + width)
                row[word - first] |= std::uint64_t(1) << (std::size_t(b) % 64);
        }
        for (const int d : next[c]) {
            const std::uint64_t *other = bits + std::size_t(d) * width;
            for (std::size_t w = 0; w < width; ++w)
                row[w] |= other[w];
        }
        int ones = 0;
        for (std::size_t w = 0; w < width; ++w)
            ones += std::popcount(row[w]);
        reached[c] += ones;
    }
}

void reachability(const ImportGraph &graph, ImportKindSet kinds, const Layering &layering,
                  const std::vector<int> &owners, Metrics &out)
{
    const std::size_t count = std::size_t(graph.nodeCount());
    std::vector<char> holdsCode(count, 0);
    for (const int owner : owners) {
        if (owner >= 0)
            holdsCode[std::size_t(owner)] = 1;
    }
    for (const Edge &edge : graph.edges()) {
        if (counts(graph, edge, kinds))
            holdsCode[std::size_t(edge.source)] = holdsCode[std::size_t(edge.target)] = 1;
    }
    std::vector<int> bit(count, -1);
    int n = 0;
    for (std::size_t v = 0; v < count; ++v) {
        if (graph.isInternal(int(v)) &&
            (graph.node(int(v)).kind != NodeKind::Namespace || holdsCode[v]))
            bit[v] = n++;
    }
    if (n == 0)
        return;

    // Per component: its nodes' bits and the components it imports, each once.
    const std::size_t components = std::size_t(layering.componentCount);
    std::vector<std::vector<int>> bitsOf(components);
    std::vector<std::vector<int>> next(components);
    for (std::size_t v = 0; v < count; ++v) {
        const int c = layering.componentOf[v];
        if (c < 0)
            continue;
        if (bit[v] >= 0)
            bitsOf[std::size_t(c)].push_back(bit[v]);
        for (const int e : graph.outEdges(int(v))) {
            const Edge &edge = graph.edge(e);
            const int d = layering.componentOf[std::size_t(edge.target)];
            if (d >= 0 && d != c && counts(graph, edge, kinds))
                next[std::size_t(c)].push_back(d);
        }
    }
    for (std::vector<int> &targets : next) {
        std::sort(targets.begin(), targets.end());
        targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
    }
    const std::size_t words = (std::size_t(n) + 63) / 64;
    const std::size_t band = std::clamp<std::size_t>(
        kClosureBandBytes / (sizeof(std::uint64_t) * std::max<std::size_t>(components, 1)), 1,
        words);
    std::vector<std::uint64_t> bits(components * band);
    std::vector<int> reached(components, 0);
    for (std::size_t first = 0; first < words; first += band)
        closeBand(bitsOf, next, first, std::min(band, words - first), bits.data(), reached);
    double ccd = 0;
    for (std::size_t v = 0; v < count; ++v) {
        if (bit[v] < 0)
            continue;
        const int c = layering.componentOf[v];
        const int reach = c >= 0 ? reached[std::size_t(c)] : 0;
        out.nodes[v].reach = reach;
        ccd += reach;
    }
    const double size = n;
    out.acd = ccd / size;
    out.nccd = ccd / ((size + 1) * std::log2(size + 1) - size);
    out.propagationCost = ccd / (size * size);
}

// Findings by excess (descending), then name, then check.
auto findingOrder(const ImportGraph &graph, const SharedList<ClassMetrics> &classes)
{
    const auto name = [&graph, &classes](const Finding &f) {
        if (f.classIndex >= 0)
            return classes[std::size_t(f.classIndex)].qualifiedName;
        return f.node >= 0 ? graph.node(f.node).name : QString();
    };
    return [name](const Finding &a, const Finding &b) {
        if (a.excess != b.excess)
            return a.excess > b.excess;
        const int order = name(a).compare(name(b));
        return order != 0 ? order < 0 : a.check < b.check;
    };
}

void addFinding(std::vector<Finding> &out, BudgetCheck check, int node, int classIndex, int value,
                int limit)
{
    if (value > limit)
        out.push_back({check, node, classIndex, value, limit, value - limit});
}

// The findings of a node's imports: all but those of namespace packages, which import nothing.
bool importsCount(const ImportGraph &graph, int v)
{
    return graph.isInternal(v) && graph.node(v).kind != NodeKind::Namespace;
}

void findings(const Analysis &analysis, const ImportGraph &graph, const HeadBudget &budget,
              Metrics &out)
{
    for (int v = 0; v < graph.nodeCount(); ++v) {
        const Node &node = graph.node(v);
        if (!graph.isInternal(v))
            continue;
        const NodeMetrics &m = out.nodes[std::size_t(v)];
        if (node.kind == NodeKind::Package || node.kind == NodeKind::Namespace)
            addFinding(out.findings, BudgetCheck::PackageMembers, v, -1, int(node.children.size()),
                       budget.packageMembers);
        if (!importsCount(graph, v))
            continue;
        if (factsOf(analysis, node.file))
            addFinding(out.findings, BudgetCheck::ModuleDefinitions, v, -1, m.topLevelDefinitions,
                       budget.moduleDefinitions);
        addFinding(out.findings, BudgetCheck::ModuleImports, v, -1, m.ce, budget.moduleImports);
    }
    for (std::size_t c = 0; c < out.classes.size(); ++c)
        addFinding(out.findings, BudgetCheck::ClassMethods, -1, int(c), out.classes[c].methods,
                   budget.classMethods);
    addFinding(out.findings, BudgetCheck::ProjectDepth, -1, -1, out.depth, budget.depth);
    std::stable_sort(out.findings.begin(), out.findings.end(), findingOrder(graph, out.classes));
}

// The findings of `before` (the same nodes, other imports) brought up to date: only a node's
// imports and the project's depth depend on imports, so the findings of the nodes whose Ce
// changed and of the depth are made again and merged into the rest, which stay in order.
void updatedFindings(const ImportGraph &graph, const HeadBudget &budget, const Metrics &before,
                     Metrics &out)
{
    std::vector<char> changed(out.nodes.size(), 0);
    std::vector<Finding> fresh;
    for (int v = 0; v < graph.nodeCount(); ++v) {
        const int ce = out.nodes[std::size_t(v)].ce;
        if (ce == before.nodes[std::size_t(v)].ce)
            continue;
        changed[std::size_t(v)] = 1;
        if (importsCount(graph, v))
            addFinding(fresh, BudgetCheck::ModuleImports, v, -1, ce, budget.moduleImports);
    }
    addFinding(fresh, BudgetCheck::ProjectDepth, -1, -1, out.depth, budget.depth);
    const auto order = findingOrder(graph, out.classes);
    std::stable_sort(fresh.begin(), fresh.end(), order);
    std::vector<Finding> kept;
    kept.reserve(before.findings.size());
    std::copy_if(before.findings.begin(), before.findings.end(), std::back_inserter(kept),
                 [&](const Finding &f) {
                     return f.check != BudgetCheck::ProjectDepth &&
                            (f.check != BudgetCheck::ModuleImports ||
                             !changed[std::size_t(f.node)]);
                 });
    out.findings.reserve(kept.size() + fresh.size());
    std::merge(kept.begin(), kept.end(), fresh.begin(), fresh.end(),
               std::back_inserter(out.findings), order);
}

// What does not depend on imports (sizes, classes, cohesion, definitions, churn) as `before`
// measured it; what does, left to be measured.
NodeMetrics withoutImports(NodeMetrics m)
{
    const NodeMetrics fresh;
    m.level = fresh.level;
    m.layer = fresh.layer;
    m.cycle = fresh.cycle;
    m.ca = fresh.ca;
    m.ce = fresh.ce;
    m.instability = fresh.instability;
    m.distance = fresh.distance;
    m.reach = fresh.reach;
    m.relationalCohesion = fresh.relationalCohesion;
    return m;
}

void levelsOf(const Layering &layering, std::vector<NodeMetrics> &nodes)
{
    for (std::size_t v = 0; v < nodes.size(); ++v) {
        nodes[v].level = layering.levels[v];
        nodes[v].cycle = layering.cycleOf[v];
    }
}

// Per internal node with a file: its file's measures.
void fileMeasuresOf(const Analysis &analysis, const ImportGraph &graph,
                    const FileMeasures &measured, std::vector<NodeMetrics> &nodes)
{
    for (int v = 0; v < graph.nodeCount(); ++v) {
        const FileFacts *facts = factsOf(analysis, graph.node(v).file);
        if (!graph.isInternal(v) || !facts)
            continue;
        NodeMetrics &m = nodes[std::size_t(v)];
        const auto file = std::size_t(graph.node(v).file);
        m.moduleCohesion =
            file < measured.moduleCohesion.size() ? measured.moduleCohesion[file] : 0;
        m.topLevelDefinitions = int(std::count_if(
            facts->definitions.begin(), facts->definitions.end(),
            [](const Definition &d) { return d.parent < 0 && d.kind != DefKind::Method; }));
    }
}

} // namespace

// The call graph's edge `e` as a use between two definitions of one file (module-level code
// as caller -1), with that file; file -1 when it is none.
static std::pair<int, ResolvedUse> resolvedUse(const CallGraph &calls, const CallEdge &e)
{
    // A lambda's uses count for the definition (or module code) it sits in.
    const auto owner = [&calls](int n) {
        while (calls.node(n).lambda >= 0)
            n = calls.node(n).parent;
        return n;
    };
    const CallNode &caller = calls.node(owner(e.caller));
    const CallNode &callee = calls.node(owner(e.callee));
    if (caller.file < 0 || caller.file != callee.file || callee.definition < 0 ||
        e.kind == CallEdgeKind::Uses)
        return {-1, {}};
    return {caller.file, {caller.definition, callee.definition}};
}

// Per file, the call graph's edges between two definitions of that file: the resolved uses
// cohesion counts. Empty lists without a call graph.
static std::vector<std::vector<ResolvedUse>> resolvedUses(const CallGraph *calls, std::size_t files)
{
    std::vector<std::vector<ResolvedUse>> out(files);
    if (!calls)
        return out;
    for (const CallEdge &e : calls->edges) {
        const auto [file, use] = resolvedUse(*calls, e);
        if (file >= 0 && std::size_t(file) < files)
            out[std::size_t(file)].push_back(use);
    }
    return out;
}

std::vector<ResolvedUse> resolvedUsesIn(const CallGraph *calls, int file)
{
    std::vector<ResolvedUse> out;
    if (!calls)
        return out;
    for (const CallEdge &e : calls->edgesFromFile(file)) {
        const auto [in, use] = resolvedUse(*calls, e);
        if (in == file)
            out.push_back(use);
    }
    return out;
}

// Files are measured on every core: each file on its own, the classes joined in file order.
FileMeasures measureFiles(const Analysis &analysis, const CallGraph *calls)
{
    FileMeasures out;
    const std::size_t files = std::min(analysis.scan.files.size(), analysis.facts.size());
    const std::vector<std::vector<ResolvedUse>> resolved = resolvedUses(calls, files);
    out.moduleCohesion.resize(files);
    std::vector<std::vector<ClassMetrics>> perFile(files);
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t f = next++; f < files; f = next++) {
            perFile[f] =
                classMetrics(analysis.facts[f], int(f), analysis.scan.files[f].module, resolved[f]);
            out.moduleCohesion[f] = moduleComponents(analysis.facts[f], resolved[f]);
        }
    };
    {
        // Threads cost more than a small project's files take.
        const std::size_t threads =
            files < 256 ? 1 : std::size_t(std::max(1, QThread::idealThreadCount()));
        std::vector<std::jthread> helpers;
        for (std::size_t t = 1; t < threads; ++t)
            helpers.emplace_back(work);
        work();
    }
    std::vector<ClassMetrics> classes;
    for (std::vector<ClassMetrics> &inFile : perFile)
        classes.insert(classes.end(), std::make_move_iterator(inFile.begin()),
                       std::make_move_iterator(inFile.end()));
    out.classes = SharedList<ClassMetrics>(std::move(classes));
    return out;
}

Metrics computeMetrics(const Analysis &analysis, const ImportGraph &graph,
                       const MetricsOptions &options, const CallGraph *calls,
                       const FileMeasures *measured, const SameNodes &before)
{
    const ImportKindSet kinds = options.cycles.kinds;
    Metrics out;
    Layering layering = computeLayering(graph, options.cycles);
    auto layered = [&] {
        out.cycles = std::move(layering.cycles);
        out.depth = layering.depth;
        out.longestChain = std::move(layering.longestChain);
        out.upwardEdges = std::move(layering.upwardEdges);
    };
    if (options.scope == MetricsScope::LevelsAndCoupling) {
        out.nodes.resize(std::size_t(graph.nodeCount()));
        levelsOf(layering, out.nodes);
        coupling(graph, kinds, out.nodes);
        layered();
        return out;
    }

    const Metrics *reused = before.metrics && before.graph &&
                                    before.metrics->nodes.size() == graph.nodes().size() &&
                                    sameNodes(*before.graph, graph)
                                ? before.metrics
                                : nullptr;
    std::vector<int> owners;
    if (reused) {
        out.nodes.reserve(reused->nodes.size());
        for (const NodeMetrics &m : reused->nodes)
            out.nodes.push_back(withoutImports(m));
        out.classes = reused->classes;
        out.churnCounted = reused->churnCounted;
    } else {
        FileMeasures own;
        if (!measured) {
            own = measureFiles(analysis, calls);
            measured = &own;
        }
        out.nodes.resize(std::size_t(graph.nodeCount()));
        out.classes = measured->classes;
        owners = fileOwners(analysis, graph);
        sizes(analysis, owners, out.classes, out.nodes);
        out.churnCounted = !analysis.churn.empty();
        worstClassesUpwards(graph, out.nodes);
        fileMeasuresOf(analysis, graph, *measured, out.nodes);
    }
    levelsOf(layering, out.nodes);
    coupling(graph, kinds, out.nodes);
    for (int v = 0; v < graph.nodeCount(); ++v) {
        NodeMetrics &m = out.nodes[std::size_t(v)];
        m.distance = graph.isInternal(v) ? std::abs(m.abstractness + m.instability - 1.0) : 0.0;
    }
    relationalCohesion(graph, kinds, out.nodes);
    if (options.reachability) {
        if (reused)
            owners = fileOwners(analysis, graph);
        reachability(graph, kinds, layering, owners, out);
    }
    out.layers = assignLayers(graph, kinds, layering, out.nodes);

    layered();
    if (reused)
        updatedFindings(graph, options.budget, *reused, out);
    else
        findings(analysis, graph, options.budget, out);
    return out;
}

} // namespace headroom
