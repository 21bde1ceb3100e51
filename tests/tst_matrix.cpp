// Dependency structure matrix: hand-made import graphs in, row orders, cycle blocks, upward
// cells and summed cells out; invariants on random graphs; the scene's hit testing.
#include "graphspec.h"
#include "matrixitems.h"
#include "matrixmodel.h"
#include "matrixscene.h"
#include "matrixview.h"
#include "pictureexport.h"
#include "projectfixture.h"
#include "svgtexts.h"

#include "svgtexts.h"
#include <QImage>
#include <QPainter>
#include <QScrollBar>

#include <QtTest>

#include <map>

#include <random>
#include <set>

using namespace headroom;
using namespace Qt::StringLiterals;

namespace {

ImportGraph graphOf(const QString &spec)
{
    return test::graphOf(spec, test::SpecFiles::Named);
}

// 200 top-level modules in a ring, each importing the next.
QStringList ringOf200()
{
    QStringList spec;
    for (int i = 0; i < 200; ++i)
        spec << u"m%1->m%2"_s.arg(i).arg((i + 1) % 200);
    return spec;
}

// The options of a slide, the matrix fitted to it.
PictureOptions fittedToASlide(MatrixScene &scene)
{
    PictureOptions options;
    options.preset = PicturePreset::Slide;
    options.labelPixelSize = 0;
    if (!scene.fitToPage(options).isEmpty())
        qWarning("the matrix was aggregated to fit the slide");
    return options;
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

// Row names, "-" for the top level's row.
QString aggregatedNames(const MatrixModel &model)
{
    QStringList out;
    for (const MatrixModel::Row &row : model.rows())
        out << (row.name.isEmpty() ? u"-"_s : row.name);
    return out.join(u' ');
}

QStringList cellList(const MatrixModel &model)
{
    QStringList out;
    for (const MatrixModel::Cell &cell : model.cells()) {
        auto name = [&model](int r) {
            return model.row(r).name.isEmpty() ? u"-"_s : model.row(r).name;
        };
        out << u"%1>%2=%3"_s.arg(name(cell.row), name(cell.col)).arg(cell.count);
    }
    return out;
}

// `packages` packages of `per` modules each, every module importing the next two.
ImportGraph packagesGraph(int packages, int per)
{
    QStringList spec;
    const int n = packages * per;
    auto name = [per](int i) { return u"p%1.m%2"_s.arg(i / per).arg(i); };
    for (int i = 0; i < n; ++i) {
        spec << name(i);
        for (const int j : {i + 1, i + 2}) {
            if (j < n)
                spec << name(i) + u"->"_s + name(j);
        }
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
    void levels_data();
    void levels();
    void aggregate_data();
    void aggregate();
    void aggregatedSums_data();
    void aggregatedSums();
    void fittedView_data();
    void fittedView();
    void pageFit_data();
    void pageFit();
    void flatProjectOnAPage();
    void heaviestRowsNamed();
    void legend_data();
    void legend();
    void pinnedHeaders();
    void django();
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

void TestMatrix::levels_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("levels"); // depth:rows, finest first

    QTest::newRow("top-level modules") << "a->b, b->c"
                                       << "-1:3 0:1";
    QTest::newRow("a module per package") << "p.a->q.b"
                                          << "-1:2";
    QTest::newRow("nested packages") << "top->a.x.m1, a.x.m1->a.y.m2, a.x.m3, c.b.m4->c.b.m5"
                                     << "-1:6 0:4 1:3";
    // Depth 1 merges nothing that depth 2 did not: it is left out.
    QTest::newRow("deep and shallow") << "a.b.c.m1, a.b.c.m2, a.b.m3, d.m4"
                                      << "-1:4 0:3 2:2";
}

void TestMatrix::levels()
{
    QFETCH(QString, spec);
    QFETCH(QString, levels);
    QStringList got;
    for (const MatrixLevel &level : matrixLevels(graphOf(spec)))
        got << u"%1:%2"_s.arg(level.depth).arg(level.rows);
    QCOMPARE(got.join(u' '), levels);
}

void TestMatrix::aggregate_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("depth");
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QString>("labels"); // within the group, "|" between
    QTest::addColumn<QString>("groups");
    QTest::addColumn<QStringList>("cells"); // "row>column=count", "-" the top level

    const QString spec = u"top->a.x.m1, a.x.m1->a.y.m2*2, a.x.m3->a.y.m2, a.x.m1->a.x.m3, "
                         u"a.y.m2->c.b.m4*3, c.b.m4->c.b.m5"_s;
    QTest::newRow("every package")
        << spec << 0 << "- a.x a.y c.b"
        << "|x|y|b"
        << "- a c" << QStringList{"->a.x=1", "a.x>a.x=1", "a.x>a.y=3", "a.y>c.b=3", "c.b>c.b=1"};
    QTest::newRow("depth 1") << spec << 1 << "- a c"
                             << "|a|c"
                             << "-" << QStringList{"->a=1", "a>a=4", "a>c=3", "c>c=1"};
    // p's own modules head the band of p's subpackages.
    QTest::newRow("own modules") << u"p.m1->p.q.m2, p.q.m2->p.q.m3, p.m1->r.m4"_s << 0 << "p p.q r"
                                 << "|q|r"
                                 << "p -" << QStringList{"p>p.q=1", "p>r=1", "p.q>p.q=1"};
    // p's own modules head the band of p's subpackages.
    QTest::newRow("own modules") << u"p.m1->p.q.m2, p.q.m2->p.q.m3, p.m1->r.m4"_s << 0 << "p p.q r"
                                 << "|q|r"
                                 << "p -" << QStringList{"p>p.q=1", "p>r=1", "p.q>p.q=1"};
    QTest::newRow("package cycle") << u"p.a->q.b*2, q.c->p.d, q.c->q.b"_s << 0 << "p q"
                                   << "p|q"
                                   << "-" << QStringList{"p>q=2", "q>p=1", "q>q=1"};
}

void TestMatrix::aggregate()
{
    QFETCH(QString, spec);
    QFETCH(int, depth);
    QFETCH(QString, rows);
    QFETCH(QString, labels);
    QFETCH(QString, groups);
    QFETCH(QStringList, cells);
    const ImportGraph graph = graphOf(spec);
    const Metrics metrics = computeMetrics(Analysis{}, graph);
    MatrixOptions options;
    options.aggregateDepth = depth;
    const MatrixModel model(graph, metrics, options);
    QCOMPARE(aggregatedNames(model), rows);
    QStringList gotLabels;
    for (const MatrixModel::Row &row : model.rows())
        gotLabels << row.label;
    QCOMPARE(gotLabels.join(u'|'), labels);
    QStringList gotGroups;
    for (const MatrixModel::Group &group : model.groups())
        gotGroups << (group.name.isEmpty() ? u"-"_s : group.name);
    QCOMPARE(gotGroups.join(u' '), groups);
    QCOMPARE(cellList(model), cells);
    // A package's imports of itself sit on the diagonal and are not upward; an import back
    // up the package order is.
    for (const MatrixModel::Cell &cell : model.cells())
        QCOMPARE(cell.upward, cell.col < cell.row);
}

void TestMatrix::aggregatedSums_data()
{
    QTest::addColumn<unsigned>("seed");
    for (unsigned seed = 1; seed <= 6; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

// At every level each module is in exactly one row, a cell is the sum of the imports
// between its rows' modules, and each group's rows are packages inside the group's package.
void TestMatrix::aggregatedSums()
{
    QFETCH(unsigned, seed);
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> pick(0, 59);
    QStringList spec;
    auto name = [](int i) {
        return u"p%1.s%2.t%3.m%4"_s.arg(i % 3).arg(i / 3 % 2).arg(i / 6 % 2).arg(i);
    };
    for (int i = 0; i < 60; ++i)
        spec << name(i) << name(i) + u"->"_s + name(pick(rng)) + u"*%1"_s.arg(1 + i % 3);
    const ImportGraph graph = graphOf(spec.join(u','));
    const Metrics metrics = computeMetrics(Analysis{}, graph);
    const std::vector<MatrixLevel> levels = matrixLevels(graph);
    QCOMPARE(levels.front().depth, -1);
    QVERIFY(levels.size() >= 4);
    for (const MatrixLevel &level : levels) {
        MatrixOptions options;
        options.aggregateDepth = level.depth;
        const MatrixModel model(graph, metrics, options);
        QCOMPARE(model.size(), level.rows);
        std::map<std::pair<int, int>, int> expected;
        for (const Edge &edge : graph.edges()) {
            const int r = model.rowOfNode(edge.source);
            const int c = model.rowOfNode(edge.target);
            QVERIFY(r >= 0 && c >= 0);
            expected[{r, c}] += edge.weight();
        }
        std::map<std::pair<int, int>, int> got;
        for (const MatrixModel::Cell &cell : model.cells())
            got[{cell.row, cell.col}] = cell.count;
        QCOMPARE(got, expected);
        int members = 0;
        for (int r = 0; r < model.size(); ++r) {
            const MatrixModel::Row &row = model.row(r);
            members += int(row.members.size());
            for (const int v : row.members)
                QCOMPARE(model.rowOfNode(v), r);
            const MatrixModel::Group &group = model.groups()[std::size_t(row.group)];
            QVERIFY(r >= group.first && r < group.first + group.count);
            if (!group.name.isEmpty())
                QVERIFY(row.name.startsWith(group.name + u'.'));
        }
        QCOMPARE(members, levels.front().rows);
    }
}

void TestMatrix::fittedView_data()
{
    QTest::addColumn<int>("packages");
    QTest::addColumn<int>("perPackage");
    QTest::addColumn<bool>("aggregated");

    QTest::newRow("12 modules") << 3 << 4 << false;
    QTest::newRow("90 modules") << 9 << 10 << false;
    QTest::newRow("400 modules") << 40 << 10 << true;
    QTest::newRow("1200 modules") << 60 << 20 << true;
}

void TestMatrix::fittedView()
{
    QFETCH(int, packages);
    QFETCH(int, perPackage);
    QFETCH(bool, aggregated);
    const ImportGraph graph = packagesGraph(packages, perPackage);
    MatrixScene scene(graph, computeMetrics(Analysis{}, graph), u"test"_s);
    MatrixView view;
    view.resize(500, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setScene(&scene);
    view.fitPicture();
    QCOMPARE(scene.isAggregated(), aggregated);
    const double S = MatrixScene::cellSize();
    QVERIFY(view.zoom() * S >= MatrixScene::MinCellPixels);
    if (!aggregated)
        return;
    QCOMPARE(scene.model().size(), packages);
    // Fitted, the modules' cells would be under 2 px.
    scene.setAggregateDepth(-1);
    view.GraphView::fitPicture();
    QVERIFY(view.zoom() * S < MatrixScene::MinCellPixels);
    view.fitPicture();
    QVERIFY(scene.isAggregated());
    // Zooming in far enough shows modules, with the matrix as large on screen as before.
    int steps = 0;
    double block = 0;
    while (scene.isAggregated() && steps++ < 40) {
        block = view.zoom() * 1.25 * S * scene.model().size();
        view.zoomBy(1.25);
    }
    QVERIFY(!scene.isAggregated());
    QVERIFY(view.zoom() * S >= MatrixScene::MinCellPixels);
    QCOMPARE(qRound(view.zoom() * S * scene.model().size()), qRound(block));
    // And out again, packages.
    view.zoomBy(0.8);
    QVERIFY(scene.isAggregated());
}

void TestMatrix::pageFit_data()
{
    QTest::addColumn<int>("packages");
    QTest::addColumn<int>("perPackage");
    QTest::addColumn<PicturePreset>("preset");
    QTest::addColumn<bool>("aggregated");

    QTest::newRow("slide, 12 modules") << 3 << 4 << PicturePreset::Slide << false;
    QTest::newRow("slide, 400 modules") << 40 << 10 << PicturePreset::Slide << true;
    QTest::newRow("a4, 12 modules") << 3 << 4 << PicturePreset::A4 << false;
    QTest::newRow("a4, 150 modules") << 15 << 10 << PicturePreset::A4 << true;
    QTest::newRow("natural, 400 modules") << 40 << 10 << PicturePreset::Natural << false;
}

void TestMatrix::pageFit()
{
    QFETCH(int, packages);
    QFETCH(int, perPackage);
    QFETCH(PicturePreset, preset);
    QFETCH(bool, aggregated);
    const ImportGraph graph = packagesGraph(packages, perPackage);
    MatrixScene scene(graph, computeMetrics(Analysis{}, graph), u"test"_s);
    PictureOptions options;
    options.preset = preset;
    options.labelPixelSize = 0;
    options.legend = scene.legend(); // beside the cells, as `headroom export` puts it
    const QString note = scene.fitToPage(options);
    options.legend = scene.legend();
    QCOMPARE(scene.isAggregated(), aggregated);
    QCOMPARE(note.isEmpty(), !aggregated);
    const double scale = PictureExport::sceneScale(scene.sceneRect(), options);
    QVERIFY(scale * MatrixScene::cellSize() >= MatrixScene::MinCellPixels);
    QVERIFY(scale * matrixLabelFont().pixelSize() >= MatrixScene::MinLabelPixels);
    // Every row and every package group is named on the page.
    const Picture picture = PictureExport::render(scene, PictureFormat::Svg, options);
    QVERIFY(picture.ok());
    const QString svg = QString::fromUtf8(picture.data);
    for (int p = 0; p < packages; ++p)
        QVERIFY2(svg.contains(u">p%1<"_s.arg(p)), qPrintable(u"p%1"_s.arg(p)));
    QVERIFY(svg.contains(u">Dependency matrix<"_s));
    QVERIFY(scene.titleItem()->isVisible()); // "test" in the corner, legible on every page
    if (!aggregated)
        QVERIFY(svg.contains(u">m%1<"_s.arg(packages * perPackage - 1)));
}

// 200 top-level modules and no package: aggregating would leave one cell that says
// nothing, so the page keeps the modules.
void TestMatrix::flatProjectOnAPage()
{
    const ImportGraph graph = graphOf(ringOf200().join(u','));
    MatrixScene scene(graph, computeMetrics(Analysis{}, graph), u"test"_s);
    fittedToASlide(scene);
    QVERIFY(!scene.isAggregated());
    QCOMPARE(scene.model().size(), 200);
    // Its names come out too small to read: the corner's name is left to the page's title.
    QVERIFY(!scene.titleItem()->isVisible());
}

// Rows too thin for every name: the ones with the most import sites are named, at a readable
// size, each where it finds room; the others are not.
void TestMatrix::heaviestRowsNamed()
{
    QStringList spec = ringOf200();
    for (int i = 0; i < 60; ++i)
        spec << u"hub->m%1"_s.arg(i * 3) << u"m%1->core"_s.arg(i * 3 + 1);
    const ImportGraph graph = graphOf(spec.join(u','));
    MatrixScene scene(graph, computeMetrics(Analysis{}, graph), u"test"_s);
    const PictureOptions options = fittedToASlide(scene);
    QVERIFY(!scene.isAggregated());
    QCOMPARE(scene.model().size(), 202);
    const Picture picture = PictureExport::render(scene, PictureFormat::Svg, options);
    QVERIFY(picture.ok());
    QHash<QString, int> named;
    for (const test::SvgText &t : test::svgTexts(picture.data)) {
        if (t.text == u"hub"_s || t.text == u"core"_s || t.text.startsWith(u'm')) {
            QVERIFY2(t.pixels >= 9, qPrintable(t.text));
            ++named[t.text];
        }
    }
    // hub makes the most imports (its row), core receives the most (its column).
    QVERIFY(named.value(u"hub"_s) >= 1);
    QVERIFY(named.value(u"core"_s) >= 1);
    // A few names, not 202 of them on top of one another.
    QVERIFY(named.size() < 60);
}

void TestMatrix::legend_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("aggregateDepth"); // -1: modules

    QTest::newRow("modules, one site each") << u"p.a->p.b, p.b->q.c"_s << -1;
    QTest::newRow("modules, a cycle of 5 sites") << u"p.a->q.b*5, q.b->p.a, q.b->q.c"_s << -1;
    QTest::newRow("packages summed") << u"p.a->q.b*3, p.d->q.b*4, q.b->q.c"_s << 0;
}

// The key is the matrix's as it stands: its colours are the cells' own, its highest count
// the highest cell's, and it says when the rows are packages.
void TestMatrix::legend()
{
    QFETCH(QString, spec);
    QFETCH(int, aggregateDepth);
    const ImportGraph graph = graphOf(spec);
    MatrixScene scene(graph, computeMetrics(Analysis{}, graph), u"test"_s);
    if (aggregateDepth >= 0)
        scene.setAggregateDepth(aggregateDepth);
    QCOMPARE(scene.isAggregated(), aggregateDepth >= 0);
    const Legend key = scene.legend();
    QVERIFY(key.matrix().has_value());
    QVERIFY(!key.showsEdges());
    QCOMPARE(key.title(), u"Dependency matrix"_s);
    QCOMPARE(key.matrix()->aggregated, scene.isAggregated());
    QCOMPARE(int(key.matrix()->counts.maximum()), std::max(2, scene.model().maxCount()));
    // The legend's samples are painted in the colours the cells are.
    QImage image(key.size().toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    key.paint(&painter, QPointF());
    painter.end();
    const auto shows = [&image](const QColor &c) { // the gradient's ends within a step
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor p = image.pixelColor(x, y);
                if (std::abs(p.red() - c.red()) + std::abs(p.green() - c.green()) +
                        std::abs(p.blue() - c.blue()) <=
                    12)
                    return true;
            }
        }
        return false;
    };
    for (const QColor &c :
         {MatrixScene::upwardColor(), MatrixScene::diagonalColor(), scene.countScale().colorAt(1.0),
          scene.countScale().colorAt(key.matrix()->counts.maximum())})
        QVERIFY2(shows(c), qPrintable(c.name()));
}

void TestMatrix::pinnedHeaders()
{
    const ImportGraph graph = packagesGraph(3, 20);
    MatrixScene scene(graph, computeMetrics(Analysis{}, graph), u"test"_s);
    MatrixView view;
    view.resize(420, 320);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setScene(&scene);
    view.setTransform(QTransform());
    view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->minimum());
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->minimum());
    QCOMPARE(view.headerShift(), QPointF());
    view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->maximum());
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
    const QPointF shift = view.headerShift();
    QVERIFY(shift.x() > 0 && shift.y() > 0);
    const double rowExtent = scene.rowHeader()->extent();
    const double colExtent = scene.columnHeader()->extent();
    const QRect viewport = view.viewport()->rect();
    // A click on the row names at the left edge selects the row whose name is there, though
    // cells lie under it in the scene.
    const QPoint onRowName(int(rowExtent - 40), viewport.center().y());
    const QPointF under = view.mapToScene(onRowName);
    QVERIFY(under.x() > 0);
    const int row = scene.cellAt(under).row;
    QVERIFY(row >= 0);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, onRowName);
    QCOMPARE(scene.selectedCell().row, row);
    QCOMPARE(scene.selectedCell().col, -1);
    const QPoint onColumnName(viewport.center().x(), int(colExtent - 20));
    QVERIFY(view.mapToScene(onColumnName).y() > 0);
    const int col = scene.cellAt(view.mapToScene(onColumnName)).col;
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, onColumnName);
    QCOMPARE(scene.selectedCell().col, col);
    QCOMPARE(scene.selectedCell().row, -1);
    // The package names at the far left collapse their group as they do in place.
    const int group = scene.model().groupOfRow(row);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(3, onRowName.y()));
    QVERIFY(scene.model().groups()[std::size_t(group)].collapsed);
    // The moved headers are painted: the cell colours do not show through at the left edge.
    const QImage shot = view.viewport()->grab().toImage();
    const QColor edge = shot.pixelColor(2, viewport.height() / 2);
    QVERIFY2(edge == Qt::white || edge == QColor(0xf2, 0xf2, 0xf2) || edge.saturation() < 20,
             qPrintable(edge.name()));
}

void TestMatrix::django()
{
    const QString folder = u"/usr/lib/python3/dist-packages/django"_s;
    if (!QFileInfo::exists(folder))
        QSKIP("Django is not installed (./setup.sh test installs python3-django)");
    const AnalysisPtr analysis = analyzeProject(folder);
    QVERIFY(analysis);
    const Metrics metrics = computeMetrics(*analysis, analysis->graph);
    MatrixScene scene(analysis->graph, metrics, u"django"_s);
    const std::vector<MatrixLevel> &levels = scene.levels();
    QVERIFY(levels.front().rows > 800);
    for (std::size_t i = 1; i < levels.size(); ++i)
        QVERIFY(levels[i].rows < levels[i - 1].rows);
    for (const PicturePreset preset : {PicturePreset::Slide, PicturePreset::A4}) {
        PictureOptions options;
        options.preset = preset;
        QVERIFY(!scene.fitToPage(options).isEmpty());
        const double scale = PictureExport::sceneScale(scene.sceneRect(), options);
        QVERIFY(scale * matrixLabelFont().pixelSize() >= MatrixScene::MinLabelPixels);
        QVERIFY(scene.model().size() >= 10); // still a picture of the design
    }
}

QTEST_MAIN(TestMatrix)
#include "tst_matrix.moc"
