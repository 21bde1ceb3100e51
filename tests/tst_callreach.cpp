// Which values reach a use, written from Python's semantics: a binding in a block that may not
// run (an if's, a loop's body, a try's, a case's) still decides every later use inside that
// same block (it has run by then), but not the uses after the block; a function returning an
// element of a container gives that container's elements; a name bound to what such a
// function returns is one more name its result is called by. Each row lists the exact
// call-graph edges ("caller -> callee (kind)") and the calls left unresolved.
#include "callflowharness.h"

#include <QThread>

#include <memory>

using namespace headroom;

class TestCallReach : public QObject
{
    Q_OBJECT

private slots:
    void edges_data();
    void edges();
    void smallStack();
    void storesPastTheBound();
};

void TestCallReach::edges_data()
{
    QTest::addColumn<FileList>("files");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("unresolved");

    const QString defs = "def a():\n    pass\ndef b():\n    pass\ndef c():\n    pass\n";

    // Bindings in blocks ----------------------------------------------------------------------
    QTest::newRow("a binding in a loop's body decides the rest of the body")
        << FileList{{"main.py", "class A:\n    pass\nclass B:\n    pass\n"
                                "def names():\n"
                                "    for kind in (A, B):\n"
                                "        kind = kind.__name__\n"
                                "        kind.upper()\n"}}
        << QStringList{"main.names -> builtins.str.upper (call)"} << 0;
    // Each row's calls name different functions, so that the edges tell which values reach.
    const QStringList onlyB{"main.run -> main.a (reference)", "main.run -> main.b (call)",
                            "main.run -> main.b (reference)"};
    const QStringList either{"main.run -> main.a (call)", "main.run -> main.a (reference)",
                             "main.run -> main.b (call)", "main.run -> main.b (reference)"};
    QTest::newRow("a binding in an if's block decides the rest of that block")
        << FileList{{"main.py", defs + "def run(fast):\n"
                                       "    h = a\n"
                                       "    if fast:\n"
                                       "        h = b\n"
                                       "        h()\n"}}
        << onlyB << 0;
    QTest::newRow("after an if's block, either binding")
        << FileList{{"main.py", defs + "def run(fast):\n"
                                       "    h = a\n"
                                       "    if fast:\n"
                                       "        h = b\n"
                                       "    h()\n"}}
        << either << 0;
    QTest::newRow("in the else of an if, either binding")
        << FileList{{"main.py", defs + "def run(fast):\n"
                                       "    h = a\n"
                                       "    if fast:\n"
                                       "        h = b\n"
                                       "    else:\n"
                                       "        h()\n"}}
        << either << 0;
    QTest::newRow("a case's binding does not decide another case")
        << FileList{{"main.py", defs + "def run(kind):\n"
                                       "    h = a\n"
                                       "    match kind:\n"
                                       "        case 1:\n"
                                       "            h = b\n"
                                       "        case 2:\n"
                                       "            h()\n"}}
        << either << 0;
    // isinstance() narrows a name in its block -------------------------------------------------
    const QString shapes = "class Shape:\n    def area(self):\n        pass\n"
                           "class Square(Shape):\n    def area(self):\n        pass\n"
                           "class Text:\n    def area(self):\n        pass\n";
    QTest::newRow("an isinstance test keeps what the name holds to instances of the class")
        << FileList{{"main.py", shapes + "def pick(flag):\n"
                                         "    if flag:\n        return Square()\n"
                                         "    return Text()\n"
                                         "def run(flag):\n"
                                         "    x = pick(flag)\n"
                                         "    if isinstance(x, Shape):\n"
                                         "        x.area()\n"
                                         "    elif isinstance(x, (Text, Square)):\n"
                                         "        x.area()\n"}}
        << QStringList{"main.Square -> main.Shape (inherit)",
                       "main.pick -> main.Square (instantiate)",
                       "main.pick -> main.Text (instantiate)",
                       "main.run -> builtins.isinstance (call)",
                       "main.run -> main.Square.area (call)",
                       "main.run -> main.Text.area (call)",
                       "main.run -> main.pick (call)"}
        << 0;
    QTest::newRow("a name nothing types is an instance of the class in the block alone")
        << FileList{{"main.py", shapes + "CURRENT = None\n"
                                         "def run(x, y):\n"
                                         "    if isinstance(x, Square) and y:\n"
                                         "        x.area()\n"
                                         "    x.area()\n"
                                         "    if isinstance(CURRENT, Text):\n"
                                         "        CURRENT.area()\n"
                                         "    if isinstance(y, str):\n"
                                         "        y.area()\n"}}
        << QStringList{"main.Square -> main.Shape (inherit)",
                       "main.run -> builtins.isinstance (call)",
                       "main.run -> main.Square.area (call)"}
        << 3;
    // Statements on one line --------------------------------------------------------------
    // A body on its header's line runs after the header binds its targets; a statement after
    // a `;` after the one before it.
    QTest::newRow("a parameter read by a body on the def's line")
        << FileList{{"main.py", defs + "def run(cb): cb()\n"
                                       "run(b)\n"}}
        << QStringList{"main -> main.b (reference)", "main -> main.run (call)",
                       "main.run -> main.b (call)"}
        << 0;
    QTest::newRow("a parameter kept by an __init__ on its def's line")
        << FileList{{"main.py", defs + "class Box:\n"
                                       "    def __init__(self, cb): self.cb = cb\n"
                                       "    def go(self): self.cb()\n"
                                       "Box(a).go()\n"}}
        << QStringList{"main -> main.Box (instantiate)", "main -> main.Box.__init__ (call)",
                       "main -> main.Box.go (call)", "main -> main.a (reference)",
                       "main.Box.go -> main.a (call)"}
        << 0;
    QTest::newRow("a loop's variable read by a body on the for's line")
        << FileList{{"main.py", defs + "def run():\n"
                                       "    h = a\n"
                                       "    for h in [b]: h()\n"}}
        << onlyB << 0;
    QTest::newRow("a with's target read by a body on the with's line")
        << FileList{{"main.py", defs + "class Cm:\n"
                                       "    def __enter__(self):\n        return b\n"
                                       "    def __exit__(self, *exc):\n        pass\n"
                                       "def run():\n"
                                       "    with Cm() as h: h()\n"}}
        << QStringList{"main.Cm.__enter__ -> main.b (reference)",
                       "main.run -> main.Cm (instantiate)", "main.run -> main.Cm.__enter__ (call)",
                       "main.run -> main.Cm.__exit__ (call)", "main.run -> main.b (call)"}
        << 0;
    QTest::newRow("an except's name read by a body on the except's line")
        << FileList{{"main.py", "class Failed(Exception):\n"
                                "    def report(self):\n        pass\n"
                                "def run(job):\n"
                                "    try:\n        job()\n"
                                "    except Failed as e: e.report()\n"}}
        << QStringList{"main.Failed -> builtins.Exception (inherit)",
                       "main.run -> main.Failed.report (call)"}
        << 1;
    QTest::newRow("a statement after a ; sees what the one before binds")
        << FileList{{"main.py", defs + "def run():\n"
                                       "    h = a\n"
                                       "    h = b; h()\n"}}
        << onlyB << 0;
    QTest::newRow("a value reading the name it binds reads the binding before")
        << FileList{{"main.py", defs + "def run():\n"
                                       "    h = a\n"
                                       "    h = h; h = b\n"
                                       "    h()\n"}}
        << onlyB << 0;
    QTest::newRow("what the first statement on a line reads is not bound after it")
        << FileList{{"main.py", defs + "def run():\n"
                                       "    h = a\n"
                                       "    h(); h = b\n"}}
        << QStringList{"main.run -> main.a (call)", "main.run -> main.a (reference)",
                       "main.run -> main.b (reference)"}
        << 0;
    QTest::newRow("a loop's variable decides its body")
        << FileList{{"main.py", defs + "def run():\n"
                                       "    h = a\n"
                                       "    for h in [b]:\n"
                                       "        h()\n"}}
        << onlyB << 0;
    QTest::newRow("after a loop, its variable or what was bound before")
        << FileList{{"main.py", defs + "def run():\n"
                                       "    h = a\n"
                                       "    for h in [b]:\n"
                                       "        pass\n"
                                       "    h()\n"}}
        << either << 0;
    QTest::newRow("a try body's binding decides the rest of the body")
        << FileList{{"main.py", defs + "def run():\n"
                                       "    h = a\n"
                                       "    try:\n"
                                       "        h = b\n"
                                       "        h()\n"
                                       "    except OSError:\n"
                                       "        pass\n"}}
        << onlyB << 0;
    QTest::newRow("a handler sees what was bound before the try and in it")
        << FileList{{"main.py", defs + "def run():\n"
                                       "    h = a\n"
                                       "    try:\n"
                                       "        h = b\n"
                                       "    except OSError:\n"
                                       "        h()\n"}}
        << either << 0;
    QTest::newRow("a while body's binding decides the rest of the body")
        << FileList{{"main.py", defs + "def run(n):\n"
                                       "    h = a\n"
                                       "    while n:\n"
                                       "        h = b\n"
                                       "        h()\n"}}
        << onlyB << 0;
    // What `__name__` gives --------------------------------------------------------------------
    QTest::newRow("the __name__ of a function, class or library object is a string")
        << FileList{{"main.py", "import os\n"
                                "class Job:\n    pass\n"
                                "def f():\n    pass\n"
                                "f.__name__.upper()\n"
                                "Job.__qualname__.lower()\n"
                                "os.path.__name__.split()\n"
                                "Job().__name__.strip()\n"}}
        // An instance's __name__ is whatever its class makes it: unresolved.
        << QStringList{"main -> builtins.str.lower (call)", "main -> builtins.str.split (call)",
                       "main -> builtins.str.upper (call)", "main -> main.Job (instantiate)"}
        << 1;
    // Elements returned --------------------------------------------------------------------
    QTest::newRow("a function returning an element of a module's table")
        << FileList{{"main.py", defs + "table = {'a': a, 'b': b}\n"
                                       "def lookup(name):\n"
                                       "    return table[name]\n"
                                       "lookup('a')()\n"}}
        << QStringList{"main -> main.a (call)", "main -> main.a (reference)",
                       "main -> main.b (call)", "main -> main.b (reference)",
                       "main -> main.lookup (call)"}
        << 0;
    QTest::newRow("a function returning an element of its parameter")
        << FileList{{"main.py", defs + "def pick(options, i):\n"
                                       "    return options[i]\n"
                                       "pick([a, b], 1)()\n"
                                       "pick((c,), 0)()\n"}}
        << QStringList{"main -> main.a (call)",   "main -> main.a (reference)",
                       "main -> main.b (call)",   "main -> main.b (reference)",
                       "main -> main.c (call)",   "main -> main.c (reference)",
                       "main -> main.pick (call)"}
        << 0;
    QTest::newRow("a lambda giving an element; an element of a string is nothing")
        << FileList{{"main.py", defs + "ops = [a]\n"
                                       "first = lambda: ops[0]\n"
                                       "first()()\n"
                                       "def letter(i):\n"
                                       "    return 'abc'[i]\n"
                                       "letter(0)()\n"}}
        << QStringList{"main -> main.<lambda1> (call)", "main -> main.<lambda1> (reference)",
                       "main -> main.a (call)", "main -> main.a (reference)",
                       "main -> main.letter (call)"}
        << 1;
    // Inherited special methods ----------------------------------------------------------------
    QTest::newRow("an inherited __init__ and __call__ run on the subclass's instance")
        << FileList{{"main.py", "class Base:\n"
                                "    def __init__(self):\n        self.setup()\n"
                                "    def __call__(self):\n        self.step()\n"
                                "    def setup(self):\n        pass\n"
                                "    def step(self):\n        pass\n"
                                "class Child(Base):\n"
                                "    def setup(self):\n        pass\n"
                                "    def step(self):\n        pass\n"
                                "class Other(Base):\n"
                                "    def setup(self):\n        pass\n"
                                "Child()()\n"}} // Other is never made: its setup is no callee.
        << QStringList{"main -> main.Base.__call__ (call)",
                       "main -> main.Base.__init__ (call)",
                       "main -> main.Child (instantiate)",
                       "main.Base.__call__ -> main.Base.step (call)",
                       "main.Base.__call__ -> main.Child.step (call)",
                       "main.Base.__init__ -> main.Base.setup (call)",
                       "main.Base.__init__ -> main.Child.setup (call)",
                       "main.Child -> main.Base (inherit)",
                       "main.Other -> main.Base (inherit)"}
        << 0;
    QTest::newRow("an element of an attribute's container returned is not read")
        << FileList{{"main.py", defs + "class Table:\n"
                                       "    def __init__(self):\n        self.ops = [a]\n"
                                       "    def get(self, i):\n        return self.ops[i]\n"
                                       "Table().get(0)()\n"}}
        << QStringList{"main -> main.Table (instantiate)", "main -> main.Table.__init__ (call)",
                       "main -> main.Table.get (call)", "main.Table.__init__ -> main.a (reference)"}
        << 1;
    QTest::newRow("a returned lambda takes what calls of the result pass; a lambda's lambda")
        << FileList{{"main.py", defs + "def make():\n    return lambda cb: cb()\n"
                                       "make()(a)\n"
                                       "twice = lambda: lambda: b\n"
                                       "twice()()\n"}}
        << QStringList{"main -> main.<lambda1> (call)",
                       "main -> main.<lambda1> (reference)",
                       "main -> main.<lambda1>.<lambda1> (call)",
                       "main -> main.a (reference)",
                       "main -> main.make (call)",
                       "main -> main.make.<lambda1> (call)",
                       "main.make -> main.make.<lambda1> (reference)",
                       "main.make.<lambda1> -> main.a (call)"}
        << 0;
    // Names bound to what a function returns --------------------------------------------------
    QTest::newRow("a name bound to a returned function passes its arguments on")
        << FileList{{"main.py", defs + "def run(cb):\n    cb()\n"
                                       "def pick():\n    return run\n"
                                       "class Box:\n    def __call__(self, cb):\n        pass\n"
                                       "def build():\n    return Box()\n"
                                       "h = pick()\n"
                                       "h(a)\n"
                                       "k = build()\n"
                                       "k(b)\n"}}
        // run's cb is a alone: b goes to Box.__call__, which never calls it.
        << QStringList{"main -> main.Box.__call__ (call)",
                       "main -> main.a (reference)",
                       "main -> main.b (reference)",
                       "main -> main.build (call)",
                       "main -> main.pick (call)",
                       "main -> main.run (call)",
                       "main.build -> main.Box (instantiate)",
                       "main.pick -> main.run (reference)",
                       "main.run -> main.a (call)"}
        << 0;
    // Properties with setters, a list's sort ------------------------------------------------
    QTest::newRow("setting a property calls its setter; reading it still calls the getter")
        << FileList{{"main.py", "class Item:\n    def m(self):\n        pass\n"
                                "class Base:\n"
                                "    @property\n    def data(self):\n        return Item()\n"
                                "    @data.setter\n    def data(self, v):\n        pass\n"
                                "    @property\n    def size(self):\n        return 1\n"
                                "class Child(Base):\n"
                                "    def __init__(self):\n        self.data = 1\n"
                                "        self.size2 = 2\n"
                                "c = Child()\n"
                                "c.data.m()\n"
                                "c.data = 3\n"}}
        // size has no setter (`self.size2` is another name): no call for it.
        // (Getter and setter are both named main.Base.data here.)
        << QStringList{"main -> main.Base.data (call)",
                       "main -> main.Base.data (call)",
                       "main -> main.Child (instantiate)",
                       "main -> main.Child.__init__ (call)",
                       "main -> main.Item.m (call)",
                       "main.Base -> builtins.property (decorator)",
                       "main.Base -> builtins.property.setter (decorator)",
                       "main.Base.data -> main.Item (instantiate)",
                       "main.Child -> main.Base (inherit)",
                       "main.Child.__init__ -> main.Base.data (call)"}
        << 0;
    QTest::newRow("a property read on its class is the property, not its getter's value")
        << FileList{{"main.py", "class A:\n"
                                "    @property\n    def p(self):\n        return 1\n"
                                "class B(A):\n"
                                "    @A.p.getter\n    def p(self):\n        return 2\n"
                                "class Meta(type):\n"
                                "    @property\n    def items(cls):\n        return []\n"
                                "    @property\n    def first(cls):\n        return cls.items\n"}}
        << QStringList{"main.A -> builtins.property (decorator)",
                       "main.B -> builtins.property.getter (decorator)",
                       "main.B -> main.A (inherit)",
                       "main.Meta -> builtins.property (decorator)",
                       "main.Meta -> builtins.type (inherit)",
                       "main.Meta.first -> main.Meta.items (call)"}
        << 0;
    QTest::newRow("a list's sort calls its key, a lambda with the list's elements")
        << FileList{{"main.py", "class R:\n    def name(self):\n        return ''\n"
                                "def size(r):\n    return 0\n"
                                "rows = [R()]\n"
                                "rows.sort(key=size)\n"
                                "rows.sort(key=lambda r: r.name())\n"
                                "text = 'x'\n"
                                "text.sort(key=size)\n"}} // a str has no sort: unresolved
        << QStringList{"main -> builtins.list.sort (call)",
                       "main -> main.<lambda1> (call)",
                       "main -> main.<lambda1> (reference)",
                       "main -> main.R (instantiate)",
                       "main -> main.size (call)",
                       "main -> main.size (reference)",
                       "main.<lambda1> -> main.R.name (call)"}
        << 1;
    QTest::newRow("an attribute passed on through a local: a method referred to, a getter read")
        << FileList{{"main.py", "class Form:\n"
                                "    @property\n    def errors(self):\n        return []\n"
                                "    def clean(self):\n        pass\n"
                                "def show(x):\n    pass\n"
                                "def view():\n"
                                "    form = Form()\n"
                                "    show(form.errors)\n"
                                "    hooks = [form.clean]\n"
                                "    show(form.missing)\n" // no such attribute: nothing
                                "f = Form()\n"
                                "show(f.clean)\n"}}
        << QStringList{"main -> main.Form (instantiate)",
                       "main -> main.Form.clean (reference)",
                       "main -> main.show (call)",
                       "main.Form -> builtins.property (decorator)",
                       "main.view -> main.Form (instantiate)",
                       "main.view -> main.Form.clean (reference)",
                       "main.view -> main.Form.errors (call)",
                       "main.view -> main.show (call)"}
        << 0;
    // Key- and place-sensitive: a literal key or index reads the element under it.
    QTest::newRow("an element by a literal key or index is the one under it")
        << FileList{{"main.py", "def f1():\n    pass\ndef f2():\n    pass\ndef f3():\n    pass\n"
                                "d = {'a': f1, 'b': f2}\n"
                                "d['a']()\n" // f1 only
                                "e = {'a': f1}\n"
                                "e['b'] = f2\n"
                                "e['b']()\n" // f2 only
                                "t = (f1, f2)\n"
                                "t[1]()\n"  // f2
                                "t[-2]()\n" // f1
                                "ops = {'x': f1}\n"
                                "ops.update(y=f3)\n"
                                "ops.setdefault('z', f2)\n"
                                "ops['y']()\n" // f3
                                "ops['z']()\n" // f2
                                "table = {'a': {'b': f3}, 'c': f1}\n"
                                "table['a']['b']()\n"}} // f3
        << QStringList{"main -> builtins.dict.setdefault (call)",
                       "main -> builtins.dict.update (call)",
                       "main -> main.f1 (call)",
                       "main -> main.f1 (reference)",
                       "main -> main.f2 (call)",
                       "main -> main.f2 (reference)",
                       "main -> main.f3 (call)",
                       "main -> main.f3 (reference)"}
        << 0;
    QTest::newRow("a slice is a copy: its places are not the ones it is taken from")
        << FileList{{"main.py", "def f1():\n    pass\ndef f2():\n    pass\ndef f3():\n    pass\n"
                                "def rest():\n"
                                "    t = (f1, f2, f3)\n"
                                "    t[1:][1]()\n" // f3, read as any of them
                                "def copied():\n"
                                "    t = (f1, f2, f3)\n"
                                "    u = t[1:]\n"
                                "    u[0]()\n" // f2, read as any of them
                                "def text():\n"
                                "    s = 'abc'\n"
                                "    s[1:].upper()\n"}}
        << QStringList{"main.copied -> main.f1 (call)",
                       "main.copied -> main.f1 (reference)",
                       "main.copied -> main.f2 (call)",
                       "main.copied -> main.f2 (reference)",
                       "main.copied -> main.f3 (call)",
                       "main.copied -> main.f3 (reference)",
                       "main.rest -> main.f1 (call)",
                       "main.rest -> main.f1 (reference)",
                       "main.rest -> main.f2 (call)",
                       "main.rest -> main.f2 (reference)",
                       "main.rest -> main.f3 (call)",
                       "main.rest -> main.f3 (reference)",
                       "main.text -> builtins.str.upper (call)"}
        << 0;
    QTest::newRow("get, pop and setdefault by a literal key give the element under it")
        << FileList{{"main.py", "def f1():\n    pass\ndef f2():\n    pass\n"
                                "d = {'a': f1, 'b': f2}\n"
                                "def got():\n    d.get('a')()\n"               // f1
                                "def popped():\n    x = d.pop('b')\n    x()\n" // f2
                                "def either(key):\n    d.get(key)()\n"
                                "def kept():\n    d.setdefault('c', f1)()\n"}} // f1
        << QStringList{"main -> main.f1 (reference)",
                       "main -> main.f2 (reference)",
                       "main.either -> builtins.dict.get (call)",
                       "main.either -> main.f1 (call)",
                       "main.either -> main.f2 (call)",
                       "main.got -> builtins.dict.get (call)",
                       "main.got -> main.f1 (call)",
                       "main.kept -> builtins.dict.setdefault (call)",
                       "main.kept -> main.f1 (call)",
                       "main.kept -> main.f1 (reference)",
                       "main.popped -> builtins.dict.pop (call)",
                       "main.popped -> main.f2 (call)"}
        << 0;
    QTest::newRow("under a key, what reading cannot pin down adds nothing, as in any element")
        << FileList{{"main.py", "def f1():\n    pass\n"
                                "NOTHING = None\n"
                                "h = {'a': f1}\n"
                                "h['a'] = NOTHING\n"
                                "h['a'] = unknown()\n"
                                "def use():\n    h['a']()\n"}}
        << QStringList{"main -> main.f1 (reference)", "main.use -> main.f1 (call)"} << 1;
    QTest::newRow("a key no element is under, or not a literal, reads what it may be")
        << FileList{{"main.py", "def f1():\n    pass\ndef f2():\n    pass\n"
                                "def pick(k):\n"
                                "    d = {'a': f1, 'b': f2}\n"
                                "    d[k]()\n" // f1 or f2
                                "def listed():\n"
                                "    xs = [f1]\n"
                                "    xs.append(f2)\n"
                                "    xs[0]()\n" // a list put into: any
                                "def missing():\n"
                                "    d = {'a': f1}\n"
                                "    d['b']()\n"}} // KeyError: nothing
        << QStringList{"main.listed -> builtins.list.append (call)",
                       "main.listed -> main.f1 (call)",
                       "main.listed -> main.f1 (reference)",
                       "main.listed -> main.f2 (call)",
                       "main.listed -> main.f2 (reference)",
                       "main.missing -> main.f1 (reference)",
                       "main.pick -> main.f1 (call)",
                       "main.pick -> main.f1 (reference)",
                       "main.pick -> main.f2 (call)",
                       "main.pick -> main.f2 (reference)"}
        << 1;
    QTest::newRow("a dict unpacked into a call fills the parameters its keys name")
        << FileList{{"main.py", "def f1():\n    pass\ndef f2():\n    pass\n"
                                "def run(job, other=None):\n    job()\n"
                                "def later(done):\n    done()\n"
                                "opts = {'job': f1, 'other': f2}\n"
                                "run(**opts)\n" // run -> f1 only
                                "later(**{'done': f2})\n"
                                "class Opts:\n"
                                "    def __init__(self, cb=None):\n        self.cb = cb\n"
                                "    def go(self):\n        self.cb()\n"
                                "def make(**kwargs):\n"
                                "    defaults = {'x': f2}\n"
                                "    defaults.update(kwargs)\n"
                                "    return Opts(**defaults)\n"
                                "make(cb=f1, y=f2)\n"}} // Opts.go -> f1 only
        << QStringList{"main -> main.f1 (reference)",
                       "main -> main.f2 (reference)",
                       "main -> main.later (call)",
                       "main -> main.make (call)",
                       "main -> main.run (call)",
                       "main.Opts.go -> main.f1 (call)",
                       "main.later -> main.f2 (call)",
                       "main.make -> builtins.dict.update (call)",
                       "main.make -> main.Opts (instantiate)",
                       "main.make -> main.Opts.__init__ (call)",
                       "main.make -> main.f2 (reference)",
                       "main.run -> main.f1 (call)"}
        << 0;
    QTest::newRow("a default that is a display, and a lambda's default")
        << FileList{{"main.py", "def f1():\n    pass\ndef f2():\n    pass\n"
                                "def each(xs=[f1, f2]):\n    for x in xs:\n        x()\n"
                                "def pick(ops={'a': f1, 'b': f2}):\n    ops['b']()\n"
                                "each()\npick()\n"
                                "late = lambda cb=f2: cb()\n"
                                "late()\n"
                                "def make():\n    return lambda cb=f1: cb()\n"
                                "make()()\n"
                                "def f3():\n    pass\n"
                                "given = lambda cb=f1: cb()\n"
                                "given(f3)\n"}} // a default and what a call passes
        << QStringList{"main -> main.<lambda1> (call)",
                       "main -> main.<lambda1> (reference)",
                       "main -> main.<lambda2> (call)",
                       "main -> main.<lambda2> (reference)",
                       "main -> main.each (call)",
                       "main -> main.f1 (reference)",
                       "main -> main.f2 (reference)",
                       "main -> main.f3 (reference)",
                       "main -> main.make (call)",
                       "main -> main.make.<lambda1> (call)",
                       "main -> main.pick (call)",
                       "main.<lambda1> -> main.f2 (call)",
                       "main.<lambda2> -> main.f1 (call)",
                       "main.<lambda2> -> main.f3 (call)",
                       "main.each -> main.f1 (call)",
                       "main.each -> main.f2 (call)",
                       "main.make -> main.make.<lambda1> (reference)",
                       "main.make.<lambda1> -> main.f1 (call)",
                       "main.pick -> main.f2 (call)"}
        << 0;
    QTest::newRow("a default is called where its function or lambda is defined")
        << FileList{{"main.py", "def a():\n    pass\n"
                                "def g():\n    return a\n"
                                "def f(x=g()):\n    x()\n"
                                "class C:\n    def m(self, k=g()):\n        pass\n"
                                "def outer():\n    return lambda y=g(): y()\n"
                                "f()\nouter()()\n"}}
        << QStringList{"main -> main.f (call)",
                       "main -> main.g (call)",
                       "main -> main.outer (call)",
                       "main -> main.outer.<lambda1> (call)",
                       "main.C -> main.g (call)",
                       "main.f -> main.a (call)",
                       "main.g -> main.a (reference)",
                       "main.outer -> main.g (call)",
                       "main.outer -> main.outer.<lambda1> (reference)",
                       "main.outer.<lambda1> -> main.a (call)"}
        << 0;
    QTest::newRow("a loop's body sees what it binds later, in the next iteration")
        << FileList{{"main.py", "def f1():\n    pass\ndef f2():\n    pass\ndef f3():\n    pass\n"
                                "class A:\n    def go(self):\n        pass\n"
                                "class B:\n    def go(self):\n        pass\n"
                                "def back(n):\n"
                                "    h = f1\n"
                                "    for i in n:\n"
                                "        h()\n" // f1, then f2
                                "        h = f2\n"
                                "def killed(n):\n"
                                "    h = f1\n"
                                "    for i in n:\n"
                                "        h = f3\n"
                                "        h()\n" // f3 every time
                                "        h = f2\n"
                                "def header():\n"
                                "    xs = [f1]\n"
                                "    for x in xs:\n" // read once, before the body
                                "        x()\n"
                                "        xs = [f2]\n"
                                "def target():\n"
                                "    for h in [f1]:\n"
                                "        h()\n" // the loop binds h again each time
                                "        h = f3\n"
                                "def swap():\n"
                                "    obj = A()\n"
                                "    while obj:\n"
                                "        obj.go()\n" // A.go, then B.go
                                "        obj = B()\n"}}
        << QStringList{"main.back -> main.f1 (call)",        "main.back -> main.f1 (reference)",
                       "main.back -> main.f2 (call)",        "main.back -> main.f2 (reference)",
                       "main.header -> main.f1 (call)",      "main.header -> main.f1 (reference)",
                       "main.header -> main.f2 (reference)", "main.killed -> main.f1 (reference)",
                       "main.killed -> main.f2 (reference)", "main.killed -> main.f3 (call)",
                       "main.killed -> main.f3 (reference)", "main.swap -> main.A (instantiate)",
                       "main.swap -> main.A.go (call)",      "main.swap -> main.B (instantiate)",
                       "main.swap -> main.B.go (call)",      "main.target -> main.f1 (call)",
                       "main.target -> main.f1 (reference)", "main.target -> main.f3 (reference)"}
        << 0;

    // Returned parameters: what each call passes -----------------------------------------------
    QTest::newRow("a function returning its parameter gives each call what it passes")
        << FileList{{"main.py", defs + "def ident(x):\n"
                                       "    return x\n"
                                       "def g1():\n"
                                       "    ident(a)()\n"
                                       "def g2():\n"
                                       "    h = ident(b)\n"
                                       "    h()\n"}}
        << QStringList{"main.g1 -> main.a (call)",      "main.g1 -> main.a (reference)",
                       "main.g1 -> main.ident (call)",  "main.g2 -> main.b (call)",
                       "main.g2 -> main.b (reference)", "main.g2 -> main.ident (call)"}
        << 0;
    QTest::newRow("a method returning a parameter, called on an instance, skips self")
        << FileList{{"main.py", "class A:\n    def go(self):\n        pass\n"
                                "class B:\n    def go(self):\n        pass\n"
                                "class Trace:\n"
                                "    def add(self, var, callback):\n"
                                "        self.seen = callback\n"
                                "        return var\n"
                                "class Page:\n"
                                "    def __init__(self):\n"
                                "        self.name = tracer.add(A(), None)\n"
                                "        self.bold = tracer.add(B(), None)\n"
                                "    def use(self):\n"
                                "        self.name.go()\n"
                                "tracer = Trace()\n"}}
        << QStringList{"main -> main.Trace (instantiate)",
                       "main.Page.__init__ -> main.A (instantiate)",
                       "main.Page.__init__ -> main.B (instantiate)",
                       "main.Page.__init__ -> main.Trace.add (call)",
                       "main.Page.use -> main.A.go (call)"}
        << 0;
    QTest::newRow("either returned parameter, and the default where a call leaves it")
        << FileList{{"main.py", defs + "def pick(x, y=c, first=True):\n"
                                       "    if first:\n"
                                       "        return x\n"
                                       "    return y\n"
                                       "def run():\n"
                                       "    pick(a)()\n"
                                       "def other():\n"
                                       "    pick(a, y=b)()\n"}}
        << QStringList{"main.other -> main.a (call)",    "main.other -> main.a (reference)",
                       "main.other -> main.b (call)",    "main.other -> main.b (reference)",
                       "main.other -> main.pick (call)", "main.run -> main.a (call)",
                       "main.run -> main.a (reference)", "main.run -> main.c (call)",
                       "main.run -> main.pick (call)"}
        << 0;
    QTest::newRow("a parameter bound again inside is not what the call passes")
        << FileList{{"main.py", defs + "def swap(x):\n"
                                       "    x = b\n"
                                       "    return x\n"
                                       "swap(a)()\n"}}
        << QStringList{"main -> main.a (reference)", "main -> main.b (call)",
                       "main -> main.swap (call)", "main.swap -> main.b (reference)"}
        << 0;
    QTest::newRow("what another call passes is not guessed where this one's is unknown")
        << FileList{{"main.py", defs + "def ident(x):\n"
                                       "    return x\n"
                                       "ident(a)\n"
                                       "def run(table):\n"
                                       "    ident(table.pop())()\n"}}
        << QStringList{"main -> main.a (reference)", "main -> main.ident (call)",
                       "main.run -> main.ident (call)"}
        << 2;
}

void TestCallReach::edges()
{
    QFETCH(FileList, files);
    QFETCH(QStringList, expected);
    QFETCH(int, unresolved);
    checkCallFlow(files, expected, unresolved);
}

// A chain of 900 aliases nests one evaluation in another 900 deep, about a megabyte of stack:
// read from a thread with 256 KB, the call graph is built on a thread of its own with room
// for it, and is the same as where the stack is the main thread's.
void TestCallReach::smallStack()
{
    QString source = QStringLiteral("def f():\n    pass\na0 = f\n");
    for (int i = 1; i < 900; ++i)
        source += QStringLiteral("a%1 = a%2\n").arg(i).arg(i - 1);
    source += QStringLiteral("a899()\n");
    ProjectFixture project(FileList{{"main.py", source}});
    const AnalysisPtr analysis = analyzeProject(project.path());
    const auto edges = [](const CallGraph &graph) {
        QStringList out;
        for (const CallEdge &e : graph.edges)
            out << graph.node(e.caller).qualifiedName + " -> " +
                       graph.node(e.callee).qualifiedName + " (" + QLatin1String(keyOf(e.kind)) +
                       ")";
        out.sort();
        return out;
    };
    const CallGraph here = buildCallGraph(*analysis);
    CallGraph there;
    const std::unique_ptr<QThread> small(
        QThread::create([&there, &analysis] { there = buildCallGraph(*analysis); }));
    small->setStackSize(256 * 1024);
    small->start();
    QVERIFY(small->wait(QDeadlineTimer(QDeadlineTimer::Forever)));
    QCOMPARE(edges(here), (QStringList{"main -> main.f (call)", "main -> main.f (reference)"}));
    QCOMPARE(edges(there), edges(here));
    QCOMPARE(there.unresolvedTotal(), 0);
}

// Containers of one name passed to more than 2,000 storing functions of one name (a monorepo
// of projects alike) are not read through them: at the bound the element is still found,
// past it the loop over the container calls nothing reading can tell.
void TestCallReach::storesPastTheBound()
{
    const auto project = [](int storers) {
        QString source = QStringLiteral("def f():\n    pass\n");
        for (int i = 0; i < storers; ++i)
            source += QStringLiteral("class C%1:\n    def add(self, d, v):\n        d.append(v)\n")
                          .arg(i);
        source += QStringLiteral("items = []\nC0().add(items, f)\nfor h in items:\n    h()\n");
        return FileList{{"main.py", source}};
    };
    const auto callsF = [](const FileList &files) {
        ProjectFixture fixture(files);
        const AnalysisPtr analysis = analyzeProject(fixture.path());
        const CallGraph graph = buildCallGraph(*analysis);
        return std::any_of(graph.edges.begin(), graph.edges.end(), [&](const CallEdge &e) {
            return e.kind == CallEdgeKind::Call &&
                   graph.node(e.caller).qualifiedName == QLatin1String("main") &&
                   graph.node(e.callee).qualifiedName == QLatin1String("main.f");
        });
    };
    QVERIFY(callsF(project(2000)));
    QVERIFY(!callsF(project(2001)));
}

QTEST_MAIN(TestCallReach)
#include "tst_callreach.moc"
