// compareReviews: two states of a small project in, what changed out, as `headroom diff`
// reports it.
#include "comparison.h"
#include "pipeline.h"
#include "projectfixture.h"

#include <QtTest>

using namespace headroom;

namespace {

SnapshotPtr analyse(const ProjectFixture &project)
{
    PipelineOptions options;
    options.callGraph = false;
    options.analysis.scan.useGit = false;
    options.analysis.threads = 1;
    return runPipeline(project.path(), options);
}

QString sites(const std::vector<SiteRef> &list)
{
    QStringList out;
    for (const SiteRef &s : list)
        out << s.file + u':' + QString::number(s.line);
    return out.join(u',');
}

// One line per change, in a form the rows can spell.
QStringList describe(const Comparison &c)
{
    QStringList out;
    for (const QString &m : c.addedModules)
        out << "+module " + m;
    for (const QString &m : c.removedModules)
        out << "-module " + m;
    for (const EdgeChange &e : c.addedEdges)
        out << "+edge " + e.source + '>' + e.target + " @" + sites(e.sites);
    for (const EdgeChange &e : c.removedEdges)
        out << "-edge " + e.source + '>' + e.target + " @" + sites(e.sites);
    for (const CycleChange &x : c.newCycles)
        out << "new " + x.members.join(u',') + " via " + x.chain.join(u' ');
    for (const CycleChange &x : c.grownCycles)
        out << "grown " + x.members.join(u',') + " was " + x.before.join(u',') + " via " +
                   x.chain.join(u' ');
    for (const CycleChange &x : c.brokenCycles)
        out << "broken " + x.members.join(u',');
    for (const LevelChange &l : c.changedLevels)
        out << QStringLiteral("level %1 %2>%3").arg(l.module).arg(l.from).arg(l.to);
    if (c.depthFrom != c.depthTo)
        out << QStringLiteral("depth %1>%2").arg(c.depthFrom).arg(c.depthTo);
    for (const FindingChange &f : c.addedFindings)
        out << "+finding " + f.check + ':' + f.node;
    for (const FindingChange &f : c.removedFindings)
        out << "-finding " + f.check + ':' + f.node;
    for (const ViolationChange &v : c.newViolations)
        out << "+violation " + v.contract + '|' + v.importer + '|' + v.imported;
    for (const ViolationChange &v : c.fixedViolations)
        out << "-violation " + v.contract + '|' + v.importer + '|' + v.imported;
    out.sort();
    return out;
}

const char *const kLayers = "[importlinter]\nroot_package = p\n\n[importlinter:contract:1]\n"
                            "name = layers\ntype = layers\nlayers =\n    p.top\n    p.low\n";

} // namespace

class TestDiff : public QObject
{
    Q_OBJECT

private slots:
    void compare_data();
    void compare();
    void sameStateIsEmpty();
};

void TestDiff::compare_data()
{
    QTest::addColumn<FileList>("before");
    QTest::addColumn<FileList>("after");
    QTest::addColumn<QStringList>("changes");

    const FileList chain = {{"p/__init__.py", ""}, {"p/a.py", "import p.b\n"}, {"p/b.py", ""}};
    QTest::newRow("an import closes a cycle")
        << chain
        << FileList{{"p/__init__.py", ""},
                    {"p/a.py", "import p.b\n"},
                    {"p/b.py", "x = 1\nimport p.a\n"}}
        << QStringList{"+edge p.b>p.a @p/b.py:2", "new p.a,p.b via p/a.py:1 p/b.py:2 p/a.py",
                       "level p.a 1>0", "depth 2>1"};
    QTest::newRow("the cycle broken again")
        << FileList{{"p/__init__.py", ""}, {"p/a.py", "import p.b\n"}, {"p/b.py", "import p.a\n"}}
        << chain
        << QStringList{"-edge p.b>p.a @p/b.py:1", "broken p.a,p.b", "level p.a 0>1", "depth 1>2"};
    const FileList two = {{"p/__init__.py", ""},
                          {"p/a.py", "import p.b\n"},
                          {"p/b.py", "import p.a\n"},
                          {"p/c.py", ""}};
    QTest::newRow("a cycle grows")
        << two
        << FileList{{"p/__init__.py", ""},
                    {"p/a.py", "import p.b\n"},
                    {"p/b.py", "import p.a\nimport p.c\n"},
                    {"p/c.py", "import p.a\n"}}
        << QStringList{"+edge p.b>p.c @p/b.py:2", "+edge p.c>p.a @p/c.py:1",
                       "grown p.a,p.b,p.c was p.a,p.b via p/b.py:2 p/c.py:1 p/a.py:1 p/b.py"};
    // The shortest cycle through the first member, p.a > p.b > p.a, was there before: the
    // chain shown goes through the import that made the cycle grow.
    QTest::newRow("a cycle grows by one import: the chain goes through it")
        << FileList{{"p/__init__.py", ""},
                    {"p/a.py", "import p.b\n"},
                    {"p/b.py", "import p.a\n"},
                    {"p/c.py", "import p.a\n"}}
        << FileList{{"p/__init__.py", ""},
                    {"p/a.py", "import p.b\n"},
                    {"p/b.py", "import p.a\n\nimport p.c\n"},
                    {"p/c.py", "import p.a\n"}}
        << QStringList{"+edge p.b>p.c @p/b.py:3",
                       "grown p.a,p.b,p.c was p.a,p.b via p/b.py:3 p/c.py:1 p/a.py:1 p/b.py",
                       "level p.c 1>0", "depth 2>1"};
    QTest::newRow("a cycle loses a member: neither new nor broken")
        << FileList{{"p/__init__.py", ""},
                    {"p/a.py", "import p.b\n"},
                    {"p/b.py", "import p.a\nimport p.c\n"},
                    {"p/c.py", "import p.a\n"}}
        << two << QStringList{"-edge p.b>p.c @p/b.py:2", "-edge p.c>p.a @p/c.py:1"};
    QTest::newRow("a second cycle beside the first")
        << two
        << FileList{{"p/__init__.py", ""},
                    {"p/a.py", "import p.b\n"},
                    {"p/b.py", "import p.a\n"},
                    {"p/c.py", "import p.d\n"},
                    {"p/d.py", "import p.c\n"}}
        << QStringList{"+module p.d", "+edge p.c>p.d @p/c.py:1", "+edge p.d>p.c @p/d.py:1",
                       "new p.c,p.d via p/c.py:1 p/d.py:1 p/c.py"};
    QTest::newRow("a module renamed")
        << chain << FileList{{"p/__init__.py", ""}, {"p/a.py", "import p.c\n"}, {"p/c.py", ""}}
        << QStringList{"+module p.c", "-module p.b", "+edge p.a>p.c @p/a.py:1",
                       "-edge p.a>p.b @p/a.py:1"};
    QTest::newRow("a module grows past the budget")
        << FileList{{"pyproject.toml", "[tool.headroom]\nbudget = 2\n"},
                    {"p/__init__.py", ""},
                    {"p/a.py", "import p.b\n"},
                    {"p/b.py", ""},
                    {"p/c.py", ""},
                    {"p/d.py", ""}}
        << FileList{{"pyproject.toml", "[tool.headroom]\nbudget = 2\n"},
                    {"p/__init__.py", ""},
                    {"p/a.py", "import p.b\nimport p.c\nimport p.d\n"},
                    {"p/b.py", ""},
                    {"p/c.py", ""},
                    {"p/d.py", ""}}
        << QStringList{"+edge p.a>p.c @p/a.py:2", "+edge p.a>p.d @p/a.py:3",
                       "+finding module-imports:p.a"};
    QTest::newRow("a layer reaches up")
        << FileList{{".importlinter", kLayers},
                    {"p/__init__.py", ""},
                    {"p/top.py", "import p.low\n"},
                    {"p/low.py", ""}}
        << FileList{{".importlinter", kLayers},
                    {"p/__init__.py", ""},
                    {"p/top.py", "import p.low\n"},
                    {"p/low.py", "def f():\n    import p.top\n"}}
        << QStringList{"+edge p.low>p.top @p/low.py:2",
                       "new p.low,p.top via p/low.py:2 p/top.py:1 p/low.py", "level p.top 1>0",
                       "depth 2>1", "+violation layers|p.low|p.top"};
    QTest::newRow("the violation fixed")
        << FileList{{".importlinter", kLayers},
                    {"p/__init__.py", ""},
                    {"p/top.py", ""},
                    {"p/low.py", "import p.top\n"}}
        << FileList{{".importlinter", kLayers},
                    {"p/__init__.py", ""},
                    {"p/top.py", "import p.low\n"},
                    {"p/low.py", ""}}
        << QStringList{"+edge p.top>p.low @p/top.py:1", "-edge p.low>p.top @p/low.py:1",
                       "level p.low 1>0", "level p.top 0>1", "-violation layers|p.low|p.top"};
}

void TestDiff::compare()
{
    QFETCH(FileList, before);
    QFETCH(FileList, after);
    QFETCH(QStringList, changes);
    const ProjectFixture a(before);
    const ProjectFixture b(after);
    const SnapshotPtr from = analyse(a);
    const SnapshotPtr to = analyse(b);
    QVERIFY(from->ok() && to->ok());
    const Comparison c = compareReviews(*from->analysis, from->review, *to->analysis, to->review);
    changes.sort();
    QCOMPARE(describe(c).join(u'\n'), changes.join(u'\n'));
    QCOMPARE(c.empty(), changes.isEmpty());
}

void TestDiff::sameStateIsEmpty()
{
    const ProjectFixture a(
        {{"p/__init__.py", ""}, {"p/a.py", "import p.b\n"}, {"p/b.py", "import p.a\n"}});
    const SnapshotPtr s = analyse(a);
    const Comparison c = compareReviews(*s->analysis, s->review, *s->analysis, s->review);
    QVERIFY(c.empty());
    QVERIFY(describe(c).isEmpty());
}

#include "tst_diff.moc"
QTEST_GUILESS_MAIN(TestDiff)
