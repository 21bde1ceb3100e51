// Import resolution, end to end through scan and extraction: small Python projects in,
// the exact internal edges (with kinds) and unresolved-import diagnostics out.
#include "analysis.h"
#include "packagecoupling.h"
#include "projectfixture.h"
#include "resolver.h"

#include <QtTest>

using namespace headroom;

namespace {

// "importer -> imported [kind,kind] xN" for every edge, sorted.
QStringList edgeList(const Analysis &a, bool withExternal)
{
    QStringList out;
    for (const Edge &e : a.graph.edges()) {
        if (!withExternal && !a.graph.isInternal(e.target))
            continue;
        QStringList kinds;
        const char *names[] = {"runtime", "type-checking", "function-local", "conditional"};
        for (int k = 0; k < ImportKindCount; ++k) {
            if (e.kinds & kindBit(ImportKind(k)))
                kinds << QLatin1String(names[k]);
        }
        QString s = a.graph.node(e.source).name + QLatin1String(" -> ") +
                    a.graph.node(e.target).name + QLatin1String(" [") +
                    kinds.join(QLatin1Char(',')) + QLatin1Char(']');
        if (e.weight() > 1)
            s += QLatin1String(" x") + QString::number(e.weight());
        out << s;
    }
    out.sort();
    return out;
}

QStringList unresolvedList(const Analysis &a)
{
    QStringList out;
    for (const Diagnostic &d : a.diagnostics) {
        if (d.code == DiagnosticCode::UnresolvedImport)
            out << QStringLiteral("%1:%2 %3").arg(d.file).arg(d.line).arg(d.detail);
    }
    out.sort();
    return out;
}

} // namespace

class TestResolver : public QObject
{
    Q_OBJECT

private slots:
    void edges_data();
    void edges();
    void externals_data();
    void externals();
    void excluded_data();
    void excluded();
    void relativeBase_data();
    void relativeBase();
    void projection();
    void packageCouplingByHand();
};

void TestResolver::edges_data()
{
    QTest::addColumn<FileList>("files");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("unresolved");

    const QString init = QStringLiteral("");
    QTest::newRow("import a.b.c") << FileList{{"main.py", "import a.b.c\n"},
                                              {"a/__init__.py", init},
                                              {"a/b/__init__.py", init},
                                              {"a/b/c.py", init}}
                                  << QStringList{"main -> a.b.c [runtime]"} << QStringList{};
    QTest::newRow("import as") << FileList{{"main.py", "import a.b as x, a\n"},
                                           {"a/__init__.py", init},
                                           {"a/b.py", init}}
                               << QStringList{"main -> a [runtime]", "main -> a.b [runtime]"}
                               << QStringList{};
    QTest::newRow("from package import submodule")
        << FileList{{"main.py", "from a.b import c, d as e\n"},
                    {"a/__init__.py", init},
                    {"a/b/__init__.py", init},
                    {"a/b/c.py", init},
                    {"a/b/d.py", init}}
        << QStringList{"main -> a.b.c [runtime]", "main -> a.b.d [runtime]"} << QStringList{};
    QTest::newRow("from module import name")
        << FileList{{"main.py", "from a.b import helper, other\n"},
                    {"a/__init__.py", init},
                    {"a/b.py", "def helper(): pass\nother = 1\n"}}
        << QStringList{"main -> a.b [runtime]"} << QStringList{}; // one site: one line
    QTest::newRow("from package import name and submodule")
        << FileList{{"main.py", "from a import sub, name\n"},
                    {"a/__init__.py", "name = 1\n"},
                    {"a/sub.py", init}}
        << QStringList{"main -> a [runtime]", "main -> a.sub [runtime]"} << QStringList{};
    QTest::newRow("star import") << FileList{{"main.py", "from a.b import *\n"},
                                             {"a/__init__.py", init},
                                             {"a/b.py", init}}
                                 << QStringList{"main -> a.b [runtime]"} << QStringList{};
    QTest::newRow("from . import sibling")
        << FileList{{"p/__init__.py", init}, {"p/m.py", "from . import x\n"}, {"p/x.py", init}}
        << QStringList{"p.m -> p.x [runtime]"} << QStringList{};
    QTest::newRow("from . import name of the package")
        << FileList{{"p/__init__.py", "VALUE = 1\n"}, {"p/m.py", "from . import VALUE\n"}}
        << QStringList{"p.m -> p [runtime]"} << QStringList{};
    QTest::newRow("from .. import")
        << FileList{{"p/__init__.py", init},
                    {"p/y.py", init},
                    {"p/sub/__init__.py", init},
                    {"p/sub/m.py", "from .. import y\nfrom ..y import z\n"}}
        << QStringList{"p.sub.m -> p.y [runtime] x2"} << QStringList{};
    QTest::newRow("from ..a import b (module)")
        << FileList{{"p/__init__.py", init},
                    {"p/a/__init__.py", init},
                    {"p/a/b.py", init},
                    {"p/sub/__init__.py", init},
                    {"p/sub/m.py", "from ..a import b\n"}}
        << QStringList{"p.sub.m -> p.a.b [runtime]"} << QStringList{};
    QTest::newRow("relative import in __init__ is from its own package")
        << FileList{{"p/__init__.py", "from .core import run\nfrom . import util\n"},
                    {"p/core.py", init},
                    {"p/util.py", init}}
        << QStringList{"p -> p.core [runtime]", "p -> p.util [runtime]"} << QStringList{};
    QTest::newRow("from .a.b import c") << FileList{{"p/__init__.py", init},
                                                    {"p/a/__init__.py", init},
                                                    {"p/a/b.py", "c = 1\n"},
                                                    {"p/m.py", "from .a.b import c\n"}}
                                        << QStringList{"p.m -> p.a.b [runtime]"} << QStringList{};
    QTest::newRow("relative import above the top package")
        << FileList{{"p/__init__.py", init}, {"p/m.py", "from ... import x\n"}} << QStringList{}
        << QStringList{"p/m.py:1 ...x"};
    QTest::newRow("relative import in a loose script")
        << FileList{{"script.py", "from . import x\n"}, {"x.py", init}} << QStringList{}
        << QStringList{"script.py:1 .x"};
    QTest::newRow("missing internal module")
        << FileList{{"p/__init__.py", init}, {"p/m.py", "import p.gone\nfrom .ext import f\n"}}
        << QStringList{} << QStringList{"p/m.py:1 p.gone", "p/m.py:2 .ext"};
    QTest::newRow("one problem per statement")
        << FileList{{"p/__init__.py", init}, {"p/m.py", "from .gone import a, b, c\n"}}
        << QStringList{} << QStringList{"p/m.py:1 .gone"};
    QTest::newRow("a name past a plain module imports that module")
        << FileList{{"os.py", "import sys\n"},
                    {"m.py", "import os.path\nfrom os.path import join\n"}}
        << QStringList{"m -> os [runtime] x2"} << QStringList{};
    QTest::newRow("a name past a package is a missing submodule")
        << FileList{{"p/__init__.py", init}, {"m.py", "import p.speedups\n"}} << QStringList{}
        << QStringList{"m.py:1 p.speedups"};
    QTest::newRow("pkg.__init__ is the package")
        << FileList{{"p/__init__.py", init},
                    {"m.py", "from p.__init__ import x\nimport p.__init__\n"}}
        << QStringList{"m -> p [runtime] x2"} << QStringList{};
    QTest::newRow("kinds")
        << FileList{{"p/__init__.py", init},
                    {"p/m.py", "from typing import TYPE_CHECKING\n"
                               "if TYPE_CHECKING:\n    from p import t\n"
                               "def f():\n    import p.local\n"
                               "try:\n    import p.fast\nexcept ImportError:\n    import p.slow\n"
                               "import p.run\n"},
                    {"p/t.py", init},
                    {"p/local.py", init},
                    {"p/fast.py", init},
                    {"p/slow.py", init},
                    {"p/run.py", init}}
        << QStringList{"p.m -> p.fast [conditional]", "p.m -> p.local [function-local]",
                       "p.m -> p.run [runtime]", "p.m -> p.slow [conditional]",
                       "p.m -> p.t [type-checking]"}
        << QStringList{};
    QTest::newRow("one edge, several kinds")
        << FileList{{"p/__init__.py", init},
                    {"p/q.py", init},
                    {"p/m.py", "import p.q\ndef f():\n    import p.q\n"}}
        << QStringList{"p.m -> p.q [runtime,function-local] x2"} << QStringList{};
    QTest::newRow("namespace package")
        << FileList{{"ns/tools/m.py", "from ns.tools import helpers\nimport ns\n"},
                    {"ns/tools/helpers.py", init}}
        << QStringList{"ns.tools.m -> ns [runtime]", "ns.tools.m -> ns.tools.helpers [runtime]"}
        << QStringList{};
    QTest::newRow("src layout") << FileList{{"src/shop/__init__.py", init},
                                            {"src/shop/a.py", "from shop import b\n"},
                                            {"src/shop/b.py", init}}
                                << QStringList{"shop.a -> shop.b [runtime]"} << QStringList{};
    QTest::newRow("self import") << FileList{{"p/__init__.py", init}, {"p/m.py", "import p.m\n"}}
                                 << QStringList{"p.m -> p.m [runtime]"} << QStringList{};
    QTest::newRow("name from own package inside __init__ is no edge")
        << FileList{{"p/__init__.py", "X = 1\nfrom p import X\n"}} << QStringList{}
        << QStringList{};
    QTest::newRow("__future__ is no dependency")
        << FileList{{"m.py", "from __future__ import annotations\n"}} << QStringList{}
        << QStringList{};
    QTest::newRow("project module shadows stdlib name")
        << FileList{{"main.py", "import logging\n"}, {"logging.py", init}}
        << QStringList{"main -> logging [runtime]"} << QStringList{};
    QTest::newRow("syntax error keeps recovered imports")
        << FileList{{"p/__init__.py", init},
                    {"p/a.py", init},
                    {"p/b.py", init},
                    {"p/m.py", "import p.a\ndef broken(:\n    pass\nimport p.b\n"}}
        << QStringList{"p.m -> p.a [runtime]", "p.m -> p.b [runtime]"} << QStringList{};
}

void TestResolver::edges()
{
    QFETCH(FileList, files);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unresolved);
    ProjectFixture project(files);
    const AnalysisPtr a = analyzeProject(project.path());
    QCOMPARE(a->scan.status, ScanStatus::Ok);
    QCOMPARE(edgeList(*a, false), expected);
    QCOMPARE(unresolvedList(*a), unresolved);
}

void TestResolver::excluded_data()
{
    QTest::addColumn<FileList>("files");
    QTest::addColumn<QStringList>("exclude");
    QTest::addColumn<QStringList>("expected"); // edges, externals included
    QTest::addColumn<QStringList>("unresolved");

    const FileList vendoring{
        {"app/__init__.py", ""},
        {"app/core.py", "from app._vendor import rich\nimport app._vendor.rich.text\n"
                        "from ._vendor.rich import text\nfrom . import util\nimport app.gone\n"},
        {"app/util.py", ""},
        {"app/_vendor/__init__.py", ""},
        {"app/_vendor/rich/__init__.py", ""},
        {"app/_vendor/rich/text.py", "import app.core\n"}};
    QTest::newRow("nothing left out")
        << vendoring << QStringList{}
        << QStringList{"app._vendor.rich.text -> app.core [runtime]",
                       "app.core -> app._vendor.rich [runtime]",
                       "app.core -> app._vendor.rich.text [runtime] x2",
                       "app.core -> app.util [runtime]"}
        << QStringList{"app/core.py:5 app.gone"};
    // Its imports are left out with it, never unresolved; a missing module still is.
    QTest::newRow("a folder left out")
        << vendoring << QStringList{"app/_vendor"} << QStringList{"app.core -> app.util [runtime]"}
        << QStringList{"app/core.py:5 app.gone"};
    // A top-level package left out is not someone else's code either.
    QTest::newRow("a top-level package left out")
        << FileList{{"main.py", "import gen.api\nfrom gen import api\nimport requests\n"},
                    {"gen/__init__.py", ""},
                    {"gen/api.py", ""}}
        << QStringList{"gen"} << QStringList{"main -> requests [runtime]"} << QStringList{};
}

void TestResolver::excluded()
{
    QFETCH(FileList, files);
    QFETCH(QStringList, exclude);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unresolved);
    ProjectFixture project(files);
    AnalysisOptions options;
    options.scan.exclude = exclude;
    const AnalysisPtr a = analyzeProject(project.path(), options);
    QCOMPARE(a->scan.status, ScanStatus::Ok);
    QCOMPARE(edgeList(*a, true), expected);
    QCOMPARE(unresolvedList(*a), unresolved);
}

void TestResolver::externals_data()
{
    QTest::addColumn<FileList>("files");
    QTest::addColumn<QStringList>("expected"); // "name origin"

    QTest::newRow("stdlib and third party")
        << FileList{{"m.py",
                     "import os.path\nimport json, requests\nfrom numpy.linalg import norm\n"
                     "import tomllib\nimport distutils.core\n"}}
        << QStringList{"distutils stdlib", "json stdlib",          "numpy third-party",
                       "os stdlib",        "requests third-party", "tomllib stdlib"};
    QTest::newRow("relative imports are never external")
        << FileList{{"p/__init__.py", ""}, {"p/m.py", "from .os import x\n"}} << QStringList{};
}

void TestResolver::externals()
{
    QFETCH(FileList, files);
    QFETCH(QStringList, expected);
    ProjectFixture project(files);
    const AnalysisPtr a = analyzeProject(project.path());
    QStringList got;
    for (const Node &n : a->graph.nodes()) {
        if (n.kind == NodeKind::External) {
            QCOMPARE(n.origin == Origin::Internal, false);
            got << n.name + (n.origin == Origin::Stdlib ? QLatin1String(" stdlib")
                                                        : QLatin1String(" third-party"));
        }
    }
    got.sort();
    QCOMPARE(got, expected);
}

void TestResolver::relativeBase_data()
{
    QTest::addColumn<QString>("importer");
    QTest::addColumn<bool>("isPackage");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("expected"); // "" = above the top

    QTest::newRow("module, one dot") << "a.b.c" << false << 1 << "a.b";
    QTest::newRow("module, two dots") << "a.b.c" << false << 2 << "a";
    QTest::newRow("module, three dots") << "a.b.c" << false << 3 << "";
    QTest::newRow("package, one dot") << "a.b" << true << 1 << "a.b";
    QTest::newRow("package, two dots") << "a.b" << true << 2 << "a";
    QTest::newRow("top-level module") << "m" << false << 1 << "";
    QTest::newRow("top-level package") << "p" << true << 1 << "p";
}

void TestResolver::relativeBase()
{
    QFETCH(QString, importer);
    QFETCH(bool, isPackage);
    QFETCH(int, level);
    QFETCH(QString, expected);
    const RelativeBase rb = headroom::relativeBase(importer, isPackage, level);
    QCOMPARE(rb.ok, !expected.isEmpty());
    QCOMPARE(rb.name, expected);
}

void TestResolver::projection()
{
    ProjectFixture project({{"a/__init__.py", ""},
                            {"a/x/__init__.py", ""},
                            {"a/x/one.py", "import b.y.two\nimport a.y\nimport os\n"},
                            {"a/x/two.py", "import b.y.two\nfrom a.x import one\n"},
                            {"a/y.py", "import a.y\nif x:\n    import b\n"},
                            {"b/__init__.py", ""},
                            {"b/y/__init__.py", ""},
                            {"b/y/two.py", "import a\nif z:\n    import a\n"}});
    const AnalysisPtr a = analyzeProject(project.path());
    // Module level with external nodes keeps every node and id (a copy less self-imports);
    // it must be what the general projection gives (an expanded name forces that one).
    auto same = [](const ImportGraph &x, const ImportGraph &y) {
        QCOMPARE(x.nodeCount(), y.nodeCount());
        for (int v = 0; v < x.nodeCount(); ++v) {
            QCOMPARE(x.node(v).name, y.node(v).name);
            QCOMPARE(x.node(v).parent, y.node(v).parent);
            QCOMPARE(x.node(v).children, y.node(v).children);
            QVERIFY(std::ranges::equal(x.outEdges(v), y.outEdges(v)));
            QVERIFY(std::ranges::equal(x.inEdges(v), y.inEdges(v)));
        }
        QCOMPARE(x.edgeCount(), y.edgeCount());
        for (int e = 0; e < x.edgeCount(); ++e) {
            QCOMPARE(x.edge(e).source, y.edge(e).source);
            QCOMPARE(x.edge(e).target, y.edge(e).target);
            QCOMPARE(x.edge(e).kinds, y.edge(e).kinds);
            QVERIFY(std::ranges::equal(x.edge(e).sites, y.edge(e).sites));
            QCOMPARE(x.findEdge(x.edge(e).source, x.edge(e).target), e);
        }
    };
    const int ay = a->graph.find(QStringLiteral("a.y"));
    QVERIFY(a->graph.findEdge(ay, ay) >= 0); // a self-import
    const ImportGraph modules = projectToDepth(a->graph, 0, true);
    same(modules, projectToDepth(a->graph, 0, true, nullptr, {QStringLiteral("zzz")}));
    QCOMPARE(modules.findEdge(ay, ay), -1);
    same(modules, projectToDepth(ImportGraph(a->graph), 0, true)); // taken, not copied
    same(projectToDepth(a->graph, 1, false), projectToDepth(ImportGraph(a->graph), 1, false));
    // A what-if copy: the cut import and the hidden kind's sites go, the rest stays.
    const int b = a->graph.find(QStringLiteral("b"));
    QVERIFY(a->graph.edge(a->graph.findEdge(ay, b)).kinds == kindBit(ImportKind::Conditional));
    const ImportGraph cut =
        filteredGraph(a->graph, AllImportKinds & ~kindBit(ImportKind::Conditional),
                      {{QStringLiteral("a.x.two"), QStringLiteral("a.x.one")}});
    QCOMPARE(cut.nodeCount(), a->graph.nodeCount());
    QCOMPARE(cut.edgeCount(), a->graph.edgeCount() - 2);
    QCOMPARE(cut.findEdge(ay, b), -1);
    QCOMPARE(cut.findEdge(a->graph.find(QStringLiteral("a.x.two")),
                          a->graph.find(QStringLiteral("a.x.one"))),
             -1);
    QVERIFY(cut.findEdge(ay, ay) >= 0);
    for (int e = 0; e < cut.edgeCount(); ++e) {
        const Edge &edge = cut.edge(e);
        QCOMPARE(cut.findEdge(edge.source, edge.target), e);
        const Edge &whole = a->graph.edge(a->graph.findEdge(edge.source, edge.target));
        if (whole.kinds == edge.kinds)
            QVERIFY(std::ranges::equal(whole.sites, edge.sites));
    }
    // An import made both unconditionally and under a condition keeps its unconditional site
    // alone, and the graph it was copied from keeps both.
    const int importer = a->graph.find(QStringLiteral("b.y.two"));
    const int pkg = a->graph.find(QStringLiteral("a"));
    const Edge &both = a->graph.edge(a->graph.findEdge(importer, pkg));
    QCOMPARE(both.sites.size(), std::size_t(2));
    QCOMPARE(both.kinds,
             ImportKindSet(kindBit(ImportKind::Runtime) | kindBit(ImportKind::Conditional)));
    const Edge &one = cut.edge(cut.findEdge(importer, pkg));
    QCOMPARE(one.sites.size(), std::size_t(1));
    QCOMPARE(one.sites.front().line, 1);
    QCOMPARE(one.kinds, kindBit(ImportKind::Runtime));
    QCOMPARE(a->graph.edge(a->graph.findEdge(importer, pkg)).sites.size(), std::size_t(2));
    std::vector<int> mapping;
    const ImportGraph top = projectToDepth(a->graph, 1, false, &mapping);
    QStringList names;
    for (const Node &n : top.nodes())
        names << n.name;
    names.sort();
    QCOMPARE(names, (QStringList{"a", "b"}));
    const int ab = top.findEdge(top.find(QStringLiteral("a")), top.find(QStringLiteral("b")));
    QVERIFY(ab >= 0);
    QCOMPARE(top.edge(ab).weight(), 3); // from a.x.one, a.x.two and a.y
    QVERIFY(top.findEdge(top.find(QStringLiteral("b")), top.find(QStringLiteral("a"))) >= 0);
    QCOMPARE(top.edgeCount(), 2); // edges inside a package are dropped
    QCOMPARE(mapping[std::size_t(a->graph.find(QStringLiteral("a.x.one")))],
             top.find(QStringLiteral("a")));

    const ImportGraph two = projectToDepth(a->graph, 2, true);
    QVERIFY(two.find(QStringLiteral("a.x")) >= 0);
    QVERIFY(two.find(QStringLiteral("a.x.one")) < 0);
    QVERIFY(two.find(QStringLiteral("os")) >= 0);
    QCOMPARE(two.node(two.find(QStringLiteral("a.x"))).parent, two.find(QStringLiteral("a")));
    QVERIFY(two.findEdge(two.find(QStringLiteral("a.x")), two.find(QStringLiteral("a.y"))) >= 0);

    // Expanding one package at depth 1 shows its members; the others stay collapsed.
    const ImportGraph open = projectToDepth(a->graph, 1, false, nullptr, {QStringLiteral("a")});
    QStringList openNames;
    for (const Node &n : open.nodes())
        openNames << n.name;
    openNames.sort();
    QCOMPARE(openNames, (QStringList{"a", "a.x", "a.y", "b"}));
    QVERIFY(open.findEdge(open.find(QStringLiteral("a.x")), open.find(QStringLiteral("b"))) >= 0);
    QVERIFY(open.findEdge(open.find(QStringLiteral("b")), open.find(QStringLiteral("a"))) >= 0);
}

// Lakos' measures inside a package, computed by hand: p holds its __init__, a, b and c with
// a -> b -> c; reaches are 1 (init), 3 (a), 2 (b), 1 (c), so CCD = 7 over n = 4 modules.
void TestResolver::packageCouplingByHand()
{
    ProjectFixture project({{"p/__init__.py", ""},
                            {"p/a.py", "import p.b\n"},
                            {"p/b.py", "from p import c\nimport os\n"},
                            {"p/c.py", ""},
                            {"q/d.py", "import p.a\n"}});
    const AnalysisPtr a = analyzeProject(project.path());
    const QHash<QString, PackageCoupling> costs = packageCoupling(a->graph, RuntimeImportKinds);
    const PackageCoupling p = costs.value(QStringLiteral("p"));
    QCOMPARE(p.modules, 4);
    QCOMPARE(p.acd, 1.75);
    QCOMPARE(p.propagationCost, 7.0 / 16.0);
    QVERIFY(qAbs(p.nccd - 7.0 / (5.0 * std::log2(5.0) - 4.0)) < 1e-9);
    // q's only module imports outside q: it reaches itself alone.
    QCOMPARE(costs.value(QStringLiteral("q")).acd, 1.0);
}

QTEST_GUILESS_MAIN(TestResolver)
#include "tst_resolver.moc"
