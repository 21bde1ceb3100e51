// Values worked out inside cycles of the program (recursion, functions passing values to each
// other, a name read in the statement that binds it), written from Python's semantics. A cycle
// is solved to a fixpoint: what a recursive function returns or a recursive call passes is
// everything its other paths give, never nothing. Each row lists the exact call-graph edges
// ("caller -> callee (kind)") and the calls left unresolved; the negative rows keep precision.
#include "callflowharness.h"

using namespace headroom;

class TestCallCycles : public QObject
{
    Q_OBJECT

private slots:
    void edges_data();
    void edges();
};

void TestCallCycles::edges_data()
{
    QTest::addColumn<FileList>("files");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("unresolved");

    const QString classes = "class Req:\n    def go(self):\n        pass\n"
                            "class Resp:\n    def go(self):\n        pass\n";

    // Recursion --------------------------------------------------------------------------------
    QTest::newRow("a recursive function returns what its base case returns")
        << FileList{{"main.py", "def on_save():\n    pass\n"
                                "def pick(n):\n    if n > 0:\n        return pick(n - 1)\n"
                                "    return on_save\n"
                                "handler = pick(3)\nhandler()\n"}}
        << QStringList{"main -> main.on_save (call)", "main -> main.pick (call)",
                       "main.pick -> main.on_save (reference)", "main.pick -> main.pick (call)"}
        << 0;
    QTest::newRow("mutual recursion returns what either base case returns")
        << FileList{{"main.py", classes + "def even(n):\n    if n:\n        return odd(n - 1)\n"
                                          "    return Req()\n"
                                          "def odd(n):\n    if n:\n        return even(n - 1)\n"
                                          "    return Resp()\n"
                                          "even(4).go()\n"}}
        << QStringList{"main -> main.Req.go (call)",   "main -> main.Resp.go (call)",
                       "main -> main.even (call)",     "main.even -> main.Req (instantiate)",
                       "main.even -> main.odd (call)", "main.odd -> main.Resp (instantiate)",
                       "main.odd -> main.even (call)"}
        << 0;
    QTest::newRow("a recursive call passes on the function it was given")
        << FileList{{"main.py", "def on_node(n):\n    pass\n"
                                "def walk(node, visit):\n    visit(node)\n"
                                "    for child in node.children:\n        walk(child, visit)\n"
                                "walk(None, on_node)\n"}}
        << QStringList{"main -> main.on_node (reference)", "main -> main.walk (call)",
                       "main.walk -> main.on_node (call)", "main.walk -> main.walk (call)"}
        << 0;
    QTest::newRow("a recursion that only returns itself gives nothing")
        << FileList{{"main.py", "def loop(n):\n    return loop(n)\nloop(1)()\n"}}
        << QStringList{"main -> main.loop (call)", "main.loop -> main.loop (call)"} << 1;

    // Unpacking what several returns give ------------------------------------------------------
    QTest::newRow("each returned tuple is unpacked in its own places")
        << FileList{{"main.py", classes + "def create(ok):\n    if ok:\n"
                                          "        return Req(), None\n"
                                          "    return None, Resp()\n"
                                          "request, error = create(1)\n"
                                          "error.go()\nrequest.go()\n"}}
        << QStringList{"main -> main.Req.go (call)", "main -> main.Resp.go (call)",
                       "main -> main.create (call)", "main.create -> main.Req (instantiate)",
                       "main.create -> main.Resp (instantiate)"}
        << 0;
    QTest::newRow("a recursive function's tuples are unpacked in their places")
        << FileList{{"main.py", classes + "def build(n):\n    if n:\n"
                                          "        a, b = build(n - 1)\n        return a, b\n"
                                          "    return Req(), Resp()\n"
                                          "x, y = build(2)\nx.go()\n"}}
        << QStringList{"main -> main.Req.go (call)", "main -> main.build (call)",
                       "main.build -> main.Req (instantiate)",
                       "main.build -> main.Resp (instantiate)", "main.build -> main.build (call)"}
        << 0;

    // A name read in the statement that binds it ---------------------------------------------
    QTest::newRow("a class attribute bound to the module's name of the same name")
        << FileList{{"main.py", "import helpers\nclass Case:\n    helpers = helpers\n"
                                "    def run(self):\n        self.helpers.work()\n"},
                    {"helpers.py", "def work():\n    pass\n"}}
        << QStringList{"main.Case.run -> helpers.work (call)"} << 0;
    // Before each binding was worked out once, this read each local anew through the other at
    // every level down to the depth bound, twice per level: it never ended.
    QTest::newRow("locals read before their bindings, each through the other, end")
        << FileList{{"main.py", "class Box:\n    def values(self):\n        return []\n"
                                "def run(items):\n"
                                "    instance = context.values(context, path=1)\n"
                                "    context = instance.append(items, items)\n"
                                "    other = spare.get(spare)\n"
                                "    spare = other.get(other) or Box()\n"
                                "    spare.values()\n"}}
        << QStringList{"main.run -> main.Box (instantiate)", "main.run -> main.Box.values (call)"}
        << 4;
    QTest::newRow("a name rebound from itself in a loop keeps what it was bound to")
        << FileList{{"main.py", "def a():\n    pass\ndef wrap(f):\n    return f\n"
                                "g = a\nfor i in range(3):\n    g = wrap(g)\ng()\n"}}
        << QStringList{"main -> builtins.range (call)", "main -> main.a (call)",
                       "main -> main.a (reference)", "main -> main.wrap (call)"}
        << 0;
}

void TestCallCycles::edges()
{
    QFETCH(FileList, files);
    QFETCH(QStringList, expected);
    QFETCH(int, unresolved);
    checkCallFlow(files, expected, unresolved);
}

QTEST_GUILESS_MAIN(TestCallCycles)
#include "tst_callcycles.moc"
