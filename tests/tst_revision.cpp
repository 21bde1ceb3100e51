// Revisions read from git's object store: the same analysis as a checkout of them, and the
// repository left exactly as it was.
#include "callgraphexport.h"
#include "cliharness.h"
#include "exporter.h"
#include "gitrepo.h"
#include "gitrevision.h"
#include "pipeline.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QStandardPaths>
#include <QtTest>

using namespace headroom;
using namespace headroom::test;

namespace {

void writeFile(const QString &dir, const QString &relative, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(dir + u'/' + relative).absolutePath());
    QFile file(dir + u'/' + relative);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

SnapshotPtr analyseAt(const QString &folder, const QString &revision)
{
    PipelineOptions options;
    options.analysis.scan.revision = revision;
    options.analysis.threads = 2;
    return runPipeline(folder, options);
}

// The analysis as JSON, less what names the place it was read from.
QJsonObject comparable(const Snapshot &s)
{
    QJsonObject o = QJsonDocument::fromJson(toJson(*s.analysis, s.review)).object();
    o.remove(QStringLiteral("folder"));
    o.remove(QStringLiteral("revision"));
    // A link's detail names where it was found: the repository or the checkout.
    QJsonArray diagnostics;
    for (QJsonValue d : o.value(QStringLiteral("diagnostics")).toArray()) {
        QJsonObject one = d.toObject();
        one.remove(QStringLiteral("detail"));
        diagnostics.append(one);
    }
    o[QStringLiteral("diagnostics")] = diagnostics;
    return o;
}

using Commits = QList<FileList>;

bool hasGit()
{
    return !QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("tar")).isEmpty();
}

} // namespace

class TestRevision : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!hasGit())
            QSKIP("git or tar is not installed");
    }
    void sameAsCheckout_data();
    void sameAsCheckout();
    void repositoryUntouched();
    void errors_data();
    void errors();
    void commandLine();
    void diffCommand();
    void ratchet();
    void churn();
};

void TestRevision::sameAsCheckout_data()
{
    QTest::addColumn<Commits>("commits");
    QTest::addColumn<QString>("folder"); // inside the repository
    QTest::addColumn<QString>("revision");
    QTest::addColumn<QStringList>("edges"); // "importer>imported" of the revision

    const FileList shop = {{"shop/__init__.py", ""},
                           {"shop/a.py", "from shop import b\n\ndef f():\n    return b.g()\n"},
                           {"shop/b.py", "def g():\n    return 1\n"},
                           {"shop/c.py", "import shop.a\n"}};
    QTest::newRow("the commit before a cycle")
        << Commits{shop, {{"shop/b.py", "from shop import a\n\ndef g():\n    return a\n"}}}
        << QString() << QStringLiteral("HEAD~1") << QStringList{"shop.a>shop.b", "shop.c>shop.a"};
    QTest::newRow("the last commit, not the work tree")
        << Commits{shop, {{"shop/d.py", "import shop.c\n"}}} << QString() << QStringLiteral("HEAD")
        << QStringList{"shop.a>shop.b", "shop.c>shop.a", "shop.d>shop.c"};
    QTest::newRow("a deleted file is back")
        << Commits{shop, {{"shop/c.py", QString()}}} << QString() << QStringLiteral("HEAD^")
        << QStringList{"shop.a>shop.b", "shop.c>shop.a"};
    QTest::newRow("a folder of the repository, a package itself")
        << Commits{{{"README", "x\n"},
                    {"lib/shop/__init__.py", ""},
                    {"lib/shop/a.py", "from . import b\n"},
                    {"lib/shop/b.py", ""}},
                   {{"lib/shop/b.py", "from . import a\n"}}}
        << QStringLiteral("lib/shop") << QStringLiteral("HEAD~1") << QStringList{"shop.a>shop.b"};
    QTest::newRow("pyproject.toml and a src layout as they were")
        << Commits{{{"pyproject.toml", "[project]\nname = \"old\"\n[tool.headroom]\nbudget = 3\n"},
                    {"src/app/__init__.py", ""},
                    {"src/app/x.py", "import app.y\n"},
                    {"src/app/y.py", ""}},
                   {{"pyproject.toml", "[project]\nname = \"new\"\n"}}}
        << QString() << QStringLiteral("HEAD~1") << QStringList{"app.x>app.y"};
    QTest::newRow("import-linter contracts as they were")
        << Commits{{{".importlinter",
                     "[importlinter]\nroot_package = shop\n\n[importlinter:contract:1]\nname = "
                     "layers\ntype = layers\nlayers =\n    shop.c\n    shop.a\n    shop.b\n"},
                    {"shop/__init__.py", ""},
                    {"shop/a.py", "from shop import b\n"},
                    {"shop/b.py", "from shop import c\n"},
                    {"shop/c.py", ""}},
                   {{".importlinter", QString()}}}
        << QString() << QStringLiteral("HEAD~1") << QStringList{"shop.a>shop.b", "shop.b>shop.c"};
    QTest::newRow("a link to a file inside, one outside, one dangling")
        << Commits{{{"shop/__init__.py", ""},
                    {"shop/a.py", "from shop import b\n"},
                    {"shop/b.py", ""},
                    {"other.py", ""}}}
        << QStringLiteral("shop") << QStringLiteral("HEAD") << QStringList{"shop.a>shop.b"};
}

void TestRevision::sameAsCheckout()
{
    QFETCH(Commits, commits);
    QFETCH(QString, folder);
    QFETCH(QString, revision);
    QFETCH(QStringList, edges);
    Repo repo;
    QVERIFY(repo.ok());
    for (int i = 0; i < commits.size(); ++i)
        QVERIFY(repo.commit(commits[i], QStringLiteral("commit %1").arg(i)));
    if (QByteArray(QTest::currentDataTag()).startsWith("a link")) {
        QVERIFY(QFile::link(QStringLiteral("b.py"), repo.path() + "/shop/same.py"));
        QVERIFY(QFile::link(QStringLiteral("../other.py"), repo.path() + "/shop/out.py"));
        QVERIFY(QFile::link(QStringLiteral("gone.py"), repo.path() + "/shop/dangling.py"));
        QVERIFY(QFile::link(QStringLiteral("loop.py"), repo.path() + "/shop/loop.py"));
        QVERIFY(repo.commit({}, QStringLiteral("links")));
    }
    // The work tree moves on after the last commit: the revision must not see it.
    const QString at = folder.isEmpty() ? repo.path() : repo.path() + u'/' + folder;
    writeFile(at, "zz_new.py", "import os\n");
    const SnapshotPtr read = analyseAt(at, revision);
    QVERIFY(read->ok());
    QVERIFY(read->analysis->scan.revision);
    QCOMPARE(read->analysis->scan.revision->commitId(), repo.id(revision));

    QTemporaryDir elsewhere;
    // Under the same names, since a project without a name is named after its folder.
    const QString whole = elsewhere.filePath(QFileInfo(repo.path()).fileName());
    QVERIFY(repo.checkout(revision, whole));
    const QString place = folder.isEmpty() ? whole : whole + u'/' + folder;
    PipelineOptions options;
    options.analysis.scan.useGit = false;
    options.analysis.threads = 2;
    const SnapshotPtr checkedOut = runPipeline(place, options);
    QVERIFY(checkedOut->ok());

    QStringList found;
    const ImportGraph &graph = read->analysis->graph;
    for (const Edge &e : graph.edges())
        if (graph.isInternal(e.target))
            found << graph.node(e.source).name + u'>' + graph.node(e.target).name;
    found.sort();
    QCOMPARE(found, edges);
    const QJsonObject mine = comparable(*read);
    const QJsonObject theirs = comparable(*checkedOut);
    for (const QString &key : theirs.keys())
        QVERIFY2(mine.value(key) == theirs.value(key),
                 qPrintable(
                     key + QStringLiteral(": ") +
                     QString::fromUtf8(QJsonDocument(QJsonArray{mine.value(key), theirs.value(key)})
                                           .toJson(QJsonDocument::Compact))));
    QCOMPARE(mine.keys(), theirs.keys());
    QJsonObject calls =
        QJsonDocument::fromJson(callGraphJson(*read->analysis, *read->calls, false)).object();
    QJsonObject callsThere =
        QJsonDocument::fromJson(callGraphJson(*checkedOut->analysis, *checkedOut->calls, false))
            .object();
    calls.remove(QStringLiteral("folder"));
    callsThere.remove(QStringLiteral("folder"));
    QCOMPARE(calls, callsThere);
}

void TestRevision::repositoryUntouched()
{
    Repo repo;
    QVERIFY(repo.ok());
    QVERIFY(
        repo.commit({{"shop/__init__.py", ""}, {"shop/a.py", "import shop.b\n"}, {"shop/b.py", ""}},
                    QStringLiteral("one")));
    QVERIFY(repo.commit({{"shop/b.py", "import shop.a\n"}}, QStringLiteral("two")));
    // Work in progress: a change and a new file, neither committed nor added.
    writeFile(repo.path(), "shop/a.py", "import shop.b\nimport shop.c\n");
    writeFile(repo.path(), "shop/c.py", "x = 1\n");
    const QStringList before = fingerprint(repo.path());
    for (const QString &revision : {QStringLiteral("HEAD~1"), QStringLiteral("HEAD")})
        QVERIFY(analyseAt(repo.path(), revision)->ok());
    QCOMPARE(fingerprint(repo.path()), before);
}

void TestRevision::errors_data()
{
    QTest::addColumn<bool>("repository");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("revision");
    QTest::addColumn<ScanStatus>("status");

    QTest::newRow("no repository") << false << QString() << "HEAD" << ScanStatus::NotInGit;
    QTest::newRow("no such revision") << true << QString() << "nope" << ScanStatus::NoRevision;
    QTest::newRow("a revision past the first")
        << true << QString() << "HEAD~5" << ScanStatus::NoRevision;
    QTest::newRow("the folder came later") << true << "later"
                                           << "HEAD~1" << ScanStatus::NotInRevision;
    QTest::newRow("a file, not a folder, then") << true << "later"
                                                << "HEAD~1" << ScanStatus::NotInRevision;
    QTest::newRow("the repository's own store") << true << ".git"
                                                << "HEAD" << ScanStatus::NotInGit;
}

void TestRevision::errors()
{
    QFETCH(bool, repository);
    QFETCH(QString, folder);
    QFETCH(QString, revision);
    QFETCH(ScanStatus, status);
    Repo repo;
    QTemporaryDir plain;
    QString root = plain.path();
    if (repository) {
        QVERIFY(repo.ok());
        const bool asFile = QByteArray(QTest::currentDataTag()).startsWith("a file");
        QVERIFY(
            repo.commit({{"a.py", ""}, {asFile ? "later" : "b.py", ""}}, QStringLiteral("one")));
        if (asFile)
            QVERIFY(QFile::remove(repo.path() + "/later"));
        QVERIFY(repo.commit({{"later/c.py", ""}}, QStringLiteral("two")));
        root = repo.path();
    } else {
        writeFile(root, "a.py", "");
    }
    const QStringList before = fingerprint(root);
    const SnapshotPtr s = analyseAt(folder.isEmpty() ? root : root + u'/' + folder, revision);
    QCOMPARE(s->status(), status);
    QCOMPARE(fingerprint(root), before);
}

void TestRevision::commandLine()
{
    Repo repo;
    QVERIFY(repo.ok());
    QVERIFY(
        repo.commit({{"shop/__init__.py", ""}, {"shop/a.py", "import shop.b\n"}, {"shop/b.py", ""}},
                    QStringLiteral("one")));
    QVERIFY(repo.commit({{"shop/b.py", "import shop.a\n"}}, QStringLiteral("two")));

    // analyze: the JSON names the commit it read.
    Outcome o = runProgram({"analyze", repo.path(), "--rev", "HEAD~1", "-q"});
    QCOMPARE(o.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(o.out.toUtf8()).object();
    QCOMPARE(json["revision"]["commit"].toString(), repo.id("HEAD~1"));
    QCOMPARE(json["revision"]["expression"].toString(), QStringLiteral("HEAD~1"));
    QCOMPARE(json["cycles"].toArray().size(), 0);
    // The function level reads the revision too.
    o = runProgram({"analyze", repo.path(), "--rev", "HEAD~1", "--level", "function", "-q"});
    QCOMPARE(o.exitCode, 0);

    // check: the old commit passes, the new one has a cycle.
    QCOMPARE(runProgram({"check", repo.path(), "--rev", "HEAD~1"}).exitCode, 0);
    QCOMPARE(runProgram({"check", repo.path(), "--rev", "HEAD"}).exitCode, 1);
    o = runProgram({"summary", repo.path(), "--rev", "HEAD~1"});
    QCOMPARE(o.exitCode, 0);

    // Mistakes: one line each, exit code 1; an empty revision is a usage error.
    QTemporaryDir plain;
    writeFile(plain.path(), "a.py", "");
    o = runProgram({"analyze", plain.path(), "--rev", "HEAD"});
    QCOMPARE(o.exitCode, 1);
    QCOMPARE(o.err.count(u'\n'), 1);
    QVERIFY2(o.err.contains("not in a git repository"), qPrintable(o.err));
    o = runProgram({"summary", repo.path(), "--rev", "no-such-branch"});
    QCOMPARE(o.exitCode, 1);
    QCOMPARE(o.err.count(u'\n'), 1);
    QVERIFY2(o.err.contains("has no revision no-such-branch"), qPrintable(o.err));
    QCOMPARE(runProgram({"check", repo.path(), "--rev", ""}).exitCode, 2);
}

void TestRevision::diffCommand()
{
    Repo repo;
    QVERIFY(repo.ok());
    QVERIFY(repo.commit({{"shop/__init__.py", ""},
                         {"shop/a.py", "import shop.b\n"},
                         {"shop/b.py", ""},
                         {"shop/old.py", ""}},
                        QStringLiteral("one")));
    QVERIFY(repo.commit({{"shop/b.py", "x = 1\nimport shop.a\n"}, {"shop/old.py", QString()}},
                        QStringLiteral("two")));
    writeFile(repo.path(), "shop/c.py", "import shop.a\n");
    const QStringList before = fingerprint(repo.path());

    // Between two revisions, as JSON.
    QTemporaryDir out;
    const QString file = out.filePath("diff.json");
    Outcome o = runProgram(
        {"diff", repo.path(), "--from", "HEAD~1", "--to", "HEAD", "--format", "json", "-o", file});
    QCOMPARE(o.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(readAll(file)).object();
    QCOMPARE(json["from"]["commit"].toString(), repo.id("HEAD~1"));
    QCOMPARE(json["to"]["commit"].toString(), repo.id("HEAD"));
    const QJsonArray added = json["added_edges"].toArray();
    QCOMPARE(added.size(), 1);
    QCOMPARE(added[0]["source"].toString(), QStringLiteral("shop.b"));
    QCOMPARE(added[0]["target"].toString(), QStringLiteral("shop.a"));
    QCOMPARE(added[0]["sites"][0]["file"].toString(), QStringLiteral("shop/b.py"));
    QCOMPARE(added[0]["sites"][0]["line"].toInt(), 2);
    QCOMPARE(json["removed_edges"].toArray().size(), 0);
    QCOMPARE(json["modules"]["removed"].toArray(), QJsonArray{"shop.old"});
    QCOMPARE(json["modules"]["added"].toArray(), QJsonArray());
    const QJsonArray cycles = json["new_cycles"].toArray();
    QCOMPARE(cycles.size(), 1);
    QCOMPARE(cycles[0]["members"].toArray(), (QJsonArray{"shop.a", "shop.b"}));
    QCOMPARE(cycles[0]["chain"].toArray(), (QJsonArray{"shop/a.py:1", "shop/b.py:2", "shop/a.py"}));
    QCOMPARE(json["depth"]["from"].toInt(), 2);
    QCOMPARE(json["depth"]["to"].toInt(), 1);
    for (const char *key :
         {"broken_cycles", "grown_cycles", "changed_levels", "findings", "contracts"})
        QVERIFY2(json.contains(key), key);

    // Against the work tree, as text: the uncommitted module is there.
    o = runProgram({"diff", repo.path(), "--from", "HEAD"});
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.out.contains("to   the work tree"), qPrintable(o.out));
    QVERIFY2(o.out.contains("+ shop.c"), qPrintable(o.out));
    QVERIFY2(o.out.contains("shop.c \u2192 shop.a  (shop/c.py:1)"), qPrintable(o.out));
    // Nothing changed between a revision and itself.
    o = runProgram({"diff", repo.path(), "--from", "HEAD", "--to", "HEAD"});
    QVERIFY2(o.out.contains("No change to the structure."), qPrintable(o.out));

    // Mistakes.
    QCOMPARE(runProgram({"diff", repo.path()}).exitCode, 2);
    QCOMPARE(runProgram({"diff", repo.path(), "--from", "HEAD", "--format", "xml"}).exitCode, 2);
    QCOMPARE(runProgram({"diff", repo.path(), "--from", "HEAD", "--rev", "HEAD"}).exitCode, 2);
    o = runProgram({"diff", repo.path(), "--from", "nope"});
    QCOMPARE(o.exitCode, 1);
    QCOMPARE(o.err.count(u'\n'), 1);
    QCOMPARE(fingerprint(repo.path()), before);
}

// check --baseline FILE and --baseline-rev REV: what was there is known, what is new fails.
void TestRevision::ratchet()
{
    Repo repo;
    QVERIFY(repo.ok());
    const QString layers = "[importlinter]\nroot_package = shop\n\n[importlinter:contract:1]\n"
                           "name = layers\ntype = layers\nlayers =\n    shop.top\n    shop.mid\n"
                           "    shop.low\n";
    QVERIFY(repo.commit({{".importlinter", layers},
                         {"shop/__init__.py", ""},
                         {"shop/a.py", "import shop.b\n"},
                         {"shop/b.py", "import shop.a\n"},
                         {"shop/top.py", ""},
                         {"shop/mid.py", ""},
                         {"shop/low.py", "import shop.top\n"}},
                        QStringLiteral("old debts: a cycle and a violation")));
    QTemporaryDir out;
    const QString baseline = out.filePath("baseline.json");
    QCOMPARE(runProgram({"analyze", repo.path(), "-q", "-o", baseline}).exitCode, 0);
    // Without a baseline the old debts fail; with one they are known and pass.
    QCOMPARE(runProgram({"check", repo.path()}).exitCode, 1);
    Outcome o = runProgram({"check", repo.path(), "--baseline", baseline});
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.out.contains("(known)"), qPrintable(o.out));
    QCOMPARE(runProgram({"check", repo.path(), "--baseline-rev", "HEAD"}).exitCode, 0);

    // A new cycle fails, and only it is new.
    writeFile(repo.path(), "shop/c.py", "import shop.d\n");
    writeFile(repo.path(), "shop/d.py", "import shop.c\n");
    for (const QStringList &how :
         {QStringList{"--baseline", baseline}, QStringList{"--baseline-rev", "HEAD"}}) {
        o = runProgram(QStringList{"check", repo.path()} + how);
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.out.contains("FAIL cycles"), qPrintable(o.out));
        QVERIFY2(!o.out.contains("FAIL contracts"), qPrintable(o.out));
        // The old cycle, the contract and its violation.
        QVERIFY2(o.out.count("(known)\n") == 3, qPrintable(o.out));
        // SARIF: the known ones are notes, the new one an error.
        o = runProgram(QStringList{"check", repo.path(), "--format", "sarif"} + how);
        QCOMPARE(o.exitCode, 1);
        QStringList levels;
        for (const QJsonValue r :
             QJsonDocument::fromJson(o.out.toUtf8())["runs"][0]["results"].toArray())
            levels << r["ruleId"].toString() + u' ' + r["level"].toString();
        levels.sort();
        QCOMPARE(levels, (QStringList{"contracts note", "cycles error", "cycles note"}));
    }
    QFile::remove(repo.path() + "/shop/c.py");
    QFile::remove(repo.path() + "/shop/d.py");
    // A cycle that grew is worse: a new member joins the old one.
    writeFile(repo.path(), "shop/b.py", "import shop.a\nimport shop.e\n");
    writeFile(repo.path(), "shop/e.py", "import shop.a\n");
    QCOMPARE(runProgram({"check", repo.path(), "--baseline", baseline}).exitCode, 1);
    // A new violation of the old contract fails too; another way to the old one does not.
    writeFile(repo.path(), "shop/b.py", "import shop.a\n");
    QFile::remove(repo.path() + "/shop/e.py");
    writeFile(repo.path(), "shop/low.py", "import shop.top\nimport shop.mid\n");
    writeFile(repo.path(), "shop/mid.py", "def f():\n    import shop.top\n");
    o = runProgram({"check", repo.path(), "--baseline-rev", "HEAD"});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.out.contains("FAIL contracts"), qPrintable(o.out));
    QVERIFY2(!o.out.contains("FAIL cycles"), qPrintable(o.out));
    QVERIFY2(o.out.contains("shop.mid must not import shop.top: shop.mid (shop/mid.py:2) \u2192 "
                            "shop.top\n"),
             qPrintable(o.out));

    // Mistakes: both baselines, a file that is no analyze JSON, a missing one.
    QCOMPARE(runProgram({"check", repo.path(), "--baseline", baseline, "--baseline-rev", "HEAD"})
                 .exitCode,
             2);
    writeFile(out.path(), "not.json", "[1, 2]");
    QCOMPARE(runProgram({"check", repo.path(), "--baseline", out.filePath("not.json")}).exitCode,
             2);
    QCOMPARE(runProgram({"check", repo.path(), "--baseline", out.filePath("gone.json")}).exitCode,
             2);
    // A baseline written at the package level does not judge a module-level check.
    const QString packages = out.filePath("packages.json");
    QCOMPARE(
        runProgram({"analyze", repo.path(), "-q", "--level", "package", "-o", packages}).exitCode,
        0);
    o = runProgram({"check", repo.path(), "--baseline", packages});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains("another level"), qPrintable(o.err));
}

// --churn DAYS: the commits of the window that touched each file, first parents only.
void TestRevision::churn()
{
    Repo repo;
    QVERIFY(repo.ok());
    const qint64 day = 24 * 3600;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY(repo.commit({{"shop/__init__.py", ""},
                         {"shop/a.py", "def f(x):\n    if x:\n        return 1\n    return 2\n"},
                         {"shop/b.py", "import shop.a\n"}},
                        QStringLiteral("long ago"), now - 100 * day));
    QVERIFY(repo.commit({{"shop/a.py", "def f(x):\n    if x:\n        return 3\n    return 2\n"}},
                        QStringLiteral("a"), now - 20 * day));
    // A branch of two commits to b, merged: the merge is one change to b on the main line.
    QByteArray branch;
    QVERIFY(repo.git({"rev-parse", "--abbrev-ref", "HEAD"}, &branch));
    QVERIFY(repo.git({"checkout", "-q", "-b", "side"}));
    QVERIFY(repo.commit({{"shop/b.py", "import shop.a\nx = 1\n"}}, "b1", now - 15 * day));
    QVERIFY(repo.commit({{"shop/b.py", "import shop.a\nx = 2\n"}}, "b2", now - 14 * day));
    QVERIFY(repo.git({"checkout", "-q", QString::fromUtf8(branch)}));
    QVERIFY(repo.commit({{"shop/c.py", ""},
                         {"shop/a.py", "def f(x):\n    if x:\n        return 4\n    return 2\n"}},
                        "a and c", now - 10 * day));
    QVERIFY(
        repo.git({"merge", "-q", "--no-ff", "-m", "merge side", "side"}, nullptr, now - 5 * day));

    auto churnOf = [&](const QStringList &extra) {
        QMap<QString, QPair<int, int>> out; // module -> (churn, hotspot)
        const Outcome o = runProgram(QStringList{"analyze", repo.path(), "-q"} + extra);
        const QJsonObject json = QJsonDocument::fromJson(o.out.toUtf8()).object();
        for (const QJsonValue n : json["nodes"].toArray())
            if (n["kind"].toString() == QLatin1String("module"))
                out.insert(n["id"].toString(), {n["churn"].toInt(-1), n["hotspot"].toInt(-1)});
        return out;
    };
    using P = QPair<int, int>;
    // f has complexity 2: hotspot = churn x 2.
    QMap<QString, P> m = churnOf({"--churn", "30"});
    QCOMPARE(m.value("shop.a"), P(2, 4));
    QCOMPARE(m.value("shop.b"), P(1, 0));
    QCOMPARE(m.value("shop.c"), P(1, 0));
    // A package sums its files' hotspots (4 + 0 + 0), not churn x complexity of the sums.
    {
        const Outcome o = runProgram(
            {"analyze", repo.path(), "-q", "--churn", "30", "--level", "package", "--depth", "1"});
        QJsonObject shop;
        for (const QJsonValue n : QJsonDocument::fromJson(o.out.toUtf8())["nodes"].toArray())
            if (n["id"].toString() == QLatin1String("shop"))
                shop = n.toObject();
        QCOMPARE(shop["churn"].toInt(), 4);
        QCOMPARE(shop["hotspot"].toInt(), 4);
    }
    m = churnOf({"--churn", "365"});
    QCOMPARE(m.value("shop.a"), P(3, 6));
    QCOMPARE(m.value("shop.b"), P(2, 0));
    // A revision's window ends at its commit: 30 days before "a and c".
    m = churnOf({"--churn", "30", "--rev", "HEAD~1"});
    QCOMPARE(m.value("shop.a"), P(2, 4));
    QCOMPARE(m.value("shop.b"), P(0, 0));
    // Without --churn, no churn fields; outside git, a warning and no churn.
    QCOMPARE(churnOf({}).value("shop.a"), P(-1, -1));
    QTemporaryDir plain;
    writeFile(plain.path(), "a.py", "");
    const Outcome o = runProgram({"analyze", plain.path(), "-q", "--churn", "30"});
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.err.contains("churn not counted"), qPrintable(o.err));
    QCOMPARE(runProgram({"analyze", repo.path(), "--churn", "0"}).exitCode, 2);
}

#include "tst_revision.moc"
QTEST_GUILESS_MAIN(TestRevision)
