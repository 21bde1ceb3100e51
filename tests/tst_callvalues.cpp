// Values that flow through assignment forms and containers, written from Python's semantics:
// unpacking pairs targets with values, `for` takes each element, `with` takes what __enter__
// gives, and a container holds what its display lists and what is put into it. Each row
// lists the exact call-graph edges ("caller -> callee (kind)") and the calls left
// unresolved; the negative rows keep precision.
#include "callflowharness.h"

using namespace headroom;

class TestCallValues : public QObject
{
    Q_OBJECT

private slots:
    void edges_data();
    void edges();
    void basesDoNotDependOnWhereFirstRead();
    void operatorsWithoutMethodsAreDropped();
};

void TestCallValues::edges_data()
{
    QTest::addColumn<FileList>("files");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("unresolved");

    const QString defs = "def a():\n    pass\ndef b():\n    pass\ndef c():\n    pass\n";

    // Assignment forms -----------------------------------------------------------------------
    QTest::newRow("tuple unpacking")
        << FileList{{"main.py", defs + "x, (y, z) = a, (b, c)\nx()\ny()\nz()\n"}}
        << QStringList{"main -> main.a (call)", "main -> main.a (reference)",
                       "main -> main.b (call)", "main -> main.b (reference)",
                       "main -> main.c (call)", "main -> main.c (reference)"}
        << 0;
    QTest::newRow("a starred target takes a list")
        << FileList{{"main.py", defs + "x, *rest = a, b, c\nx()\nrest[0]()\nrest[-1]()\n"}}
        << QStringList{"main -> main.a (call)", "main -> main.a (reference)",
                       "main -> main.b (call)", "main -> main.b (reference)",
                       "main -> main.c (call)", "main -> main.c (reference)"}
        << 0;
    QTest::newRow("chained assignment and walrus")
        << FileList{{"main.py", defs + "def main():\n    x = y = a\n    y()\n"
                                       "    if (z := b):\n        z()\n"}}
        << QStringList{"main.main -> main.a (call)", "main.main -> main.a (reference)",
                       "main.main -> main.b (call)"}
        << 0;
    QTest::newRow("with: what __enter__ gives")
        << FileList{{"main.py", "class Session:\n"
                                "    def __enter__(self):\n        return self\n"
                                "    def __exit__(self, *exc):\n        pass\n"
                                "    def query(self):\n        pass\n"
                                "def main():\n"
                                "    with Session() as s:\n        s.query()\n"}}
        << QStringList{"main.main -> main.Session (instantiate)",
                       "main.main -> main.Session.__enter__ (call)",
                       "main.main -> main.Session.__exit__ (call)",
                       "main.main -> main.Session.query (call)"}
        << 0;
    // A plain generator has no __enter__: only one made a context manager gives what it yields.
    QTest::newRow("with: what a @contextmanager generator yields")
        << FileList{{"main.py", "import contextlib\n"
                                "class Session:\n"
                                "    def query(self):\n        pass\n"
                                "@contextlib.contextmanager\n"
                                "def session():\n    yield Session()\n"
                                "def rows():\n    yield Session()\n"
                                "def main():\n"
                                "    with session() as s:\n        s.query()\n"
                                "    with rows() as r:\n        r.query()\n"}}
        << QStringList{"main -> contextlib.contextmanager (decorator)",
                       "main.main -> main.Session.query (call)",
                       "main.main -> main.rows (call)",
                       "main.main -> main.session (call)",
                       "main.rows -> main.Session (instantiate)",
                       "main.session -> main.Session (instantiate)"}
        << 1; // r.query()
    QTest::newRow("for over a display: each element")
        << FileList{{"main.py", defs + "for f in (a, b):\n    f()\n"}}
        << QStringList{"main -> main.a (call)", "main -> main.a (reference)",
                       "main -> main.b (call)", "main -> main.b (reference)"}
        << 0;

    // Containers -----------------------------------------------------------------------------
    QTest::newRow("for over a list bound to a name")
        << FileList{{"main.py", defs + "jobs = [a, b]\n"
                                       "def run():\n    for job in jobs:\n        job()\n"}}
        << QStringList{"main -> main.a (reference)", "main -> main.b (reference)",
                       "main.run -> main.a (call)", "main.run -> main.b (call)"}
        << 0;
    QTest::newRow("a dict display and a subscript call")
        << FileList{{"main.py", defs + "table = {'a': a, 'b': b, 'n': 1}\n"
                                       "def run(key):\n    table[key]()\n"}}
        << QStringList{"main -> main.a (reference)", "main -> main.b (reference)",
                       "main.run -> main.a (call)", "main.run -> main.b (call)"}
        << 0;
    // dict(zip(keys, values)) holds the values, under the keys where both are displays.
    QTest::newRow("a dict made of zip(keys, values)")
        << FileList{{"main.py", defs + "table = dict(zip(['a', 'b'], [a, b]))\n"
                                       "names = [c]\n"
                                       "more = dict(zip(keys, names))\n"
                                       "def run(key):\n    table['b']()\n    more[key]()\n"}}
        << QStringList{"main -> builtins.dict (call)", "main -> builtins.zip (call)",
                       "main -> main.a (reference)",   "main -> main.b (reference)",
                       "main -> main.c (reference)",   "main.run -> main.b (call)",
                       "main.run -> main.c (call)"}
        << 0;
    QTest::newRow("elements put in by subscript, append and add, from another module")
        << FileList{{"registry.py", "routes = {}\nhooks = []\n"
                                    "def dispatch(name):\n    routes[name]()\n"
                                    "def fire():\n    for h in hooks:\n        h()\n"},
                    {"main.py", "from registry import routes, hooks\n" + defs +
                                    "routes['a'] = a\nhooks.append(b)\nhooks.append(c)\n"}}
        << QStringList{"main -> builtins.list.append (call)", "main -> main.a (reference)",
                       "main -> main.b (reference)",          "main -> main.c (reference)",
                       "registry.dispatch -> main.a (call)",  "registry.fire -> main.b (call)",
                       "registry.fire -> main.c (call)"}
        << 0;
    QTest::newRow("a self attribute holding a dict")
        << FileList{{"main.py", defs + "class Router:\n"
                                       "    def __init__(self):\n        self.routes = {}\n"
                                       "    def add(self, key, view):\n"
                                       "        self.routes[key] = view\n"
                                       "    def go(self, key):\n        self.routes[key]()\n"
                                       "r = Router()\nr.add('x', a)\n"}}
        << QStringList{"main -> main.Router (instantiate)", "main -> main.Router.__init__ (call)",
                       "main -> main.Router.add (call)", "main -> main.a (reference)",
                       "main.Router.go -> main.a (call)"}
        << 0;
    // Lambdas -------------------------------------------------------------------------------
    QTest::newRow("a lambda called through its name")
        << FileList{{"main.py", defs + "f = lambda: a()\nf()\n"}}
        << QStringList{"main -> main.<lambda1> (call)", "main -> main.<lambda1> (reference)",
                       "main.<lambda1> -> main.a (call)"}
        << 0;
    QTest::newRow("lambdas are numbered within their scope")
        << FileList{{"main.py", defs + "def main():\n    x = lambda: a()\n"
                                       "    y = lambda: (lambda: c())()\n    y()\n"}}
        << QStringList{"main.main -> main.main.<lambda1> (reference)",
                       "main.main -> main.main.<lambda2> (call)",
                       "main.main -> main.main.<lambda2> (reference)",
                       "main.main.<lambda1> -> main.a (call)",
                       "main.main.<lambda2> -> main.main.<lambda2>.<lambda1> (call)",
                       "main.main.<lambda2>.<lambda1> -> main.c (call)"}
        << 0;
    QTest::newRow("a lambda passed on and called, and a sort key")
        << FileList{{"main.py", defs + "def run(job):\n    job()\n"
                                       "run(lambda: a())\nsorted([], key=lambda x: b())\n"}}
        << QStringList{"main -> builtins.sorted (call)",  "main -> main.<lambda1> (reference)",
                       "main -> main.<lambda2> (call)",   "main -> main.<lambda2> (reference)",
                       "main -> main.run (call)",         "main.<lambda1> -> main.a (call)",
                       "main.<lambda2> -> main.b (call)", "main.run -> main.<lambda1> (call)"}
        << 0;
    QTest::newRow("a lambda in a class body is a method: its first parameter is the instance")
        << FileList{{"main.py", defs + "class A:\n"
                                       "    twice = lambda self, cb: self.go(cb)\n"
                                       "    def go(self, cb):\n        cb()\n"
                                       "class B(A):\n"
                                       "    def go(self, cb):\n        pass\n"
                                       "A().twice(a)\n"}}
        << QStringList{"main -> main.A (instantiate)",
                       "main -> main.A.<lambda1> (call)",
                       "main -> main.a (reference)",
                       "main.A -> main.A.<lambda1> (reference)",
                       "main.A.<lambda1> -> main.A.go (call)", // the instance is an A, not a B
                       "main.A.go -> main.a (call)",
                       "main.B -> main.A (inherit)"}
        << 0;
    QTest::newRow("a lambda returned and a lambda in a list")
        << FileList{{"main.py", defs + "def make():\n    return lambda: a()\n"
                                       "make()()\n"
                                       "for h in [lambda: b(), c]:\n    h()\n"}}
        << QStringList{"main -> main.<lambda1> (call)",
                       "main -> main.<lambda1> (reference)",
                       "main -> main.c (call)",
                       "main -> main.c (reference)",
                       "main -> main.make (call)",
                       "main -> main.make.<lambda1> (call)",
                       "main.<lambda1> -> main.b (call)",
                       "main.make -> main.make.<lambda1> (reference)",
                       "main.make.<lambda1> -> main.a (call)"}
        << 0;
    QTest::newRow("a lambda's parameter is what its calls pass, not the name outside")
        << FileList{{"main.py", defs + "g = lambda a: a()\ng(b)\nh = lambda a: a()\n"}}
        << QStringList{"main -> main.<lambda1> (call)", "main -> main.<lambda1> (reference)",
                       "main -> main.<lambda2> (reference)", "main -> main.b (reference)",
                       "main.<lambda1> -> main.b (call)"}
        << 1;
    QTest::newRow("a lambda in a container takes what the calls of its elements pass")
        << FileList{{"main.py", defs + "def main():\n"
                                       "    hooks = [lambda f: f()]\n"
                                       "    hooks[0](a)\n"
                                       "    table = {'x': lambda g: g()}\n"
                                       "    table['x'](b)\n"}}
        << QStringList{"main.main -> main.a (reference)",
                       "main.main -> main.b (reference)",
                       "main.main -> main.main.<lambda1> (call)",
                       "main.main -> main.main.<lambda1> (reference)",
                       "main.main -> main.main.<lambda2> (call)",
                       "main.main -> main.main.<lambda2> (reference)",
                       "main.main.<lambda1> -> main.a (call)",
                       "main.main.<lambda2> -> main.b (call)"}
        << 0;
    QTest::newRow("a loop over a container calls its functions and lambdas with its arguments")
        << FileList{{"main.py", defs + "def run(cb):\n    cb()\n"
                                       "def main():\n"
                                       "    hooks = [run, lambda g: g()]\n"
                                       "    for h in hooks:\n"
                                       "        h(a)\n"}}
        << QStringList{"main.main -> main.a (reference)",
                       "main.main -> main.main.<lambda1> (call)",
                       "main.main -> main.main.<lambda1> (reference)",
                       "main.main -> main.run (call)",
                       "main.main -> main.run (reference)",
                       "main.main.<lambda1> -> main.a (call)",
                       "main.run -> main.a (call)"}
        << 0;
    QTest::newRow("map calls a lambda with each element")
        << FileList{{"main.py", defs + "list(map(lambda f: f(), [a, b]))\n"}}
        << QStringList{"main -> builtins.list (call)",    "main -> builtins.map (call)",
                       "main -> main.<lambda1> (call)",   "main -> main.<lambda1> (reference)",
                       "main -> main.a (reference)",      "main -> main.b (reference)",
                       "main.<lambda1> -> main.a (call)", "main.<lambda1> -> main.b (call)"}
        << 0;
    QTest::newRow("a function calls the lambda it is passed with its own arguments")
        << FileList{{"main.py", "class Job:\n    def go(self):\n        pass\n"
                                "def run(cb, job):\n    cb(job)\n"
                                "run(lambda j: j.go(), Job())\n"
                                "run(job=Job(), cb=lambda k: (lambda: k.go())())\n"}}
        << QStringList{"main -> main.<lambda1> (reference)",
                       "main -> main.<lambda2> (reference)",
                       "main -> main.Job (instantiate)",
                       "main -> main.run (call)",
                       "main.<lambda1> -> main.Job.go (call)",
                       "main.<lambda2> -> main.<lambda2>.<lambda1> (call)",
                       "main.run -> main.<lambda1> (call)",
                       "main.run -> main.<lambda2> (call)"}
        << 1;

    // Decorators ----------------------------------------------------------------------------
    QTest::newRow("a registering decorator returns what it is given")
        << FileList{{"main.py", "hooks = []\n"
                                "def hook(fn):\n    hooks.append(fn)\n    return fn\n"
                                "@hook\ndef a():\n    pass\n"
                                "@hook\ndef b():\n    pass\n"
                                "a()\n"
                                "def fire():\n    for h in hooks:\n        h()\n"}}
        << QStringList{"main -> main.a (call)", "main -> main.hook (decorator)",
                       "main.fire -> main.a (call)", "main.fire -> main.b (call)",
                       "main.hook -> builtins.list.append (call)"}
        << 0;
    QTest::newRow("a decorator factory and a class as decorator")
        << FileList{{"main.py", "def route(path):\n"
                                "    def register(fn):\n        return fn\n"
                                "    return register\n"
                                "class Memo:\n"
                                "    def __init__(self, fn):\n        self.fn = fn\n"
                                "    def __call__(self, *a):\n        return self.fn(*a)\n"
                                "@route('/')\ndef index():\n    pass\n"
                                "@Memo\ndef slow():\n    pass\n"
                                "index()\nslow()\n"}}
        << QStringList{"main -> main.Memo (instantiate)",
                       "main -> main.Memo.__call__ (call)",
                       "main -> main.Memo.__init__ (call)",
                       "main -> main.index (call)",
                       "main -> main.route (decorator)",
                       "main -> main.route.register (decorator)",
                       "main.Memo.__call__ -> main.slow (call)",
                       "main.route -> main.route.register (reference)"}
        << 0;
    QTest::newRow("a library's decorator leaves the function")
        << FileList{{"main.py", "import functools\n"
                                "@functools.lru_cache(maxsize=None)\ndef a():\n    pass\n"
                                "a()\n"}}
        << QStringList{"main -> functools.lru_cache (decorator)", "main -> main.a (call)"} << 0;
    // A decorator (or factory) returning a function bound outside it makes the name that
    // function; one returning a call it hands the function to says nothing of what it gives.
    QTest::newRow("a decorator returning another function makes the name that function")
        << FileList{{"main.py", "def stub():\n    pass\n"
                                "def overload(fn):\n    return stub\n"
                                "def register(fn):\n    return fn\n"
                                "def route(path):\n    return register\n"
                                "def lazy(fn):\n    return make(fn)\n"
                                "def make(fn):\n    def inner():\n        pass\n    return inner\n"
                                "@overload\ndef a():\n    pass\n"
                                "@route('/')\ndef b():\n    pass\n"
                                "@lazy\ndef c():\n    pass\n"
                                "def main():\n    a()\n    b()\n    c()\n"}}
        << QStringList{"main -> main.lazy (decorator)",
                       "main -> main.overload (decorator)",
                       "main -> main.register (decorator)",
                       "main -> main.route (decorator)",
                       "main.lazy -> main.make (call)",
                       "main.main -> main.b (call)",
                       "main.main -> main.c (call)",
                       "main.main -> main.stub (call)",
                       "main.make -> main.make.inner (reference)",
                       "main.overload -> main.stub (reference)",
                       "main.route -> main.register (reference)"}
        << 0;

    // Protocols, classes, builtins that take what they call -----------------------------------
    QTest::newRow("for calls __iter__ and __next__ of a project's class")
        << FileList{{"main.py", "class Countdown:\n"
                                "    def __iter__(self):\n        return self\n"
                                "    def __next__(self):\n        raise StopIteration\n"
                                "for n in Countdown():\n    pass\n"
                                "for k in range(3):\n    pass\n"}}
        << QStringList{"main -> builtins.range (call)", "main -> main.Countdown (instantiate)",
                       "main -> main.Countdown.__iter__ (call)",
                       "main -> main.Countdown.__next__ (call)",
                       "main.Countdown.__next__ -> builtins.StopIteration (call)"}
        << 0;
    QTest::newRow("iter() and next() give what __iter__ and __next__ return")
        << FileList{{"main.py", "class Job:\n    def run(self):\n        pass\n"
                                "class Cursor:\n"
                                "    def __next__(self):\n        return Job()\n"
                                "class Table:\n"
                                "    def __iter__(self):\n        return Cursor()\n"
                                "next(iter(Table())).run()\n"}}
        << QStringList{"main -> builtins.iter (call)",
                       "main -> builtins.next (call)",
                       "main -> main.Cursor.__next__ (call)",
                       "main -> main.Job.run (call)",
                       "main -> main.Table (instantiate)",
                       "main -> main.Table.__iter__ (call)",
                       "main.Cursor.__next__ -> main.Job (instantiate)",
                       "main.Table.__iter__ -> main.Cursor (instantiate)"}
        << 0;
    // An operator calls its operand's special method; `a += b` __iadd__, else __add__; a
    // builtin such as len() or str() the argument's (str falling back to __repr__).
    QTest::newRow("operators and builtins call a project class's special methods")
        << FileList{{"main.py", "class Vec:\n"
                                "    def __add__(self, o):\n        return self\n"
                                "    def __getitem__(self, k):\n        return 0\n"
                                "    def __setitem__(self, k, v):\n        pass\n"
                                "    def __contains__(self, k):\n        return True\n"
                                "    def __eq__(self, o):\n        return True\n"
                                "    def __neg__(self):\n        return self\n"
                                "    def __len__(self):\n        return 0\n"
                                "    def __repr__(self):\n        return 'Vec'\n"
                                "def use(v: Vec):\n"
                                "    w = v + v\n    w += v\n    v[0]\n    v[1] = 2\n"
                                "    0 in v\n    v == w\n    -v\n    len(v)\n    str(v)\n"}}
        << QStringList{"main.use -> builtins.len (call)",
                       "main.use -> builtins.str (call)",
                       "main.use -> main.Vec.__add__ (call)",
                       "main.use -> main.Vec.__contains__ (call)",
                       "main.use -> main.Vec.__eq__ (call)",
                       "main.use -> main.Vec.__getitem__ (call)",
                       "main.use -> main.Vec.__len__ (call)",
                       "main.use -> main.Vec.__neg__ (call)",
                       "main.use -> main.Vec.__repr__ (call)",
                       "main.use -> main.Vec.__setitem__ (call)"}
        << 0;
    // Subscripting a class is its metaclass's (`Vec[int]`), an int's `+` is the builtin's, and
    // an operand reading cannot type calls nothing the graph can name; none is unresolved.
    QTest::newRow("operators on classes, builtins and unknowns call nothing of the project's")
        << FileList{{"main.py", "class Box:\n"
                                "    def __getitem__(self, k):\n        return 0\n"
                                "    def __add__(self, o):\n        return self\n"
                                "class Other:\n    def __add__(self, o):\n        return self\n"
                                "def use(n: int, anything):\n"
                                "    Box[int]\n    n + 1\n    anything + 1\n    anything[0]\n"
                                "    len(Box)\n    Other() + 1\n"}}
        << QStringList{"main.use -> builtins.len (call)", "main.use -> main.Other (instantiate)",
                       "main.use -> main.Other.__add__ (call)"}
        << 0;
    // `a + b` asks b.__radd__ where a surely cannot add: a literal or a display, an instance
    // of a class without __add__. A left that is an instance of a class with __add__ is asked
    // first and taken to answer; one reading cannot type may answer (precision first); `>>`
    // is __rshift__ itself, not a reflected method.
    QTest::newRow("reflected operators: the right operand where the left cannot")
        << FileList{{"main.py", "class Vec:\n"
                                "    def __add__(self, o):\n        return self\n"
                                "    def __radd__(self, o):\n        return self\n"
                                "    def __rmul__(self, k):\n        return self\n"
                                "    def __rshift__(self, k):\n        return self\n"
                                "class Num:\n    def __add__(self, o):\n        return self\n"
                                "class Plain:\n    pass\n"
                                "def literal(v: Vec):\n    1 + v\n    'x' * v\n"
                                "def display(v: Vec):\n    [1] + v\n"
                                "def plain(v: Vec, p: Plain):\n    p + v\n"
                                "def unknown(v: Vec, anything):\n    anything + v\n    -v + v\n"
                                "def left_can(v: Vec, n: Num):\n    n + v\n"
                                "def both_vec(v: Vec):\n    v + v\n"
                                "def shift(v: Vec, n: Num):\n    n >> v\n    v >> 1\n"}}
        << QStringList{"main.both_vec -> main.Vec.__add__ (call)",
                       "main.display -> main.Vec.__radd__ (call)",
                       "main.left_can -> main.Num.__add__ (call)",
                       "main.literal -> main.Vec.__radd__ (call)",
                       "main.literal -> main.Vec.__rmul__ (call)",
                       "main.plain -> main.Vec.__radd__ (call)",
                       "main.shift -> main.Vec.__rshift__ (call)"}
        << 0;
    QTest::newRow("raise instantiates; __new__ runs before __init__")
        << FileList{{"main.py", "class Failed(Exception):\n"
                                "    def __new__(cls, *a):\n        return super().__new__(cls)\n"
                                "    def __init__(self, *a):\n        pass\n"
                                "def check():\n    raise Failed\n"}}
        << QStringList{"main.Failed -> builtins.Exception (inherit)",
                       "main.Failed.__new__ -> builtins.Exception.__new__ (call)",
                       "main.check -> main.Failed (instantiate)",
                       "main.check -> main.Failed.__init__ (call)",
                       "main.check -> main.Failed.__new__ (call)"}
        << 0;
    QTest::newRow("functools.partial calls what it wraps; getattr with a literal name")
        << FileList{{"main.py", defs + "import functools\n"
                                       "class Job:\n    def run(self):\n        pass\n"
                                       "p = functools.partial(a, 1)\np()\n"
                                       "functools.partial(b)()\n"
                                       "j = Job()\nm = getattr(j, 'run')\nm()\n"
                                       "getattr(j, 'run')()\n"}}
        << QStringList{"main -> builtins.getattr (call)", "main -> functools.partial (call)",
                       "main -> main.Job (instantiate)",  "main -> main.Job.run (call)",
                       "main -> main.a (call)",           "main -> main.a (reference)",
                       "main -> main.b (call)",           "main -> main.b (reference)"}
        << 0;
    // The arguments partial binds reach the parameters they fill, by place past a bound
    // self or by keyword; a class's partial passes them to its __init__. What the partial
    // object's own calls add (`q(1)`) is not read as the wrapped function's first argument.
    QTest::newRow("functools.partial passes the arguments it binds")
        << FileList{{"main.py", defs + "import functools\nfrom functools import partial\n"
                                       "def run(job, n=1):\n    job()\n"
                                       "def each(x, cb):\n    cb()\n"
                                       "class Task:\n    def __init__(self, action):\n"
                                       "        self.action = action\n"
                                       "    def go(self):\n        self.action()\n"
                                       "    def then(self, cb, n):\n        cb()\n"
                                       "functools.partial(run, a)()\n"
                                       "q = partial(each, cb=b)\nq(c)\n"
                                       "t = partial(Task, c)()\nt.go()\n"
                                       "partial(t.then, a)(2)\n"}}
        << QStringList{"main -> functools.partial (call)",  "main -> main.Task (instantiate)",
                       "main -> main.Task.__init__ (call)", "main -> main.Task.go (call)",
                       "main -> main.Task.then (call)",     "main -> main.Task.then (reference)",
                       "main -> main.a (reference)",        "main -> main.b (reference)",
                       "main -> main.c (reference)",        "main -> main.each (call)",
                       "main -> main.each (reference)",     "main -> main.run (call)",
                       "main -> main.run (reference)",      "main.Task.go -> main.c (call)",
                       "main.Task.then -> main.a (call)",   "main.each -> main.b (call)",
                       "main.run -> main.a (call)"}
        << 0;
    QTest::newRow("getattr with a computed name gives nothing")
        << FileList{{"main.py", "class Job:\n    def run(self):\n        pass\n"
                                "def go(name):\n    getattr(Job(), 'do_' + name)()\n"}}
        << QStringList{"main.go -> builtins.getattr (call)", "main.go -> main.Job (instantiate)"}
        << 1;

    // Negative: a loop over something unknown, unpacking a call, a same-named container that
    // is another one, a tuple target.
    QTest::newRow("a local passed on is read as the function binds it")
        << FileList{{"main.py", defs + "import ext\n"
                                       "def run(job):\n    job()\n"
                                       "def main():\n    a = ext.make()\n    run(a)\n"}}
        << QStringList{"main.main -> ext.make (call)", "main.main -> main.run (call)"} << 1;
    QTest::newRow("a loop over something unknown gives nothing")
        << FileList{{"main.py", defs + "import plugins\n"
                                       "f = a\nfor f in plugins.ALL:\n    f()\n"}}
        << QStringList{"main -> main.a (reference)"} << 1;
    QTest::newRow("unpacking a call's result gives the element in each place")
        << FileList{{"main.py", defs + "def pair():\n    return a, b\nx, y = pair()\nx()\n"
                                       "def main():\n    p, q = pair()\n    q()\n"
                                       "    m, *rest = pair()\n    m()\n"}}
        << QStringList{"main -> main.a (call)",           "main -> main.pair (call)",
                       "main.main -> main.b (call)",      "main.main -> main.pair (call)",
                       "main.pair -> main.a (reference)", "main.pair -> main.b (reference)"}
        << 1;
    QTest::newRow("another container of the same name holds its own")
        << FileList{{"main.py", defs + "def one():\n    jobs = [a]\n    for j in jobs:\n"
                                       "        j()\n"
                                       "def two():\n    jobs = []\n    jobs.append(b)\n"}}
        << QStringList{"main.one -> main.a (call)", "main.one -> main.a (reference)",
                       "main.two -> builtins.list.append (call)", "main.two -> main.b (reference)"}
        << 0;
    // Splats, container methods, generators, global and nonlocal --------------------------
    QTest::newRow("*args holds the positional arguments past the named ones")
        << FileList{{"main.py", defs + "def run(first, *jobs):\n"
                                       "    for j in jobs:\n        j()\n"
                                       "    jobs[0]()\n"
                                       "run(c, a, b)\n"}}
        << QStringList{"main -> main.a (reference)", "main -> main.b (reference)",
                       "main -> main.c (reference)", "main -> main.run (call)",
                       "main.run -> main.a (call)",  "main.run -> main.b (call)"}
        << 0;
    QTest::newRow("**kwargs holds the keywords the function does not name")
        << FileList{{"main.py", defs + "def hook(name, **handlers):\n"
                                       "    handlers['save']()\n"
                                       "    handlers.get('load')()\n"
                                       "hook(name=a, save=b, load=c)\n"}}
        << QStringList{"main -> main.a (reference)",
                       "main -> main.b (reference)",
                       "main -> main.c (reference)",
                       "main -> main.hook (call)",
                       "main.hook -> builtins.dict.get (call)",
                       "main.hook -> main.b (call)",
                       "main.hook -> main.c (call)"}
        << 0;
    QTest::newRow("splats pass a container's elements on")
        << FileList{{"main.py", defs + "def run(*jobs):\n    for j in jobs:\n        j()\n"
                                       "def wrap(*args):\n    run(*args)\n"
                                       "wrap(a, b)\n"
                                       "def kw(**hooks):\n    hooks['x']()\n"
                                       "def fw(**o):\n    kw(**o)\n"
                                       "fw(x=c)\n"}}
        << QStringList{"main -> main.a (reference)", "main -> main.b (reference)",
                       "main -> main.c (reference)", "main -> main.fw (call)",
                       "main -> main.wrap (call)",   "main.fw -> main.kw (call)",
                       "main.kw -> main.c (call)",   "main.run -> main.a (call)",
                       "main.run -> main.b (call)",  "main.wrap -> main.run (call)"}
        << 0;
    QTest::newRow("a splat in the call leaves *args unknown")
        << FileList{{"main.py", defs + "import ext\n"
                                       "def run(*jobs):\n    jobs[0]()\n"
                                       "run(*ext.JOBS)\n"}}
        << QStringList{"main -> main.run (call)"} << 1;
    QTest::newRow("extend, update and += put elements in")
        << FileList{{"main.py", defs + "hooks = []\n"
                                       "hooks.extend([a])\n"
                                       "more = [c]\n"
                                       "hooks += more\n"
                                       "table = {}\n"
                                       "table.update({'b': b})\n"
                                       "for h in hooks:\n    h()\n"
                                       "table['b']()\n"}}
        << QStringList{"main -> builtins.dict.update (call)",
                       "main -> builtins.list.extend (call)",
                       "main -> main.a (call)",
                       "main -> main.a (reference)",
                       "main -> main.b (call)",
                       "main -> main.b (reference)",
                       "main -> main.c (call)",
                       "main -> main.c (reference)"}
        << 0;
    QTest::newRow("set() and list() called bare are containers their stores fill")
        << FileList{{"main.py", defs + "seen = set()\n"
                                       "seen.add(a)\n"
                                       "for h in seen:\n    h()\n"
                                       "class Bus:\n"
                                       "    def __init__(self):\n        self.subs = list()\n"
                                       "    def on(self, cb):\n        self.subs.append(cb)\n"
                                       "    def fire(self):\n"
                                       "        for s in self.subs:\n            s()\n"
                                       "Bus().on(b)\n"
                                       "copy = list(seen)\n" // a copy holds seen's, not its own
                                       "copy.append(c)\n"
                                       "seen.pop()()\n"}}
        << QStringList{"main -> builtins.list (call)",
                       "main -> builtins.list.append (call)",
                       "main -> builtins.set (call)",
                       "main -> builtins.set.add (call)",
                       "main -> builtins.set.pop (call)",
                       "main -> main.Bus (instantiate)",
                       "main -> main.Bus.__init__ (call)",
                       "main -> main.Bus.on (call)",
                       "main -> main.a (call)",
                       "main -> main.a (reference)",
                       "main -> main.b (reference)",
                       "main -> main.c (reference)",
                       "main.Bus.__init__ -> builtins.list (call)",
                       "main.Bus.fire -> main.b (call)",
                       "main.Bus.on -> builtins.list.append (call)"}
        << 0;
    QTest::newRow("get, values, list and next give a container's elements")
        << FileList{{"main.py", defs + "class Store:\n    def get(self):\n        pass\n"
                                       "table = {'a': a}\n"
                                       "table.get('a')()\n"
                                       "for f in table.values():\n    f()\n"
                                       "bs = [b]\n"
                                       "it = iter(bs)\n"
                                       "next(it)()\n"
                                       "for g in sorted(bs):\n    g()\n"
                                       "Store().get()\n"
                                       "s = set(bs)\n"
                                       "s.add(c)\n"}}
        << QStringList{"main -> builtins.dict.get (call)", "main -> builtins.dict.values (call)",
                       "main -> builtins.iter (call)",     "main -> builtins.next (call)",
                       "main -> builtins.set (call)",      "main -> builtins.set.add (call)",
                       "main -> builtins.sorted (call)",   "main -> main.Store (instantiate)",
                       "main -> main.Store.get (call)",    "main -> main.a (call)",
                       "main -> main.a (reference)",       "main -> main.b (call)",
                       "main -> main.b (reference)",       "main -> main.c (reference)"}
        << 0;
    QTest::newRow("a generator gives what it yields")
        << FileList{{"main.py", defs + "others = [b]\n"
                                       "def gen():\n    yield a\n    yield from others\n"
                                       "def main():\n    for f in gen():\n        f()\n"
                                       "def pump():\n    g = gen()\n    g.send(None)()\n"
                                       "    [c].send(1)\n"
                                       "def step():\n    gen().__next__()()\n"}}
        << QStringList{"main -> main.b (reference)",      "main.main -> main.a (call)",
                       "main.main -> main.b (call)",      "main.main -> main.gen (call)",
                       "main.pump -> main.a (call)",      "main.pump -> main.b (call)",
                       "main.pump -> main.c (reference)", "main.pump -> main.gen (call)",
                       "main.step -> main.a (call)",      "main.step -> main.b (call)",
                       "main.step -> main.gen (call)"}
        << 3; // the generator's own send and __next__ (no builtin names them); a list has no send
    QTest::newRow("what global and nonlocal bind reaches the other scope")
        << FileList{{"main.py", defs + "handler = a\n"
                                       "def install():\n    global handler\n    handler = b\n"
                                       "def peek():\n    global handler\n    return handler\n"
                                       "def main():\n    handler()\n"
                                       "def outer():\n    cb = a\n"
                                       "    def set_():\n        nonlocal cb\n        cb = c\n"
                                       "    set_()\n    cb()\n"}}
        << QStringList{"main -> main.a (reference)",
                       "main.install -> main.b (reference)",
                       "main.main -> main.a (call)",
                       "main.main -> main.b (call)",
                       "main.outer -> main.a (call)",
                       "main.outer -> main.a (reference)",
                       "main.outer -> main.c (call)",
                       "main.outer -> main.outer.set_ (call)",
                       "main.outer.set_ -> main.c (reference)"}
        << 0;
    QTest::newRow("a slice holds the same elements; an element of an element is nothing")
        << FileList{{"main.py", defs + "hooks = [a, b]\n"
                                       "for h in hooks[1:]:\n    h()\n"
                                       "first = [hooks[0]]\n"
                                       "first[0]()\n"
                                       "hooks[0][0]()\n"}}
        << QStringList{"main -> main.a (call)", "main -> main.a (reference)",
                       "main -> main.b (call)", "main -> main.b (reference)"}
        << 1;
    QTest::newRow("displays added together keep their places; a name's elements do not")
        << FileList{{"main.py", defs + "pair = (a,) + (b, c)\n"
                                       "pair[2]()\n"
                                       "base = [a]\n"
                                       "hooks = base + [b]\n"
                                       "hooks[0]()\n"
                                       "n = [1] + [c]\n"
                                       "n[1]()\n"}}
        << QStringList{"main -> main.a (call)", "main -> main.a (reference)",
                       "main -> main.b (call)", "main -> main.b (reference)",
                       "main -> main.c (call)", "main -> main.c (reference)"}
        << 0;
    QTest::newRow("a sum of names or of strings is no container")
        << FileList{{"main.py", defs + "first = [a]\nsecond = [b]\n"
                                       "both = first + second\n"
                                       "both[0]()\n"
                                       "mixed = [a] + (b,)\n"
                                       "mixed[0]()\n"
                                       "s = 'x' + 'y'\n"
                                       "s.upper()\n"}}
        << QStringList{"main -> main.a (reference)", "main -> main.b (reference)"} << 3;
    QTest::newRow("a for over an instance reads its __iter__'s yields or its iterator's __next__")
        << FileList{{"main.py", defs + "class Gen:\n"
                                       "    def __iter__(self):\n        yield a\n"
                                       "class Steps:\n"
                                       "    def __iter__(self):\n        return self\n"
                                       "    def __next__(self):\n        return b\n"
                                       "class Opaque:\n"
                                       "    def __iter__(self):\n        return make()\n"
                                       "for h in Gen():\n    h()\n"
                                       "for h in Steps():\n    h()\n"
                                       "for h in Opaque():\n    h()\n"}}
        << QStringList{"main -> main.Gen (instantiate)",
                       "main -> main.Gen.__iter__ (call)",
                       "main -> main.Opaque (instantiate)",
                       "main -> main.Opaque.__iter__ (call)",
                       "main -> main.Steps (instantiate)",
                       "main -> main.Steps.__iter__ (call)",
                       "main -> main.Steps.__next__ (call)",
                       "main -> main.a (call)",
                       "main -> main.b (call)",
                       "main.Steps.__next__ -> main.b (reference)"}
        << 2;
    QTest::newRow("comprehension variables, items() and enumerate() targets")
        << FileList{{"main.py", defs + "hooks = [a, b]\n"
                                       "[h() for h in hooks]\n"
                                       "h = c\n"
                                       "h()\n"
                                       "table = {'x': a}\n"
                                       "def main():\n"
                                       "    for k, f in table.items():\n        f()\n"
                                       "    for i, g in enumerate(hooks):\n        g()\n"}}
        << QStringList{"main -> main.a (call)",
                       "main -> main.a (reference)",
                       "main -> main.b (call)",
                       "main -> main.b (reference)",
                       "main -> main.c (call)",
                       "main -> main.c (reference)",
                       "main.main -> builtins.dict.items (call)",
                       "main.main -> builtins.enumerate (call)",
                       "main.main -> main.a (call)",
                       "main.main -> main.b (call)"}
        << 0;
    QTest::newRow("zip() pairs each target with its own iterable; enumerate() of a display")
        << FileList{{"main.py", defs + "hooks = [a]\n"
                                       "def pairs():\n"
                                       "    for f, g in zip(hooks, [b]):\n        g()\n"
                                       "def each():\n"
                                       "    for i, h in enumerate((c,)):\n        h()\n"
                                       "def three():\n"
                                       "    for x, y in zip(hooks, [b], [c]):\n        y()\n"}}
        << QStringList{"main -> main.a (reference)",
                       "main.each -> builtins.enumerate (call)",
                       "main.each -> main.c (call)",
                       "main.each -> main.c (reference)",
                       "main.pairs -> builtins.zip (call)",
                       "main.pairs -> main.b (call)",
                       "main.pairs -> main.b (reference)",
                       "main.three -> builtins.zip (call)",
                       "main.three -> main.b (reference)",
                       "main.three -> main.c (reference)"}
        << 1;
    QTest::newRow("args[i] is what callers pass at that place; a list splat by its order")
        << FileList{{"main.py", defs + "def pick(*args):\n    args[1]()\n"
                                       "def both(x, y):\n    y()\n"
                                       "def main():\n"
                                       "    pick(a, b)\n    pick(*(c, b))\n"
                                       "    pair = [a, c]\n    both(*pair)\n"
                                       "    grown = [a]\n    grown.append(b)\n    both(*grown)\n"}}
        << QStringList{"main.both -> main.c (call)",
                       "main.main -> builtins.list.append (call)",
                       "main.main -> main.a (reference)",
                       "main.main -> main.b (reference)",
                       "main.main -> main.both (call)",
                       "main.main -> main.c (reference)",
                       "main.main -> main.pick (call)",
                       "main.pick -> main.b (call)"}
        << 0; // `both(*grown)`: a list something is put into keeps no order, adds nothing
    // A literal default (None) is nothing to call: where no call passes a value reading
    // knows, the parameter is that default, so what the function binds it to instead is all
    // it calls. A function no call reaches reads it the same way.
    QTest::newRow("a parameter left to a literal default is rebound before the call")
        << FileList{{"main.py", defs + "def run(cb=None):\n"
                                       "    if cb is None:\n        cb = a\n    cb()\n"
                                       "def later(cb=None):\n    cb = cb or b\n    cb()\n"
                                       "def plain(cb):\n    cb()\n"
                                       "def main():\n    run()\n    run(None)\n    plain(None)\n"}}
        << QStringList{"main.later -> main.b (call)", "main.main -> main.plain (call)",
                       "main.main -> main.run (call)", "main.run -> main.a (call)",
                       "main.run -> main.a (reference)"}
        << 1; // plain's cb: its only call passes a literal, which reading says nothing of
    QTest::newRow("a returned display is a container of its own")
        << FileList{{"main.py", defs + "def table():\n    return {'z': a}\n"
                                       "def pair():\n    return [b, c]\n"
                                       "table()['z']()\n"
                                       "for f in pair():\n    f()\n"
                                       "pair().append(a)\n"}}
        << QStringList{"main -> builtins.list.append (call)",
                       "main -> main.a (call)",
                       "main -> main.a (reference)",
                       "main -> main.b (call)",
                       "main -> main.c (call)",
                       "main -> main.pair (call)",
                       "main -> main.table (call)",
                       "main.pair -> main.b (reference)",
                       "main.pair -> main.c (reference)",
                       "main.table -> main.a (reference)"}
        << 0;
    QTest::newRow("super with a class names that class's successors")
        << FileList{{"main.py", "class A:\n    def m(self):\n        pass\n"
                                "class B(A):\n    def m(self):\n        pass\n"
                                "class C(B):\n    def m(self):\n"
                                "        super(B, self).m()\n        super(C, self).m()\n"}}
        << QStringList{"main.B -> main.A (inherit)", "main.C -> main.B (inherit)",
                       "main.C.m -> main.A.m (call)", "main.C.m -> main.B.m (call)"}
        << 0;
    // A base's method reached through super() runs on the subclass's instance: its own
    // super() looks after it in that instance's MRO (a mixin's next class), its self calls
    // find the subclass's overrides. Unrelated classes, and a plain B(), add nothing.
    QTest::newRow("super() in a method reached through super() follows the instance's MRO")
        << FileList{{"main.py", "class A:\n    def m(self):\n        pass\n"
                                "class B(A):\n    def m(self):\n        super().m()\n"
                                "class C(A):\n    def m(self):\n        super().m()\n"
                                "    def hook(self):\n        pass\n"
                                "class Mixin:\n    def m(self):\n        super().m()\n"
                                "        self.hook()\n"
                                "class D(B, C):\n    def m(self):\n        super().m()\n"
                                "class E(Mixin, C):\n    def m(self):\n        super().m()\n"
                                "class F(B):\n    pass\n"
                                "def main():\n    D().m()\n    E().m()\n    B().m()\n"}}
        << QStringList{"main.B -> main.A (inherit)",         "main.B.m -> main.A.m (call)",
                       "main.B.m -> main.C.m (call)",        "main.C -> main.A (inherit)",
                       "main.C.m -> main.A.m (call)",        "main.D -> main.B (inherit)",
                       "main.D -> main.C (inherit)",         "main.D.m -> main.B.m (call)",
                       "main.E -> main.C (inherit)",         "main.E -> main.Mixin (inherit)",
                       "main.E.m -> main.Mixin.m (call)",    "main.F -> main.B (inherit)",
                       "main.Mixin.m -> main.C.hook (call)", "main.Mixin.m -> main.C.m (call)",
                       "main.main -> main.B (instantiate)",  "main.main -> main.B.m (call)",
                       "main.main -> main.D (instantiate)",  "main.main -> main.D.m (call)",
                       "main.main -> main.E (instantiate)",  "main.main -> main.E.m (call)"}
        << 1;
    // Classes: what subclasses define, caught exceptions, builtin values -------------------
    // An inherited method that returns self, or a classmethod returning cls or cls(), gives the
    // subclass it is read on; `cls()` in it makes that subclass's instance.
    QTest::newRow("self and cls returned by an inherited method are the subclass's")
        << FileList{{"main.py", "class Base:\n"
                                "    @classmethod\n    def make(cls):\n        return cls()\n"
                                "    def again(self):\n        return self\n"
                                "    def go(self):\n        pass\n"
                                "class Child(Base):\n"
                                "    def __init__(self):\n        pass\n"
                                "    def go(self):\n        pass\n"
                                "def main():\n    Child.make().go()\n    Child().again().go()\n"
                                "    Base.make().go()\n"
                                "def other():\n    Child.again(Base()).go()\n"}}
        << QStringList{"main.Base -> builtins.classmethod (decorator)",
                       "main.Base.make -> main.Base (instantiate)",
                       "main.Base.make -> main.Child (instantiate)",
                       "main.Base.make -> main.Child.__init__ (call)",
                       "main.Child -> main.Base (inherit)",
                       "main.main -> main.Base.again (call)",
                       "main.main -> main.Base.go (call)",
                       "main.main -> main.Base.make (call)",
                       "main.main -> main.Child (instantiate)",
                       "main.main -> main.Child.__init__ (call)",
                       "main.main -> main.Child.go (call)",
                       "main.other -> main.Base (instantiate)",
                       "main.other -> main.Base.again (call)",
                       "main.other -> main.Base.go (call)"}
        << 0;
    QTest::newRow("staticmethod(f) and classmethod(f) in a class body stand for f")
        << FileList{{"main.py", "def f():\n    pass\n"
                                "def g(cls):\n    pass\n"
                                "class A:\n    fn = staticmethod(f)\n    make = classmethod(g)\n"
                                "    other = staticmethod\n"
                                "class B(A):\n    def run(self):\n        self.fn()\n"
                                "        B.make()\n        self.other()\n"}}
        << QStringList{"main.A -> builtins.classmethod (call)",
                       "main.A -> builtins.staticmethod (call)",
                       "main.A -> main.f (reference)",
                       "main.A -> main.g (reference)",
                       "main.B -> main.A (inherit)",
                       "main.B.run -> builtins.staticmethod (call)",
                       "main.B.run -> main.f (call)",
                       "main.B.run -> main.g (call)"}
        << 0;
    QTest::newRow("a method only subclasses define is each subclass's")
        << FileList{{"main.py", "class Base:\n"
                                "    def run(self):\n        self.step()\n        self.missing()\n"
                                "class One(Base):\n    def step(self):\n        pass\n"
                                "class Two(One):\n    def step(self):\n        pass\n"
                                "class Other:\n    def step(self):\n        pass\n"}}
        << QStringList{"main.Base.run -> main.One.step (call)",
                       "main.Base.run -> main.Two.step (call)", "main.One -> main.Base (inherit)",
                       "main.Two -> main.One (inherit)"}
        << 1;
    // A tuple caught gives an instance of either (KeyError lacks report: Failed's alone).
    QTest::newRow("except as: an instance of the exception; a builtin value's methods")
        << FileList{{"main.py", "class Failed(Exception):\n    def report(self):\n        pass\n"
                                "class Lost(Exception):\n    def report(self):\n        pass\n"
                                "def main():\n    try:\n        pass\n"
                                "    except Failed as e:\n        e.report()\n"
                                "    except (KeyError, Failed) as f:\n        f.report()\n"
                                "    except (Lost, other.Error) as g:\n        g.report()\n"
                                "    s = str(1)\n    s.upper()\n"
                                "    n = list(range(3))\n    n.append(1)\n"}}
        << QStringList{"main.Failed -> builtins.Exception (inherit)",
                       "main.Lost -> builtins.Exception (inherit)",
                       "main.main -> builtins.list (call)",
                       "main.main -> builtins.list.append (call)",
                       "main.main -> builtins.range (call)",
                       "main.main -> builtins.str (call)",
                       "main.main -> builtins.str.upper (call)",
                       "main.main -> main.Failed.report (call)",
                       "main.main -> main.Lost.report (call)"}
        << 0;
    // Splats into positional parameters -----------------------------------------------------
    QTest::newRow("a splat of a display or a tuple fills parameters by position")
        << FileList{{"main.py", defs + "def run(x, y):\n    x()\n    y()\n"
                                       "def first(x, y):\n    x()\n"
                                       "def second(x, y):\n    y()\n"
                                       "run(*[a, b])\n"
                                       "pair = (b, c)\n"
                                       "first(*pair)\n"
                                       "first(c, *(a,))\n"
                                       "second(*(None, a))\n"}}
        << QStringList{"main -> main.a (reference)",  "main -> main.b (reference)",
                       "main -> main.c (reference)",  "main -> main.first (call)",
                       "main -> main.run (call)",     "main -> main.second (call)",
                       "main.first -> main.b (call)", "main.first -> main.c (call)",
                       "main.run -> main.a (call)",   "main.run -> main.b (call)",
                       "main.second -> main.a (call)"}
        << 0;
    QTest::newRow("a splat of unknown order fills a parameter only when all its elements agree")
        << FileList{{"main.py", defs + "def first(x, y):\n    x()\n"
                                       "def other(x, y):\n    x()\n"
                                       "def third(x, y):\n    x()\n"
                                       "def last(x, y, z):\n    x()\n"
                                       "same = [a for _ in range(2)]\n"
                                       "first(*same)\n"
                                       "mixed = {a, b}\n"
                                       "other(*mixed)\n"
                                       "partly = {a, 1 + 1}\n"
                                       "third(*partly)\n"
                                       "last(*same, c)\n"}}
        << QStringList{"main -> builtins.range (call)", "main -> main.a (reference)",
                       "main -> main.b (reference)",    "main -> main.c (reference)",
                       "main -> main.first (call)",     "main -> main.last (call)",
                       "main -> main.other (call)",     "main -> main.third (call)",
                       "main.first -> main.a (call)"}
        << 3;

    QTest::newRow("a splat of a copy is not read by its original's elements")
        << FileList{{"main.py", defs + "def first(x, y):\n    x()\n"
                                       "xs = [a]\n"
                                       "ys = list(xs)\n"
                                       "ys.insert(0, b)\n"
                                       "first(*ys)\n"}}
        << QStringList{"main -> builtins.list (call)", "main -> builtins.list.insert (call)",
                       "main -> main.a (reference)", "main -> main.b (reference)",
                       "main -> main.first (call)"}
        << 1;

    // Keywords into dicts ---------------------------------------------------------------------
    QTest::newRow("update(k=v) and dict(d, k=v) hold the keywords' values and d's")
        << FileList{{"main.py", defs + "table = {}\n"
                                       "table.update(x=a)\n"
                                       "table['x']()\n"
                                       "d = dict(y=b)\n"
                                       "d.get('y')()\n"
                                       "e = dict(d, z=c)\n"
                                       "def main():\n    for f in e.values():\n        f()\n"
                                       "p = dict([('k', a)])\n"
                                       "p['k']()\n"}}
        << QStringList{"main -> builtins.dict (call)",
                       "main -> builtins.dict.get (call)",
                       "main -> builtins.dict.update (call)",
                       "main -> main.a (call)",
                       "main -> main.a (reference)",
                       "main -> main.b (call)",
                       "main -> main.b (reference)",
                       "main -> main.c (reference)",
                       "main.main -> builtins.dict.values (call)",
                       "main.main -> main.b (call)",
                       "main.main -> main.c (call)"}
        << 0;

    // Comprehensions as containers ---------------------------------------------------------
    QTest::newRow("a comprehension holds what its element expression gives")
        << FileList{{"main.py", defs + "def make(n):\n    return a\n"
                                       "handlers = [make(n) for n in range(3)]\n"
                                       "for h in handlers:\n    h()\n"
                                       "fs = [f for f in (b, c)]\n"
                                       "fs[0]()\n"
                                       "named = {g.__name__: g for g in (a,)}\n"
                                       "def main():\n    named['a']()\n"
                                       "    return [o.run for o in objects]\n"
                                       "main()[0]()\n"}}
        << QStringList{"main -> builtins.range (call)",  "main -> main.a (call)",
                       "main -> main.a (reference)",     "main -> main.b (call)",
                       "main -> main.b (reference)",     "main -> main.c (call)",
                       "main -> main.c (reference)",     "main -> main.main (call)",
                       "main -> main.make (call)",       "main.main -> main.a (call)",
                       "main.make -> main.a (reference)"}
        << 1;

    QTest::newRow("a generator expression is an iterator of what its element gives")
        << FileList{{"main.py", defs + "def make(n):\n    return a\n"
                                       "for h in (make(n) for n in range(3)):\n    h()\n"
                                       "def main():\n"
                                       "    it = (f for f in (b,))\n"
                                       "    next(it)()\n"
                                       "    jobs = []\n"
                                       "    jobs.extend(g for g in (c,))\n"
                                       "    jobs[0]()\n"
                                       "    it.send(None)\n"
                                       "    words = (w for w in ('x',))\n"
                                       "    words.upper()\n"}}
        << QStringList{"main -> builtins.range (call)",
                       "main -> main.a (call)",
                       "main -> main.make (call)",
                       "main.main -> builtins.list.extend (call)",
                       "main.main -> builtins.next (call)",
                       "main.main -> main.b (call)",
                       "main.main -> main.b (reference)",
                       "main.main -> main.c (call)",
                       "main.main -> main.c (reference)",
                       "main.make -> main.a (reference)"}
        << 2;

    QTest::newRow("a function gives back its parameter, a local it binds or a tuple")
        << FileList{{"main.py", defs + "def ident(job):\n    return job\n"
                                       "def pick():\n    h = b\n    return h\n"
                                       "def main():\n    ident(job=a)()\n    g = pick()\n"
                                       "    g()\n"
                                       "def pair():\n    return c, None\n"
                                       "for f in pair():\n    f()\n"}}
        << QStringList{"main -> main.c (call)",          "main -> main.pair (call)",
                       "main.main -> main.a (call)",     "main.main -> main.a (reference)",
                       "main.main -> main.b (call)",     "main.main -> main.ident (call)",
                       "main.main -> main.pick (call)",  "main.pair -> main.c (reference)",
                       "main.pick -> main.b (reference)"}
        << 0;

    QTest::newRow("a base's method run on a subclass's instance calls its overrides")
        << FileList{{"main.py", "class Base:\n"
                                "    def run(self):\n        self.step()\n        self.log()\n"
                                "    def step(self):\n        pass\n"
                                "    def log(self):\n        self.step()\n"
                                "class Child(Base):\n    def step(self):\n        pass\n"
                                "class Unused(Base):\n    def step(self):\n        pass\n"
                                "class Own(Base):\n    def run(self):\n        self.step()\n"
                                "Child().run()\n"
                                "Own().run()\n"}}
        << QStringList{"main -> main.Base.run (call)",
                       "main -> main.Child (instantiate)",
                       "main -> main.Own (instantiate)",
                       "main -> main.Own.run (call)",
                       "main.Base.log -> main.Base.step (call)",
                       "main.Base.log -> main.Child.step (call)",
                       "main.Base.run -> main.Base.log (call)",
                       "main.Base.run -> main.Base.step (call)",
                       "main.Base.run -> main.Child.step (call)",
                       "main.Child -> main.Base (inherit)",
                       "main.Own -> main.Base (inherit)",
                       "main.Own.run -> main.Base.step (call)",
                       "main.Unused -> main.Base (inherit)"}
        << 0;

    QTest::newRow("a display passed as an argument is a container of its own")
        << FileList{{"main.py", defs + "def run(jobs, table=None):\n    jobs[0]()\n"
                                       "    for f in table.values():\n        f()\n"
                                       "run([a], table={'k': b})\n"
                                       "def spread(opts):\n    opts.items()\n"
                                       "spread(**{'opts': c})\n"}}
        << QStringList{"main -> main.a (reference)", "main -> main.b (reference)",
                       "main -> main.c (reference)", "main -> main.run (call)",
                       "main -> main.spread (call)", "main.run -> builtins.dict.values (call)",
                       "main.run -> main.a (call)",  "main.run -> main.b (call)"}
        << 1;

    QTest::newRow("a comprehension over several lines reads its own variable")
        << FileList{{"main.py", defs + "def main():\n"
                                       "    f = c\n"
                                       "    fs = [\n"
                                       "        f\n"
                                       "        for f in (a, b)\n"
                                       "    ]\n"
                                       "    fs[0]()\n"
                                       "    f()\n"}}
        << QStringList{"main.main -> main.a (call)", "main.main -> main.a (reference)",
                       "main.main -> main.b (call)", "main.main -> main.b (reference)",
                       "main.main -> main.c (call)", "main.main -> main.c (reference)"}
        << 0;

    // A lambda called where it is written ------------------------------------------------------
    QTest::newRow("a lambda called where it is written")
        << FileList{{"main.py", defs + "(lambda: a())()\n"
                                       "def main():\n    (lambda: b())()\n"
                                       "    g = lambda: (lambda: c())()\n    g()\n"
                                       "(lambda f: f())(a)\n"}}
        << QStringList{"main -> main.<lambda1> (call)",
                       "main -> main.<lambda2> (call)",
                       "main -> main.a (reference)",
                       "main.<lambda1> -> main.a (call)",
                       "main.main -> main.main.<lambda1> (call)",
                       "main.main -> main.main.<lambda2> (call)",
                       "main.main -> main.main.<lambda2> (reference)",
                       "main.main.<lambda1> -> main.b (call)",
                       "main.main.<lambda2> -> main.main.<lambda2>.<lambda1> (call)",
                       "main.main.<lambda2>.<lambda1> -> main.c (call)"}
        << 1;

    // Two-argument super ----------------------------------------------------------------------
    QTest::newRow("super(Base, self) looks after Base in the instance's MRO")
        << FileList{{"main.py", "class Deprecated:\n    def keys(self):\n        pass\n"
                                "class Groups(Deprecated, dict):\n"
                                "    def all(self):\n"
                                "        return super(Deprecated, self).values()\n"
                                "class A:\n    def m(self):\n        pass\n"
                                "class B(A):\n    def m(self):\n        pass\n"
                                "class C(A):\n    def m(self):\n        pass\n"
                                "class D(B, C):\n    def m(self):\n"
                                "        super(B, self).m()\n"
                                "        super(C, self).m()\n"
                                "class E(A):\n    def m(self):\n"
                                "        super(B, self).m()\n"}}
        << QStringList{"main.B -> main.A (inherit)",
                       "main.C -> main.A (inherit)",
                       "main.D -> main.B (inherit)",
                       "main.D -> main.C (inherit)",
                       "main.D.m -> main.A.m (call)",
                       "main.D.m -> main.C.m (call)",
                       "main.E -> main.A (inherit)",
                       "main.Groups -> builtins.dict (inherit)",
                       "main.Groups -> main.Deprecated (inherit)",
                       "main.Groups.all -> builtins.dict.values (call)"}
        << 1;
    // `d.setdefault(k, [])` gives the default when the key is new: what goes into the default
    // (chained on the call, or through a name bound to what it gives) is under that key.
    QTest::newRow("a registry of lists kept with setdefault")
        << FileList{{"main.py", defs + "class Bus:\n"
                                       "    def __init__(self):\n        self.subs = {}\n"
                                       "    def on(self, event, fn):\n"
                                       "        self.subs.setdefault(event, []).append(fn)\n"
                                       "    def emit(self, event):\n"
                                       "        for fn in self.subs[event]:\n            fn()\n"
                                       "bus = Bus()\n"
                                       "bus.on('x', a)\n"
                                       "late = {}\n"
                                       "hooks = late.setdefault('y', [b])\n"
                                       "hooks.append(c)\n"
                                       "for h in late['y']:\n    h()\n"}}
        << QStringList{"main -> builtins.dict.setdefault (call)",
                       "main -> builtins.list.append (call)",
                       "main -> main.Bus (instantiate)",
                       "main -> main.Bus.__init__ (call)",
                       "main -> main.Bus.on (call)",
                       "main -> main.a (reference)",
                       "main -> main.b (call)",
                       "main -> main.b (reference)",
                       "main -> main.c (call)",
                       "main -> main.c (reference)",
                       "main.Bus.emit -> main.a (call)",
                       "main.Bus.on -> builtins.dict.setdefault (call)",
                       "main.Bus.on -> builtins.list.append (call)"}
        << 0;
    // `defaultdict(list)` gives a new list for a missing key: what `d[k].append(f)` puts in
    // is what `d[k]` holds; a defaultdict of another factory (`int`, a lambda) stays the
    // library's object, and another dict's stores are not its.
    QTest::newRow("a registry of lists kept in a defaultdict")
        << FileList{{"main.py", defs + "from collections import defaultdict\n"
                                       "subs = defaultdict(list)\n"
                                       "others = defaultdict(list)\n"
                                       "counts = defaultdict(int)\n"
                                       "def on(event, fn):\n    subs[event].append(fn)\n"
                                       "on('x', a)\n"
                                       "others['y'].append(b)\n"
                                       "counts['z'] += 1\n"
                                       "def emit(event):\n"
                                       "    for fn in subs[event]:\n        fn()\n"}}
        << QStringList{"main -> builtins.list.append (call)",
                       "main -> collections.defaultdict (call)",
                       "main -> main.a (reference)",
                       "main -> main.b (reference)",
                       "main -> main.on (call)",
                       "main.emit -> main.a (call)",
                       "main.on -> builtins.list.append (call)"}
        << 0;
    QTest::newRow("what goes into one key's default is not another dict's")
        << FileList{{"main.py", defs + "one = {}\ntwo = {'k': [b]}\n"
                                       "one.setdefault('k', []).append(a)\n"
                                       "for f in two['k']:\n    f()\n"}}
        << QStringList{"main -> builtins.dict.setdefault (call)",
                       "main -> builtins.list.append (call)", "main -> main.a (reference)",
                       "main -> main.b (call)", "main -> main.b (reference)"}
        << 0;
    QTest::newRow("a container lacks the methods its builtin type lacks")
        << FileList{{"main.py", defs + "class Query:\n    def filter(self):\n        pass\n"
                                       "def run(qs):\n    qs.filter()\n"
                                       "def one(qs):\n    qs.filter()\n    qs.append(c)\n"
                                       "q = Query()\nxs = [a]\nys = [b]\n"
                                       "run(q)\nrun(xs)\none(ys)\n"}}
        << QStringList{"main -> main.Query (instantiate)",
                       "main -> main.a (reference)",
                       "main -> main.b (reference)",
                       "main -> main.one (call)",
                       "main -> main.run (call)",
                       "main.one -> builtins.list.append (call)",
                       "main.one -> main.c (reference)",
                       "main.run -> main.Query.filter (call)"}
        << 1;
    // Stores through a parameter -------------------------------------------------------------
    QTest::newRow("a function that stores into a container it is passed")
        << FileList{{"main.py", defs + "def add(d, k, v):\n    d[k] = v\n"
                                       "def put(xs, f):\n    xs.append(f)\n"
                                       "def fresh(d, v):\n    d = {}\n    d['k'] = v\n"
                                       "def run_of(d, o):\n    d['k'] = o.run\n"
                                       "table = {}\n"
                                       "add(table, 'x', a)\n"
                                       "table['x']()\n"
                                       "other = {}\n"
                                       "add(other, 'y', b)\n"
                                       "other['y']()\n"
                                       "hooks = []\n"
                                       "put(hooks, c)\n"
                                       "for h in hooks:\n    h()\n"
                                       "kept = {}\n"
                                       "fresh(kept, a)\n"
                                       "run_of(kept, a)\n"
                                       "kept['k']()\n"}}
        << QStringList{"main -> main.a (call)",
                       "main -> main.a (reference)",
                       "main -> main.add (call)",
                       "main -> main.b (call)",
                       "main -> main.b (reference)",
                       "main -> main.c (call)",
                       "main -> main.c (reference)",
                       "main -> main.fresh (call)",
                       "main -> main.put (call)",
                       "main -> main.run_of (call)",
                       "main.put -> builtins.list.append (call)"}
        << 1;
    // Callers are read per function: of three functions named `run`, each calls what its own
    // callers pass, a method's binding of self included, and an __init__ what its class's
    // instantiations pass.
    QTest::newRow("functions of one name each take what their own callers pass")
        << FileList{{"one.py", "def run(job):\n    job()\n"},
                    {"two.py", "def run(job):\n    job()\n"},
                    {"k.py", "class K:\n    def __init__(self, job):\n        job()\n"
                             "    def run(self, job):\n        job()\n"},
                    {"main.py", defs + "import one, two\nfrom k import K\n"
                                       "one.run(a)\ntwo.run(b)\nK(c).run(a)\n"}}
        << QStringList{"k.K.__init__ -> main.c (call)", "k.K.run -> main.a (call)",
                       "main -> k.K (instantiate)",     "main -> k.K.__init__ (call)",
                       "main -> k.K.run (call)",        "main -> main.a (reference)",
                       "main -> main.b (reference)",    "main -> main.c (reference)",
                       "main -> one.run (call)",        "main -> two.run (call)",
                       "one.run -> main.a (call)",      "two.run -> main.b (call)"}
        << 0;
    // A base's __init__ keeping a parameter runs for every subclass; on an instance of one
    // subclass the attribute holds what that subclass's own instantiations pass (and its
    // subclasses', through super() too), never another's. An instance of the base itself
    // may be any of them.
    QTest::newRow("an inherited __init__ parameter, per subclass")
        << FileList{{"main.py", defs + "class Base:\n"
                                       "    def __init__(self, job):\n        self.job = job\n"
                                       "    def run(self):\n        self.job()\n"
                                       "class A(Base):\n    def go(self):\n        self.job()\n"
                                       "class B(Base):\n    def go(self):\n        self.job()\n"
                                       "class C(B):\n    def __init__(self):\n"
                                       "        super().__init__(c)\n"
                                       "class D(Base):\n    def __init__(self):\n"
                                       "        Base.__init__(self, a)\n"
                                       "    def go(self):\n        self.job()\n"
                                       "A(a)\nB(b)\nC()\nD()\n"}}
        << QStringList{"main -> main.A (instantiate)",
                       "main -> main.B (instantiate)",
                       "main -> main.Base.__init__ (call)",
                       "main -> main.C (instantiate)",
                       "main -> main.C.__init__ (call)",
                       "main -> main.D (instantiate)",
                       "main -> main.D.__init__ (call)",
                       "main -> main.a (reference)",
                       "main -> main.b (reference)",
                       "main.A -> main.Base (inherit)",
                       "main.A.go -> main.a (call)",
                       "main.B -> main.Base (inherit)",
                       "main.B.go -> main.b (call)",
                       "main.B.go -> main.c (call)",
                       "main.Base.run -> main.a (call)",
                       "main.Base.run -> main.b (call)",
                       "main.Base.run -> main.c (call)",
                       "main.C -> main.B (inherit)",
                       "main.C.__init__ -> main.Base.__init__ (call)",
                       "main.C.__init__ -> main.c (reference)",
                       "main.D -> main.Base (inherit)",
                       "main.D.__init__ -> main.Base.__init__ (call)",
                       "main.D.__init__ -> main.a (reference)",
                       "main.D.go -> main.a (call)"}
        << 0;
    // A subclass instantiated without the argument holds the default, not what the base's
    // other instantiations pass.
    QTest::newRow("an inherited __init__ parameter left to its default")
        << FileList{{"main.py", defs + "class Base:\n"
                                       "    def __init__(self, job=a):\n        self.job = job\n"
                                       "class S(Base):\n    def go(self):\n        self.job()\n"
                                       "S().go()\nBase(b)\n"}}
        << QStringList{"main -> main.Base (instantiate)", "main -> main.Base.__init__ (call)",
                       "main -> main.S (instantiate)",    "main -> main.S.go (call)",
                       "main -> main.b (reference)",      "main.S -> main.Base (inherit)",
                       "main.S.go -> main.a (call)"}
        << 0;
    // `super().__init__(**kwargs)` passes what the function put into its kwargs itself, by
    // a store or setdefault(), besides what its callers passed.
    QTest::newRow("what a function puts into its **kwargs before passing them on")
        << FileList{{"main.py", "class Rel:\n    def hidden(self):\n        pass\n"
                                "class Field:\n    def __init__(self, rel=None, **kwargs):\n"
                                "        self.rel = rel\n"
                                "class M(Field):\n    def __init__(self, **kwargs):\n"
                                "        kwargs['rel'] = Rel()\n"
                                "        super().__init__(**kwargs)\n"
                                "    def go(self):\n        self.rel.hidden()\n"
                                "class N(Field):\n    def __init__(self, **kwargs):\n"
                                "        kwargs.setdefault('rel', Rel())\n"
                                "        super().__init__(**kwargs)\n"
                                "    def go(self):\n        self.rel.hidden()\n"
                                "M().go()\nN().go()\n"}}
        << QStringList{"main -> main.M (instantiate)",
                       "main -> main.M.__init__ (call)",
                       "main -> main.M.go (call)",
                       "main -> main.N (instantiate)",
                       "main -> main.N.__init__ (call)",
                       "main -> main.N.go (call)",
                       "main.M -> main.Field (inherit)",
                       "main.M.__init__ -> main.Field.__init__ (call)",
                       "main.M.__init__ -> main.Rel (instantiate)",
                       "main.M.go -> main.Rel.hidden (call)",
                       "main.N -> main.Field (inherit)",
                       "main.N.__init__ -> builtins.dict.setdefault (call)",
                       "main.N.__init__ -> main.Field.__init__ (call)",
                       "main.N.__init__ -> main.Rel (instantiate)",
                       "main.N.go -> main.Rel.hidden (call)"}
        << 0;
    // A method a call follows is called, wherever the call sits: one only subclasses define
    // (a template method's step) gives what theirs return inside a display too.
    QTest::newRow("a method only subclasses define, called inside a display")
        << FileList{{"main.py", "class Part:\n    def check(self):\n        pass\n"
                                "class Form:\n    def parts(self):\n"
                                "        for p in [self.make_part()]:\n            p.check()\n"
                                "class PartForm(Form):\n    def make_part(self):\n"
                                "        return Part()\n"}}
        << QStringList{"main.Form.parts -> main.Part.check (call)",
                       "main.Form.parts -> main.PartForm.make_part (call)",
                       "main.PartForm -> main.Form (inherit)",
                       "main.PartForm.make_part -> main.Part (instantiate)"}
        << 0;
    QTest::newRow("a tuple target of a loop takes its place in each element")
        << FileList{{"main.py", defs + "for k, f in [(1, a)]:\n    f()\n"
                                       "pairs = [(b, 1), (c, 2)]\nfor g, n in pairs:\n    g()\n"
                                       "    n()\n"}}
        << QStringList{"main -> main.a (call)", "main -> main.a (reference)",
                       "main -> main.b (call)", "main -> main.b (reference)",
                       "main -> main.c (call)", "main -> main.c (reference)"}
        << 1;
    QTest::newRow("a loop iterates what the name was bound to when it began")
        << FileList{{"main.py", defs + "x = [(a, b)]\nfor p, q in x:\n    x = [(q, p)]\n"
                                       "    p()\n"}}
        << QStringList{"main -> main.a (call)", "main -> main.a (reference)",
                       "main -> main.b (reference)"}
        << 0;
}

void TestCallValues::edges()
{
    QFETCH(FileList, files);
    QFETCH(QStringList, expected);
    QFETCH(int, unresolved);
    checkCallFlow(files, expected, unresolved);
}

// A class's bases are kept once read. Whatever depth of evaluation first asks for them (here
// a chain of aliases of every length, past the resolver's bound), a method found through
// them resolves everywhere else.
void TestCallValues::basesDoNotDependOnWhereFirstRead()
{
    const QString z = "class Base:\n    def helper(self):\n        pass\n"
                      "class K(Base):\n    pass\n"
                      "def use():\n    K().helper()\n";
    for (int length = 1; length <= 80; ++length) {
        QString a = "from z import K\n" + QString("x%1 = K.helper\n").arg(length);
        for (int i = length - 1; i >= 1; --i)
            a += QString("x%1 = x%2\n").arg(i).arg(i + 1);
        a += "x1()\n";
        ProjectFixture project(FileList{{"a.py", a}, {"z.py", z}});
        const AnalysisPtr analysis = analyzeProject(project.path());
        const CallGraph graph = buildCallGraph(*analysis);
        const int use = graph.find("z.use");
        const int helper = graph.find("z.Base.helper");
        QVERIFY(use >= 0 && helper >= 0);
        const bool found =
            std::any_of(graph.edges.begin(), graph.edges.end(), [&](const CallEdge &e) {
                return e.caller == use && e.callee == helper && e.kind == CallEdgeKind::Call;
            });
        if (!found)
            qWarning("a chain of %d aliases read first lost the method", length);
        QVERIFY(found);
    }
}

// The analysis keeps an operator's call only where some class of the project defines its
// special method (`+=` also where only the plain one is): the rest can give no edge.
void TestCallValues::operatorsWithoutMethodsAreDropped()
{
    ProjectFixture project(FileList{{"main.py", "class V:\n    def __add__(self, o):\n"
                                                "        return self\n"
                                                "def use(v: V, d):\n"
                                                "    v + v\n    v += v\n    d[0]\n    v == d\n"}});
    const AnalysisPtr analysis = analyzeProject(project.path());
    QStringList kept;
    for (const FileFacts &facts : analysis->facts)
        for (const CallFact &call : facts.calls)
            if (call.origin == CallOrigin::Operator)
                kept << call.callee;
    QCOMPARE(kept, (QStringList{"v.__add__", "v.__iadd__"}));
}

QTEST_MAIN(TestCallValues)
#include "tst_callvalues.moc"
