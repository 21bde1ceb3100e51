// Tables: a small project in, its packages, modules, classes and functions out as rows with
// hand-computed metrics; sorting is numeric, filters narrow by name, budget and cycles, and
// every kind of table passes QAbstractItemModelTester across snapshot swaps. On screen: the
// name column stays put while the figures scroll, rows are compact, and a class or function
// row shows its own figures in the pane.
#include "dottedname.h"
#include "frozencolumnview.h"
#include "legend.h"
#include "metricsfilterproxy.h"
#include "metricstablemodel.h"
#include "projectfixture.h"
#include "tablespane.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QTextDocumentFragment>
#include <QtTest>

#include <memory>

using namespace headroom;
using namespace Qt::StringLiterals;
using Kind = MetricsTableModel::Kind;
using PC = MetricsTableModel::PackageColumn;
using MC = MetricsTableModel::ModuleColumn;
using CC = MetricsTableModel::ClassColumn;
using FC = MetricsTableModel::FunctionColumn;

Q_DECLARE_METATYPE(headroom::MetricsTableModel::Kind)

namespace {

// Lines matter: locations and sizes below are counted from these texts.
const FileList Project{
    {u"pkg/__init__.py"_s, u""_s},
    {u"pkg/shapes.py"_s, u"from abc import ABC, abstractmethod\n"
                         u"from pkg import store\n"
                         u"\n"
                         u"\n"
                         u"class Shape(ABC):\n"
                         u"    @abstractmethod\n"
                         u"    def area(self):\n"
                         u"        ...\n"
                         u"\n"
                         u"\n"
                         u"def classify(x, y):\n"
                         u"    if x > 0 and y:\n"
                         u"        return 'pos'\n"
                         u"    elif x < 0:\n"
                         u"        return 'neg'\n"
                         u"    for i in range(3):\n"
                         u"        pass\n"
                         u"    return 'zero'\n"_s},
    {u"pkg/store.py"_s, u"from pkg import shapes\n"
                        u"\n"
                        u"\n"
                        u"class Counter:\n"
                        u"    def __init__(self):\n"
                        u"        self.n = 0\n"
                        u"        self.log = []\n"
                        u"\n"
                        u"    def inc(self):\n"
                        u"        self.n += 1\n"
                        u"\n"
                        u"    def get(self):\n"
                        u"        return self.n\n"
                        u"\n"
                        u"    def write(self, m):\n"
                        u"        self.log.append(m)\n"
                        u"\n"
                        u"\n"
                        u"async def fetch():\n"
                        u"    return shapes.classify(1, 2)\n"_s},
    // pkg.sub and pkg.sub.deep import each other: a cycle through a package's __init__.
    {u"pkg/sub/__init__.py"_s, u"from pkg.sub.deep import g\n"_s},
    {u"pkg/sub/deep.py"_s, u"import pkg.shapes\n"
                           u"from pkg.store import Counter\n"
                           u"from pkg import sub\n"
                           u"\n"
                           u"def g():\n"
                           u"    return Counter()\n"_s},
    {u"top.py"_s, u"import pkg.sub.deep\n"_s},
};

int rowOf(const QAbstractItemModel &model, const QString &name)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(MetricsTableModel::QualifiedNameRole).toString() == name)
            return r;
    }
    return -1;
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, 0).data(MetricsTableModel::QualifiedNameRole).toString();
    return out;
}

} // namespace

class TestTables : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowCounts_data();
    void rowCounts();
    void cells_data();
    void cells();
    void roles();
    void uniqueSuffixes_data();
    void uniqueSuffixes();
    void sortsNumerically_data();
    void sortsNumerically();
    void sortsLocationsByLine();
    void filters_data();
    void filters();
    void modelTester_data();
    void modelTester();
    void frozenColumn_data();
    void frozenColumn();
    void frozenHeaderSorts();
    void compactRows_data();
    void compactRows();
    void rowDetails_data();
    void rowDetails();
    void legendMatchesCells_data();
    void legendMatchesCells();

private:
    // The fixture's snapshot, reviewed with a head budget of `budget` everywhere.
    [[nodiscard]] SnapshotPtr snapshot(int budget) const;

    std::unique_ptr<ProjectFixture> m_project;
    AnalysisPtr m_analysis;
};

SnapshotPtr TestTables::snapshot(int budget) const
{
    MetricsOptions options;
    options.budget = HeadBudget::uniform(budget);
    MetricsTableModel model(Kind::Modules);
    model.setAnalysis(m_analysis, {}, options);
    return model.snapshot();
}

void TestTables::initTestCase()
{
    m_project = std::make_unique<ProjectFixture>(Project);
    ScanOptions scan;
    scan.useGit = false;
    AnalysisOptions options;
    options.scan = scan;
    m_analysis = analyzeProject(m_project->path(), options);
    QVERIFY(m_analysis);
    QCOMPARE(m_analysis->scan.status, ScanStatus::Ok);
    QCOMPARE(int(m_analysis->scan.files.size()), 6);
}

void TestTables::rowCounts_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::newRow("packages: pkg, pkg.sub") << Kind::Packages << 2 << int(PC::Count);
    QTest::newRow("modules: 4 files and 2 __init__") << Kind::Modules << 6 << int(MC::Count);
    QTest::newRow("classes: Shape, Counter") << Kind::Classes << 2 << int(CC::Count);
    QTest::newRow("functions and methods") << Kind::Functions << 8 << int(FC::Count);
}

void TestTables::rowCounts()
{
    QFETCH(Kind, kind);
    QFETCH(int, rows);
    QFETCH(int, columns);
    MetricsTableModel model(kind);
    QCOMPARE(model.columnCount(), columns);
    QCOMPARE(model.rowCount(), 0);
    model.setAnalysis(m_analysis);
    QCOMPARE(model.rowCount(), rows);
    for (int c = 0; c < columns; ++c) {
        QVERIFY(!model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());
        QVERIFY(!model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
}

void TestTables::cells_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value"); // DisplayRole; invalid = empty cell
    QTest::addColumn<QString>("text");   // TextRole

    // pkg at depth 1 holds everything but top, which imports it.
    QTest::newRow("pkg members") << Kind::Packages << "pkg" << int(PC::Members) << QVariant(3)
                                 << "3";
    QTest::newRow("pkg files") << Kind::Packages << "pkg" << int(PC::Files) << QVariant(5) << "5";
    QTest::newRow("pkg level") << Kind::Packages << "pkg" << int(PC::Level) << QVariant(0) << "0";
    QTest::newRow("pkg Ca") << Kind::Packages << "pkg" << int(PC::Ca) << QVariant(1) << "1";
    QTest::newRow("pkg Ce") << Kind::Packages << "pkg" << int(PC::Ce) << QVariant(0) << "0";
    QTest::newRow("pkg A: Shape of 2")
        << Kind::Packages << "pkg" << int(PC::Abstractness) << QVariant(0.5) << "0.50";
    QTest::newRow("pkg D") << Kind::Packages << "pkg" << int(PC::Distance) << QVariant(0.5)
                           << "0.50";
    // Members shapes, store, sub: R = shapes<->store (2) + sub->shapes + sub->store = 4.
    QTest::newRow("pkg H = 5/3") << Kind::Packages << "pkg" << int(PC::RelationalCohesion)
                                 << QVariant(1.67) << "1.67";
    QTest::newRow("pkg cycles: shapes-store, sub-deep")
        << Kind::Packages << "pkg" << int(PC::CyclesInside) << QVariant(2) << "2";
    QTest::newRow("sub cycles: through its __init__")
        << Kind::Packages << "pkg.sub" << int(PC::CyclesInside) << QVariant(1) << "1";
    // pkg.sub at depth 2: imports pkg.shapes and pkg.store (level 0), imported by top.
    QTest::newRow("sub level") << Kind::Packages << "pkg.sub" << int(PC::Level) << QVariant(1)
                               << "1";
    QTest::newRow("sub Ce") << Kind::Packages << "pkg.sub" << int(PC::Ce) << QVariant(2) << "2";
    QTest::newRow("sub I") << Kind::Packages << "pkg.sub" << int(PC::Instability) << QVariant(0.67)
                           << "0.67";
    QTest::newRow("sub files") << Kind::Packages << "pkg.sub" << int(PC::Files) << QVariant(2)
                               << "2";
    QTest::newRow("sub A: no classes")
        << Kind::Packages << "pkg.sub" << int(PC::Abstractness) << QVariant() << "";

    QTest::newRow("deep Ce: shapes, store, sub")
        << Kind::Modules << "pkg.sub.deep" << int(MC::Ce) << QVariant(3) << "3";
    QTest::newRow("shapes Ca") << Kind::Modules << "pkg.shapes" << int(MC::Ca) << QVariant(2)
                               << "2";
    QTest::newRow("shapes I = 1/3")
        << Kind::Modules << "pkg.shapes" << int(MC::Instability) << QVariant(0.33) << "0.33";
    QTest::newRow("shapes A") << Kind::Modules << "pkg.shapes" << int(MC::Abstractness)
                              << QVariant(1.0) << "1.00";
    QTest::newRow("shapes cycle") << Kind::Modules << "pkg.shapes" << int(MC::Cycle) << QVariant(1)
                                  << "1";
    QTest::newRow("top no cycle") << Kind::Modules << "top" << int(MC::Cycle) << QVariant() << "";
    QTest::newRow("top level") << Kind::Modules << "top" << int(MC::Level) << QVariant(2) << "2";
    QTest::newRow("top file") << Kind::Modules << "top" << int(MC::File) << QVariant("top.py")
                              << "top.py";
    QTest::newRow("store parts") << Kind::Modules << "pkg.store" << int(MC::Cohesion) << QVariant(2)
                                 << "2";
    QTest::newRow("store defs") << Kind::Modules << "pkg.store" << int(MC::Definitions)
                                << QVariant(2) << "2";
    QTest::newRow("shapes sloc") << Kind::Modules << "pkg.shapes" << int(MC::Sloc) << QVariant(14)
                                 << "14";
    QTest::newRow("shapes max CC")
        << Kind::Modules << "pkg.shapes" << int(MC::MaxComplexity) << QVariant(5) << "5";
    QTest::newRow("shapes mean CC (1+5)/2")
        << Kind::Modules << "pkg.shapes" << int(MC::MeanComplexity) << QVariant(3.0) << "3.00";

    QTest::newRow("Counter methods")
        << Kind::Classes << "pkg.store.Counter" << int(CC::Methods) << QVariant(4) << "4";
    // inc and get share n, write uses log alone.
    QTest::newRow("Counter LCOM4")
        << Kind::Classes << "pkg.store.Counter" << int(CC::Lcom4) << QVariant(2) << "2";
    QTest::newRow("Counter cohesion")
        << Kind::Classes << "pkg.store.Counter" << int(CC::Cohesion) << QVariant(50) << "50%";
    QTest::newRow("Counter location") << Kind::Classes << "pkg.store.Counter" << int(CC::Location)
                                      << QVariant("pkg/store.py:4") << "pkg/store.py:4";
    QTest::newRow("Counter sloc") << Kind::Classes << "pkg.store.Counter" << int(CC::Sloc)
                                  << QVariant(10) << "10";
    QTest::newRow("Shape abstract") << Kind::Classes << "pkg.shapes.Shape" << int(CC::Abstract)
                                    << QVariant("abstract") << "abstract";
    QTest::newRow("Shape LCOM4") << Kind::Classes << "pkg.shapes.Shape" << int(CC::Lcom4)
                                 << QVariant(1) << "1";
    // Issue 12: no instance attributes is no share of them, not 100%.
    QTest::newRow("Shape cohesion")
        << Kind::Classes << "pkg.shapes.Shape" << int(CC::Cohesion) << QVariant() << "n/a";

    // 1 + if + and + elif + for.
    QTest::newRow("classify CC") << Kind::Functions << "pkg.shapes.classify" << int(FC::Complexity)
                                 << QVariant(5) << "5";
    QTest::newRow("classify sloc")
        << Kind::Functions << "pkg.shapes.classify" << int(FC::Sloc) << QVariant(8) << "8";
    QTest::newRow("inc is a method") << Kind::Functions << "pkg.store.Counter.inc" << int(FC::Kind)
                                     << QVariant("method") << "method";
    QTest::newRow("fetch is async")
        << Kind::Functions << "pkg.store.fetch" << int(FC::Async) << QVariant("async") << "async";
    QTest::newRow("g location") << Kind::Functions << "pkg.sub.deep.g" << int(FC::Location)
                                << QVariant("pkg/sub/deep.py:5") << "pkg/sub/deep.py:5";
}

void TestTables::cells()
{
    QFETCH(Kind, kind);
    QFETCH(QString, name);
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(QString, text);
    MetricsTableModel model(kind);
    model.setAnalysis(m_analysis);
    const int row = rowOf(model, name);
    QVERIFY2(row >= 0, qPrintable(names(model).join(u", "_s)));
    const QModelIndex index = model.index(row, column);
    const QVariant actual = index.data(Qt::DisplayRole);
    QCOMPARE(actual.isValid(), value.isValid());
    if (value.typeId() == QMetaType::Double)
        QCOMPARE(actual.toDouble(), value.toDouble());
    else if (value.isValid())
        QCOMPARE(actual, value);
    QCOMPARE(index.data(MetricsTableModel::TextRole).toString(), text);
}

void TestTables::uniqueSuffixes_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("longest"); // the most components a name needs
    QTest::newRow("packages") << Kind::Packages << 1;
    QTest::newRow("modules") << Kind::Modules << 2;
    QTest::newRow("classes") << Kind::Classes << 3;
    QTest::newRow("functions") << Kind::Functions << 4;
}

// Each name says how many of its last components tell it from every other row's (what the
// name column keeps when narrow): that many do, one fewer do not.
void TestTables::uniqueSuffixes()
{
    QFETCH(Kind, kind);
    QFETCH(int, longest);
    const QString helper = u"class Helper:\n    def run(self):\n        pass\n"_s;
    const ProjectFixture project({{u"app/__init__.py"_s, u""_s},
                                  {u"app/x/__init__.py"_s, u""_s},
                                  {u"app/x/util.py"_s, helper},
                                  {u"app/y/__init__.py"_s, u""_s},
                                  {u"app/y/util.py"_s, helper},
                                  {u"app/z.py"_s, u"def run():\n    pass\n"_s}});
    MetricsTableModel model(kind);
    model.setAnalysis(analyzeProject(project.path()));
    QVERIFY(model.rowCount() > 1);
    const auto suffix = [](const QString &name, int n) {
        return name.split(u'.').mid(std::max<qsizetype>(0, name.count(u'.') + 1 - n)).join(u'.');
    };
    QStringList names;
    for (int r = 0; r < model.rowCount(); ++r)
        names << model.index(r, 0).data(Qt::DisplayRole).toString();
    int most = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const int keep = model.index(r, 0).data(DottedNameDelegate::UniqueSuffixRole).toInt();
        QVERIFY(keep >= 1);
        most = std::max(most, keep);
        const auto clashes = [&](int n) {
            for (int o = 0; o < names.size(); ++o) {
                if (o != r && suffix(names[o], n) == suffix(names[r], n))
                    return true;
            }
            return false;
        };
        QVERIFY2(!clashes(keep), qPrintable(names[r]));
        QVERIFY2(keep == 1 || clashes(keep - 1), qPrintable(names[r]));
    }
    QCOMPARE(most, longest);
}

void TestTables::roles()
{
    const ImportGraph &g = m_analysis->graph;
    MetricsTableModel modules(Kind::Modules);
    modules.setAnalysis(m_analysis);
    const QModelIndex deep = modules.index(rowOf(modules, u"pkg.sub.deep"_s), MC::Ce);
    QCOMPARE(deep.data(MetricsTableModel::NodeIdRole).toInt(), g.find(u"pkg.sub.deep"_s));
    QCOMPARE(modules.rowOfNode(g.find(u"pkg.sub.deep"_s)), deep.row());
    const int file = deep.data(MetricsTableModel::FileRole).toInt();
    QCOMPARE(m_analysis->file(file).module, u"pkg.sub.deep"_s);
    QCOMPARE(deep.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight,
             Qt::AlignRight);
    // Magnitudes get a pale tint with dark text; a diverging metric is coloured only past
    // its threshold (Ce 2 is within the budget of 7); names are never coloured.
    const QModelIndex sloc = modules.index(deep.row(), MC::Sloc);
    QVERIFY(sloc.data(Qt::BackgroundRole).canConvert<QBrush>());
    QCOMPARE(sloc.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(Qt::black));
    QVERIFY(!deep.data(Qt::BackgroundRole).isValid());
    QVERIFY(!modules.index(deep.row(), MC::Name).data(Qt::BackgroundRole).isValid());

    MetricsTableModel classes(Kind::Classes);
    classes.setAnalysis(m_analysis);
    const QModelIndex counter = classes.index(rowOf(classes, u"pkg.store.Counter"_s), 0);
    const int ci = counter.data(MetricsTableModel::ClassIndexRole).toInt();
    const Metrics metrics = computeMetrics(*m_analysis, g);
    QCOMPARE(metrics.classes[std::size_t(ci)].qualifiedName, u"pkg.store.Counter"_s);
    QCOMPARE(counter.data(MetricsTableModel::LineRole).toInt(), 4);
    QCOMPARE(counter.data(MetricsTableModel::NodeIdRole).toInt(), g.find(u"pkg.store"_s));
    QVERIFY(counter.data(MetricsTableModel::InCycleRole).toBool());
    // LCOM4 2 is past 1, Shape's 1 is not.
    QVERIFY(classes.index(counter.row(), CC::Lcom4).data(Qt::BackgroundRole).isValid());
    const int shape = rowOf(classes, u"pkg.shapes.Shape"_s);
    QVERIFY(!classes.index(shape, CC::Lcom4).data(Qt::BackgroundRole).isValid());

    MetricsTableModel functions(Kind::Functions);
    functions.setAnalysis(m_analysis);
    const QModelIndex write = functions.index(rowOf(functions, u"pkg.store.Counter.write"_s), 0);
    QCOMPARE(write.data(MetricsTableModel::LineRole).toInt(), 15);
    const int wf = write.data(MetricsTableModel::FileRole).toInt();
    const int wd = write.data(MetricsTableModel::DefinitionRole).toInt();
    QCOMPARE(m_analysis->facts[std::size_t(wf)].definitions[std::size_t(wd)].qualName,
             u"Counter.write"_s);
    QCOMPARE(write.data(MetricsTableModel::ClassIndexRole).toInt(), -1);
}

void TestTables::sortsNumerically_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("sample"); // the bundled sample project instead of the fixture
    for (const bool sample : {false, true}) {
        const char *project = sample ? "sample" : "fixture";
        QTest::addRow("packages, %s", project) << Kind::Packages << sample;
        QTest::addRow("modules, %s", project) << Kind::Modules << sample;
        QTest::addRow("classes, %s", project) << Kind::Classes << sample;
        QTest::addRow("functions, %s", project) << Kind::Functions << sample;
    }
}

// Every column, both ways: numbers in order as numbers, empty cells last.
void TestTables::sortsNumerically()
{
    QFETCH(Kind, kind);
    QFETCH(bool, sample);
    MetricsTableModel model(kind);
    model.setAnalysis(sample ? analyzeProject(QStringLiteral(HEADROOM_SAMPLE_DIR)) : m_analysis);
    QVERIFY(model.rowCount() > 0);
    MetricsFilterProxy proxy;
    proxy.setSourceModel(&model);
    for (int c = 0; c < model.columnCount(); ++c) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(c, order);
            bool empty = false;
            for (int r = 0; r < proxy.rowCount(); ++r) {
                const QModelIndex source = proxy.mapToSource(proxy.index(r, c));
                const QVariant v = source.data(Qt::DisplayRole);
                if (!v.isValid()) {
                    empty = true;
                    continue;
                }
                QVERIFY2(!empty, qPrintable(u"empty cell before a value in column %1"_s.arg(c)));
                if (r == 0 || v.typeId() == QMetaType::QString)
                    continue;
                const QVariant p = proxy.mapToSource(proxy.index(r - 1, c)).data();
                const bool inOrder = order == Qt::AscendingOrder ? p.toDouble() <= v.toDouble()
                                                                 : p.toDouble() >= v.toDouble();
                QVERIFY2(inOrder, qPrintable(u"column %1 row %2: %3 then %4"_s.arg(c).arg(r).arg(
                                      p.toString(), v.toString())));
            }
        }
    }
    // Ratios read with two decimals through the proxy.
    if (kind == Kind::Modules) {
        proxy.sort(MC::Instability, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, MC::Instability).data().toString(), u"0.00"_s);
    }
}

void TestTables::sortsLocationsByLine()
{
    MetricsTableModel model(Kind::Functions);
    model.setAnalysis(m_analysis);
    MetricsFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterText(u"pkg.store."_s);
    proxy.sort(FC::Location, Qt::DescendingOrder);
    // Line 19 after lines 5..15: "pkg/store.py:5" > "pkg/store.py:19" as text, not as lines.
    QCOMPARE(names(proxy), QStringList({u"pkg.store.fetch"_s, u"pkg.store.Counter.write"_s,
                                        u"pkg.store.Counter.get"_s, u"pkg.store.Counter.inc"_s,
                                        u"pkg.store.Counter.__init__"_s}));
}

void TestTables::filters_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("overBudget");
    QTest::addColumn<bool>("inCycles");
    QTest::addColumn<QStringList>("expected");
    const QStringList none;
    QTest::newRow("substring") << Kind::Modules << "store" << false << false
                               << QStringList{"pkg.store"};
    QTest::newRow("case-insensitive")
        << Kind::Modules << "PKG.S" << false << false
        << QStringList{"pkg.shapes", "pkg.store", "pkg.sub", "pkg.sub.deep"};
    QTest::newRow("wildcard") << Kind::Modules << "*sub*" << false << false
                              << QStringList{"pkg.sub", "pkg.sub.deep"};
    QTest::newRow("wildcard ? is one character")
        << Kind::Functions << "?et" << false << false
        << QStringList{"pkg.store.Counter.get", "pkg.store.fetch"};
    QTest::newRow("no match") << Kind::Classes << "zzz" << false << false << none;
    QTest::newRow("modules in cycles")
        << Kind::Modules << "" << false << true
        << QStringList{"pkg.shapes", "pkg.store", "pkg.sub", "pkg.sub.deep"};
    QTest::newRow("packages holding cycles")
        << Kind::Packages << "" << false << true << QStringList{"pkg", "pkg.sub"};
    QTest::newRow("classes in cycles") << Kind::Classes << "" << false << true
                                       << QStringList{"pkg.shapes.Shape", "pkg.store.Counter"};
    // Budget 2: Counter has 4 methods, pkg 3 members, pkg.sub.deep imports 3 modules.
    QTest::newRow("classes over budget")
        << Kind::Classes << "" << true << false << QStringList{"pkg.store.Counter"};
    QTest::newRow("packages over budget")
        << Kind::Packages << "" << true << false << QStringList{"pkg"};
    QTest::newRow("modules over budget")
        << Kind::Modules << "" << true << false << QStringList{"pkg.sub.deep"};
    QTest::newRow("both and a name") << Kind::Classes << "shape" << true << true << none;
}

void TestTables::filters()
{
    QFETCH(Kind, kind);
    QFETCH(QString, text);
    QFETCH(bool, overBudget);
    QFETCH(bool, inCycles);
    QFETCH(QStringList, expected);
    MetricsOptions options;
    options.budget = HeadBudget::uniform(2);
    MetricsTableModel model(kind);
    model.setAnalysis(m_analysis, {}, options);
    MetricsFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterText(text);
    proxy.setOnlyOverBudget(overBudget);
    proxy.setOnlyInCycles(inCycles);
    QStringList actual = names(proxy);
    actual.sort();
    QCOMPARE(actual, expected);
    proxy.setFilterText({});
    proxy.setOnlyOverBudget(false);
    proxy.setOnlyInCycles(false);
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

void TestTables::modelTester_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::newRow("packages") << Kind::Packages;
    QTest::newRow("modules") << Kind::Modules;
    QTest::newRow("classes") << Kind::Classes;
    QTest::newRow("functions") << Kind::Functions;
}

void TestTables::modelTester()
{
    QFETCH(Kind, kind);
    MetricsTableModel model(kind);
    MetricsFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(1, Qt::DescendingOrder);
    model.setAnalysis(m_analysis);
    QVERIFY(model.rowCount() > 0);
    proxy.setFilterText(u"*s*"_s);
    model.setAnalysis(analyzeProject(QStringLiteral(HEADROOM_SAMPLE_DIR)));
    QVERIFY(model.rowCount() > 0);
    proxy.setOnlyInCycles(true);
    model.setSnapshot(SnapshotPtr());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(proxy.rowCount(), 0);
    model.setAnalysis(m_analysis);
    QVERIFY(model.rowCount() > 0);
    model.setAnalysis(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

namespace {

// A table of the fixture in a FrozenColumnView of the given size, shown.
struct ShownTable
{
    ShownTable(const AnalysisPtr &analysis, Kind kind, QSize size) : model(kind)
    {
        model.setAnalysis(analysis);
        proxy.setSourceModel(&model);
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(0, Qt::AscendingOrder);
        view.resizeColumnsToContents();
        view.resize(size);
        view.show();
    }
    MetricsTableModel model;
    MetricsFilterProxy proxy;
    FrozenColumnView view;
};

} // namespace

void TestTables::frozenColumn_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<double>("down");      // share of the vertical scroll range
    QTest::addColumn<bool>("fromOverlay"); // scrolled in the overlay rather than the table
    QTest::newRow("functions, halfway down") << Kind::Functions << 0.5 << false;
    QTest::newRow("functions, to the end") << Kind::Functions << 1.0 << false;
    QTest::newRow("functions, the overlay scrolled") << Kind::Functions << 1.0 << true;
    QTest::newRow("modules, to the end") << Kind::Modules << 1.0 << false;
    QTest::newRow("modules, the overlay scrolled") << Kind::Modules << 1.0 << true;
}

// The names lie over the table's first column, row for row, wherever it is scrolled.
void TestTables::frozenColumn()
{
    QFETCH(Kind, kind);
    QFETCH(double, down);
    QFETCH(bool, fromOverlay);
    ShownTable shown(m_analysis, kind, QSize(300, 110));
    FrozenColumnView &view = shown.view;
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableView *frozen = view.frozenView();
    QVERIFY(frozen->isVisible());
    QCOMPARE(frozen->model(), view.model());
    QCOMPARE(frozen->selectionModel(), view.selectionModel());
    QVERIFY(!frozen->isColumnHidden(0));
    for (int c = 1; c < view.model()->columnCount(); ++c)
        QVERIFY(frozen->isColumnHidden(c));
    QCOMPARE(frozen->columnWidth(0), view.columnWidth(0));
    // Names lose their first components, paths their middle.
    QVERIFY(qobject_cast<DottedNameDelegate *>(frozen->itemDelegateForColumn(0)));
    for (const QTableView *v : {static_cast<QTableView *>(&view), frozen}) {
        QCOMPARE(v->textElideMode(), Qt::ElideMiddle);
        QVERIFY2(!v->wordWrap(), "a wrapped path loses its end, not its middle");
    }
    const int top = view.horizontalHeader()->y();
    QCOMPARE(frozen->geometry(), QRect(view.viewport()->x(), top, view.columnWidth(0),
                                       view.viewport()->geometry().bottom() + 1 - top));
    QCOMPARE(frozen->horizontalHeader()->height(), view.horizontalHeader()->height());
    for (int r = 0; r < view.model()->rowCount(); ++r)
        QCOMPARE(frozen->rowHeight(r), view.rowHeight(r));

    QScrollBar *vertical = view.verticalScrollBar();
    QVERIFY2(vertical->maximum() > 0, "all rows fit: nothing to scroll");
    const int target = int(vertical->maximum() * down);
    (fromOverlay ? frozen : &view)->verticalScrollBar()->setValue(target);
    QCOMPARE(vertical->value(), target);
    QCOMPARE(frozen->verticalScrollBar()->value(), target);
    QVERIFY(view.rowAt(0) > 0);
    QCOMPARE(frozen->rowAt(0), view.rowAt(0));
    QCOMPARE(frozen->rowViewportPosition(view.rowAt(0)), view.rowViewportPosition(view.rowAt(0)));

    // Sideways the names stay; the table's own name column goes out of sight under them.
    QScrollBar *sideways = view.horizontalScrollBar();
    QVERIFY2(sideways->maximum() > 0, "all columns fit: nothing to scroll");
    const QRect before = frozen->geometry();
    sideways->setValue(sideways->maximum());
    QCOMPARE(frozen->geometry(), before);
    QVERIFY(view.columnViewportPosition(0) < 0);
    QCOMPARE(frozen->columnViewportPosition(0), 0);

    // A name asked for scrolls up and down only; a figure is not left under the names.
    view.scrollTo(view.model()->index(0, 0));
    QCOMPARE(vertical->value(), 0);
    QCOMPARE(sideways->value(), sideways->maximum());
    const QModelIndex figure = view.model()->index(0, 1);
    view.scrollTo(figure);
    QVERIFY(view.visualRect(figure).left() >= view.columnWidth(0));

    // The name column resized in the overlay is resized in the table, and back.
    frozen->horizontalHeader()->resizeSection(0, 77);
    QCOMPARE(view.columnWidth(0), 77);
    QCOMPARE(frozen->width(), 77);
    view.setColumnWidth(0, 91);
    QCOMPARE(frozen->columnWidth(0), 91);
    QCOMPARE(frozen->width(), 91);
}

// A click on the overlay's header sorts the table by name, and the overlay shows the order.
void TestTables::frozenHeaderSorts()
{
    ShownTable shown(m_analysis, Kind::Functions, QSize(300, 200));
    FrozenColumnView &view = shown.view;
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QHeaderView *overlay = view.frozenView()->horizontalHeader();
    view.sortByColumn(FC::Complexity, Qt::DescendingOrder);
    QCOMPARE(overlay->sortIndicatorSection(), -1);
    const QPoint name(view.columnWidth(0) / 2, overlay->height() / 2);
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        QTest::mouseClick(overlay->viewport(), Qt::LeftButton, {}, name);
        QCOMPARE(view.horizontalHeader()->sortIndicatorSection(), 0);
        QCOMPARE(view.horizontalHeader()->sortIndicatorOrder(), order);
        QCOMPARE(overlay->sortIndicatorSection(), 0);
        QCOMPARE(overlay->sortIndicatorOrder(), order);
        QStringList expected = names(shown.model);
        std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) {
            return QString::compare(a, b, Qt::CaseInsensitive) < 0;
        });
        if (order == Qt::DescendingOrder)
            std::reverse(expected.begin(), expected.end());
        QCOMPARE(names(shown.proxy), expected);
    }
}

void TestTables::compactRows_data()
{
    QTest::addColumn<int>("pixels");   // text size
    QTest::addColumn<int>("viewport"); // height the rows get
    // The Modules table of the window at 1600x1000 (Xvfb, its default 12-pixel text, the
    // docks as they open) has about 690 pixels of rows: 30 rows must fit there and in less.
    QTest::newRow("12 px text, the window's 690 px") << 12 << 690;
    QTest::newRow("12 px text, 570 px") << 12 << 570;
    QTest::newRow("11 px text, 520 px") << 11 << 520;
    QTest::newRow("14 px text, 660 px") << 14 << 660;
}

// Rows are a line of text and a little air, in the table and in the overlay alike.
void TestTables::compactRows()
{
    QFETCH(int, pixels);
    QFETCH(int, viewport);
    ShownTable shown(m_analysis, Kind::Functions, QSize(300, 200));
    FrozenColumnView &view = shown.view;
    QFont font = view.font();
    font.setPixelSize(pixels);
    view.setFont(font);
    const QFontMetrics metrics(font);
    const int row = view.verticalHeader()->defaultSectionSize();
    QCOMPARE(row, FrozenColumnView::compactRowHeight(metrics));
    QVERIFY2(row >= metrics.height(), "the text fits its row");
    QVERIFY2(30 * row <= viewport, qPrintable(u"rows of %1 px"_s.arg(row)));
    for (int r = 0; r < view.model()->rowCount(); ++r) {
        QCOMPARE(view.rowHeight(r), row);
        QCOMPARE(view.frozenView()->rowHeight(r), row);
    }
}

void TestTables::rowDetails_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("budget");
    QTest::addColumn<int>("line");          // where the source view is sent
    QTest::addColumn<QStringList>("shown"); // parts of the strip's text
    QTest::addColumn<QStringList>("absent");
    // The module's figures (Parts, Definitions, Level) are not the class's.
    const QStringList moduleFigures{u"Parts"_s, u"Definitions"_s, u"Level"_s};
    QTest::newRow("class Counter, its own figures")
        << Kind::Classes << "pkg.store.Counter" << 7 << 4
        << QStringList{u"Class pkg.store.Counter"_s,
                       u"Location pkg/store.py:4"_s,
                       u"Methods 4"_s,
                       u"LCOM4 2"_s,
                       u"Cohesion 50%"_s,
                       u"SLOC 10"_s}
        << (moduleFigures + QStringList{u"Over budget"_s});
    QTest::newRow("class Counter over a budget of 2")
        << Kind::Classes << "pkg.store.Counter" << 2 << 4
        << QStringList{u"Methods 4"_s, u"Over budget 2"_s} << moduleFigures;
    QTest::newRow("class Shape, abstract")
        << Kind::Classes << "pkg.shapes.Shape" << 7 << 5
        << QStringList{u"Class pkg.shapes.Shape"_s, u"Methods 1"_s, u"LCOM4 1"_s,
                       u"Abstract abstract"_s}
        << moduleFigures;
    QTest::newRow("function classify") << Kind::Functions << "pkg.shapes.classify" << 7 << 11
                                       << QStringList{u"Function pkg.shapes.classify"_s,
                                                      u"Kind function"_s, u"CC 5"_s, u"SLOC 8"_s}
                                       << QStringList{u"Async"_s};
    QTest::newRow("async function fetch")
        << Kind::Functions << "pkg.store.fetch" << 7 << 19
        << QStringList{u"Location pkg/store.py:19"_s, u"Async async"_s} << moduleFigures;
}

// Picking a class or function shows its source (the window selects its module) and the
// pane itself lists the row's own figures.
void TestTables::rowDetails()
{
    QFETCH(Kind, kind);
    QFETCH(QString, name);
    QFETCH(int, budget);
    QFETCH(int, line);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, absent);
    TablesPane pane;
    pane.resize(900, 400);
    pane.setSnapshot(snapshot(budget));
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY2(!pane.rowDetails()->isVisible(), "modules show in the window's Details");
    pane.showKind(int(kind));
    QVERIFY(pane.rowDetails()->isVisible());
    QSignalSpy sites(&pane, &TablesPane::siteActivated);
    FrozenColumnView *view = pane.view(int(kind));
    const int row = rowOf(*view->model(), name);
    QVERIFY(row >= 0);
    view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    QCOMPARE(sites.count(), 1);
    QCOMPARE(sites.first().first().value<SourceLocation>().line, line);
    const QString text = QTextDocumentFragment::fromHtml(pane.rowDetails()->text()).toPlainText();
    for (const QString &part : shown)
        QVERIFY2(text.contains(part), qPrintable(text));
    for (const QString &part : absent)
        QVERIFY2(!text.contains(part), qPrintable(text));
    QCOMPARE(text, QTextDocumentFragment::fromHtml(
                       TablesPane::rowDetailsText(view->model()->index(row, 3)))
                       .toPlainText());
    pane.showKind(int(Kind::Modules));
    QVERIFY(!pane.rowDetails()->isVisible());
}

QTEST_MAIN(TestTables)
#include "tst_tables.moc"

void TestTables::legendMatchesCells_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("budget");

    for (const int budget : {1, 7}) {
        QTest::addRow("packages, budget %d", budget) << Kind::Packages << budget;
        QTest::addRow("modules, budget %d", budget) << Kind::Modules << budget;
        QTest::addRow("classes, budget %d", budget) << Kind::Classes << budget;
        QTest::addRow("functions, budget %d", budget) << Kind::Functions << budget;
    }
}

// The Legend dock's key to the tables shows every colour a cell takes: each coloured cell's
// colour lies on one of its two bars.
void TestTables::legendMatchesCells()
{
    QFETCH(Kind, kind);
    QFETCH(int, budget);
    const Legend key = Legend::forTables();
    QVERIFY(key.isTableKey());
    QVERIFY(!key.showsEdges());
    QImage image(key.size().toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    key.paint(&painter, QPointF());
    painter.end();
    std::vector<QColor> shown;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            shown.push_back(image.pixelColor(x, y));
    }
    const auto onKey = [&shown](const QColor &c) {
        return std::any_of(shown.begin(), shown.end(), [&c](const QColor &k) {
            return std::abs(k.red() - c.red()) + std::abs(k.green() - c.green()) +
                       std::abs(k.blue() - c.blue()) <=
                   12;
        });
    };
    MetricsTableModel model(kind);
    model.setSnapshot(snapshot(budget));
    int coloured = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            const QVariant fill = model.index(r, c).data(Qt::BackgroundRole);
            if (!fill.isValid())
                continue;
            ++coloured;
            const QColor colour = fill.value<QBrush>().color();
            QVERIFY2(onKey(colour), qPrintable(u"%1, %2: %3"_s.arg(r).arg(c).arg(colour.name())));
        }
    }
    QVERIFY(coloured > 0);
}
