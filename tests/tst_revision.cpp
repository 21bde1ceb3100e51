// Revisions read from git's object store: the same analysis as a checkout of them, and the
// repository left exactly as it was.
#include "callgraphexport.h"
#include "cliharness.h"
#include "exporter.h"
#include "githarness.h"
#include "gitrevision.h"
#include "pipeline.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QStandardPaths>
#include <QtTest>

using namespace headroom;
using namespace headroom::test;

namespace {

// A throw-away repository; each commit writes its files ("" content with a null: delete).
class Repo
{
public:
    Repo() { m_ok = git({QStringLiteral("init"), QStringLiteral("-q"), m_dir.path()}); }

    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] QString path() const { return m_dir.path(); }

    bool git(const QStringList &arguments, QByteArray *out = nullptr) const
    {
        return runGit(QDir(m_dir.path()).exists() ? m_dir.path() : QDir::tempPath(), arguments,
                      out);
    }

    // Writes `files` (a null content deletes the file) and commits them all.
    bool commit(const QList<QPair<QString, QString>> &files, const QString &message)
    {
        for (const auto &[relative, content] : files) {
            const QString full = m_dir.filePath(relative);
            if (content.isNull()) {
                QFile::remove(full);
                continue;
            }
            QDir().mkpath(QFileInfo(full).absolutePath());
            QFile file(full);
            if (!file.open(QIODevice::WriteOnly) || file.write(content.toUtf8()) < 0)
                return false;
        }
        return git({QStringLiteral("add"), QStringLiteral("-A")}) &&
               git({QStringLiteral("commit"), QStringLiteral("-qm"), message});
    }

    [[nodiscard]] QString id(const QString &revision) const
    {
        QByteArray out;
        git({QStringLiteral("rev-parse"), revision}, &out);
        return QString::fromLatin1(out);
    }

    // The revision's files written out by git itself into `target`.
    bool checkout(const QString &revision, const QString &target) const
    {
        const QString tar = target + QStringLiteral(".tar");
        QDir().mkpath(target);
        if (!git({QStringLiteral("archive"), QStringLiteral("--format=tar"), QStringLiteral("-o"),
                  tar, revision}))
            return false;
        QProcess untar;
        untar.start(QStringLiteral("tar"),
                    {QStringLiteral("-xf"), tar, QStringLiteral("-C"), target});
        return untar.waitForFinished(30000) && untar.exitCode() == 0 && QFile::remove(tar);
    }

private:
    QTemporaryDir m_dir;
    bool m_ok = false;
};

void writeFile(const QString &dir, const QString &relative, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(dir + u'/' + relative).absolutePath());
    QFile file(dir + u'/' + relative);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

// Every file under `dir` with its size, time and content hash, sorted.
QStringList fingerprint(const QString &dir)
{
    QStringList list;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        QString line = info.filePath() + u' ' + QString::number(info.size()) + u' ' +
                       QString::number(info.lastModified().toMSecsSinceEpoch());
        if (info.isFile() && !info.isSymLink()) {
            QFile file(info.filePath());
            if (file.open(QIODevice::ReadOnly))
                line +=
                    u' ' +
                    QString::fromLatin1(
                        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1).toHex());
        }
        list.append(line);
    }
    list.sort();
    return list;
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

#include "tst_revision.moc"
QTEST_GUILESS_MAIN(TestRevision)
