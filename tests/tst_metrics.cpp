// Metrics: small hand-made import graphs and Python snippets in, hand-computed cycles,
// breaking sets, levels, layers, coupling, cohesion and budget findings out. (Invariants on Django
// and the standard library: tst_invariants.)
#include "breakingset.h"
#include "extractor.h"
#include "graphspec.h"
#include "metrics.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace headroom;
using namespace Qt::StringLiterals;
using headroom::test::graphOf;

namespace {

QStringList edgeNames(const ImportGraph &graph, const std::vector<int> &edges)
{
    QStringList out;
    for (const int e : edges) {
        const Edge &edge = graph.edge(e);
        out << graph.node(edge.source).name + u"->"_s + graph.node(edge.target).name;
    }
    return out;
}

QString nodeNames(const ImportGraph &graph, const std::vector<int> &nodes)
{
    QStringList out;
    for (const int v : nodes)
        out << graph.node(v).name;
    return out.join(u' ');
}

// "name:value" by name for the internal nodes, and for any external one not at -1.
QString valuesByName(const ImportGraph &graph, auto value)
{
    QStringList out;
    for (int v = 0; v < graph.nodeCount(); ++v) {
        if (graph.isInternal(v) || value(v) != -1)
            out << graph.node(v).name + u':' + QString::number(value(v));
    }
    out.sort();
    return out.join(u' ');
}

int edgeNamed(const ImportGraph &graph, const QString &name)
{
    const QStringList ends = name.split(u"->"_s);
    return graph.findEdge(graph.find(ends.value(0)), graph.find(ends.value(1)));
}

// Kahn's algorithm over the arcs of `graph` minus `removed`.
bool acyclicWithout(const WeightedDigraph &graph, const std::vector<int> &removed)
{
    std::vector<int> indegree(std::size_t(graph.nodes), 0);
    std::vector<std::vector<int>> out(std::size_t(graph.nodes));
    for (std::size_t a = 0; a < graph.from.size(); ++a) {
        if (std::find(removed.begin(), removed.end(), int(a)) != removed.end())
            continue;
        ++indegree[std::size_t(graph.to[a])];
        out[std::size_t(graph.from[a])].push_back(graph.to[a]);
    }
    std::vector<int> ready;
    for (int v = 0; v < graph.nodes; ++v) {
        if (indegree[std::size_t(v)] == 0)
            ready.push_back(v);
    }
    int done = 0;
    while (!ready.empty()) {
        const int v = ready.back();
        ready.pop_back();
        ++done;
        for (const int w : out[std::size_t(v)]) {
            if (--indegree[std::size_t(w)] == 0)
                ready.push_back(w);
        }
    }
    return done == graph.nodes;
}

// The cycle's edges minus `removed` as local arcs, checked by the function above.
bool acyclicWithout(const ImportGraph &graph, const Cycle &cycle, const std::vector<int> &removed)
{
    WeightedDigraph local;
    local.nodes = int(cycle.members.size());
    auto localOf = [&](int v) {
        return int(std::find(cycle.members.begin(), cycle.members.end(), v) -
                   cycle.members.begin());
    };
    for (const int e : cycle.edges) {
        if (std::find(removed.begin(), removed.end(), e) != removed.end())
            continue;
        local.from.push_back(localOf(graph.edge(e).source));
        local.to.push_back(localOf(graph.edge(e).target));
        local.weight.push_back(1);
    }
    return acyclicWithout(local, {});
}

// An analysis over `spec` whose modules named in `sources` have facts from their code.
Analysis analysisOf(const QString &spec, const QList<QPair<QString, QByteArray>> &sources)
{
    Analysis a;
    a.graph = graphOf(spec);
    PythonExtractor extractor;
    for (const auto &[module, code] : sources) {
        SourceFile file;
        file.module = module;
        file.relativePath = module + u".py"_s;
        const int index = int(a.scan.files.size());
        a.scan.files.push_back(file);
        a.facts.push_back(extractor.extract(code));
        const int node = a.graph.find(module);
        if (node >= 0)
            a.graph.mutableNode(node).file = index;
    }
    return a;
}

const ClassMetrics *classNamed(const Metrics &m, const QString &name)
{
    for (const ClassMetrics &c : m.classes) {
        if (c.qualifiedName == name)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void cycles_data();
    void cycles();
    void breakingSets_data();
    void breakingSets();
    void bigComponents();
    void solverAgainstExact();
    void chains_data();
    void chains();
    void levels_data();
    void levels();
    void projectionLevels();
    void layers_data();
    void layers();
    void cuts_data();
    void cuts();
    void coupling_data();
    void coupling();
    void abstractness_data();
    void abstractness();
    void reachability_data();
    void reachability();
    void classCohesion_data();
    void classCohesion();
    void moduleCohesion_data();
    void moduleCohesion();
    void relationalCohesion();
    void rollups();
    void levelsAndCouplingScope_data();
    void levelsAndCouplingScope();
    void findings();
};

void TestMetrics::cycles_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("allKinds");
    QTest::addColumn<QStringList>("expected"); // members of each cycle, in order
    QTest::addColumn<QList<int>>("weights");   // breaking weight of each cycle

    QTest::newRow("none") << u"a->b, b->c, a->c"_s << false << QStringList{} << QList<int>{};
    QTest::newRow("two") << u"a->b, b->a"_s << false << QStringList{u"a b"_s} << QList<int>{1};
    QTest::newRow("self import") << u"a->a, a->b"_s << false << QStringList{u"a"_s}
                                 << QList<int>{1};
    QTest::newRow("self import with sites")
        << u"a->a*3"_s << false << QStringList{u"a"_s} << QList<int>{3};
    QTest::newRow("type-checking left out")
        << u"a->b, b=>a"_s << false << QStringList{} << QList<int>{};
    QTest::newRow("type-checking when asked")
        << u"a->b, b=>a"_s << true << QStringList{u"a b"_s} << QList<int>{1};
    QTest::newRow("other kinds count")
        << u"a~>b, b?>a"_s << false << QStringList{u"a b"_s} << QList<int>{1};
    QTest::newRow("only counted sites weigh")
        << u"a->b*2, b=>a*5, b->a"_s << false << QStringList{u"a b"_s} << QList<int>{1};
    QTest::newRow("two components, larger first")
        << u"x->y, y->x, a->b, b->c, c->a, c->x"_s << false << QStringList{u"a b c"_s, u"x y"_s}
        << QList<int>{1, 1};
    QTest::newRow("two cycles sharing a node")
        << u"a->b, b->a, b->c, c->b"_s << false << QStringList{u"a b c"_s} << QList<int>{2};
    QTest::newRow("external nodes never")
        << u"a->!x, !x->a"_s << false << QStringList{} << QList<int>{};
    QTest::newRow("members sorted by name")
        << u"z->m, m->b, b->z"_s << false << QStringList{u"b m z"_s} << QList<int>{1};
}

void TestMetrics::cycles()
{
    QFETCH(QString, spec);
    QFETCH(bool, allKinds);
    QFETCH(QStringList, expected);
    QFETCH(QList<int>, weights);
    const ImportGraph graph = graphOf(spec);
    CycleOptions options;
    if (allKinds)
        options.kinds = AllImportKinds;
    const Layering layering = computeLayering(graph, options);
    QStringList got;
    QList<int> gotWeights;
    for (const Cycle &c : layering.cycles) {
        got << nodeNames(graph, c.members);
        gotWeights << c.breakingWeight;
        QVERIFY(acyclicWithout(graph, c, c.breakingSet));
        QCOMPARE(c.chains.size(), c.members.size());
        for (const int v : c.members)
            QCOMPARE(layering.cycleOf[std::size_t(v)], int(&c - layering.cycles.data()));
    }
    QCOMPARE(got, expected);
    QCOMPARE(gotWeights, weights);
}

void TestMetrics::breakingSets_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("nodeLimit");
    QTest::addColumn<QStringList>("expected"); // empty: several answers are right
    QTest::addColumn<int>("weight");
    QTest::addColumn<bool>("exact");

    QTest::newRow("cheaper direction")
        << u"a->b*3, b->a"_s << 20 << QStringList{u"b->a"_s} << 1 << true;
    QTest::newRow("triangle with chord")
        << u"a->b, b->c, c->a, a->c"_s << 20 << QStringList{u"c->a"_s} << 1 << true;
    QTest::newRow("two cycles sharing a node")
        << u"a->b*2, b->a, b->c, c->b*2"_s << 20 << QStringList{u"b->a"_s, u"b->c"_s} << 2 << true;
    QTest::newRow("self-edge always cut")
        << u"a->a*4, a->b*9, b->a*9"_s << 20 << QStringList{} << 13 << true;
    // Every cycle runs d->a; with d->a heavy, cutting both ways into d is cheaper.
    QTest::newRow("tournament on four") << u"a->b*2, b->c, c->d, d->a*3, a->c, b->d"_s << 20
                                        << QStringList{u"c->d"_s, u"b->d"_s} << 2 << true;
    QTest::newRow("tournament on four, heuristic")
        << u"a->b*2, b->c, c->d, d->a*3, a->c, b->d"_s << 0 << QStringList{} << -1 << false;
    // Each of the six pairs is a 2-cycle; keeping the heavier direction of each leaves the
    // order a, b, c, d, so the six light edges are a minimum.
    QTest::newRow("complete on four")
        << u"a->b*2, a->c*2, a->d*2, b->c*2, b->d*2, c->d*2, b->a, c->a, d->a, c->b, d->b, d->c"_s
        << 20 << QStringList{u"b->a"_s, u"c->a"_s, u"d->a"_s, u"c->b"_s, u"d->b"_s, u"d->c"_s} << 6
        << true;
}

void TestMetrics::breakingSets()
{
    QFETCH(QString, spec);
    QFETCH(int, nodeLimit);
    QFETCH(QStringList, expected);
    QFETCH(int, weight);
    QFETCH(bool, exact);
    const ImportGraph graph = graphOf(spec);
    CycleOptions options;
    options.exactNodeLimit = nodeLimit;
    const Layering layering = computeLayering(graph, options);
    QCOMPARE(layering.cycles.size(), std::size_t(1));
    const Cycle &c = layering.cycles.front();
    QVERIFY(acyclicWithout(graph, c, c.breakingSet));
    if (!expected.isEmpty())
        QCOMPARE(edgeNames(graph, c.breakingSet), expected);
    if (weight >= 0)
        QCOMPARE(c.breakingWeight, weight);
    QCOMPARE(c.exact, exact);
    QCOMPARE(layering.upwardEdges, c.breakingSet);
}

void TestMetrics::bigComponents()
{
    // A ring contracts to one node: the reductions alone prove one edge optimal.
    QStringList ring;
    for (int i = 0; i < 300; ++i)
        ring << u"m%1->m%2"_s.arg(i).arg((i + 1) % 300);
    const ImportGraph ringGraph = graphOf(ring.join(u','));
    const Layering ringLayering = computeLayering(ringGraph, {});
    QCOMPARE(ringLayering.cycles.size(), std::size_t(1));
    const Cycle &r = ringLayering.cycles.front();
    QCOMPARE(r.members.size(), std::size_t(300));
    QCOMPARE(r.breakingSet.size(), std::size_t(1));
    QVERIFY(r.exact);
    QCOMPARE(r.chains.front().size(), std::size_t(300));

    // Every node has two edges in and two out, so nothing contracts and the heuristic runs.
    // The +1 ring and the two +2 rings are edge-disjoint, so 3 is a lower bound.
    QStringList circulant;
    for (int i = 0; i < 300; ++i)
        circulant << u"m%1->m%2"_s.arg(i).arg((i + 1) % 300)
                  << u"m%1->m%2"_s.arg(i).arg((i + 2) % 300);
    const ImportGraph graph = graphOf(circulant.join(u','));
    const Layering layering = computeLayering(graph, {});
    QCOMPARE(layering.cycles.size(), std::size_t(1));
    const Cycle &c = layering.cycles.front();
    QVERIFY(!c.exact);
    QVERIFY(acyclicWithout(graph, c, c.breakingSet));
    QVERIFY(c.breakingWeight >= 3);
    // Pruned: every edge of the set is needed.
    for (std::size_t i = 0; i < c.breakingSet.size(); ++i) {
        std::vector<int> fewer = c.breakingSet;
        fewer.erase(fewer.begin() + std::ptrdiff_t(i));
        QVERIFY(!acyclicWithout(graph, c, fewer));
    }
    const Layering quick = computeWithCuts(graph, {}, {});
    QVERIFY(acyclicWithout(graph, quick.cycles.front(), quick.cycles.front().breakingSet));
    // Membership alone (the packages table's): the same cycles and levels, nothing to cut.
    CycleOptions membership;
    membership.detail = CycleDetail::Membership;
    const Layering members = computeLayering(graph, membership);
    QCOMPARE(members.cycles.size(), std::size_t(1));
    QCOMPARE(members.cycles.front().members, c.members);
    QCOMPARE(members.cycles.front().edges, c.edges);
    QVERIFY(members.cycles.front().breakingSet.empty());
    QVERIFY(members.cycles.front().chains.empty());
    QVERIFY(members.upwardEdges.empty());
    QCOMPARE(members.levels, layering.levels);
    QCOMPARE(members.cycleOf, layering.cycleOf);
    QCOMPARE(members.depth, layering.depth);
}

void TestMetrics::solverAgainstExact()
{
    // Random strongly connected graphs (a ring plus chords, self-loops and parallel arcs
    // allowed): the heuristic never beats the exact answer and both break every cycle.
    std::mt19937 random(5);
    for (int trial = 0; trial < 30; ++trial) {
        WeightedDigraph graph;
        graph.nodes = 6 + trial % 10;
        auto add = [&](int from, int to) {
            graph.from.push_back(from);
            graph.to.push_back(to);
            graph.weight.push_back(1 + int(random() % 4));
        };
        for (int v = 0; v < graph.nodes; ++v)
            add(v, (v + 1) % graph.nodes);
        for (int k = 0; k < 2 * graph.nodes; ++k)
            add(int(random() % unsigned(graph.nodes)), int(random() % unsigned(graph.nodes)));
        auto weight = [&](const BreakingSet &set) {
            int sum = 0;
            for (const int a : set.arcs)
                sum += graph.weight[std::size_t(a)];
            return sum;
        };
        const BreakingSet exact = minimumBreakingSet(graph, {20, 1000, 20});
        const BreakingSet heuristic = minimumBreakingSet(graph, {0, 0, 20});
        QVERIFY(exact.exact);
        QVERIFY(!heuristic.exact);
        QVERIFY(acyclicWithout(graph, exact.arcs));
        QVERIFY(acyclicWithout(graph, heuristic.arcs));
        QVERIFY(weight(heuristic) >= weight(exact));
        for (std::size_t a = 0; a < graph.from.size(); ++a) {
            if (graph.from[a] == graph.to[a])
                QVERIFY(std::binary_search(exact.arcs.begin(), exact.arcs.end(), int(a)));
        }
    }
}

void TestMetrics::chains_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("member");
    QTest::addColumn<QStringList>("expected");

    const QString chord = u"a->b, b->c, c->a, a->c"_s;
    QTest::newRow("shortcut") << chord << u"a"_s << QStringList{u"a->c"_s, u"c->a"_s};
    QTest::newRow("long way") << chord << u"b"_s << QStringList{u"b->c"_s, u"c->a"_s, u"a->b"_s};
    QTest::newRow("self") << u"a->a, a->b, b->a"_s << u"a"_s << QStringList{u"a->a"_s};
    QTest::newRow("through the other")
        << u"a->a, a->b, b->a"_s << u"b"_s << QStringList{u"b->a"_s, u"a->b"_s};
}

void TestMetrics::chains()
{
    QFETCH(QString, spec);
    QFETCH(QString, member);
    QFETCH(QStringList, expected);
    const ImportGraph graph = graphOf(spec);
    const Layering layering = computeLayering(graph, {});
    QCOMPARE(layering.cycles.size(), std::size_t(1));
    const Cycle &c = layering.cycles.front();
    const int v = graph.find(member);
    const auto at = std::find(c.members.begin(), c.members.end(), v) - c.members.begin();
    QCOMPARE(edgeNames(graph, c.chains[std::size_t(at)]), expected);
    QCOMPARE(edgeNames(graph, shortestChain(graph, c, v)), expected);
}

void TestMetrics::levels_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("expected"); // "name:level" for internal nodes, by name
    QTest::addColumn<int>("depth");
    QTest::addColumn<QString>("chain");

    QTest::newRow("empty") << QString() << QString() << 0 << QString();
    QTest::newRow("alone") << u"x"_s << u"x:0"_s << 1 << u"x"_s;
    QTest::newRow("chain") << u"a->b, b->c"_s << u"a:2 b:1 c:0"_s << 3 << u"a b c"_s;
    QTest::newRow("highest import wins")
        << u"a->b, b->c, a->c, d->c"_s << u"a:2 b:1 c:0 d:1"_s << 3 << u"a b c"_s;
    QTest::newRow("cycle shares a level")
        << u"a->b, b->a, b->c, d->a"_s << u"a:1 b:1 c:0 d:2"_s << 3 << u"d a c"_s;
    QTest::newRow("type-checking does not lift") << u"a=>b"_s << u"a:0 b:0"_s << 1 << u"a"_s;
    QTest::newRow("externals have none") << u"a->!os"_s << u"a:0"_s << 1 << u"a"_s;
    QTest::newRow("package __init__ is a module")
        << u"p.a->q, q->p"_s << u"p.a:2 p:0 q:1"_s << 3 << u"p.a q p"_s;
}

void TestMetrics::levels()
{
    QFETCH(QString, spec);
    QFETCH(QString, expected);
    QFETCH(int, depth);
    QFETCH(QString, chain);
    const ImportGraph graph = graphOf(spec);
    const Layering layering = computeLayering(graph, {});
    QCOMPARE(valuesByName(graph, [&](int v) { return layering.levels[std::size_t(v)]; }), expected);
    QCOMPARE(layering.depth, depth);
    QCOMPARE(nodeNames(graph, layering.longestChain), chain);
}

void TestMetrics::projectionLevels()
{
    const ImportGraph graph = graphOf(u"p.a->q, q->p, p.b->p.a"_s);
    const Layering modules = computeLayering(graph, {});
    QCOMPARE(modules.depth, 4);
    QVERIFY(modules.cycles.empty());
    const ImportGraph packages = projectToDepth(graph, 1, false);
    const Layering top = computeLayering(packages, {});
    QCOMPARE(top.cycles.size(), std::size_t(1));
    QCOMPARE(nodeNames(packages, top.cycles.front().members), u"p q"_s);
    QCOMPARE(top.depth, 1);
}

void TestMetrics::layers_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("expected"); // "name:layer" for internal nodes, by name
    QTest::addColumn<int>("count");
    QTest::newRow("ring cut at c->a") << u"a->b*2, b->c*2, c->a"_s << u"a:2 b:1 c:0"_s << 3;
    QTest::newRow("no cycles: the levels")
        << u"a->b, b->c, a->c, d->c, e, e->!os"_s << u"a:2 b:1 c:0 d:1 e:0"_s << 3;
    QTest::newRow("ring with a tail, a neighbour in its level, a self import below")
        << u"t->a, a->b*2, b->c*2, c->a, c->z, w->z, z->z"_s << u"a:3 b:2 c:1 t:4 w:1 z:0"_s << 5;
    QTest::newRow("two rings at two levels")
        << u"a->b*2, b->a, b->x, x->y*2, y->x"_s << u"a:3 b:2 x:1 y:0"_s << 4;
    QTest::newRow("type-checking does not count")
        << u"a->b*2, b->c*2, c->a, b=>a*3, a=>d, d->c"_s << u"a:2 b:1 c:0 d:3"_s << 4;
}

void TestMetrics::layers()
{
    QFETCH(QString, spec);
    QFETCH(QString, expected);
    QFETCH(int, count);
    const Analysis a = analysisOf(spec, {});
    const Metrics m = computeMetrics(a, a.graph);
    QCOMPARE(valuesByName(a.graph, [&](int v) { return m.nodes[std::size_t(v)].layer; }), expected);
    QCOMPARE(m.layers, count);
}

void TestMetrics::cuts_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QStringList>("cut");
    QTest::addColumn<int>("cycles");
    QTest::addColumn<int>("depth");

    QTest::newRow("nothing cut") << u"a->b, b->a, b->c"_s << QStringList{} << 1 << 2;
    QTest::newRow("cycle broken") << u"a->b, b->a, b->c"_s << QStringList{u"b->a"_s} << 0 << 3;
    QTest::newRow("one of two broken")
        << u"a->b, b->a, b->c, c->b"_s << QStringList{u"b->a"_s} << 1 << 2;
    QTest::newRow("self-edge cut") << u"a->a, a->b"_s << QStringList{u"a->a"_s} << 0 << 2;
}

void TestMetrics::cuts()
{
    QFETCH(QString, spec);
    QFETCH(QStringList, cut);
    QFETCH(int, cycles);
    QFETCH(int, depth);
    const ImportGraph graph = graphOf(spec);
    std::vector<int> edges;
    for (const QString &name : cut)
        edges.push_back(edgeNamed(graph, name));
    const Layering quick = computeWithCuts(graph, {}, edges);
    QCOMPARE(int(quick.cycles.size()), cycles);
    QCOMPARE(quick.depth, depth);
    for (const Cycle &c : quick.cycles) {
        QVERIFY(c.chains.empty());
        QVERIFY(acyclicWithout(graph, c, c.breakingSet));
        for (const int e : edges)
            QVERIFY(std::find(c.edges.begin(), c.edges.end(), e) == c.edges.end());
    }
    const Layering full = computeLayering(graph, {}, edges);
    QCOMPARE(full.levels, quick.levels);
    QCOMPARE(full.longestChain, quick.longestChain);
}

void TestMetrics::coupling_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<int>("ca");
    QTest::addColumn<int>("ce");
    QTest::addColumn<double>("instability");
    QTest::addColumn<double>("abstractness");
    QTest::addColumn<double>("distance");

    // a->b, a->c, b->c, d=>a (type-checking: left out); c has one abstract class of two.
    QTest::newRow("a") << u"a"_s << 0 << 2 << 1.0 << 0.0 << 0.0;
    QTest::newRow("b") << u"b"_s << 1 << 1 << 0.5 << 0.0 << 0.5;
    QTest::newRow("c") << u"c"_s << 2 << 0 << 0.0 << 0.5 << 0.5;
    QTest::newRow("d") << u"d"_s << 0 << 0 << 0.0 << 0.0 << 1.0;
}

void TestMetrics::coupling()
{
    QFETCH(QString, node);
    QFETCH(int, ca);
    QFETCH(int, ce);
    QFETCH(double, instability);
    QFETCH(double, abstractness);
    QFETCH(double, distance);
    const Analysis a = analysisOf(
        u"a->b, a->c, b->c, d=>a, a->!os"_s,
        {{u"c"_s,
          "from abc import ABC\nclass Base(ABC):\n    pass\nclass Impl(Base):\n    pass\n"}});
    const Metrics m = computeMetrics(a, a.graph);
    const NodeMetrics &n = m.nodes[std::size_t(a.graph.find(node))];
    QCOMPARE(n.ca, ca);
    QCOMPARE(n.ce, ce);
    QCOMPARE(n.instability, instability);
    QCOMPARE(n.abstractness, abstractness);
    QCOMPARE(n.distance, distance);
}

void TestMetrics::abstractness_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<bool>("abstract");

    QTest::newRow("ABC") << QByteArray("class C(ABC):\n    pass\n") << true;
    QTest::newRow("abc.ABC") << QByteArray("class C(abc.ABC):\n    pass\n") << true;
    QTest::newRow("Protocol[T]") << QByteArray("class C(Protocol[T]):\n    pass\n") << true;
    QTest::newRow("typing.Protocol")
        << QByteArray("class C(Base, typing.Protocol):\n    pass\n") << true;
    QTest::newRow("abstractmethod")
        << QByteArray("class C:\n    @abstractmethod\n    def f(self):\n        pass\n") << true;
    QTest::newRow("abc.abstractmethod under property")
        << QByteArray("class C:\n    @property\n    @abc.abstractmethod\n    def f(self):\n"
                      "        pass\n")
        << true;
    QTest::newRow("plain") << QByteArray("class C(Base):\n    def f(self):\n        pass\n")
                           << false;
    QTest::newRow("ABCMeta keyword is not seen")
        << QByteArray("class C(metaclass=ABCMeta):\n    pass\n") << false;
    QTest::newRow("nested function's decorator is not the class's")
        << QByteArray("class C:\n    def f(self):\n        @abstractmethod\n        def g():\n"
                      "            pass\n")
        << false;
}

void TestMetrics::abstractness()
{
    QFETCH(QByteArray, code);
    QFETCH(bool, abstract);
    const FileFacts facts = PythonExtractor().extract(code);
    QVERIFY(!facts.definitions.empty());
    QCOMPARE(facts.definitions.front().kind, DefKind::Class);
    QCOMPARE(isAbstractClass(facts, 0), abstract);
    const std::vector<ClassMetrics> classes = classMetrics(facts, 3, u"m"_s);
    QCOMPARE(classes.size(), std::size_t(1));
    QCOMPARE(classes.front().abstract, abstract);
    QCOMPARE(classes.front().qualifiedName, u"m.C"_s);
    QCOMPARE(classes.front().file, 3);
}

void TestMetrics::reachability_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<double>("ccd");
    QTest::addColumn<int>("n");

    QTest::newRow("chain of four") << u"a->b, b->c, c->d"_s << 10.0 << 4;
    QTest::newRow("star out") << u"h->a, h->b, h->c, h->d"_s << 9.0 << 5;
    QTest::newRow("star in") << u"a->h, b->h, c->h, d->h"_s << 9.0 << 5;
    QTest::newRow("cycle") << u"a->b, b->a"_s << 4.0 << 2;
    QTest::newRow("externals and type-checking left out") << u"a->!os, a=>b, b->c"_s << 4.0 << 3;
    QTest::newRow("single") << u"a"_s << 1.0 << 1;

    // Long enough that the closure takes more than one band of columns (32 MB: n x n / 8
    // bytes past 16,384 nodes): node i of a chain reaches the n - i nodes from itself on.
    const int n = 17000;
    QStringList chain;
    for (int i = 0; i + 1 < n; ++i)
        chain << u"m%1->m%2"_s.arg(i).arg(i + 1);
    QTest::newRow("chain of 17,000") << chain.join(u',') << double(n) * (n + 1) / 2 << n;
    // Its last 1,000 closed into a cycle: each of them reaches the 1,000, the rest as before.
    chain << u"m%1->m%2"_s.arg(n - 1).arg(n - 1000);
    QTest::newRow("chain of 17,000 ending in a cycle")
        << chain.join(u',') << double(n) * (n + 1) / 2 - 1000.0 * 1001 / 2 + 1000.0 * 1000 << n;
}

void TestMetrics::reachability()
{
    QFETCH(QString, spec);
    QFETCH(double, ccd);
    QFETCH(int, n);
    const Analysis a = analysisOf(spec, {});
    const Metrics m = computeMetrics(a, a.graph);
    const double size = n;
    QCOMPARE(m.acd, ccd / size);
    QCOMPARE(m.propagationCost, ccd / (size * size));
    QCOMPARE(m.nccd, ccd / ((size + 1) * std::log2(size + 1) - size));
    double sum = 0;
    for (const NodeMetrics &node : m.nodes)
        sum += node.reach;
    QCOMPARE(sum, ccd);
}

void TestMetrics::classCohesion_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<int>("methods");
    QTest::addColumn<int>("lcom4");
    QTest::addColumn<double>("cohesion"); // -1: none (no attributes, or constructors only)
    // LCOM4's parts in order: "methods|shared names", each list comma-separated.
    QTest::addColumn<QStringList>("parts");

    const QByteArray init = "class C:\n"
                            "    def __init__(self):\n"
                            "        self.a = 1\n"
                            "        self.b = 2\n";
    QTest::newRow("two parts") << init + "    def f(self):\n        return self.a\n"
                                         "    def g(self):\n        return self.a + 1\n"
                                         "    def h(self):\n        return self.b\n"
                               << 4 << 2 << 0.5 << QStringList{u"f,g|a"_s, u"h|b"_s};
    QTest::newRow("joined by a call")
        << init + "    def f(self):\n        return self.a\n"
                  "    def g(self):\n        return self.a + 1\n"
                  "    def h(self):\n        return self.b + self.f()\n"
        << 4 << 1 << 0.5 << QStringList{u"f,g,h|a,b"_s};
    QTest::newRow("bound method passed counts as a call")
        << init + "    def f(self):\n        return self.a\n"
                  "    def h(self):\n        run(self.f)\n        return self.b\n"
        << 3 << 1 << 0.5 << QStringList{u"f,h|a,b"_s};
    QTest::newRow("constructor only") << init << 1 << 0 << -1.0 << QStringList();
    QTest::newRow("no class attributes")
        << QByteArray("class C:\n    def f(self):\n        return 1\n"
                      "    def g(self):\n        return 2\n")
        << 2 << 2 << -1.0 << QStringList{u"f|"_s, u"g|"_s};
    QTest::newRow("property and setter are one")
        << QByteArray("class C:\n"
                      "    def __init__(self):\n        self._x = 0\n"
                      "    @property\n    def x(self):\n        return self._x\n"
                      "    @x.setter\n    def x(self, v):\n        self._x = v\n"
                      "    def other(self):\n        return 1\n")
        << 4 << 2 << 2.0 / 3.0 << QStringList{u"x|_x"_s, u"other|"_s};
    QTest::newRow("inherited method links nothing")
        << QByteArray("class C(Base):\n"
                      "    def f(self):\n        self.save()\n"
                      "    def g(self):\n        self.save()\n")
        << 2 << 2 << -1.0 << QStringList{u"f|"_s, u"g|"_s};
    QTest::newRow("shared inherited attribute links")
        << QByteArray("class C(Base):\n"
                      "    def f(self):\n        return self.name\n"
                      "    def g(self):\n        return self.name\n")
        << 2 << 1 << -1.0 << QStringList{u"f,g|name"_s};
    QTest::newRow("cls calls")
        << QByteArray("class C:\n"
                      "    @classmethod\n    def make(cls):\n        return cls.build()\n"
                      "    @classmethod\n    def build(cls):\n        return 1\n")
        << 2 << 1 << -1.0 << QStringList{u"make,build|"_s};
    QTest::newRow("closure inside a method")
        << QByteArray("class C:\n"
                      "    def f(self):\n        def inner():\n            return self.a\n"
                      "        return inner\n"
                      "    def g(self):\n        self.a = 1\n")
        << 2 << 1 << 1.0 << QStringList{u"f,g|a"_s};
    QTest::newRow("static method stands alone")
        << QByteArray("class C:\n"
                      "    def __init__(self):\n        self.a = 1\n"
                      "    def f(self):\n        return self.a\n"
                      "    @staticmethod\n    def s(x):\n        return x\n")
        << 3 << 2 << 0.5 << QStringList{u"f|a"_s, u"s|"_s};
}

void TestMetrics::classCohesion()
{
    QFETCH(QByteArray, code);
    QFETCH(int, methods);
    QFETCH(int, lcom4);
    QFETCH(double, cohesion);
    QFETCH(QStringList, parts);
    const FileFacts facts = PythonExtractor().extract(code);
    const std::vector<ClassMetrics> classes = classMetrics(facts, 0, u"m"_s);
    QCOMPARE(classes.size(), std::size_t(1));
    QCOMPARE(classes.front().methods, methods);
    QCOMPARE(classes.front().lcom4, lcom4);
    QCOMPARE(classes.front().cohesion.value_or(-1.0), cohesion);
    // The parts the Details panel lists: as many as LCOM4 counts.
    QStringList got;
    for (const CohesionPart &part : cohesionParts(facts, classes.front().definition))
        got << part.methods.join(u',') + u'|' + part.shared.join(u',');
    QCOMPARE(got, parts);
    QCOMPARE(int(got.size()), lcom4);
}

void TestMetrics::moduleCohesion_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<int>("components");

    QTest::newRow("empty") << QByteArray("X = 1\n") << 0;
    QTest::newRow("call links")
        << QByteArray("def f():\n    g()\ndef g():\n    pass\ndef h():\n    pass\n") << 2;
    QTest::newRow("class method uses a function")
        << QByteArray("def helper():\n    pass\nclass C:\n    def m(self):\n"
                      "        return helper()\n")
        << 1;
    QTest::newRow("name use without call")
        << QByteArray("X = 1\ndef f():\n    return X\ndef g():\n    return f\n") << 1;
    QTest::newRow("local shadow is no use")
        << QByteArray("def f():\n    pass\ndef g():\n    f = 1\n    return f\n") << 2;
    QTest::newRow("base class links")
        << QByteArray("class A:\n    pass\nclass B(A):\n    pass\nclass C:\n    pass\n") << 2;
}

void TestMetrics::moduleCohesion()
{
    QFETCH(QByteArray, code);
    QFETCH(int, components);
    QCOMPARE(moduleComponents(PythonExtractor().extract(code)), components);
}

void TestMetrics::relationalCohesion()
{
    // p has members a, b, c (c a subpackage): edges a-b, b-c, c(.x)-a make R = 3, N = 3.
    const Analysis a = analysisOf(
        u"p.a->p.b, p.b->p.c, p.c.x->p.a, p.a->q, p->p.a, p.c.x->p.c.y, p.a=>p.d, p.d"_s, {});
    const Metrics modules = computeMetrics(a, a.graph);
    QCOMPARE(modules.nodes[std::size_t(a.graph.find(u"p"_s))].relationalCohesion, 4.0 / 4.0);
    QCOMPARE(modules.nodes[std::size_t(a.graph.find(u"p.c"_s))].relationalCohesion, 2.0 / 2.0);
    QCOMPARE(modules.nodes[std::size_t(a.graph.find(u"p.a"_s))].relationalCohesion, 0.0);

    const ImportGraph projected = projectToDepth(a.graph, 2, false);
    const Metrics packages = computeMetrics(a, projected);
    QCOMPARE(packages.nodes[std::size_t(projected.find(u"p"_s))].relationalCohesion, 4.0 / 4.0);
    QCOMPARE(packages.nodes[std::size_t(projected.find(u"p.c"_s))].relationalCohesion, 0.0);
}

void TestMetrics::rollups()
{
    const Analysis a =
        analysisOf(u"p.a->p.b, q->p.a"_s, {{u"p"_s, "class K(ABC):\n    pass\n"},
                                           {u"p.a"_s, "class A:\n    pass\ndef f(x):\n    if x:\n"
                                                      "        return 1\n    return 2\n"},
                                           {u"p.b"_s, "def g():\n    pass\n"}});
    const Metrics modules = computeMetrics(a, a.graph);
    const NodeMetrics &init = modules.nodes[std::size_t(a.graph.find(u"p"_s))];
    QCOMPARE(init.files, 1);
    QCOMPARE(init.classes, 1);
    QCOMPARE(init.abstractness, 1.0);
    QCOMPARE(init.definitions, 1);
    QCOMPARE(modules.classes.size(), std::size_t(2));

    const ImportGraph projected = projectToDepth(a.graph, 1, false);
    const Metrics packages = computeMetrics(a, projected);
    const NodeMetrics &p = packages.nodes[std::size_t(projected.find(u"p"_s))];
    QCOMPARE(p.files, 3);
    QCOMPARE(p.classes, 2);
    QCOMPARE(p.abstractClasses, 1);
    QCOMPARE(p.definitions, 4);
    QCOMPARE(p.maxComplexity, 2);
    QCOMPARE(p.meanComplexity, 1.5);
    QCOMPARE(p.ca, 1);
    QCOMPARE(p.ce, 0);
    QCOMPARE(p.distance, 0.5);
    QCOMPARE(p.moduleCohesion, 1);
    QCOMPARE(p.topLevelDefinitions, 1);
    QCOMPARE(packages.nodes[std::size_t(projected.find(u"q"_s))].files, 0);
}

void TestMetrics::levelsAndCouplingScope_data()
{
    QTest::addColumn<QString>("spec");

    QTest::newRow("chain") << u"a->b, b->c, c->d"_s;
    QTest::newRow("two cycles joined") << u"a->b, b->a, b->c, c->d, d->c, a->!os"_s;
    QTest::newRow("type-checking left out") << u"a->b, b=>a, c~>a"_s;
    QTest::newRow("packages") << u"p.a->q.b, q.b->p.c, p.c->p.a, r->p.a*3"_s;
}

// A package roll-up measures its depth's projection for levels, cycles and coupling alone:
// those are what the full measure gives, and nothing else is computed.
void TestMetrics::levelsAndCouplingScope()
{
    QFETCH(QString, spec);
    const Analysis a = analysisOf(spec, {});
    MetricsOptions options;
    options.budget = HeadBudget::uniform(1);
    const Metrics all = computeMetrics(a, a.graph, options);
    options.scope = MetricsScope::LevelsAndCoupling;
    const Metrics some = computeMetrics(a, a.graph, options);
    QCOMPARE(some.nodes.size(), all.nodes.size());
    for (std::size_t v = 0; v < all.nodes.size(); ++v) {
        const NodeMetrics &x = all.nodes[v];
        const NodeMetrics &y = some.nodes[v];
        QCOMPARE(y.level, x.level);
        QCOMPARE(y.cycle, x.cycle);
        QCOMPARE(y.ca, x.ca);
        QCOMPARE(y.ce, x.ce);
        QCOMPARE(y.instability, x.instability);
        QCOMPARE(y.reach, 0);
        QCOMPARE(y.layer, -1);
    }
    QCOMPARE(some.depth, all.depth);
    QCOMPARE(some.cycles.size(), all.cycles.size());
    for (std::size_t c = 0; c < all.cycles.size(); ++c)
        QCOMPARE(some.cycles[c].members, all.cycles[c].members);
    QCOMPARE(some.longestChain, all.longestChain);
    QCOMPARE(some.upwardEdges, all.upwardEdges);
    QVERIFY(!all.findings.empty()); // a budget of 1 is exceeded: the full measure finds
    QVERIFY(some.findings.empty());
    QCOMPARE(some.acd, 0.0);
}

void TestMetrics::findings()
{
    const QByteArray code = "class C:\n"
                            "    def a(self): pass\n    def b(self): pass\n"
                            "    def c(self): pass\n    def d(self): pass\n"
                            "    def e(self): pass\n"
                            "def f(): pass\ndef g(): pass\ndef h(): pass\n";
    const Analysis a = analysisOf(u"p.a, p.b, p.c, m->p.a, m->p.b, m->p.c"_s, {{u"m"_s, code}});
    MetricsOptions options;
    options.budget = HeadBudget::uniform(2);
    options.budget.depth = 1;
    const Metrics m = computeMetrics(a, a.graph, options);
    QCOMPARE(m.depth, 2);
    QStringList got;
    for (const Finding &f : m.findings) {
        QCOMPARE(f.excess, f.value - f.limit);
        const QString name = f.classIndex >= 0 ? m.classes[std::size_t(f.classIndex)].qualifiedName
                             : f.node >= 0     ? a.graph.node(f.node).name
                                               : u"-"_s;
        got << u"%1 %2 %3/%4"_s.arg(int(f.check)).arg(name).arg(f.value).arg(f.limit);
    }
    const QStringList expected = {
        u"%1 m.C 5/2"_s.arg(int(BudgetCheck::ClassMethods)),
        u"%1 m 4/2"_s.arg(int(BudgetCheck::ModuleDefinitions)),
        u"%1 - 2/1"_s.arg(int(BudgetCheck::ProjectDepth)),
        u"%1 m 3/2"_s.arg(int(BudgetCheck::ModuleImports)),
        u"%1 p 3/2"_s.arg(int(BudgetCheck::PackageMembers)),
    };
    QCOMPARE(got, expected);

    const NodeMetrics &module = m.nodes[std::size_t(a.graph.find(u"m"_s))];
    QCOMPARE(module.files, 1);
    QCOMPARE(module.definitions, 9);
    QCOMPARE(module.topLevelDefinitions, 4);
    QCOMPARE(module.maxComplexity, 1);
    QCOMPARE(module.meanComplexity, 1.0);
    QCOMPARE(module.moduleCohesion, 4);
    QVERIFY(module.sloc >= 9);
    QVERIFY(classNamed(m, u"m.C"_s));
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
