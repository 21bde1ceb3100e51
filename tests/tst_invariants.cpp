// Invariants that must hold on real code nobody here wrote, at module level and at every
// package depth: breaking sets break every cycle, levels respect every counted import, the
// longest chain is as long as the depth, findings are really over the budget.
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
        if (!graph.isInternal(e.source) || !graph.isInternal(e.target) || countedWeight(e, kinds) == 0)
            continue;
        const NodeMetrics &s = m.nodes[std::size_t(e.source)];
        const NodeMetrics &t = m.nodes[std::size_t(e.target)];
        if (s.cycle >= 0 && s.cycle == t.cycle)
            QCOMPARE(s.level, t.level);
        else
            QVERIFY2(s.level > t.level, qPrintable(graph.node(e.source).name + QLatin1String(" -> ")
                                                   + graph.node(e.target).name));
    }

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
