// The cache of extracted facts: the encoding gives back every fact, a warm analysis parses
// nothing, reads its call graph back and says the same, and no broken, foreign, full or
// shared cache changes a result.
#include "callgraphcodec.h"
#include "callgraphexport.h"
#include "cliharness.h"
#include "exporter.h"
#include "factcache.h"
#include "factscodec.h"
#include "githarness.h"
#include "headroomversion.h"
#include "pipeline.h"

#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QtTest>

using namespace headroom;
using headroom::test::Outcome;
using headroom::test::readAll;
using headroom::test::runCommand;
using headroom::test::runGit;
using headroom::test::runProgram;

namespace {

FileFacts extracted(const QByteArray &source)
{
    PythonExtractor extractor;
    return extractor.extract(source);
}

// Field by field (each struct's ==), naming the first kind and item that differ.
template <class T>
void compareItems(const std::vector<T> &a, const std::vector<T> &b, const char *kind)
{
    QVERIFY2(a.size() == b.size(), kind);
    for (std::size_t i = 0; i < a.size(); ++i)
        QVERIFY2(a[i] == b[i],
                 qPrintable(QStringLiteral("%1 #%2").arg(QLatin1String(kind)).arg(i)));
}

void compareFacts(const FileFacts &a, const FileFacts &b)
{
    compareItems(a.imports, b.imports, "imports");
    compareItems(a.definitions, b.definitions, "definitions");
    compareItems(a.calls, b.calls, "calls");
    compareItems(a.attributes, b.attributes, "attributes");
    compareItems(a.names, b.names, "names");
    compareItems(a.bindings, b.bindings, "bindings");
    compareItems(a.references, b.references, "references");
    compareItems(a.stores, b.stores, "stores");
    compareItems(a.lambdas, b.lambdas, "lambdas");
    compareItems(a.loops, b.loops, "loops");
    compareItems(a.diagnostics, b.diagnostics, "diagnostics");
    QCOMPARE(a.dynamicCalls, b.dynamicCalls);
    QCOMPARE(a.moduleNames, b.moduleNames);
    QCOMPARE(a.dunderAll, b.dunderAll);
    QCOMPARE(a.bytes, b.bytes);
    QCOMPARE(a.lines, b.lines);
    QCOMPARE(a.sloc, b.sloc);
    QCOMPARE(a.parsed, b.parsed);
    QVERIFY(a == b); // and nothing the list above forgot
}

// How many facts of one kind a file has, by the kind's name in the rows below.
qsizetype countOf(const FileFacts &f, const QString &kind)
{
    const QHash<QString, qsizetype> counts{{"imports", qsizetype(f.imports.size())},
                                           {"definitions", qsizetype(f.definitions.size())},
                                           {"calls", qsizetype(f.calls.size())},
                                           {"attributes", qsizetype(f.attributes.size())},
                                           {"names", qsizetype(f.names.size())},
                                           {"bindings", qsizetype(f.bindings.size())},
                                           {"references", qsizetype(f.references.size())},
                                           {"stores", qsizetype(f.stores.size())},
                                           {"lambdas", qsizetype(f.lambdas.size())},
                                           {"loops", qsizetype(f.loops.size())},
                                           {"diagnostics", qsizetype(f.diagnostics.size())},
                                           {"dunderAll", f.dunderAll.size()},
                                           {"dynamicCalls", f.dynamicCalls}};
    return counts.value(kind, -1);
}

// A project with imports, classes and calls across modules, for whole analyses.
FileList shopProject()
{
    return {{"shop/__init__.py", "from .models import Order\n__all__ = ['Order']\n"},
            {"shop/models.py",
             "import os\nfrom shop import util\n\nclass Base:\n    def save(self):\n"
             "        self.dirty = False\n        return util.write(self)\n\n"
             "class Order(Base):\n    def total(self):\n"
             "        return sum(map(lambda l: l.price, self.lines))\n"},
            {"shop/util.py", "def write(obj):\n    from . import models\n    handlers = []\n"
                             "    handlers.append(obj.save)\n    return str(obj)\n"},
            {"shop/views.py", "from shop.models import Order\n\ndef show():\n    o = Order()\n"
                              "    return o.total()\n"},
            {"tools/run.py", "import shop.views\nshop.views.show()\n"}};
}

struct Outputs
{
    QByteArray imports;
    QByteArray calls;
    int parsed = -1;
    int cached = -1;
    QString cacheError;       // Analysis::cacheError
    bool callsCached = false; // Snapshot::callsCached
    bool operator==(const Outputs &o) const { return imports == o.imports && calls == o.calls; }
};

Outputs analyse(const QString &folder, const QString &cacheDir, bool enabled = true,
                const QString &revision = {})
{
    PipelineOptions options;
    options.analysis.cache.enabled = enabled;
    options.analysis.cache.dir = cacheDir;
    options.analysis.scan.revision = revision;
    const SnapshotPtr snapshot = runPipeline(folder, options);
    if (!snapshot->ok())
        return {};
    const Analysis &a = *snapshot->analysis;
    return {toJson(a, snapshot->review),
            callGraphJson(a, *snapshot->calls, false),
            a.parsedFiles,
            a.cachedFiles,
            a.cacheError,
            snapshot->callsCached};
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

class TestCache : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void corruptEncodings();
    void warmRunParsesNothing_data();
    void warmRunParsesNothing();
    void changedFileParsedAgain();
    void callGraphRoundTrip();
    void badCallGraphBuiltAgain();
    void brokenCache_data();
    void brokenCache();
    void unusableCacheSaysSoOnce_data();
    void unusableCacheSaysSoOnce();
    void badEntryParsedAgain_data();
    void badEntryParsedAgain();
    void versionChangeInvalidates();
    void leastRecentlyUsedEvicted();
    void maxBytesSetting_data();
    void maxBytesSetting();
    void twoProcessesAtOnce();
    void noCacheWritesNothing();
};

void TestCache::roundTrip_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("kind"); // a kind of fact the snippet must have
    QTest::newRow("import") << QByteArray("import os, a.b as c\n") << "imports";
    QTest::newRow("from import") << QByteArray("from a.b import c as d, e\n") << "imports";
    QTest::newRow("relative import")
        << QByteArray("from .. import x\nfrom .m import *\n") << "imports";
    QTest::newRow("type-checking import")
        << QByteArray("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import a\n")
        << "imports";
    QTest::newRow("conditional import")
        << QByteArray("try:\n    import ujson as json\nexcept ImportError:\n    import json\n")
        << "imports";
    QTest::newRow("function-local import") << QByteArray("def f():\n    import os\n") << "imports";
    QTest::newRow("class with bases and decorators")
        << QByteArray("import abc\n@dataclass(frozen=True)\nclass A(abc.ABC, Generic[T], "
                      "metaclass=M):\n    x: int = 1\n")
        << "definitions";
    QTest::newRow("method, self attributes")
        << QByteArray("class A:\n    def __init__(self, x: int = 1, *args, key=None, **kw):\n"
                      "        self.x = x\n    def get(self) -> int:\n        return self.x\n")
        << "attributes";
    QTest::newRow("async generator")
        << QByteArray("async def g(xs, /, *, k):\n    yield from xs\n    yield [a, b]\n")
        << "definitions";
    QTest::newRow("returns") << QByteArray(
                                    "def f() -> Optional[A]:\n    if x:\n        return make()\n"
                                    "    if y:\n        return a.b\n    return [f, g]\n")
                             << "definitions";
    QTest::newRow("calls and arguments")
        << QByteArray("import os\nos.path.join(a, 'run', *xs, key=f, **kw)\nsuper().save()\n")
        << "calls";
    QTest::newRow("raise and protocol calls")
        << QByteArray("class E(Exception): pass\ndef f(m):\n    raise E\n    with m:\n"
                      "        for x in m:\n            pass\n")
        << "calls";
    QTest::newRow("dynamic calls") << QByteArray("'d'[k]()\n(f or 'g'[0])()\n") << "dynamicCalls";
    QTest::newRow("bindings of every kind")
        << QByteArray("import a\nx = a.f()\ny: int = 3\nz = None\nw = a.b\nv = [a, b]\n"
                      "for e in (a, b):\n    pass\nfor q in xs:\n    pass\n"
                      "def f(p: int = make()):\n    global x\n    def g():\n        nonlocal p\n"
                      "[i for i in range(3)]\n")
        << "bindings";
    QTest::newRow("stores") << QByteArray("handlers = {}\nhandlers['a'] = on_a\nhandlers += more\n")
                            << "stores";
    QTest::newRow("references") << QByteArray(
                                       "def f():\n    pass\nregister(f)\nhandler = f\nxs = [f]\n")
                                << "references";
    QTest::newRow("loops") << QByteArray("for x in xs:\n    while x:\n        x = x.next\n")
                           << "loops";
    QTest::newRow("lambdas") << QByteArray(
                                    "key = lambda x, *ys: x.name\nsort(xs, key=lambda x: len(x))\n"
                                    "f = lambda: (lambda: g())\nh = lambda a, b=f, *c, d=[g]: a\n")
                             << "lambdas";
    QTest::newRow("name uses")
        << QByteArray("LIMIT = 3\ndef f():\n    return LIMIT\ndef g():\n    return f\n") << "names";
    QTest::newRow("__all__") << QByteArray("__all__ = ['a', 'b']\na = b = 1\n") << "dunderAll";
    QTest::newRow("syntax error") << QByteArray("def f(:\n    pass\nimport os\n") << "diagnostics";
    QTest::newRow("python 2") << QByteArray("print 'hello'\n") << "diagnostics";
    QTest::newRow("invalid utf-8") << QByteArray("x = '\xff'\nimport os\n") << "diagnostics";
    QTest::newRow("non-ascii names") << QByteArray("\xEF\xBB\xBF"
                                                   "größe = 1\ndef 函数():\n    pass\n")
                                     << "definitions";
    QTest::newRow("binary") << QByteArray("x\0y", 3) << "diagnostics";
    QTest::newRow("empty") << QByteArray() << "imports";
}

void TestCache::roundTrip()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, kind);
    const FileFacts facts = extracted(source);
    QVERIFY2(!source.isEmpty() ? countOf(facts, kind) > 0 : countOf(facts, kind) == 0,
             qPrintable(kind));
    const QByteArray bytes = encodeFacts(facts);
    const std::optional<FileFacts> decoded = decodeFacts(bytes);
    QVERIFY(decoded);
    compareFacts(*decoded, facts);
    QCOMPARE(encodeFacts(*decoded), bytes);
}

void TestCache::corruptEncodings()
{
    const QByteArray source =
        "import os\nfrom . import a as b\nclass A(B):\n    @property\n    def f(self, x=g()):\n"
        "        self.y = [h, lambda: k(x)]\n        d['k'] = self.f\n        return "
        "os.path.join(x)\n"
        "__all__ = ['A']\ndef broken(:\n";
    const QByteArray good = encodeFacts(extracted(source));
    QVERIFY(decodeFacts(good));
    // Every truncation, and a byte more, is refused.
    for (qsizetype n = 0; n < good.size(); ++n)
        QVERIFY(!decodeFacts(QByteArrayView(good).first(n)));
    QVERIFY(!decodeFacts(good + '\0'));
    // Flipped bits and overwritten bytes either decode to something or are refused: never a
    // crash, a hang or a huge allocation.
    QRandomGenerator random(20261201);
    for (int round = 0; round < 5000; ++round) {
        QByteArray bad = good;
        for (int k = 1 + int(random.bounded(3)); k > 0; --k) {
            const auto at = qsizetype(random.bounded(quint32(bad.size())));
            if (round % 2)
                bad[at] = char(bad[at] ^ char(1 << random.bounded(8)));
            else
                bad[at] = char(random.bounded(256));
        }
        const std::optional<FileFacts> facts = decodeFacts(bad);
        if (facts)
            QVERIFY(facts->imports.size() <= std::size_t(bad.size()));
    }
    // A huge count with nothing behind it.
    QByteArray huge = good.first(5);
    huge.append("\xff\xff\xff\xff\x0f", 5);
    QVERIFY(!decodeFacts(huge));
    QVERIFY(!decodeFacts(QByteArray(4096, '\xff')));
}

void TestCache::warmRunParsesNothing_data()
{
    QTest::addColumn<bool>("fromRevision");
    QTest::newRow("work tree") << false;
    QTest::newRow("git revision") << true;
}

void TestCache::warmRunParsesNothing()
{
    QFETCH(bool, fromRevision);
    const ProjectFixture project(shopProject());
    QString revision;
    if (fromRevision) {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("git is not installed");
        QVERIFY(runGit(project.path(), {"init", "-q"}) && runGit(project.path(), {"add", "-A"}) &&
                runGit(project.path(), {"commit", "-qm", "shop"}));
        revision = QStringLiteral("HEAD");
    }
    const QTemporaryDir cache;
    const Outputs uncached = analyse(project.path(), cache.path(), false, revision);
    QVERIFY(!uncached.imports.isEmpty());
    QVERIFY(filesUnder(cache.path()).isEmpty());
    const Outputs cold = analyse(project.path(), cache.path(), true, revision);
    QCOMPARE(cold.parsed, 5);
    QCOMPARE(cold.cached, 0);
    const Outputs warm = analyse(project.path(), cache.path(), true, revision);
    QCOMPARE(warm.parsed, 0);
    QCOMPARE(warm.cached, 5);
    QVERIFY(!uncached.callsCached && !cold.callsCached);
    QVERIFY(warm.callsCached); // the call graph is read back, not resolved again
    QCOMPARE(warm.imports, cold.imports);
    QCOMPARE(warm.calls, cold.calls);
    QCOMPARE(cold.imports, uncached.imports);
    QCOMPARE(cold.calls, uncached.calls);
}

void TestCache::changedFileParsedAgain()
{
    const ProjectFixture project(shopProject());
    const QTemporaryDir cache;
    QCOMPARE(analyse(project.path(), cache.path()).parsed, 5);
    project.write("shop/views.py", "from shop import util\n\ndef show():\n    util.write(1)\n");
    const Outputs warm = analyse(project.path(), cache.path());
    QCOMPARE(warm.parsed, 1);
    QCOMPARE(warm.cached, 4);
    QVERIFY(!warm.callsCached); // another project now: its call graph is built
    QVERIFY(warm == analyse(project.path(), cache.path(), false));
    // The old content is still cached: going back parses nothing, builds no call graph.
    project.write("shop/views.py", shopProject().at(3).second.toUtf8());
    const Outputs back = analyse(project.path(), cache.path());
    QCOMPARE(back.parsed, 0);
    QVERIFY(back.callsCached);
    // The same bytes under another name make another module: the call graph is built again.
    QVERIFY(QFile::rename(project.path() + "/tools/run.py", project.path() + "/tools/main.py"));
    const Outputs renamed = analyse(project.path(), cache.path());
    QCOMPARE(renamed.parsed, 0);
    QVERIFY(!renamed.callsCached);
    QVERIFY(renamed == analyse(project.path(), cache.path(), false));
}

void TestCache::callGraphRoundTrip()
{
    const ProjectFixture project(shopProject());
    const AnalysisPtr analysis = analyzeProject(project.path());
    const CallGraph graph = buildCallGraph(*analysis);
    QVERIFY(graph.edges.size() > 5);
    const int files = int(analysis->scan.files.size());
    const int imports = analysis->graph.edgeCount();
    const QByteArray good = encodeCallGraph(graph);
    const std::optional<CallGraph> decoded = decodeCallGraph(good, files, imports);
    QVERIFY(decoded);
    QCOMPARE(callGraphJson(*analysis, *decoded, false), callGraphJson(*analysis, graph, false));
    QCOMPARE(encodeCallGraph(*decoded), good);
    QCOMPARE(decoded->find("shop.views.show"), graph.find("shop.views.show"));
    // A graph of another project (other files, other imports) is refused.
    QVERIFY(!decodeCallGraph(good, files + 1, imports));
    QVERIFY(!decodeCallGraph(good, files, imports + 1));
    for (qsizetype n = 0; n < good.size(); ++n)
        QVERIFY(!decodeCallGraph(QByteArrayView(good).first(n), files, imports));
    QRandomGenerator random(20261202);
    for (int round = 0; round < 3000; ++round) {
        QByteArray bad = good;
        const auto at = qsizetype(random.bounded(quint32(bad.size())));
        bad[at] = char(bad[at] ^ char(1 << random.bounded(8)));
        // Whatever decodes has every index in range: reading it never leaves the graph.
        if (const std::optional<CallGraph> g = decodeCallGraph(bad, files, imports)) {
            for (const CallEdge &e : g->edges) {
                QVERIFY(e.caller < int(g->nodes.size()) && e.callee < int(g->nodes.size()));
                QVERIFY(std::uint64_t(e.firstSite) + e.siteCount <= g->sites.size());
            }
        }
    }
}

// A cached call graph that does not decode is built again and written anew.
void TestCache::badCallGraphBuiltAgain()
{
    const ProjectFixture project(shopProject());
    const QTemporaryDir dir;
    const Outputs expected = analyse(project.path(), dir.path(), false);
    QVERIFY(!analyse(project.path(), dir.path()).callsCached);
    PipelineOptions options;
    options.analysis.cache.enabled = true;
    options.analysis.cache.dir = dir.path();
    const SnapshotPtr snapshot = runPipeline(project.path(), options);
    QVERIFY(snapshot->callsCached);
    const QByteArray key = snapshot->analysis->callGraphKey;
    QVERIFY(!key.isEmpty());
    {
        const auto cache = FactCache::open({dir.path(), factCacheVersion(), 1 << 20});
        QVERIFY(cache);
        cache->put(key, "HRCG\x01garbage");
        QVERIFY(cache->commit());
    }
    const Outputs damaged = analyse(project.path(), dir.path());
    QVERIFY(!damaged.callsCached);
    QVERIFY(damaged == expected);
    QVERIFY(analyse(project.path(), dir.path()).callsCached);
}

void TestCache::brokenCache_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<bool>("recovers"); // the next run finds a working cache again
    QTest::newRow("random bytes") << "random" << true;
    QTest::newRow("truncated database") << "truncated" << true;
    QTest::newRow("empty file") << "empty" << true;
    QTest::newRow("another program's database") << "foreign" << true;
    QTest::newRow("a folder in the file's place") << "folder" << false;
    QTest::newRow("a file in the folder's place") << "dir-is-file" << false;
    // The database cannot be made in its folder, even by root (who writes into any folder):
    // its name is a link into a folder that does not exist.
    QTest::newRow("a database that cannot be made") << "dangling-link" << false;
}

void TestCache::brokenCache()
{
    QFETCH(QString, damage);
    QFETCH(bool, recovers);
    const ProjectFixture project(shopProject());
    const QTemporaryDir base;
    QString dir = base.filePath("headroom");
    const QString file = dir + QLatin1Char('/') + QLatin1String(FactCache::kFileName);
    QVERIFY(QDir().mkpath(dir));
    const Outputs expected = analyse(project.path(), dir, false);
    if (damage == "random") {
        QByteArray noise(20000, '\0');
        QRandomGenerator random(7);
        for (char &c : noise)
            c = char(random.bounded(256));
        ProjectFixture::writeFile(file, noise);
    } else if (damage == "truncated" || damage == "empty") {
        QCOMPARE(analyse(project.path(), dir).parsed, 5);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(damage == "empty" ? 0 : f.size() / 2));
    } else if (damage == "foreign") {
        QProcess sqlite;
        if (QStandardPaths::findExecutable("sqlite3").isEmpty())
            QSKIP("sqlite3 is not installed");
        sqlite.start("sqlite3", {file, "CREATE TABLE notes(text); INSERT INTO notes VALUES('x');"});
        QVERIFY(sqlite.waitForFinished() && sqlite.exitCode() == 0);
    } else if (damage == "folder") {
        QVERIFY(QDir().mkpath(file + "/inside"));
    } else if (damage == "dir-is-file") {
        QVERIFY(QDir(dir).removeRecursively());
        ProjectFixture::writeFile(dir, "not a folder");
        dir += "/more";
    } else if (damage == "dangling-link") {
        QVERIFY(QFile::link(base.filePath("no/such/folder/facts.sqlite3"), file));
    }
    const Outputs first = analyse(project.path(), dir);
    QVERIFY(first == expected);
    const Outputs second = analyse(project.path(), dir);
    QVERIFY(second == expected);
    QCOMPARE(second.cached, recovers ? 5 : 0);
    // A cache made again says nothing; one that cannot be used says why, naming where.
    QCOMPARE(first.cacheError.isEmpty(), recovers);
    QVERIFY2(recovers || first.cacheError.contains(dir), qPrintable(first.cacheError));
}

// Through the program: a cache that cannot be written leaves the result as it is and says so
// in one line, even when the command analyses two states.
void TestCache::unusableCacheSaysSoOnce_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("a file in the cache folder's place") << "dir-is-file";
    QTest::newRow("a folder in the database's place") << "folder";
}

void TestCache::unusableCacheSaysSoOnce()
{
    QFETCH(QString, damage);
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
        QSKIP("git is not installed");
    const ProjectFixture project(shopProject());
    QVERIFY(runGit(project.path(), {"init", "-q"}) && runGit(project.path(), {"add", "-A"}) &&
            runGit(project.path(), {"commit", "-qm", "shop"}));
    const QTemporaryDir home;
    const QString dir = home.filePath("headroom");
    if (damage == "dir-is-file")
        ProjectFixture::writeFile(dir, "not a folder");
    else
        QVERIFY(QDir().mkpath(dir + "/facts.sqlite3"));
    const QByteArray saved = qgetenv("XDG_CACHE_HOME");
    qputenv("XDG_CACHE_HOME", home.path().toUtf8());
    const QString cached = home.filePath("cached.json");
    const QString plain = home.filePath("plain.json");
    const Outcome analyze = runProgram({"analyze", "-q", project.path(), "-o", cached});
    const Outcome diff = runProgram({"diff", project.path(), "--from", "HEAD"});
    qputenv("XDG_CACHE_HOME", saved);
    QCOMPARE(runProgram({"analyze", "-q", "--no-cache", project.path(), "-o", plain}).exitCode, 0);
    QCOMPARE(analyze.exitCode, 0);
    QCOMPARE(readAll(cached), readAll(plain));
    QCOMPARE(diff.exitCode, 0);
    for (const Outcome &o : {analyze, diff}) {
        const QStringList lines = o.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines[0].startsWith("headroom: warning: extracted facts not cached: ") &&
                     lines[0].contains(dir),
                 qPrintable(lines[0]));
    }
}

void TestCache::badEntryParsedAgain_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("facts that do not decode") << "undecodable";
    QTest::newRow("a value that fails its checksum") << "checksum";
}

// An entry of the right key whose value is wrong is a miss: the file is parsed again and its
// entry written anew.
void TestCache::badEntryParsedAgain()
{
    QFETCH(QString, damage);
    const ProjectFixture project(shopProject());
    const QTemporaryDir dir;
    const Outputs expected = analyse(project.path(), dir.path(), false);
    QCOMPARE(analyse(project.path(), dir.path()).parsed, 5);
    if (damage == "undecodable") {
        const auto cache = FactCache::open({dir.path(), factCacheVersion(), 1 << 20});
        QVERIFY(cache);
        cache->put(FactCache::contentKey(shopProject().at(4).second.toUtf8()), "HRFC\x01garbage");
        QVERIFY(cache->commit());
    } else {
        if (QStandardPaths::findExecutable("sqlite3").isEmpty())
            QSKIP("sqlite3 is not installed");
        QProcess sqlite;
        sqlite.start("sqlite3", {dir.filePath(FactCache::kFileName),
                                 "UPDATE facts SET checksum = checksum + 1 WHERE id = 1;"});
        QVERIFY(sqlite.waitForFinished() && sqlite.exitCode() == 0);
    }
    const Outputs damaged = analyse(project.path(), dir.path());
    QCOMPARE(damaged.parsed, 1);
    QVERIFY(damaged == expected);
    QCOMPARE(analyse(project.path(), dir.path()).cached, 5);
}

void TestCache::versionChangeInvalidates()
{
    const ProjectFixture project(shopProject());
    const QTemporaryDir dir;
    QCOMPARE(analyse(project.path(), dir.path()).parsed, 5);
    QCOMPARE(analyse(project.path(), dir.path()).cached, 5);
    {
        // Another Headroom (or grammar, or facts format) opens the cache: its entries only.
        const auto other = FactCache::open({dir.path(), QStringLiteral("headroom 0.0.1"), 1 << 20});
        QVERIFY(other);
        QVERIFY(!other->find(FactCache::contentKey(shopProject().at(4).second.toUtf8())));
        other->put(FactCache::contentKey("x"), "y");
        QVERIFY(other->commit());
    }
    const Outputs after = analyse(project.path(), dir.path());
    QCOMPARE(after.parsed, 5);
    QCOMPARE(after.cached, 0);
    QVERIFY(factCacheVersion().contains(QLatin1String(HEADROOM_VERSION)));
    QVERIFY(factCacheVersion().contains(QStringLiteral("facts %1").arg(kFactsFormatVersion)));
}

void TestCache::leastRecentlyUsedEvicted()
{
    const QTemporaryDir dir;
    const QByteArray value(1000, 'v');
    const QByteArray a = FactCache::contentKey("a"), b = FactCache::contentKey("b"),
                     c = FactCache::contentKey("c");
    // Room for two entries of 1017 bytes (key and value).
    const FactCacheSettings settings{dir.path(), QStringLiteral("v"), 2500};
    {
        const auto cache = FactCache::open(settings);
        QVERIFY(cache);
        cache->put(a, value);
        cache->put(b, value);
        QVERIFY(cache->commit());
    }
    {
        const auto cache = FactCache::open(settings);
        QCOMPARE(cache->find(a), value); // a is used again, b is not
        cache->put(c, value);
        QVERIFY(cache->commit());
    }
    const auto cache = FactCache::open(settings);
    QVERIFY(cache->find(a));
    QVERIFY(!cache->find(b));
    QVERIFY(cache->find(c));
}

void TestCache::maxBytesSetting_data()
{
    QTest::addColumn<QByteArray>("setting");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("unset") << QByteArray() << kDefaultCacheMaxBytes;
    QTest::newRow("bytes") << QByteArray("123456") << qint64(123456);
    QTest::newRow("megabytes") << QByteArray("200M") << qint64(200) * 1024 * 1024;
    QTest::newRow("gigabytes") << QByteArray("2GiB") << (qint64(2) << 30);
    QTest::newRow("nonsense") << QByteArray("lots") << kDefaultCacheMaxBytes;
}

void TestCache::maxBytesSetting()
{
    QFETCH(QByteArray, setting);
    const QByteArray saved = qgetenv("HEADROOM_CACHE_MAX_BYTES");
    qputenv("HEADROOM_CACHE_MAX_BYTES", setting);
    QTEST(FactCache::maxBytesFromEnvironment(), "bytes");
    qputenv("HEADROOM_CACHE_MAX_BYTES", saved);
}

void TestCache::twoProcessesAtOnce()
{
    FileList files = shopProject();
    for (int i = 0; i < 300; ++i)
        files.append({QStringLiteral("gen/m%1.py").arg(i),
                      QStringLiteral("import shop.util\nfrom gen import m%1\n\ndef f%2(x):\n"
                                     "    return shop.util.write(m%1.f%1(x))\n")
                          .arg((i + 1) % 300)
                          .arg(i)});
    const ProjectFixture project(files);
    const QTemporaryDir cache;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_CACHE_HOME", cache.path());
    QProcess runs[2];
    for (int i = 0; i < 2; ++i) {
        runs[i].setProcessEnvironment(env);
        runs[i].start(HEADROOM_EXE,
                      {"analyze", "-q", project.path(), "-o", cache.filePath(QString::number(i))});
    }
    for (QProcess &run : runs) {
        QVERIFY(run.waitForFinished(300000));
        QCOMPARE(run.exitStatus(), QProcess::NormalExit);
        QCOMPARE(run.exitCode(), 0);
    }
    const QByteArray first = readAll(cache.filePath("0"));
    QVERIFY(!first.isEmpty());
    QCOMPARE(readAll(cache.filePath("1")), first);
    QVERIFY(QFileInfo::exists(cache.filePath("headroom/facts.sqlite3")));
    // And a third, warm, says the same.
    QProcess warm;
    warm.setProcessEnvironment(env);
    warm.start(HEADROOM_EXE, {"analyze", "-q", project.path(), "-o", cache.filePath("2")});
    QVERIFY(warm.waitForFinished(300000) && warm.exitCode() == 0);
    QCOMPARE(readAll(cache.filePath("2")), first);
}

void TestCache::noCacheWritesNothing()
{
    const ProjectFixture project(shopProject());
    const QStringList before = filesUnder(project.path());
    const QTemporaryDir cache;
    const QByteArray saved = qgetenv("XDG_CACHE_HOME");
    qputenv("XDG_CACHE_HOME", cache.path().toUtf8());
    const QString out = cache.filePath("out.json");
    QCOMPARE(runCommand({"analyze", "-q", "--no-cache", project.path(), "-o", out}), 0);
    QCOMPARE(filesUnder(cache.path()), QStringList{out});
    QCOMPARE(runCommand({"summary", "--no-cache", project.path()}), 0);
    QCOMPARE(runCommand({"check", "--no-cache", "--max-cycles", "-1", project.path()}), 0);
    // The commands that draw, through the program (they need a QApplication).
    const QString svg = cache.filePath("out.svg");
    QCOMPARE(runProgram({"export", "--no-cache", project.path(), "-o", svg}).exitCode, 0);
    QCOMPARE(runProgram({"report", "--no-cache", project.path(), "-o", svg}).exitCode, 0);
    QCOMPARE(filesUnder(cache.path()), (QStringList{out, svg}));
    // Without it the cache is written, in its own folder: never in the project.
    QCOMPARE(runCommand({"analyze", "-q", project.path(), "-o", out}), 0);
    QVERIFY(QFileInfo::exists(cache.filePath("headroom/facts.sqlite3")));
    QCOMPARE(filesUnder(project.path()), before);
    // Commands that draw use it too.
    QVERIFY(QDir(cache.filePath("headroom")).removeRecursively());
    QCOMPARE(runProgram({"report", project.path(), "-o", svg}).exitCode, 0);
    QVERIFY(QFileInfo::exists(cache.filePath("headroom/facts.sqlite3")));
    qputenv("XDG_CACHE_HOME", saved);
}

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
