// Tables: a small project in, its packages, modules, classes and functions out as rows with
// hand-computed metrics; sorting is numeric, filters narrow by name, budget and cycles, and
// every kind of table passes QAbstractItemModelTester across snapshot swaps.
#include "metricsfilterproxy.h"
#include "metricstablemodel.h"
#include "projectfixture.h"

#include <QAbstractItemModelTester>
#include <QBrush>
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
    void sortsNumerically_data();
    void sortsNumerically();
    void sortsLocationsByLine();
    void filters_data();
    void filters();
    void modelTester_data();
    void modelTester();

private:
    std::unique_ptr<ProjectFixture> m_project;
    AnalysisPtr m_analysis;
};

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

QTEST_MAIN(TestTables)
#include "tst_tables.moc"
