#include "extractor.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

namespace headroom {

namespace {

// Facts written the way the code reads, so that a row shows what it expects:
//   imports     "from ..a import b as c @3 runtime"   (kinds: runtime typing local cond)
//   definitions "method K.m parent=0 @3-5 cc=2 sloc=3 bases=(A) decorators=(x) async"
//   calls       "os.path.join scope=-1 @2"
//   attributes  "x scope=1 @4 store"
//   names       "CONST scope=0 @4"
//   diagnostics "syntax-error @2 detail"
QString kindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Runtime:
        return "runtime";
    case ImportKind::TypeChecking:
        return "typing";
    case ImportKind::FunctionLocal:
        return "local";
    case ImportKind::Conditional:
        return "cond";
    }
    return "?";
}

QString describe(const ImportFact &i)
{
    QString text =
        i.isFrom ? "from " + QString(i.level, QLatin1Char('.')) + i.module + " import " + i.name
                 : "import " + i.module;
    if (!i.alias.isEmpty())
        text += " as " + i.alias;
    return text + QStringLiteral(" @%1 ").arg(i.line) + kindName(i.kind);
}

QString describe(const Definition &d)
{
    static const char *const kinds[] = {"class", "function", "method"};
    QString text = QStringLiteral("%1 %2 parent=%3 @%4-%5 cc=%6 sloc=%7")
                       .arg(kinds[int(d.kind)], d.qualName)
                       .arg(d.parent)
                       .arg(d.line)
                       .arg(d.endLine)
                       .arg(d.complexity)
                       .arg(d.sloc);
    if (!d.bases.isEmpty())
        text += " bases=(" + d.bases.join(", ") + ")";
    if (!d.decorators.isEmpty())
        text += " decorators=(" + d.decorators.join(", ") + ")";
    if (d.isAsync)
        text += " async";
    return text;
}

QString describe(const CallFact &c)
{
    return QStringLiteral("%1 scope=%2 @%3").arg(c.callee).arg(c.scope).arg(c.line);
}

QString describe(const AttributeUse &a)
{
    return QStringLiteral("%1 scope=%2 @%3 %4")
        .arg(a.attribute)
        .arg(a.scope)
        .arg(a.line)
        .arg(a.store ? "store" : "load");
}

QString describe(const NameUse &n)
{
    return QStringLiteral("%1 scope=%2 @%3").arg(n.name).arg(n.scope).arg(n.line);
}

QString describe(const Binding &b)
{
    static const char *const kinds[] = {"plain", "call",   "annotated", "param",
                                        "none",  "global", "nonlocal"};
    QString text = QStringLiteral("%1%2 scope=%3 @%4 %5")
                       .arg(b.selfAttribute ? "self." : "", b.name)
                       .arg(b.scope)
                       .arg(b.line)
                       .arg(kinds[int(b.kind)]);
    return b.value.isEmpty() ? text : text + "=" + b.value;
}

QString describe(const ReferenceFact &r)
{
    return QStringLiteral("%1 scope=%2 @%3").arg(r.name).arg(r.scope).arg(r.line);
}

// What a call of each function gives: "f returns=A calls=(A, B) other self=self".
QStringList describeReturns(const std::vector<Definition> &definitions)
{
    QStringList list;
    for (const Definition &d : definitions) {
        QString text = d.qualName;
        if (!d.returns.isEmpty())
            text += " returns=" + d.returns;
        if (!d.returnCalls.isEmpty())
            text += " calls=(" + d.returnCalls.join(", ") + ")";
        if (d.returnsOther)
            text += " other";
        if (!d.selfName.isEmpty())
            text += " self=" + d.selfName;
        list.append(text);
    }
    return list;
}

QString describe(const Diagnostic &d)
{
    return QStringLiteral("%1 @%2 %3").arg(keyOf(d.code)).arg(d.line).arg(d.detail);
}

template <typename T> QStringList describeAll(const std::vector<T> &items)
{
    QStringList list;
    for (const T &item : items)
        list.append(describe(item));
    return list;
}

FileFacts extract(const QByteArray &source, const ExtractOptions &options = {})
{
    PythonExtractor extractor;
    return extractor.extract(source, options);
}

QByteArray repeated(const char *text, int count)
{
    return QByteArray(text).repeated(count);
}

// A module of `count` assignments between two imports at the top and a function at the end.
QByteArray generatedModule(int count)
{
    QByteArray source = "import os\nfrom a.b import c\n";
    source.reserve(count * 100);
    for (int i = 0; i < count; ++i) {
        source += "value_number_" + QByteArray::number(i) + " = " + QByteArray::number(i) + " + " +
                  QByteArray::number(i) +
                  " * 2  # a comment that pads this generated line out to about a hundred bytes\n";
    }
    source += "def last():\n    return value_number_0\n";
    return source;
}

} // namespace

class TestExtractor : public QObject
{
    Q_OBJECT

private slots:
    void grammarLoads();
    void imports_data();
    void imports();
    void importKinds_data();
    void importKinds();
    void definitions_data();
    void definitions();
    void calls_data();
    void calls();
    void attributes_data();
    void attributes();
    void names_data();
    void names();
    void bindings_data();
    void bindings();
    void references_data();
    void references();
    void returns_data();
    void returns();
    void callGraphFlags();
    void moduleNames_data();
    void moduleNames();
    void badInput_data();
    void badInput();
    void python2_data();
    void python2();
    void largeFile();
    void deepNesting_data();
    void deepNesting();
    void timeoutAndCancel();
    void files_data();
    void files();
    void parseOnly_data();
    void parseOnly();
};

void TestExtractor::grammarLoads()
{
    PythonExtractor extractor;
    QVERIFY(extractor.isValid());
}

void TestExtractor::imports_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("dotted") << QByteArray("import a.b.c\n")
                            << QStringList{"import a.b.c @1 runtime"};
    QTest::newRow("alias and second")
        << QByteArray("import a.b as x, c\n")
        << QStringList{"import a.b as x @1 runtime", "import c @1 runtime"};
    QTest::newRow("from names") << QByteArray("from a.b import c, d as e\n")
                                << QStringList{"from a.b import c @1 runtime",
                                               "from a.b import d as e @1 runtime"};
    QTest::newRow("parenthesized")
        << QByteArray("from a.b import (c,\n    d,\n)\n")
        << QStringList{"from a.b import c @1 runtime", "from a.b import d @1 runtime"};
    QTest::newRow("relative dot") << QByteArray("from . import x\n")
                                  << QStringList{"from . import x @1 runtime"};
    QTest::newRow("relative two dots")
        << QByteArray("from ..a import b\n") << QStringList{"from ..a import b @1 runtime"};
    QTest::newRow("relative dotted")
        << QByteArray("from .a.b import c\n") << QStringList{"from .a.b import c @1 runtime"};
    QTest::newRow("relative three dots")
        << QByteArray("from ... import x\n") << QStringList{"from ... import x @1 runtime"};
    QTest::newRow("star") << QByteArray("from a import *\n")
                          << QStringList{"from a import * @1 runtime"};
    QTest::newRow("future") << QByteArray("from __future__ import annotations\n")
                            << QStringList{"from __future__ import annotations @1 runtime"};
    QTest::newRow("line numbers") << QByteArray("\n# comment\nimport os\n\n\nfrom x import y\n")
                                  << QStringList{"import os @3 runtime",
                                                 "from x import y @6 runtime"};
    QTest::newRow("spaced dots") << QByteArray("import a . b\n")
                                 << QStringList{"import a.b @1 runtime"};
    QTest::newRow("semicolons") << QByteArray("import a; import b\n")
                                << QStringList{"import a @1 runtime", "import b @1 runtime"};
    QTest::newRow("backslash continuation")
        << QByteArray("from a import b, \\\n    c\n")
        << QStringList{"from a import b @1 runtime", "from a import c @1 runtime"};
    QTest::newRow("none") << QByteArray("x = 1\n") << QStringList{};
}

void TestExtractor::imports()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, expected);
    const FileFacts facts = extract(source);
    QCOMPARE(describeAll(facts.imports), expected);
    for (const ImportFact &i : facts.imports)
        QCOMPARE(i.isFrom, !i.name.isEmpty());
    QVERIFY(facts.parsed);
    QCOMPARE(describeAll(facts.diagnostics), QStringList{});
}

void TestExtractor::importKinds_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("function-local")
        << QByteArray("def f():\n    import a\n") << QStringList{"import a @2 local"};
    QTest::newRow("method") << QByteArray("class K:\n    def m(self):\n        from a import b\n")
                            << QStringList{"from a import b @3 local"};
    QTest::newRow("nested if inside def")
        << QByteArray("def f(x):\n    if x:\n        import a\n    try:\n        import b\n"
                      "    except ImportError:\n        pass\n")
        << QStringList{"import a @3 local", "import b @5 local"};
    QTest::newRow("TYPE_CHECKING")
        << QByteArray("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import a\n")
        << QStringList{"from typing import TYPE_CHECKING @1 runtime", "import a @3 typing"};
    QTest::newRow("typing.TYPE_CHECKING")
        << QByteArray("import typing\nif typing.TYPE_CHECKING:\n    from a import b\n")
        << QStringList{"import typing @1 runtime", "from a import b @3 typing"};
    QTest::newRow("alias.TYPE_CHECKING")
        << QByteArray("if t.TYPE_CHECKING:\n    import a\n") << QStringList{"import a @2 typing"};
    QTest::newRow("else of TYPE_CHECKING")
        << QByteArray("if TYPE_CHECKING:\n    import a\nelse:\n    import b\n")
        << QStringList{"import a @2 typing", "import b @4 cond"};
    QTest::newRow("elif of TYPE_CHECKING")
        << QByteArray("if TYPE_CHECKING:\n    import a\nelif x:\n    import b\n")
        << QStringList{"import a @2 typing", "import b @4 cond"};
    QTest::newRow("not TYPE_CHECKING")
        << QByteArray("if not TYPE_CHECKING:\n    import a\n") << QStringList{"import a @2 cond"};
    QTest::newRow("TYPE_CHECKING and x")
        << QByteArray("if TYPE_CHECKING and x:\n    import a\n") << QStringList{"import a @2 cond"};
    QTest::newRow("function under TYPE_CHECKING")
        << QByteArray("if TYPE_CHECKING:\n    def f():\n        import a\n")
        << QStringList{"import a @3 typing"};
    QTest::newRow("try except ImportError")
        << QByteArray("try:\n    import ujson as json\nexcept ImportError:\n    import json\n")
        << QStringList{"import ujson as json @2 cond", "import json @4 cond"};
    QTest::newRow("try else finally")
        << QByteArray("try:\n    pass\nexcept Exception:\n    pass\nelse:\n    import a\n"
                      "finally:\n    import b\n")
        << QStringList{"import a @6 cond", "import b @8 cond"};
    QTest::newRow("class body") << QByteArray("class K:\n    import a\n")
                                << QStringList{"import a @2 runtime"};
    QTest::newRow("with block") << QByteArray("with lock:\n    import a\n")
                                << QStringList{"import a @2 runtime"};
    QTest::newRow("loops") << QByteArray("for x in y:\n    import a\nwhile z:\n    import b\n")
                           << QStringList{"import a @2 cond", "import b @4 cond"};
    QTest::newRow("match") << QByteArray("match v:\n    case 1:\n        import a\n")
                           << QStringList{"import a @3 cond"};
    QTest::newRow("class inside function")
        << QByteArray("def f():\n    class K:\n        import a\n")
        << QStringList{"import a @3 local"};
}

void TestExtractor::importKinds()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, expected);
    QCOMPARE(describeAll(extract(source).imports), expected);
}

void TestExtractor::definitions_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("nested") << QByteArray("class Outer:\n"
                                          "    def method(self):\n"
                                          "        def inner():\n"
                                          "            pass\n"
                                          "        return inner\n"
                                          "    class Nested:\n"
                                          "        async def deep(self):\n"
                                          "            pass\n"
                                          "def top():\n"
                                          "    pass\n")
                            << QStringList{
                                   "class Outer parent=-1 @1-8 cc=1 sloc=8",
                                   "method Outer.method parent=0 @2-5 cc=1 sloc=4",
                                   "function Outer.method.inner parent=1 @3-4 cc=1 sloc=2",
                                   "class Outer.Nested parent=0 @6-8 cc=1 sloc=3",
                                   "method Outer.Nested.deep parent=3 @7-8 cc=1 sloc=2 async",
                                   "function top parent=-1 @9-10 cc=1 sloc=2",
                               };
    QTest::newRow("bases without keywords")
        << QByteArray("class A(Base, mixins.Mixin, Generic[T], metaclass=ABCMeta, **kw):\n"
                      "    pass\n")
        << QStringList{"class A parent=-1 @1-2 cc=1 sloc=2 bases=(Base, mixins.Mixin, Generic[T])"};
    QTest::newRow("decorators")
        << QByteArray("@dataclass(frozen=True)\n"
                      "class P:\n"
                      "    x: int\n"
                      "\n"
                      "    @property\n"
                      "    def y(self):\n"
                      "        return 1\n"
                      "\n"
                      "    @staticmethod\n"
                      "    @functools.lru_cache(maxsize=None)\n"
                      "    def z():\n"
                      "        return 2\n")
        << QStringList{
               "class P parent=-1 @2-12 cc=1 sloc=9 "
               "decorators=(dataclass(frozen=True))",
               "method P.y parent=0 @6-7 cc=1 sloc=2 decorators=(property)",
               "method P.z parent=0 @11-12 cc=1 sloc=2 "
               "decorators=(staticmethod, functools.lru_cache(maxsize=None))",
           };
    // 1 + if, and, elif, or, for, while, except, except, comprehension for and if,
    // conditional expression = 12.
    QTest::newRow("complexity") << QByteArray("def f(a, b):\n"
                                              "    if a and b:\n"
                                              "        return 1\n"
                                              "    elif a or b:\n"
                                              "        return 2\n"
                                              "    for x in a:\n"
                                              "        while b:\n"
                                              "            pass\n"
                                              "    try:\n"
                                              "        pass\n"
                                              "    except ValueError:\n"
                                              "        pass\n"
                                              "    except Exception:\n"
                                              "        pass\n"
                                              "    return [y for y in a if y] if a else None\n")
                                << QStringList{"function f parent=-1 @1-15 cc=12 sloc=15"};
    QTest::newRow("nested complexity stays nested")
        << QByteArray("def outer(x):\n"
                      "    def inner(y):\n"
                      "        return y if y else 0\n"
                      "    if x:\n"
                      "        return inner(x)\n"
                      "    return 0\n")
        << QStringList{"function outer parent=-1 @1-6 cc=2 sloc=6",
                       "function outer.inner parent=0 @2-3 cc=2 sloc=2"};
    QTest::newRow("match cases") << QByteArray("def m(v):\n"
                                               "    match v:\n"
                                               "        case 1:\n"
                                               "            return 'a'\n"
                                               "        case 2 | 3:\n"
                                               "            return 'b'\n"
                                               "        case _:\n"
                                               "            return 'c'\n")
                                 << QStringList{"function m parent=-1 @1-8 cc=4 sloc=8"};
    QTest::newRow("with and assert add nothing")
        << QByteArray("def w(a):\n    with open(a) as f:\n        assert f\n    return f\n")
        << QStringList{"function w parent=-1 @1-4 cc=1 sloc=4"};
    QTest::newRow("lambda counts for its function")
        << QByteArray("def l(a):\n    return lambda: a or 1\n")
        << QStringList{"function l parent=-1 @1-2 cc=2 sloc=2"};
    QTest::newRow("class body decisions count for nobody")
        << QByteArray("class C:\n    x = 1 if y else 2\n")
        << QStringList{"class C parent=-1 @1-2 cc=1 sloc=2"};
    QTest::newRow("sloc skips blanks and comments")
        << QByteArray("def f():\n    # why\n\n    x = 1  # how\n    return x\n# after\n")
        << QStringList{"function f parent=-1 @1-5 cc=1 sloc=3"};
    QTest::newRow("method under if in class body")
        << QByteArray("class K:\n    if PY3:\n        def m(self):\n            pass\n")
        << QStringList{"class K parent=-1 @1-4 cc=1 sloc=4",
                       "method K.m parent=0 @3-4 cc=1 sloc=2"};
}

void TestExtractor::definitions()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, expected);
    const FileFacts facts = extract(source);
    QCOMPARE(describeAll(facts.definitions), expected);
    for (const Definition &d : facts.definitions)
        QVERIFY(d.qualName.endsWith(d.name));
}

void TestExtractor::calls_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("plain") << QByteArray("f(1)\n") << QStringList{"f scope=-1 @1"};
    QTest::newRow("dotted") << QByteArray("import os\nos.path.join(a, b)\n")
                            << QStringList{"os.path.join scope=-1 @2"};
    QTest::newRow("in function") << QByteArray("def g():\n    h()\n")
                                 << QStringList{"h scope=0 @2"};
    QTest::newRow("self method") << QByteArray("class K:\n    def a(self):\n        self.b()\n")
                                 << QStringList{"self.b scope=1 @3"};
    QTest::newRow("super") << QByteArray(
                                  "class K(B):\n    def save(self):\n        super().save(1)\n")
                           << QStringList{"super().save scope=1 @3", "super scope=1 @3"};
    QTest::newRow("attribute on a call")
        << QByteArray("f(1).g()\n") << QStringList{"f().g scope=-1 @1", "f scope=-1 @1"};
    QTest::newRow("subscripts skipped")
        << QByteArray("x[0]()\nd['k'].m()\n'-'.join(p)\n") << QStringList{};
    QTest::newRow("decorator call") << QByteArray("@app.route('/')\ndef index():\n    pass\n")
                                    << QStringList{"app.route scope=-1 @1"};
    QTest::newRow("bare decorator")
        << QByteArray("@cache\n@functools.wraps\ndef f():\n    pass\n")
        << QStringList{"cache scope=-1 @1", "functools.wraps scope=-1 @2"};
    QTest::newRow("decorator scope is the enclosing one")
        << QByteArray("class K:\n    @property\n    def p(self):\n        return len(self)\n")
        << QStringList{"property scope=0 @2", "len scope=1 @4"};
    QTest::newRow("nested arguments")
        << QByteArray("print(len(x))\n") << QStringList{"print scope=-1 @1", "len scope=-1 @1"};
    QTest::newRow("multi-line") << QByteArray("foo(\n    bar(),\n)\n")
                                << QStringList{"foo scope=-1 @1", "bar scope=-1 @2"};
    QTest::newRow("default argument and f-string")
        << QByteArray("def f(a=g()):\n    return f'{h(a)}'\n")
        << QStringList{"g scope=0 @1", "h scope=0 @2"};
    QTest::newRow("module-level values")
        << QByteArray("x = compute(1)\ny = [1, 2]\nz = {'k': lambda: w()}\n")
        << QStringList{"compute scope=-1 @1", "w scope=-1 @3"};
    QTest::newRow("lambda inside function")
        << QByteArray("def f():\n    return map(lambda v: g(v), [])\n")
        << QStringList{"map scope=0 @2", "g scope=0 @2"};
}

void TestExtractor::calls()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, expected);
    QCOMPARE(describeAll(extract(source).calls), expected);
}

void TestExtractor::attributes_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("reads and stores")
        << QByteArray("class K:\n"
                      "    def __init__(self, v):\n"
                      "        self.v = v\n"
                      "        self.n += 1\n"
                      "        print(self.v)\n")
        << QStringList{"v scope=1 @3 store", "n scope=1 @4 store", "v scope=1 @5 load"};
    QTest::newRow("first parameter of any name")
        << QByteArray("class K:\n    def m(this):\n        return this.x\n")
        << QStringList{"x scope=1 @3 load"};
    QTest::newRow("classmethod")
        << QByteArray("class K:\n    @classmethod\n    def make(cls):\n        cls.count = 0\n"
                      "        return cls()\n")
        << QStringList{"count scope=1 @4 store"};
    QTest::newRow("staticmethod skipped")
        << QByteArray("class K:\n    @staticmethod\n    def s(self):\n        self.x = 1\n")
        << QStringList{};
    QTest::newRow("method call is a read")
        << QByteArray("class K:\n    def a(self):\n        self.b()\n")
        << QStringList{"b scope=1 @3 load"};
    QTest::newRow("closure in a method")
        << QByteArray("class K:\n    def m(self):\n        def inner():\n"
                      "            return self.z\n        return inner\n")
        << QStringList{"z scope=2 @4 load"};
    QTest::newRow("plain function")
        << QByteArray("def f(self):\n    return self.x\n") << QStringList{};
    QTest::newRow("targets") << QByteArray(
                                    "class K:\n    def m(self):\n        self.a, self.b = 1, 2\n"
                                    "        self.c[0] = 1\n        self.d.e = 2\n")
                             << QStringList{"a scope=1 @3 store", "b scope=1 @3 store",
                                            "c scope=1 @4 load", "d scope=1 @5 load"};
    QTest::newRow("nested class has its own self")
        << QByteArray("class K:\n    def m(self):\n        class L:\n            def n(me):\n"
                      "                return me.q, self.r\n")
        << QStringList{"q scope=3 @5 load"};
    QTest::newRow("no parameters")
        << QByteArray("class K:\n    def m():\n        return self.x\n") << QStringList{};
}

void TestExtractor::attributes()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, expected);
    QCOMPARE(describeAll(extract(source).attributes), expected);
}

void TestExtractor::names_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("module names used")
        << QByteArray("import os\n"
                      "CONST = 1\n"
                      "def helper():\n"
                      "    return CONST\n"
                      "def user(x, os=None):\n"
                      "    y = helper()\n"
                      "    return CONST + x + y + os\n"
                      "class K:\n"
                      "    attr = helper\n"
                      "    def m(self):\n"
                      "        global CONST\n"
                      "        CONST += 2\n"
                      "        return CONST\n"
                      "def shadow():\n"
                      "    helper = 1\n"
                      "    return helper\n")
        << QStringList{
               "CONST scope=0 @4",  "helper scope=1 @6", "CONST scope=1 @7",
               "helper scope=2 @9", "CONST scope=3 @12", "CONST scope=3 @13",
           };
    QTest::newRow("defined later") << QByteArray("def f():\n    return g()\ndef g():\n    pass\n")
                                   << QStringList{"g scope=0 @2"};
    QTest::newRow("local import shadows")
        << QByteArray("import json\ndef f():\n    import json\n    return json\n") << QStringList{};
    QTest::newRow("module level reads are not names")
        << QByteArray("A = 1\nB = A\nprint(A)\n") << QStringList{};
    QTest::newRow("attribute names and keywords are not reads")
        << QByteArray("x = 1\ndef f(o):\n    return o.x, dict(x=2)\n") << QStringList{};
}

void TestExtractor::names()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, expected);
    QCOMPARE(describeAll(extract(source).names), expected);
}

void TestExtractor::bindings_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("module level: every binding, typed where it can be")
        << QByteArray("import os\n"
                      "a = A()\n"
                      "b: Repo = make()\n"
                      "c = None\n"
                      "d = 1\n"
                      "e, f = g()\n"
                      "h = x.y().z()\n"
                      "k = d[0]()\n"
                      "for i in []: pass\n"
                      "[v for v in w]\n"
                      "m = lambda p: p\n")
        << QStringList{"a scope=-1 @2 call=A",       "b scope=-1 @3 annotated=Repo",
                       "c scope=-1 @4 none",         "d scope=-1 @5 plain",
                       "e scope=-1 @6 plain",        "f scope=-1 @6 plain",
                       "h scope=-1 @7 call=x.y().z", "k scope=-1 @8 plain",
                       "i scope=-1 @9 plain",        "m scope=-1 @11 plain"};
    // `b` is only handed on as a plain local: no reference, so none of its bindings.
    QTest::newRow("function: parameters and names calls start with")
        << QByteArray("def f(self, a: int, b=1, *c, d: 'T' = None, **e):\n"
                      "    x = A()\n"
                      "    y = 2\n"
                      "    x.m()\n"
                      "    a.n()\n"
                      "    c()\n"
                      "    b = b\n"
                      "    register(b)\n")
        << QStringList{"a scope=0 @1 param=int", "c scope=0 @1 plain", "x scope=0 @2 call=A"};
    QTest::newRow("method: self parameter left out, self attributes kept")
        << QByteArray("class K:\n"
                      "    repo: Repo\n"
                      "    limit = 3\n"
                      "    def __init__(self, r):\n"
                      "        self.a = A()\n"
                      "        self.b: B = r\n"
                      "        self.c = None\n"
                      "        self.d, self.e = r\n"
                      "        self.f += 1\n"
                      "        other.g = 1\n")
        << QStringList{"repo scope=0 @2 annotated=Repo", "limit scope=0 @3 plain",
                       "self.a scope=1 @5 call=A",       "self.b scope=1 @6 annotated=B",
                       "self.c scope=1 @7 none",         "self.d scope=1 @8 plain",
                       "self.e scope=1 @8 plain",        "self.f scope=1 @9 plain"};
    QTest::newRow("global and nonlocal declarations")
        << QByteArray("def f():\n"
                      "    global g\n"
                      "    g = 1\n"
                      "    def h():\n"
                      "        nonlocal k\n"
                      "        k = 2\n"
                      "    g()\n")
        << QStringList{"g scope=0 @2 global", "g scope=0 @3 plain", "k scope=1 @5 nonlocal",
                       "k scope=1 @6 plain"};
    QTest::newRow("lambda parameters bind in the enclosing function")
        << QByteArray("def f():\n    return lambda g: g()\n") << QStringList{"g scope=0 @2 plain"};
}

void TestExtractor::bindings()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, expected);
    QCOMPARE(describeAll(extract(source).bindings), expected);
}

void TestExtractor::references_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("arguments, keyword values, elements, assigned values")
        << QByteArray("import mod\n"
                      "def f():\n"
                      "    pass\n"
                      "class K:\n"
                      "    def m(self, local):\n"
                      "        run(f, key=self.m, other=local)\n"
                      "        self.cb = f\n"
                      "        table = {'a': mod.g, f: 1}\n"
                      "        items = [f, (mod.h, local), {f}]\n"
                      "        run(f(), self.x.y, self.z().w)\n")
        << QStringList{"f scope=2 @6", "self.m scope=2 @6", "f scope=2 @7", "mod.g scope=2 @8",
                       "f scope=2 @9", "mod.h scope=2 @9",  "f scope=2 @9", "self.x.y scope=2 @10"};
    QTest::newRow("module level: displays of names are visited, tables are not")
        << QByteArray("def f():\n"
                      "    pass\n"
                      "HANDLERS = [f, 'f']\n"
                      "ALIAS = f\n"
                      "TABLE = [1, 2.5e3, 0xff, b'x', 'f', None, True]\n"
                      "partial(f)\n")
        << QStringList{"f scope=-1 @3", "f scope=-1 @4", "f scope=-1 @6"};
}

void TestExtractor::references()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, expected);
    QCOMPARE(describeAll(extract(source).references), expected);
}

void TestExtractor::returns_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("annotations, calls, other values")
        << QByteArray("def a() -> 'Repo':\n    return make()\n"
                      "def b(x):\n"
                      "    if x:\n        return A(x)\n"
                      "    elif x > 1:\n        return A()\n"
                      "    return m.B()\n"
                      "def c():\n    return\n"
                      "def d():\n    return None\n"
                      "def e():\n    return 1\n"
                      "def g():\n    yield A()\n")
        << QStringList{
               "a returns='Repo' calls=(make)", "b calls=(A, m.B)", "c", "d", "e other", "g other"};
    QTest::newRow("self names") << QByteArray("class K:\n"
                                              "    def m(this):\n"
                                              "        def inner():\n            return this\n"
                                              "    @staticmethod\n"
                                              "    def s(x):\n        pass\n"
                                              "    @classmethod\n"
                                              "    def c(cls):\n        pass\n")
                                << QStringList{"K", "K.m self=this", "K.m.inner other self=this",
                                               "K.s", "K.c self=cls"};
}

void TestExtractor::returns()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, expected);
    QCOMPARE(describeReturns(extract(source).definitions), expected);
}

void TestExtractor::callGraphFlags()
{
    const FileFacts facts = extract("import a\n"
                                    "@deco\n"
                                    "@app.route('/')\n"
                                    "def f():\n"
                                    "    from b import c\n"
                                    "    d[0]()\n"
                                    "    (x or y)()\n"
                                    "    g(h())\n");
    QStringList decorators;
    for (const CallFact &c : facts.calls) {
        if (c.decorator)
            decorators.append(c.callee);
    }
    QCOMPARE(decorators, (QStringList{"deco", "app.route"}));
    QCOMPARE(facts.dynamicCalls, 2);
    QCOMPARE(facts.imports.size(), std::size_t(2));
    QCOMPARE(facts.imports[0].scope, -1);
    QCOMPARE(facts.imports[1].scope, 0);
}

void TestExtractor::moduleNames_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("dunderAll");

    QTest::newRow("bindings") << QByteArray("import a.b\n"
                                            "import c as d\n"
                                            "from e import f, g as h\n"
                                            "from i import *\n"
                                            "x = 1\n"
                                            "y, (z, *w) = 1, (2, 3)\n"
                                            "v: int = 4\n"
                                            "for k in []: pass\n"
                                            "if c:\n"
                                            "    p = 1\n"
                                            "try:\n"
                                            "    q = 1\n"
                                            "except E as r:\n"
                                            "    pass\n"
                                            "with o() as s:\n"
                                            "    pass\n"
                                            "def fn(): t = 1\n"
                                            "class C: u = 1\n"
                                            "[cv for cv in range(3)]\n"
                                            "lam = lambda la: la\n"
                                            "x = 2\n")
                              << QStringList{"a", "d", "f", "h", "x", "y",  "z", "w",  "v",
                                             "k", "p", "q", "r", "s", "fn", "C", "lam"}
                              << QStringList{};
    QTest::newRow("__all__") << QByteArray("__all__ = ['a', \"b\"]\n__all__ += ('c',)\n")
                             << QStringList{"__all__"} << QStringList{"a", "b", "c"};
    QTest::newRow("annotated __all__")
        << QByteArray("__all__: list[str] = ['x']\n") << QStringList{"__all__"} << QStringList{"x"};
    QTest::newRow("__all__ in a function is not the module's")
        << QByteArray("def f():\n    __all__ = ['x']\n") << QStringList{"f"} << QStringList{};
}

void TestExtractor::moduleNames()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, dunderAll);
    const FileFacts facts = extract(source);
    QCOMPARE(facts.moduleNames, expected);
    QCOMPARE(facts.dunderAll, dunderAll);
}

void TestExtractor::badInput_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<bool>("parsed");
    QTest::addColumn<QStringList>("diagnostics");
    QTest::addColumn<QStringList>("imports");
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("sloc");

    const qint64 big = 1 << 20;
    QTest::newRow("empty") << QByteArray() << big << true << QStringList{} << QStringList{} << 0
                           << 0;
    QTest::newRow("only comments") << QByteArray("# one\n\n   # two\n") << big << true
                                   << QStringList{} << QStringList{} << 3 << 0;
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFimport os\n") << big << true << QStringList{}
                         << QStringList{"import os @1 runtime"} << 1 << 1;
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << big << true << QStringList{}
                              << QStringList{} << 0 << 0;
    QTest::newRow("binary") << QByteArray("import os\n\0\x01\x02", 13) << big << false
                            << QStringList{"binary @0 "} << QStringList{} << 2 << 2;
    QTest::newRow("invalid UTF-8")
        << QByteArray("import os\ns = '\xff\xfe'\nimport sys\n") << big << true
        << QStringList{"invalid-utf8 @2 "}
        << QStringList{"import os @1 runtime", "import sys @3 runtime"} << 3 << 3;
    QTest::newRow("UTF-8 surrogate")
        << QByteArray("x = '\xed\xa0\x80'\nimport os\n") << big << true
        << QStringList{"invalid-utf8 @1 "} << QStringList{"import os @2 runtime"} << 2 << 2;
    QTest::newRow("UTF-8 overlong")
        << QByteArray("import os\n\n# \xc0\xaf\n") << big << true << QStringList{"invalid-utf8 @3 "}
        << QStringList{"import os @1 runtime"} << 3 << 1;
    QTest::newRow("UTF-8 truncated at the end")
        << QByteArray("import os\n# \xe2\x82") << big << true << QStringList{"invalid-utf8 @2 "}
        << QStringList{"import os @1 runtime"} << 2 << 1;
    QTest::newRow("valid UTF-8") << QByteArray(
                                        "# \xc3\xa9 \xe2\x82\xac \xf0\x9d\x84\x9e\nimport os\n")
                                 << big << true << QStringList{}
                                 << QStringList{"import os @2 runtime"} << 2 << 1;
    QTest::newRow("syntax error") << QByteArray("import os\nx = = 1\nimport sys\n") << big << true
                                  << QStringList{"syntax-error @2 "}
                                  << QStringList{"import os @1 runtime", "import sys @3 runtime"}
                                  << 3 << 3;
    QTest::newRow("missing token")
        << QByteArray("import os\n\nx = (\n") << big << true << QStringList{"syntax-error @3 "}
        << QStringList{"import os @1 runtime"} << 3 << 2;
    // Issue 9: a Python 2 file got no word at all.
    QTest::newRow("Python 2")
        << QByteArray("import os\nprint \"hello\"\ntry:\n    import json\nexcept Exception, e:\n"
                      "    pass\nexec \"x = 1\"\nimport sys\n")
        << big << true << QStringList{"python2 @2 print"}
        << QStringList{"import os @1 runtime", "import json @4 cond", "import sys @8 runtime"} << 8
        << 8;
    QTest::newRow("too large") << QByteArray("import os\nimport sys\n") << qint64(20) << false
                               << QStringList{"too-large @0 21 20"} << QStringList{} << 2 << 2;
    QTest::newRow("exactly the limit")
        << QByteArray("import os\nimport sys\n") << qint64(21) << true << QStringList{}
        << QStringList{"import os @1 runtime", "import sys @2 runtime"} << 2 << 2;
    QTest::newRow("CRLF") << QByteArray("import os\r\n\r\nimport sys\r\n") << big << true
                          << QStringList{}
                          << QStringList{"import os @1 runtime", "import sys @3 runtime"} << 3 << 2;
    QTest::newRow("no final newline") << QByteArray("import os") << big << true << QStringList{}
                                      << QStringList{"import os @1 runtime"} << 1 << 1;
}

void TestExtractor::badInput()
{
    QFETCH(QByteArray, source);
    QFETCH(qint64, maxBytes);
    QFETCH(bool, parsed);
    QFETCH(QStringList, diagnostics);
    QFETCH(QStringList, imports);
    QFETCH(int, lines);
    QFETCH(int, sloc);

    ExtractOptions options;
    options.maxBytes = maxBytes;
    const FileFacts facts = extract(source, options);
    QCOMPARE(describeAll(facts.diagnostics), diagnostics);
    QCOMPARE(describeAll(facts.imports), imports);
    QCOMPARE(facts.parsed, parsed);
    QCOMPARE(facts.bytes, qint64(source.size()));
    QCOMPARE(facts.lines, lines);
    QCOMPARE(facts.sloc, sloc);
    if (!parsed) {
        QVERIFY(facts.definitions.empty());
        QVERIFY(facts.moduleNames.isEmpty());
    }
}

// Python 2 constructs, each named with the line of the first one; Python 3 code that looks
// alike names none.
void TestExtractor::python2_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("diagnostics");

    const QStringList none;
    QTest::newRow("print statement") << QByteArray("import os\nprint \"hello\"\n")
                                     << QStringList{"python2 @2 print"};
    QTest::newRow("print to a file") << QByteArray("import sys\nprint >>sys.stderr, 'x'\n")
                                     << QStringList{"python2 @2 print"};
    QTest::newRow("print with a trailing comma") << QByteArray("def f():\n    print x,\n")
                                                 << QStringList{"python2 @2 print"};
    QTest::newRow("print as a function, a name, an attribute")
        << QByteArray("print('x')\nprint ('y', end='')\nprint\np = print\nlog.print(1)\n"
                      "def print_all(): pass\n")
        << none;
    QTest::newRow("exec statement") << QByteArray("exec \"x = 1\"\n") << QStringList{"python2 @1 exec"};
    QTest::newRow("exec in a namespace") << QByteArray("x = 1\nexec code in ns\n")
                                         << QStringList{"python2 @2 exec"};
    QTest::newRow("exec as a function") << QByteArray("exec('x = 1')\nexec(code, ns)\n") << none;
    QTest::newRow("except with a comma")
        << QByteArray("try:\n    pass\nexcept ValueError, e:\n    pass\n")
        << QStringList{"python2 @3 except-comma"};
    QTest::newRow("except with a tuple")
        << QByteArray("try:\n    pass\nexcept (ValueError, TypeError) as e:\n    pass\n") << none;
    QTest::newRow("raise with a comma") << QByteArray("def f():\n    raise ValueError, 'bad'\n")
                                        << QStringList{"python2 @2 raise-comma"};
    QTest::newRow("raise with arguments")
        << QByteArray("raise ValueError('a, b')\nraise E(1, 2) from e\n") << none;
    QTest::newRow("backticks") << QByteArray("x = 1\ny = `x`\n") << QStringList{"python2 @2 backtick"};
    QTest::newRow("backticks in strings and comments")
        << QByteArray("s = '`x`'\n# `y`\nd = \"\"\"\n`z`\n\"\"\"\n") << none;
    QTest::newRow("not-equal operator") << QByteArray("if a <> b:\n    pass\n")
                                        << QStringList{"python2 @1 not-equal"};
    QTest::newRow("octal without 0o") << QByteArray("import os\nos.chmod(p, 0755)\n")
                                      << QStringList{"python2 @2 octal"};
    QTest::newRow("numbers Python 3 reads")
        << QByteArray("a = 00\nb = 0.5\nc = 007.5\nd = 0e0\ne = 0o755\nf = x0755\ng = 1_000\nh = 0j\n")
        << none;
    QTest::newRow("long integers") << QByteArray("n = 10L\nm = 0xFFl\n") << QStringList{"python2 @1 long"};
    QTest::newRow("ur string") << QByteArray("import re\npattern = ur'\\d+'\n")
                               << QStringList{"python2 @2 ur-string"};
    QTest::newRow("ur as a string") << QByteArray("prefixes = {'u', 'ur', \"UR\"}\n") << none;
    QTest::newRow("string prefixes Python 3 reads")
        << QByteArray("a = rb'x'\nb = u'y'\nc = Rb\"z\"\nd = f'{x}'\ne = fur\nf = u\n") << none;
    QTest::newRow("the words in strings and comments")
        << QByteArray("s = 'print \"x\"'\n# exec \"y\"\nt = 'a <> b, 0777, 10L'\n") << none;
    QTest::newRow("the first of several, over a syntax error")
        << QByteArray("x = 1\ny = = 2\nprint 'a'\nz = `x`\n") << QStringList{"python2 @3 print"};
    QTest::newRow("a Python 3 syntax error stays one") << QByteArray("x = 1\ny = = 2\n")
                                                       << QStringList{"syntax-error @2 "};
}

void TestExtractor::python2()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, diagnostics);
    const FileFacts facts = extract(source);
    QCOMPARE(describeAll(facts.diagnostics), diagnostics);
    QVERIFY(facts.parsed);
}

void TestExtractor::largeFile()
{
    const int count = 200'000;
    const QByteArray source = generatedModule(count);
    QVERIFY(source.size() > 20'000'000);

    // Over the default limit: skipped on every machine, however fast it parses.
    ExtractOptions options;
    QCOMPARE(describeAll(extract(source, options).diagnostics),
             QStringList{"too-large @0 " + QString::number(source.size()) + " 5242880"});

    options.maxBytes = 64 * 1024 * 1024;
    options.timeoutMicros = 0;
    const FileFacts facts = extract(source, options);
    QVERIFY(facts.parsed);
    QCOMPARE(describeAll(facts.diagnostics), QStringList{});
    QCOMPARE(describeAll(facts.imports),
             (QStringList{"import os @1 runtime", "from a.b import c @2 runtime"}));
    QCOMPARE(facts.lines, count + 4);
    QCOMPARE(facts.moduleNames.size(), count + 3);
    QCOMPARE(describeAll(facts.definitions),
             QStringList{QStringLiteral("function last parent=-1 @%1-%2 cc=1 sloc=2")
                             .arg(count + 3)
                             .arg(count + 4)});
    QCOMPARE(describeAll(facts.names),
             QStringList{QStringLiteral("value_number_0 scope=0 @%1").arg(count + 4)});
}

void TestExtractor::deepNesting_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<bool>("lastImport"); // whether the import after the nesting survives

    const int n = 50'000;
    QTest::newRow("balanced parentheses")
        << "import os\nx = " + repeated("(", n) + "1" + repeated(")", n) + "\nimport sys\n"
        << true;
    QTest::newRow("100k parentheses")
        << "import os\nx = " + repeated("(", 2 * n) + "1" + repeated(")", 2 * n) + "\nimport sys\n"
        << true;
    QTest::newRow("unclosed brackets") << "import os\nx = " + repeated("[", n) + "\nimport sys\n"
                                       << false;
    QTest::newRow("closing brackets only")
        << "import os\nx = 1" + repeated("]", n) + "\nimport sys\n"
        << true;
    QTest::newRow("nested calls in a function")
        << "import os\ndef f():\n    return " + repeated("g(", n) + repeated(")", n) +
               "\nimport sys\n"
        << true;
    QTest::newRow("long method chain")
        << "import os\nx = a" + repeated(".b()", n) + "\nimport sys\n"
        << true;
    QTest::newRow("long boolean chain in a function")
        << "import os\ndef f():\n    return a" + repeated(" and a", n) + "\nimport sys\n"
        << true;
    QByteArray list = "import os\nx = [";
    for (int i = 0; i < 700'000; ++i)
        list += QByteArray::number(i) + ", ";
    QTest::newRow("5 MB one-line list") << list + "]\nimport sys\n" << true;
    // The grammar's scanner keeps indentation columns in bytes: stay under 256 columns.
    QByteArray ifs = "import os\ndef f():\n";
    for (int i = 1; i <= 100; ++i)
        ifs += QByteArray(2 * i, ' ') + "if x:\n";
    ifs += QByteArray(2 * 101, ' ') + "import deep\nimport sys\n";
    QTest::newRow("100 nested blocks") << ifs << true;
}

void TestExtractor::deepNesting()
{
    QFETCH(QByteArray, source);
    QFETCH(bool, lastImport);
    ExtractOptions options;
    options.maxBytes = 64 * 1024 * 1024;
    options.timeoutMicros = 0; // slow runs (sanitizers, valgrind) must not time out
    const FileFacts facts = extract(source, options);
    QVERIFY(facts.parsed);
    QVERIFY(!facts.imports.empty());
    QCOMPARE(describe(facts.imports.front()), "import os @1 runtime");
    const QString last = describe(facts.imports.back());
    QCOMPARE(last.startsWith("import sys @"), lastImport);
    if (source.contains("import deep"))
        QCOMPARE(describe(facts.imports.at(1)), "import deep @103 local");
}

void TestExtractor::timeoutAndCancel()
{
    const QByteArray source = generatedModule(100'000);
    PythonExtractor extractor;
    ExtractOptions options;
    options.maxBytes = 64 * 1024 * 1024;

    options.timeoutMicros = 1;
    FileFacts facts = extractor.extract(source, options);
    QCOMPARE(describeAll(facts.diagnostics), QStringList{"parse-timeout @0 "});
    QVERIFY(!facts.parsed);
    QVERIFY(facts.imports.empty());
    QVERIFY(!extractor.parseOnly(source, options));

    // The parser is usable again after a timeout: nothing is resumed.
    options.timeoutMicros = 0;
    facts = extractor.extract("import os\n", options);
    QCOMPARE(describeAll(facts.imports), QStringList{"import os @1 runtime"});

    std::atomic_bool cancel = true;
    options.cancel = &cancel;
    facts = extractor.extract("import os\n", options);
    QCOMPARE(describeAll(facts.diagnostics), QStringList{"parse-timeout @0 cancelled"});
    QVERIFY(!facts.parsed);

    // Raised while the parser runs: seen at the next input chunk.
    cancel = false;
    std::atomic_bool done = false;
    std::atomic_bool raisedInTime = false;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        cancel = true;
        raisedInTime = !done;
    });
    facts = extractor.extract(source, options);
    done = true;
    canceller.join();
    if (!raisedInTime) // a starved thread (valgrind) raised it only after the work was over
        QSKIP("the cancelling thread did not run while the file was parsed");
    QCOMPARE(describeAll(facts.diagnostics), QStringList{"parse-timeout @0 cancelled"});
    QVERIFY(!facts.parsed);

    cancel = false;
    facts = extractor.extract("import os\n", options);
    QCOMPARE(describeAll(facts.imports), QStringList{"import os @1 runtime"});
    QVERIFY(facts.parsed);
}

void TestExtractor::files_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("diagnostics");
    QTest::addColumn<bool>("parsed");

    QTest::newRow("regular") << "regular" << QStringList{} << true;
    QTest::newRow("symlink to a file") << "symlink" << QStringList{} << true;
    QTest::newRow("vanished") << "vanished" << QStringList{"vanished @0 "} << false;
    QTest::newRow("broken symlink") << "broken symlink" << QStringList{"vanished @0 "} << false;
    QTest::newRow("directory") << "directory" << QStringList{"unreadable @0 directory"} << false;
    QTest::newRow("fifo") << "fifo" << QStringList{"unreadable @0 special file"} << false;
    QTest::newRow("too large by size") << "large" << QStringList{"too-large @0 22 20"} << false;
    QTest::newRow("unreadable") << "unreadable" << QStringList{"unreadable @0 *"} << false;
    QTest::newRow("read error") << "read error" << QStringList{"unreadable @0 *"} << false;
}

void TestExtractor::files()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, diagnostics);
    QFETCH(bool, parsed);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath("m.py");
    const QString target = dir.filePath("target.py");
    auto write = [](const QString &file, const QByteArray &content) {
        QFile f(file);
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
    };
    ExtractOptions options;
    if (kind == "regular" || kind == "unreadable") {
        QVERIFY(write(path, "import os\n"));
    } else if (kind == "symlink") {
        QVERIFY(write(target, "import os\n"));
        QVERIFY(QFile::link(target, path));
    } else if (kind == "broken symlink") {
        QVERIFY(QFile::link(target, path));
    } else if (kind == "directory") {
        QVERIFY(QDir(dir.path()).mkdir("m.py"));
    } else if (kind == "fifo") {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == "large") {
        QVERIFY(write(path, "import os\nimport sys\n#"));
        options.maxBytes = 20;
    }
    if (kind == "read error") {
        // Opens, then fails to read (EIO at offset 0): a file that cannot be read after all.
        path = "/proc/self/mem";
        if (!QFile::exists(path))
            QSKIP("no /proc/self/mem here");
    }
    if (kind == "unreadable") {
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("running with permissions that read a mode-000 file (root?)");
    }

    PythonExtractor extractor;
    const FileFacts facts = extractFile(extractor, path, options);
    QStringList got = describeAll(facts.diagnostics);
    // The reason ends in '*' when it comes from the system: then any non-empty text will do.
    if (got.size() == 1 && diagnostics.size() == 1 && diagnostics[0].endsWith('*')) {
        const QString prefix = diagnostics[0].chopped(1);
        if (got[0].startsWith(prefix) && got[0].size() > prefix.size())
            got = diagnostics;
    }
    QCOMPARE(got, diagnostics);
    QCOMPARE(facts.parsed, parsed);
    if (parsed)
        QCOMPARE(describeAll(facts.imports), QStringList{"import os @1 runtime"});
    if (kind == "large")
        QCOMPARE(facts.bytes, qint64(22));
    if (kind == "unreadable")
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestExtractor::parseOnly_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<bool>("tree");

    QTest::newRow("module") << QByteArray("import os\n") << true;
    QTest::newRow("syntax error") << QByteArray("x = = 1\n") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("binary") << QByteArray("x\0y", 3) << false;
    QTest::newRow("too large") << QByteArray(2000, 'x') << false;
}

void TestExtractor::parseOnly()
{
    QFETCH(QByteArray, source);
    QFETCH(bool, tree);
    PythonExtractor extractor;
    ExtractOptions options;
    options.maxBytes = 1000;
    QCOMPARE(extractor.parseOnly(source, options), tree);
}

} // namespace headroom

QTEST_GUILESS_MAIN(headroom::TestExtractor)
#include "tst_extractor.moc"
