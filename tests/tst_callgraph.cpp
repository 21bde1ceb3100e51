// Static call resolution, end to end through scan, extraction and import resolution: small
// Python projects in, the exact call-graph edges out ("caller -> callee (kind)"), with rows
// that must give no edge at all. Then Django, with edges checked by reading its source. The
// DOT writer every DOT export goes through (callGraphDot among them) is checked here too.
#include "analysis.h"
#include "callgraph.h"
#include "callgraphexport.h"
#include "dotwriter.h"
#include "graphviz.h"
#include "metrics.h"
#include "projectfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>
#include <QtTest>

#include <numeric>

using namespace headroom;

namespace {

const QString DjangoDir = QStringLiteral("/usr/lib/python3/dist-packages/django");

QString describe(const CallGraph &g, const CallEdge &e)
{
    return g.node(e.caller).qualifiedName + " -> " + g.node(e.callee).qualifiedName + " (" +
           QLatin1String(keyOf(e.kind)) + ")";
}

QStringList edgeList(const CallGraph &g)
{
    QStringList out;
    for (const CallEdge &e : g.edges)
        out << describe(g, e);
    out.sort();
    return out;
}

struct Built
{
    AnalysisPtr analysis;
    CallGraph graph;
};

Built build(const FileList &files)
{
    ProjectFixture project(files);
    Built b;
    b.analysis = analyzeProject(project.path());
    b.graph = buildCallGraph(*b.analysis);
    return b;
}

// A <g> element of Graphviz's SVG: a node, an edge or the graph itself.
struct SvgGroup
{
    QStringList classes;
    QString title;
    QStringList lines; // its own <text> elements, one per label line
};

QList<SvgGroup> svgGroups(const QByteArray &svg, QString *error)
{
    QXmlStreamReader xml(svg);
    QList<SvgGroup> groups;
    QList<qsizetype> open;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("g")) {
            open.append(groups.size());
            groups.append(
                {xml.attributes().value("class").toString().split(' ', Qt::SkipEmptyParts),
                 {},
                 {}});
        } else if (token == QXmlStreamReader::StartElement && !open.isEmpty()) {
            if (xml.name() == QLatin1String("title"))
                groups[open.last()].title = xml.readElementText();
            else if (xml.name() == QLatin1String("text"))
                groups[open.last()].lines.append(xml.readElementText());
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("g")) {
            open.removeLast();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return groups;
}

} // namespace

class TestCallGraph : public QObject
{
    Q_OBJECT

private slots:
    void resolvedCohesion_data();
    void resolvedCohesion();
    void edges_data();
    void edges();
    void nodes();
    void edgesFromFile();
    void edgeSites_data();
    void edgeSites();
    void importUses();
    void classLevel();
    void exportJson();
    void exportDot();
    void dotQuoting_data();
    void dotQuoting();
    void dotValues_data();
    void dotValues();
    void django_data();
    void django();

private:
    AnalysisPtr m_django;
    QSet<QString> m_djangoEdges;
};

void TestCallGraph::edges_data()
{
    QTest::addColumn<FileList>("files");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("unresolved");

    // Names ------------------------------------------------------------------------------
    QTest::newRow("global function, module code calls")
        << FileList{{"main.py", "def helper():\n    pass\n"
                                "def run():\n    helper()\n"
                                "run()\n"}}
        << QStringList{"main -> main.run (call)", "main.run -> main.helper (call)"} << 0;
    QTest::newRow("nested and enclosing functions")
        << FileList{{"main.py", "def g():\n    pass\n"
                                "def outer():\n"
                                "    def inner():\n        g()\n"
                                "    def other():\n        inner()\n"
                                "    inner()\n    other()\n"}}
        << QStringList{"main.outer -> main.outer.inner (call)",
                       "main.outer -> main.outer.other (call)", "main.outer.inner -> main.g (call)",
                       "main.outer.other -> main.outer.inner (call)"}
        << 0;
    QTest::newRow("class body names are not seen by methods")
        << FileList{{"main.py", "def helper():\n    pass\n"
                                "class K:\n"
                                "    def helper(self):\n        pass\n"
                                "    def run(self):\n        helper()\n"}}
        << QStringList{"main.K.run -> main.helper (call)"} << 0;
    QTest::newRow("lambda calls belong to the lambda, named in its scope")
        << FileList{{"main.py", "def f():\n    pass\n"
                                "def g():\n    h = lambda: f()\n    return h\n"
                                "k = lambda: f()\n"}}
        << QStringList{"main -> main.<lambda1> (reference)", "main.<lambda1> -> main.f (call)",
                       "main.g -> main.g.<lambda1> (reference)",
                       "main.g.<lambda1> -> main.f (call)"}
        << 0;
    QTest::newRow("builtins and externals")
        << FileList{{"main.py", "import os.path\nimport requests as rq\n"
                                "from json import loads as parse\n"
                                "def run(p):\n"
                                "    os.path.join(p, 'x')\n    len(p)\n    rq.get(p)\n"
                                "    parse(p)\n"}}
        << QStringList{"main.run -> builtins.len (call)", "main.run -> json.loads (call)",
                       "main.run -> os.path.join (call)", "main.run -> requests.get (call)"}
        << 0;

    // Imports ----------------------------------------------------------------------------
    const QString impl = QStringLiteral("def f():\n    pass\ndef g():\n    pass\n");
    QTest::newRow("from-import re-exported by a package __init__")
        << FileList{{"pkg/__init__.py", "from .impl import f\n"},
                    {"pkg/impl.py", impl},
                    {"main.py", "from pkg import f\nimport pkg\n"
                                "def run():\n    f()\n    pkg.f()\n"}}
        << QStringList{"main.run -> pkg.impl.f (call)"} << 0;
    QTest::newRow("module alias and dotted module path")
        << FileList{{"pkg/__init__.py", ""},
                    {"pkg/impl.py", impl},
                    {"pkg/sub/__init__.py", ""},
                    {"pkg/sub/mod.py", "def k():\n    pass\n"},
                    {"main.py", "import pkg.impl as m\nimport pkg.sub.mod\n"
                                "def run():\n    m.g()\n    pkg.sub.mod.k()\n"
                                "    pkg.impl.f()\n"}}
        << QStringList{"main.run -> pkg.impl.f (call)", "main.run -> pkg.impl.g (call)",
                       "main.run -> pkg.sub.mod.k (call)"}
        << 0;
    QTest::newRow("aliased and relative from-imports")
        << FileList{{"pkg/__init__.py", ""},
                    {"pkg/impl.py", impl},
                    {"pkg/a.py", "from .impl import g as gg\nfrom . import impl\n"
                                 "from .. import nowhere\n"
                                 "def run():\n    gg()\n    impl.f()\n"}}
        << QStringList{"pkg.a.run -> pkg.impl.f (call)", "pkg.a.run -> pkg.impl.g (call)"} << 0;
    QTest::newRow("a name bound by __init__ hides the submodule of that name")
        << FileList{{"pkg/__init__.py", "from .main import main\nfrom pkg import helpers\n"},
                    {"pkg/main.py", "def main():\n    pass\n"},
                    {"pkg/helpers.py", "def h():\n    pass\n"},
                    {"app.py", "from pkg import main, helpers\nmain()\nhelpers.h()\n"}}
        << QStringList{"app -> pkg.helpers.h (call)", "app -> pkg.main.main (call)"} << 0;
    QTest::newRow("function-local import")
        << FileList{{"lib.py", impl},
                    {"main.py", "def run():\n    from lib import g\n    g()\n"
                                "def other():\n    g()\n"}}
        << QStringList{"main.run -> lib.g (call)"} << 1;
    QTest::newRow("star import honours __all__")
        << FileList{{"lib.py", "__all__ = ['pub']\ndef pub():\n    pass\n"
                               "def hidden():\n    pass\n"},
                    {"main.py", "from lib import *\ndef run():\n    pub()\n    hidden()\n"}}
        << QStringList{"main.run -> lib.pub (call)"} << 1;

    // Classes ----------------------------------------------------------------------------
    QTest::newRow("instantiation calls an inherited __init__")
        << FileList{{"main.py", "class Base:\n    def __init__(self):\n        pass\n"
                                "class Child(Base):\n    pass\n"
                                "def make():\n    Child()\n"}}
        << QStringList{"main.Child -> main.Base (inherit)",
                       "main.make -> main.Base.__init__ (call)",
                       "main.make -> main.Child (instantiate)"}
        << 0;
    QTest::newRow("an enum's members are instances of it")
        << FileList{{"main.py", "import enum\n"
                                "class Color(enum.Enum):\n"
                                "    RED = 1\n"
                                "    DEFAULT = RED\n"
                                "    __slots__ = ()\n"
                                "    def describe(self):\n        pass\n"
                                "    helper = staticmethod(print)\n"
                                "class Plain:\n"
                                "    RED = 1\n"
                                "    def describe(self):\n        pass\n"
                                "Color.RED.describe()\n"
                                "Color.DEFAULT.describe()\n"
                                "Color['RED'].describe()\n"
                                "for c in Color:\n    c.describe()\n"
                                "Plain.RED.describe()\n"
                                "Color.__slots__.describe()\n"}}
        << QStringList{"main -> main.Color.describe (call)",
                       "main.Color -> builtins.staticmethod (call)",
                       "main.Color -> enum.Enum (inherit)"}
        << 2;
    QTest::newRow("a dataclass's field holds what its instantiations pass")
        << FileList{{"main.py", "from dataclasses import dataclass, KW_ONLY\n"
                                "from typing import Callable, ClassVar\n"
                                "def a():\n    pass\n"
                                "def b():\n    pass\n"
                                "def c():\n    pass\n"
                                "@dataclass\n"
                                "class Job:\n"
                                "    runs: ClassVar[int] = 0\n"
                                "    cb: Callable = None\n"
                                "@dataclass(frozen=True)\n"
                                "class Retry(Job):\n"
                                "    _: KW_ONLY\n"
                                "    undo: Callable = None\n"
                                "class Plain:\n"
                                "    cb: Callable = None\n"
                                "Job(a).cb()\n"
                                "Retry(b, undo=c).undo()\n"
                                "Retry(b).cb()\n"
                                "Job.cb()\n"
                                "Plain().cb()\n"}}
        << QStringList{"main -> dataclasses.dataclass (decorator)",
                       "main -> main.Job (instantiate)",
                       "main -> main.Plain (instantiate)",
                       "main -> main.Retry (instantiate)",
                       "main -> main.a (call)",
                       "main -> main.a (reference)",
                       "main -> main.b (call)",
                       "main -> main.b (reference)",
                       "main -> main.c (call)",
                       "main -> main.c (reference)",
                       "main.Retry -> main.Job (inherit)"}
        << 2;
    QTest::newRow("a NamedTuple's field holds what its instantiations pass")
        << FileList{{"main.py", "from typing import NamedTuple, Callable\n"
                                "def a():\n    pass\n"
                                "def b():\n    pass\n"
                                "class Hook(NamedTuple):\n"
                                "    cb: Callable\n"
                                "    n: int = 0\n"
                                "Hook(a).cb()\n"
                                "Hook(n=1, cb=b)\n"}}
        << QStringList{"main -> main.Hook (instantiate)",
                       "main -> main.a (call)",
                       "main -> main.a (reference)",
                       "main -> main.b (call)",
                       "main -> main.b (reference)",
                       "main.Hook -> typing.NamedTuple (inherit)"}
        << 0;
    QTest::newRow("self and cls through the C3 order")
        << FileList{{"main.py", "class A:\n"
                                "    def m(self):\n        pass\n"
                                "    def n(self):\n        pass\n"
                                "class B(A):\n    def m(self):\n        pass\n"
                                "class C(A):\n"
                                "    def m(self):\n        pass\n"
                                "    def n(self):\n        pass\n"
                                "class D(B, C):\n"
                                "    def run(self):\n        self.m()\n        self.n()\n"
                                "    @classmethod\n"
                                "    def build(cls):\n        return cls()\n"}}
        << QStringList{"main.B -> main.A (inherit)",
                       "main.C -> main.A (inherit)",
                       "main.D -> builtins.classmethod (decorator)",
                       "main.D -> main.B (inherit)",
                       "main.D -> main.C (inherit)",
                       "main.D.build -> main.D (instantiate)",
                       "main.D.run -> main.B.m (call)",
                       "main.D.run -> main.C.n (call)"}
        << 0;
    QTest::newRow("super() calls the next class in the MRO")
        << FileList{{"base.py", "class Base:\n"
                                "    def __init__(self, x):\n        self.x = x\n"
                                "    def save(self):\n        pass\n"},
                    {"main.py", "from base import Base\n"
                                "class Child(Base):\n"
                                "    def __init__(self):\n        super().__init__(1)\n"
                                "    def save(self):\n        super().save()\n"
                                "class Root:\n"
                                "    def __init__(self):\n        super().__init__()\n"}}
        << QStringList{"main.Child -> base.Base (inherit)",
                       "main.Child.__init__ -> base.Base.__init__ (call)",
                       "main.Child.save -> base.Base.save (call)",
                       "main.Root.__init__ -> builtins.object.__init__ (call)"}
        << 0;
    QTest::newRow("instance bound in the same scope, and __call__")
        << FileList{{"main.py", "class Repo:\n"
                                "    def save(self):\n        pass\n"
                                "    def __call__(self):\n        pass\n"
                                "def use():\n    r = Repo()\n    r.save()\n    r()\n"}}
        << QStringList{"main.use -> main.Repo (instantiate)",
                       "main.use -> main.Repo.__call__ (call)", "main.use -> main.Repo.save (call)"}
        << 0;
    QTest::newRow("annotated parameters and attributes")
        << FileList{{"repo.py", "class Repo:\n    def save(self):\n        pass\n"},
                    {"main.py", "from typing import Optional\nfrom repo import Repo\n"
                                "class Service:\n"
                                "    repo: Repo\n"
                                "    def __init__(self, cache: 'Repo'):\n"
                                "        self.made = Repo()\n"
                                "        self.other: Optional[Repo] = None\n"
                                "        cache.save()\n"
                                "    def run(self, r: Repo):\n"
                                "        r.save()\n        self.repo.save()\n"
                                "        self.made.save()\n        self.other.save()\n"}}
        << QStringList{"main.Service.__init__ -> repo.Repo (instantiate)",
                       "main.Service.__init__ -> repo.Repo.save (call)",
                       "main.Service.run -> repo.Repo.save (call)"}
        << 0;
    QTest::newRow("class-level None default; an instance attribute hides a method")
        << FileList{{"main.py", "class Conn:\n    def close(self):\n        pass\n"
                                "class Pool:\n"
                                "    conn = None\n"
                                "    def open(self):\n"
                                "        self.conn = Conn()\n        self.conn.close()\n"
                                "    def save(self):\n        pass\n"
                                "    def hide(self, f):\n        self.save = f\n"
                                "    def go(self):\n        self.save()\n"}}
        << QStringList{"main.Pool.open -> main.Conn (instantiate)",
                       "main.Pool.open -> main.Conn.close (call)"}
        << 1;
    QTest::newRow("annotated and inferred return types")
        << FileList{{"main.py", "class A:\n    def m(self):\n        pass\n"
                                "def make() -> A:\n    ...\n"
                                "def build():\n    return A()\n"
                                "def maybe(flag):\n    if flag:\n        return A()\n"
                                "    return None\n"
                                "def mixed(flag):\n    if flag:\n        return A()\n"
                                "    return 1\n"
                                "def use():\n    make().m()\n    y = build()\n    y.m()\n"
                                "    maybe(1).m()\n    mixed(1).m()\n"}}
        << QStringList{"main.build -> main.A (instantiate)", "main.maybe -> main.A (instantiate)",
                       "main.mixed -> main.A (instantiate)", "main.use -> main.A.m (call)",
                       "main.use -> main.build (call)",      "main.use -> main.make (call)",
                       "main.use -> main.maybe (call)",      "main.use -> main.mixed (call)"}
        << 1;
    QTest::newRow("external base and external annotation")
        << FileList{{"main.py", "import requests\nfrom django.db import models\n"
                                "class M(models.Model):\n"
                                "    def store(self):\n        self.save()\n"
                                "def fetch(s: requests.Session):\n    s.get('u')\n"}}
        << QStringList{"main.M -> django.db.models.Model (inherit)",
                       "main.M.store -> django.db.models.Model.save (call)",
                       "main.fetch -> requests.Session.get (call)"}
        << 0;

    // Decorators and references ----------------------------------------------------------
    QTest::newRow("a decorator returning its wrapper: the name is the wrapper")
        << FileList{{"main.py", "import functools\n"
                                "def deco(fn):\n"
                                "    @functools.wraps(fn)\n"
                                "    def wrapper(*a):\n        return fn(*a)\n"
                                "    return wrapper\n"
                                "@deco\ndef target():\n    pass\n"
                                "def run():\n    target()\n"}}
        << QStringList{"main -> main.deco (decorator)", "main.deco -> functools.wraps (decorator)",
                       "main.deco -> main.deco.wrapper (reference)",
                       "main.deco.wrapper -> main.target (call)",
                       "main.run -> main.deco.wrapper (call)"}
        << 0;
    QTest::newRow("functions handed on as arguments, elements and values")
        << FileList{{"main.py", "import functools\n"
                                "def handler():\n    pass\n"
                                "def other():\n    pass\n"
                                "def register(f):\n    pass\n"
                                "class Btn:\n"
                                "    def on_click(self):\n        pass\n"
                                "    def setup(self):\n"
                                "        self.cb = self.on_click\n"
                                "        register(handler)\n"
                                "        table = {'a': handler, 'b': other}\n"
                                "        p = functools.partial(other, 1)\n"
                                "HANDLERS = [handler, other]\n"}}
        << QStringList{"main -> main.handler (reference)",
                       "main -> main.other (reference)",
                       "main.Btn.setup -> functools.partial (call)",
                       "main.Btn.setup -> main.Btn.on_click (reference)",
                       "main.Btn.setup -> main.handler (reference)",
                       "main.Btn.setup -> main.other (reference)",
                       "main.Btn.setup -> main.register (call)"}
        << 0;

    // No edge ----------------------------------------------------------------------------
    const QString f = QStringLiteral("def f():\n    pass\n");
    QTest::newRow("no edge: shadowed by a local assignment")
        << FileList{{"main.py", f + "def run(compute):\n    f = compute\n    f()\n"}}
        << QStringList{} << 1;
    QTest::newRow("no edge: shadowed by a parameter")
        << FileList{{"main.py", f + "def run(f):\n    f()\n"}} << QStringList{} << 1;
    QTest::newRow("no edge: imported name rebound")
        << FileList{{"lib.py", f},
                    {"main.py", "from lib import f\nif cond:\n    f = other\n"
                                "def run():\n    f()\n"}}
        << QStringList{} << 1;
    QTest::newRow("no edge: rebound through a global declaration")
        << FileList{{"main.py", f + "def patch():\n    global f\n    f = 1\n"
                                    "def run():\n    f()\n"}}
        << QStringList{} << 1;
    QTest::newRow("no edge: dynamic getattr")
        << FileList{{"main.py", "def run(obj, name):\n    getattr(obj, name)()\n"}}
        << QStringList{"main.run -> builtins.getattr (call)"} << 1;
    QTest::newRow("no edge: method of an unknown object")
        << FileList{{"main.py", "class A:\n    def save(self):\n        pass\n"
                                "def run(obj):\n    obj.save()\n    items[0].save()\n"}}
        << QStringList{} << 2;
    QTest::newRow("definitions in two branches: both")
        << FileList{{"main.py", "if cond:\n    def f():\n        pass\n"
                                "else:\n    def f():\n        pass\n"
                                "def run():\n    f()\n"}}
        << QStringList{"main.run -> main.f (call)", "main.run -> main.f (call)"} << 0;
    QTest::newRow("no edge: a base nothing pins down stops the lookup")
        << FileList{{"main.py", "def make_base():\n    return object\n"
                                "class K(make_base()):\n"
                                "    def run(self):\n        self.m()\n"}}
        << QStringList{"main.K -> main.make_base (call)"} << 1;

    // Broken code: error recovery must never leave a parameter without its function --------
    QTest::newRow("broken: a def without its colon, annotation calls the parameter")
        << FileList{{"main.py", "def n(e:e())"}} << QStringList{} << 1;
    QTest::newRow("broken: a valid def, then one without its colon")
        << FileList{{"main.py", "def g():\n    pass\ndef f(cb: cb()) -> None"}} << QStringList{}
        << 1;
    QTest::newRow("broken: a method without its colon")
        << FileList{{"main.py", "class K:\n    def m(self, x: x())\n"}} << QStringList{} << 1;
}

void TestCallGraph::edges()
{
    QFETCH(FileList, files);
    QFETCH(QStringList, expected);
    QFETCH(int, unresolved);
    const Built b = build(files);
    QCOMPARE(b.analysis->scan.status, ScanStatus::Ok);
    const QStringList actual = edgeList(b.graph);
    if (actual != expected)
        qWarning("actual edges:\n  %s", qPrintable(actual.join("\n  ")));
    QCOMPARE(actual, expected);
    QCOMPARE(b.graph.unresolvedTotal(), unresolved);
}

// CallGraph::setEdges(): sites in any order, repeated or not, become one edge per (caller,
// callee, kind), edges ordered by caller, callee and kind, each edge's sites ordered and once.
// A site is written "caller>callee:kind@file:line"; an edge "caller>callee:kind@file:line,...".
void TestCallGraph::edgeSites_data()
{
    QTest::addColumn<QStringList>("found");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("one site") << QStringList{"0>1:0@0:3"} << QStringList{"0>1:0@0:3"};
    QTest::newRow("sites of an edge ordered and once")
        << QStringList{"2>1:0@0:9", "2>1:0@0:3", "2>1:0@0:9", "2>1:0@1:1"}
        << QStringList{"2>1:0@0:3,0:9,1:1"};
    QTest::newRow("callers out of order")
        << QStringList{"5>0:0@0:1", "1>7:0@0:2", "3>2:0@0:3", "1>2:0@0:4"}
        << QStringList{"1>2:0@0:4", "1>7:0@0:2", "3>2:0@0:3", "5>0:0@0:1"};
    QTest::newRow("kinds of one pair apart, in kind order")
        << QStringList{"0>1:2@0:5", "0>1:0@0:5", "0>1:1@0:6"}
        << QStringList{"0>1:0@0:5", "0>1:1@0:6", "0>1:2@0:5"};
    QTest::newRow("a caller far from the others")
        << QStringList{"40000>3:0@2:8", "0>3:0@2:7", "40000>3:0@2:1"}
        << QStringList{"0>3:0@2:7", "40000>3:0@2:1,2:8"};
    QTest::newRow("nothing") << QStringList{} << QStringList{};
}

void TestCallGraph::edgeSites()
{
    QFETCH(QStringList, found);
    QFETCH(QStringList, expected);
    static const QRegularExpression site(QStringLiteral("^(\\d+)>(\\d+):(\\d)@(\\d+):(\\d+)$"));
    std::deque<CallEdgeSite> sites;
    for (const QString &text : found) {
        const QRegularExpressionMatch m = site.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text));
        sites.push_back(CallEdgeSite{m.captured(1).toInt(), m.captured(2).toInt(),
                                     CallEdgeKind(m.captured(3).toInt()),
                                     CallSite{m.captured(4).toInt(), m.captured(5).toInt()}});
    }
    CallGraph g;
    g.setEdges(std::move(sites));
    QStringList written;
    for (const CallEdge &e : g.edges) {
        QStringList at;
        for (const CallSite &s : g.sitesOf(e))
            at << QStringLiteral("%1:%2").arg(s.file).arg(s.line);
        written << QStringLiteral("%1>%2:%3@%4")
                       .arg(e.caller)
                       .arg(e.callee)
                       .arg(int(e.kind))
                       .arg(at.join(u','));
    }
    QCOMPARE(written, expected);
    QCOMPARE(g.sites.size(), std::size_t(std::accumulate(
                                 g.edges.begin(), g.edges.end(), 0,
                                 [](int n, const CallEdge &e) { return n + int(e.siteCount); })));
}

// A file's edges are the run of the sorted edges whose caller is one of its nodes (module
// code, definitions, lambdas), the last file's too.
void TestCallGraph::edgesFromFile()
{
    const Built b = build({{"pkg/__init__.py", "from pkg.b import g\n\ng()\n"},
                           {"pkg/a.py", "from pkg.b import g\n\n\ndef f():\n    return g()\n"
                                        "\n\nrun = lambda: f()\n"},
                           {"pkg/b.py", "import os\n\n\ndef g():\n    return os.getcwd()\n"
                                        "\n\nh = lambda: g()\n"}});
    const CallGraph &g = b.graph;
    QVERIFY(g.firstNode.size() == 3);
    int seen = 0;
    for (int file = 0; file < int(g.firstNode.size()); ++file) {
        std::vector<const CallEdge *> expected;
        for (const CallEdge &e : g.edges) {
            if (g.node(e.caller).file == file)
                expected.push_back(&e);
        }
        std::vector<const CallEdge *> got;
        for (const CallEdge &e : g.edgesFromFile(file))
            got.push_back(&e);
        QCOMPARE(got, expected);
        QVERIFY2(!got.empty(), qPrintable(b.analysis->file(file).relativePath));
        seen += int(got.size());
    }
    QCOMPARE(seen, int(std::count_if(g.edges.begin(), g.edges.end(), [&g](const CallEdge &e) {
                 return g.node(e.caller).file >= 0;
             })));
    QVERIFY(g.edgesFromFile(-1).empty());
    QVERIFY(g.edgesFromFile(int(g.firstNode.size())).empty());
}

void TestCallGraph::nodes()
{
    const Built b = build({{"pkg/__init__.py", ""},
                           {"pkg/mod.py", "import os\n"
                                          "class K:\n"
                                          "    def m(self):\n"
                                          "        def inner():\n            pass\n"
                                          "        os.getcwd()\n"
                                          "def f():\n    pass\n"}});
    const CallGraph &g = b.graph;
    const int mod = g.find("pkg.mod");
    QVERIFY(mod >= 0);
    QCOMPARE(g.node(mod).kind, CallNodeKind::Module);
    QCOMPARE(g.node(mod).endLine, 8);
    QCOMPARE(b.analysis->graph.node(g.node(mod).module).name, QStringLiteral("pkg.mod"));
    struct Expect
    {
        const char *name;
        CallNodeKind kind;
        int line, endLine;
        const char *parent;
    };
    const Expect expected[] = {
        {"pkg.mod.K", CallNodeKind::Class, 2, 6, "pkg.mod"},
        {"pkg.mod.K.m", CallNodeKind::Method, 3, 6, "pkg.mod.K"},
        {"pkg.mod.K.m.inner", CallNodeKind::Function, 4, 5, "pkg.mod.K.m"},
        {"pkg.mod.f", CallNodeKind::Function, 7, 8, "pkg.mod"},
    };
    for (const Expect &e : expected) {
        const int n = g.find(e.name);
        QVERIFY2(n >= 0, e.name);
        QCOMPARE(g.node(n).kind, e.kind);
        QCOMPARE(g.node(n).line, e.line);
        QCOMPARE(g.node(n).endLine, e.endLine);
        QCOMPARE(g.node(g.node(n).parent).qualifiedName, QString::fromLatin1(e.parent));
        QCOMPARE(g.node(n).module, g.node(mod).module);
        QCOMPARE(g.classOf(n),
                 e.kind == CallNodeKind::Function && e.line == 7 ? -1 : g.find("pkg.mod.K"));
    }
    const int ext = g.find("os.getcwd");
    QVERIFY(ext >= 0);
    QCOMPARE(g.node(ext).kind, CallNodeKind::External);
    QCOMPARE(g.node(ext).file, -1);
    QCOMPARE(g.node(ext).module, -1);
}

void TestCallGraph::importUses()
{
    const Built b = build({{"pkg/__init__.py", "from .impl import f\n"},
                           {"pkg/impl.py", "def f():\n    pass\n"},
                           {"other.py", "def unused():\n    pass\n"},
                           {"main.py", "import os\nimport other\nfrom pkg import f\n"
                                       "def run():\n    f()\n    os.getcwd()\n"}});
    const ImportGraph &ig = b.analysis->graph;
    const CallGraph &g = b.graph;
    QCOMPARE(int(g.importUses.size()), ig.edgeCount());
    auto uses = [&](const char *from, const char *to) {
        const int e = ig.findEdge(ig.find(from), ig.find(to));
        if (e < 0)
            return QStringList{"no import edge"};
        QStringList out;
        for (const int i : g.importUses[std::size_t(e)])
            out << describe(g, g.edges[std::size_t(i)]);
        return out;
    };
    QCOMPARE(uses("main", "pkg"), QStringList{"main.run -> pkg.impl.f (call)"});
    QCOMPARE(uses("main", "os"), QStringList{"main.run -> os.getcwd (call)"});
    QCOMPARE(uses("main", "other"), QStringList{});
    QCOMPARE(uses("pkg", "pkg.impl"), QStringList{}); // re-export only
    QVERIFY(g.importUnused(ig.findEdge(ig.find("main"), ig.find("other"))));
    QVERIFY(!g.importUnused(ig.findEdge(ig.find("main"), ig.find("pkg"))));
}

void TestCallGraph::classLevel()
{
    const Built b =
        build({{"main.py", "class Repo:\n    def save(self):\n        pass\n"
                           "class Base:\n    pass\n"
                           "class Service(Base):\n"
                           "    def run(self, r: Repo):\n        r.save()\n        Repo()\n"
                           "        self.helper()\n"
                           "    def helper(self):\n        pass\n"
                           "class Error(ValueError):\n    pass\n"}});
    const CallGraph classes = projectToClasses(b.graph);
    QCOMPARE(edgeList(classes), (QStringList{"main.Error -> builtins.ValueError (inherit)",
                                             "main.Service -> main.Base (inherit)",
                                             "main.Service -> main.Repo (uses)"}));
    const int uses =
        int(std::find_if(classes.edges.begin(), classes.edges.end(),
                         [](const CallEdge &e) { return e.kind == CallEdgeKind::Uses; }) -
            classes.edges.begin());
    QCOMPARE(int(classes.edges[std::size_t(uses)].siteCount), 2); // lines 8 and 9
    for (const CallNode &n : classes.nodes)
        QVERIFY(n.kind == CallNodeKind::Class || n.kind == CallNodeKind::Builtin);
}

void TestCallGraph::exportJson()
{
    const Built b = build({{"main.py", "class A:\n    def m(self):\n        pass\n"
                                       "def run():\n    A().m()\n    A().m()\n    x.y()\n"}});
    const QJsonObject root =
        QJsonDocument::fromJson(callGraphJson(*b.analysis, b.graph, false)).object();
    QCOMPARE(root.value("level").toString(), QStringLiteral("function"));
    QVERIFY(root.contains("project"));
    QCOMPARE(root.value("unresolved").toObject().value("main").toInt(), 1);
    const QJsonArray nodes = root.value("nodes").toArray();
    QJsonObject method;
    for (const QJsonValue &n : nodes) {
        if (n.toObject().value("id").toString() == QLatin1String("main.A.m"))
            method = n.toObject();
    }
    QCOMPARE(method.value("kind").toString(), QStringLiteral("method"));
    QCOMPARE(method.value("path").toString(), QStringLiteral("main.py"));
    QCOMPARE(method.value("line").toInt(), 2);
    QCOMPARE(method.value("parent").toString(), QStringLiteral("main.A"));
    QJsonObject call;
    for (const QJsonValue &e : root.value("edges").toArray()) {
        const QJsonObject o = e.toObject();
        if (o.value("target").toString() == QLatin1String("main.A.m"))
            call = o;
    }
    QCOMPARE(call.value("source").toString(), QStringLiteral("main.run"));
    QCOMPARE(call.value("kind").toString(), QStringLiteral("call"));
    const QJsonArray sites = call.value("sites").toArray();
    QCOMPARE(sites.size(), 2);
    QCOMPARE(sites.at(1).toObject().value("file").toString(), QStringLiteral("main.py"));
    QCOMPARE(sites.at(1).toObject().value("line").toInt(), 6);

    const QJsonObject classes =
        QJsonDocument::fromJson(callGraphJson(*b.analysis, b.graph, true)).object();
    QCOMPARE(classes.value("level").toString(), QStringLiteral("class"));
    QCOMPARE(classes.value("nodes").toArray().size(), 1);
}

void TestCallGraph::exportDot()
{
    const Built b = build({{"main.py", "class A:\n    pass\nclass B(A):\n    pass\n"
                                       "def run():\n    B()\n"}});
    const QByteArray dot = callGraphDot(*b.analysis, b.graph, false);
    QVERIFY(dot.startsWith("digraph "));
    QVERIFY(dot.contains("\"main.run\" -> \"main.B\" [kind=instantiate"));
    QVERIFY(dot.contains("\"main.B\" -> \"main.A\" [kind=inherit"));
    const QByteArray classDot = callGraphDot(*b.analysis, b.graph, true);
    QVERIFY(classDot.contains("\"main.B\" -> \"main.A\" [kind=inherit"));
    QVERIFY(!classDot.contains("main.run"));
}

// Names as DOT strings: escaped in one place, read back by Graphviz as they were written.
void TestCallGraph::dotQuoting_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("quoted");
    QTest::addColumn<QString>("shown"); // the label's lines as Graphviz draws them

    QTest::newRow("plain") << "shop.a" << QByteArray(R"("shop.a")") << "shop.a";
    QTest::newRow("a DOT keyword") << "graph" << QByteArray(R"("graph")") << "graph";
    QTest::newRow("quotes") << R"(say "hi")" << QByteArray(R"("say \"hi\"")") << R"(say "hi")";
    QTest::newRow("backslashes, one before N")
        << R"(C:\temp\N)" << QByteArray(R"("C:\\temp\\N")") << R"(C:\temp\N)";
    QTest::newRow("a backslash at the end")
        << R"(ends with \)" << QByteArray(R"("ends with \\")") << R"(ends with \)";
    QTest::newRow("a newline") << "two\nlines" << QByteArray(R"("two\nlines")") << "two\nlines";
    QTest::newRow("CR LF") << "two\r\nlines" << QByteArray(R"("two\nlines")") << "two\nlines";
    QTest::newRow("a backslash before a newline")
        << "end\\\nnext" << QByteArray(R"("end\\\nnext")") << "end\\\nnext";
    QTest::newRow("markup") << "<b>a & b</b>" << QByteArray(R"("<b>a & b</b>")") << "<b>a & b</b>";
    QTest::newRow("non-ASCII") << QString::fromUtf8("café.модуль ✂ 東京")
                               << QByteArray("\"café.модуль ✂ 東京\"")
                               << QString::fromUtf8("café.модуль ✂ 東京");
}

void TestCallGraph::dotQuoting()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, quoted);
    QFETCH(QString, shown);
    QCOMPARE(dotQuoted(name), quoted);

    // The name as graph name and title, node id (its label is the id), label and edge label.
    DotWriter writer(name, {dotText("label", name)}, {{"shape", "box"}}, {});
    writer.node(name);
    writer.node("other", {dotText("label", name)});
    writer.sameRank({name, "other"}, name);
    writer.edge(name, "other", {dotText("label", name)});
    const QByteArray dot = writer.finish();
    QVERIFY2(dot.startsWith("digraph " + quoted + " {\n"), dot.constData());
    QVERIFY2(dot.contains("\n  " + quoted + ";\n"), dot.constData());

    const GraphvizResult svg = renderDot(dot, "dot", "svg");
    QVERIFY2(!svg.output.isEmpty(), qPrintable(svg.error + '\n' + QString::fromUtf8(dot)));
    QString error;
    const QList<SvgGroup> groups = svgGroups(svg.output, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList drawn; // each group's label: graph, two nodes, one edge
    for (const SvgGroup &g : groups)
        drawn << g.classes.value(0) + ": " + g.lines.join('\n');
    const QString line = ": " + shown;
    QCOMPARE(drawn, (QStringList{"graph" + line, "node" + line, "node" + line, "edge" + line}));
    // Parsed, written out again and parsed once more: still two nodes and one edge.
    const GraphvizResult canon = renderDot(dot, "dot", "canon");
    QVERIFY2(!canon.output.isEmpty(), qPrintable(canon.error));
    const GraphvizResult plain = renderDot(canon.output, "dot", "plain");
    QVERIFY2(!plain.output.isEmpty(), qPrintable(plain.error));
    QCOMPARE(plain.output.count("\nnode "), 2);
    QCOMPARE(plain.output.count("\nedge "), 1);
}

// Attribute values: bare where DOT reads them as one word or number, quoted otherwise; a
// class list grows by words.
void TestCallGraph::dotValues_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("text");
    QTest::addColumn<QByteArray>("written");

    QTest::newRow("word") << QByteArray("module") << false << QByteArray("kind=module");
    QTest::newRow("word with digits") << QByteArray("type_2") << false << QByteArray("kind=type_2");
    QTest::newRow("whole number") << QByteArray("12") << false << QByteArray("kind=12");
    QTest::newRow("decimal") << QByteArray("0.7") << false << QByteArray("kind=0.7");
    QTest::newRow("negative") << QByteArray("-.5") << false << QByteArray("kind=-.5");
    QTest::newRow("two dots") << QByteArray("1.2.3") << false << QByteArray(R"(kind="1.2.3")");
    QTest::newRow("digit first") << QByteArray("2nd") << false << QByteArray(R"(kind="2nd")");
    QTest::newRow("keyword") << QByteArray("Subgraph") << false << QByteArray(R"(kind="Subgraph")");
    QTest::newRow("colour") << QByteArray("#eef2f7") << false << QByteArray(R"(kind="#eef2f7")");
    QTest::newRow("list") << QByteArray("rounded,filled") << false
                          << QByteArray(R"(kind="rounded,filled")");
    QTest::newRow("empty") << QByteArray() << false << QByteArray(R"(kind="")");
    QTest::newRow("non-ASCII") << QByteArray("\xe2\x9c\x82") << false
                               << QByteArray("kind=\"\xe2\x9c\x82\"");
    QTest::newRow("text is always quoted")
        << QByteArray("module") << true << QByteArray(R"(kind="module")");
}

void TestCallGraph::dotValues()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, text);
    QFETCH(QByteArray, written);
    DotAttributes attributes{{"kind", value, text}};
    DotWriter::addClass(attributes, "cycle");
    DotWriter::addClass(attributes, "cut");
    DotWriter::addClass(attributes, "cycle");
    DotWriter writer("g", {}, {}, {});
    writer.node("a", attributes);
    const QByteArray dot = writer.finish();
    QCOMPARE(dot, "digraph \"g\" {\n  \"a\" [" + written + ", class=\"cycle cut\"];\n}\n");
    const GraphvizResult svg = renderDot(dot, "dot", "svg");
    QVERIFY2(!svg.output.isEmpty(), qPrintable(svg.error));
    QString error;
    const QList<SvgGroup> groups = svgGroups(svg.output, &error);
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups[1].classes, (QStringList{"node", "cycle", "cut"}));
}

void TestCallGraph::django_data()
{
    QTest::addColumn<QString>("edge");

    // base.py: from django.utils.hashable import make_hashable; from django.utils.encoding
    // import force_str; _get_FIELD_display calls both (lines 973, 975).
    QTest::newRow("model method calls an imported helper")
        << "django.db.models.base.Model._get_FIELD_display -> "
           "django.utils.hashable.make_hashable (call)";
    QTest::newRow("second helper from another module")
        << "django.db.models.base.Model._get_FIELD_display -> "
           "django.utils.encoding.force_str (call)";
    // Model.save: self.save_base(using=using, ...) (line 739).
    QTest::newRow("self method") << "django.db.models.base.Model.save -> "
                                    "django.db.models.base.Model.save_base (call)";
    // Model.__init__: pre_init.send(...); signals.py: pre_init = ModelSignal(...),
    // class ModelSignal(Signal) without send; Signal comes through django/dispatch/__init__.py
    // (from django.dispatch.dispatcher import Signal), which defines send.
    QTest::newRow("module-level instance, inherited method, re-export")
        << "django.db.models.base.Model.__init__ -> "
           "django.dispatch.dispatcher.Signal.send (call)";
    QTest::newRow("instantiation runs the inherited __init__")
        << "django.db.models.signals -> django.dispatch.dispatcher.Signal.__init__ (call)";
    // related.py: ForeignKey(ForeignObject).__init__ calls super().__init__ (line 825).
    QTest::newRow("super().__init__ of an internal base")
        << "django.db.models.fields.related.ForeignKey.__init__ -> "
           "django.db.models.fields.related.ForeignObject.__init__ (call)";
    QTest::newRow("super().__init__ one level down")
        << "django.db.models.fields.related.OneToOneField.__init__ -> "
           "django.db.models.fields.related.ForeignKey.__init__ (call)";
    // ManyToManyField(RelatedField); RelatedField(FieldCacheMixin, Field) defines no
    // __init__, nor does FieldCacheMixin (fields/mixins.py): Field.__init__ is next.
    QTest::newRow("super().__init__ across the C3 order")
        << "django.db.models.fields.related.ManyToManyField.__init__ -> "
           "django.db.models.fields.Field.__init__ (call)";
    // `from . import Field` in fields/related.py; `from .mixins import FieldCacheMixin`.
    QTest::newRow("inherit from a package's class")
        << "django.db.models.fields.related.RelatedField -> "
           "django.db.models.fields.Field (inherit)";
    QTest::newRow("inherit from a sibling module's class")
        << "django.db.models.fields.related.RelatedField -> "
           "django.db.models.fields.mixins.FieldCacheMixin (inherit)";
    // signals.py: ModelSignal._lazy_method calls make_model_tuple (from
    // django.db.models.utils) and functools.partial.
    QTest::newRow("helper from a utils module")
        << "django.db.models.signals.ModelSignal._lazy_method -> "
           "django.db.models.utils.make_model_tuple (call)";
    QTest::newRow("external call") << "django.db.models.signals.ModelSignal._lazy_method -> "
                                      "functools.partial (call)";
}

void TestCallGraph::django()
{
    if (!QFileInfo::exists(DjangoDir + QLatin1String("/db/models/base.py")))
        QSKIP("Debian's python3-django is not installed (./setup.sh test installs it)");
    if (!m_django) {
        m_django = analyzeProject(DjangoDir);
        QCOMPARE(m_django->scan.status, ScanStatus::Ok);
        QElapsedTimer timer;
        timer.start();
        const CallGraph graph = buildCallGraph(*m_django);
        qInfo("Django: %d nodes, %d edges, %d unresolved calls; call graph in %lld ms",
              int(graph.nodes.size()), int(graph.edges.size()), graph.unresolvedTotal(),
              timer.elapsed());
        for (const CallEdge &e : graph.edges)
            m_djangoEdges.insert(describe(graph, e));
    }
    QFETCH(QString, edge);
    QVERIFY2(m_djangoEdges.contains(edge), qPrintable(edge));
}

// Cohesion counts the uses the call graph resolved, beyond the names read syntactically.
void TestCallGraph::resolvedCohesion_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("lcom4Without");
    QTest::addColumn<int>("lcom4With");
    QTest::addColumn<int>("partsWithout");
    QTest::addColumn<int>("partsWith");
    QTest::newRow("method called through the class name")
        << "class C:\n    def a(self):\n        C.b(self)\n    def b(self):\n        pass\n"
        << 2 << 1 << 1 << 1;
    // A module-level alias bound once stands for what it names: b calls a through it.
    QTest::newRow("call through a module-level alias")
        << "def a():\n    pass\nalias = a\ndef b():\n    alias()\n"
        << 0 << 0 << 2 << 1;
    // Bound to two functions, the alias names neither: nothing links.
    QTest::newRow("call through an alias bound in a branch: both")
        << "import sys\ndef a():\n    pass\ndef c():\n    pass\nalias = a\n"
           "if sys.argv:\n    alias = c\ndef b():\n    alias()\n"
        << 0 << 0 << 3 << 1;
    QTest::newRow("classmethod calling a sibling through the class")
        << "class C:\n    @classmethod\n    def make(cls):\n        return C.build()\n    "
           "@staticmethod\n    def build():\n        return 1\n"
        << 2 << 1 << 1 << 1;
    QTest::newRow("unrelated parts stay apart")
        << "class C:\n    def a(self):\n        self.x = 1\n    def b(self):\n        self.y = 2\n"
        << 2 << 2 << 1 << 1;
}

void TestCallGraph::resolvedCohesion()
{
    QFETCH(QString, source);
    QFETCH(int, lcom4Without);
    QFETCH(int, lcom4With);
    QFETCH(int, partsWithout);
    QFETCH(int, partsWith);
    ProjectFixture project(FileList{{"m.py", source}});
    const AnalysisPtr a = analyzeProject(project.path());
    const CallGraph graph = buildCallGraph(*a);
    for (const bool calls : {false, true}) {
        const Metrics m = computeMetrics(*a, a->graph, {}, calls ? &graph : nullptr);
        const int lcom4 = m.classes.empty() ? 0 : m.classes.front().lcom4;
        QCOMPARE(lcom4, calls ? lcom4With : lcom4Without);
        QCOMPARE(m.nodes[std::size_t(a->graph.find(QStringLiteral("m")))].moduleCohesion,
                 calls ? partsWith : partsWithout);
    }
}

QTEST_GUILESS_MAIN(TestCallGraph)
#include "tst_callgraph.moc"
