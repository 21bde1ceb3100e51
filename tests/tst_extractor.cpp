// The extractor on Python snippets: imports and their kinds, definitions, calls,
// attributes, names, bindings, references and returns, as test rows read them.
#include "extractor.h"
#include "extractorharness.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

namespace headroom {

using namespace headroom::test;

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
    void operatorCalls_data();
    void operatorCalls();
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
    void stores_data();
    void stores();
    void callGraphFlags();
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
        QVERIFY(d.qualName->endsWith(d.name.str()));
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
    QTest::newRow("calls statements make: protocols and raise")
        << QByteArray("for x in items:\n    pass\nwith lock:\n    pass\nraise Error\n"
                      "raise Error('x')\n")
        << QStringList{"items.__iter__ scope=-1 @1", "items.__iter__().__next__ scope=-1 @1",
                       "lock.__enter__ scope=-1 @3", "lock.__exit__ scope=-1 @3",
                       "Error scope=-1 @5",          "Error scope=-1 @6"};
    QTest::newRow("subscripts: elements of a name chain")
        << QByteArray("x[0]()\nd['k'].m()\n'-'.join(p)\nx[i]()\nd['a b']()\nd[b'k']()\nx[-1]()\n"
                      "x[1 + 1]()\n")
        << QStringList{"x[0] scope=-1 @1", "d['k'].m scope=-1 @2", "x[] scope=-1 @4",
                       "d[] scope=-1 @5",  "d[] scope=-1 @6",      "x[-1] scope=-1 @7",
                       "x[] scope=-1 @8"};
    // The factory's call, then the call of what it gives ("app.route()") with the definition.
    QTest::newRow("decorator call")
        << QByteArray("@app.route('/')\ndef index():\n    pass\n")
        << QStringList{"app.route() scope=-1 @1", "app.route scope=-1 @1"};
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
    // A default is evaluated where the function is defined (the module calls g), and so is a
    // lambda's, in the lambda around it if any.
    QTest::newRow("default argument and f-string")
        << QByteArray("def f(a=g()):\n    return f'{h(a)}'\n")
        << QStringList{"g scope=-1 @1", "h scope=0 @2"};
    QTest::newRow("a method's default is the class body's, a lambda's its scope's")
        << QByteArray("class C:\n    def m(self, k=make()):\n        pass\n"
                      "def f():\n    return lambda x=g(): x()\n")
        << QStringList{"make scope=0 @2", "g scope=2 @5", "x scope=2 @5"};
    QTest::newRow("module-level values")
        << QByteArray("x = compute(1)\ny = [1, 2]\nz = {'k': lambda: w()}\n")
        << QStringList{"compute scope=-1 @1", "w scope=-1 @3"};
    QTest::newRow("a lambda called where it is written")
        << QByteArray("(lambda: f())()\nx = lambda: (lambda: g())()\n")
        << QStringList{"<lambda1> scope=-1 @1", "f scope=-1 @1", "<lambda1> scope=-1 @2",
                       "g scope=-1 @2"};
    QTest::newRow("lambda inside function")
        << QByteArray("def f():\n    return map(lambda v: g(v), [])\n")
        << QStringList{"map scope=0 @2", "g scope=0 @2"};
}

// The calls extracted from `source` that an operator makes, or those it does not.
static QStringList callsOf(const QByteArray &source, bool operators)
{
    std::vector<CallFact> calls = extract(source).calls;
    std::erase_if(calls, [operators](const CallFact &c) {
        return (c.origin == CallOrigin::Operator) != operators;
    });
    return describeAll(calls);
}

void TestExtractor::calls()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, expected);
    QCOMPARE(callsOf(source, false), expected);
}

// An operator calls a special method of an operand: the left one of a binary operator or a
// comparison (each pair of a chained one), the right one of `in`; the only one of a unary
// operator; the subscripted value, by how the subscript is used. Literals, displays and
// `is` call nothing of the project's.
void TestExtractor::operatorCalls_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("binary operators")
        // `a // b % c` is `(a // b) % c`: the left of `%` is no name chain.
        << QByteArray("a + b\nx.y - 1\nf() * 2\nm @ n\na // b % c\n1 + a\n'%s' % a\n[a] + b\n")
        // Each asks its right operand too, by the reflected method (`1 + a`: a.__radd__),
        // unless that is a literal.
        << QStringList{"a.__add__ scope=-1 @1",       "b.__radd__ scope=-1 @1",
                       "x.y.__sub__ scope=-1 @2",     "f().__mul__ scope=-1 @3",
                       "m.__matmul__ scope=-1 @4",    "n.__rmatmul__ scope=-1 @4",
                       "c.__rmod__ scope=-1 @5",      "a.__floordiv__ scope=-1 @5",
                       "b.__rfloordiv__ scope=-1 @5", "a.__radd__ scope=-1 @6",
                       "a.__rmod__ scope=-1 @7",      "b.__radd__ scope=-1 @8"};
    QTest::newRow("comparisons, chained, and membership")
        << QByteArray("a < b <= c\na == 1\na is b\nk in d\nk not in e.f\n")
        << QStringList{"a.__lt__ scope=-1 @1", "b.__le__ scope=-1 @1", "a.__eq__ scope=-1 @2",
                       "d.__contains__ scope=-1 @4", "e.f.__contains__ scope=-1 @5"};
    QTest::newRow("unary operators")
        << QByteArray("-a\n~b.c\n+1\nnot a\n")
        << QStringList{"a.__neg__ scope=-1 @1", "b.c.__invert__ scope=-1 @2"};
    QTest::newRow("subscripts read, assigned, augmented and deleted")
        << QByteArray("def f(t, k):\n    t[k]\n    t[k] = 1\n    t[k] += 1\n    del t[k], t\n"
                      "    x, t[0] = 1, 2\n")
        << QStringList{"t.__getitem__ scope=0 @2", "t.__setitem__ scope=0 @3",
                       "t[].__iadd__ scope=0 @4",  "t.__getitem__ scope=0 @4",
                       "t.__setitem__ scope=0 @4", "t.__delitem__ scope=0 @5",
                       "t.__setitem__ scope=0 @6"};
    QTest::newRow("an augmented assignment of a name")
        << QByteArray("total = 0\ntotal += x\ns.items |= other\n")
        << QStringList{"total.__iadd__ scope=-1 @2", "s.items.__ior__ scope=-1 @3"};
}

void TestExtractor::operatorCalls()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, expected);
    QCOMPARE(callsOf(source, true), expected);
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
        << QStringList{"a scope=-1 @2 call=A",
                       "b scope=-1 @3 annotated=Repo",
                       "c scope=-1 @4 none",
                       "d scope=-1 @5 plain",
                       "e scope=-1 @6 unpacked=0:g()",
                       "f scope=-1 @6 unpacked=1:g()",
                       "h scope=-1 @7 call=x.y().z",
                       "k scope=-1 @8 call=d[0]",
                       "i scope=-1 @9 alternatives=list:",
                       "v scope=-1 @10 element=w until=10",
                       "m scope=-1 @11 alias=<lambda1>"};
    QTest::newRow("comprehension, items, enumerate and except targets")
        << QByteArray("def f(table, jobs):\n"
                      "    [g() for g in jobs]\n"
                      "    for k, v in table.items():\n        v()\n"
                      "    for i, j in enumerate(jobs):\n        j()\n"
                      "    try:\n        pass\n"
                      "    except Failed as e:\n        e.report()\n"
                      "    except (A, B) as x:\n        x.report()\n"
                      "    {n: h() for n, h in [(1, f)]}\n")
        << QStringList{"table scope=0 @1 param",
                       "jobs scope=0 @1 param",
                       "g scope=0 @2 element=jobs until=2",
                       "v scope=0 @3 element=table.values()",
                       "j scope=0 @5 element=jobs",
                       "e scope=0 @9 call=Failed",
                       "x scope=0 @11 alternatives=tuple:A(),B()",
                       "h scope=0 @13 unpacked=1:<display2>[] until=13",
                       "<display1> scope=0 @13 display=tuple:,f",
                       "<display2> scope=0 @13 display=list:<display1>"};
    // `b` is only handed on as a plain local: no reference; but `b = b` is an alias of it,
    // so its bindings are kept.
    QTest::newRow("function: parameters and names calls start with")
        << QByteArray("def f(self, a: int, b=1, *c, d: 'T' = None, **e):\n"
                      "    x = A()\n"
                      "    y = 2\n"
                      "    x.m()\n"
                      "    a.n()\n"
                      "    c()\n"
                      "    b = b\n"
                      "    register(b)\n")
        << QStringList{"a scope=0 @1 param=int", "b scope=0 @1 param", "c scope=0 @1 param",
                       "x scope=0 @2 call=A", "b scope=0 @7 alias=b"};
    QTest::newRow("method: self parameter left out, attributes kept")
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
                       "self.e scope=1 @8 plain",        "self.f scope=1 @9 plain",
                       "other.g scope=1 @10 plain"};
    QTest::newRow("attributes of other objects, and the names they start from")
        << QByteArray("conf.hook = on_save\n"
                      "mod.sub.f = make()\n"
                      "table[0].x = f\n"
                      "def configure(c, unused):\n"
                      "    c.cb = on_load\n")
        << QStringList{"conf.hook scope=-1 @1 alias=on_save", "mod.sub.f scope=-1 @2 call=make",
                       "c scope=0 @4 param", "c.cb scope=0 @5 alias=on_load"};
    QTest::newRow("string literals make a str or bytes, as str() and bytes() do")
        << QByteArray("s = 'abc'\n"
                      "t = b'abc'\n"
                      "u = rb\"x\"\n"
                      "v = f'{s}'\n"
                      "n = 1\n")
        << QStringList{"s scope=-1 @1 call=str", "t scope=-1 @2 call=bytes",
                       "u scope=-1 @3 call=bytes", "v scope=-1 @4 call=str", "n scope=-1 @5 plain"};
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
    QTest::newRow("unpacking pairs names with values")
        << QByteArray("a, b = f, g.h\n"
                      "(c, [d, e]) = k(), (m, None)\n"
                      "p, *q, r = f, g, h(), 1, s\n"
                      "t, u = pair\n"
                      "v, w = f, g, h\n")
        << QStringList{"a scope=-1 @1 alias=f",
                       "b scope=-1 @1 alias=g.h",
                       "c scope=-1 @2 call=k",
                       "d scope=-1 @2 alias=m",
                       "e scope=-1 @2 none",
                       "p scope=-1 @3 alias=f",
                       "q scope=-1 @3 display=list:g,h(),",
                       "r scope=-1 @3 alias=s",
                       "t scope=-1 @4 unpacked=0:pair",
                       "u scope=-1 @4 unpacked=1:pair",
                       "v scope=-1 @5 plain",
                       "w scope=-1 @5 plain"};
    QTest::newRow("chained assignment, walrus, displays")
        << QByteArray("a = b = f\n"
                      "if (c := make()):\n    pass\n"
                      "d = [f, g.h, k(), 1, 'x', x + 1]\n"
                      "e = {'a': f, **other}\n"
                      "s = (f,)\n")
        << QStringList{"a scope=-1 @1 alias=f",
                       "b scope=-1 @1 alias=f",
                       "c scope=-1 @2 call=make",
                       "d scope=-1 @4 display=list:f,g.h,k(),,,?",
                       "e scope=-1 @5 display=dict:'a':f,?",
                       "s scope=-1 @6 display=tuple:f"};
    QTest::newRow("comprehensions are displays of their element")
        << QByteArray("a = [make(x) for x in xs]\n"
                      "b = {f for f in (g, h)}\n"
                      "c = {k: v.run for k, v in pairs}\n"
                      "d = (f for f in fs)\n"
                      "e = (1, f, None)\n")
        << QStringList{"a scope=-1 @1 display=list:make()",
                       "x scope=-1 @1 element=xs until=1",
                       "b scope=-1 @2 display=set:f",
                       "f scope=-1 @2 alternatives=tuple:g,h until=2",
                       "c scope=-1 @3 display=dict:v.run",
                       "k scope=-1 @3 unpacked=0:pairs[] until=3",
                       "v scope=-1 @3 unpacked=1:pairs[] until=3",
                       "d scope=-1 @4 display=<iterator>:f",
                       "f scope=-1 @4 element=fs until=4",
                       "e scope=-1 @5 display=tuple:,f,"};
    QTest::newRow("for and with targets")
        << QByteArray("for a in (f, g):\n    pass\n"
                      "for b in handlers:\n    pass\n"
                      "for c, d in pairs:\n    pass\n"
                      "with open_db() as e, lock:\n    pass\n"
                      "with self.lock as k:\n    pass\n")
        << QStringList{
               "a scope=-1 @1 alternatives=tuple:f,g",   "b scope=-1 @3 element=handlers",
               "c scope=-1 @5 unpacked=0:pairs[]",       "d scope=-1 @5 unpacked=1:pairs[]",
               "e scope=-1 @7 call=open_db().__enter__", "k scope=-1 @9 call=self.lock.__enter__"};
    QTest::newRow("an element or a slice bound: the element of what it is taken of")
        << QByteArray("h = hooks[0]\nr = hooks[1:]\nt = a.b[0][k]\nu = f()[0]\nv = (x or y)[0]\n")
        << QStringList{"h scope=-1 @1 alias=hooks[0]", "r scope=-1 @2 alias=hooks[*]",
                       "t scope=-1 @3 alias=a.b[0][]", "u scope=-1 @4 alias=f()[0]",
                       "v scope=-1 @5 plain"};
    QTest::newRow("a display inside a display is bound to a name of its own")
        << QByteArray("def f():\n"
                      "    t = {'a': [g, (h, 1)], 'b': [[[[[[[[[[k]]]]]]]]]], 'c': [(1, 2), []]}\n"
                      "    t['a'][0]()\n")
        // Too deep, or of literals only: nothing to follow.
        << QStringList{"t scope=0 @2 display=dict:'a':<display2>,'b':?,'c':?",
                       "<display1> scope=0 @2 display=tuple:h,",
                       "<display2> scope=0 @2 display=list:g,<display1>"};
    QTest::newRow("lambda parameters bind in the enclosing function")
        << QByteArray("def f():\n    return lambda g: g()\n") << QStringList{"g scope=0 @2 plain"};
}

void TestExtractor::bindings()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, expected);
    const QStringList actual = describeAll(extract(source).bindings);
    if (actual != expected)
        qWarning().noquote() << "actual bindings:\n " << actual.join(QLatin1String("\n  "));
    QCOMPARE(actual, expected);
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
        << QStringList{"a returns='Repo' calls=(make)", "b calls=(A, m.B)", "c", "d", "e other",
                       "g other yields=(A())"};
    QTest::newRow("returned displays")
        << QByteArray("def r(x):\n"
                      "    if x:\n        return [on_a, make()]\n"
                      "    return {'k': on_b, 'n': 1}\n"
                      "def s():\n    return (x for x in y)\n"
                      "def t():\n    return on_a, make()\n")
        << QStringList{"r displays=(list:on_a,make(); dict:'k':on_b)", "s displays=(<iterator>:x)",
                       "t displays=(tuple:on_a,make())"};
    QTest::newRow("yields") << QByteArray("def g(x):\n"
                                          "    yield on_a\n"
                                          "    yield\n"
                                          "    yield 1\n"
                                          "    yield from handlers\n"
                                          "    yield from make()\n"
                                          "    yield x + 1\n"
                                          "    yield on_a\n"
                                          "    f = lambda: (yield k)\n")
                            << QStringList{"g other yields=(on_a, *handlers, *make(), ?)"};
    QTest::newRow("self names") << QByteArray("class K:\n"
                                              "    def m(this):\n"
                                              "        def inner():\n            return this\n"
                                              "    @staticmethod\n"
                                              "    def s(x):\n        pass\n"
                                              "    @classmethod\n"
                                              "    def c(cls):\n        pass\n")
                                << QStringList{"K", "K.m self=this",
                                               "K.m.inner names=(this) self=this", "K.s",
                                               "K.c self=cls"};
}

void TestExtractor::returns()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, expected);
    QCOMPARE(describeReturns(extract(source).definitions), expected);
}

void TestExtractor::stores_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("subscript assignments put elements")
        << QByteArray("routes['a'] = on_a\n"
                      "class K:\n"
                      "    def add(self, k):\n        self.table[k] = make()\n"
                      "d[0] = 1\n"
                      "x[0][1] = f\n"
                      "d[0] = x + 1\n")
        << QStringList{"routes <- 'a':on_a scope=-1 @1", "self.table <- make() scope=1 @4",
                       "d <- 0:? scope=-1 @7"};
    QTest::newRow("extend, update and += put every element")
        << QByteArray("hooks.extend([f, g()])\n"
                      "table.update({'a': h, 'b': 1})\n"
                      "hooks += more\n"
                      "hooks |= (k,)\n"
                      "n += 1\n"
                      "hooks -= [f]\n"
                      "hooks += [m for m in ms]\n"
                      "self.x.extend(other.items)\n"
                      "f().extend([f])\n")
        << QStringList{"hooks <- f scope=-1 @1",     "hooks <- g() scope=-1 @1",
                       "table <- 'a':h scope=-1 @2", "hooks <- *more scope=-1 @3",
                       "hooks <- k scope=-1 @4",     "hooks <- m scope=-1 @7"};
}

void TestExtractor::stores()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const StoreFact &s : extract(source).stores)
        actual << QStringLiteral("%1 <- %2 scope=%3 @%4")
                      .arg(s.target.str(), s.value.str())
                      .arg(s.scope)
                      .arg(s.line);
    QCOMPARE(actual, expected);
}

void TestExtractor::callGraphFlags()
{
    const FileFacts facts = extract("import a\n"
                                    "@deco\n"
                                    "@app.route('/')\n"
                                    "def f():\n"
                                    "    from b import c\n"
                                    "    d[0]()\n"          // an element of d: a call fact
                                    "    (x or y)()\n"      // a call of x or of y
                                    "    (x or 'y'[0])()\n" // x, or what no name gives
                                    "    'y'[0]()\n"
                                    "    g(h())\n");
    QStringList decorators;
    for (const CallFact &c : facts.calls) {
        if (c.decorator)
            decorators.append(c.callee);
    }
    QCOMPARE(decorators, (QStringList{"deco", "app.route()", "app.route"}));
    // `@deco` is applied to f (its argument); `@app.route('/')` is a factory's call, and what
    // it gives is applied to f.
    QCOMPARE(facts.calls[0].decorates, 0);
    QCOMPARE(facts.calls[1].decorates, 0);
    QCOMPARE(facts.calls[1].origin, CallOrigin::Applied);
    QCOMPARE(facts.calls[2].decorates, -1);
    QCOMPARE(facts.calls[2].arguments, QStringList{QString()}); // "/" is not a name
    QCOMPARE(facts.dynamicCalls, 2);
    QStringList branches;
    for (const CallFact &c : facts.calls) {
        if (c.line == 7 || c.line == 8)
            branches.append(c.callee);
    }
    QCOMPARE(branches, (QStringList{"x", "y", "x"}));
    // An element of a display written there is named by the display's own binding.
    FileFacts element = extract("[f, g][1]()\n[h for h in hs if h][0]()\n");
    std::erase_if(element.calls, [](const CallFact &c) { return c.origin != CallOrigin::Written; });
    QCOMPARE(describeAll(element.calls),
             (QStringList{"<display1>[1] scope=-1 @1", "<display2>[0] scope=-1 @2"}));
    QCOMPARE(element.dynamicCalls, 0);
    const FileFacts literal = extract("getattr(job, 'run')\ngetattr(job, 'do ' + x)\n");
    QCOMPARE(literal.calls[0].arguments, (QStringList{"job", "'run'"}));
    QCOMPARE(literal.calls[1].arguments, (QStringList{"job", ""}));
    const FileFacts splats = extract("run(*jobs, *f(), **opts, **{}, **{'a': f, k: g}, **f())\n");
    QCOMPARE(splats.calls[0].arguments,
             (QStringList{"*jobs", "*", "**opts", "**dict:", "**dict:'a':f,g", "**"}));
    // A display unpacked keeps its elements in order, literals in their (empty) places.
    const FileFacts displays = extract("run(*[f, g], *(1, h))\n");
    QCOMPARE(displays.calls[0].arguments, (QStringList{"*list:f,g", "*tuple:,h"}));
    // A display passed is one too, by position, keyword or dict splat. A display inside one
    // is bound to a name of its own where it is written.
    const FileFacts passed = extract("run([f], ({g},), table={'k': h}, **{'a': f})\n");
    QCOMPARE(passed.calls[0].arguments,
             (QStringList{"list:f", "tuple:<display1>", "table=dict:'k':h", "**dict:'a':f"}));
    QCOMPARE(describeAll(passed.bindings), QStringList{"<display1> scope=-1 @1 display=set:g"});
    // A call, an element or an attribute of either passed: as a callee text writes it.
    // A lambda's defaults, one per parameter entry; none when it has none.
    const FileFacts lambdas = extract("h = lambda a, b=f, *c, d=[g], e=1: a\nk = lambda x: x\n");
    QCOMPARE(lambdas.lambdas[0].parameters, (QStringList{"a", "b", "*c", "d", "e"}));
    QCOMPARE(lambdas.lambdas[0].defaults, (QStringList{"", "f", "", "<display1>", ""}));
    QVERIFY(lambdas.lambdas[1].defaults.isEmpty());
    const FileFacts made = extract("use(Job(), jobs[i], Job().run, (a or b)(), key=make())\n");
    QCOMPARE(made.calls[0].arguments,
             (QStringList{"Job()", "jobs[]", "Job().run", "", "key=make()"}));
    QCOMPARE(facts.imports.size(), std::size_t(2));
    QCOMPARE(facts.imports[0].scope, -1);
    QCOMPARE(facts.imports[1].scope, 0);
}

} // namespace headroom

QTEST_GUILESS_MAIN(headroom::TestExtractor)
#include "tst_extractor.moc"
