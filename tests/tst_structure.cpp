// Structure maps: packages opened in place as containers, each container's members in
// layers of their own with its own cuts, imports drawn between the innermost members that
// hold both ends, the transitive reduction by default; the nested layout; the first picture
// that fits the head budget, on hand-made graphs and on Django.
#include "graphscene.h"
#include "graphspec.h"
#include "graphviz.h"
#include "nestedlayout.h"
#include "pictureexport.h"
#include "pipeline.h"
#include "structure.h"
#include "structurepicture.h"
#include "svgtexts.h"

#include <QDir>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <numeric>

using namespace headroom;
using test::graphOf;

class TestStructure : public QObject
{
    Q_OBJECT

private slots:
    void layers_data();
    void layers();
    void nestedEdges();
    void fittingOpen_data();
    void fittingOpen();
    void layoutContainsAndWraps_data();
    void layoutContainsAndWraps();
    void edgesBetweenColumns_data();
    void edgesBetweenColumns();
    void firstPictureOnASlide_data();
    void firstPictureOnASlide();
    void dotClusters();
};

namespace {

// "a=2 b=1 c=0" and "c->a" of the root container of a flat graph.
QString layersOf(const StructureMap &map, const ImportGraph &g)
{
    QStringList out;
    for (const StructureMember &m : map.containers[0].members)
        out << QStringLiteral("%1=%2").arg(g.node(m.node).name).arg(m.layer);
    return out.join(QLatin1Char(' '));
}

QString edgesOf(const StructureMap &map, const ImportGraph &g, bool (*keep)(const StructureEdge &))
{
    QStringList out;
    const StructureContainer &c = map.containers[0];
    for (const StructureEdge &e : c.edges) {
        if (keep(e))
            out << g.node(c.members[std::size_t(e.from)].node).name + QLatin1String("->") +
                       g.node(c.members[std::size_t(e.to)].node).name;
    }
    return out.join(QLatin1String(", "));
}

// Box 0 a container holding `leaves` boxes of a few widths: box i + 1 is m00i, on layer
// layerOf(i).
NestedLayoutRequest leavesIn(int leaves, const std::function<int(int)> &layerOf)
{
    NestedLayoutRequest request;
    request.boxes.push_back({-1, true, QSizeF(80, 0), 0, QStringLiteral("box"), qQNaN()});
    for (int i = 0; i < leaves; ++i)
        request.boxes.push_back({0, false, QSizeF(90 + 7 * (i % 5), 30), layerOf(i),
                                 QStringLiteral("m%1").arg(i, 3, 10, QLatin1Char('0')), qQNaN()});
    return request;
}

} // namespace

void TestStructure::layers_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("layers");
    QTest::addColumn<QString>("cuts");
    QTest::addColumn<QString>("implied");
    // The ring: the cheapest cut is c -> a, which leaves c at the bottom.
    QTest::newRow("ring") << "a->b*2, b->c*2, c->a"
                          << "a=2 b=1 c=0"
                          << "c->a"
                          << "";
    QTest::newRow("chain with a shortcut") << "a->b, b->c, a->c"
                                           << "a=2 b=1 c=0"
                                           << ""
                                           << "a->c";
    QTest::newRow("type-checking import up: no cut") << "a->b, b=>a"
                                                     << "a=1 b=0"
                                                     << ""
                                                     << "";
    QTest::newRow("two rings share b") << "a->b*3, b->a, b->c*3, c->b"
                                       << "a=2 b=1 c=0"
                                       << "b->a, c->b"
                                       << "";
    QTest::newRow("isolated") << "a, b->c"
                              << "a=0 b=1 c=0"
                              << ""
                              << "";
}

void TestStructure::layers()
{
    QFETCH(QString, spec);
    const ImportGraph g = graphOf(spec);
    const StructureMap map = buildStructure(g);
    QCOMPARE(map.containers.size(), std::size_t(1));
    QTEST(layersOf(map, g), "layers");
    QTEST(edgesOf(map, g, [](const StructureEdge &e) { return e.cut; }), "cuts");
    QTEST(edgesOf(map, g, [](const StructureEdge &e) { return e.implied; }), "implied");
    // Every uncut counted import goes down at least one layer.
    const StructureContainer &c = map.containers[0];
    for (const StructureEdge &e : c.edges) {
        if (!e.cut && (e.kinds & RuntimeImportKinds))
            QVERIFY(c.members[std::size_t(e.from)].layer > c.members[std::size_t(e.to)].layer);
    }
}

void TestStructure::nestedEdges()
{
    const ImportGraph modules = graphOf("p.x->q.y*2, p.x->p.z, q.y->r, p.z->q.w, r");
    const ImportGraph g = projectToDepth(modules, 1, false, nullptr, {"p", "q"});
    const StructureMap map = buildStructure(g);
    QCOMPARE(map.containers.size(), std::size_t(3)); // the root, p and q
    QCOMPARE(map.boxCount(), 5);                     // p.x, p.z, q.w, q.y, r
    // p.x -> q.y and p.z -> q.w are one import of q by p, of three sites.
    const StructureContainer &root = map.containers[0];
    QCOMPARE(edgesOf(map, g, [](const StructureEdge &) { return true; }), QString("p->q, q->r"));
    QCOMPARE(root.edges.front().sites, 3);
    QCOMPARE(root.edges.front().graphEdges.size(), std::size_t(2));
    const auto p = std::find_if(map.containers.begin(), map.containers.end(),
                                [&](const StructureContainer &c) { return c.node == g.find("p"); });
    QVERIFY(p != map.containers.end());
    QCOMPARE(p->edges.size(), std::size_t(1));
    QCOMPARE(g.node(p->members[std::size_t(p->edges[0].from)].node).name, QString("p.x"));
    QCOMPARE(g.node(p->members[std::size_t(p->edges[0].to)].node).name, QString("p.z"));
    // p sits above q above r.
    QVERIFY(root.members[0].layer > root.members[1].layer);
    QVERIFY(root.members[1].layer > root.members[2].layer);
}

void TestStructure::fittingOpen_data()
{
    QTest::addColumn<int>("packages");
    QTest::addColumn<int>("modules");
    QTest::addColumn<int>("opened");
    // One top package of N subpackages of M modules: the top opens, then the biggest
    // subpackages while the picture stays within 40 boxes.
    QTest::newRow("10 x 10") << 10 << 10 << 4; // 10 boxes, then +9 three times: 37
    QTest::newRow("3 x 4") << 3 << 4 << 4;     // small: everything opens, 12 boxes
    QTest::newRow("50 x 2") << 50 << 2 << 1;   // the top alone is past the limit
    QTest::newRow("2 x 60") << 2 << 60 << 1;   // a subpackage would overflow
}

void TestStructure::fittingOpen()
{
    QFETCH(int, packages);
    QFETCH(int, modules);
    QStringList parts;
    for (int p = 0; p < packages; ++p) {
        for (int m = 0; m < modules; ++m)
            parts << QStringLiteral("top.p%1.m%2").arg(p, 2, 10, QLatin1Char('0')).arg(m);
    }
    const ImportGraph g = graphOf(parts.join(QLatin1String(", ")), test::SpecFiles::Named);
    const QStringList open = fittingOpenPackages(g);
    QTEST(int(open.size()), "opened");
    QVERIFY(open.contains(QStringLiteral("top")));
    const ImportGraph picture =
        projectToDepth(g, 1, false, nullptr, QSet<QString>(open.begin(), open.end()));
    const int boxes = buildStructure(picture).boxCount();
    QVERIFY2(boxes <= MaxFittingBoxes || open.size() == 1, qPrintable(QString::number(boxes)));
}

void TestStructure::layoutContainsAndWraps_data()
{
    QTest::addColumn<int>("leaves");
    QTest::addColumn<int>("layers");
    QTest::newRow("one wide layer") << 36 << 1;
    QTest::newRow("a long chain") << 18 << 18;
    QTest::newRow("a grid") << 40 << 5;
}

// Members sit inside their container, under its header; siblings never overlap; a wide
// layer wraps and a long chain flows into columns, so the picture is no strip.
void TestStructure::layoutContainsAndWraps()
{
    QFETCH(int, leaves);
    QFETCH(int, layers);
    NestedLayoutRequest request = leavesIn(leaves, [layers](int i) { return i % layers; });
    for (int i = 1; i < leaves; ++i)
        request.edges.push_back({i, i + 1});
    const NestedLayoutResult result = nestedLayout(request);
    QCOMPARE(result.rects.size(), request.boxes.size());
    QCOMPARE(result.edges.size(), request.edges.size());
    const QRectF frame = result.rects[0];
    for (std::size_t i = 1; i < result.rects.size(); ++i) {
        QVERIFY(frame.adjusted(0, request.headerHeight, 0, 0).contains(result.rects[i]));
        for (std::size_t j = i + 1; j < result.rects.size(); ++j)
            QVERIFY(!result.rects[i].intersects(result.rects[j]));
    }
    const double ratio = frame.width() / frame.height();
    QVERIFY2(ratio > 0.6 && ratio < 3.0, qPrintable(QString::number(ratio)));
}

void TestStructure::edgesBetweenColumns_data()
{
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("perLayer");
    QTest::newRow("a chain") << 18 << 1;
    QTest::newRow("a chain of rows") << 12 << 3;
    QTest::newRow("a long chain of rows") << 24 << 4;
}

// A long chain of layers flows into columns; an import from one column to another leaves its
// box on the side facing the other column (or into the band beside its row), runs down the
// gap between the columns and arrives the same way: it crosses no box, not even its own ends,
// instead of hooking round them into the other column.
void TestStructure::edgesBetweenColumns()
{
    QFETCH(int, layers);
    QFETCH(int, perLayer);
    const int leaves = layers * perLayer;
    NestedLayoutRequest request =
        leavesIn(leaves, [&](int i) { return layers - 1 - i / perLayer; });
    // Down the layers near and far, and cuts up them.
    for (int i = 1; i <= leaves; ++i) {
        for (const int step : {perLayer, 5 * perLayer + 1, 7 * perLayer + 2})
            if (i + step <= leaves)
                request.edges.push_back({i, i + step});
        if (i + 9 * perLayer <= leaves)
            request.edges.push_back({i + 9 * perLayer, i});
    }
    const NestedLayoutResult result = nestedLayout(request);
    QCOMPARE(result.edges.size(), request.edges.size());
    // Columns: the runs of boxes across no wider apart than neighbours in a row.
    std::vector<int> byLeft(static_cast<std::size_t>(leaves));
    std::iota(byLeft.begin(), byLeft.end(), 1);
    std::sort(byLeft.begin(), byLeft.end(), [&](int a, int b) {
        return result.rects[std::size_t(a)].left() < result.rects[std::size_t(b)].left();
    });
    std::vector<int> columnOf(std::size_t(leaves) + 1, 0);
    double right = result.rects[std::size_t(byLeft.front())].right();
    int columns = 1;
    for (const int b : byLeft) {
        const QRectF r = result.rects[std::size_t(b)];
        if (r.left() > right + request.gap + 1)
            ++columns;
        right = std::max(right, r.right());
        columnOf[std::size_t(b)] = columns;
    }
    const auto column = [&](int box) { return columnOf[std::size_t(box)]; };
    QVERIFY2(columns >= 2, "the chain stays one strip");
    int across = 0;
    for (std::size_t e = 0; e < result.edges.size(); ++e) {
        const NestedEdge &edge = request.edges[e];
        const std::vector<QPointF> &p = result.edges[e].points;
        QVERIFY(result.edges[e].curved && p.size() >= 4 && (p.size() - 1) % 3 == 0);
        const auto onBorder = [](const QRectF &r, QPointF at) {
            return r.adjusted(-0.5, -0.5, 0.5, 0.5).contains(at) &&
                   !r.adjusted(0.5, 0.5, -0.5, -0.5).contains(at);
        };
        QVERIFY(onBorder(result.rects[std::size_t(edge.from)], p.front()));
        QVERIFY(onBorder(result.rects[std::size_t(edge.to)], p.back()));
        if (column(edge.from) == column(edge.to)) // the curves of every picture
            continue;
        ++across;
        for (std::size_t k = 0; k + 3 < p.size(); k += 3) {
            for (int step = 0; step <= 20; ++step) {
                const double t = step / 20.0;
                const double u = 1 - t;
                const QPointF at = u * u * u * p[k] + 3 * u * u * t * p[k + 1] +
                                   3 * u * t * t * p[k + 2] + t * t * t * p[k + 3];
                for (int b = 1; b <= leaves; ++b)
                    QVERIFY2(!result.rects[std::size_t(b)].adjusted(1, 1, -1, -1).contains(at),
                             qPrintable(QStringLiteral("m%1 -> m%2 crosses m%3")
                                            .arg(edge.from - 1)
                                            .arg(edge.to - 1)
                                            .arg(b - 1)));
            }
        }
    }
    QVERIFY(across > 0);
}

void TestStructure::firstPictureOnASlide_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("django") << QStringLiteral("/usr/lib/python3/dist-packages/django");
    // Six layers of opened packages: one column would stack them into a strip whose labels
    // come out under 11 pt; they flow into columns instead.
    QTest::newRow("sample") << QStringLiteral(HEADROOM_SAMPLE_DIR);
}

// A project's first picture fits the budget and reads on a slide: no warning that labels
// come out under 11 pt, every label at least 9 px on the 1920 x 1080 page, read back from
// the SVG.
void TestStructure::firstPictureOnASlide()
{
    QFETCH(QString, folder);
    if (!QDir(folder).exists())
        QSKIP("corpus not installed (./setup.sh test installs python3-django)");
    PipelineOptions options;
    options.callGraph = false;
    options.includeExternal = false;
    const SnapshotPtr s = runPipeline(folder, options);
    QVERIFY(s->ok());
    const StructurePicture picture =
        makeStructurePicture(*s->analysis, s->graph(), s->firstOpen, s->settings().metrics, nullptr,
                             GraphPictureOptions{});
    QVERIFY2(picture.boxCount() >= MinFittingBoxes && picture.boxCount() <= MaxFittingBoxes,
             qPrintable(QString::number(picture.boxCount())));
    GraphScene scene(*s->analysis, picture, GraphPictureOptions{});
    PictureOptions page;
    page.preset = PicturePreset::Slide;
    page.legend = Legend(Metric::Level, scene.scale());
    const Picture svg = PictureExport::render(scene, PictureFormat::Svg, page);
    QVERIFY(svg.ok());
    QVERIFY2(svg.warnings.isEmpty(), qPrintable(svg.warnings.join(QLatin1Char('\n'))));
    const QList<test::SvgText> texts = test::svgTexts(svg.data);
    QVERIFY(texts.size() >= picture.boxCount());
    const double smallest =
        std::min_element(texts.begin(), texts.end(), [](const auto &a, const auto &b) {
            return a.pixels < b.pixels;
        })->pixels;
    QVERIFY2(smallest >= 9.0, qPrintable(QString::number(smallest)));
}

// A structure map as DOT: opened packages are clusters around their members, an import of a
// whole package is clipped at its cluster, and Graphviz reads and draws it.
void TestStructure::dotClusters()
{
    const ImportGraph modules = graphOf("p.x->q.y*2, p.x->p.z, q.y->r, p.z->q.w, r->!os");
    Analysis analysis;
    analysis.scan.projectName = QStringLiteral("demo");
    const StructurePicture picture = makeStructurePicture(
        analysis, modules, {"p", "q"}, MetricsOptions{}, nullptr, GraphPictureOptions{});
    GraphScene scene(analysis, picture, GraphPictureOptions{});
    QCOMPARE(scene.containerItems().size(), std::size_t(2));
    const QByteArray dot = PictureExport::graphDot(scene, QStringLiteral("demo"));
    QVERIFY(dot.contains("subgraph \"cluster_p\""));
    QVERIFY(dot.contains("subgraph \"cluster_q\""));
    QVERIFY(dot.contains("compound=true"));
    // p -> q is one import of three sites between the two clusters.
    QVERIFY(dot.contains("ltail=\"cluster_p\""));
    QVERIFY(dot.contains("lhead=\"cluster_q\""));
    const GraphvizResult svg = renderDot(dot);
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    QCOMPARE(svg.output.count("class=\"cluster"), 2);
    if (const QString out = qEnvironmentVariable("HEADROOM_DOT_SVG"); !out.isEmpty()) {
        QFile file(out); // for looking at: HEADROOM_DOT_SVG=/tmp/x.svg tst_structure
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(svg.output);
    }
}

QTEST_MAIN(TestStructure)
#include "tst_structure.moc"
