// The graph picture: a small analysed project in, node and edge items with the expected
// colours, dashes and levels out; focus neighbourhoods; exports as SVG, PNG, PDF and DOT.
#include "containeritem.h"
#include "edgeitem.h"
#include "graphscene.h"
#include "graphview.h"
#include "graphviz.h"
#include "nodeitem.h"
#include "pictureexport.h"
#include "projectfixture.h"
#include "structurepicture.h"
#include "svgclasses.h"

#include <QGraphicsRectItem>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QXmlStreamReader>
#include <QtTest>

#include <cstdlib>

using namespace headroom;
using namespace Qt::StringLiterals;
using namespace headroom::test;

namespace {

// shop.a -> shop.b -> shop.c -> shop.a is a cycle (level 1) that imports shop.e (level 0);
// shop.d (level 2) imports shop.a at run time and shop.e only for type checking.
const FileList Shop = {
    {"shop/__init__.py", ""},
    {"shop/a.py", "from shop import b\n"},
    {"shop/b.py", "from shop import c\nfrom shop import e\n"},
    {"shop/c.py", "import shop.a\nimport shop.a as again\n"},
    {"shop/d.py", "from typing import TYPE_CHECKING\nfrom shop import a\n"
                  "if TYPE_CHECKING:\n    from shop import e\n"},
    {"shop/e.py", "X = 1\n"},
};

// ring.a -> ring.b -> ring.c -> ring.a, two sites on the first two imports: the cut is
// ring.c -> ring.a, so the layers are c = 0, b = 1, a = 2, and ring.d (importing a) 3.
const FileList Ring = {
    {"ring/__init__.py", ""},
    {"ring/a.py", "import ring.b\nimport ring.b as again\n"},
    {"ring/b.py", "import ring.c\nimport ring.c as again\n"},
    {"ring/c.py", "import ring.a\n"},
    {"ring/d.py", "import ring.a\n"},
};

QStringList svgTexts(const QByteArray &svg, QString *error)
{
    QXmlStreamReader xml(svg);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    if (xml.hasError())
        *error = xml.errorString();
    return texts;
}

} // namespace

Q_DECLARE_METATYPE(headroom::PicturePreset)
Q_DECLARE_METATYPE(headroom::Metric)

class TestGraphScene : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void items();
    void elidedNames_data();
    void elidedNames();
    void edgeStyles_data();
    void edgeStyles();
    void legendKey_data();
    void legendKey();
    void coloursFromTheScale_data();
    void coloursFromTheScale();
    void levelsUpwards();
    void ringLayers_data();
    void ringLayers();
    void focus_data();
    void focus();
    void focusRing_data();
    void focusRing();
    void selection();
    void deletedWhileSelected();
    void paintsAtEveryZoom();
    void svg();
    void png_data();
    void png();
    void pdf();
    void dot();
    void dotClasses();
    void tooLargeForTheSlide();

private:
    std::unique_ptr<GraphScene> scene(Metric metric = Metric::Level, std::vector<int> nodes = {});
    int node(const QString &name) const { return m_graph.find(name); }
    EdgeItem *edge(GraphScene &s, const QString &from, const QString &to) const;

    std::unique_ptr<ProjectFixture> m_project;
    AnalysisPtr m_analysis;
    ImportGraph m_graph;
    Metrics m_metrics;
};

void TestGraphScene::initTestCase()
{
    m_project = std::make_unique<ProjectFixture>(Shop);
    m_analysis = analyzeProject(m_project->path());
    QCOMPARE(m_analysis->scan.status, ScanStatus::Ok);
    m_graph = projectToDepth(m_analysis->graph, 0, false);
    m_metrics = computeMetrics(*m_analysis, m_graph);
    QCOMPARE(m_metrics.cycles.size(), 1u);
}

std::unique_ptr<GraphScene> TestGraphScene::scene(Metric metric, std::vector<int> nodes)
{
    GraphPictureOptions options;
    options.metric = metric;
    options.nodes = std::move(nodes);
    options.allImports = true; // every import, to check each one's look
    QString error;
    auto s = makeGraphScene(*m_analysis, m_graph, m_metrics, options, &error);
    [&] { QVERIFY2(s, qPrintable(error)); }();
    return s;
}

EdgeItem *TestGraphScene::edge(GraphScene &s, const QString &from, const QString &to) const
{
    for (EdgeItem *e : s.edgeItems()) {
        if (e->look().source == node(from) && e->look().target == node(to))
            return e;
    }
    return nullptr;
}

void TestGraphScene::elidedNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("fits") << u"models.query"_s;
    QTest::newRow("a class of another package")
        << u"django.contrib.gis.db.backends.postgis.operations.PostGISOperations"_s;
    QTest::newRow("a deep module") << u"contrib.admin.templatetags.admin_modify.submit_row"_s;
    QTest::newRow("one long component")
        << u"a_function_whose_name_alone_is_far_too_long_for_any_box_of_the_picture"_s;
    QTest::newRow("a long last component")
        << u"pkg.a_function_whose_name_alone_is_far_too_long_for_any_box_of_the_picture"_s;
}

// A name too long for a box loses whole components from its start, never its end: as many
// as it must, no more; a last component too long alone is cut in the middle.
void TestGraphScene::elidedNames()
{
    QFETCH(QString, name);
    const QFont &font = NodeItem::primaryFont();
    const QFontMetricsF metrics(font);
    const QString shown = NodeItem::elidedName(font, name);
    QVERIFY(metrics.horizontalAdvance(shown) <= NodeItem::MaxTextWidth);
    if (metrics.horizontalAdvance(name) <= NodeItem::MaxTextWidth) {
        QCOMPARE(shown, name);
        return;
    }
    const QString ellipsis(QChar(0x2026));
    const QString last = name.mid(name.lastIndexOf(u'.') + 1);
    if (metrics.horizontalAdvance(ellipsis + last) > NodeItem::MaxTextWidth) {
        QVERIFY(!shown.startsWith(ellipsis) && shown.contains(ellipsis));
        QVERIFY(last.startsWith(shown.left(shown.indexOf(ellipsis))));
        QVERIFY(last.endsWith(shown.mid(shown.indexOf(ellipsis) + 1)));
        return;
    }
    QVERIFY(shown.startsWith(ellipsis));
    const QString kept = shown.mid(1);
    QVERIFY(name.endsWith(u'.' + kept)); // whole components
    // One more component would not have fitted.
    const QString before = name.left(name.size() - kept.size() - 1);
    const QString more = ellipsis + before.mid(before.lastIndexOf(u'.') + 1) + u'.' + kept;
    QVERIFY(metrics.horizontalAdvance(more) > NodeItem::MaxTextWidth);
}

void TestGraphScene::items()
{
    const auto s = scene();
    QVERIFY(s);
    QCOMPARE(s->nodeItems().size(), 6u); // shop and its five modules
    QCOMPARE(s->edgeItems().size(), 6u);
    QCOMPARE(s->engine(), LayoutEngine::Layered);
    // By default the transitive reduction: d => e (type-checking only) is implied by
    // d -> a -> b -> e and left out; the cut and the chain stay.
    GraphPictureOptions reduced;
    const auto r = makeGraphScene(*m_analysis, m_graph, m_metrics, reduced);
    QVERIFY(r);
    QCOMPARE(r->edgeItems().size(), 5u);
    QVERIFY(!edge(*r, QStringLiteral("shop.d"), QStringLiteral("shop.e")));
    QVERIFY(edge(*r, QStringLiteral("shop.b"), QStringLiteral("shop.e")));
    QStringList labels;
    for (const NodeItem *n : s->nodeItems())
        labels << n->look().primary;
    labels.sort();
    // The shared "shop." is left out; the package keeps its name.
    QCOMPARE(labels, QStringList({"a", "b", "c", "d", "e", "shop"}));
    // Every node lies inside the scene and no two overlap.
    for (const NodeItem *a : s->nodeItems()) {
        QVERIFY(s->sceneRect().contains(a->sceneBoundingRect()));
        for (const NodeItem *b : s->nodeItems())
            QVERIFY(a == b ||
                    !a->mapRectToScene(a->rect()).intersects(b->mapRectToScene(b->rect())));
    }
}

void TestGraphScene::edgeStyles_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("inCycle"); // tinted, or red when cut
    QTest::addColumn<bool>("dashed");
    QTest::addColumn<int>("sites");

    QTest::newRow("in the cycle") << "shop.a"
                                  << "shop.b" << true << false << 1;
    QTest::newRow("two sites") << "shop.c"
                               << "shop.a" << true << false << 2;
    QTest::newRow("into the cycle") << "shop.d"
                                    << "shop.a" << false << false << 1;
    QTest::newRow("type checking only") << "shop.d"
                                        << "shop.e" << false << true << 1;
    QTest::newRow("plain") << "shop.b"
                           << "shop.e" << false << false << 1;
}

void TestGraphScene::edgeStyles()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, inCycle);
    QFETCH(bool, dashed);
    QFETCH(int, sites);
    const auto s = scene();
    EdgeItem *e = edge(*s, from, to);
    QVERIFY(e);
    const QColor cycle = e->look().upward ? EdgeItem::cutColor() : EdgeItem::cycleColor();
    QCOMPARE(e->pen().color() == cycle, inCycle);
    QCOMPARE(e->pen().style() != Qt::SolidLine, dashed || e->look().upward);
    QCOMPARE(e->look().sites, sites);
    QCOMPARE(e->pen().widthF(), e->look().upward ? std::max(2.0, EdgeItem::widthFor(sites))
                                                 : EdgeItem::widthFor(sites));
    QVERIFY(EdgeItem::widthFor(2) > EdgeItem::widthFor(1));
}

void TestGraphScene::legendKey_data()
{
    QTest::addColumn<QStringList>("nodes"); // empty: all
    QTest::addColumn<bool>("allImports");
    QTest::addColumn<QString>("drawn"); // the key's rows: i c x t m p
    QTest::newRow("every import") << QStringList() << true << "i c x t m";
    // d => e (type-checking only) is implied by d -> a -> b -> e: left out.
    QTest::newRow("reduced") << QStringList() << false << "i c x m";
    QTest::newRow("type checking alone") << QStringList{"shop.d", "shop.e"} << true << "t";
    QTest::newRow("one box") << QStringList{"shop.e"} << true << "";
    QTest::newRow("a cycle's boxes")
        << QStringList{"shop.a", "shop.b", "shop.c"} << true << "c x m";
}

// The legend lists what the picture draws and nothing else: a picture without cycles has no
// key to cuts, one without imports none to their widths.
void TestGraphScene::legendKey()
{
    QFETCH(QStringList, nodes);
    QFETCH(bool, allImports);
    QFETCH(QString, drawn);
    GraphPictureOptions options;
    for (const QString &n : nodes)
        options.nodes.push_back(node(n));
    options.allImports = allImports;
    const auto s = makeGraphScene(*m_analysis, m_graph, m_metrics, options);
    QVERIFY(s);
    const Legend::GraphKey key = s->legendKey();
    QStringList rows;
    for (const auto &[on, code] : {std::pair{key.imports, "i"},
                                   {key.cycleImports, "c"},
                                   {key.cuts, "x"},
                                   {key.typeChecking, "t"},
                                   {key.cycleMembers, "m"},
                                   {key.packages, "p"},
                                   {key.containers, "o"}}) {
        if (on)
            rows << QLatin1String(code);
    }
    QCOMPARE(rows.join(QLatin1Char(' ')), drawn);
    // Each row left out makes the key shorter; the full key is the default.
    Legend full(Metric::Level, s->scale());
    Legend shown = full;
    shown.setGraphKey(key);
    QCOMPARE(full.graphKey(), Legend::GraphKey{});
    QCOMPARE(shown.size().height() < full.size().height(), drawn != QLatin1String("i c x t m p"));
}

void TestGraphScene::levelsUpwards()
{
    const auto s = scene();
    // The breaking set's edge is drawn upward: dashed, red, one of the cycle's.
    const auto y = [&](const char *name) { return s->itemForNode(node(QLatin1String(name)))->y(); };
    int upward = 0;
    for (const EdgeItem *e : s->edgeItems()) {
        const double down =
            s->itemForNode(e->look().target)->y() - s->itemForNode(e->look().source)->y();
        QVERIFY(e->look().typeCheckingOnly || (e->look().upward ? down < 0 : down > 0));
        if (!e->look().upward)
            continue;
        ++upward;
        QVERIFY(e->look().inCycle);
        QCOMPARE(e->pen().style(), Qt::CustomDashLine);
        QCOMPARE(e->pen().color(), EdgeItem::cutColor());
    }
    QCOMPARE(upward, 1);
    // d (level 2) above the cycle (level 1) above e (level 0): smaller y. The cycle reads
    // downwards along its edges without the breaking set, over its layers, inside its band.
    const double top = std::min({y("shop.a"), y("shop.b"), y("shop.c")});
    const double bottom = std::max({y("shop.a"), y("shop.b"), y("shop.c")});
    QVERIFY(y("shop.d") < top);
    QVERIFY(bottom < y("shop.e"));
    QVERIFY(top < bottom);
}

// On a ring, the boxes sit on the model's layers: c, b, a, then d, one row each, upwards.
// The cut import points up, red and dashed with its marker; the ring's others go down tinted.
void TestGraphScene::ringLayers_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("style"); // "cut", "cycle" or "plain"

    QTest::newRow("a -> b goes down") << "ring.a"
                                      << "ring.b"
                                      << "cycle";
    QTest::newRow("b -> c goes down") << "ring.b"
                                      << "ring.c"
                                      << "cycle";
    QTest::newRow("c -> a is the cut") << "ring.c"
                                       << "ring.a"
                                       << "cut";
    QTest::newRow("d -> a, into the ring") << "ring.d"
                                           << "ring.a"
                                           << "plain";
}

void TestGraphScene::ringLayers()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, style);
    const ProjectFixture project(Ring);
    const AnalysisPtr analysis = analyzeProject(project.path());
    const ImportGraph graph = projectToDepth(analysis->graph, 0, false);
    const Metrics metrics = computeMetrics(*analysis, graph);
    QString error;
    const auto s = makeGraphScene(*analysis, graph, metrics, GraphPictureOptions{}, &error);
    QVERIFY2(s, qPrintable(error));
    QMap<int, double> rowOfLayer; // the y of each layer's boxes
    for (const NodeItem *n : s->nodeItems()) {
        QCOMPARE(n->look().layer, metrics.nodes[std::size_t(n->node())].layer);
        QCOMPARE(rowOfLayer.value(n->look().layer, n->y()), n->y());
        rowOfLayer.insert(n->look().layer, n->y());
    }
    const auto layer = [&](const char *name) {
        return metrics.nodes[std::size_t(graph.find(name))].layer;
    };
    QCOMPARE((QList<int>{layer("ring.c"), layer("ring.b"), layer("ring.a"), layer("ring.d")}),
             (QList<int>{0, 1, 2, 3}));
    QCOMPARE(metrics.layers, 4);
    for (auto it = rowOfLayer.begin(); std::next(it) != rowOfLayer.end(); ++it)
        QVERIFY(std::next(it).value() < it.value()); // a higher layer, a smaller y: above
    const EdgeItem *e = nullptr;
    for (const EdgeItem *item : s->edgeItems()) {
        if (item->look().source == graph.find(from) && item->look().target == graph.find(to))
            e = item;
    }
    QVERIFY(e);
    const double down =
        s->itemForNode(e->look().target)->y() - s->itemForNode(e->look().source)->y();
    QCOMPARE(down < 0, style == "cut");
    QCOMPARE(e->look().upward, style == "cut");
    QCOMPARE(e->look().inCycle, style != "plain");
    const QColor expected = style == "cut"     ? EdgeItem::cutColor()
                            : style == "cycle" ? EdgeItem::cycleColor()
                                               : EdgeItem::penFor(EdgeLook{}).color();
    QCOMPARE(e->pen().color(), expected);
    QCOMPARE(e->pen().style() == Qt::SolidLine, style != "cut");
    QVERIFY(style != "cut" || e->pen().widthF() >= 2.0);
    QVERIFY(EdgeItem::cutColor() != EdgeItem::cycleColor());
}

void TestGraphScene::coloursFromTheScale_data()
{
    QTest::addColumn<Metric>("metric");
    for (const Metric m : MetricChoice::all())
        QTest::newRow(keyOf(m)) << m;
}

void TestGraphScene::coloursFromTheScale()
{
    QFETCH(Metric, metric);
    const auto s = scene(metric);
    const HeatScale scale = MetricChoice::scale(metric, m_metrics, m_graph, HeadBudget());
    for (const NodeItem *n : s->nodeItems()) {
        const std::optional<double> v = MetricChoice::value(metric, m_metrics, m_graph, n->node());
        QCOMPARE(n->look().value, v);
        if (v) {
            QCOMPARE(n->look().fill, scale.colorAt(*v));
            QCOMPARE(n->look().text, scale.textColorAt(*v));
        }
        QCOMPARE(n->look().inCycle, m_metrics.nodes[std::size_t(n->node())].cycle >= 0);
    }
}

void TestGraphScene::focus_data()
{
    QTest::addColumn<QString>("centre");
    QTest::addColumn<int>("hops");
    QTest::addColumn<QStringList>("shown");

    QTest::newRow("e, one hop") << "shop.e" << 1 << QStringList{"shop.b", "shop.d", "shop.e"};
    QTest::newRow("e, no hops") << "shop.e" << 0 << QStringList{"shop.e"};
    QTest::newRow("d, two hops") << "shop.d" << 2
                                 << QStringList{"shop.a", "shop.b", "shop.c", "shop.d", "shop.e"};
}

void TestGraphScene::focus()
{
    QFETCH(QString, centre);
    QFETCH(int, hops);
    QFETCH(QStringList, shown);
    const std::vector<int> nodes = focusNeighbourhood(m_graph, node(centre), hops);
    const auto s = scene(Metric::Level, nodes);
    QStringList names;
    for (const NodeItem *n : s->nodeItems())
        names << n->look().name;
    names.sort();
    QCOMPARE(names, shown);
    for (const EdgeItem *e : s->edgeItems()) {
        QVERIFY(s->itemForNode(e->look().source));
        QVERIFY(s->itemForNode(e->look().target));
    }
}

void TestGraphScene::focusRing_data()
{
    QTest::addColumn<bool>("structure");
    QTest::addColumn<QStringList>("open"); // a structure map's opened packages
    QTest::addColumn<QString>("focus");
    QTest::addColumn<QString>("ringed"); // the box or opened package ringed; "" none
    QTest::addColumn<bool>("frame");     // an opened package's frame rather than a box
    QTest::newRow("modules: the focus") << false << QStringList{} << "shop.e"
                                        << "shop.e" << false;
    QTest::newRow("modules: no focus") << false << QStringList{} << ""
                                       << "" << false;
    QTest::newRow("structure map: a module") << true << QStringList{"shop"} << "shop.c"
                                             << "shop.c" << false;
    // An opened package whose own module (an empty __init__) has no box: its frame.
    QTest::newRow("structure map: an opened package") << true << QStringList{"shop"} << "shop"
                                                      << "shop" << true;
    QTest::newRow("structure map: inside a closed package") << true << QStringList{} << "shop.c"
                                                            << "shop" << false;
}

// The box a focus picture is around is ringed, and only it; the legend keys the ring and
// the DOT export marks it.
void TestGraphScene::focusRing()
{
    QFETCH(bool, structure);
    QFETCH(QStringList, open);
    QFETCH(QString, focus);
    QFETCH(QString, ringed);
    QFETCH(bool, frame);
    GraphPictureOptions options;
    options.focus = focus;
    std::unique_ptr<GraphScene> s;
    if (structure) {
        const StructurePicture picture =
            makeStructurePicture(*m_analysis, m_analysis->graph, open, {}, nullptr, options);
        s = std::make_unique<GraphScene>(*m_analysis, picture, options);
    } else {
        s = makeGraphScene(*m_analysis, m_graph, m_metrics, options);
    }
    QVERIFY(s);
    QStringList boxes, frames;
    for (const NodeItem *n : s->nodeItems()) {
        if (n->look().focus) {
            boxes << n->look().name;
            // The ring is painted inside what the item says it covers.
            const double ring = NodeItem::FocusGap + NodeItem::focusRing().widthF();
            QVERIFY(n->boundingRect().contains(n->rect().adjusted(-ring, -ring, ring, ring)));
        }
    }
    for (const ContainerItem *c : s->containerItems()) {
        if (c->look().focus)
            frames << c->look().name;
    }
    const QStringList expected = ringed.isEmpty() ? QStringList{} : QStringList{ringed};
    QCOMPARE(boxes, frame ? QStringList{} : expected);
    QCOMPARE(frames, frame ? expected : QStringList{});
    QCOMPARE(s->legendKey().focus, !ringed.isEmpty());
    const QByteArray dot = PictureExport::graphDot(*s, QStringLiteral("The shop"));
    QStringList marked;
    for (const test::DotStatement &st : test::dotStatements(dot)) {
        if (st.classes.split(u' ').contains(u"focus"_s))
            marked << st.id;
    }
    // A cluster's own attributes follow its opening line.
    static const QRegularExpression cluster(
        uR"re(subgraph "cluster_([^"]*)" \{\n\s*graph \[[^\]]*class="focus")re"_s);
    for (const QRegularExpressionMatch &m : cluster.globalMatch(QString::fromUtf8(dot)))
        marked << m.captured(1);
    QCOMPARE(marked, expected);
}

void TestGraphScene::selection()
{
    const auto s = scene();
    QSignalSpy spy(s.get(), &GraphScene::nodeSelected);
    s->itemForNode(node("shop.c"))->setSelected(true);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.last().at(0).toInt(), node("shop.c"));
    QCOMPARE(s->selectedNode(), node("shop.c"));
    s->clearSelection();
    QCOMPARE(spy.last().at(0).toInt(), -1);
    // An edge takes clicks: selecting it names its two ends, and selects no node.
    QSignalSpy imports(s.get(), &GraphScene::importSelected);
    EdgeItem *edge = s->edgeItems().front();
    QVERIFY(edge->flags() & QGraphicsItem::ItemIsSelectable);
    edge->setSelected(true);
    QCOMPARE(imports.size(), 1);
    QCOMPARE(imports.last().at(0).toString(), edge->data(0).toStringList().value(0));
    QVERIFY(!imports.last().at(0).toString().isEmpty());
    QCOMPARE(s->selectedNode(), -1);
    // Only its line picks it, not the box around it.
    QVERIFY(!edge->shape().contains(edge->boundingRect().topLeft()) ||
            edge->boundingRect().width() < 20);
}

// Destroying a scene with a selection must not call out from its half-destroyed self: the
// base class clears the selection after GraphScene's part is gone.
void TestGraphScene::deletedWhileSelected()
{
    auto s = scene();
    QObject receiver;
    int calls = 0;
    connect(s.get(), &GraphScene::nodeSelected, &receiver, [&calls] { ++calls; });
    s->itemForNode(node("shop.c"))->setSelected(true);
    QCOMPARE(calls, 1);
    s.reset();
    QCOMPARE(calls, 1);
}

// What the view shows at each zoom: every node paints its box in its fill colour, a plain
// box while the label would be too small to read, the label once it can be read; the legend
// floats over the picture.
void TestGraphScene::paintsAtEveryZoom()
{
    const auto s = scene();
    GraphView view;
    view.setScene(s.get());
    view.setLegend(Legend(Metric::Level, s->scale()));
    view.setLegendVisible(false);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto grab = [&view] {
        return view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    };
    const auto near = [](QRgb a, QRgb b, int tolerance) {
        return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
                   std::abs(qBlue(a) - qBlue(b)) <=
               tolerance;
    };
    QRectF nodes;
    for (const NodeItem *n : s->nodeItems())
        nodes |= n->sceneBoundingRect();
    for (const double zoom : {0.05, 0.3, 1.0, 4.0}) {
        view.setTransform(QTransform::fromScale(zoom, zoom));
        view.centerOn(nodes.center());
        const QImage shown = grab();
        for (NodeItem *n : s->nodeItems())
            n->hide();
        const QImage bare = grab();
        for (NodeItem *n : s->nodeItems())
            n->show();
        int seen = 0;
        for (const NodeItem *n : s->nodeItems()) {
            const QRect box = view.mapFromScene(n->mapRectToScene(n->rect())).boundingRect();
            if (!shown.rect().contains(box))
                continue; // out of view at this zoom
            ++seen;
            const QString where = QStringLiteral("%1 at zoom %2").arg(n->look().name).arg(zoom);
            bool painted = false;
            for (int y = box.top(); y <= box.bottom() && !painted; ++y) {
                for (int x = box.left(); x <= box.right() && !painted; ++x)
                    painted = shown.pixel(x, y) != bare.pixel(x, y);
            }
            QVERIFY2(painted, qPrintable(where + QStringLiteral(": nothing painted")));
            // Inside the border: the fill, and the label's ink once it can be read.
            const QRect inside = box.adjusted(3, 3, -3, -3);
            if (inside.isEmpty())
                continue;
            const QRgb fill = n->look().fill.rgb();
            int filled = 0;
            int ink = 0;
            for (int y = inside.top(); y <= inside.bottom(); ++y) {
                for (int x = inside.left(); x <= inside.right(); ++x) {
                    filled += near(shown.pixel(x, y), fill, 6);
                    ink += !near(shown.pixel(x, y), fill, 60);
                }
            }
            QVERIFY2(filled > 0, qPrintable(where + QStringLiteral(": no fill colour")));
            if (zoom >= GraphView::LegibleZoom)
                QVERIFY2(ink > 0, qPrintable(where + QStringLiteral(": no label")));
            else
                QVERIFY2(ink == 0, qPrintable(where + QStringLiteral(": an unreadable label")));
        }
        QVERIFY2(seen > 0, qPrintable(QStringLiteral("no node in view at zoom %1").arg(zoom)));
    }
    // The legend stands beside the picture: the picture's viewport gives it a strip, so
    // that no box is ever under it, and takes the strip back when it is hidden.
    QVERIFY(view.legendGeometry().isEmpty());
    view.setLegendVisible(true);
    const QRect legend = view.legendGeometry();
    QVERIFY(!legend.isEmpty());
    QVERIFY(!legend.intersects(view.viewport()->geometry()));
    QVERIFY(view.rect().contains(legend));
    // The strip shows the key: its colour ramp alone has dozens of colours.
    const QImage strip = view.grab(legend).toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < strip.height(); y += 2) {
        for (int x = 0; x < strip.width(); x += 2)
            colours.insert(strip.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    view.setLegendVisible(false);
    QVERIFY(view.viewport()->geometry().right() >= legend.left());
    view.setLegendVisible(true);
    view.fitPicture();
    QVERIFY(view.zoom() <= 1.0);
}

void TestGraphScene::svg()
{
    const auto s = scene();
    PictureOptions options;
    options.title = QStringLiteral("The shop");
    options.legend = Legend(Metric::Level, s->scale());
    const Picture picture = PictureExport::render(*s, PictureFormat::Svg, options);
    QVERIFY2(picture.ok(), qPrintable(picture.error));
    QString error;
    const QStringList texts = svgTexts(picture.data, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const char *name : {"a", "d", "shop", "Level 0", "Level 1", "The shop"})
        QVERIFY2(texts.contains(name), qPrintable(name));
    QVERIFY(texts.contains(options.legend->title()));
    QVERIFY(picture.data.contains("<title>The shop</title>"));
    QCOMPARE(picture.sceneScale, 1.0);
}

void TestGraphScene::png_data()
{
    QTest::addColumn<PicturePreset>("preset");
    QTest::addColumn<double>("scale");
    QTest::addColumn<QSize>("size");

    QTest::newRow("slide") << PicturePreset::Slide << 1.0 << QSize(1920, 1080);
    QTest::newRow("slide, twice") << PicturePreset::Slide << 2.0 << QSize(3840, 2160);
    QTest::newRow("a4") << PicturePreset::A4 << 1.0 << QSize(794, 1123);
}

void TestGraphScene::png()
{
    QFETCH(PicturePreset, preset);
    QFETCH(double, scale);
    QFETCH(QSize, size);
    const auto s = scene();
    PictureOptions options;
    options.preset = preset;
    options.scale = scale;
    options.legend = Legend(Metric::Level, s->scale());
    const Picture picture = PictureExport::render(*s, PictureFormat::Png, options);
    QVERIFY2(picture.ok(), qPrintable(picture.error));
    QVERIFY2(picture.warnings.isEmpty(), qPrintable(picture.warnings.join(u'\n')));
    QImage image;
    QVERIFY(image.loadFromData(picture.data, "PNG"));
    // A4 turns to landscape for a wide picture.
    QVERIFY2(image.size() == size || image.size() == size.transposed(),
             qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
    QVERIFY(picture.labelPoints >= PictureExport::minimumLabelPoints(preset));
    if (preset == PicturePreset::Slide)
        QVERIFY(picture.labelPoints >= 11.0);
}

void TestGraphScene::pdf()
{
    const auto s = scene();
    PictureOptions options;
    options.preset = PicturePreset::A4;
    const Picture picture = PictureExport::render(*s, PictureFormat::Pdf, options);
    QVERIFY2(picture.ok(), qPrintable(picture.error));
    QVERIFY(picture.data.startsWith("%PDF"));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("shop.pdf"));
    QString error;
    QVERIFY2(PictureExport::write(file, picture.data, &error), qPrintable(error));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), picture.data);
    QVERIFY(!PictureExport::write(dir.filePath(QStringLiteral("no/such/dir/x.pdf")), picture.data,
                                  &error));
}

void TestGraphScene::dot()
{
    const auto s = scene();
    const QByteArray dot = PictureExport::graphDot(*s, QStringLiteral("The shop"));
    QVERIFY(dot.startsWith("digraph"));
    QVERIFY(dot.contains("\"shop.d\" -> \"shop.e\""));
    QVERIFY(dot.contains("rank=same"));
    QVERIFY(dot.contains("style=dashed"));
    QCOMPARE(PictureExport::formatForPath(QStringLiteral("x.DOT")), PictureFormat::Dot);
    QCOMPARE(PictureExport::formatForPath(QStringLiteral("x.svg")), PictureFormat::Svg);
    QCOMPARE(PictureExport::formatForPath(QStringLiteral("x.txt")), std::nullopt);
}

// Issue 11: the picture's DOT marks the cycle's members class="cycle" and its breaking set's
// edges class="cut", and Graphviz's SVG keeps them as classes of the node and edge groups.
void TestGraphScene::dotClasses()
{
    QStringList cycle, cut;
    for (const int n : m_metrics.cycles[0].members)
        cycle << m_graph.node(n).name;
    for (const int e : m_metrics.cycles[0].breakingSet)
        cut << m_graph.node(m_graph.edge(e).source).name + "->" +
                   m_graph.node(m_graph.edge(e).target).name;
    cycle.sort();
    QCOMPARE(cycle, (QStringList{"shop.a", "shop.b", "shop.c"}));
    QCOMPARE(cut.size(), 1);

    const auto s = scene();
    const QByteArray dot = PictureExport::graphDot(*s, QStringLiteral("The shop"));
    QStringList dotCycle, dotCut, classless;
    for (const test::DotStatement &st : test::dotStatements(dot)) {
        (st.classes == (st.edge ? "cut" : "cycle") ? (st.edge ? dotCut : dotCycle) : classless)
            << st.id;
        QVERIFY2(st.classes.isEmpty() || st.classes == (st.edge ? "cut" : "cycle"),
                 qPrintable(st.text));
    }
    QCOMPARE(dotCycle.size() + dotCut.size() + classless.size(),
             s->nodeItems().size() + s->edgeItems().size());
    dotCycle.sort();
    QCOMPARE(dotCycle, cycle);
    QCOMPARE(dotCut, cut);

    const GraphvizResult svg = renderDot(dot, "dot", "svg");
    QVERIFY2(!svg.output.isEmpty(), qPrintable(svg.error));
    const SvgClasses rendered = svgClasses(svg.output);
    QVERIFY2(rendered.error.isEmpty(), qPrintable(rendered.error));
    QCOMPARE(rendered.cycleNodes, cycle);
    QCOMPARE(rendered.cutEdges, cut);
}

void TestGraphScene::tooLargeForTheSlide()
{
    // Any scene exports; one far wider than a slide cannot keep its labels legible.
    QGraphicsScene big;
    big.addRect(0, 0, 20000, 3000);
    PictureOptions options;
    options.preset = PicturePreset::Slide;
    const Picture picture = PictureExport::render(big, PictureFormat::Png, options);
    QVERIFY(picture.ok());
    QCOMPARE(picture.warnings.size(), 1);
    QVERIFY(picture.labelPoints < 11.0);
    // The natural size keeps everything but warns past what viewers open (16,384 px a side).
    options.preset = PicturePreset::Natural;
    const QStringList huge = PictureExport::render(big, PictureFormat::Svg, options).warnings;
    QCOMPARE(huge.size(), 1);
    QVERIFY(huge.front().contains(QLocale().toString(16384)));
    QGraphicsScene wide;
    wide.addRect(0, 0, 9000, 400);
    QVERIFY(PictureExport::render(wide, PictureFormat::Svg, options).warnings.isEmpty());
    options.scale = 2; // a PNG twice that size is past it
    QCOMPARE(PictureExport::render(wide, PictureFormat::Png, options).warnings.size(), 1);
}

QTEST_MAIN(TestGraphScene)
#include "tst_graphscene.moc"
