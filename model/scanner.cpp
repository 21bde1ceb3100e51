#include "scanner.h"

#include "pyproject.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <deque>
#include <optional>
#include <tuple>

namespace headroom {

namespace {

constexpr int kMaxDepth = 100;
constexpr qsizetype kMaxFiles = 200000;    // Python files listed
constexpr qsizetype kMaxEntries = 2000000; // directory entries looked at while walking
constexpr int kGitTimeoutMs = 20000;

bool isCancelled(const ScanOptions &options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

QString joinPath(const QString &base, const QString &name)
{
    if (base.isEmpty())
        return name;
    return base.endsWith(u'/') ? base + name : base + u'/' + name;
}

bool isPythonFile(const QString &name)
{
    return !name.startsWith(u'.') &&
           (name.endsWith(QLatin1String(".py")) || name.endsWith(QLatin1String(".pyi")));
}

bool isIdentifier(const QString &name)
{
    static const QSet<QString> keywords = [] {
        QSet<QString> set;
        for (const char *word :
             {"False",  "None",   "True",    "and",      "as",       "assert", "async",
              "await",  "break",  "class",   "continue", "def",      "del",    "elif",
              "else",   "except", "finally", "for",      "from",     "global", "if",
              "import", "in",     "is",      "lambda",   "nonlocal", "not",    "or",
              "pass",   "raise",  "return",  "try",      "while",    "with",   "yield"})
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    if (name.isEmpty() || name.front().isDigit() || keywords.contains(name))
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return c == u'_' || c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing ||
               c.category() == QChar::Mark_SpacingCombining;
    });
}

// Folders that hold no project code: environments, build output, caches, hidden tool data.
bool isSkippedFolder(const QString &path, const QString &name)
{
    static const QSet<QString> always = {
        QStringLiteral("node_modules"),
        QStringLiteral("site-packages"),
        QStringLiteral("__pycache__"),
    };
    if (name.startsWith(u'.') || name.endsWith(QLatin1String(".egg-info")) || always.contains(name))
        return true;
    // `build` and `dist` are output folders, unless a project names its package so.
    if (name == QLatin1String("build") || name == QLatin1String("dist"))
        return !QFileInfo::exists(path + QLatin1String("/__init__.py"));
    if (QFileInfo::exists(path + QLatin1String("/pyvenv.cfg")))
        return true;
    if (name == QLatin1String("venv") || name == QLatin1String("env"))
        return QFileInfo::exists(path + QLatin1String("/bin/activate")) ||
               QFileInfo::exists(path + QLatin1String("/Scripts/activate"));
    return false;
}

struct Listed
{
    QString relativePath;
    QString path;
};

struct Listing
{
    std::vector<Listed> files;
    std::vector<Diagnostic> diagnostics;
    bool cancelled = false;
    bool truncated = false;
};

// Walks the folder, real entries first and symbolic links after, so that a link to a
// place the walk reaches anyway is recognised as a repeat and skipped.
class Walker
{
public:
    Walker(const QString &root, const ScanOptions &options)
        : m_root(root), m_rootSlash(joinPath(root, {})), m_options(options)
    {
    }

    Listing run()
    {
        m_visitedDirs.insert(m_root);
        m_dirs.push_back({m_root, m_root, QString(), 0});
        while (!m_dirs.empty() || !m_links.empty()) {
            if (isCancelled(m_options)) {
                m_out.cancelled = true;
                break;
            }
            if (qsizetype(m_out.files.size()) >= kMaxFiles || m_entries >= kMaxEntries) {
                m_out.truncated = true;
                break;
            }
            if (!m_dirs.empty()) {
                const Dir dir = std::move(m_dirs.back());
                m_dirs.pop_back();
                walk(dir);
            } else {
                const Link link = std::move(m_links.front());
                m_links.pop_front();
                follow(link);
            }
        }
        return std::move(m_out);
    }

private:
    struct Dir
    {
        QString path;      // as reached, possibly through a link
        QString canonical; // with every link resolved
        QString relative;
        int depth = 0;
    };
    struct Link
    {
        QFileInfo info;
        QString relative;
        int depth = 0;
    };

    void skip(DiagnosticCode code, const QString &relative, const QString &detail = {})
    {
        m_out.diagnostics.push_back({code, relative, 0, detail});
    }

    void walk(const Dir &dir)
    {
        const QFileInfo self(dir.path);
        if (!self.isReadable() || !self.isExecutable()) {
            skip(DiagnosticCode::Unreadable, dir.relative);
            return;
        }
        const QFileInfoList entries = QDir(dir.path).entryInfoList(
            QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
        for (const QFileInfo &entry : entries) {
            ++m_entries;
            const QString name = entry.fileName();
            const QString relative = joinPath(dir.relative, name);
            if (entry.isSymLink()) {
                const bool wanted =
                    entry.isDir() ? !isSkippedFolder(entry.filePath(), name) : isPythonFile(name);
                if (wanted)
                    m_links.push_back({entry, relative, dir.depth + 1});
            } else if (entry.isDir()) {
                const QString canonical = joinPath(dir.canonical, name);
                if (dir.depth + 1 > kMaxDepth) {
                    m_out.truncated = true;
                } else if (!isSkippedFolder(entry.filePath(), name) &&
                           !m_visitedDirs.contains(canonical)) {
                    m_visitedDirs.insert(canonical);
                    m_dirs.push_back({entry.filePath(), canonical, relative, dir.depth + 1});
                }
            } else if (entry.isFile() && isPythonFile(name)) {
                m_seenFiles.insert(joinPath(dir.canonical, name));
                m_out.files.push_back({relative, entry.filePath()});
            }
        }
    }

    void follow(const Link &link)
    {
        const QString target = link.info.canonicalFilePath();
        if (target.isEmpty())
            return; // dangling now: nothing to read
        if (target != m_root && !target.startsWith(m_rootSlash)) {
            skip(DiagnosticCode::SymlinkSkipped, link.relative, target);
            return;
        }
        QSet<QString> &seen = link.info.isDir() ? m_visitedDirs : m_seenFiles;
        if (seen.contains(target) || link.depth > kMaxDepth) {
            skip(DiagnosticCode::SymlinkSkipped, link.relative, target);
            return;
        }
        seen.insert(target);
        if (link.info.isDir())
            m_dirs.push_back({link.info.filePath(), target, link.relative, link.depth});
        else
            m_out.files.push_back({link.relative, link.info.filePath()});
    }

    QString m_root;
    QString m_rootSlash;
    const ScanOptions &m_options;
    QSet<QString> m_visitedDirs;
    QSet<QString> m_seenFiles;
    std::vector<Dir> m_dirs;
    std::deque<Link> m_links;
    Listing m_out;
    qsizetype m_entries = 0;
};

// Which folders of a git listing to leave out, by the walk's rules; cached per folder.
class FolderFilter
{
public:
    explicit FolderFilter(const QString &root) : m_root(root) {}

    bool holds(const QString &relativeFile)
    {
        const qsizetype slash = relativeFile.lastIndexOf(u'/');
        return slash >= 0 && skipped(relativeFile.left(slash));
    }

private:
    bool skipped(const QString &dir)
    {
        const auto cached = m_cache.constFind(dir);
        if (cached != m_cache.constEnd())
            return *cached;
        const qsizetype slash = dir.lastIndexOf(u'/');
        const bool result = (slash >= 0 && skipped(dir.left(slash))) ||
                            isSkippedFolder(joinPath(m_root, dir), dir.mid(slash + 1));
        m_cache.insert(dir, result);
        return result;
    }

    QString m_root;
    QHash<QString, bool> m_cache;
};

// Runs `git ls-files` in the folder: tracked and untracked-not-ignored paths, relative to it.
// nullopt when git is missing, fails (no work tree) or times out.
std::optional<QByteArray> runGitLsFiles(const QString &root, const ScanOptions &options,
                                        bool &cancelled)
{
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (git.isEmpty())
        return std::nullopt;
    QProcess process;
    process.setProgram(git);
    // A repository's own config must not make git run other programs (core.fsmonitor).
    process.setArguments(
        {QStringLiteral("-c"), QStringLiteral("core.fsmonitor=false"), QStringLiteral("ls-files"),
         QStringLiteral("-z"), QStringLiteral("--cached"), QStringLiteral("--others"),
         QStringLiteral("--exclude-standard"), QStringLiteral("--"), QStringLiteral(".")});
    process.setWorkingDirectory(root);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("GIT_OPTIONAL_LOCKS"), QStringLiteral("0"));
    environment.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());

    QElapsedTimer timer;
    timer.start();
    process.start(QIODevice::ReadOnly);
    if (!process.waitForStarted(kGitTimeoutMs))
        return std::nullopt;
    // Short waits, so that a cancel request does not sit behind a slow git.
    while (process.state() != QProcess::NotRunning && !process.waitForFinished(100)) {
        cancelled = isCancelled(options);
        if (cancelled || timer.hasExpired(kGitTimeoutMs)) {
            process.kill();
            process.waitForFinished(1000);
            return std::nullopt;
        }
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    return process.readAllStandardOutput();
}

// nullopt sends the caller to the walk: also when git lists no Python file at all, as for a
// folder that some enclosing repository ignores.
std::optional<Listing> listWithGit(const QString &root, const ScanOptions &options)
{
    Listing out;
    const std::optional<QByteArray> output = runGitLsFiles(root, options, out.cancelled);
    if (out.cancelled)
        return out;
    if (!output)
        return std::nullopt;

    const QString rootSlash = joinPath(root, {});
    FolderFilter filter(root);
    QSet<QString> seenFiles;
    std::vector<Listed> links;
    for (const QByteArray &entry : output->split('\0')) {
        const QString relative = QFile::decodeName(entry);
        if (!isPythonFile(relative.mid(relative.lastIndexOf(u'/') + 1)) || filter.holds(relative))
            continue;
        const QString path = joinPath(root, relative);
        const QFileInfo info(path);
        if (info.isSymLink()) {
            links.push_back({relative, path});
        } else if (info.isFile()) { // a tracked file deleted from the work tree is not
            seenFiles.insert(path);
            out.files.push_back({relative, path});
        }
        if (qsizetype(out.files.size()) >= kMaxFiles) {
            out.truncated = true;
            break;
        }
    }
    // git does not follow links; a link to a file is taken when it stays inside and repeats
    // no file listed already.
    for (const Listed &link : links) {
        const QString target = QFileInfo(link.path).canonicalFilePath();
        if (target.isEmpty() || !QFileInfo(target).isFile())
            continue;
        if (!target.startsWith(rootSlash) || seenFiles.contains(target)) {
            out.diagnostics.push_back(
                {DiagnosticCode::SymlinkSkipped, link.relativePath, 0, target});
            continue;
        }
        seenFiles.insert(target);
        out.files.push_back(link);
    }
    if (out.files.empty())
        return std::nullopt;
    return out;
}

std::optional<QString> normalRoot(const QString &root)
{
    const QString clean = QDir::cleanPath(QDir::fromNativeSeparators(root.trimmed()));
    if (clean.isEmpty() || clean == u'.')
        return QString();
    if (QDir::isAbsolutePath(clean) || clean == QLatin1String("..") ||
        clean.startsWith(QLatin1String("../")))
        return std::nullopt;
    return clean;
}

bool isInitFile(const QString &name)
{
    return name == QLatin1String("__init__.py") || name == QLatin1String("__init__.pyi");
}

// A src layout: `src/` holds the code and no package sits beside it, apart from folders
// that conventionally hold tests, docs or examples.
QString detectRoot(const std::vector<Listed> &files)
{
    static const QSet<QString> besides = {
        QStringLiteral("tests"),      QStringLiteral("test"),    QStringLiteral("testing"),
        QStringLiteral("docs"),       QStringLiteral("doc"),     QStringLiteral("examples"),
        QStringLiteral("example"),    QStringLiteral("scripts"), QStringLiteral("tools"),
        QStringLiteral("benchmarks"), QStringLiteral("bench"),
    };
    bool srcHoldsPython = false;
    for (const Listed &file : files) {
        const QStringList parts = file.relativePath.split(u'/');
        if (parts.size() < 2)
            continue;
        if (parts.front() == QLatin1String("src")) {
            if (parts.size() == 2 && isInitFile(parts[1]))
                return QString(); // src is itself a package
            srcHoldsPython = true;
        } else if (parts.size() == 2 && isInitFile(parts[1]) && !besides.contains(parts.front())) {
            return QString();
        }
    }
    return srcHoldsPython ? QStringLiteral("src") : QString();
}

QStringList sourceRoots(const QString &root, const PyProject &project, const ScanOptions &options,
                        const std::vector<Listed> &files, std::vector<Diagnostic> &diagnostics)
{
    QStringList roots;
    auto add = [&](const QStringList &candidates, const QString &origin) {
        for (const QString &candidate : candidates) {
            const std::optional<QString> clean = normalRoot(candidate);
            if (!clean) {
                diagnostics.push_back({DiagnosticCode::ConfigError, origin, 0, candidate});
                continue;
            }
            if (!roots.contains(*clean) && QFileInfo(joinPath(root, *clean)).isDir())
                roots.append(*clean);
        }
    };
    const QString pyproject = QStringLiteral("pyproject.toml");
    add(project.hasHeadroomRoots ? project.headroomRoots : project.setuptoolsRoots, pyproject);
    if (roots.isEmpty())
        roots.append(detectRoot(files));
    add(options.roots, QString());
    return roots;
}

// Names a file from the deepest root holding it; the folder itself is the last resort.
SourceFile nameFile(const Listed &listed, const QStringList &rootsDeepestFirst,
                    const QString &prefix)
{
    SourceFile file;
    file.path = listed.path;
    file.relativePath = listed.relativePath;
    const QString fileName = listed.relativePath.mid(listed.relativePath.lastIndexOf(u'/') + 1);
    const QString stem = fileName.left(fileName.lastIndexOf(u'.'));
    file.isStub = fileName.endsWith(QLatin1String(".pyi"));
    file.isPackageInit = stem == QLatin1String("__init__");

    for (const QString &root : rootsDeepestFirst) {
        QString inner;
        if (root.isEmpty())
            inner = listed.relativePath;
        else if (listed.relativePath.startsWith(root + u'/'))
            inner = listed.relativePath.mid(root.size() + 1);
        else
            continue;
        QStringList parts = inner.split(u'/');
        parts.removeLast();
        if (!file.isPackageInit)
            parts.append(stem);
        if (!prefix.isEmpty())
            parts.prepend(prefix);
        if (parts.isEmpty())
            continue; // an __init__.py right in a root belongs to the root's own package
        file.module = parts.join(u'.');
        const bool importable = std::all_of(parts.cbegin(), parts.cend(), isIdentifier);
        file.isScript = !importable || (parts.size() == 1 && !file.isPackageInit);
        return file;
    }
    // Only an __init__.py in a folder whose name cannot be a package gets here.
    file.module = stem;
    file.isScript = true;
    return file;
}

// One file per module: a .py beats its stub, a package beats a module, an importable
// module beats a script; the rest is a DuplicateModule.
std::vector<SourceFile> keepOnePerModule(std::vector<SourceFile> files,
                                         std::vector<Diagnostic> &diagnostics)
{
    auto rank = [](const SourceFile &f) {
        return std::tie(f.module, f.isStub, f.isScript, f.relativePath);
    };
    std::sort(files.begin(), files.end(), [&](const SourceFile &a, const SourceFile &b) {
        if (a.module != b.module)
            return a.module < b.module;
        if (a.isPackageInit != b.isPackageInit)
            return a.isPackageInit;
        return rank(a) < rank(b);
    });
    std::vector<SourceFile> kept;
    kept.reserve(files.size());
    for (SourceFile &file : files) {
        if (!kept.empty() && kept.back().module == file.module) {
            const SourceFile &winner = kept.back();
            if (!(file.isStub && !winner.isStub))
                diagnostics.push_back(
                    {DiagnosticCode::DuplicateModule, file.relativePath, 0, winner.relativePath});
            continue;
        }
        kept.push_back(std::move(file));
    }
    return kept;
}

} // namespace

ScanResult scanProject(const QString &folder, const ScanOptions &options)
{
    ScanResult result;
    const QFileInfo info(folder);
    if (folder.isEmpty() || !info.exists()) {
        result.status = ScanStatus::Missing;
        result.folder = folder.isEmpty() ? folder : QDir::cleanPath(info.absoluteFilePath());
        return result;
    }
    result.folder = info.canonicalFilePath();
    if (!info.isDir()) {
        result.status = ScanStatus::NotADirectory;
        return result;
    }
    const QString root = result.folder;

    const PyProject project = readPyProject(root);
    for (const PyProject::Error &error : project.errors)
        result.diagnostics.push_back({DiagnosticCode::ConfigError, QStringLiteral("pyproject.toml"),
                                      error.line, error.reason});

    // The name the user opened, before links are resolved: a link called `django` is django.
    const QString openedName = QFileInfo(QDir::cleanPath(info.absoluteFilePath())).fileName();
    if (QFileInfo::exists(joinPath(root, QStringLiteral("__init__.py"))) &&
        isIdentifier(openedName))
        result.packagePrefix = openedName;
    result.projectName = !project.name.isEmpty() ? project.name
                         : openedName.isEmpty()  ? root
                                                 : openedName;

    std::optional<Listing> listing;
    if (options.useGit)
        listing = listWithGit(root, options);
    result.fromGit = listing.has_value() && !listing->cancelled;
    if (!listing && !isCancelled(options))
        listing = Walker(root, options).run();
    if (!listing || listing->cancelled || isCancelled(options)) {
        result.status = ScanStatus::Cancelled;
        result.fromGit = false;
        return result;
    }
    result.truncated = listing->truncated;
    result.diagnostics.insert(result.diagnostics.end(), listing->diagnostics.begin(),
                              listing->diagnostics.end());

    result.roots = result.packagePrefix.isEmpty()
                       ? sourceRoots(root, project, options, listing->files, result.diagnostics)
                       : QStringList{QString()};
    QStringList rootsDeepestFirst = result.roots;
    rootsDeepestFirst.append(QString());
    std::stable_sort(rootsDeepestFirst.begin(), rootsDeepestFirst.end(),
                     [](const QString &a, const QString &b) {
                         return a.count(u'/') + !a.isEmpty() > b.count(u'/') + !b.isEmpty();
                     });

    std::vector<SourceFile> files;
    files.reserve(listing->files.size());
    for (const Listed &listed : listing->files)
        files.push_back(nameFile(listed, rootsDeepestFirst, result.packagePrefix));
    result.files = keepOnePerModule(std::move(files), result.diagnostics);
    if (result.files.empty())
        result.status = ScanStatus::NoPython;
    return result;
}

} // namespace headroom
