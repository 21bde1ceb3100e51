// Pictures of a change, the model's part: two small projects in, the marks out. Which nodes
// and imports are added, which are removed (ghosts in the union graph), which boxes and
// arrows belong to a new or grown cycle, at the module level and projected to packages.
#include "changeset.h"
#include "exporter.h"
#include "pipeline.h"
#include "projectfixture.h"

#include <QtTest>

using namespace headroom;

namespace {

SnapshotPtr analyse(const FileList &files, int packageDepth = 0)
{
    ProjectFixture project(files);
    PipelineOptions options;
    options.callGraph = false;
    options.analysis.scan.useGit = false;
    options.analysis.threads = 1;
    options.packageDepth = packageDepth;
    options.includeExternal = false;
    return runPipeline(project.path(), options);
}

ChangeSet changesOf(const FileList &before, const FileList &after, int packageDepth = 0)
{
    const SnapshotPtr a = analyse(before, packageDepth);
    const SnapshotPtr b = analyse(after, packageDepth);
    return compareOutlines(outlineOf(a->graph(), a->review.metrics, packageDepth),
                           outlineOf(b->graph(), b->review.metrics, packageDepth));
}

// One word per marked node and arrow of `shown`, in a form the rows can spell:
// "+a" added, "-a" removed, "~a" in a new cycle, "+a>b" an added import, "=a" a kept box
// with "+1-2" changes inside.
QStringList marksOf(const ImportGraph &shown, const ChangeMarks &marks)
{
    QStringList out;
    for (int n = 0; n < shown.nodeCount(); ++n) {
        if (!shown.isInternal(n))
            continue;
        const QString &name = shown.node(n).name;
        const Change c = marks.node(n);
        if (c != Change::Kept)
            out << (c == Change::Added ? "+" : "-") + name;
        if (marks.nodeInCycle(n))
            out << "~" + name;
        const int added = marks.addedInside.at(std::size_t(n));
        const int removed = marks.removedInside.at(std::size_t(n));
        if (added > 0 || removed > 0)
            out << QStringLiteral("=%1+%2-%3").arg(name).arg(added).arg(removed);
    }
    for (int e = 0; e < shown.edgeCount(); ++e) {
        const QString ends =
            shown.node(shown.edge(e).source).name + '>' + shown.node(shown.edge(e).target).name;
        const Change c = marks.edge(e);
        if (c != Change::Kept)
            out << (c == Change::Added ? "+" : "-") + ends;
        if (marks.edgeInCycle(e))
            out << "~" + ends;
    }
    out.sort();
    return out;
}

const FileList Before{{"shop/__init__.py", ""},
                      {"shop/a.py", "from shop import b\n"},
                      {"shop/b.py", "from shop import c\n"},
                      {"shop/c.py", ""},
                      {"shop/old.py", "from shop import c\n"},
                      {"shop/store/__init__.py", ""},
                      {"shop/store/disk.py", "from shop import c\n"}};

} // namespace

class TestChangeSet : public QObject
{
    Q_OBJECT

private slots:
    void marks_data();
    void marks();
    void packages();
    void ghostsCountNowhere();
    void withoutGhostsKeepsIds();
    void ghostsAddNoHeat_data();
    void ghostsAddNoHeat();
    void cycleNews_data();
    void cycleNews();
    void baselineJson();
    void baselineJsonErrors();
};

void TestChangeSet::marks_data()
{
    QTest::addColumn<FileList>("after");
    QTest::addColumn<QStringList>("expected");
    FileList same = Before;
    QTest::newRow("nothing changed") << same << QStringList{};
    FileList added = Before;
    added << QPair<QString, QString>{"shop/new.py", "from shop import a\n"};
    QTest::newRow("a module added with its import")
        << added << QStringList{"+shop.new", "+shop.new>shop.a"};
    FileList removed = Before;
    removed.removeIf([](const auto &f) { return f.first == "shop/old.py"; });
    QTest::newRow("a module removed: a ghost with its import")
        << removed << QStringList{"-shop.old", "-shop.old>shop.c"};
    FileList cycle = Before;
    cycle.replace(3, {"shop/c.py", "from shop import a\n"});
    QTest::newRow("an import closes a cycle")
        << cycle << QStringList{"+shop.c>shop.a", "~shop.a", "~shop.a>shop.b", "~shop.b",
                                "~shop.b>shop.c", "~shop.c", "~shop.c>shop.a"};
    FileList dropped = Before;
    dropped.replace(1, {"shop/a.py", "x = 1\n"});
    QTest::newRow("an import between kept modules removed")
        << dropped << QStringList{"-shop.a>shop.b"};
}

void TestChangeSet::marks()
{
    QFETCH(FileList, after);
    QFETCH(QStringList, expected);
    const SnapshotPtr later = analyse(after);
    QVERIFY(later->ok());
    const ChangeSet changes = changesOf(Before, after);
    const ImportGraph u = unionGraph(later->graph(), changes);
    // The later state's nodes keep their ids; ghosts come after them.
    for (int n = 0; n < later->graph().nodeCount(); ++n)
        QCOMPARE(u.node(n).name, later->graph().node(n).name);
    QCOMPARE(marksOf(u, changeMarks(u, changes, u)), expected);
    QCOMPARE(changes.empty(), expected.isEmpty());
}

void TestChangeSet::packages()
{
    // The structure map projects the union: a package box holds the changes inside it.
    FileList after = Before;
    after.removeIf([](const auto &f) { return f.first == "shop/store/disk.py"; });
    after << QPair<QString, QString>{"shop/store/cloud.py", "from shop import a\n"}
          << QPair<QString, QString>{"shop/web/__init__.py", ""}
          << QPair<QString, QString>{"shop/web/view.py", "from shop import store\n"};
    const SnapshotPtr later = analyse(after);
    const ChangeSet changes = changesOf(Before, after);
    const ImportGraph u = unionGraph(later->graph(), changes);
    std::vector<int> mapping;
    const ImportGraph projected = projectToDepth(u, 2, false, &mapping);
    QCOMPARE(marksOf(projected, changeMarks(u, changes, projected, mapping)),
             (QStringList{"+shop.store>shop.a", "+shop.web", "+shop.web>shop.store",
                          "-shop.store>shop.c", "=shop.store+1-1"}));
}

void TestChangeSet::ghostsCountNowhere()
{
    // A removed import that would close a cycle with today's imports: a ghost, never a cycle.
    FileList before = Before;
    before.replace(3, {"shop/c.py", "from shop import a\n"});
    const SnapshotPtr later = analyse(Before);
    const ChangeSet changes = changesOf(before, Before);
    QCOMPARE(int(changes.removedImports.size()), 1);
    const ImportGraph u = unionGraph(later->graph(), changes);
    const Metrics m = computeMetrics(*later->analysis, u, later->settings().metrics);
    QVERIFY(m.cycles.empty());
    QCOMPARE(m.depth, later->review.metrics.depth);
    // A removed module sits above what it imported.
    FileList after = Before;
    after.removeIf([](const auto &f) { return f.first == "shop/old.py"; });
    const SnapshotPtr now = analyse(after);
    const ImportGraph v = unionGraph(now->graph(), changesOf(Before, after));
    const Metrics mv = computeMetrics(*now->analysis, v, now->settings().metrics);
    QVERIFY(mv.nodes[std::size_t(v.find("shop.old"))].layer >
            mv.nodes[std::size_t(v.find("shop.c"))].layer);
}

void TestChangeSet::withoutGhostsKeepsIds()
{
    FileList after = Before;
    after.removeIf([](const auto &f) { return f.first == "shop/old.py"; });
    const SnapshotPtr later = analyse(after);
    const ChangeSet changes = changesOf(Before, after);
    const ImportGraph u = unionGraph(later->graph(), changes);
    const ImportGraph plain = withoutGhosts(u, changeMarks(u, changes, u));
    QCOMPARE(plain.nodeCount(), u.nodeCount());
    const int ghost = plain.find("shop.old");
    QVERIFY(ghost >= 0);
    QVERIFY(!plain.isInternal(ghost));
    QCOMPARE(plain.edgeCount(), later->graph().edgeCount());
    for (const Edge &e : plain.edges())
        for (const ImportSite &s : e.sites)
            QVERIFY(s.file >= 0);
}

void TestChangeSet::ghostsAddNoHeat_data()
{
    QTest::addColumn<FileList>("after");
    QTest::addColumn<int>("depth"); // 0: the modules; else packages of so many components
    QTest::addColumn<QString>("node");
    QTest::addColumn<int>("fanIn"); // the node's fan-in now
    QTest::addColumn<QString>("ghost");
    FileList noOld = Before;
    noOld.removeIf([](const auto &f) { return f.first == "shop/old.py"; });
    QTest::newRow("a removed module's import") << noOld << 0 << "shop.c" << 2 << "shop.old";
    FileList noDisk = Before;
    noDisk.removeIf([](const auto &f) { return f.first == "shop/store/disk.py"; });
    QTest::newRow("a kept package's removed module's import") << noDisk << 2 << "shop.c" << 2 << "";
}

// The colours of a picture of a change are the current state's: a ghost's own imports place
// it above what it imported, but add to no box's fan-in, and a ghost has no heat of its own.
void TestChangeSet::ghostsAddNoHeat()
{
    QFETCH(FileList, after);
    QFETCH(int, depth);
    QFETCH(QString, node);
    QFETCH(int, fanIn);
    QFETCH(QString, ghost);
    const SnapshotPtr later = analyse(after);
    const ChangeSet changes = changesOf(Before, after);
    const ImportGraph u = unionGraph(later->graph(), changes);
    std::vector<int> mapping;
    const ImportGraph shown = depth > 0 ? projectToDepth(u, depth, false, &mapping) : u;
    const ChangeMarks marks = changeMarks(u, changes, shown, mapping);
    const MetricsOptions &options = later->settings().metrics;
    const int id = shown.find(node);
    QVERIFY(id >= 0);
    // Measured on the union, the ghost's import would count.
    QCOMPARE(computeMetrics(*later->analysis, shown, options).nodes[std::size_t(id)].ca, fanIn + 1);
    const MeasuredGraph heat = laterState(*later->analysis, shown, marks, options);
    QCOMPARE(heat.graph.nodeCount(), shown.nodeCount());
    QCOMPARE(heat.metrics.nodes[std::size_t(id)].ca, fanIn);
    if (!ghost.isEmpty())
        QVERIFY(!heat.graph.isInternal(heat.graph.find(ghost)));
}

void TestChangeSet::cycleNews_data()
{
    QTest::addColumn<QStringList>("members");
    QTest::addColumn<int>("news");
    QTest::newRow("same") << QStringList{"a", "b"} << int(CycleNews::Same);
    QTest::newRow("new") << QStringList{"c", "d"} << int(CycleNews::New);
    QTest::newRow("grown") << QStringList{"a", "b", "c"} << int(CycleNews::Grown);
    QTest::newRow("shrunk") << QStringList{"x", "y"} << int(CycleNews::Shrunk);
}

void TestChangeSet::cycleNews()
{
    QFETCH(QStringList, members);
    QFETCH(int, news);
    const std::vector<QStringList> before{{"a", "b"}, {"x", "y", "z"}};
    QCOMPARE(int(headroom::cycleNews(before, members)), news);
}

void TestChangeSet::baselineJson()
{
    // The earlier state read back from what `analyze` writes is the one measured.
    const SnapshotPtr earlier = analyse(Before);
    const QByteArray json = toJson(*earlier->analysis, earlier->review);
    OutlineError error = OutlineError::NotJson;
    const std::optional<StateOutline> read = outlineFromJson(json, &error);
    QVERIFY(read);
    QCOMPARE(int(error), int(OutlineError::None));
    const StateOutline measured = outlineOf(earlier->graph(), earlier->review.metrics);
    QCOMPARE(read->nodes, measured.nodes);
    QVERIFY(read->imports == measured.imports);
    QVERIFY(read->cycles == measured.cycles);
    QVERIFY(compareOutlines(*read, measured).empty());
}

void TestChangeSet::baselineJsonErrors()
{
    OutlineError error = OutlineError::None;
    QVERIFY(!outlineFromJson("not json", &error));
    QCOMPARE(int(error), int(OutlineError::NotJson));
    QVERIFY(!outlineFromJson(R"({"nodes": []})", &error));
    QCOMPARE(int(error), int(OutlineError::NotAnalysis));
}

QTEST_GUILESS_MAIN(TestChangeSet)
#include "tst_changeset.moc"
