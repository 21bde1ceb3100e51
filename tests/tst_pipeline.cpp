// The one pipeline: what it decides for every front end. The packages a first picture
// opens, from hand-made module graphs, and on the sample through runPipeline.
#include "githarness.h"
#include "graphspec.h"
#include "pipeline.h"
#include "projectfixture.h"
#include "structure.h"

#include <QtTest>

using namespace headroom;
using headroom::test::graphOf;

class TestPipeline : public QObject
{
    Q_OBJECT

private slots:
    void fittingOpen_data();
    void fittingOpen();
    void firstOpenOfSample();
    void memoryLimit_data();
    void memoryLimit();
    void estimate();
    void extractedDuringScan_data();
    void extractedDuringScan();
    void withoutCallFacts();
    void withoutPackageRollups();
    void withoutReachability();
    void filesMeasuredOnce();
    void whatIfMeasuresAgain_data();
    void whatIfMeasuresAgain();
};

void TestPipeline::fittingOpen_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("maxBoxes");
    QTest::addColumn<QStringList>("open");
    // p, p.a, p.a.x, p.a.y, p.b, p.b.z: four modules in three packages.
    const QString nested = QStringLiteral("p.a.x->p.b.z, p.a.y->p.a.x, p.b.z");
    QTest::newRow("everything fits") << nested << 6 << QStringList{"p", "p.a", "p.b"};
    // p.a would make three boxes; p.b takes the place of its one module.
    QTest::newRow("what fits opens") << nested << 2 << QStringList{"p", "p.b"};
    QTest::newRow("a lone top package always opens") << nested << 0 << QStringList{"p"};
    QTest::newRow("externals do not count")
        << QStringLiteral("a->!os, a->!sys, a->!re, b->a") << 2 << QStringList{};
    // p holds its own code and six vendored modules: room for one of them, its own opens.
    const QString vendoring =
        QStringLiteral("p.core.a->p._vendor.v1, p.core.b, p.core.c, p._vendor.v2, "
                       "p._vendor.v3, p._vendor.v4, p._vendor.v5, p._vendor.v6");
    QTest::newRow("vendored code opens last") << vendoring << 7 << QStringList{"p", "p.core"};
    QTest::newRow("vendored code opens when there is room")
        << vendoring << 9 << QStringList{"p", "p._vendor", "p.core"};
    QTest::newRow("flat project: nothing to open")
        << QStringLiteral("a, b, c, d") << 3 << QStringList{};
}

void TestPipeline::fittingOpen()
{
    QFETCH(QString, spec);
    QFETCH(int, maxBoxes);
    QTEST(fittingOpenPackages(graphOf(spec), maxBoxes), "open");
}

void TestPipeline::firstOpenOfSample()
{
    const SnapshotPtr snapshot = runPipeline(QStringLiteral(HEADROOM_SAMPLE_DIR));
    QVERIFY(snapshot->ok());
    QCOMPARE(snapshot->firstOpen, fittingOpenPackages(snapshot->analysis->graph));
    // The sample is small: its top package and every package in it open.
    QVERIFY(snapshot->firstOpen.contains(QStringLiteral("tinyshop")));
    QVERIFY(snapshot->firstOpen.contains(QStringLiteral("tinyshop.domain")));
    // A what-if snapshot opens on the same packages.
    QCOMPARE(deriveSnapshot(*snapshot, {}, AllImportKinds)->firstOpen, snapshot->firstOpen);
}

// Issue 15: a project too large for the memory it may take is said so after the scan, before
// any file is parsed, with the numbers the message needs.
void TestPipeline::memoryLimit_data()
{
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<bool>("callGraph");
    QTest::addColumn<bool>("tooLarge");
    QTest::newRow("not checked") << qint64(0) << true << false;
    QTest::newRow("plenty") << (qint64(1) << 40) << true << false;
    QTest::newRow("a megabyte") << (qint64(1) << 20) << true << true;
    QTest::newRow("a megabyte, package level") << (qint64(1) << 20) << false << true;
}

void TestPipeline::memoryLimit()
{
    QFETCH(qint64, limit);
    QFETCH(bool, callGraph);
    QFETCH(bool, tooLarge);
    PipelineOptions options;
    options.analysis.memoryLimit = limit;
    options.callGraph = callGraph;
    const SnapshotPtr snapshot = runPipeline(QStringLiteral(HEADROOM_SAMPLE_DIR), options);
    QCOMPARE(snapshot->status() == ScanStatus::TooLarge, tooLarge);
    const Analysis &a = *snapshot->analysis;
    if (tooLarge) {
        QVERIFY(a.facts.empty()); // nothing parsed
        QCOMPARE(a.memory.files, int(a.scan.files.size()));
        QVERIFY(a.memory.sourceBytes > 0);
        QCOMPARE(a.memory.neededBytes,
                 estimatedPeakBytes(a.memory.sourceBytes, a.memory.files, callGraph));
        QCOMPARE(a.memory.limitBytes, limit);
        QVERIFY(a.memory.neededBytes > limit);
    } else {
        QVERIFY(snapshot->ok());
        QCOMPARE(a.facts.size(), a.scan.files.size());
    }
}

void TestPipeline::estimate()
{
    const qint64 mb = qint64(1) << 20;
    for (const bool calls : {true, false}) {
        const qint64 none = estimatedPeakBytes(0, 0, calls);
        QVERIFY(none > 0); // the process itself
        // Linear in bytes and in files.
        QCOMPARE(estimatedPeakBytes(200 * mb, 0, calls) - estimatedPeakBytes(100 * mb, 0, calls),
                 estimatedPeakBytes(100 * mb, 0, calls) - none);
        QCOMPARE(estimatedPeakBytes(0, 2000, calls) - estimatedPeakBytes(0, 1000, calls),
                 estimatedPeakBytes(0, 1000, calls) - none);
    }
    QVERIFY(estimatedPeakBytes(30 * mb, 1800, true) > estimatedPeakBytes(30 * mb, 1800, false));
    QVERIFY(availableMemoryBytes() >= 0);
}

// Without the call graph the facts only it reads are not kept; everything else is the same.
void TestPipeline::withoutCallFacts()
{
    PipelineOptions full;
    PipelineOptions imports;
    imports.callGraph = false;
    const SnapshotPtr a = runPipeline(QStringLiteral(HEADROOM_SAMPLE_DIR), full);
    const SnapshotPtr b = runPipeline(QStringLiteral(HEADROOM_SAMPLE_DIR), imports);
    QVERIFY(a->ok() && b->ok());
    QCOMPARE(b->graph().edgeCount(), a->graph().edgeCount());
    QCOMPARE(b->review.metrics.depth, a->review.metrics.depth);
    QCOMPARE(b->review.metrics.cycles.size(), a->review.metrics.cycles.size());
    std::size_t calls = 0;
    for (std::size_t i = 0; i < a->analysis->facts.size(); ++i) {
        const FileFacts &with = a->analysis->facts[i];
        const FileFacts &without = b->analysis->facts[i];
        calls += with.calls.size();
        QVERIFY(without.calls.empty() && without.bindings.empty() && without.references.empty());
        QCOMPARE(without.imports, with.imports);
        QCOMPARE(without.definitions, with.definitions);
        QCOMPARE(without.attributes, with.attributes);
    }
    QVERIFY(calls > 0);
}

// The package roll-ups are the packages table's: a front end without one (the command line)
// leaves them out and gets the same review otherwise; a what-if keeps the choice.
void TestPipeline::withoutPackageRollups()
{
    PipelineOptions exports;
    exports.packageRollups = false;
    exports.callGraph = false;
    PipelineOptions window = exports;
    window.packageRollups = true;
    const SnapshotPtr a = runPipeline(QStringLiteral(HEADROOM_SAMPLE_DIR), window);
    const SnapshotPtr b = runPipeline(QStringLiteral(HEADROOM_SAMPLE_DIR), exports);
    QVERIFY(a->ok() && b->ok());
    QVERIFY(a->review.packageRollups && !a->review.packageRollups->packages.empty());
    QVERIFY(!a->review.packageRollups->levels.empty());
    QVERIFY(!b->review.packageRollups);
    QCOMPARE(b->graph().edgeCount(), a->graph().edgeCount());
    QCOMPARE(b->review.metrics.depth, a->review.metrics.depth);
    QCOMPARE(b->review.metrics.cycles.size(), a->review.metrics.cycles.size());
    QCOMPARE(b->review.metrics.findings.size(), a->review.metrics.findings.size());
    QCOMPARE(b->review.packages.size(), a->review.packages.size());
    const QList<QPair<QString, QString>> none;
    QVERIFY(deriveSnapshot(*a, none, AllImportKinds)->review.packageRollups);
    QVERIFY(!deriveSnapshot(*b, none, AllImportKinds)->review.packageRollups);
    // Worked out afterwards (as the window does), they are what the review would have held.
    const auto later = packageRollupsOf(b->review);
    QVERIFY(later);
    QCOMPARE(later->packages.size(), a->review.packageRollups->packages.size());
    for (std::size_t i = 0; i < later->packages.size(); ++i) {
        const PackageRollup &x = later->packages[i];
        const PackageRollup &y = a->review.packageRollups->packages[i];
        QCOMPARE(x.node, y.node);
        QCOMPARE(x.projected, y.projected);
        QCOMPARE(x.cyclesInside, y.cyclesInside);
        QCOMPARE(x.size.files, y.size.files);
    }
    QCOMPARE(later->levels.size(), a->review.packageRollups->levels.size());
    // At a package depth there are none.
    QVERIFY(!packageRollupsOf(reviewAt(*b, 1, false)->review));
}

// The window reads no reach (ACD, NCCD, propagation cost) and leaves the closure out:
// every other measure is the same, and the choice carries over to a what-if.
void TestPipeline::withoutReachability()
{
    PipelineOptions window;
    window.reachability = false;
    const SnapshotPtr a = runPipeline(QStringLiteral(HEADROOM_SAMPLE_DIR));
    const SnapshotPtr b = runPipeline(QStringLiteral(HEADROOM_SAMPLE_DIR), window);
    QVERIFY(a->ok() && b->ok());
    QVERIFY(a->review.metrics.acd > 0);
    QCOMPARE(b->review.metrics.acd, 0.0);
    QCOMPARE(b->review.metrics.propagationCost, 0.0);
    QVERIFY(!a->review.packages.isEmpty()); // Lakos' measures inside packages: reach too
    QVERIFY(b->review.packages.isEmpty());
    const Metrics &m = a->review.metrics;
    const Metrics &n = b->review.metrics;
    QCOMPARE(n.nodes.size(), m.nodes.size());
    for (std::size_t v = 0; v < m.nodes.size(); ++v) {
        QCOMPARE(n.nodes[v].reach, 0);
        QCOMPARE(n.nodes[v].level, m.nodes[v].level);
        QCOMPARE(n.nodes[v].layer, m.nodes[v].layer);
        QCOMPARE(n.nodes[v].ce, m.nodes[v].ce);
        QCOMPARE(n.nodes[v].moduleCohesion, m.nodes[v].moduleCohesion);
    }
    QCOMPARE(n.findings.size(), m.findings.size());
    QCOMPARE(n.cycles.size(), m.cycles.size());
    const SnapshotPtr cut = deriveSnapshot(*b, {}, AllImportKinds);
    QCOMPARE(cut->review.metrics.acd, 0.0);
}

// Every projection, what-if and level of a snapshot reads the files' measures (classes,
// module cohesion) worked out once with its call graph, and measures exactly what measuring
// the files again for each would.
void TestPipeline::filesMeasuredOnce()
{
    const SnapshotPtr s = runPipeline(QStringLiteral(HEADROOM_SAMPLE_DIR));
    QVERIFY(s->ok() && s->calls && s->measures);
    QVERIFY(!s->measures->classes.empty());
    QCOMPARE(s->measures->moduleCohesion.size(), s->analysis->scan.files.size());
    QCOMPARE(deriveSnapshot(*s, {}, AllImportKinds)->measures, s->measures);
    QCOMPARE(reviewAt(*s, 1, false)->measures, s->measures);
    // With the call graph, a method calling another through the class links the two: the
    // measures are the call graph's, not the names' alone.
    const FileMeasures names = measureFiles(*s->analysis);
    const FileMeasures resolved = measureFiles(*s->analysis, s->calls.get());
    QCOMPARE(s->measures->classes.size(), resolved.classes.size());
    for (std::size_t c = 0; c < resolved.classes.size(); ++c) {
        QCOMPARE(s->measures->classes[c].qualifiedName, resolved.classes[c].qualifiedName);
        QCOMPARE(s->measures->classes[c].lcom4, resolved.classes[c].lcom4);
    }
    QCOMPARE(s->measures->moduleCohesion, resolved.moduleCohesion);
    QCOMPARE(names.classes.size(), resolved.classes.size());
    for (const int depth : {0, 1, 2}) {
        const ImportGraph graph = projectToDepth(s->analysis->graph, depth, false);
        const Metrics shared = computeMetrics(*s->analysis, graph, s->settings().metrics,
                                              s->calls.get(), s->measures.get());
        const Metrics own =
            computeMetrics(*s->analysis, graph, s->settings().metrics, s->calls.get());
        QCOMPARE(shared.classes.size(), own.classes.size());
        QCOMPARE(shared.findings.size(), own.findings.size());
        for (std::size_t v = 0; v < own.nodes.size(); ++v) {
            QCOMPARE(shared.nodes[v].moduleCohesion, own.nodes[v].moduleCohesion);
            QCOMPARE(shared.nodes[v].worstClassLcom4, own.nodes[v].worstClassLcom4);
            QCOMPARE(shared.nodes[v].abstractClasses, own.nodes[v].abstractClasses);
        }
    }
}

enum class Cuts
{
    None,
    FirstOfEachBreakingSet,
    EveryBreakingSet,
    OneImport,
};

void TestPipeline::whatIfMeasuresAgain_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<Cuts>("cuts");
    QTest::addColumn<int>("shown");
    QTest::addColumn<int>("budget"); // 0: the project's
    const int all = AllImportKinds;
    const int runtime = RuntimeImportKinds;
    const int unconditional = AllImportKinds & ~kindBit(ImportKind::Conditional);
    QTest::newRow("nothing cut") << 0 << Cuts::None << all << 0;
    QTest::newRow("first import of each breaking set")
        << 0 << Cuts::FirstOfEachBreakingSet << all << 0;
    QTest::newRow("every breaking set") << 0 << Cuts::EveryBreakingSet << all << 0;
    QTest::newRow("type-checking imports hidden") << 0 << Cuts::None << runtime << 0;
    QTest::newRow("one import cut, conditional ones hidden")
        << 0 << Cuts::OneImport << unconditional << 0;
    QTest::newRow("packages of two components, breaking sets cut")
        << 2 << Cuts::EveryBreakingSet << all << 0;
    // Budgets of 1 and 2: findings of every check, imports' among them, to bring up to date.
    QTest::newRow("budget 1, every breaking set") << 0 << Cuts::EveryBreakingSet << all << 1;
    QTest::newRow("budget 2, one import cut") << 0 << Cuts::OneImport << all << 2;
    QTest::newRow("budget 2, type-checking hidden") << 0 << Cuts::None << runtime << 2;
}

// A what-if takes what does not depend on imports from the review it cuts and brings its
// findings up to date: every measure is what measuring the cut graph from nothing gives.
void TestPipeline::whatIfMeasuresAgain()
{
    QFETCH(int, depth);
    QFETCH(Cuts, cuts);
    QFETCH(int, shown);
    QFETCH(int, budget);
    PipelineOptions options;
    options.overrides.budget = budget;
    const SnapshotPtr first = runPipeline(QStringLiteral(HEADROOM_SAMPLE_DIR), options);
    QVERIFY(first->ok() && first->calls);
    const SnapshotPtr base = depth == 0 ? first : reviewAt(*first, depth, false);
    // Cuts name module imports, whatever the level shown.
    const Metrics &before = first->review.metrics;
    const ImportGraph &shownGraph = first->graph();
    QList<QPair<QString, QString>> named;
    const auto cut = [&](int e) {
        const Edge &edge = shownGraph.edge(e);
        named.append({shownGraph.node(edge.source).name, shownGraph.node(edge.target).name});
    };
    for (const Cycle &c : before.cycles) {
        if (cuts == Cuts::FirstOfEachBreakingSet && !c.breakingSet.empty())
            cut(c.breakingSet.front());
        if (cuts == Cuts::EveryBreakingSet)
            std::for_each(c.breakingSet.begin(), c.breakingSet.end(), cut);
    }
    if (cuts == Cuts::OneImport) {
        QVERIFY(!before.longestChain.empty());
        const int e = shownGraph.findEdge(before.longestChain[0], before.longestChain[1]);
        QVERIFY(e >= 0);
        cut(e);
    }
    QVERIFY(cuts == Cuts::None || !named.isEmpty()); // the sample has cycles to cut
    const SnapshotPtr derived = deriveSnapshot(*base, named, ImportKindSet(shown));
    // The same nodes: what the review takes from the one it cuts.
    QVERIFY(sameNodes(base->graph(), derived->graph()));
    const Metrics &m = derived->review.metrics;
    const Metrics again = computeMetrics(*first->analysis, derived->graph(),
                                         base->settings().metrics, first->calls.get());
    QCOMPARE(m.nodes.size(), again.nodes.size());
    for (std::size_t v = 0; v < again.nodes.size(); ++v)
        QVERIFY2(m.nodes[v] == again.nodes[v], qPrintable(derived->graph().node(int(v)).name));
    QVERIFY(m.findings == again.findings);
    if (budget > 0) { // findings of imports, some of them changed
        QVERIFY(std::any_of(m.findings.begin(), m.findings.end(), [](const Finding &f) {
            return f.check == BudgetCheck::ModuleImports;
        }));
        if (cuts != Cuts::None)
            QVERIFY(m.findings != before.findings);
    }
    QCOMPARE(m.cycles.size(), again.cycles.size());
    for (std::size_t c = 0; c < again.cycles.size(); ++c) {
        QCOMPARE(m.cycles[c].members, again.cycles[c].members);
        QCOMPARE(m.cycles[c].breakingSet, again.cycles[c].breakingSet);
    }
    QCOMPARE(m.depth, again.depth);
    QCOMPARE(m.layers, again.layers);
    QCOMPARE(m.longestChain, again.longestChain);
    QCOMPARE(m.upwardEdges, again.upwardEdges);
    QCOMPARE(m.acd, again.acd);
    QCOMPARE(m.classes.size(), again.classes.size());
    // Cutting changes what is measured: no module cycle is left without its breaking sets.
    if (cuts == Cuts::EveryBreakingSet && depth == 0)
        QVERIFY(m.cycles.empty() && !before.cycles.empty());
}

// With more than one thread, files are read and parsed while the scan lists the rest
// (analysis.cpp, EarlyExtraction): the analysis is the one a single thread makes, whatever the
// scan leaves out (a stub losing to its module, a file over pyproject's size limit), through
// the walk or git's listing, with the cache cold or warm.
void TestPipeline::extractedDuringScan_data()
{
    QTest::addColumn<FileList>("files");
    QTest::addColumn<bool>("git");
    const QString big = QStringLiteral("x = 1\n").repeated(40);
    const FileList project{
        {QStringLiteral("pyproject.toml"),
         QStringLiteral("[tool.headroom]\nmax_file_bytes = 200\n")},
        {QStringLiteral("app/__init__.py"), QString()},
        {QStringLiteral("app/core.py"),
         QStringLiteral("from app import util\n\ndef run():\n    return util.helper()\n")},
        {QStringLiteral("app/util.py"), QStringLiteral("def helper():\n    return 1\n")},
        {QStringLiteral("app/util.pyi"), QStringLiteral("def helper() -> int: ...\n")},
        {QStringLiteral("app/shapes.pyi"), QStringLiteral("class Shape: ...\n")},
        {QStringLiteral("app/big.py"), big},
        {QStringLiteral("app/broken.py"), QStringLiteral("def broken(:\n    pass\n")},
        {QStringLiteral("tools/cli.py"), QStringLiteral("import app.core\napp.core.run()\n")},
    };
    QTest::newRow("walk") << project << false;
    QTest::newRow("git listing") << project << true;
}

void TestPipeline::extractedDuringScan()
{
    QFETCH(FileList, files);
    QFETCH(bool, git);
    const ProjectFixture fixture(files);
    if (git && !test::runGit(fixture.path(), {QStringLiteral("init"), QStringLiteral("-q")}))
        QSKIP("git is not available");
    const QTemporaryDir cacheDir;
    auto analyse = [&](int threads, bool cached, qint64 limit = 0) {
        AnalysisOptions options;
        options.threads = threads;
        options.memoryLimit = limit;
        options.cache.enabled = cached;
        options.cache.dir = cacheDir.path();
        return analyzeProject(fixture.path(), options);
    };
    const AnalysisPtr one = analyse(1, false);
    QCOMPARE(one->scan.status, ScanStatus::Ok);
    QCOMPARE(one->scan.fromGit, git);
    QCOMPARE(int(one->scan.files.size()), 7); // util.pyi loses to util.py
    QCOMPARE(one->parsedFiles, 6);            // big.py is over the limit
    QVERIFY(std::any_of(one->diagnostics.cbegin(), one->diagnostics.cend(),
                        [](const Diagnostic &d) { return d.file == u"app/big.py"; }));
    // Cold, then warm: every file parsed, then every one from the cache.
    for (const int threads : {2, 3}) {
        for (const bool cached : {false, true, true}) {
            const AnalysisPtr many = analyse(threads, cached);
            QCOMPARE(many->scan.status, ScanStatus::Ok);
            QCOMPARE(many->scan.files.size(), one->scan.files.size());
            for (std::size_t i = 0; i < one->scan.files.size(); ++i)
                QCOMPARE(many->scan.files[i].relativePath, one->scan.files[i].relativePath);
            QVERIFY(many->facts == one->facts);
            QVERIFY(many->diagnostics == one->diagnostics);
            QCOMPARE(many->graph.edgeCount(), one->graph.edgeCount());
            QCOMPARE(many->parsedFiles + many->cachedFiles, one->parsedFiles);
        }
    }
    // Under a memory limit the project fits, the files read during the scan stay within a
    // share of it (here less than the whole): the rest are read after, to the same facts.
    const AnalysisPtr fits = analyse(2, false, std::numeric_limits<qint64>::max());
    const qint64 limit = fits->memory.neededBytes;
    const AnalysisPtr bounded = analyse(2, false, limit);
    QCOMPARE(bounded->scan.status, ScanStatus::Ok);
    QVERIFY(bounded->facts == one->facts);
    QCOMPARE(bounded->parsedFiles, one->parsedFiles);
}

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
