// Treemap: the squarified layout on hand-computed rows and its invariants on random input;
// the scene of a small project (areas follow source lines, classes inside their modules);
// the class LCOM4 colouring; names in header strips and cells, never under a legible size,
// in the scene and on an exported slide; members too small to see drawn as one aggregate
// cell, and the number of items bounded on a synthetic project of 100,000 modules.
#include "pictureexport.h"
#include "projectfixture.h"
#include "svgtexts.h"
#include "treemapitem.h"
#include "treemaplayout.h"
#include "treemapscene.h"

#include <QGraphicsItem>
#include <QImage>
#include <QPainter>
#include <QtTest>

#include <cmath>
#include <numeric>
#include <random>

using namespace headroom;
using namespace Qt::StringLiterals;

using Weights = QList<double>;
using Rects = QList<QRectF>;
Q_DECLARE_METATYPE(Weights)
Q_DECLARE_METATYPE(Rects)

namespace {

constexpr double Eps = 1e-9;

bool near(const QRectF &a, const QRectF &b)
{
    return std::abs(a.x() - b.x()) < 1e-6 && std::abs(a.y() - b.y()) < 1e-6 &&
           std::abs(a.width() - b.width()) < 1e-6 && std::abs(a.height() - b.height()) < 1e-6;
}

double area(const QRectF &r)
{
    return r.width() * r.height();
}

double overlap(const QRectF &a, const QRectF &b)
{
    const double w = std::min(a.right(), b.right()) - std::max(a.left(), b.left());
    const double h = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
    return w > 0 && h > 0 ? w * h : 0.0;
}

bool inside(const QRectF &inner, const QRectF &outer, double eps = 1e-6)
{
    return inner.left() >= outer.left() - eps && inner.top() >= outer.top() - eps &&
           inner.right() <= outer.right() + eps && inner.bottom() <= outer.bottom() + eps;
}

// Slice-and-dice: one strip per weight along the longer side, for comparison.
double sliceMeanAspect(const std::vector<double> &weights, const QRectF &rect)
{
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    double sum = 0;
    for (const double w : weights) {
        const double share = w / total;
        sum += rect.width() >= rect.height()
                   ? aspectRatio(QRectF(0, 0, rect.width() * share, rect.height()))
                   : aspectRatio(QRectF(0, 0, rect.width(), rect.height() * share));
    }
    return sum / double(weights.size());
}

const QString TwoParts = u"    def a(self):\n        return self.x\n"
                         "    def b(self):\n        return self.y\n"_s;
const QString OnePart = u"    def a(self):\n        return self.x\n"
                        "    def b(self):\n        return self.x + 1\n"_s;
const QString ThreeParts = TwoParts + u"    def c(self):\n        return self.z\n"_s;

// Packages shop and shop.web (with a class in its __init__), modules with classes of one,
// two and three parts, and one without classes.
const FileList &lcomProject()
{
    static const FileList files{
        {"shop/__init__.py", "VERSION = 1\n"},
        {"shop/cart.py", "import shop.util\n\nclass Cart:\n" + TwoParts},
        {"shop/util.py", "def a():\n    return 1\n"},
        {"shop/web/__init__.py", "class Page:\n" + OnePart},
        {"shop/web/views.py",
         "from shop import cart\n\nclass View:\n" + ThreeParts + "\n\nclass Helper:\n" + OnePart},
        {"shop/web/forms.py", "class Form:\n" + OnePart}};
    return files;
}

// lcomProject() analysed, with its metrics and one of its nodes (-1 when missing).
struct LcomAnalysis
{
    explicit LcomAnalysis(const QString &name) : node(analysis ? analysis->graph.find(name) : -1) {}
    ProjectFixture project{lcomProject()};
    AnalysisPtr analysis = analyzeProject(project.path());
    Metrics metrics = analysis ? computeMetrics(*analysis, analysis->graph) : Metrics{};
    int node;
};

// `lines` lines of code.
QString linesOf(int lines)
{
    QString text;
    for (int i = 0; i < lines; ++i)
        text += u"v%1 = %1\n"_s.arg(i);
    return text;
}

// Package pkg: `big` modules of 3,000 lines each (in the smallest canvas a line is about 14
// square pixels) and `tiny` modules of one line.
FileList bigAndTiny(int big, int tiny)
{
    FileList files{{u"pkg/__init__.py"_s, QString()}};
    for (int i = 0; i < big; ++i)
        files.append({u"pkg/big%1.py"_s.arg(i), linesOf(3000)});
    for (int i = 0; i < tiny; ++i)
        files.append({u"pkg/tiny%1.py"_s.arg(i, 3, 10, QChar(u'0')), u"x = 1\n"_s});
    return files;
}

// Module pkg.mod: a class of 12,000 lines and `tiny` classes of two.
FileList bigAndTinyClasses(int tiny)
{
    QString text = u"class Big:\n"_s;
    for (int i = 0; i < 12000; ++i)
        text += u"    v%1 = %1\n"_s.arg(i);
    for (int i = 0; i < tiny; ++i)
        text += u"\n\nclass Tiny%1:\n    x = 1\n"_s.arg(i);
    return {{u"pkg/__init__.py"_s, QString()}, {u"pkg/mod.py"_s, text}};
}

QList<TreemapItem *> treemapItems(const QGraphicsScene &scene)
{
    QList<TreemapItem *> out;
    for (QGraphicsItem *item : scene.items()) {
        if (auto *t = dynamic_cast<TreemapItem *>(item))
            out << t;
    }
    return out;
}

} // namespace

class TestTreemap : public QObject
{
    Q_OBJECT

private slots:
    void handComputed_data();
    void handComputed();
    void invariants_data();
    void invariants();
    void scene_data();
    void scene();
    void classLcom4_data();
    void outsideClasses_data();
    void outsideClasses();
    void classLcom4();
    void closedPackage_data();
    void closedPackage();
    void lcom4Colours();
    void names_data();
    void names();
    void elided_data();
    void elided();
    void slideLabels_data();
    void slideLabels();
    void aggregate_data();
    void aggregate();
    void bounded_data();
    void bounded();
};

void TestTreemap::handComputed_data()
{
    QTest::addColumn<Weights>("weights");
    QTest::addColumn<QRectF>("rect");
    QTest::addColumn<Rects>("expected");

    // Bruls, Huizing and van Wijk's example: [6, 6] as a column, [4, 3] on top of the rest,
    // then [2], [2] and [1] as columns.
    QTest::newRow("paper 6,6,4,3,2,2,1 in 6x4")
        << Weights{6, 6, 4, 3, 2, 2, 1} << QRectF(0, 0, 6, 4)
        << Rects{QRectF(0, 0, 3, 2),
                 QRectF(0, 2, 3, 2),
                 QRectF(3, 0, 12.0 / 7, 7.0 / 3),
                 QRectF(3 + 12.0 / 7, 0, 9.0 / 7, 7.0 / 3),
                 QRectF(3, 7.0 / 3, 1.2, 5.0 / 3),
                 QRectF(4.2, 7.0 / 3, 1.2, 5.0 / 3),
                 QRectF(5.4, 7.0 / 3, 0.6, 5.0 / 3)};
    QTest::newRow("one weight fills")
        << Weights{5} << QRectF(1, 2, 3, 4) << Rects{QRectF(1, 2, 3, 4)};
    QTest::newRow("two halves side by side")
        << Weights{1, 1} << QRectF(0, 0, 2, 1) << Rects{QRectF(0, 0, 1, 1), QRectF(1, 0, 1, 1)};
    QTest::newRow("two halves stacked")
        << Weights{1, 1} << QRectF(0, 0, 1, 2) << Rects{QRectF(0, 0, 1, 1), QRectF(0, 1, 1, 1)};
    QTest::newRow("returned in the order given")
        << Weights{1, 3} << QRectF(0, 0, 4, 1) << Rects{QRectF(3, 0, 1, 1), QRectF(0, 0, 3, 1)};
    QTest::newRow("zero weight is empty")
        << Weights{2, 0, 2} << QRectF(0, 0, 2, 2)
        << Rects{QRectF(0, 0, 2, 1), QRectF(0, 0, 0, 0), QRectF(0, 1, 2, 1)};
    QTest::newRow("scaled weights") << Weights{30, 10} << QRectF(10, 10, 8, 2)
                                    << Rects{QRectF(10, 10, 6, 2), QRectF(16, 10, 2, 2)};
    QTest::newRow("nothing positive")
        << Weights{0, -1} << QRectF(0, 0, 1, 1) << Rects{QRectF(0, 0, 0, 0), QRectF(0, 0, 0, 0)};
}

void TestTreemap::handComputed()
{
    QFETCH(Weights, weights);
    QFETCH(QRectF, rect);
    QFETCH(Rects, expected);
    const std::vector<double> w(weights.begin(), weights.end());
    const std::vector<QRectF> got = squarify(w, rect);
    QCOMPARE(int(got.size()), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        if (!near(got[std::size_t(i)], expected[i]))
            QFAIL(qPrintable(u"rect %1: got (%2, %3, %4 x %5), expected (%6, %7, %8 x %9)"_s.arg(i)
                                 .arg(got[std::size_t(i)].x())
                                 .arg(got[std::size_t(i)].y())
                                 .arg(got[std::size_t(i)].width())
                                 .arg(got[std::size_t(i)].height())
                                 .arg(expected[i].x())
                                 .arg(expected[i].y())
                                 .arg(expected[i].width())
                                 .arg(expected[i].height())));
    }
}

void TestTreemap::invariants_data()
{
    QTest::addColumn<unsigned>("seed");
    QTest::addColumn<bool>("spread"); // weights over four orders of magnitude, zeros included
    for (unsigned seed = 1; seed <= 20; ++seed) {
        QTest::addRow("seed %u", seed) << seed << false;
        QTest::addRow("seed %u spread", seed) << seed << true;
    }
}

void TestTreemap::invariants()
{
    QFETCH(unsigned, seed);
    QFETCH(bool, spread);
    std::mt19937 rng(seed);
    const int n = std::uniform_int_distribution<int>(1, 80)(rng);
    std::vector<double> weights;
    for (int i = 0; i < n; ++i) {
        const double u = std::uniform_real_distribution<double>(0, 1)(rng);
        weights.push_back(spread ? (u < 0.1 ? 0.0 : std::pow(10.0, 4 * u)) : 1 + 9 * u);
    }
    std::uniform_real_distribution<double> side(10, 1000);
    const QRectF rect(side(rng) - 500, side(rng) - 500, side(rng), side(rng));
    const std::vector<QRectF> rects = squarify(weights, rect);
    QCOMPARE(rects.size(), weights.size());

    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    double covered = 0;
    for (std::size_t i = 0; i < rects.size(); ++i) {
        QVERIFY(inside(rects[i], rect));
        QVERIFY(rects[i].width() >= 0 && rects[i].height() >= 0);
        // Areas proportional to weights.
        QVERIFY(std::abs(area(rects[i]) / area(rect) - weights[i] / total) < 1e-9);
        covered += area(rects[i]);
        for (std::size_t j = i + 1; j < rects.size(); ++j)
            QVERIFY(overlap(rects[i], rects[j]) < Eps * area(rect));
    }
    QVERIFY(std::abs(covered - area(rect)) < 1e-9 * area(rect));

    if (!spread) {
        // Similar weights: squarified stays near square and never loses to slice-and-dice.
        double sum = 0;
        for (const QRectF &r : rects)
            sum += aspectRatio(r);
        const double mean = sum / double(rects.size());
        const double boundsAspect = aspectRatio(rect);
        QVERIFY2(mean <= std::max(3.0, boundsAspect) + Eps, qPrintable(QString::number(mean)));
        QVERIFY(mean <= sliceMeanAspect(weights, rect) + Eps);
    }
}

void TestTreemap::scene_data()
{
    QTest::addColumn<int>("metric");
    QTest::newRow("cohesion") << int(Metric::ModuleCohesion);
    QTest::newRow("instability") << int(Metric::Instability);
}

void TestTreemap::scene()
{
    QFETCH(int, metric);
    const QString methods = u"    def a(self):\n        return self.x\n"
                            "    def b(self):\n        return self.y\n"_s;
    const ProjectFixture project(FileList{
        {"shop/__init__.py", "VERSION = 1\n"},
        {"shop/cart.py", "import shop.util\n\nclass Cart:\n" + methods + "\n\nclass Line:\n" +
                             methods + "\n\ndef total():\n    return 1\n"},
        {"shop/util.py", "def a():\n    return 1\n\n\ndef b():\n    return 2\n"},
        {"shop/web/__init__.py", ""},
        {"shop/web/views.py", "from shop import cart\n\nclass View:\n" + methods}});
    const AnalysisPtr analysis = analyzeProject(project.path());
    QVERIFY(analysis);
    const Metrics metrics = computeMetrics(*analysis, analysis->graph);
    const ImportGraph &graph = analysis->graph;
    std::unique_ptr<QGraphicsScene> base(
        makeTreemapScene(*analysis, graph, metrics, Metric(metric)));
    auto *scene = qobject_cast<TreemapScene *>(base.get());
    QVERIFY(scene);

    // Modules of one package: areas proportional to their lines.
    auto rectOf = [&](const QString &name) {
        QGraphicsItem *item = scene->itemForNode(graph.find(name));
        return item ? item->sceneBoundingRect() : QRectF();
    };
    auto sloc = [&](const QString &name) {
        return double(metrics.nodes[std::size_t(graph.find(name))].sloc);
    };
    const QRectF cart = rectOf(u"shop.cart"_s);
    const QRectF util = rectOf(u"shop.util"_s);
    QVERIFY(!cart.isEmpty() && !util.isEmpty());
    QVERIFY(sloc(u"shop.cart"_s) > sloc(u"shop.util"_s));
    QCOMPARE(area(cart) / area(util), sloc(u"shop.cart"_s) / sloc(u"shop.util"_s));
    QVERIFY(inside(rectOf(u"shop.web"_s), rectOf(u"shop"_s)));
    QVERIFY(inside(rectOf(u"shop.web.views"_s), rectOf(u"shop.web"_s)));

    // Classes inside their modules, areas in proportion; items say what they show.
    int classes = 0;
    for (int i = 0; i < int(metrics.classes.size()); ++i) {
        QGraphicsItem *item = scene->itemForClass(i);
        QVERIFY(item);
        const int node = item->data(TreemapScene::NodeKey).toInt();
        QCOMPARE(item->data(TreemapScene::ClassKey).toInt(), i);
        QCOMPARE(item->data(TreemapScene::KindKey).toInt(), int(TreemapScene::ClassItem));
        QVERIFY(inside(item->sceneBoundingRect(), scene->itemForNode(node)->sceneBoundingRect()));
        QVERIFY(item->flags() & QGraphicsItem::ItemIsSelectable);
        ++classes;
    }
    QCOMPARE(classes, 3);
    const QRectF cartClass = scene->itemForClass(0)->sceneBoundingRect();
    const QRectF lineClass = scene->itemForClass(1)->sceneBoundingRect();
    QCOMPARE(area(cartClass) / area(lineClass), 1.0); // the same code, the same lines
    QCOMPARE(scene->itemForNode(graph.find(u"shop"_s))->data(TreemapScene::KindKey).toInt(),
             int(TreemapScene::PackageItem));
    QVERIFY(!scene->hasMembers()); // every package open: nothing shown as one box

    // Every item paints, selected or not.
    scene->itemForClass(0)->setSelected(true);
    QImage image(scene->sceneRect().size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene->render(&painter);
}

void TestTreemap::classLcom4_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<int>("expected"); // -1: no value
    QTest::newRow("a class of two parts") << u"shop.cart"_s << 2;
    QTest::newRow("the worst of two classes") << u"shop.web.views"_s << 3;
    QTest::newRow("one cohesive class") << u"shop.web.forms"_s << 1;
    QTest::newRow("no classes, no value") << u"shop.util"_s << -1;
    QTest::newRow("a package: its worst module") << u"shop.web"_s << 3;
    QTest::newRow("the top package: the worst below") << u"shop"_s << 3;
}

void TestTreemap::classLcom4()
{
    QFETCH(QString, node);
    QFETCH(int, expected);
    const LcomAnalysis lcom(node);
    QVERIFY(lcom.analysis && lcom.node >= 0);
    const AnalysisPtr &analysis = lcom.analysis;
    const Metrics &metrics = lcom.metrics;
    const int v = lcom.node;
    QCOMPARE(metrics.nodes[std::size_t(v)].worstClassLcom4, std::max(expected, 0));
    const std::optional<double> value =
        MetricChoice::value(Metric::ClassLcom4, metrics, analysis->graph, v);
    QCOMPARE(value.has_value(), expected >= 0);
    if (value)
        QCOMPARE(*value, double(expected));
    QCOMPARE(enumFromKey<Metric>(u"class-lcom4"), std::optional<Metric>(Metric::ClassLcom4));
    QVERIFY(MetricChoice::all().contains(Metric::ClassLcom4));

    // The treemap colours a module by its worst class, a package's __init__ by its own file.
    std::unique_ptr<TreemapScene> scene(
        new TreemapScene(*analysis, analysis->graph, metrics, Metric::ClassLcom4));
    const HeatScale &scale = scene->moduleScale();
    // Own classes: shop's __init__ has none, shop.web's holds Page (1).
    const int own = node == u"shop"_s ? -1 : node == u"shop.web"_s ? 1 : expected;
    bool seen = false;
    for (const TreemapItem *item : treemapItems(*scene)) {
        if (item->data(TreemapScene::NodeKey).toInt() != v ||
            item->data(TreemapScene::KindKey).toInt() != TreemapScene::ModuleItem)
            continue;
        seen = true;
        QCOMPARE(item->style().fill, own > 0 ? scale.colorAt(own) : TreemapScene::noValueColor());
    }
    QVERIFY(seen);
}

void TestTreemap::closedPackage_data()
{
    QTest::addColumn<int>("depth");      // the picture's package level
    QTest::addColumn<QString>("closed"); // the package it shows as one box
    QTest::addColumn<QStringList>("members");
    QTest::addColumn<QStringList>("worst"); // per member, its worst class LCOM4 ("" none)
    QTest::addColumn<int>("metric");
    const QStringList web{u"forms"_s, u"views"_s, u"__init__"_s};
    const QStringList webWorst{u"1"_s, u"3"_s, u"1"_s};
    const QStringList shop{u"cart"_s, u"util"_s, u"web"_s, u"__init__"_s};
    const QStringList shopWorst{u"2"_s, QString(), u"3"_s, QString()};
    QTest::newRow("a subpackage, by level")
        << 2 << u"shop.web"_s << web << webWorst << int(Metric::Level);
    QTest::newRow("a subpackage, by class cohesion")
        << 2 << u"shop.web"_s << web << webWorst << int(Metric::ClassLcom4);
    QTest::newRow("the top package, by level")
        << 1 << u"shop"_s << shop << shopWorst << int(Metric::Level);
    QTest::newRow("the top package, by class cohesion")
        << 1 << u"shop"_s << shop << shopWorst << int(Metric::ClassLcom4);
}

// A package the picture shows closed holds its members, as the analysis has them, not the
// classes of every file inside it: one cell per member in proportion to its lines, named
// by its last part, selecting the package; a class is found at its member's cell.
void TestTreemap::closedPackage()
{
    QFETCH(int, depth);
    QFETCH(QString, closed);
    QFETCH(QStringList, members);
    QFETCH(QStringList, worst);
    QFETCH(int, metric);
    const LcomAnalysis lcom(closed);
    QVERIFY(lcom.analysis && lcom.node >= 0);
    const Analysis &analysis = *lcom.analysis;
    const ImportGraph picture = projectToDepth(analysis.graph, depth, false);
    const int box = picture.find(closed);
    QVERIFY(box >= 0 && picture.node(box).children.empty());
    const Metrics metrics = computeMetrics(analysis, picture);
    std::unique_ptr<TreemapScene> scene(
        new TreemapScene(analysis, picture, metrics, Metric(metric)));
    const auto *boxItem = dynamic_cast<const TreemapItem *>(scene->itemForNode(box));
    QVERIFY(boxItem);
    QCOMPARE(boxItem->data(TreemapScene::KindKey).toInt(), int(TreemapScene::ModuleItem));

    QHash<QString, const TreemapItem *> cells;
    for (const TreemapItem *item : treemapItems(*scene)) {
        if (item->data(TreemapScene::KindKey).toInt() == TreemapScene::ClassItem)
            QVERIFY2(item->data(TreemapScene::NodeKey).toInt() != box, "a class of a closed box");
        if (item->data(TreemapScene::KindKey).toInt() != TreemapScene::MemberItem)
            continue;
        QCOMPARE(item->data(TreemapScene::NodeKey).toInt(), box);
        QCOMPARE(item->data(TreemapScene::ClassKey).toInt(), -1);
        QVERIFY(inside(item->sceneBoundingRect(), boxItem->sceneBoundingRect()));
        QVERIFY(item->flags() & QGraphicsItem::ItemIsSelectable);
        cells.insert(item->name(), item);
    }
    QCOMPARE(QSet<QString>(cells.keyBegin(), cells.keyEnd()),
             QSet<QString>(members.begin(), members.end()));
    // The legend keys them: they take the package's colour, not their own.
    QVERIFY(scene->hasMembers());
    Legend legend(Metric(metric), scene->moduleScale());
    legend.setShowsEdges(false);
    const double without = legend.size().height();
    legend.setShowsMembers(true);
    QVERIFY(legend.size().height() > without);

    // Areas follow the members' lines (a subpackage's: all its files').
    auto lines = [&](const QString &member) {
        const QString name = member == u"__init__"_s ? closed : closed + u'.' + member;
        int sum = 0;
        for (const SourceFile &file : analysis.scan.files) {
            const bool in = member == u"__init__"_s
                                ? file.module == name
                                : file.module == name || file.module.startsWith(name + u'.');
            if (in)
                sum += analysis.facts[std::size_t(&file - analysis.scan.files.data())].sloc;
        }
        return double(sum);
    };
    const QString first = members.first();
    for (const QString &m : members) {
        QVERIFY2(lines(m) > 0, qPrintable(m));
        QVERIFY2(
            std::abs(area(cells[m]->sceneBoundingRect()) / area(cells[first]->sceneBoundingRect()) -
                     lines(m) / lines(first)) < 1e-6,
            qPrintable(m));
    }

    // Colours: the package's, or by class cohesion each member's worst class.
    const HeatScale &scale = scene->moduleScale();
    for (qsizetype i = 0; i < members.size(); ++i) {
        const QColor fill = cells[members[i]]->style().fill;
        if (Metric(metric) != Metric::ClassLcom4)
            QCOMPARE(fill, boxItem->style().fill);
        else if (worst[i].isEmpty())
            QCOMPARE(fill, TreemapScene::noValueColor());
        else
            QCOMPARE(fill, scale.colorAt(worst[i].toDouble()));
    }

    // Each top-level class of the package is found at the member holding its module.
    int found = 0;
    for (int c = 0; c < int(metrics.classes.size()); ++c) {
        const ClassMetrics &cls = metrics.classes[std::size_t(c)];
        if (!cls.qualifiedName.startsWith(closed + u'.'))
            continue;
        const QString module = analysis.scan.files[std::size_t(cls.file)].module;
        QString member = module == closed ? u"__init__"_s : module.mid(closed.size() + 1);
        member.truncate(member.indexOf(u'.') < 0 ? member.size() : member.indexOf(u'.'));
        const auto *item = dynamic_cast<const TreemapItem *>(scene->itemForClass(c));
        QVERIFY2(item, qPrintable(cls.qualifiedName));
        QCOMPARE(item->name(), member);
        ++found;
    }
    QVERIFY(found >= 3);
}

void TestTreemap::outsideClasses_data()
{
    QTest::addColumn<int>("metric");
    QTest::addColumn<QString>("node");
    QTest::addColumn<bool>("rest"); // a grey cell of the module's lines outside its classes
    QTest::newRow("class cohesion, an import outside the class")
        << int(Metric::ClassLcom4) << u"shop.cart"_s << true;
    QTest::newRow("class cohesion, nothing outside the class")
        << int(Metric::ClassLcom4) << u"shop.web.forms"_s << false;
    QTest::newRow("module cohesion: the module's own value")
        << int(Metric::ModuleCohesion) << u"shop.cart"_s << false;
    QTest::newRow("instability: the module's own value")
        << int(Metric::Instability) << u"shop.cart"_s << false;
}

void TestTreemap::outsideClasses()
{
    QFETCH(int, metric);
    QFETCH(QString, node);
    QFETCH(bool, rest);
    const LcomAnalysis lcom(node);
    QVERIFY(lcom.analysis && lcom.node >= 0);
    const AnalysisPtr &analysis = lcom.analysis;
    const Metrics &metrics = lcom.metrics;
    const int v = lcom.node;
    std::unique_ptr<TreemapScene> scene(
        new TreemapScene(*analysis, analysis->graph, metrics, Metric(metric)));
    const QRectF module = scene->itemForNode(v)->sceneBoundingRect();
    int cells = 0;
    for (const TreemapItem *item : treemapItems(*scene)) {
        if (item->data(TreemapScene::KindKey).toInt() != TreemapScene::RestItem ||
            item->data(TreemapScene::NodeKey).toInt() != v)
            continue;
        ++cells;
        QCOMPARE(item->style().fill, TreemapScene::noValueColor());
        QCOMPARE(item->data(TreemapScene::ClassKey).toInt(), -1);
        QVERIFY(inside(item->sceneBoundingRect(), module));
        QVERIFY(item->toolTip().contains(node));
    }
    QCOMPARE(cells, rest ? 1 : 0);
}

void TestTreemap::lcom4Colours()
{
    // 1 is the one good value, 2 already a class too many: blue, then orange to red.
    const HeatScale scale =
        MetricChoice::scale(Metric::ClassLcom4, Metrics{}, ImportGraph{}, HeadBudget::uniform(7));
    const QColor one = scale.colorAt(1);
    const QColor two = scale.colorAt(2);
    const QColor many = scale.colorAt(9);
    QVERIFY(one.blue() > one.red());
    QVERIFY(two.red() > two.blue());
    QVERIFY(many.red() > two.red() || many.green() < two.green());
    QVERIFY(MetricChoice::higherIsWorse(Metric::ClassLcom4));
    QVERIFY(TreemapScene::colourTitle(Metric::ClassLcom4).contains(u"LCOM4"_s));
    QVERIFY(TreemapScene::colourTitle(Metric::Instability)
                .contains(MetricChoice::name(Metric::Instability)));
}

void TestTreemap::names_data()
{
    QTest::addColumn<int>("metric");
    QTest::addColumn<QSizeF>("canvas");
    QTest::newRow("slide-sized") << int(Metric::ClassLcom4) << QSizeF(1600, 1000);
    QTest::newRow("window-sized") << int(Metric::Instability) << QSizeF(700, 560);
    QTest::newRow("smallest") << int(Metric::ModuleCohesion) << QSizeF(100, 100);
}

void TestTreemap::names()
{
    QFETCH(int, metric);
    QFETCH(QSizeF, canvas);
    const ProjectFixture project(lcomProject());
    const AnalysisPtr analysis = analyzeProject(project.path());
    QVERIFY(analysis);
    const Metrics metrics = computeMetrics(*analysis, analysis->graph);
    const ImportGraph &graph = analysis->graph;
    TreemapScene scene(*analysis, graph, metrics, Metric(metric), canvas);
    QVERIFY(scene.canvas().width() >= std::min(canvas.width(), 480.0));

    QStringList headers;
    QStringList cells;
    for (const TreemapItem *item : treemapItems(scene)) {
        QVERIFY(inside(item->boundingRect(), scene.canvas()));
        const QString shown = item->label(1.0);
        // Every printed name is at least the legible size, and fits its room.
        if (!shown.isEmpty()) {
            QVERIFY(item->style().fontPx >= TreemapItem::LegiblePixels);
            QVERIFY2(QFontMetricsF(item->font()).horizontalAdvance(shown) <=
                         item->labelRoom().width() + 0.5,
                     qPrintable(shown));
        }
        // Shown smaller than legible, no name is printed at all.
        QVERIFY(item->label(0.6).isEmpty());
        if (item->data(TreemapScene::KindKey).toInt() == TreemapScene::PackageItem) {
            QVERIFY2(item->style().header >= QFontMetricsF(item->font()).height(),
                     qPrintable(item->name()));
            headers << shown;
        } else if (item->data(TreemapScene::KindKey).toInt() == TreemapScene::ModuleItem) {
            cells << shown;
        }
    }
    headers.sort();
    QCOMPARE(headers, (QStringList{u"shop"_s, u"web"_s}));
    for (const QString &module : {u"cart"_s, u"util"_s, u"forms"_s, u"views"_s})
        QVERIFY2(cells.contains(module), qPrintable(cells.join(u", "_s)));
}

void TestTreemap::elided_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("width");
    QTest::addColumn<QString>("expected"); // "…" marks an elided name; "" none
    QTest::newRow("fits whole") << u"models"_s << 120.0 << u"models"_s;
    QTest::newRow("elided in the middle")
        << u"backends_postgresql_introspection"_s << 120.0 << u"…"_s;
    QTest::newRow("a stump is left out") << u"introspection"_s << 30.0 << QString();
    QTest::newRow("two letters each side say nothing") << u"introspection"_s << 42.0 << QString();
    QTest::newRow("too low for the font") << u"a"_s << -1.0 << QString();
}

void TestTreemap::elided()
{
    QFETCH(QString, name);
    QFETCH(double, width);
    QFETCH(QString, expected);
    TreemapStyle style;
    style.fontPx = TreemapItem::LabelPixelSize;
    // A width of -1: a cell 200 wide and too low for a line of text.
    const QRectF rect = width > 0 ? QRectF(0, 0, width + 6, 40) : QRectF(0, 0, 200, 8);
    const TreemapItem item(rect, name, style);
    const QString shown = item.label(1.0);
    if (expected.isEmpty()) {
        QVERIFY2(shown.isEmpty(), qPrintable(shown));
    } else if (expected == u"…"_s) {
        QVERIFY(shown.contains(u'…'));
        QVERIFY(shown.startsWith(name.left(2)) && shown.endsWith(name.right(2)));
        QVERIFY(QFontMetricsF(item.font()).horizontalAdvance(shown) <= width + 0.5);
    } else {
        QCOMPARE(shown, expected);
    }
    // Zoomed in the print keeps its size, so more of the name fits; zoomed out, none.
    QVERIFY(item.label(2.0).size() >= shown.size());
    QVERIFY(item.label(0.5).isEmpty());
}

void TestTreemap::slideLabels_data()
{
    QTest::addColumn<int>("preset");
    QTest::newRow("slide") << int(PicturePreset::Slide);
    QTest::newRow("a4") << int(PicturePreset::A4);
}

void TestTreemap::slideLabels()
{
    QFETCH(int, preset);
    const ProjectFixture project(lcomProject());
    const AnalysisPtr analysis = analyzeProject(project.path());
    QVERIFY(analysis);
    const Metrics metrics = computeMetrics(*analysis, analysis->graph);
    const ImportGraph &graph = analysis->graph;
    PictureOptions options;
    options.title = TreemapScene::colourTitle(Metric::ClassLcom4);
    options.preset = PicturePreset(preset);
    Legend legend(Metric::ClassLcom4,
                  MetricChoice::scale(Metric::ClassLcom4, metrics, graph, HeadBudget{}));
    legend.setShowsEdges(false);
    options.legend = legend;
    options.labelPixelSize = 0;
    const QSizeF area = PictureExport::sceneArea(options);
    QVERIFY(!area.isEmpty());
    TreemapScene scene(*analysis, graph, metrics, Metric::ClassLcom4,
                       TreemapScene::canvasFor(area));
    const Picture picture = PictureExport::render(scene, PictureFormat::Svg, options);
    QVERIFY2(picture.ok(), qPrintable(picture.error));
    // Laid out for the page: shown at 1:1.
    QVERIFY2(std::abs(picture.sceneScale - 1.0) < 0.02,
             qPrintable(QString::number(picture.sceneScale)));
    const QList<test::SvgText> texts = test::svgTexts(picture.data);
    QStringList names;
    for (const test::SvgText &t : texts) {
        QVERIFY2(t.pixels >= TreemapItem::LegiblePixels - 1e-6,
                 qPrintable(u"%1 at %2 px"_s.arg(t.text).arg(t.pixels)));
        names << t.text;
    }
    for (const QString &name : {u"shop"_s, u"web"_s, u"cart"_s, u"views"_s, u"View"_s})
        QVERIFY2(names.contains(name), qPrintable(names.join(u", "_s)));
}

void TestTreemap::aggregate_data()
{
    QTest::addColumn<FileList>("files");
    QTest::addColumn<QSizeF>("canvas");
    QTest::addColumn<QString>("holder"); // the package or module whose members are tiny
    QTest::addColumn<QString>("prefix"); // the tiny members' names (modules) or qualnames
    QTest::addColumn<int>("count");      // tiny members merged into the aggregate, 0: none
    QTest::addColumn<bool>("classes");
    const QSizeF smallest(480, 300);
    QTest::newRow("30 tiny modules beside 3 big ones")
        << bigAndTiny(3, 30) << smallest << u"pkg"_s << u"pkg.tiny"_s << 30 << false;
    QTest::newRow("2 tiny modules are an aggregate")
        << bigAndTiny(2, 2) << smallest << u"pkg"_s << u"pkg.tiny"_s << 2 << false;
    QTest::newRow("1 tiny module keeps its cell")
        << bigAndTiny(3, 1) << smallest << u"pkg"_s << u"pkg.tiny"_s << 0 << false;
    QTest::newRow("on a larger canvas the tiny ones show")
        << bigAndTiny(1, 5) << QSizeF(3000, 2000) << u"pkg"_s << u"pkg.tiny"_s << 0 << false;
    QTest::newRow("20 comparable modules")
        << bigAndTiny(0, 20) << smallest << u"pkg"_s << u"pkg.tiny"_s << 0 << false;
    QTest::newRow("25 tiny classes beside a big one")
        << bigAndTinyClasses(25) << smallest << u"pkg.mod"_s << u"Tiny"_s << 25 << true;
    QTest::newRow("1 tiny class keeps its cell")
        << bigAndTinyClasses(1) << smallest << u"pkg.mod"_s << u"Tiny"_s << 0 << true;
    QTest::newRow("the small project, smallest canvas")
        << lcomProject() << smallest << u"shop.web"_s << u"shop.web."_s << 0 << false;
}

void TestTreemap::aggregate()
{
    QFETCH(FileList, files);
    QFETCH(QSizeF, canvas);
    QFETCH(QString, holder);
    QFETCH(QString, prefix);
    QFETCH(int, count);
    QFETCH(bool, classes);
    const ProjectFixture project(files);
    const AnalysisPtr analysis = analyzeProject(project.path());
    QVERIFY(analysis);
    const Metrics metrics = computeMetrics(*analysis, analysis->graph);
    const ImportGraph &graph = analysis->graph;
    const int holderNode = graph.find(holder);
    QVERIFY(holderNode >= 0);
    TreemapScene scene(*analysis, graph, metrics, Metric::ModuleCohesion, canvas);

    auto classSloc = [&](int i) {
        const ClassMetrics &c = metrics.classes[std::size_t(i)];
        return analysis->facts[std::size_t(c.file)].definitions[std::size_t(c.definition)].sloc;
    };
    // The tiny members, their lines, and the items that draw them.
    int tiny = 0;
    int lines = 0;
    QSet<QGraphicsItem *> drawnBy;
    if (classes) {
        for (int i = 0; i < int(metrics.classes.size()); ++i) {
            if (!metrics.classes[std::size_t(i)].qualifiedName.contains(prefix))
                continue;
            ++tiny;
            lines += classSloc(i);
            drawnBy << scene.itemForClass(i);
        }
    } else {
        for (int v = 0; v < graph.nodeCount(); ++v) {
            if (!graph.node(v).name.startsWith(prefix) || !graph.isInternal(v))
                continue;
            ++tiny;
            lines += metrics.nodes[std::size_t(v)].sloc;
            drawnBy << scene.itemForNode(v);
        }
    }
    QVERIFY(tiny > 0 && lines > 0);
    QVERIFY(!drawnBy.contains(nullptr));

    QList<TreemapItem *> aggregates;
    for (TreemapItem *item : treemapItems(scene)) {
        if (item->data(TreemapScene::KindKey).toInt() == TreemapScene::AggregateItem)
            aggregates << item;
    }
    // The legend keys the hatched cell only where there is one: one row more.
    QCOMPARE(scene.hasAggregates(), !aggregates.isEmpty());
    Legend legend(Metric::ModuleCohesion, scene.moduleScale());
    legend.setShowsEdges(false);
    const double plain = legend.size().height();
    legend.setShowsAggregates(true);
    QVERIFY(legend.size().height() > plain);
    if (count == 0) {
        QVERIFY(aggregates.isEmpty());
        // Each drawn by an item of its own.
        QCOMPARE(int(drawnBy.size()), tiny);
        for (QGraphicsItem *item : drawnBy)
            QCOMPARE(item->data(TreemapScene::KindKey).toInt(),
                     int(classes ? TreemapScene::ClassItem : TreemapScene::ModuleItem));
        return;
    }
    QCOMPARE(aggregates.size(), 1);
    TreemapItem *cell = aggregates.first();
    QCOMPARE(tiny, count);
    QCOMPARE(cell->data(TreemapScene::NodeKey).toInt(), holderNode);
    QCOMPARE(cell->data(TreemapScene::ClassKey).toInt(), -1);
    QCOMPARE(cell->data(TreemapScene::CountKey).toInt(), count);
    QCOMPARE(cell->data(TreemapScene::SlocKey).toInt(), lines);
    QCOMPARE(drawnBy, (QSet<QGraphicsItem *>{cell}));
    QCOMPARE(cell->name(), classes ? TreemapScene::tr("%n more class(es)", nullptr, count)
                                   : TreemapScene::tr("%n more module(s)", nullptr, count));
    QVERIFY(cell->toolTip().contains(TreemapScene::tr("%n line(s) of code", nullptr, lines)));
    QVERIFY(cell->flags() & QGraphicsItem::ItemIsSelectable);
    QVERIFY(inside(cell->sceneBoundingRect(), scene.itemForNode(holderNode)->sceneBoundingRect()));
    // Its area is the tiny ones' together: in proportion to a big member's.
    const int big = classes ? 0 : graph.find(u"pkg.big0"_s);
    QVERIFY(!classes || metrics.classes[0].qualifiedName == u"pkg.mod.Big"_s);
    const QRectF bigRect = classes ? scene.itemForClass(0)->sceneBoundingRect()
                                   : scene.itemForNode(big)->sceneBoundingRect();
    const double bigLines = classes ? classSloc(0) : metrics.nodes[std::size_t(big)].sloc;
    QVERIFY(std::abs(area(cell->sceneBoundingRect()) / area(bigRect) - lines / bigLines) < 1e-6);

    // It paints, selected or not, and its label says how many where it fits.
    cell->setSelected(true);
    QImage image(scene.sceneRect().size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene.render(&painter);
}

void TestTreemap::bounded_data()
{
    QTest::addColumn<int>("packages");
    QTest::addColumn<int>("modules");  // of one line each, per package
    QTest::addColumn<int>("bigLines"); // one more module of this many lines, 0: none
    QTest::addColumn<QSizeF>("canvas");
    QTest::addColumn<int>("maxItems");
    QTest::newRow("5,000 one-line modules beside a big one")
        << 1 << 5000 << 200000 << TreemapScene::defaultCanvas() << 3;
    QTest::newRow("5,000 one-line modules, smallest canvas")
        << 1 << 5000 << 0 << QSizeF(480, 300) << 2;
    QTest::newRow("100,000 modules in 100 packages")
        << 100 << 1000 << 0 << TreemapScene::defaultCanvas() << 200;
    QTest::newRow("40 packages of 50 modules stay whole")
        << 40 << 50 << 0 << TreemapScene::defaultCanvas() << 40 + 40 * 50;
}

// A synthetic graph: every module drawn, or counted by an aggregate cell; no more items than
// the canvas has room for.
void TestTreemap::bounded()
{
    QFETCH(int, packages);
    QFETCH(int, modules);
    QFETCH(int, bigLines);
    QFETCH(QSizeF, canvas);
    QFETCH(int, maxItems);
    ImportGraph graph;
    std::vector<int> sloc;
    auto add = [&](const QString &name, NodeKind kind, int parent, int lines) {
        Node node;
        node.name = name;
        node.kind = kind;
        node.parent = parent;
        sloc.push_back(lines);
        return graph.addNode(node);
    };
    for (int p = 0; p < packages; ++p) {
        const QString package = u"p%1"_s.arg(p);
        const int parent = add(package, NodeKind::Package, -1, 0);
        for (int m = 0; m < modules; ++m)
            add(u"%1.m%2"_s.arg(package).arg(m), NodeKind::Module, parent, 1);
        if (bigLines > 0)
            add(package + u".big"_s, NodeKind::Module, parent, bigLines);
    }
    graph.finish();
    Metrics metrics;
    metrics.nodes.resize(std::size_t(graph.nodeCount()));
    for (std::size_t v = 0; v < sloc.size(); ++v)
        metrics.nodes[v].sloc = sloc[v];
    const Analysis analysis;
    TreemapScene scene(analysis, graph, metrics, Metric::ModuleCohesion, canvas);

    const QList<TreemapItem *> items = treemapItems(scene);
    QVERIFY2(items.size() <= maxItems, qPrintable(QString::number(items.size())));
    QVERIFY(items.size() <= area(scene.canvas()) / TreemapScene::MinimumCellArea);
    int shown = 0;
    long long lines = 0;
    for (const TreemapItem *item : items) {
        const int kind = item->data(TreemapScene::KindKey).toInt();
        const int node = item->data(TreemapScene::NodeKey).toInt();
        if (kind == TreemapScene::ModuleItem) {
            ++shown;
            lines += sloc[std::size_t(node)];
            // A module drawn on its own is large enough to see.
            QVERIFY(area(item->sceneBoundingRect()) >= TreemapScene::MinimumCellArea);
        } else if (kind == TreemapScene::AggregateItem) {
            shown += item->data(TreemapScene::CountKey).toInt();
            lines += item->data(TreemapScene::SlocKey).toInt();
        }
    }
    QCOMPARE(shown, packages * (modules + (bigLines > 0 ? 1 : 0)));
    QCOMPARE(lines, std::accumulate(sloc.begin(), sloc.end(), 0LL));
    for (int v = 0; v < graph.nodeCount(); ++v)
        QVERIFY(scene.itemForNode(v));
}

QTEST_MAIN(TestTreemap)
#include "tst_treemap.moc"
