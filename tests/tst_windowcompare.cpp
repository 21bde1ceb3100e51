// The window's pictures of a change: Compare with Revision and Compare with Baseline File
// mark the graph and its legend, Stop Comparing clears them, and every kind of bad input
// is a message, never a crash.
#include "edgeitem.h"
#include "exporter.h"
#include "gitrepo.h"
#include "graphscene.h"
#include "graphview.h"
#include "mainwindow.h"
#include "matrixscene.h"
#include "nodeitem.h"
#include "picturesafter.h"
#include "pipeline.h"
#include "projectfixture.h"

#include <QSignalSpy>
#include <QtTest>

using namespace headroom;
using namespace headroom::test;

namespace {

const FileList First{{"shop/__init__.py", ""},
                     {"shop/a.py", "from shop import b\n"},
                     {"shop/b.py", "from shop import c\n"},
                     {"shop/c.py", ""},
                     {"shop/old.py", "from shop import c\n"}};

GraphScene *graphOf(MainWindow &w)
{
    return qobject_cast<GraphScene *>(
        w.findChild<GraphView *>(QStringLiteral("graphView"))->scene());
}

// "+name", "-name", "~name" for each marked box of the graph picture, sorted.
QStringList marksOf(MainWindow &w)
{
    QStringList out;
    for (const NodeItem *n : graphOf(w)->nodeItems()) {
        const NodeLook &look = n->look();
        if (look.change != Change::Kept)
            out << (look.change == Change::Added ? "+" : "-") + look.name;
        if (look.inNewCycle)
            out << "~" + look.name;
    }
    out.sort();
    return out;
}

} // namespace

class TestWindowCompare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void revision();
    void baseline();
    void errors_data();
    void errors();

private:
    void open(MainWindow &w, const QString &folder);

    Repo m_repo;
    QTemporaryDir m_files;
};

void TestWindowCompare::initTestCase()
{
    QVERIFY(m_repo.ok());
    QVERIFY(m_repo.commit(First, QStringLiteral("first")));
    QVERIFY(m_repo.commit({{"shop/c.py", "from shop import a\n"},
                           {"shop/old.py", QString()},
                           {"shop/new.py", "from shop import a\n"}},
                          QStringLiteral("second")));
}

void TestWindowCompare::open(MainWindow &w, const QString &folder)
{
    w.show();
    QVERIFY(picturesAfter(w, [&] { w.openFolder(folder); }));
    QVERIFY(w.snapshot() && w.snapshot()->ok());
}

void TestWindowCompare::revision()
{
    MainWindow w;
    open(w, m_repo.path());
    QVERIFY(marksOf(w).isEmpty());
    QVERIFY(picturesAfter(w, [&] { w.compareWithRevision(QStringLiteral("HEAD~1")); }));
    QVERIFY(w.isComparing());
    const QStringList expected{"+shop.new", "-shop.old", "~shop.a", "~shop.b", "~shop.c"};
    QCOMPARE(marksOf(w), expected);
    const auto *view = w.findChild<GraphView *>(QStringLiteral("graphView"));
    QVERIFY(view->legend());
    QVERIFY2(view->legend()->changesSince().startsWith(QLatin1String("HEAD~1 (")),
             qPrintable(view->legend()->changesSince()));
    // The matrix shows the project as it is: the ghost is no module of it.
    auto *matrix = qobject_cast<MatrixScene *>(
        w.findChild<GraphView *>(QStringLiteral("matrixView"))->scene());
    QVERIFY(matrix);
    const int ghost = matrix->graph().find(QStringLiteral("shop.old"));
    QVERIFY(ghost < 0 || !matrix->graph().isInternal(ghost));
    // Ghosts can be clicked, and asked about: nothing of the project answers for them.
    for (NodeItem *n : graphOf(w)->nodeItems())
        if (n->look().change == Change::Removed)
            n->setSelected(true);
    QCOMPARE(w.selectedNode(), -1);
    for (EdgeItem *e : graphOf(w)->edgeItems()) {
        if (e->look().change != Change::Removed)
            continue;
        graphOf(w)->clearSelection();
        e->setSelected(true);
        const QStringList ends = e->data(0).toStringList();
        QVERIFY(!w.showImportsBehind(ends.value(0), ends.value(1)));
    }
    // The comparison stays on at another level.
    QVERIFY(picturesAfter(w, [&] {
        w.applyViewState([&] {
            ViewState state = w.viewState();
            state.packageDepth = 0;
            return state;
        }());
    }));
    QCOMPARE(marksOf(w), expected);
    QVERIFY(picturesAfter(w, [&] { w.stopComparing(); }));
    QVERIFY(!w.isComparing());
    QVERIFY(marksOf(w).isEmpty());
    QVERIFY(!graphOf(w)->showsChanges());
}

void TestWindowCompare::baseline()
{
    // The earlier state from an `analyze` JSON: nothing analysed again.
    const ProjectFixture earlier(First);
    PipelineOptions options;
    options.callGraph = false;
    const SnapshotPtr then = runPipeline(earlier.path(), options);
    QVERIFY(then->ok());
    const QString file = m_files.filePath(QStringLiteral("baseline.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(toJson(*then->analysis, then->review));
    out.close();
    MainWindow w;
    open(w, m_repo.path());
    QVERIFY(picturesAfter(w, [&] { w.compareWithBaseline(file); }));
    QCOMPARE(marksOf(w), (QStringList{"+shop.new", "-shop.old", "~shop.a", "~shop.b", "~shop.c"}));
    QCOMPARE(w.comparisonLabel(), QStringLiteral("baseline.json"));
}

void TestWindowCompare::errors_data()
{
    QTest::addColumn<bool>("git");
    QTest::addColumn<QString>("revision"); // else a baseline file's content ("" : no file)
    QTest::addColumn<QByteArray>("baseline");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a git repository") << false << "HEAD~1" << QByteArray() << "not in a git";
    QTest::newRow("unknown revision")
        << true << "nosuchbranch" << QByteArray() << "has no revision nosuchbranch";
    QTest::newRow("no baseline file") << true << "" << QByteArray() << "Cannot read";
    QTest::newRow("not JSON") << true << "" << QByteArray("{oops") << "is not JSON";
    QTest::newRow("other JSON") << true << "" << QByteArray(R"({"version": 1})")
                                << "not a JSON written by headroom analyze";
    QTest::newRow("packages") << true << ""
                              << QByteArray(R"({"package_depth": 1, "nodes": [], "edges": [],
                                                "cycles": []})")
                              << "describes packages";
}

void TestWindowCompare::errors()
{
    QFETCH(bool, git);
    QFETCH(QString, revision);
    QFETCH(QByteArray, baseline);
    QFETCH(QString, message);
    const ProjectFixture plain(First);
    MainWindow w;
    open(w, git ? m_repo.path() : plain.path());
    QSignalSpy failed(&w, &MainWindow::comparisonFailed);
    if (!revision.isEmpty()) {
        w.compareWithRevision(revision);
    } else {
        const QString file =
            m_files.filePath(QStringLiteral("%1.json").arg(QTest::currentDataTag()));
        if (!baseline.isEmpty()) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(baseline);
        }
        w.compareWithBaseline(file);
    }
    QVERIFY(failed.wait(60000));
    QVERIFY2(failed.first().first().toString().contains(message),
             qPrintable(failed.first().first().toString()));
    QVERIFY(!w.isComparing());
    QVERIFY(marksOf(w).isEmpty());
}

QTEST_MAIN(TestWindowCompare)
#include "tst_windowcompare.moc"
