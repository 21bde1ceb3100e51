// Layout: the Graphviz wrapper's errors as values, levels as rows with the foundation at the
// bottom, the fast fallback above dot's limit, and stability when a node goes away.
#include "graphviz.h"
#include "layout.h"

#include <QtTest>

#include <random>

using namespace headroom;

namespace {

// Nodes 0..n-1 with the given ranks; every edge "s>t".
LayoutRequest requestOf(const std::vector<int> &ranks, const QStringList &edges,
                        LayoutEngine engine)
{
    LayoutRequest r;
    r.engine = engine;
    for (int i = 0; i < int(ranks.size()); ++i)
        r.nodes.push_back({i, QStringLiteral("n%1").arg(i), 60, 30, ranks[std::size_t(i)]});
    for (const QString &e : edges) {
        const QStringList ends = e.split(QLatin1Char('>'));
        r.edges.push_back({ends[0].toInt(), ends[1].toInt(), 1});
    }
    return r;
}

// A layered graph of `levels` rows of `width` nodes; each node above the bottom imports two
// random nodes below it.
LayoutRequest randomLayered(int levels, int width, unsigned seed, LayoutEngine engine)
{
    std::mt19937 random(seed);
    std::vector<int> ranks;
    QStringList edges;
    for (int i = 0; i < levels * width; ++i)
        ranks.push_back(i / width);
    for (int i = width; i < levels * width; ++i) {
        for (int k = 0; k < 2; ++k) {
            const int below = int(random() % unsigned((i / width) * width));
            edges << QStringLiteral("%1>%2").arg(i).arg(below);
        }
    }
    edges.removeDuplicates();
    return requestOf(ranks, edges, engine);
}

QPointF centreOf(const LayoutResult &result, int id)
{
    const int i = result.indexOf(id);
    return i >= 0 ? result.nodes[std::size_t(i)].centre : QPointF(qQNaN(), qQNaN());
}

} // namespace

Q_DECLARE_METATYPE(headroom::LayoutEngine)

class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void wrapperErrors_data();
    void wrapperErrors();
    void renderDotStillWorks();
    void manyLayoutsInOneProcess();
    void levelOrder_data();
    void levelOrder();
    void edgesJoinTheirNodes_data();
    void edgesJoinTheirNodes();
    void fallbackAboveTheLimit();
    void badRequests();
    void stability_data();
    void stability();
};

void TestLayout::wrapperErrors_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<bool>("laidOut");
    QTest::addColumn<QString>("error"); // a piece of errors(), empty for none
    QTest::addColumn<bool>("warned");

    QTest::newRow("fine") << "fine" << true << "" << false;
    QTest::newRow("empty graph") << "empty" << false << "empty" << false;
    QTest::newRow("unknown engine") << "engine" << false << "not recognized" << false;
    QTest::newRow("bad attribute value") << "attribute" << true << "" << true;
    QTest::newRow("duplicate node") << "duplicate" << false << "duplicate node" << false;
    QTest::newRow("edge to nothing") << "edge" << false << "cannot add edge" << false;
    QTest::newRow("invalid DOT") << "dot" << false << "syntax error" << false;
    QTest::newRow("laid out twice") << "twice" << false << "already" << false;
}

void TestLayout::wrapperErrors()
{
    QFETCH(QString, what);
    QFETCH(bool, laidOut);
    QFETCH(QString, error);
    QFETCH(bool, warned);

    GraphvizGraph g = what == QLatin1String("dot") ? GraphvizGraph::read("digraph { a -> ; }")
                                                   : GraphvizGraph::open();
    const char *engine = what == QLatin1String("engine") ? "no-such-engine" : "dot";
    if (what != QLatin1String("empty") && what != QLatin1String("dot")) {
        const int a = g.addNode("a");
        const int b = g.addNode(what == QLatin1String("duplicate") ? "a" : "b");
        g.addEdge(a, what == QLatin1String("edge") ? 7 : b);
    }
    if (what == QLatin1String("attribute"))
        g.setGraphAttribute("splines", "wiggly");
    bool ok = g.layout(engine);
    if (what == QLatin1String("twice") && ok)
        ok = g.layout(engine);
    QCOMPARE(ok, laidOut);
    if (error.isEmpty())
        QVERIFY2(g.errors().isEmpty(), qPrintable(g.errors()));
    else
        QVERIFY2(g.errors().contains(error, Qt::CaseInsensitive), qPrintable(g.errors()));
    QCOMPARE(!g.warnings().isEmpty(), warned);

    // The wrapper moves; the moved-to graph owns everything, and its destructor frees it.
    GraphvizGraph moved = std::move(g);
    QCOMPARE(moved.ok(), error.isEmpty());
}

void TestLayout::renderDotStillWorks()
{
    const GraphvizResult plain = renderDot("digraph { a -> b; }", "dot", "plain");
    QVERIFY2(plain.output.startsWith("graph "), qPrintable(plain.error));
    const GraphvizResult bad = renderDot("digraph { a -> ; }", "dot", "plain");
    QVERIFY(bad.output.isEmpty());
    QVERIFY(!bad.error.isEmpty());
}

// Graphviz 2.42 reads freed memory when a second layout measures text after a context was
// freed (caught by the sanitizer build): every layout in a process must share one context.
void TestLayout::manyLayoutsInOneProcess()
{
    for (int round = 0; round < 3; ++round) {
        const GraphvizResult svg = renderDot(
            "digraph { a [label=\"a label to measure\"]; a -> b [label=\"x\"]; }", "dot", "svg");
        QVERIFY2(svg.output.contains("a label to measure"), qPrintable(svg.error));
        GraphvizGraph g = GraphvizGraph::open();
        g.addEdge(g.addNode("a"), g.addNode("b"));
        QVERIFY2(g.layout("dot"), qPrintable(g.errors()));
    }
}

void TestLayout::levelOrder_data()
{
    QTest::addColumn<LayoutEngine>("engine");
    QTest::newRow("layered dot") << LayoutEngine::Layered;
    QTest::newRow("fast") << LayoutEngine::Fast;
}

void TestLayout::levelOrder()
{
    QFETCH(LayoutEngine, engine);
    // 3 (level 2) imports only 0 (level 0): it must still sit on level 2's row, above 1.
    const LayoutRequest request =
        requestOf({0, 1, 2, 2, 0}, {"1>0", "2>1", "3>0", "1>4", "2>4"}, engine);
    const LayoutResult result = computeLayout(request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.engine, engine);
    const double y0 = centreOf(result, 0).y();
    const double y1 = centreOf(result, 1).y();
    const double y2 = centreOf(result, 2).y();
    QVERIFY2(y2 < y1 && y1 < y0, qPrintable(QStringLiteral("%1 %2 %3").arg(y2).arg(y1).arg(y0)));
    QCOMPARE(centreOf(result, 3).y(), y2);
    QCOMPARE(centreOf(result, 4).y(), y0);
    for (const NodePlacement &n : result.nodes)
        QVERIFY(result.bounds.adjusted(-1, -1, 1, 1)
                    .contains(QRectF(n.centre - QPointF(30, 15), n.size)));
    // Nodes of one row do not overlap.
    QVERIFY(std::abs(centreOf(result, 2).x() - centreOf(result, 3).x()) >= 60);
}

void TestLayout::edgesJoinTheirNodes_data()
{
    levelOrder_data();
    QTest::newRow("sfdp") << LayoutEngine::Sfdp;
    QTest::newRow("dot") << LayoutEngine::Dot;
}

void TestLayout::edgesJoinTheirNodes()
{
    QFETCH(LayoutEngine, engine);
    const LayoutRequest request = randomLayered(4, 4, 3, engine);
    const LayoutResult result = computeLayout(request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.edges.size(), request.edges.size());
    for (const EdgeRoute &e : result.edges) {
        QVERIFY(e.points.size() >= 2);
        if (e.curved)
            QCOMPARE((e.points.size() - 1) % 3, 0u);
        // Starts at the importer's box and ends at the imported one's (a point of slack).
        const auto near = [&](int id, QPointF p) {
            const int i = result.indexOf(id);
            const QRectF box(result.nodes[std::size_t(i)].centre - QPointF(30, 15), QSizeF(60, 30));
            return box.adjusted(-2, -2, 2, 2).contains(p);
        };
        QVERIFY(near(e.source, e.points.front()));
        QVERIFY(near(e.target, e.points.back()));
    }
}

void TestLayout::fallbackAboveTheLimit()
{
    // 40 levels of 80 nodes: dot would take minutes.
    LayoutRequest big = randomLayered(40, 80, 5, LayoutEngine::Layered);
    QVERIFY(dotWork(big) > DotWorkLimit);
    QElapsedTimer timer;
    timer.start();
    const LayoutResult result = computeLayout(big);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.engine, LayoutEngine::Fast);
    QVERIFY(!result.warnings.isEmpty());
    QVERIFY(timer.elapsed() < 5000);

    // A small one stays with dot, unless its limit is lowered.
    LayoutRequest small = randomLayered(3, 3, 5, LayoutEngine::Layered);
    QVERIFY(dotWork(small) <= DotWorkLimit);
    QCOMPARE(computeLayout(small).engine, LayoutEngine::Layered);
    small.dotWorkLimit = 2;
    QCOMPARE(computeLayout(small).engine, LayoutEngine::Fast);
    // Work counts the levels an edge skips: a chain over 10 levels is 10 nodes + 8 virtual.
    const LayoutRequest skip = requestOf({10, 0}, {"0>1"}, LayoutEngine::Layered);
    QCOMPARE(dotWork(skip), 2 + 9);
}

void TestLayout::badRequests()
{
    for (const LayoutEngine engine : {LayoutEngine::Layered, LayoutEngine::Fast}) {
        LayoutRequest twice = requestOf({0, 0}, {}, engine);
        twice.nodes[1].id = 0;
        QVERIFY(!computeLayout(twice).ok());
        const LayoutRequest dangling = requestOf({0}, {"0>3"}, engine);
        QVERIFY(!computeLayout(dangling).ok());
    }
    const LayoutResult empty = computeLayout(requestOf({}, {}, LayoutEngine::Layered));
    QVERIFY(!empty.ok());
    QVERIFY(empty.error.contains(QLatin1String("empty")));
}

void TestLayout::stability_data()
{
    QTest::addColumn<LayoutEngine>("engine");
    QTest::addColumn<double>("bound");
    // Mean displacement of the other nodes, in points; boxes are 60 wide, 18 apart. Without
    // the previous positions dot moves them 20-470 pt (about 300 on average) in these graphs,
    // with them 35-90; the fast layout keeps them exactly where they were.
    QTest::newRow("layered dot") << LayoutEngine::Layered << 100.0;
    QTest::newRow("fast") << LayoutEngine::Fast << 20.0;
}

void TestLayout::stability()
{
    QFETCH(LayoutEngine, engine);
    QFETCH(double, bound);
    for (const unsigned seed : {1u, 2u, 3u, 4u}) {
        const LayoutRequest before = randomLayered(5, 6, seed, engine);
        const LayoutResult first = computeLayout(before);
        QVERIFY2(first.ok(), qPrintable(first.error));
        for (const int removed : {0, 14, 29}) {
            LayoutRequest after = before;
            after.nodes.erase(after.nodes.begin() + removed);
            std::erase_if(after.edges, [&](const LayoutEdge &e) {
                return e.source == removed || e.target == removed;
            });
            for (const NodePlacement &n : first.nodes)
                after.previous.insert(n.id, n.centre);
            const LayoutResult second = computeLayout(after);
            QVERIFY2(second.ok(), qPrintable(second.error));
            double total = 0;
            for (const NodePlacement &n : second.nodes)
                total += QLineF(n.centre, centreOf(first, n.id)).length();
            const double mean = total / double(second.nodes.size());
            QVERIFY2(mean < bound,
                     qPrintable(QStringLiteral("seed %1, removed %2: moved %3 pt on average")
                                    .arg(seed)
                                    .arg(removed)
                                    .arg(mean)));
        }
    }
}

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
