// Invariants that must hold on real code nobody here wrote, at module level and at every
// package depth: breaking sets break every cycle, levels respect every counted import, layers
// respect every uncut one, the longest chain is as long as the depth, findings are really over
// the budget.
#include "analysis.h"
#include "cycles.h"
#include "metrics.h"

#include <QtTest>

using namespace headroom;

class TestInvariants : public QObject
{
    Q_OBJECT

private slots:
    void corpus_data();
    void corpus();
};

void TestInvariants::corpus_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("packageDepth");
    const QString django = QStringLiteral("/usr/lib/python3/dist-packages/django");
    const QString stdlib = QStringLiteral("/usr/lib/python3.11");
    for (int depth : {0, 1, 2, 3}) {
        QTest::addRow("django, depth %d", depth) << django << depth;
        QTest::addRow("stdlib, depth %d", depth) << stdlib << depth;
    }
    QTest::addRow("sample") << QStringLiteral(HEADROOM_SAMPLE_DIR) << 0;
}

void TestInvariants::corpus()
{
    QFETCH(QString, folder);
    QFETCH(int, packageDepth);
    if (!QFileInfo::exists(folder))
        QSKIP("corpus not installed (./setup.sh test installs python3-django and python3)");
    static QHash<QString, AnalysisPtr> cache;
    if (!cache.contains(folder))
        cache.insert(folder, analyzeProject(folder));
    const Analysis &analysis = *cache.value(folder);
    QCOMPARE(analysis.scan.status, ScanStatus::Ok);
    const ImportGraph graph = projectToDepth(analysis.graph, packageDepth, true);
    const MetricsOptions options;
    const Metrics m = computeMetrics(analysis, graph, options);
    const ImportKindSet kinds = options.cycles.kinds;

    // Cutting every breaking set leaves no cycle.
    std::vector<int> cuts;
    for (const Cycle &c : m.cycles) {
        QVERIFY(!c.breakingSet.empty());
        QVERIFY(c.breakingWeight > 0);
        cuts.insert(cuts.end(), c.breakingSet.begin(), c.breakingSet.end());
        for (std::size_t i = 0; i < c.members.size(); ++i) {
            // Each chain is a closed walk through its member along the cycle's edges.
            const std::vector<int> &chain = c.chains[i];
            QVERIFY(!chain.empty());
            QCOMPARE(graph.edge(chain.front()).source, c.members[i]);
            QCOMPARE(graph.edge(chain.back()).target, c.members[i]);
            for (std::size_t k = 1; k < chain.size(); ++k)
                QCOMPARE(graph.edge(chain[k]).source, graph.edge(chain[k - 1]).target);
        }
    }
    QCOMPARE(int(computeWithCuts(graph, options.cycles, cuts).cycles.size()), 0);

    // Every counted import goes down a level, or stays level inside one cycle.
    for (const Edge &e : graph.edges()) {
        if (!graph.isInternal(e.source) || !graph.isInternal(e.target) ||
            countedWeight(e, kinds) == 0)
            continue;
        const NodeMetrics &s = m.nodes[std::size_t(e.source)];
        const NodeMetrics &t = m.nodes[std::size_t(e.target)];
        if (s.cycle >= 0 && s.cycle == t.cycle)
            QCOMPARE(s.level, t.level);
        else
            QVERIFY2(s.level > t.level,
                     qPrintable(graph.node(e.source).name + QLatin1String(" -> ") +
                                graph.node(e.target).name));
    }

    // Layers: every uncut counted import goes down at least one layer; the layers of one
    // level form a band [base(L), base(L + 1)) right above the band of the level below, and
    // every layer holds a node.
    std::vector<char> cut(std::size_t(graph.edgeCount()), 0);
    for (const int e : cuts)
        cut[std::size_t(e)] = 1;
    for (int e = 0; e < graph.edgeCount(); ++e) {
        const Edge &edge = graph.edge(e);
        if (cut[std::size_t(e)] || !graph.isInternal(edge.source) ||
            !graph.isInternal(edge.target) || countedWeight(edge, kinds) == 0)
            continue;
        QVERIFY2(m.nodes[std::size_t(edge.source)].layer > m.nodes[std::size_t(edge.target)].layer,
                 qPrintable(graph.node(edge.source).name + QLatin1String(" -> ") +
                            graph.node(edge.target).name));
    }
    std::vector<int> lowest(std::size_t(m.depth), m.layers), highest(std::size_t(m.depth), -1);
    std::vector<int> perLayer(std::size_t(m.layers), 0);
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const NodeMetrics &n = m.nodes[std::size_t(i)];
        QCOMPARE(n.layer >= 0, graph.isInternal(i));
        if (n.layer < 0)
            continue;
        QVERIFY(n.layer < m.layers);
        ++perLayer[std::size_t(n.layer)];
        lowest[std::size_t(n.level)] = std::min(lowest[std::size_t(n.level)], n.layer);
        highest[std::size_t(n.level)] = std::max(highest[std::size_t(n.level)], n.layer);
    }
    for (int level = 0; level < m.depth; ++level)
        QCOMPARE(lowest[std::size_t(level)], level == 0 ? 0 : highest[std::size_t(level) - 1] + 1);
    QCOMPARE(m.depth == 0 ? 0 : highest.back() + 1, m.layers);
    QVERIFY(std::find(perLayer.begin(), perLayer.end(), 0) == perLayer.end());
    QVERIFY(m.layers >= m.depth);

    // Average component dependency and propagation cost (MacCormack) stay in range.
    QVERIFY(m.acd >= 1.0);
    QVERIFY(m.propagationCost > 0 && m.propagationCost <= 1.0);

    // The longest chain has one module per level, from the top down to 0.
    QCOMPARE(int(m.longestChain.size()), m.depth);
    for (std::size_t i = 0; i < m.longestChain.size(); ++i)
        QCOMPARE(m.nodes[std::size_t(m.longestChain[i])].level, m.depth - 1 - int(i));

    // Findings are over their limit and ordered by excess.
    for (std::size_t i = 0; i < m.findings.size(); ++i) {
        const Finding &f = m.findings[i];
        QVERIFY(f.value > f.limit);
        QCOMPARE(f.excess, f.value - f.limit);
        if (i > 0)
            QVERIFY(m.findings[i - 1].excess >= f.excess);
    }

    // Instability stays a ratio, and D = |A + I - 1|.
    for (int i = 0; i < graph.nodeCount(); ++i) {
        if (!graph.isInternal(i))
            continue;
        const NodeMetrics &n = m.nodes[std::size_t(i)];
        QVERIFY(n.instability >= 0.0 && n.instability <= 1.0);
        QVERIFY(qAbs(n.distance - qAbs(n.abstractness + n.instability - 1.0)) < 1e-9);
    }
}

QTEST_GUILESS_MAIN(TestInvariants)
#include "tst_invariants.moc"
