#include "pyproject.h"
#include "scanlisting.h"
#include "scanner.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace headroom;

namespace {

enum class Git
{
    Off,
    Fallback,
    Repo
};

// One fixture project and what scanning it gives. Paths are relative to the scanned
// project folder `proj`; "../x" lands beside it, outside the project. Plain C strings keep
// the rows short (QT_NO_CAST_FROM_ASCII).
using Texts = std::vector<const char *>;
struct Row
{
    // "path" is an empty file, "path|content" a file with content, "dir/" a folder,
    // "link -> target" a symbolic link holding target as written, "path <fifo>" and
    // "path <socket>" special files; "\\xNN" in a path is the raw byte NN (not UTF-8).
    Texts files;
    Texts modules;          // "module=relative/path" plus " init", " script", " stub"
    Texts diagnostics = {}; // "key:file"
    Texts roots = {""};
    const char *name = "";   // project name, checked when given
    const char *prefix = ""; // package prefix
    const char *scan = "";   // folder to scan, relative to proj
    ScanStatus status = ScanStatus::Ok;
    Texts optionRoots = {};
    Git git = Git::Off;
    Texts tracked = {};  // Git::Repo: files to `git add`
    Texts removed = {};  // Git::Repo: files deleted after adding
    Texts exclude = {};  // ScanOptions::exclude
    Texts excluded = {}; // the modules left out (ScanResult::excluded)
};

QStringList strings(const Texts &texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

// "\\xNN" in a row's path stands for the raw byte NN, to make names that are not UTF-8.
QByteArray rawPath(const QString &path)
{
    QByteArray raw = QFile::encodeName(path);
    for (qsizetype at = raw.indexOf("\\x"); at >= 0; at = raw.indexOf("\\x", at + 1))
        raw.replace(at, 4, QByteArray(1, char(raw.mid(at + 2, 2).toInt(nullptr, 16))));
    return raw;
}

// What rawPath() names were made, newest last.
std::vector<QByteArray> &rawPaths()
{
    static std::vector<QByteArray> paths;
    return paths;
}

// Removes them before the QTemporaryDir goes, which cannot name them to remove them.
struct RawCleanup
{
    ~RawCleanup()
    {
        std::vector<QByteArray> &paths = rawPaths();
        for (auto it = paths.rbegin(); it != paths.rend(); ++it)
            std::remove(it->constData());
        paths.clear();
    }
};

// A FIFO or a Unix socket at `path`, for " <fifo>" and " <socket>" entries.
bool makeSpecial(const QString &path, bool fifo)
{
    const QByteArray name = QFile::encodeName(path);
    if (fifo)
        return ::mkfifo(name.constData(), 0644) == 0;
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    if (std::size_t(name.size()) >= sizeof(address.sun_path))
        return false;
    std::memcpy(address.sun_path, name.constData(), std::size_t(name.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    const bool bound =
        fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    if (fd >= 0)
        ::close(fd); // the socket file stays
    return bound;
}

bool makeTree(const QString &base, const QStringList &entries)
{
    for (const QString &entry : entries) {
        if (entry.endsWith(QLatin1String(" <fifo>")) ||
            entry.endsWith(QLatin1String(" <socket>"))) {
            const QString path = base + u'/' + entry.left(entry.lastIndexOf(u' '));
            if (!QDir().mkpath(QFileInfo(path).absolutePath()) ||
                !makeSpecial(path, entry.endsWith(QLatin1String(" <fifo>"))))
                return false;
            continue;
        }
        if (entry.contains(QLatin1String("\\x"))) {
            const QByteArray raw = rawPath(base + u'/' + entry);
            const bool made = entry.endsWith(u'/') ? ::mkdir(raw.constData(), 0755) == 0
                                                   : ::close(::creat(raw.constData(), 0644)) == 0;
            if (!made)
                return false;
            rawPaths().push_back(raw.endsWith('/') ? raw.chopped(1) : raw);
            continue;
        }
        const qsizetype arrow = entry.indexOf(QLatin1String(" -> "));
        const qsizetype bar = entry.indexOf(u'|');
        const QString relative = arrow >= 0 ? entry.left(arrow)
                                 : bar >= 0 ? entry.left(bar)
                                            : entry;
        const QString path = QDir::cleanPath(base + u'/' + relative);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return false;
        if (relative.endsWith(u'/')) {
            if (!QDir().mkpath(path))
                return false;
        } else if (arrow >= 0) {
            const QByteArray target = QFile::encodeName(entry.mid(arrow + 4));
            if (::symlink(target.constData(), QFile::encodeName(path).constData()) != 0)
                return false;
        } else {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return false;
            if (bar >= 0)
                file.write(entry.mid(bar + 1).toUtf8());
        }
    }
    return true;
}

QString describe(const SourceFile &file)
{
    QString text = file.module + u'=' + file.relativePath;
    if (file.isPackageInit)
        text += QLatin1String(" init");
    if (file.isScript)
        text += QLatin1String(" script");
    if (file.isStub)
        text += QLatin1String(" stub");
    return text;
}

QStringList describe(const std::vector<Diagnostic> &diagnostics)
{
    QStringList list;
    for (const Diagnostic &diagnostic : diagnostics)
        list.append(QString::fromLatin1(keyOf(diagnostic.code)) + u':' + diagnostic.file);
    list.sort();
    return list;
}

// Every entry below `dir` with its size and time, links not followed: the scan must
// leave it as it was.
QStringList snapshot(const QString &dir)
{
    QStringList list;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        list.append(info.filePath() + u' ' + QString::number(info.size()) + u' ' +
                    QString::number(info.lastModified().toMSecsSinceEpoch()));
    }
    list.sort();
    return list;
}

bool hasGit()
{
    return !QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty();
}

bool runGit(const QString &dir, const QStringList &arguments)
{
    QProcess git;
    git.setWorkingDirectory(dir);
    git.start(QStringLiteral("git"), arguments);
    return git.waitForFinished(20000) && git.exitStatus() == QProcess::NormalExit &&
           git.exitCode() == 0;
}

} // namespace

Q_DECLARE_METATYPE(Row)

class TestScanner : public QObject
{
    Q_OBJECT

private slots:
    void scan_data();
    void scan();
    void revisionMatchesWorkTree_data() { scan_data(); }
    void revisionMatchesWorkTree();
    void pyproject_data();
    void pyproject();
    void cancelled();
    void unreadableFolder();
    void djangoAsPackage();
    void gitWorkTree_data();
    void gitWorkTree();
};

void TestScanner::scan_data()
{
    QTest::addColumn<Row>("row");
    auto add = [](const char *name, Row row) { QTest::newRow(name) << row; };

    add("flat layout", {.files = {"pkg/__init__.py", "pkg/core.py", "pkg/sub/__init__.py",
                                  "pkg/sub/deep.py", "setup.py", "README.md"},
                        .modules = {"pkg=pkg/__init__.py init", "pkg.core=pkg/core.py",
                                    "pkg.sub=pkg/sub/__init__.py init",
                                    "pkg.sub.deep=pkg/sub/deep.py", "setup=setup.py script"}});
    add("src layout, tests and docs beside it",
        {.files = {"src/app/__init__.py", "src/app/cli.py", "src/helper.py", "tests/__init__.py",
                   "tests/test_cli.py", "docs/conf.py", "noxfile.py"},
         .modules = {"app=src/app/__init__.py init", "app.cli=src/app/cli.py",
                     "docs.conf=docs/conf.py", "helper=src/helper.py script",
                     "noxfile=noxfile.py script", "tests=tests/__init__.py init",
                     "tests.test_cli=tests/test_cli.py"},
         .roots = {"src"}});
    add("several top-level packages, src beside them",
        {.files = {"alpha/__init__.py", "alpha/a.py", "beta/__init__.py", "beta/b.py",
                   "src/gamma/__init__.py"},
         .modules = {"alpha=alpha/__init__.py init", "alpha.a=alpha/a.py",
                     "beta=beta/__init__.py init", "beta.b=beta/b.py",
                     "src.gamma=src/gamma/__init__.py init"}});
    add("package named build in a src layout",
        {.files = {"src/build/__init__.py", "src/build/env.py"},
         .modules = {"build=src/build/__init__.py init", "build.env=src/build/env.py"},
         .roots = {"src"}});
    add("namespace packages",
        {.files = {"ns/pkg/__init__.py", "ns/pkg/m.py", "ns/other/x.py"},
         .modules = {"ns.other.x=ns/other/x.py", "ns.pkg=ns/pkg/__init__.py init",
                     "ns.pkg.m=ns/pkg/m.py"}});
    add("loose scripts and names Python cannot import",
        {.files = {"manage.py", "setup.py", "my-scripts/run.py", "tools/build-docs.py",
                   "pkg/__init__.py", "class/x.py", ".hidden.py"},
         .modules = {"class.x=class/x.py script", "manage=manage.py script",
                     "my-scripts.run=my-scripts/run.py script", "pkg=pkg/__init__.py init",
                     "setup=setup.py script", "tools.build-docs=tools/build-docs.py script"}});
    add("[tool.headroom] roots",
        {.files = {"pyproject.toml|[tool.headroom]\nroots = [\"lib\", \"./plugins/\", \"nope\"]\n",
                   "lib/__init__.py", "lib/core/__init__.py", "lib/core/x.py", "plugins/extra.py",
                   "run.py", "src/ignored/__init__.py"},
         .modules = {"core=lib/core/__init__.py init", "core.x=lib/core/x.py",
                     "extra=plugins/extra.py script", "lib=lib/__init__.py init",
                     "run=run.py script", "src.ignored=src/ignored/__init__.py init"},
         .roots = {"lib", "plugins"}});
    add("roots leaving the folder are refused",
        {.files = {"pyproject.toml|[tool.headroom]\nroots = [\"../up\", \"/abs\"]\n", "m.py"},
         .modules = {"m=m.py script"},
         .diagnostics = {"config-error:pyproject.toml", "config-error:pyproject.toml"}});
    add("setuptools package-dir",
        {.files = {"pyproject.toml|[tool.setuptools]\npackage-dir = {\"\" = \"source\"}\n",
                   "source/thing/__init__.py", "source/thing/t.py"},
         .modules = {"thing=source/thing/__init__.py init", "thing.t=source/thing/t.py"},
         .roots = {"source"}});
    add("setuptools packages.find.where",
        {.files = {"pyproject.toml|[tool.setuptools.packages.find]\nwhere = [\"code\"]\n",
                   "code/lib1/__init__.py", "code/lib1/m.py", "lib2/__init__.py"},
         .modules = {"lib1=code/lib1/__init__.py init", "lib1.m=code/lib1/m.py",
                     "lib2=lib2/__init__.py init"},
         .roots = {"code"}});
    add("option roots add to those found",
        {.files = {"extra/plug/__init__.py", "main.py"},
         .modules = {"main=main.py script", "plug=extra/plug/__init__.py init"},
         .roots = {"", "extra"},
         .optionRoots = {"extra/"}});
    add("project name from [project]",
        {.files = {"pyproject.toml|[project]\nname = \"my-tool\"\n", "tool/__init__.py"},
         .modules = {"tool=tool/__init__.py init"},
         .name = "my-tool"});
    add("poetry name and packages.from",
        {.files = {"pyproject.toml|[tool.poetry]\nname = \"poetic\"\n"
                   "packages = [{ include = \"p\", from = \"lib\" }]\n",
                   "lib/p/__init__.py"},
         .modules = {"p=lib/p/__init__.py init"},
         .roots = {"lib"},
         .name = "poetic"});
    add("project name defaults to the folder's",
        {.files = {"a.py"}, .modules = {"a=a.py script"}, .name = "proj"});
    add("broken pyproject.toml", {.files = {"pyproject.toml|[project\nname = ", "m.py"},
                                  .modules = {"m=m.py script"},
                                  .diagnostics = {"config-error:pyproject.toml"},
                                  .name = "proj"});
    add("pyproject settings of the wrong type",
        {.files = {"pyproject.toml|[tool.headroom]\nroots = 3\n", "src/s/__init__.py"},
         .modules = {"s=src/s/__init__.py init"},
         .diagnostics = {"config-error:pyproject.toml"},
         .roots = {"src"}});
    add("folder is a package",
        {.files = {"mypkg/__init__.py", "mypkg/db/__init__.py", "mypkg/db/models/base.py",
                   "mypkg/utils.py", "mypkg/pyproject.toml|[tool.headroom]\nroots = [\"db\"]\n"},
         .modules = {"mypkg=__init__.py init", "mypkg.db=db/__init__.py init",
                     "mypkg.db.models.base=db/models/base.py", "mypkg.utils=utils.py"},
         .name = "mypkg",
         .prefix = "mypkg",
         .scan = "mypkg"});
    add("stubs only where no .py",
        {.files = {"pkg/__init__.py", "pkg/__init__.pyi", "pkg/a.py", "pkg/a.pyi", "pkg/b.pyi",
                   "typed.pyi", "c.pyi", "c/__init__.py"},
         .modules = {"c=c/__init__.py init", "pkg=pkg/__init__.py init", "pkg.a=pkg/a.py",
                     "pkg.b=pkg/b.pyi stub", "typed=typed.pyi script stub"}});
    add("duplicate module: the package wins", {.files = {"a.py", "a/__init__.py", "a/x.py"},
                                               .modules = {"a=a/__init__.py init", "a.x=a/x.py"},
                                               .diagnostics = {"duplicate-module:a.py"}});
    add("skipped folders",
        {.files = {"app.py", "venv/pyvenv.cfg", "venv/lib/python3.11/site-packages/six.py",
                   "env/bin/activate", "env/lib/x.py", "myenv/pyvenv.cfg", "myenv/y.py",
                   ".tox/py311/t.py", ".nox/n.py", "build/lib/app.py", "dist/d.py",
                   "node_modules/n/n.py", "lib/site-packages/s.py", "__pycache__/c.py",
                   ".eggs/e.py", "app.egg-info/e.py", ".hidden/h.py", "env2/ok.py"},
         .modules = {"app=app.py script", "env2.ok=env2/ok.py"}});
    add("symlink loops",
        {.files = {"pkg/__init__.py", "loop -> .", "up -> ..", "pkg/self -> ..",
                   "pkg/deeper/again -> ../../pkg"},
         .modules = {"pkg=pkg/__init__.py init"},
         .diagnostics = {"symlink-skipped:loop", "symlink-skipped:pkg/deeper/again",
                         "symlink-skipped:pkg/self", "symlink-outside:up"}});
    add("symlinks leaving the folder",
        {.files = {"main.py", "../outside/ext.py", "../outside/extpkg/__init__.py",
                   "ext -> ../outside", "extfile.py -> ../outside/ext.py", "dangling.py -> gone"},
         .modules = {"main=main.py script"},
         .diagnostics = {"broken-link:dangling.py", "symlink-outside:ext",
                         "symlink-outside:extfile.py"}});
    // Issue 9: links to nothing and loops of links were dropped without a word.
    add("broken links",
        {.files = {"m.py", "dangling.py -> gone.py", "one.py -> two.py", "two.py -> one.py",
                   "pipe.py -> fifo", "fifo <fifo>", "away -> nowhere"},
         .modules = {"m=m.py script"},
         .diagnostics = {"broken-link:dangling.py", "broken-link:one.py", "broken-link:two.py",
                         "not-a-file:pipe.py"}});
    add("broken links, listed by git",
        {.files = {"m.py", "dangling.py -> gone.py", "one.py -> two.py", "two.py -> one.py",
                   "pipe.py -> fifo", "fifo <fifo>"},
         .modules = {"m=m.py script"},
         .diagnostics = {"broken-link:dangling.py", "broken-link:one.py", "broken-link:two.py",
                         "not-a-file:pipe.py"},
         .git = Git::Repo});
    // Issue 9: FIFOs and sockets named like Python were dropped without a word, and a folder
    // named y.py was walked as the package pkg.y.py.
    add("special files and folders named like Python",
        {.files = {"pkg/__init__.py", "pkg/pipe.py <fifo>", "pkg/sock.py <socket>", "pkg/y.py/z.py",
                   "y.py/", "notes.txt <fifo>"},
         .modules = {"pkg=pkg/__init__.py init"},
         .diagnostics = {"not-a-file:pkg/pipe.py", "not-a-file:pkg/sock.py", "not-a-file:pkg/y.py",
                         "not-a-file:y.py"}});
    add("special files and folders named like Python, listed by git",
        {.files = {"pkg/__init__.py", "pkg/pipe.py <fifo>", "pkg/sock.py <socket>", "pkg/y.py/z.py",
                   "pkg/y.py/data.txt", "notes.txt <fifo>"},
         .modules = {"pkg=pkg/__init__.py init"},
         .diagnostics = {"not-a-file:pkg/pipe.py", "not-a-file:pkg/sock.py", "not-a-file:pkg/y.py"},
         .git = Git::Repo,
         .tracked = {"pkg/y.py/z.py"}});
    // Issue 9: names that are not UTF-8 cannot be opened by their decoded names.
    add("names that are not UTF-8",
        {.files = {"ok.py", "caf\\xe9.py", "d\\xffir/", "d\\xffir/x.py", "notes\\xff.txt"},
         .modules = {"ok=ok.py script"},
         .diagnostics = {"bad-file-name:caf\xEF\xBF\xBD.py", "bad-file-name:d\xEF\xBF\xBD"
                                                             "ir"}});
    add("names that are not UTF-8, listed by git",
        {.files = {"ok.py", "caf\\xe9.py", "d\\xffir/", "d\\xffir/x.py", "notes\\xff.txt"},
         .modules = {"ok=ok.py script"},
         .diagnostics = {"bad-file-name:caf\xEF\xBF\xBD.py", "bad-file-name:d\xEF\xBF\xBD"
                                                             "ir/x.py"},
         .git = Git::Repo});
    add("symlinks inside: each place read once",
        {.files = {"pkg/__init__.py", "pkg/core.py", "alias -> pkg", "same.py -> pkg/core.py",
                   ".store/lib/util.py", "lib -> .store/lib", "lib2 -> .store/lib"},
         .modules = {"lib.util=lib/util.py", "pkg=pkg/__init__.py init", "pkg.core=pkg/core.py"},
         .diagnostics = {"symlink-skipped:alias", "symlink-skipped:lib2",
                         "symlink-skipped:same.py"}});
    add("git work tree",
        {.files = {"../.gitignore|gen/\n", "pkg/__init__.py", "pkg/a.py", "gen/out.py",
                   "build/lib/pkg/a.py", "vendor/site-packages/v.py", "gone.py", "../beside.py"},
         .modules = {"pkg=pkg/__init__.py init", "pkg.a=pkg/a.py"},
         .git = Git::Repo,
         .tracked = {"pkg/__init__.py", "gone.py"},
         .removed = {"gone.py"}});
    add("no repository: git falls back to the walk", {.files = {"pkg/__init__.py"},
                                                      .modules = {"pkg=pkg/__init__.py init"},
                                                      .git = Git::Fallback});
    // Exclude patterns (issue: vendored and generated code left out of the analysis).
    const Texts vendoring = {"pkg/__init__.py",
                             "pkg/core.py",
                             "pkg/_vendor/__init__.py",
                             "pkg/_vendor/rich/__init__.py",
                             "pkg/_vendor/rich/text.py",
                             "pkg/api_pb2.py",
                             "pkg/migrations/0001_initial.py",
                             "other/migrations/0002.py"};
    add("exclude: a folder from the project's folder",
        {.files = vendoring,
         .modules = {"other.migrations.0002=other/migrations/0002.py script",
                     "pkg=pkg/__init__.py init", "pkg.api_pb2=pkg/api_pb2.py",
                     "pkg.core=pkg/core.py",
                     "pkg.migrations.0001_initial=pkg/migrations/0001_initial.py script"},
         .exclude = {"pkg/_vendor"},
         .excluded = {"pkg._vendor", "pkg._vendor.rich", "pkg._vendor.rich.text"}});
    add("exclude: a name at any depth, a file glob, a trailing slash",
        {.files = vendoring,
         .modules = {"pkg=pkg/__init__.py init", "pkg._vendor=pkg/_vendor/__init__.py init",
                     "pkg._vendor.rich=pkg/_vendor/rich/__init__.py init",
                     "pkg._vendor.rich.text=pkg/_vendor/rich/text.py", "pkg.core=pkg/core.py"},
         .exclude = {"migrations/", "*_pb2.py"},
         .excluded = {"other.migrations.0002", "pkg.api_pb2", "pkg.migrations.0001_initial"}});
    add("exclude: ** across folders, ? for one character",
        {.files = vendoring,
         .modules = {"other.migrations.0002=other/migrations/0002.py script",
                     "pkg=pkg/__init__.py init", "pkg._vendor=pkg/_vendor/__init__.py init",
                     "pkg._vendor.rich=pkg/_vendor/rich/__init__.py init",
                     "pkg.api_pb2=pkg/api_pb2.py",
                     "pkg.migrations.0001_initial=pkg/migrations/0001_initial.py script"},
         .exclude = {"pkg/**/text.py", "./pkg/c?re.py"},
         .excluded = {"pkg._vendor.rich.text", "pkg.core"}});
    add("exclude in pyproject.toml and as an option, listed by git",
        {.files = {"pyproject.toml|[tool.headroom]\nexclude = [\"gen\"]\n", "app/__init__.py",
                   "app/gen/__init__.py", "app/gen/x.py", "app/tests/test_x.py", "app/x.py"},
         .modules = {"app=app/__init__.py init", "app.x=app/x.py"},
         .git = Git::Repo,
         .tracked = {"."},
         .exclude = {"app/tests"},
         .excluded = {"app.gen", "app.gen.x", "app.tests.test_x"}});
    add("exclude everything", {.files = {"a.py", "b/c.py"},
                               .modules = {},
                               .status = ScanStatus::NoPython,
                               .exclude = {"**"},
                               .excluded = {"a", "b.c"}});
    add("missing path",
        {.files = {"a.py"}, .modules = {}, .scan = "nope", .status = ScanStatus::Missing});
    add("a file",
        {.files = {"a.py"}, .modules = {}, .scan = "a.py", .status = ScanStatus::NotADirectory});
    add("no Python", {.files = {"README.md", "data/x.txt", "data/y.py/"},
                      .modules = {},
                      .diagnostics = {"not-a-file:data/y.py"},
                      .status = ScanStatus::NoPython});
}

void TestScanner::scan()
{
    QFETCH(Row, row);
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const RawCleanup cleanup;
    const QString proj = temp.filePath(QStringLiteral("proj"));
    QVERIFY(QDir().mkpath(proj));
    QVERIFY(makeTree(proj, strings(row.files)));

    ScanOptions options;
    options.useGit = row.git != Git::Off;
    options.roots = strings(row.optionRoots);
    options.exclude = strings(row.exclude);
    // Files named to the early readers while the scan runs: never an excluded one.
    QStringList listed;
    options.listed = [&listed](const ListedFile &file) { listed << file.relativePath; };
    if (row.git == Git::Repo) {
        if (!hasGit())
            QSKIP("git is not installed");
        QVERIFY(runGit(temp.path(), {QStringLiteral("init"), QStringLiteral("-q")}));
        if (!row.tracked.empty())
            QVERIFY(runGit(proj, QStringList{QStringLiteral("add"), QStringLiteral("--")} +
                                     strings(row.tracked)));
        for (const QString &file : strings(row.removed))
            QVERIFY(QFile::remove(proj + u'/' + file));
    }

    const QString scan = QString::fromUtf8(row.scan);
    const QString folder = scan.isEmpty() ? proj : proj + u'/' + scan;
    const QStringList before = snapshot(temp.path());
    const ScanResult result = scanProject(folder, options);
    QCOMPARE(snapshot(temp.path()), before);

    QCOMPARE(result.status, row.status);
    if (row.status == ScanStatus::Missing)
        return;
    QCOMPARE(result.folder, QFileInfo(folder).canonicalFilePath());
    if (row.status != ScanStatus::Ok && row.status != ScanStatus::NoPython)
        return;

    QStringList modules;
    for (const SourceFile &file : result.files) {
        modules.append(describe(file));
        QCOMPARE(result.pathOf(file), result.folder + u'/' + file.relativePath);
    }
    // Joined, so that a failure shows both lists.
    QCOMPARE(modules.join(u'\n'), strings(row.modules).join(u'\n'));
    QCOMPARE(result.excluded, strings(row.excluded));
    for (const QString &file : std::as_const(listed)) {
        const QString module = file.chopped(3).replace(u'/', u'.');
        QVERIFY2(!result.excluded.contains(module) &&
                     !result.excluded.contains(module.chopped(std::min<qsizetype>(
                         module.size(), module.endsWith(QLatin1String(".__init__")) ? 9 : 0))),
                 qPrintable(file));
    }
    QStringList expectedDiagnostics = strings(row.diagnostics);
    expectedDiagnostics.sort();
    QCOMPARE(describe(result.diagnostics).join(u'\n'), expectedDiagnostics.join(u'\n'));
    if (row.status == ScanStatus::NoPython)
        return;
    QCOMPARE(result.roots, strings(row.roots));
    QCOMPARE(result.packagePrefix, QString::fromUtf8(row.prefix));
    if (*row.name)
        QCOMPARE(result.projectName, QString::fromUtf8(row.name));
    QCOMPARE(result.fromGit, row.git == Git::Repo);
    QVERIFY(!result.truncated);
}

// Every row kept in git, committed whole: the commit read from the object store lists the
// same modules and problems as the work tree listed by git, and nothing is written.
void TestScanner::revisionMatchesWorkTree()
{
    QFETCH(Row, row);
    if (row.git != Git::Repo || row.status != ScanStatus::Ok)
        return;
    if (!hasGit())
        QSKIP("git is not installed");
    for (const char *file : row.files) {
        // git keeps neither special files nor empty folders.
        const QString text = QString::fromUtf8(file);
        if (text.contains(QLatin1String("<fifo>")) || text.contains(QLatin1String("<socket>")) ||
            text.endsWith(u'/'))
            return;
    }
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const RawCleanup cleanup;
    const QString proj = temp.filePath(QStringLiteral("proj"));
    QVERIFY(QDir().mkpath(proj));
    QVERIFY(makeTree(proj, strings(row.files)));
    QVERIFY(runGit(temp.path(), {QStringLiteral("init"), QStringLiteral("-q")}));
    QVERIFY(runGit(temp.path(), {QStringLiteral("add"), QStringLiteral("-A")}));
    QVERIFY(runGit(temp.path(),
                   {QStringLiteral("-c"), QStringLiteral("user.name=t"), QStringLiteral("-c"),
                    QStringLiteral("user.email=t@e"), QStringLiteral("commit"),
                    QStringLiteral("-qm"), QStringLiteral("all")}));
    const QString scan = QString::fromUtf8(row.scan);
    const QString folder = scan.isEmpty() ? proj : proj + u'/' + scan;
    ScanOptions options;
    options.roots = strings(row.optionRoots);
    options.exclude = strings(row.exclude);
    const ScanResult now = scanProject(folder, options);
    const QStringList before = snapshot(temp.path());
    options.revision = QStringLiteral("HEAD");
    const ScanResult then = scanProject(folder, options);
    QCOMPARE(snapshot(temp.path()), before);
    QCOMPARE(then.status, now.status);
    QVERIFY(then.revision);
    QStringList modulesNow;
    QStringList modulesThen;
    for (const SourceFile &file : now.files)
        modulesNow.append(describe(file));
    for (const SourceFile &file : then.files)
        modulesThen.append(describe(file));
    QCOMPARE(modulesThen.join(u'\n'), modulesNow.join(u'\n'));
    QCOMPARE(describe(then.diagnostics).join(u'\n'), describe(now.diagnostics).join(u'\n'));
    QCOMPARE(then.roots, now.roots);
    QCOMPARE(then.packagePrefix, now.packagePrefix);
    QCOMPARE(then.projectName, now.projectName);
    QCOMPARE(then.excluded, now.excluded);
}

void TestScanner::pyproject_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("headroomRoots");
    QTest::addColumn<QStringList>("setuptoolsRoots");
    QTest::addColumn<qint64>("maxFileBytes");
    QTest::addColumn<QStringList>("errors"); // "line:reason"; a syntax error's reason left out

    QTest::newRow("empty") << QString() << QString() << QStringList() << QStringList() << qint64(0)
                           << QStringList();
    QTest::newRow("project name") << QStringLiteral(
                                         "[project]\nname = \"x\"\n[tool.poetry]\nname = \"y\"\n")
                                  << QStringLiteral("x") << QStringList() << QStringList()
                                  << qint64(0) << QStringList();
    QTest::newRow("headroom roots as one string")
        << QStringLiteral("[tool.headroom]\nroots = \"lib\"\n") << QString()
        << QStringList{QStringLiteral("lib")} << QStringList() << qint64(0) << QStringList();
    QTest::newRow("exclude of the wrong type")
        << QStringLiteral("[tool.headroom]\nexclude = [\"gen\", 3]\n") << QString() << QStringList()
        << QStringList() << qint64(0) << QStringList{QStringLiteral("2:tool.headroom.exclude")};
    QTest::newRow("package-dir and where")
        << QStringLiteral("[tool.setuptools]\npackage-dir = {\"\" = \"src\", \"x\" = \"y\"}\n"
                          "[tool.setuptools.packages.find]\nwhere = [\"lib\"]\n")
        << QString() << QStringList() << QStringList{QStringLiteral("src"), QStringLiteral("lib")}
        << qint64(0) << QStringList();
    QTest::newRow("syntax error on line 3")
        << QStringLiteral("[project]\nname = \"x\"\nversion = = 1\n") << QString() << QStringList()
        << QStringList() << qint64(0) << QStringList{QStringLiteral("3:")};
    QTest::newRow("roots of numbers")
        << QStringLiteral("[tool.headroom]\nroots = [1, \"a\"]\n") << QString()
        << QStringList{QStringLiteral("a")} << QStringList() << qint64(0)
        << QStringList{QStringLiteral("2:tool.headroom.roots")};
    QTest::newRow("max_file_bytes")
        << QStringLiteral("[tool.headroom]\nmax_file_bytes = 1_000_000\n") << QString()
        << QStringList() << QStringList() << qint64(1'000'000) << QStringList();
    QTest::newRow("max_file_bytes of the wrong type")
        << QStringLiteral("[tool.headroom]\nmax_file_bytes = \"5M\"\n") << QString()
        << QStringList() << QStringList() << qint64(0)
        << QStringList{QStringLiteral("2:tool.headroom.max_file_bytes")};
    QTest::newRow("max_file_bytes as a float")
        << QStringLiteral("[tool.headroom]\nmax_file_bytes = 5e6\n") << QString() << QStringList()
        << QStringList() << qint64(0)
        << QStringList{QStringLiteral("2:tool.headroom.max_file_bytes")};
    QTest::newRow("max_file_bytes of 4 GB")
        << QStringLiteral("[tool.headroom]\nmax_file_bytes = 4294967296\n") << QString()
        << QStringList() << QStringList() << qint64(0)
        << QStringList{QStringLiteral("2:tool.headroom.max_file_bytes")};
    // Issue 9: one integer beyond 64 bits discarded the whole file; tomllib reads it.
    QTest::newRow("an integer beyond 64 bits is that setting's error only")
        << QStringLiteral(
               "[project]\nname = \"x\"\n[tool.black]\nline-length = 99999999999999999999\n"
               "[tool.headroom]\nmax_file_bytes = 0x1_0000_0000_0000_0000\nroots = [\"lib\"]\n")
        << QStringLiteral("x") << QStringList{QStringLiteral("lib")} << QStringList() << qint64(0)
        << QStringList{QStringLiteral("6:tool.headroom.max_file_bytes")};
    QTest::newRow("the largest 64-bit integers are integers")
        << QStringLiteral(
               "a = 9223372036854775807\nb = -9223372036854775808\n[project]\nname = \"x\"\n")
        << QStringLiteral("x") << QStringList() << QStringList() << qint64(0) << QStringList();
    QTest::newRow("a huge number in a string stays a string")
        << QStringLiteral(
               "[project]\nname = \"99999999999999999999\"\nversion = 99999999999999999999\n")
        << QStringLiteral("99999999999999999999") << QStringList() << QStringList() << qint64(0)
        << QStringList();
    QTest::newRow("name of the wrong type")
        << QStringLiteral("[project]\nname = 3\n") << QString() << QStringList() << QStringList()
        << qint64(0) << QStringList{QStringLiteral("2:project.name")};
}

void TestScanner::pyproject()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QStringList, headroomRoots);
    QFETCH(QStringList, setuptoolsRoots);
    QFETCH(qint64, maxFileBytes);
    QFETCH(QStringList, errors);

    const QByteArray bytes = text.toUtf8();
    const PyProject project =
        parsePyProject(std::string_view(bytes.constData(), size_t(bytes.size())));
    QCOMPARE(project.name, name);
    QCOMPARE(project.headroomRoots, headroomRoots);
    QCOMPARE(project.setuptoolsRoots, setuptoolsRoots);
    QCOMPARE(project.maxFileBytes, maxFileBytes);
    QStringList got;
    for (const PyProject::Error &error : project.errors) {
        QVERIFY(!error.reason.isEmpty());
        const bool syntax = error.reason.contains(u' ');
        got << QString::number(error.line) + u':' + (syntax ? QString() : error.reason);
    }
    QCOMPARE(got, errors);
}

void TestScanner::cancelled()
{
    QTemporaryDir temp;
    QVERIFY(makeTree(temp.path(), {QStringLiteral("a.py"), QStringLiteral("pkg/__init__.py")}));
    std::atomic_bool cancel = true;
    ScanOptions options;
    options.cancel = &cancel;
    QCOMPARE(scanProject(temp.path(), options).status, ScanStatus::Cancelled);
    options.useGit = false;
    QCOMPARE(scanProject(temp.path(), options).status, ScanStatus::Cancelled);
    cancel = false;
    QCOMPARE(scanProject(temp.path(), options).status, ScanStatus::Ok);
}

void TestScanner::unreadableFolder()
{
    QTemporaryDir temp;
    QVERIFY(makeTree(temp.path(), {QStringLiteral("ok.py"), QStringLiteral("locked/secret.py")}));
    const QString locked = temp.filePath(QStringLiteral("locked"));
    QVERIFY(QFile::setPermissions(locked, {}));
    struct Restore
    {
        QString path;
        ~Restore()
        {
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
    } restore{locked};
    if (::access(QFile::encodeName(locked).constData(), R_OK | X_OK) == 0)
        QSKIP("permissions do not stop this user (root) from reading");

    ScanOptions options;
    options.useGit = false;
    const ScanResult result = scanProject(temp.path(), options);
    QCOMPARE(result.status, ScanStatus::Ok);
    QCOMPARE(result.files.size(), size_t(1));
    QCOMPARE(result.files.front().module, QStringLiteral("ok"));
    QCOMPARE(describe(result.diagnostics), QStringList{QStringLiteral("unreadable:locked")});
}

void TestScanner::djangoAsPackage()
{
    const QString django = QStringLiteral("/usr/lib/python3/dist-packages/django");
    if (!QFileInfo(django).isDir())
        QSKIP("Django is not installed in /usr/lib/python3/dist-packages");
    const ScanResult result = scanProject(django);
    QCOMPARE(result.status, ScanStatus::Ok);
    QCOMPARE(result.packagePrefix, QStringLiteral("django"));
    QVERIFY2(result.files.size() >= 800, qPrintable(QString::number(result.files.size())));
    QVERIFY(std::is_sorted(
        result.files.begin(), result.files.end(),
        [](const SourceFile &a, const SourceFile &b) { return a.module < b.module; }));
    auto find = [&](const QString &module) -> const SourceFile * {
        for (const SourceFile &file : result.files)
            if (file.module == module)
                return &file;
        return nullptr;
    };
    const SourceFile *base = find(QStringLiteral("django.db.models.base"));
    QVERIFY(base);
    QCOMPARE(base->relativePath, QStringLiteral("db/models/base.py"));
    const SourceFile *init = find(QStringLiteral("django"));
    QVERIFY(init);
    QVERIFY(init->isPackageInit);
    QCOMPARE(init->relativePath, QStringLiteral("__init__.py"));
    for (const SourceFile &file : result.files)
        QVERIFY2(!file.relativePath.contains(QLatin1String("__pycache__")),
                 qPrintable(file.relativePath));
}

void TestScanner::gitWorkTree_data()
{
    QTest::addColumn<QString>("gitEntry"); // "dir:PATH" or "file:PATH" under the temporary folder
    QTest::addColumn<QString>("asked");    // under the temporary folder
    QTest::addColumn<bool>("expected");

    QTest::newRow("a repository's folder") << "dir:.git"
                                           << "" << true;
    QTest::newRow("with a slash after it") << "dir:.git"
                                           << "/" << true;
    QTest::newRow("a folder deep below one") << "dir:.git"
                                             << "/pkg/sub" << true;
    QTest::newRow("a linked work tree's .git file") << "file:wt/.git"
                                                    << "/wt/pkg" << true;
    QTest::newRow("a repository beside, not above") << "dir:other/.git"
                                                    << "/pkg" << false;
    QTest::newRow("none") << ""
                          << "/pkg" << false;
}

void TestScanner::gitWorkTree()
{
    QFETCH(QString, gitEntry);
    QFETCH(QString, asked);
    QFETCH(bool, expected);
    QTemporaryDir temp;
    QVERIFY(QDir(temp.path()).mkpath(QStringLiteral("pkg/sub")));
    QVERIFY(QDir(temp.path()).mkpath(QStringLiteral("wt/pkg")));
    if (!expected) {
        // The answer "none" holds only where no folder above the temporary one is in git.
        for (QDir up(temp.path()); up.cdUp();) {
            if (QFileInfo::exists(up.filePath(QStringLiteral(".git"))))
                QSKIP("the temporary folder lies inside a git work tree");
            if (up.isRoot())
                break;
        }
    }
    const QString kind = gitEntry.section(u':', 0, 0);
    const QString entry = temp.filePath(gitEntry.section(u':', 1));
    if (kind == QLatin1String("dir")) {
        QVERIFY(QDir().mkpath(entry));
    } else if (kind == QLatin1String("file")) {
        QFile gitFile(entry);
        QVERIFY(gitFile.open(QIODevice::WriteOnly));
        gitFile.write("gitdir: /elsewhere/.git/worktrees/wt\n");
    }
    QCOMPARE(detail::mayBeInGitWorkTree(temp.path() + asked), expected);
}

QTEST_GUILESS_MAIN(TestScanner)
#include "tst_scanner.moc"
