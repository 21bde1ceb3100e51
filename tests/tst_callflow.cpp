// Values that flow into a call, written from Python's semantics: a name bound to another
// name (an alias) stands for what that names, and a call of a function stands for what every
// one of its returns gives. Each row lists the exact call-graph edges ("caller -> callee
// (kind)") and the calls left unresolved; the negative rows keep precision: a name bound to
// something unknown in one scope, a chain that names itself.
#include "callflowharness.h"

using namespace headroom;

class TestCallFlow : public QObject
{
    Q_OBJECT

private slots:
    void edges_data();
    void edges();
};

void TestCallFlow::edges_data()
{
    QTest::addColumn<FileList>("files");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("unresolved");

    // Aliases --------------------------------------------------------------------------------
    QTest::newRow("a module-level alias of a function")
        << FileList{{"main.py", "def on_save():\n    pass\n"
                                "handler = on_save\n"
                                "handler()\n"}}
        << QStringList{"main -> main.on_save (call)", "main -> main.on_save (reference)"} << 0;
    QTest::newRow("an alias of self")
        << FileList{{"main.py", "class Report:\n"
                                "    def header(self):\n        pass\n"
                                "    def render(self):\n"
                                "        me = self\n"
                                "        me.header()\n"}}
        << QStringList{"main.Report.render -> main.Report.header (call)"} << 0;
    QTest::newRow("an alias of an alias")
        << FileList{{"main.py", "def f():\n    pass\n"
                                "def run():\n"
                                "    a = f\n    b = a\n    b()\n"}}
        << QStringList{"main.run -> main.f (call)", "main.run -> main.f (reference)"} << 0;
    QTest::newRow("an alias of another module's function")
        << FileList{{"pkg/__init__.py", ""},
                    {"pkg/jobs.py", "def run():\n    pass\n"},
                    {"main.py", "from pkg import jobs\n"
                                "go = jobs.run\n"
                                "go()\n"}}
        << QStringList{"main -> pkg.jobs.run (call)", "main -> pkg.jobs.run (reference)"} << 0;
    QTest::newRow("an alias of a bound method")
        << FileList{{"main.py", "class Job:\n"
                                "    def run(self):\n        pass\n"
                                "    def start(self):\n"
                                "        go = self.run\n"
                                "        go()\n"}}
        << QStringList{"main.Job.start -> main.Job.run (call)",
                       "main.Job.start -> main.Job.run (reference)"}
        << 0;
    QTest::newRow("an alias of a class instantiates it")
        << FileList{{"main.py", "class Job:\n    pass\n"
                                "Kind = Job\n"
                                "Kind()\n"}}
        << QStringList{"main -> main.Job (instantiate)"} << 0;
    QTest::newRow("a shadowed builtin")
        << FileList{{"main.py", "def my_len(x):\n    return 0\n"
                                "len = my_len\n"
                                "len([])\n"}}
        << QStringList{"main -> main.my_len (call)", "main -> main.my_len (reference)"} << 0;
    QTest::newRow("a self attribute bound to a method")
        << FileList{{"main.py", "class Button:\n"
                                "    def __init__(self):\n        self.cb = self.on_click\n"
                                "    def on_click(self):\n        pass\n"
                                "    def press(self):\n        self.cb()\n"}}
        << QStringList{"main.Button.__init__ -> main.Button.on_click (reference)",
                       "main.Button.press -> main.Button.on_click (call)"}
        << 0;
    QTest::newRow("a self attribute bound to two functions")
        << FileList{{"main.py", "def a():\n    pass\n"
                                "def b():\n    pass\n"
                                "class Button:\n"
                                "    def __init__(self):\n        self.cb = a\n"
                                "    def reset(self):\n        self.cb = b\n"
                                "    def press(self):\n        self.cb()\n"}}
        << QStringList{"main.Button.__init__ -> main.a (reference)",
                       "main.Button.press -> main.a (call)", "main.Button.press -> main.b (call)",
                       "main.Button.reset -> main.b (reference)"}
        << 0;
    QTest::newRow("rebound in a branch: both")
        << FileList{{"main.py", "import sys\n"
                                "def on_save():\n    pass\n"
                                "def on_load():\n    pass\n"
                                "handler = on_save\n"
                                "if sys.argv:\n    handler = on_load\n"
                                "handler()\n"}}
        << QStringList{"main -> main.on_load (call)", "main -> main.on_load (reference)",
                       "main -> main.on_save (call)", "main -> main.on_save (reference)"}
        << 0;
    QTest::newRow("a binding that always runs hides the ones before it")
        << FileList{{"main.py", "def a():\n    pass\n"
                                "def b():\n    pass\n"
                                "def main():\n    h = a\n    h = b\n    h()\n"}}
        << QStringList{"main.main -> main.a (reference)", "main.main -> main.b (call)",
                       "main.main -> main.b (reference)"}
        << 0;
    QTest::newRow("a rebinding after the call does not reach it")
        << FileList{{"main.py", "def a():\n    pass\n"
                                "def b():\n    pass\n"
                                "def main():\n    h = a\n    h()\n    h = b\n"}}
        << QStringList{"main.main -> main.a (call)", "main.main -> main.a (reference)",
                       "main.main -> main.b (reference)"}
        << 0;
    QTest::newRow("a function reads the module's names as they end")
        << FileList{{"main.py", "def a():\n    pass\n"
                                "def b():\n    pass\n"
                                "h = a\n"
                                "def main():\n    h()\n"
                                "h = b\n"}}
        << QStringList{"main -> main.a (reference)", "main -> main.b (reference)",
                       "main.main -> main.b (call)"}
        << 0;
    QTest::newRow("an import with a fallback definition: both")
        << FileList{{"main.py", "try:\n    from fast import dumps\n"
                                "except ImportError:\n    def dumps(x):\n        pass\n"
                                "dumps(1)\n"}}
        << QStringList{"main -> fast.dumps (call)", "main -> main.dumps (call)"} << 0;
    QTest::newRow("instances of two classes: the method of each")
        << FileList{{"main.py", "class A:\n    def run(self):\n        pass\n"
                                "class B:\n    def run(self):\n        pass\n"
                                "def pick(flag):\n"
                                "    if flag:\n        return A()\n"
                                "    return B()\n"
                                "pick(1).run()\n"}}
        << QStringList{"main -> main.A.run (call)", "main -> main.B.run (call)",
                       "main -> main.pick (call)", "main.pick -> main.A (instantiate)",
                       "main.pick -> main.B (instantiate)"}
        << 0;
    // Negative: a value nothing pins down in one branch, a generator, a chain naming itself,
    // a parameter's default.
    QTest::newRow("a branch binding something unknown gives nothing")
        << FileList{{"main.py", "import sys, ext\n"
                                "def a():\n    pass\n"
                                "h = a\n"
                                "if sys.argv:\n    h = ext.make()\n"
                                "h()\n"}}
        << QStringList{"main -> ext.make (call)", "main -> main.a (reference)"} << 1;
    QTest::newRow("a generator's call gives no return value")
        << FileList{{"main.py", "def a():\n    pass\n"
                                "def gen():\n    yield 1\n    return a\n"
                                "h = gen()\n"
                                "h()\n"}}
        << QStringList{"main -> main.gen (call)", "main.gen -> main.a (reference)"} << 1;
    QTest::newRow("a chain that names itself")
        << FileList{{"main.py", "x = x.y\nx()\n"}} << QStringList{} << 1;
    QTest::newRow("a parameter's default is one of its values")
        << FileList{{"main.py", "def on_save():\n    pass\n"
                                "def on_load():\n    pass\n"
                                "def run(job=on_save):\n    job()\n"
                                "run(on_load)\n"}}
        << QStringList{"main -> main.on_load (reference)", "main -> main.run (call)",
                       "main.run -> main.on_load (call)", "main.run -> main.on_save (call)"}
        << 0;

    // Parameters -----------------------------------------------------------------------------
    QTest::newRow("an argument flows into a parameter")
        << FileList{{"main.py", "def on_save():\n    pass\n"
                                "def run_twice(job):\n    job()\n    job()\n"
                                "run_twice(on_save)\n"}}
        << QStringList{"main -> main.on_save (reference)", "main -> main.run_twice (call)",
                       "main.run_twice -> main.on_save (call)"}
        << 0;
    QTest::newRow("a keyword argument")
        << FileList{{"main.py", "def on_save():\n    pass\n"
                                "def run(n, job=None):\n    job()\n"
                                "run(1, job=on_save)\n"}}
        << QStringList{"main -> main.on_save (reference)", "main -> main.run (call)",
                       "main.run -> main.on_save (call)"}
        << 0;
    QTest::newRow("an instance passed on")
        << FileList{{"main.py", "class A:\n    def save(self):\n        pass\n"
                                "def process(obj):\n    obj.save()\n"
                                "a = A()\n"
                                "process(a)\n"}}
        << QStringList{"main -> main.A (instantiate)", "main -> main.process (call)",
                       "main.process -> main.A.save (call)"}
        << 0;
    QTest::newRow("a method's parameter, called through self")
        << FileList{{"main.py", "def helper():\n    pass\n"
                                "class K:\n"
                                "    def run(self, cb):\n        cb()\n"
                                "    def go(self):\n        self.run(helper)\n"}}
        << QStringList{"main.K.go -> main.K.run (call)", "main.K.go -> main.helper (reference)",
                       "main.K.run -> main.helper (call)"}
        << 0;
    QTest::newRow("a constructor keeps a callback")
        << FileList{{"main.py", "def on_done():\n    pass\n"
                                "class Job:\n"
                                "    def __init__(self, cb):\n        self.cb = cb\n"
                                "    def go(self):\n        self.cb()\n"
                                "Job(on_done)\n"}}
        << QStringList{"main -> main.Job (instantiate)", "main -> main.Job.__init__ (call)",
                       "main -> main.on_done (reference)", "main.Job.go -> main.on_done (call)"}
        << 0;
    QTest::newRow("an inherited __init__ takes what instantiating a subclass passes")
        << FileList{{"main.py", "class A:\n    def __init__(self, cb):\n        self.cb = cb\n"
                                "    def run(self):\n        self.cb()\n"
                                "class B(A):\n    pass\nclass BB(B):\n    pass\n"
                                "class C(A):\n    def __init__(self, x):\n"
                                "        super().__init__(g)\n"
                                "def f():\n    pass\ndef g():\n    pass\ndef h():\n    pass\n"
                                "def k():\n    pass\n"
                                "B(f).run()\nBB(cb=k)\nC(h)\n"}}
        << QStringList{"main -> main.A.__init__ (call)",
                       "main -> main.A.run (call)",
                       "main -> main.B (instantiate)",
                       "main -> main.BB (instantiate)",
                       "main -> main.C (instantiate)",
                       "main -> main.C.__init__ (call)",
                       "main -> main.f (reference)",
                       "main -> main.h (reference)",
                       "main -> main.k (reference)",
                       "main.A.run -> main.f (call)",
                       "main.A.run -> main.g (call)",
                       "main.A.run -> main.k (call)",
                       "main.B -> main.A (inherit)",
                       "main.BB -> main.B (inherit)",
                       "main.C -> main.A (inherit)",
                       "main.C.__init__ -> main.A.__init__ (call)",
                       "main.C.__init__ -> main.g (reference)"}
        << 0;
    QTest::newRow("two callers pass different functions")
        << FileList{{"main.py", "def a():\n    pass\n"
                                "def b():\n    pass\n"
                                "def run(job):\n    job()\n"
                                "run(a)\nrun(b)\n"}}
        << QStringList{"main -> main.a (reference)", "main -> main.b (reference)",
                       "main -> main.run (call)", "main.run -> main.a (call)",
                       "main.run -> main.b (call)"}
        << 0;
    QTest::newRow("a decorated function's callers pass through the decorator")
        << FileList{{"main.py", "import functools\n"
                                "def on_save():\n    pass\n"
                                "@functools.cache\n"
                                "def run(job):\n    job()\n"
                                "run(on_save)\n"}}
        << QStringList{"main -> functools.cache (decorator)", "main -> main.on_save (reference)",
                       "main -> main.run (call)"}
        << 1;
    // A list's order is not read, but every element of this one is on_save: so is job.
    QTest::newRow("an argument through a splat")
        << FileList{{"main.py", "def on_save():\n    pass\n"
                                "def run(job):\n    job()\n"
                                "jobs = [on_save]\n"
                                "run(*jobs)\n"}}
        << QStringList{"main -> main.on_save (reference)", "main -> main.run (call)",
                       "main.run -> main.on_save (call)"}
        << 0;
    QTest::newRow("an argument through a splat of two different elements")
        << FileList{{"main.py", "def on_save():\n    pass\n"
                                "def on_load():\n    pass\n"
                                "def run(job, other):\n    job()\n"
                                "jobs = {on_save, on_load}\n"
                                "run(*jobs)\n"}}
        << QStringList{"main -> main.on_load (reference)", "main -> main.on_save (reference)",
                       "main -> main.run (call)"}
        << 1;

    // Builtins that call what they are given ------------------------------------------------
    QTest::newRow("map calls its function")
        << FileList{{"main.py", "def double(x):\n    return x\n"
                                "list(map(double, [1]))\n"}}
        << QStringList{"main -> builtins.list (call)", "main -> builtins.map (call)",
                       "main -> main.double (call)", "main -> main.double (reference)"}
        << 0;
    QTest::newRow("sorted calls its key, min a class")
        << FileList{{"main.py", "class Rank:\n    pass\n"
                                "def rank(x):\n    return x\n"
                                "sorted([1], key=rank)\n"
                                "min([1], key=Rank)\n"}}
        << QStringList{"main -> builtins.min (call)", "main -> builtins.sorted (call)",
                       "main -> main.Rank (instantiate)", "main -> main.rank (call)",
                       "main -> main.rank (reference)"}
        << 0;
    QTest::newRow("functools, itertools and heapq call what they are given, where they say")
        << FileList{{"main.py", "import functools, heapq, itertools\n"
                                "def add(a, b):\n    return a\n"
                                "def key(x):\n    return x\n"
                                "def small(x):\n    return x\n"
                                "def unused(x):\n    return x\n"
                                "functools.reduce(add, [1, 2])\n"
                                "list(itertools.starmap(add, [(1, 2)]))\n"
                                "itertools.accumulate([1], add)\n"
                                "itertools.groupby([1], key=key)\n"
                                "heapq.nsmallest(1, [1], small)\n"
                                "itertools.groupby(unused, [1])\n"}} // its iterable: not called
        << QStringList{"main -> builtins.list (call)",     "main -> functools.reduce (call)",
                       "main -> heapq.nsmallest (call)",   "main -> itertools.accumulate (call)",
                       "main -> itertools.groupby (call)", "main -> itertools.starmap (call)",
                       "main -> main.add (call)",          "main -> main.add (reference)",
                       "main -> main.key (call)",          "main -> main.key (reference)",
                       "main -> main.small (call)",        "main -> main.small (reference)",
                       "main -> main.unused (reference)"}
        << 0;
    QTest::newRow("a map of the project's own is not the builtin")
        << FileList{{"main.py", "def double(x):\n    return x\n"
                                "def map(f, xs):\n    return xs\n"
                                "map(double, [1])\n"}}
        << QStringList{"main -> main.double (reference)", "main -> main.map (call)"} << 0;

    // Returns --------------------------------------------------------------------------------
    QTest::newRow("a returned function")
        << FileList{{"main.py", "def on_save():\n    pass\n"
                                "def pick_handler():\n    return on_save\n"
                                "handler = pick_handler()\n"
                                "handler()\n"}}
        << QStringList{"main -> main.on_save (call)", "main -> main.pick_handler (call)",
                       "main.pick_handler -> main.on_save (reference)"}
        << 0;
    QTest::newRow("a returned class")
        << FileList{{"main.py", "class Job:\n    pass\n"
                                "def kind():\n    return Job\n"
                                "k = kind()\n"
                                "k()\n"}}
        << QStringList{"main -> main.Job (instantiate)", "main -> main.kind (call)"} << 0;
    QTest::newRow("return self chains")
        << FileList{{"main.py", "class Query:\n"
                                "    def where(self):\n        return self\n"
                                "    def run(self):\n        pass\n"
                                "Query().where().run()\n"}}
        << QStringList{"main -> main.Query (instantiate)", "main -> main.Query.run (call)",
                       "main -> main.Query.where (call)"}
        << 0;
    QTest::newRow("an attribute of what a call gives, bound and returned")
        << FileList{{"main.py", "class Job:\n"
                                "    def run(self):\n        pass\n"
                                "    def stop(self):\n        pass\n"
                                "def make():\n    return Job()\n"
                                "def runner():\n    return Job().run\n"
                                "go = make().stop\n"
                                "go()\n"
                                "runner()()\n"}}
        << QStringList{"main -> main.Job.run (call)",
                       "main -> main.Job.stop (call)",
                       "main -> main.make (call)",
                       "main -> main.runner (call)",
                       "main.make -> main.Job (instantiate)",
                       "main.runner -> main.Job (instantiate)"}
        << 0;
    QTest::newRow("returns of two functions: both")
        << FileList{{"main.py", "def a():\n    pass\n"
                                "def b():\n    pass\n"
                                "def pick(flag):\n"
                                "    if flag:\n        return a\n"
                                "    return b\n"
                                "h = pick(1)\n"
                                "h()\n"}}
        << QStringList{"main -> main.a (call)", "main -> main.b (call)", "main -> main.pick (call)",
                       "main.pick -> main.a (reference)", "main.pick -> main.b (reference)"}
        << 0;
    QTest::newRow("a return of something else gives nothing")
        << FileList{{"main.py", "def a():\n    pass\n"
                                "def pick(flag):\n"
                                "    if flag:\n        return a\n"
                                "    return flag + 1\n"
                                "h = pick(1)\n"
                                "h()\n"}}
        << QStringList{"main -> main.pick (call)", "main.pick -> main.a (reference)"} << 1;

    // Arguments that are calls or elements -----------------------------------------------------
    QTest::newRow("an instance made in the argument")
        << FileList{{"main.py", "class H:\n    def run(self):\n        pass\n"
                                "def use(job):\n    job.run()\n"
                                "def use_kw(job=None):\n    job.run()\n"
                                "use(H())\nuse_kw(job=H())\n"}}
        << QStringList{"main -> main.H (instantiate)", "main -> main.use (call)",
                       "main -> main.use_kw (call)", "main.use -> main.H.run (call)",
                       "main.use_kw -> main.H.run (call)"}
        << 0;
    QTest::newRow("an element read in the argument")
        << FileList{{"main.py", "def on_save():\n    pass\n"
                                "def use(job):\n    job()\n"
                                "jobs = [on_save]\nuse(jobs[0])\n"}}
        << QStringList{"main -> main.on_save (reference)", "main -> main.use (call)",
                       "main.use -> main.on_save (call)"}
        << 0;
    QTest::newRow("a bound method of a new instance as the argument")
        << FileList{{"main.py", "class J:\n    def key(self, x):\n        return x\n"
                                "sorted([2, 1], key=J().key)\n"}}
        << QStringList{"main -> builtins.sorted (call)", "main -> main.J (instantiate)",
                       "main -> main.J.key (call)"}
        << 0;
    // `@registered(on_save)` is a call of registered like any: its parameter is on_save.
    QTest::newRow("a decorator factory's arguments reach its parameters")
        << FileList{{"main.py", "def on_save():\n    pass\n"
                                "def registered(hook):\n    def wrap(func):\n"
                                "        hook()\n        return func\n    return wrap\n"
                                "@registered(on_save)\ndef handler():\n    pass\n"
                                "handler()\n"}}
        << QStringList{"main -> main.handler (call)",
                       "main -> main.on_save (reference)",
                       "main -> main.registered (decorator)",
                       "main -> main.registered.wrap (decorator)",
                       "main.registered -> main.registered.wrap (reference)",
                       "main.registered.wrap -> main.on_save (call)"}
        << 0;
    // `@deco(1)` calls deco, then what it gives with the function: a wrapper's fn is f.
    QTest::newRow("a decorator factory's decorator gets the function")
        << FileList{{"main.py", "def deco(n):\n    def wrap(fn):\n        def inner():\n"
                                "            return fn()\n        return inner\n"
                                "    return wrap\n"
                                "@deco(1)\ndef f():\n    pass\n"
                                "f()\n"}}
        << QStringList{"main -> main.deco (decorator)",
                       "main -> main.deco.wrap (decorator)",
                       "main -> main.deco.wrap.inner (call)",
                       "main.deco -> main.deco.wrap (reference)",
                       "main.deco.wrap -> main.deco.wrap.inner (reference)",
                       "main.deco.wrap.inner -> main.f (call)"}
        << 0;
    // `@outer @inner def f` is outer(inner(f)): outer's fn is inner's wrapper, not f.
    QTest::newRow("stacked decorators: the outer one gets what the inner one gives")
        << FileList{{"main.py", "def outer(fn):\n    def wo():\n        return fn()\n"
                                "    return wo\n"
                                "def inner(fn):\n    def wi():\n        return fn()\n"
                                "    return wi\n"
                                "def ident(fn):\n    return fn\n"
                                "@outer\n@ident\n@inner\ndef f():\n    pass\n"
                                "f()\n"}}
        << QStringList{"main -> main.ident (decorator)",
                       "main -> main.inner (decorator)",
                       "main -> main.outer (decorator)",
                       "main -> main.outer.wo (call)",
                       "main.inner -> main.inner.wi (reference)",
                       "main.inner.wi -> main.f (call)",
                       "main.outer -> main.outer.wo (reference)",
                       "main.outer.wo -> main.inner.wi (call)"}
        << 0;
    // Reading a property calls its getter: `A().b.run()` calls A.b, then B.run; a plain method
    // read on the way is no call.
    QTest::newRow("a property read on the way is a call of its getter")
        << FileList{{"main.py", "class B:\n    def run(self):\n        pass\n"
                                "class A:\n    @property\n    def b(self):\n        return B()\n"
                                "    def c(self):\n        return B()\n"
                                "    def use(self):\n        self.b.run()\n"
                                "        x = self.c\n        return x\n"
                                "def other(a: A):\n    return a.use()\n"}}
        << QStringList{"main.A -> builtins.property (decorator)",
                       "main.A.b -> main.B (instantiate)",
                       "main.A.c -> main.B (instantiate)",
                       "main.A.use -> main.A.b (call)",
                       "main.A.use -> main.A.c (reference)",
                       "main.A.use -> main.B.run (call)",
                       "main.other -> main.A.use (call)"}
        << 0;
    // A property first read inside another value (what `helper(a)` returns) and then by an
    // expression of its own: each expression that reads it calls its getter, whichever read
    // came first (what the class gives for the name is kept once worked out).
    QTest::newRow("a property read again after a read inside another value")
        << FileList{{"main.py", "class A:\n    @property\n    def b(self):\n        return B()\n"
                                "class B:\n    def run(self):\n        pass\n"
                                "def helper(a: A):\n    return a.b\n"
                                "def main():\n    a = A()\n    helper(a).run()\n    a.b.run()\n"
                                "def other(a: A):\n    a.b.run()\n"}}
        << QStringList{"main.A -> builtins.property (decorator)",
                       "main.A.b -> main.B (instantiate)",
                       "main.helper -> main.A.b (call)",
                       "main.main -> main.A (instantiate)",
                       "main.main -> main.A.b (call)",
                       "main.main -> main.B.run (call)",
                       "main.main -> main.helper (call)",
                       "main.other -> main.A.b (call)",
                       "main.other -> main.B.run (call)"}
        << 0;
    // Through self, any read of a property calls its getter (`x = self.errors`, `if
    // self.ready:`), also in a function nested in the method; a property of the same name on
    // another class, a plain attribute and a store are no call.
    QTest::newRow("a property read through self by any expression")
        << FileList{{"main.py", "class Form:\n"
                                "    @property\n    def errors(self):\n        return {}\n"
                                "    def ready(self):\n        return 1\n"
                                "    def check(self):\n"
                                "        x = self.errors\n"
                                "        y = self.ready\n"
                                "        self.other = 2\n"
                                "        def inner():\n            return self.errors\n"
                                "        return x, y, inner\n"
                                "class Other:\n"
                                "    @property\n    def ready(self):\n        return 1\n"}}
        << QStringList{"main.Form -> builtins.property (decorator)",
                       "main.Form.check -> main.Form.check.inner (reference)",
                       "main.Form.check -> main.Form.errors (call)",
                       "main.Form.check -> main.Form.ready (reference)",
                       "main.Form.check.inner -> main.Form.errors (call)",
                       "main.Other -> builtins.property (decorator)"}
        << 0;
    QTest::newRow("a property read through another name and bound")
        << FileList{{"main.py", "class Form:\n"
                                "    @property\n    def errors(self):\n        return {}\n"
                                "    def ready(self):\n        return 1\n"
                                "def check(form: Form):\n"
                                "    x = form.errors\n"
                                "    y = form.ready\n"
                                "    return x, y\n"
                                "form = Form()\n"
                                "errors = form.errors\n"}}
        << QStringList{"main -> main.Form (instantiate)", "main -> main.Form.errors (call)",
                       "main.Form -> builtins.property (decorator)",
                       "main.check -> main.Form.errors (call)",
                       "main.check -> main.Form.ready (reference)"}
        << 0;
    // Reading a property as a statement of its own (for its effect) or as what a function
    // returns runs its getter; a method or a nested function returned is handed on.
    QTest::newRow("a property read by a statement of its own or returned")
        << FileList{{"main.py", "class Form:\n"
                                "    @property\n    def errors(self):\n        return {}\n"
                                "    def ready(self):\n        return 1\n"
                                "def check(form: Form):\n    form.errors\n"
                                "def report(form: Form):\n    return form.errors\n"
                                "def pick(form: Form):\n    return form.ready\n"
                                "def make():\n    def inner():\n        pass\n"
                                "    return inner\n"}}
        << QStringList{"main.Form -> builtins.property (decorator)",
                       "main.check -> main.Form.errors (call)",
                       "main.make -> main.make.inner (reference)",
                       "main.pick -> main.Form.ready (reference)",
                       "main.report -> main.Form.errors (call)"}
        << 0;
    // One of a parameter's values that cannot have the attribute is not where a call leads;
    // one that may answer any name (__getattr__) leaves the call unresolved.
    QTest::newRow("a value lacking the method is left out")
        << FileList{{"main.py", "class Sock:\n    def close(self):\n        pass\n"
                                "class FakeSock:\n    kind = 2\n"
                                "def shut(sock):\n    sock.close()\n"
                                "shut(Sock())\nshut(FakeSock())\nshut('name')\n"}}
        << QStringList{"main -> main.FakeSock (instantiate)", "main -> main.Sock (instantiate)",
                       "main -> main.shut (call)", "main.shut -> main.Sock.close (call)"}
        << 0;
    QTest::newRow("a value answering any name keeps the call unresolved")
        << FileList{{"main.py", "class Sock:\n    def close(self):\n        pass\n"
                                "class Proxy:\n    def __getattr__(self, name):\n"
                                "        return print\n"
                                "def shut(sock):\n    sock.close()\n"
                                "shut(Sock())\nshut(Proxy())\n"}}
        << QStringList{"main -> main.Proxy (instantiate)", "main -> main.Sock (instantiate)",
                       "main -> main.shut (call)"}
        << 1;
    QTest::newRow("a builtin value has only its own methods")
        << FileList{{"main.py", "def url(to):\n    return to.get_absolute_url()\n"
                                "def upper(text):\n    return text.upper()\n"
                                "url(str(1))\nupper(str(2))\nstr.mro()\n"}}
        << QStringList{"main -> builtins.str (call)", "main -> builtins.str.mro (call)",
                       "main -> main.upper (call)", "main -> main.url (call)",
                       "main.upper -> builtins.str.upper (call)"}
        << 1;

    // Conditional expressions and boolean operators --------------------------------------------
    // Either branch of `a if c else b` and either operand of `a or b`; `a and b` gives b (a only
    // when false); None and other literals are nothing to call.
    QTest::newRow("a conditional value is either branch")
        << FileList{{"main.py", "def f():\n    pass\ndef g():\n    pass\ndef k():\n    pass\n"
                                "c = 1\nh = f if c else g\nh()\n"
                                "j = k or None\nj()\nm = c and g\nm()\n"
                                "def pick(x):\n    return f if x else (None or k)\n"
                                "pick(1)()\n"}}
        << QStringList{"main -> main.f (call)", "main -> main.g (call)", "main -> main.k (call)",
                       "main -> main.pick (call)"}
        << 0;
    QTest::newRow("a conditional called where it is written calls either branch")
        << FileList{{"main.py", "def f():\n    pass\ndef g():\n    pass\ndef k(x):\n    x()\n"
                                "c = 1\nfs = [f]\n(f if c else g)()\n(k or f)(g)\n"
                                "(g if c else fs[0])()\n(g if c else 'f'[0])()\n(c and k)(f)\n"}}
        << QStringList{"main -> main.f (call)",  "main -> main.f (reference)",
                       "main -> main.g (call)",  "main -> main.g (reference)",
                       "main -> main.k (call)",  "main.k -> main.f (call)",
                       "main.k -> main.g (call)"}
        << 1;
    QTest::newRow("a decorator returning an instance makes the name that instance")
        << FileList{{"main.py", "class Wrap:\n    def __init__(self, fn):\n        self.fn = fn\n"
                                "    def __call__(self):\n        self.fn()\n"
                                "class Desc:\n    def __init__(self, fn):\n        self.fn = fn\n"
                                "    def __get__(self, obj, owner):\n        return self.fn\n"
                                "def dec(fn):\n    return Wrap(fn)\n"
                                "def bind(fn):\n    return Desc(fn)\n"
                                "@dec\ndef func():\n    pass\n"
                                "@bind\ndef other():\n    pass\n"
                                "func()\nother()\n"}}
        << QStringList{"main -> main.Wrap.__call__ (call)",
                       "main -> main.bind (decorator)",
                       "main -> main.dec (decorator)",
                       "main -> main.other (call)",
                       "main.Desc.__get__ -> main.other (reference)",
                       "main.Wrap.__call__ -> main.func (call)",
                       "main.bind -> main.Desc (instantiate)",
                       "main.bind -> main.Desc.__init__ (call)",
                       "main.dec -> main.Wrap (instantiate)",
                       "main.dec -> main.Wrap.__init__ (call)"}
        << 0;
    QTest::newRow("a decorator returning a lambda makes the name that lambda")
        << FileList{{"main.py", "def dec(fn):\n    return lambda: fn()\n"
                                "@dec\ndef f():\n    pass\nf()\n"}}
        << QStringList{"main -> main.dec (decorator)", "main -> main.dec.<lambda1> (call)",
                       "main.dec -> main.dec.<lambda1> (reference)",
                       "main.dec.<lambda1> -> main.f (call)"}
        << 0;
    QTest::newRow("a decorator's wrapper passes each call's arguments to its own function")
        << FileList{{"main.py", "def logged(fn):\n    def inner(*args, **kwargs):\n"
                                "        return fn(*args, **kwargs)\n    return inner\n"
                                "@logged\ndef run(job):\n    job()\n"
                                "@logged\ndef other(cb):\n    cb()\n"
                                "def a():\n    pass\ndef b():\n    pass\n"
                                "run(a)\nother(cb=b)\n"}}
        << QStringList{"main -> main.a (reference)",
                       "main -> main.b (reference)",
                       "main -> main.logged (decorator)",
                       "main -> main.logged.inner (call)",
                       "main.logged -> main.logged.inner (reference)",
                       "main.logged.inner -> main.other (call)",
                       "main.logged.inner -> main.run (call)",
                       "main.other -> main.b (call)",
                       "main.run -> main.a (call)"}
        << 0;
    QTest::newRow("a decorator factory's wrapper, or one naming each parameter, passes them on")
        << FileList{{"main.py", "def retry(times):\n    def dec(fn):\n"
                                "        def inner(*args, **kwargs):\n"
                                "            return fn(*args, **kwargs)\n"
                                "        return inner\n    return dec\n"
                                "def plain(fn):\n    def inner(x):\n        return fn(x)\n"
                                "    return inner\n"
                                "def swapped(fn):\n    def inner(x, y):\n        return fn(y, x)\n"
                                "    return inner\n"
                                "@retry(3)\ndef run(job):\n    job()\n"
                                "@plain\ndef other(cb):\n    cb()\n"
                                "@swapped\ndef third(cb, n):\n    cb()\n"
                                "def a():\n    pass\ndef b():\n    pass\n"
                                "run(a)\nother(b)\nthird(a, 1)\n"}}
        << QStringList{"main -> main.a (reference)",
                       "main -> main.b (reference)",
                       "main -> main.plain (decorator)",
                       "main -> main.plain.inner (call)",
                       "main -> main.retry (decorator)",
                       "main -> main.retry.dec (decorator)",
                       "main -> main.retry.dec.inner (call)",
                       "main -> main.swapped (decorator)",
                       "main -> main.swapped.inner (call)",
                       "main.other -> main.b (call)",
                       "main.plain -> main.plain.inner (reference)",
                       "main.plain.inner -> main.other (call)",
                       "main.retry -> main.retry.dec (reference)",
                       "main.retry.dec -> main.retry.dec.inner (reference)",
                       "main.retry.dec.inner -> main.run (call)",
                       "main.run -> main.a (call)",
                       "main.swapped -> main.swapped.inner (reference)",
                       "main.swapped.inner -> main.third (call)"}
        << 1;
    QTest::newRow("a method's wrapper passes self and the arguments on")
        << FileList{{"main.py", "def logged(fn):\n"
                                "    def wrapper(self, *args, **kwargs):\n"
                                "        return fn(self, *args, **kwargs)\n"
                                "    return wrapper\n"
                                "def on_save():\n    pass\n"
                                "class Job:\n    @logged\n    def run(self, cb):\n        cb()\n"
                                "    def again(self):\n        self.run(on_save)\n"
                                "Job().run(on_save)\n"
                                "Job.run(Job(), on_save)\n"}}
        << QStringList{"main -> main.Job (instantiate)",
                       "main -> main.logged.wrapper (call)",
                       "main -> main.on_save (reference)",
                       "main.Job -> main.logged (decorator)",
                       "main.Job.again -> main.logged.wrapper (call)",
                       "main.Job.again -> main.on_save (reference)",
                       "main.Job.run -> main.on_save (call)",
                       "main.logged -> main.logged.wrapper (reference)",
                       "main.logged.wrapper -> main.Job.run (call)"}
        << 0;
    QTest::newRow("a call of what a function returns passes its arguments on")
        << FileList{{"main.py", "def run(job):\n    job()\ndef pick():\n    return run\n"
                                "def a():\n    pass\npick()(a)\n"}}
        << QStringList{"main -> main.a (reference)", "main -> main.pick (call)",
                       "main -> main.run (call)", "main.pick -> main.run (reference)",
                       "main.run -> main.a (call)"}
        << 0;
    QTest::newRow("getattr with a default")
        << FileList{{"main.py", "class A:\n    def run(self):\n        pass\n"
                                "def stop():\n    pass\n"
                                "getattr(A(), 'run', None)()\ngetattr(A(), 'run', stop)()\n"}}
        << QStringList{"main -> builtins.getattr (call)", "main -> main.A (instantiate)",
                       "main -> main.A.run (call)", "main -> main.stop (call)",
                       "main -> main.stop (reference)"}
        << 0;

    QTest::newRow("getattr of a name the class lacks gives the default alone")
        << FileList{{"main.py", "class A:\n    def run(self):\n        pass\n"
                                "class Proxy:\n    def __getattr__(self, name):\n"
                                "        return print\n"
                                "def stop():\n    pass\n"
                                "def other():\n    getattr(A(), 'missing', stop)()\n"
                                "def proxied():\n    getattr(Proxy(), 'missing', stop)()\n"}}
        << QStringList{"main.other -> builtins.getattr (call)",
                       "main.other -> main.A (instantiate)",
                       "main.other -> main.stop (call)",
                       "main.other -> main.stop (reference)",
                       "main.proxied -> builtins.getattr (call)",
                       "main.proxied -> main.Proxy (instantiate)",
                       "main.proxied -> main.stop (reference)"}
        << 1;

    // Classes and protocols ---------------------------------------------------------------------
    QTest::newRow("type(obj) and obj.__class__ are its class")
        << FileList{{"main.py", "class A:\n    @classmethod\n    def make(cls):\n        pass\n"
                                "    def go(self):\n        type(self).make()\n"
                                "        return self.__class__()\n"
                                "A().go()\n"}}
        << QStringList{"main -> main.A (instantiate)",
                       "main -> main.A.go (call)",
                       "main.A -> builtins.classmethod (decorator)",
                       "main.A.go -> builtins.type (call)",
                       "main.A.go -> main.A (instantiate)",
                       "main.A.go -> main.A.make (call)"}
        << 0;
    // Read without the line of its call (what a function returns is read once for all its
    // callers): the scope's one `type(x)` call tells; two different ones tell nothing.
    QTest::newRow("a return of type(self)(...) is an instance of self's class")
        << FileList{{"main.py", "class A:\n"
                                "    def copy(self):\n        return type(self)()\n"
                                "    def mixed(self, other):\n"
                                "        if type(other) is A:\n            pass\n"
                                "        return type(self)()\n"
                                "    def go(self):\n        pass\n"
                                "A().copy().go()\n"
                                "A().mixed(1).go()\n"}}
        << QStringList{"main -> main.A (instantiate)",
                       "main -> main.A.copy (call)",
                       "main -> main.A.go (call)",
                       "main -> main.A.mixed (call)",
                       "main.A.copy -> builtins.type (call)",
                       "main.A.copy -> main.A (instantiate)",
                       "main.A.mixed -> builtins.type (call)",
                       "main.A.mixed -> main.A (instantiate)"}
        << 1;
    // A subclass passing its base's __init__ a value: the base's parameter has it.
    QTest::newRow("super().__init__ passes the base's parameters")
        << FileList{{"main.py", "class Base:\n    def __init__(self, cb=None):\n"
                                "        self.cb = cb\n    def fire(self):\n        self.cb()\n"
                                "def f():\n    pass\n"
                                "class Child(Base):\n    def __init__(self):\n"
                                "        super().__init__(cb=f)\n"
                                "Child().fire()\n"}}
        << QStringList{"main -> main.Base.fire (call)",
                       "main -> main.Child (instantiate)",
                       "main -> main.Child.__init__ (call)",
                       "main.Base.fire -> main.f (call)",
                       "main.Child -> main.Base (inherit)",
                       "main.Child.__init__ -> main.Base.__init__ (call)",
                       "main.Child.__init__ -> main.f (reference)"}
        << 0;
    QTest::newRow("async with and async for call the async protocol")
        << FileList{{"main.py", "class C:\n    async def __aenter__(self):\n        return self\n"
                                "    async def __aexit__(self, *a):\n        pass\n"
                                "    def __aiter__(self):\n        return self\n"
                                "    async def __anext__(self):\n        raise StopAsyncIteration\n"
                                "async def main():\n    async with C() as c:\n        pass\n"
                                "    async for x in C():\n        pass\n"}}
        << QStringList{"main.C.__anext__ -> builtins.StopAsyncIteration (call)",
                       "main.main -> main.C (instantiate)",
                       "main.main -> main.C.__aenter__ (call)",
                       "main.main -> main.C.__aexit__ (call)",
                       "main.main -> main.C.__aiter__ (call)",
                       "main.main -> main.C.__anext__ (call)"}
        << 0;
    QTest::newRow("async for over an async generator takes what it yields")
        << FileList{{"main.py", "def f():\n    pass\ndef g():\n    pass\n"
                                "async def agen():\n    yield f\n"
                                "async def coro():\n    return g\n"
                                "async def outer():\n    return await coro()\n"
                                "async def main():\n    async for h in agen():\n        h()\n"
                                "    k = await coro()\n    k()\n"
                                "    m = await outer()\n    m()\n"}}
        << QStringList{"main.coro -> main.g (reference)", "main.main -> main.agen (call)",
                       "main.main -> main.coro (call)",   "main.main -> main.f (call)",
                       "main.main -> main.g (call)",      "main.main -> main.outer (call)",
                       "main.outer -> main.coro (call)"}
        << 0;
    // `x = yield` is what send() passes to that generator's objects; not another generator's,
    // not through `yield from` (the inner generator's return value).
    QTest::newRow("a value sent into a generator")
        << FileList{{"main.py", "def on_save():\n    pass\n"
                                "def on_load():\n    pass\n"
                                "def worker():\n    while True:\n"
                                "        job = yield\n        job()\n"
                                "def other():\n    task = yield 1\n    task()\n"
                                "def relay():\n    got = yield from worker()\n    got()\n"
                                "w = worker()\nnext(w)\nw.send(on_save)\n"
                                "o = other()\no.send(None)\n"}}
        << QStringList{"main -> builtins.next (call)",     "main -> main.on_save (reference)",
                       "main -> main.other (call)",        "main -> main.worker (call)",
                       "main.relay -> main.worker (call)", "main.worker -> main.on_save (call)"}
        << 4;
    QTest::newRow("a generator's close() is the runtime's: the other values' method stays")
        << FileList{{"main.py", "class C:\n    def close(self):\n        pass\n"
                                "    async def aclose(self):\n        pass\n"
                                "def gen():\n    yield 1\n"
                                "async def agen():\n    yield 1\n"
                                "def shut(thing):\n    thing.close()\n"
                                "async def ashut(thing):\n    await thing.aclose()\n"
                                "shut(gen())\nshut(C())\nashut(agen())\nashut(C())\n"}}
        << QStringList{"main -> main.C (instantiate)",    "main -> main.agen (call)",
                       "main -> main.ashut (call)",       "main -> main.gen (call)",
                       "main -> main.shut (call)",        "main.ashut -> main.C.aclose (call)",
                       "main.shut -> main.C.close (call)"}
        << 0;
    QTest::newRow("an attribute set on a function is what it was set to")
        << FileList{{"main.py", "def f():\n    pass\ndef g():\n    pass\ndef h():\n    pass\n"
                                "f.helper = g\nf.helper()\n"
                                "def use(fn):\n    fn.helper()\n"
                                "use(f)\nh.helper()\n"}}
        << QStringList{"main -> main.f (reference)", "main -> main.g (call)",
                       "main -> main.g (reference)", "main -> main.use (call)",
                       "main.use -> main.g (call)"}
        << 1;

    // Literals and dicts ------------------------------------------------------------------------
    QTest::newRow("a string bound to a name has str's methods")
        << FileList{{"main.py", "s = 'a,b'\n"
                                "s.split(',')\n"
                                "b = b'x'\n"
                                "b.decode()\n"
                                "s.nothing()\n"}}
        << QStringList{"main -> builtins.bytes.decode (call)", "main -> builtins.str.split (call)"}
        << 1;
    // Iterating a dict gives its keys, which reading does not follow; its values are what
    // `d[k]` and `d.values()` give.
    QTest::newRow("iterating a dict gives its keys, not its values")
        << FileList{{"main.py", "def f():\n    pass\n"
                                "d = {'a': f}\n"
                                "for k in d:\n    k()\n"
                                "for k in list(d):\n    k()\n"
                                "for v in d.values():\n    v()\n"
                                "d['a']()\n"
                                "keys = list(d)\n"
                                "keys.sort()\n"}}
        << QStringList{"main -> builtins.dict.values (call)", "main -> builtins.list (call)",
                       "main -> builtins.list.sort (call)", "main -> main.f (call)",
                       "main -> main.f (reference)"}
        << 2;

    // Attributes stored on other objects ----------------------------------------------------
    QTest::newRow("an attribute stored on an instance from outside its class")
        << FileList{{"main.py", "class Conf:\n    pass\n"
                                "def on_save():\n    pass\n"
                                "conf = Conf()\n"
                                "conf.hook = on_save\n"
                                "def go():\n    conf.hook()\n"}}
        << QStringList{"main -> main.Conf (instantiate)", "main -> main.on_save (reference)",
                       "main.go -> main.on_save (call)"}
        << 0;
    QTest::newRow("a module's attribute set by another module")
        << FileList{{"pkg/__init__.py", ""},
                    {"pkg/hooks.py", "def default():\n    pass\n"},
                    {"main.py", "from pkg import hooks\n"
                                "def on_save():\n    pass\n"
                                "hooks.handler = on_save\n"
                                "def run():\n    hooks.handler()\n"}}
        << QStringList{"main -> main.on_save (reference)", "main.run -> main.on_save (call)"} << 0;
    // setattr with a literal name is an assignment; with a computed one it binds nothing known.
    QTest::newRow("setattr with a literal name")
        << FileList{{"main.py", "def on_save():\n    pass\n"
                                "def on_load():\n    pass\n"
                                "class Job:\n"
                                "    def __init__(self):\n"
                                "        setattr(self, \"done\", on_save)\n"
                                "    def finish(self):\n        self.done()\n"
                                "job = Job()\n"
                                "setattr(job, 'hook', on_load)\n"
                                "job.hook()\n"
                                "setattr(job, key, on_save)\n"
                                "job.other()\n"}}
        << QStringList{"main -> builtins.setattr (call)",
                       "main -> main.Job (instantiate)",
                       "main -> main.Job.__init__ (call)",
                       "main -> main.on_load (call)",
                       "main -> main.on_load (reference)",
                       "main -> main.on_save (reference)",
                       "main.Job.__init__ -> builtins.setattr (call)",
                       "main.Job.__init__ -> main.on_save (reference)",
                       "main.Job.finish -> main.on_save (call)"}
        << 1;
    // `= None` where the name is bound says nothing, so what is set from outside is it.
    QTest::newRow("a None placeholder in a module or class, set from outside")
        << FileList{{"pkg/__init__.py", ""},
                    {"pkg/hooks.py", "handler = None\n"
                                     "def fire():\n    handler()\n"
                                     "class Conf:\n    hook = None\n"
                                     "    def run(self):\n        self.hook()\n"},
                    {"main.py", "from pkg import hooks\n"
                                "def on_save():\n    pass\n"
                                "def on_load():\n    pass\n"
                                "hooks.handler = on_save\n"
                                "conf = hooks.Conf()\n"
                                "conf.hook = on_load\n"
                                "def go():\n    hooks.handler()\n    conf.run()\n"}}
        << QStringList{"main -> main.on_load (reference)",
                       "main -> main.on_save (reference)",
                       "main -> pkg.hooks.Conf (instantiate)",
                       "main.go -> main.on_save (call)",
                       "main.go -> pkg.hooks.Conf.run (call)",
                       "pkg.hooks.Conf.run -> main.on_load (call)",
                       "pkg.hooks.fire -> main.on_save (call)"}
        << 0;
    // `self.cb = None` in __init__ is a placeholder too: what a function it is passed to
    // stores on the instance is what the attribute holds.
    QTest::newRow("a None self attribute, set from outside through a parameter")
        << FileList{{"main.py", "def on_save():\n    pass\n"
                                "class Job:\n"
                                "    def __init__(self):\n        self.cb = None\n"
                                "    def run(self):\n        self.cb()\n"
                                "def setup(job):\n    job.cb = on_save\n"
                                "j = Job()\n"
                                "setup(j)\n"
                                "j.run()\n"
                                "j.cb()\n"}}
        << QStringList{"main -> main.Job (instantiate)",
                       "main -> main.Job.__init__ (call)",
                       "main -> main.Job.run (call)",
                       "main -> main.on_save (call)",
                       "main -> main.setup (call)",
                       "main.Job.run -> main.on_save (call)",
                       "main.setup -> main.on_save (reference)"}
        << 0;
    QTest::newRow("an attribute stored through a parameter and a self attribute")
        << FileList{{"main.py", "def on_load():\n    pass\n"
                                "class Opts:\n    pass\n"
                                "class Conf:\n"
                                "    def __init__(self):\n        self.opts = Opts()\n"
                                "def configure(conf):\n    conf.opts.cb = on_load\n"
                                "c = Conf()\n"
                                "configure(c)\n"
                                "c.opts.cb()\n"}}
        << QStringList{"main -> main.Conf (instantiate)",
                       "main -> main.Conf.__init__ (call)",
                       "main -> main.configure (call)",
                       "main -> main.on_load (call)",
                       "main.Conf.__init__ -> main.Opts (instantiate)",
                       "main.configure -> main.on_load (reference)"}
        << 0;
    QTest::newRow("a class attribute stored from outside reaches its instances")
        << FileList{{"main.py", "class Plugin:\n    pass\n"
                                "def on_save():\n    pass\n"
                                "Plugin.hook = on_save\n"
                                "def go(p: Plugin):\n    p.hook()\n"}}
        << QStringList{"main -> main.on_save (reference)", "main.go -> main.on_save (call)"} << 0;
    QTest::newRow("a store on another class's instance is not read")
        << FileList{{"main.py", "class A:\n    pass\n"
                                "class B:\n    pass\n"
                                "def f():\n    pass\n"
                                "a = A()\n"
                                "a.cb = f\n"
                                "B().cb()\n"}}
        << QStringList{"main -> main.A (instantiate)", "main -> main.B (instantiate)",
                       "main -> main.f (reference)"}
        << 1;
    QTest::newRow("a store of something unknown makes the attribute unknown")
        << FileList{{"main.py", "class Q:\n    pass\n"
                                "def f():\n    pass\n"
                                "q = Q()\n"
                                "q.g = f\n"
                                "q.g = table[0]\n"
                                "q.g()\n"}}
        << QStringList{"main -> main.Q (instantiate)", "main -> main.f (reference)"} << 1;
    // Stores from outside are read for every instance of the class: a test's
    // `loop.call_soon = fake` must not replace the method for all the library's loops.
    QTest::newRow("a method the class defines is not replaced by stores from outside")
        << FileList{{"main.py", "class Loop:\n    def call_soon(self):\n        pass\n"
                                "def fake():\n    pass\n"
                                "loop = Loop()\n"
                                "loop.call_soon = fake\n"
                                "def run(l: Loop):\n    l.call_soon()\n"}}
        << QStringList{"main -> main.Loop (instantiate)", "main -> main.fake (reference)",
                       "main.run -> main.Loop.call_soon (call)"}
        << 0;
    // In the scope that stores it, the attribute holds what was stored from there on (a strong
    // update), until the object's name is bound again.
    QTest::newRow("a store replaces a method for the calls after it in the same scope")
        << FileList{{"main.py", "class Loop:\n    def call_soon(self):\n        pass\n"
                                "def fake():\n    pass\n"
                                "def test():\n"
                                "    loop = Loop()\n"
                                "    loop.call_soon()\n"
                                "    loop.call_soon = fake\n"
                                "    loop.call_soon()\n"}}
        << QStringList{"main.test -> main.Loop (instantiate)",
                       "main.test -> main.Loop.call_soon (call)", "main.test -> main.fake (call)",
                       "main.test -> main.fake (reference)"}
        << 0;
    QTest::newRow("a module's function replaced where it is then called")
        << FileList{{"mod.py", "def f():\n    pass\ndef g():\n    pass\n"},
                    {"main.py", "import mod\n"
                                "mod.f = mod.g\n"
                                "mod.f()\n"}}
        << QStringList{"main -> mod.g (call)", "main -> mod.g (reference)"} << 0;
    QTest::newRow("a store in a branch joins what the class defines")
        << FileList{{"main.py", "class C:\n    def h(self):\n        pass\n"
                                "def a():\n    pass\n"
                                "def run(flag):\n"
                                "    c = C()\n"
                                "    if flag:\n        c.h = a\n"
                                "    c.h()\n"}}
        << QStringList{"main.run -> main.C (instantiate)", "main.run -> main.C.h (call)",
                       "main.run -> main.a (call)", "main.run -> main.a (reference)"}
        << 0;
    QTest::newRow("a store on an object whose name is bound again is not read")
        << FileList{{"main.py", "class C:\n    def h(self):\n        pass\n"
                                "def a():\n    pass\n"
                                "def run():\n"
                                "    c = C()\n"
                                "    c.h = a\n"
                                "    c = C()\n"
                                "    c.h()\n"}}
        << QStringList{"main.run -> main.C (instantiate)", "main.run -> main.C.h (call)",
                       "main.run -> main.a (reference)"}
        << 0;
    QTest::newRow("a self attribute stored in a method is what it calls after the store")
        << FileList{{"main.py", "def a():\n    pass\n"
                                "def b():\n    pass\n"
                                "class Job:\n"
                                "    def __init__(self):\n        self.step = a\n"
                                "    def run(self):\n"
                                "        self.step = b\n"
                                "        self.step()\n"
                                "    def loop(self, items):\n"
                                "        for item in items:\n"
                                "            self.step()\n"
                                "            self.step = b\n"}}
        << QStringList{"main.Job.__init__ -> main.a (reference)",
                       "main.Job.loop -> main.a (call)",
                       "main.Job.loop -> main.b (call)",
                       "main.Job.loop -> main.b (reference)",
                       "main.Job.run -> main.b (call)",
                       "main.Job.run -> main.b (reference)"}
        << 0;
    QTest::newRow("a store set to None says nothing either way")
        << FileList{{"main.py", "class Q:\n    pass\n"
                                "def f():\n    pass\n"
                                "q = Q()\n"
                                "q.g = None\n"
                                "q.g = f\n"
                                "q.g()\n"}}
        << QStringList{"main -> main.Q (instantiate)", "main -> main.f (call)",
                       "main -> main.f (reference)"}
        << 0;

    // What a value is does not depend on where it was first asked for -----------------------
    // relay's job is first read from inside use's (a cycle): what it gave there was partial.
    QTest::newRow("a parameter passed round a cycle of calls")
        << FileList{{"main.py", "def on_save():\n    pass\n"
                                "def use(job, n):\n    job()\n    if n:\n"
                                "        relay(job, n - 1)\n"
                                "def relay(job, n):\n    job()\n    use(job, n)\n"
                                "use(on_save, 3)\n"}}
        << QStringList{"main -> main.on_save (reference)",  "main -> main.use (call)",
                       "main.relay -> main.on_save (call)", "main.relay -> main.use (call)",
                       "main.use -> main.on_save (call)",   "main.use -> main.relay (call)"}
        << 0;
    // Displays inside displays, and copies.
    QTest::newRow("a display inside a display is a container of its own")
        << FileList{{"main.py", "def a():\n    pass\ndef b():\n    pass\ndef c():\n    pass\n"
                                "table = {'x': {'y': a}}\n"
                                "table['x']['y']()\n"
                                "grid = [[b]]\n"
                                "other = [(c,)]\n"
                                "grid[0][0]()\n"
                                "def main():\n"
                                "    rows = {}\n"
                                "    rows['k'] = [c]\n"
                                "    rows['k'][0]()\n"}}
        << QStringList{"main -> main.a (call)",          "main -> main.a (reference)",
                       "main -> main.b (call)",          "main -> main.b (reference)",
                       "main -> main.c (reference)",     "main.main -> main.c (call)",
                       "main.main -> main.c (reference)"}
        << 0;
    QTest::newRow("dict(), list() and set() copy the values of what they are given, pairs too")
        << FileList{{"main.py", "def a():\n    pass\ndef b():\n    pass\n"
                                "base = {'x': a}\n"
                                "copy = dict(base)\n"
                                "copy['x']()\n"
                                "listed = list([b])\n"
                                "listed[0]()\n"
                                "pairs = dict([('k', b)])\n"
                                "pairs['k']()\n"}}
        << QStringList{"main -> builtins.dict (call)", "main -> builtins.list (call)",
                       "main -> main.a (call)",        "main -> main.a (reference)",
                       "main -> main.b (call)",        "main -> main.b (reference)"}
        << 0;
    QTest::newRow("a call by another name passes its arguments")
        << FileList{{"jobs.py", "def run(job):\n    job()\n"
                                "def start(job):\n    job()\n"},
                    {"main.py", "from jobs import start as launch\n"
                                "def on_save():\n    pass\ndef on_load():\n    pass\n"
                                "def on_quit():\n    pass\n"
                                "def run(job):\n    job()\n"
                                "go = run\n"
                                "go(on_save)\n"
                                "table = {'run': run}\n"
                                "table['run'](on_load)\n"
                                "launch(on_quit)\n"}}
        // jobs.run is another function of the same name: `go(on_save)` does not reach it.
        << QStringList{"jobs.start -> main.on_quit (call)", "main -> jobs.start (call)",
                       "main -> main.on_load (reference)",  "main -> main.on_quit (reference)",
                       "main -> main.on_save (reference)",  "main -> main.run (call)",
                       "main -> main.run (reference)",      "main.run -> main.on_load (call)",
                       "main.run -> main.on_save (call)"}
        << 1;
    QTest::newRow("a method bound to another name on an instance fills its self itself")
        << FileList{{"main.py", "def on_save():\n    pass\n"
                                "class Job:\n    def run(self, cb, *rest):\n        cb()\n"
                                "job = Job()\n"
                                "go = job.run\n"
                                "go(on_save, on_save)\n"}}
        << QStringList{"main -> main.Job (instantiate)", "main -> main.Job.run (call)",
                       "main -> main.Job.run (reference)", "main -> main.on_save (reference)",
                       "main.Job.run -> main.on_save (call)"}
        << 0;
    QTest::newRow("a method bound to another name on its class takes self first")
        << FileList{{"main.py", "def on_save():\n    pass\n"
                                "class Job:\n    def run(self, cb):\n        cb()\n"
                                "def main():\n"
                                "    run = Job.run\n"
                                "    run(Job(), on_save)\n"}}
        << QStringList{"main.Job.run -> main.on_save (call)", "main.main -> main.Job (instantiate)",
                       "main.main -> main.Job.run (call)", "main.main -> main.Job.run (reference)",
                       "main.main -> main.on_save (reference)"}
        << 0;
    QTest::newRow("a name bound to a method both ways cannot tell where its arguments go")
        << FileList{{"main.py", "def on_save():\n    pass\n"
                                "class Job:\n    def run(self, cb=None):\n        cb()\n"
                                "def main(flag):\n"
                                "    job = Job()\n"
                                "    go = job.run\n"
                                "    if flag:\n"
                                "        go = Job.run\n"
                                "    go(job, on_save)\n"}}
        << QStringList{"main.main -> main.Job (instantiate)", "main.main -> main.Job.run (call)",
                       "main.main -> main.Job.run (reference)",
                       "main.main -> main.on_save (reference)"}
        << 1;
    // Elements and property values bound to names.
    QTest::newRow("an element, a slice or a container's getter bound to a name")
        << FileList{{"main.py", "def a():\n    pass\ndef b():\n    pass\n"
                                "class Box:\n    pass\n"
                                "hooks = [a]\n"
                                "h = hooks[0]\n"
                                "h()\n"
                                "rest = hooks[1:]\n"
                                "rest[0]()\n"
                                "table = {'x': b}\n"
                                "def main():\n"
                                "    x = table['x']\n"
                                "    x()\n"
                                "    y = table.get('x')\n"
                                "    y()\n"
                                "    z = hooks.pop()\n"
                                "    z()\n"
                                "    c = 'abc'[0]\n"
                                "    c()\n"
                                "    w = Box()[0]\n"
                                "    w()\n"}}
        << QStringList{"main -> main.a (call)",
                       "main -> main.a (reference)",
                       "main -> main.b (reference)",
                       "main.main -> builtins.dict.get (call)",
                       "main.main -> builtins.list.pop (call)",
                       "main.main -> main.Box (instantiate)",
                       "main.main -> main.a (call)",
                       "main.main -> main.b (call)"}
        << 2;
    QTest::newRow("calling a property calls its getter, then what it gives")
        << FileList{{"main.py", "def on_save():\n    pass\n"
                                "class Job:\n"
                                "    @property\n    def hook(self):\n        return on_save\n"
                                "    def run(self):\n        self.hook()\n"
                                "job = Job()\n"
                                "alias = job\n"
                                "alias.hook()\n"}}
        << QStringList{"main -> main.Job (instantiate)",
                       "main -> main.Job.hook (call)",
                       "main -> main.on_save (call)",
                       "main.Job -> builtins.property (decorator)",
                       "main.Job.hook -> main.on_save (reference)",
                       "main.Job.run -> main.Job.hook (call)",
                       "main.Job.run -> main.on_save (call)"}
        << 0;
    // A store through a property calls its setter with the value stored: what the setter
    // keeps is what the getter gives back. A store on an instance of a class whose property
    // of that name has no setter, or on another class's instance, passes nothing.
    QTest::newRow("a value set through a property's setter is what its getter gives")
        << FileList{{"main.py",
                     "def on_save():\n    pass\n"
                     "def other():\n    pass\n"
                     "class Job:\n"
                     "    def __init__(self):\n        self._hook = None\n"
                     "    @property\n    def hook(self):\n        return self._hook\n"
                     "    @hook.setter\n    def hook(self, fn):\n        self._hook = fn\n"
                     "class Plain:\n    hook = None\n"
                     "job = Job()\n"
                     "job.hook = on_save\n"
                     "p = Plain()\n"
                     "p.hook = other\n"
                     "job.hook()\n"}}
        << QStringList{"main -> main.Job (instantiate)",
                       "main -> main.Job.__init__ (call)",
                       "main -> main.Job.hook (call)",
                       "main -> main.Job.hook (call)",
                       "main -> main.Plain (instantiate)",
                       "main -> main.on_save (call)",
                       "main -> main.on_save (reference)",
                       "main -> main.other (reference)",
                       "main.Job -> builtins.property (decorator)",
                       "main.Job -> builtins.property.setter (decorator)",
                       "main.Job.hook -> main.on_save (reference)"}
        << 0;
    QTest::newRow("*args and **kwargs passed on fill the parameters of the function called")
        << FileList{{"main.py", "def a():\n    pass\ndef b():\n    pass\ndef c():\n    pass\n"
                                "def target(x, y=None, *, z=None):\n    x()\n    y()\n    z()\n"
                                "def forward(first, *args, **kwargs):\n"
                                "    first()\n"
                                "    return target(*args, **kwargs)\n"
                                "def relay(*args, **kwargs):\n"
                                "    return forward(*args, **kwargs)\n"
                                "def again(*args):\n    return again(*args)\n"
                                "def late(*args):\n    return target(*args[:0], *args)\n"
                                "late(a, b)\n"
                                "relay(a, b, z=c)\n"
                                "again(a)\n"}}
        // forward's own `first` takes a; target's x is b, its keyword-only z is c; again's
        // recursion reads nothing; late's places past another splat are unknown.
        << QStringList{"main -> main.a (reference)",         "main -> main.again (call)",
                       "main -> main.b (reference)",         "main -> main.c (reference)",
                       "main -> main.late (call)",           "main -> main.relay (call)",
                       "main.again -> main.again (call)",    "main.forward -> main.a (call)",
                       "main.forward -> main.target (call)", "main.late -> main.target (call)",
                       "main.relay -> main.forward (call)",  "main.target -> main.b (call)",
                       "main.target -> main.c (call)"}
        << 1;
    // Each function returns the next one's result, a hundred deep: read to the end.
    QString chain = QStringLiteral("def on_save():\n    pass\n");
    QStringList reached{QStringLiteral("main -> main.f0 (call)"),
                        QStringLiteral("main -> main.on_save (call)")};
    for (int i = 0; i < 100; ++i) {
        chain += QStringLiteral("def f%1():\n    return f%2()\n").arg(i).arg(i + 1);
        reached << QStringLiteral("main.f%1 -> main.f%2 (call)").arg(i).arg(i + 1);
    }
    chain += QStringLiteral("def f100():\n    return on_save\nf0()()\n");
    reached << QStringLiteral("main.f100 -> main.on_save (reference)");
    reached.sort();
    QTest::newRow("a chain of a hundred returns") << FileList{{"main.py", chain}} << reached << 0;
}

void TestCallFlow::edges()
{
    QFETCH(FileList, files);
    QFETCH(QStringList, expected);
    QFETCH(int, unresolved);
    checkCallFlow(files, expected, unresolved);
}

QTEST_MAIN(TestCallFlow)
#include "tst_callflow.moc"
