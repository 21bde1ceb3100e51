// Dependency structure matrix: hand-made import graphs in, row orders, cycle blocks, upward
// cells and summed cells out; invariants on random graphs; the scene's hit testing.
#include "graphspec.h"
#include "matrixmodel.h"
#include "matrixscene.h"
#include "projectfixture.h"

#include <QImage>
#include <QPainter>
#include <QtTest>

#include <random>
#include <set>

using namespace headroom;
using namespace Qt::StringLiterals;

namespace {

ImportGraph graphOf(const QString &spec)
{
    return test::graphOf(spec, test::SpecFiles::Named);
}

QString rowNames(const MatrixModel &model)
{
    QStringList out;
    for (const MatrixModel::Row &row : model.rows())
        out << row.name;
    return out.join(u' ');
}

// A random graph on `nodes` modules spread over four packages.
ImportGraph randomGraph(unsigned seed, int nodes, int edges)
{
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> pick(0, nodes - 1);
    std::uniform_int_distribution<int> sites(1, 3);
    QStringList spec;
    for (int i = 0; i < nodes; ++i)
        spec << u"p%1.m%2"_s.arg(i % 4).arg(i);
    for (int e = 0; e < edges; ++e) {
        const int s = pick(rng);
        const int t = pick(rng);
        if (s != t)
            spec << u"p%1.m%2->p%3.m%4*%5"_s.arg(s % 4).arg(s).arg(t % 4).arg(t).arg(sites(rng));
    }
    return graphOf(spec.join(u','));
}

std::set<int> upwardCellEdges(const MatrixModel &model)
{
    std::set<int> out;
    for (const MatrixModel::Cell &cell : model.cells()) {
        if (cell.upward)
            out.insert(cell.edges.begin(), cell.edges.end());
    }
    return out;
}

} // namespace

class TestMatrix : public QObject
{
    Q_OBJECT

private slots:
    void ordering_data();
    void ordering();
    void randomInvariants_data();
    void randomInvariants();
    void collapse_data();
    void collapse();
    void cellCounts();
    void fixtureProject();
    void scene();
};

void TestMatrix::ordering_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("grouped");
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QString>("upward"); // edges in cells left of the diagonal

    QTest::newRow("chain") << "a->b, b->c" << false << "a b c"
                           << "";
    QTest::newRow("chain reversed names") << "c->b, b->a" << false << "c b a"
                                          << "";
    QTest::newRow("diamond") << "a->b, a->c, b->d, c->d" << false << "a b c d"
                             << "";
    QTest::newRow("same level by name") << "z, y, x" << false << "x y z"
                                        << "";
    QTest::newRow("external left out") << "a->!os, a->b" << false << "a b"
                                       << "";
    QTest::newRow("light edge upward") << "x->a, a->b*3, b->a, b->c" << false << "x a b c"
                                       << "b->a";
    QTest::newRow("other light edge upward") << "x->a, a->b, b->a*3, b->c" << false << "x b a c"
                                             << "a->b";
    // By name a, k, z would split the cycle {a, z}: it stays together where "a" sorts.
    QTest::newRow("cycle kept together") << "m->a, m->z, m->k, a->z*2, z->a" << false << "m a z k"
                                         << "z->a";
    QTest::newRow("three-cycle in import order") << "a->c*2, c->b*2, b->a" << false << "a c b"
                                                 << "b->a";
    QTest::newRow("type-checking import upwards") << "a->b, b=>a" << false << "a b"
                                                  << "b->a";
    QTest::newRow("self import") << "a->a, a->b" << false << "a b"
                                 << "a->a";
    QTest::newRow("ungrouped by level")
        << "p.a->q.b, q.b->q.c, p.a->p.d" << false << "p.a q.b p.d q.c"
        << "";
    QTest::newRow("grouped by package")
        << "p.a->q.b, q.b->q.c, p.a->p.d" << true << "p.a p.d q.b q.c"
        << "";
    QTest::newRow("package with __init__") << "p->p.a, p.a->q.b" << true << "p p.a q.b"
                                           << "";
    // p imports q and q imports p: a package-level cycle puts one crossing upwards.
    QTest::newRow("package cycle") << "p.a->q.b*2, q.c->p.d" << true << "p.a p.d q.c q.b"
                                   << "q.c->p.d";
}

void TestMatrix::ordering()
{
    QFETCH(QString, spec);
    QFETCH(bool, grouped);
    QFETCH(QString, rows);
    QFETCH(QString, upward);
    const ImportGraph graph = graphOf(spec);
    const Metrics metrics = computeMetrics(Analysis{}, graph);
    MatrixOptions options;
    options.groupByPackage = grouped;
    const MatrixModel model(graph, metrics, options);
    QCOMPARE(rowNames(model), rows);
    QStringList up;
    for (const int e : upwardCellEdges(model))
        up << graph.node(graph.edge(e).source).name + u"->"_s +
                  graph.node(graph.edge(e).target).name;
    QCOMPARE(up.join(u", "_s), upward);
}

void TestMatrix::randomInvariants_data()
{
    QTest::addColumn<unsigned>("seed");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("edges");
    QTest::addColumn<bool>("grouped");
    for (unsigned seed = 1; seed <= 12; ++seed) {
        const int nodes = 5 + int(seed * 7 % 40);
        QTest::addRow("seed %u flat", seed) << seed << nodes << nodes * 2 << false;
        QTest::addRow("seed %u grouped", seed) << seed << nodes << nodes * 2 << true;
    }
}

void TestMatrix::randomInvariants()
{
    QFETCH(unsigned, seed);
    QFETCH(int, nodes);
    QFETCH(int, edges);
    QFETCH(bool, grouped);
    const ImportGraph graph = randomGraph(seed, nodes, edges);
    const Metrics metrics = computeMetrics(Analysis{}, graph);
    MatrixOptions options;
    options.groupByPackage = grouped;
    const MatrixModel model(graph, metrics, options);

    // Every module once; highest level first (within each group when grouped).
    QCOMPARE(model.size(), nodes);
    for (int r = 1; r < model.size(); ++r) {
        if (model.row(r).group == model.row(r - 1).group)
            QVERIFY(model.row(r - 1).level >= model.row(r).level);
    }
    // A cycle's members are contiguous (within a group when grouped).
    for (int c = 0; c < int(metrics.cycles.size()); ++c) {
        QHash<int, QList<int>> rowsByGroup;
        for (const int v : metrics.cycles[std::size_t(c)].members)
            rowsByGroup[model.row(model.rowOfNode(v)).group] << model.rowOfNode(v);
        for (QList<int> &rows : rowsByGroup) {
            std::sort(rows.begin(), rows.end());
            QCOMPARE(rows.back() - rows.front() + 1, rows.size());
        }
    }
    // Upward cells: exactly the breaking sets when flat. With groups, the same inside each
    // package; between packages, only those of one package-level cycle.
    const std::set<int> up = upwardCellEdges(model);
    const std::set<int> breaking(metrics.upwardEdges.begin(), metrics.upwardEdges.end());
    auto groupOf = [&](int node) { return model.row(model.rowOfNode(node)).group; };
    for (int e = 0; e < graph.edgeCount(); ++e) {
        const int gs = groupOf(graph.edge(e).source);
        const int gt = groupOf(graph.edge(e).target);
        if (gs == gt) {
            QCOMPARE(up.count(e), breaking.count(e));
        } else if (up.count(e)) {
            QVERIFY(model.groups()[std::size_t(gs)].cycle >= 0);
            QCOMPARE(model.groups()[std::size_t(gs)].cycle, model.groups()[std::size_t(gt)].cycle);
        }
    }
    if (!grouped)
        QVERIFY(up == breaking);
    // Blocks cover exactly the rows in cycles.
    int inBlocks = 0;
    for (const MatrixModel::Block &block : model.cycleBlocks()) {
        for (int r = block.first; r <= block.last; ++r)
            QCOMPARE(model.row(r).cycle, block.cycle);
        inBlocks += block.last - block.first + 1;
    }
    int inCycles = 0;
    for (const Cycle &cycle : metrics.cycles)
        inCycles += int(cycle.members.size());
    QCOMPARE(inBlocks, inCycles);
}

void TestMatrix::collapse_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QStringList>("collapsed");
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QStringList>("cells"); // "row>column=count", every non-empty cell

    const QString spec = u"p.a->q.b*2, p.d->q.b, p.d->q.c*3, q.b->q.c, p.a->p.d"_s;
    QTest::newRow("nothing collapsed")
        << spec << QStringList{} << "p.a p.d q.b q.c"
        << QStringList{"p.a>p.d=1", "p.a>q.b=2", "p.d>q.b=1", "p.d>q.c=3", "q.b>q.c=1"};
    QTest::newRow("q collapsed") << spec << QStringList{"q"} << "p.a p.d q"
                                 << QStringList{"p.a>p.d=1", "p.a>q=2", "p.d>q=4", "q>q=1"};
    QTest::newRow("both collapsed")
        << spec << QStringList{"p", "q"} << "p q" << QStringList{"p>p=1", "p>q=6", "q>q=1"};
}

void TestMatrix::collapse()
{
    QFETCH(QString, spec);
    QFETCH(QStringList, collapsed);
    QFETCH(QString, rows);
    QFETCH(QStringList, cells);
    const ImportGraph graph = graphOf(spec);
    const Metrics metrics = computeMetrics(Analysis{}, graph);
    MatrixOptions options;
    for (const QString &name : collapsed)
        options.collapsed.insert(graph.find(name));
    const MatrixModel model(graph, metrics, options);
    QCOMPARE(rowNames(model), rows);
    QStringList got;
    for (const MatrixModel::Cell &cell : model.cells()) {
        got << u"%1>%2=%3"_s.arg(model.row(cell.row).name, model.row(cell.col).name)
                   .arg(cell.count);
        // A collapsed group's own imports sit on the diagonal and are not upward.
        if (cell.row == cell.col && model.row(cell.row).collapsed)
            QVERIFY(!cell.upward);
    }
    QCOMPARE(got, cells);
    for (const MatrixModel::Row &row : model.rows()) {
        if (row.collapsed)
            QCOMPARE(model.rowOfNode(row.members.front()), model.rowOfNode(row.members.back()));
    }
}

void TestMatrix::cellCounts()
{
    const ImportGraph graph = randomGraph(99, 30, 80);
    const Metrics metrics = computeMetrics(Analysis{}, graph);
    const MatrixModel model(graph, metrics);
    int sites = 0;
    for (int e = 0; e < graph.edgeCount(); ++e) {
        const Edge &edge = graph.edge(e);
        const int r = model.rowOfNode(edge.source);
        const int c = model.rowOfNode(edge.target);
        const MatrixModel::Cell *cell = model.cell(r, c);
        QVERIFY(cell);
        QCOMPARE(cell->count, edge.weight());
        QCOMPARE(model.edgeAt(r, c), e);
        sites += edge.weight();
    }
    int counted = 0;
    for (const MatrixModel::Cell &cell : model.cells())
        counted += cell.count;
    QCOMPARE(counted, sites);
}

void TestMatrix::fixtureProject()
{
    const ProjectFixture project(FileList{
        {"shop/__init__.py", ""},
        {"shop/app.py", "from shop import models\nimport shop.models\nfrom . import util\n"},
        {"shop/models.py", "from shop.util import money\n"},
        {"shop/util.py", "def money():\n    return 1\n"}});
    const AnalysisPtr analysis = analyzeProject(project.path());
    QVERIFY(analysis);
    const Metrics metrics = computeMetrics(*analysis, analysis->graph);
    const MatrixModel model(analysis->graph, metrics);
    const ImportGraph &graph = analysis->graph;
    QCOMPARE(rowNames(model), u"shop.app shop.models shop shop.util"_s);
    const int app = model.rowOfNode(graph.find(u"shop.app"_s));
    const int models = model.rowOfNode(graph.find(u"shop.models"_s));
    const int util = model.rowOfNode(graph.find(u"shop.util"_s));
    QVERIFY(model.cell(app, models));
    QCOMPARE(model.cell(app, models)->count, 2);
    QCOMPARE(model.cell(app, util)->count, 1);
    QCOMPARE(model.cell(models, util)->count, 1);
    QCOMPARE(model.row(app).label, u"app"_s);
    QCOMPARE(model.row(model.rowOfNode(graph.find(u"shop"_s))).label, u"__init__"_s);
}

void TestMatrix::scene()
{
    const ImportGraph graph = graphOf(u"p.a->q.b*2, q.b->p.a, p.a->p.d, q.b->q.c"_s);
    const Metrics metrics = computeMetrics(Analysis{}, graph);
    Analysis analysis;
    std::unique_ptr<QGraphicsScene> base(makeMatrixScene(analysis, graph, metrics));
    auto *scene = qobject_cast<MatrixScene *>(base.get());
    QVERIFY(scene);
    const MatrixModel &model = scene->model();
    for (const MatrixModel::Cell &cell : model.cells()) {
        const MatrixScene::Hit hit = scene->cellAt(scene->cellRect(cell.row, cell.col).center());
        QCOMPARE(hit.row, cell.row);
        QCOMPARE(hit.col, cell.col);
        QCOMPARE(scene->edgesAt(cell.row, cell.col), cell.edges);
    }
    QCOMPARE(scene->cellAt(QPointF(-5, 1.5 * MatrixScene::cellSize())).row, 1);
    QCOMPARE(scene->cellAt(QPointF(-5, 1.5 * MatrixScene::cellSize())).col, -1);
    QSignalSpy selected(scene, &MatrixScene::cellSelected);
    scene->selectCell(0, 2);
    QCOMPARE(selected.count(), 1);
    // Both ways of painting: per cell at full size, the cached image when small.
    for (const double scale : {1.0, 0.1}) {
        const QRectF rect = scene->sceneRect();
        QImage image((rect.size() * scale).toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene->render(&painter, QRectF(QPointF(), rect.size() * scale), rect);
    }
    const int before = scene->model().size();
    const int members = scene->model().groups()[0].count;
    QSignalSpy changed(scene, &MatrixScene::groupsChanged);
    scene->setGroupCollapsed(0, true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(scene->model().size(), before - members + 1);
    QVERIFY(scene->model().groups()[0].collapsed);
}

QTEST_MAIN(TestMatrix)
#include "tst_matrix.moc"
