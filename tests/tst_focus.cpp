// Focus pictures: the neighbourhood of one module as a structure map of its own. The module
// and what is one import away show as themselves where the head budget has room; farther
// modules stay folded in their packages, so that three hops around a hub stay legible.
#include "focus.h"
#include "graphscene.h"
#include "graphspec.h"
#include "pictureexport.h"
#include "pipeline.h"
#include "structure.h"
#include "structurepicture.h"
#include "svgtexts.h"

#include <QDir>
#include <QtTest>

#include <algorithm>

using namespace headroom;
using test::graphOf;

class TestFocus : public QObject
{
    Q_OBJECT

private slots:
    void neighbourhood_data();
    void neighbourhood();
    void folding_data();
    void folding();
    void djangoHub();
};

namespace {

// A hub imported by `near` modules of package b; each b module imported by three of package
// c, each c module by one of package d; an unrelated module e.x.
QString hubSpec(int near)
{
    QStringList parts{QStringLiteral("e.x->e.y")};
    for (int i = 0; i < near; ++i)
        parts << QStringLiteral("b.m%1->a.hub").arg(i);
    for (int j = 0; j < 3 * near; ++j) {
        parts << QStringLiteral("c.m%1->b.m%2").arg(j).arg(j % near);
        parts << QStringLiteral("d.m%1->c.m%1").arg(j);
    }
    return parts.join(QLatin1String(", "));
}

} // namespace

void TestFocus::neighbourhood_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("focus");
    QTest::addColumn<int>("hops");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("no hop") << "a->b, b->c"
                            << "b" << 0 << QStringList{"b"};
    QTest::newRow("either way") << "a->b, b->c, c->d"
                                << "b" << 1 << QStringList{"a", "b", "c"};
    QTest::newRow("two hops") << "a->b, b->c, c->d, d->e"
                              << "b" << 2 << QStringList{"a", "b", "c", "d"};
    QTest::newRow("externals stop it") << "a->!x, b->!x"
                                       << "a" << 3 << QStringList{"a"};
}

void TestFocus::neighbourhood()
{
    QFETCH(QString, spec);
    QFETCH(QString, focus);
    QFETCH(int, hops);
    QFETCH(QStringList, expected);
    const ImportGraph g = graphOf(spec);
    QStringList names;
    for (const int v : focusNeighbourhood(g, g.find(focus), hops))
        names << g.node(v).name;
    names.sort();
    QCOMPARE(names, expected);
}

void TestFocus::folding_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("focus");
    QTest::addColumn<int>("hops");
    QTest::addColumn<QStringList>("own");    // boxes of their own
    QTest::addColumn<QStringList>("folded"); // inside a closed package's box
    QTest::addColumn<QStringList>("absent"); // not in the picture at all
    const QString hub = hubSpec(12);
    QTest::newRow("one hop: every neighbour")
        << hub << "a.hub" << 1 << QStringList{"a.hub", "b.m0", "b.m11"} << QStringList{}
        << QStringList{"c.m0", "d.m0", "e.x"};
    QTest::newRow("three hops: the far ones folded")
        << hub << "a.hub" << 3 << QStringList{"a.hub", "b.m0", "b.m11"}
        << QStringList{"c.m3", "d.m7"} << QStringList{"e.x"};
    QTest::newRow("no hop") << hub << "a.hub" << 0 << QStringList{"a.hub"} << QStringList{}
                            << QStringList{"b.m0", "e.x"};
    QTest::newRow("a package: all its modules") << hub << "b" << 1 << QStringList{"a.hub", "b.m5"}
                                                << QStringList{} << QStringList{"d.m0", "e.x"};
    QTest::newRow("more neighbours than the budget")
        << hubSpec(50) << "a.hub" << 1 << QStringList{"a.hub"} << QStringList{"b.m7"}
        << QStringList{"c.m0"};
    QTest::newRow("deep focus: its packages opened")
        << "p.q.r.s->p.q.t, p.q.t->x.y, p.z->p.q.r.s"
        << "p.q.r.s" << 2 << QStringList{"p.q.r.s", "p.q.t", "p.z", "x.y"} << QStringList{}
        << QStringList{};
}

void TestFocus::folding()
{
    QFETCH(QString, spec);
    QFETCH(QString, focus);
    QFETCH(int, hops);
    QFETCH(QStringList, own);
    QFETCH(QStringList, folded);
    QFETCH(QStringList, absent);
    const ImportGraph g = graphOf(spec, test::SpecFiles::Named);
    const FocusGraph f = focusGraph(g, g.find(focus), hops);
    QVERIFY(f.near <= f.modules);
    const QStringList open = focusOpenPackages(f);
    const ImportGraph picture =
        projectToDepth(f.graph, 1, false, nullptr, QSet<QString>(open.begin(), open.end()));
    const StructureMap map = buildStructure(picture);
    QVERIFY2(map.boxCount() <= MaxFittingBoxes, qPrintable(QString::number(map.boxCount())));
    for (const QString &name : own) {
        const int id = picture.find(name);
        QVERIFY2(id >= 0 && map.boxContainer[std::size_t(id)] >= 0, qPrintable(name));
    }
    for (const QString &name : folded) {
        QVERIFY2(picture.find(name) < 0, qPrintable(name));
        const int holder = holderIn(picture, name);
        QVERIFY2(holder >= 0 && map.boxContainer[std::size_t(holder)] >= 0, qPrintable(name));
    }
    for (const QString &name : absent)
        QVERIFY2(holderIn(f.graph, name) < 0 || f.graph.find(name) < 0, qPrintable(name));
}

// Three hops around Django's query module: a legible slide, the module a box of its own, and
// the box counts those of the neighbourhood.
void TestFocus::djangoHub()
{
    const QString django = QStringLiteral("/usr/lib/python3/dist-packages/django");
    if (!QDir(django).exists())
        QSKIP("corpus not installed (./setup.sh test installs python3-django)");
    PipelineOptions options;
    options.callGraph = false;
    options.includeExternal = false;
    const SnapshotPtr s = runPipeline(django, options);
    QVERIFY(s->ok());
    const QString focus = QStringLiteral("django.db.models.query");
    const FocusGraph f = focusGraph(s->graph(), s->graph().find(focus), 3);
    QVERIFY(f.modules > MaxFittingBoxes);
    const QStringList open = focusOpenPackages(f);
    const StructurePicture picture = makeStructurePicture(
        *s->analysis, f.graph, open, s->settings().metrics, nullptr, GraphPictureOptions{});
    // Past the budget only with the packages that hold the module, which must be open.
    const QStringList above{QStringLiteral("django"), QStringLiteral("django.db"),
                            QStringLiteral("django.db.models")};
    QVERIFY2(picture.boxCount() <= MaxFittingBoxes || open == above,
             qPrintable(QString::number(picture.boxCount()) + open.join(QLatin1Char(' '))));
    QVERIFY(picture.boxCount() < 2 * MaxFittingBoxes);
    const int own = picture.graph.find(focus);
    QVERIFY(own >= 0 && picture.map.boxContainer[std::size_t(own)] >= 0);
    int drawn = 0;
    for (const int m : picture.modules)
        drawn += m;
    QCOMPARE(drawn, f.modules); // every module of the neighbourhood, in one box each
    GraphScene scene(*s->analysis, picture, GraphPictureOptions{});
    PictureOptions page;
    page.preset = PicturePreset::Slide;
    page.legend = Legend(Metric::Level, scene.scale());
    const Picture svg = PictureExport::render(scene, PictureFormat::Svg, page);
    QVERIFY(svg.ok());
    const QList<test::SvgText> texts = test::svgTexts(svg.data);
    const double smallest =
        std::min_element(texts.begin(), texts.end(), [](const auto &a, const auto &b) {
            return a.pixels < b.pixels;
        })->pixels;
    QVERIFY2(smallest >= 9.0, qPrintable(QString::number(smallest)));
}

QTEST_MAIN(TestFocus)
#include "tst_focus.moc"
