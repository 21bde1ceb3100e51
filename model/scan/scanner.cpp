#include "scanner.h"

#include "extractor_input.h"
#include "gitrevision.h"
#include "pathglobs.h"
#include "pyproject.h"
#include "scanlisting.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <optional>
#include <tuple>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

namespace headroom {

namespace {

using namespace detail;

constexpr int kMaxDepth = 100;
constexpr qsizetype kMaxEntries = 2000000; // directory entries looked at while walking
constexpr int kGitTimeoutMs = 20000;

// Hears of each regular Python file a listing takes, as it takes it.
using FoundFile = std::function<void(const QString &relative)>;

bool isCancelled(const ScanOptions &options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
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

HoldsFile holdsOnDisk(const QString &folder)
{
    return [folder](const QString &name) {
        return ::access(QFile::encodeName(folder + u'/' + name).constData(), F_OK) == 0;
    };
}

// What an entry with a Python file's name is when it is not a regular file: "folder", "fifo",
// "socket" or "device" (a NotAFile detail); "" for a regular file or one that cannot be looked at.
QString specialKind(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || S_ISREG(st.st_mode))
        return {};
    if (S_ISDIR(st.st_mode))
        return QStringLiteral("folder");
    if (S_ISFIFO(st.st_mode))
        return QStringLiteral("fifo");
    if (S_ISSOCK(st.st_mode))
        return QStringLiteral("socket");
    return QStringLiteral("device");
}

// Why a link leads nowhere: a BrokenLink diagnostic ("loop", "dangling TARGET"), or an
// Unreadable one when the way to its target is closed to us; nullopt when it reaches
// something. The system is asked, since QFileInfo names a target for a loop of links too.
std::optional<Diagnostic> brokenLink(const QFileInfo &link, const QString &relative)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(link.filePath()).constData(), &st) == 0)
        return std::nullopt;
    const int error = errno;
    if (error == ELOOP)
        return Diagnostic{DiagnosticCode::BrokenLink, relative, 0, QStringLiteral("loop")};
    if (error == ENOENT || error == ENOTDIR)
        return Diagnostic{DiagnosticCode::BrokenLink, relative, 0,
                          QLatin1String("dangling ") + link.symLinkTarget()};
    return Diagnostic{DiagnosticCode::Unreadable, relative, 0,
                      QString::fromLocal8Bit(std::strerror(error))};
}

bool isUtf8(const QByteArray &name)
{
    const std::string_view bytes(name.constData(), std::size_t(name.size()));
    return detail::firstInvalidUtf8(bytes) < 0;
}

// Walks the folder, real entries first and symbolic links after, so that a link to a
// place the walk reaches anyway is recognised as a repeat and skipped.
class Walker
{
public:
    // `found` hears of each regular file as it is listed (ScanOptions::listed).
    Walker(const QString &root, const ScanOptions &options, const FoundFile &found)
        : m_root(root), m_rootSlash(joinPath(root, {})), m_options(options), m_found(found)
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

    // One read of the folder's entries, each known by the type the listing gives (a look
    // at the entry itself only where the file system gives none): a folder of a big project
    // costs one opendir, no stat per entry. Its entries in name order.
    void walk(const Dir &dir)
    {
        const QByteArray native = QFile::encodeName(dir.path);
        if (::access(native.constData(), R_OK | X_OK) != 0) { // listed and entered
            skip(DiagnosticCode::Unreadable, dir.relative);
            return;
        }
        struct Entry
        {
            QString name;
            unsigned char type = DT_UNKNOWN;
        };
        std::vector<Entry> entries;
        std::vector<QByteArray> undecodable; // no QString names them
        if (DIR *handle = ::opendir(native.constData())) {
            while (const dirent *e = ::readdir(handle)) {
                const QByteArray raw(e->d_name);
                if (raw == "." || raw == "..")
                    continue;
                if (isUtf8(raw))
                    entries.push_back({QFile::decodeName(raw), e->d_type});
                else
                    undecodable.push_back(raw);
            }
            ::closedir(handle);
        }
        std::sort(entries.begin(), entries.end(),
                  [](const Entry &a, const Entry &b) { return a.name < b.name; });
        const QByteArray base = native + '/';
        for (Entry &entry : entries) {
            ++m_entries;
            const QString &name = entry.name;
            const QString relative = joinPath(dir.relative, name);
            const QString path = joinPath(dir.path, name);
            if (entry.type == DT_UNKNOWN) {
                struct stat st = {};
                if (::lstat((base + QFile::encodeName(name)).constData(), &st) != 0)
                    continue; // gone since the folder was read
                entry.type = S_ISLNK(st.st_mode)   ? DT_LNK
                             : S_ISDIR(st.st_mode) ? DT_DIR
                             : S_ISREG(st.st_mode) ? DT_REG
                                                   : DT_FIFO; // another kind of file
            }
            if (entry.type == DT_LNK) {
                const QFileInfo link(path);
                const bool wanted =
                    link.isDir() ? !isSkippedFolder(name, holdsOnDisk(path)) : isPythonFile(name);
                if (wanted)
                    m_links.push_back({link, relative, dir.depth + 1});
            } else if (entry.type == DT_DIR) {
                const QString canonical = joinPath(dir.canonical, name);
                if (dir.depth + 1 > kMaxDepth) {
                    m_out.truncated = true;
                } else if (isPythonFile(name)) {
                    skip(DiagnosticCode::NotAFile, relative, QStringLiteral("folder"));
                } else if (!isSkippedFolder(name, holdsOnDisk(path)) &&
                           !m_visitedDirs.contains(canonical)) {
                    m_visitedDirs.insert(canonical);
                    m_dirs.push_back({path, canonical, relative, dir.depth + 1});
                }
            } else if (isPythonFile(name)) {
                if (entry.type == DT_REG) {
                    m_seenFiles.insert(joinPath(dir.canonical, name));
                    m_out.files.push_back({relative, path});
                    if (m_found)
                        m_found(relative);
                } else if (const QString kind = specialKind(path); !kind.isEmpty()) {
                    skip(DiagnosticCode::NotAFile, relative, kind);
                }
            }
        }
        nameUndecodable(dir, base, std::move(undecodable));
    }

    // Entries no QString names: a Python file or a folder (which might hold some) is named.
    void nameUndecodable(const Dir &dir, const QByteArray &base, std::vector<QByteArray> raws)
    {
        std::sort(raws.begin(), raws.end());
        for (const QByteArray &raw : raws) {
            struct stat st = {};
            if (::lstat((base + raw).constData(), &st) != 0)
                continue;
            const QString name = QFile::decodeName(raw);
            if (S_ISDIR(st.st_mode) || isPythonFile(name))
                skip(DiagnosticCode::BadFileName, joinPath(dir.relative, name), escapedName(raw));
        }
    }

    void follow(const Link &link)
    {
        if (std::optional<Diagnostic> broken = brokenLink(link.info, link.relative)) {
            m_out.diagnostics.push_back(std::move(*broken));
            return;
        }
        const QString target = link.info.canonicalFilePath();
        if (target.isEmpty())
            return; // gone since it was looked at
        if (target != m_root && !target.startsWith(m_rootSlash)) {
            skip(DiagnosticCode::SymlinkOutside, link.relative, target);
            return;
        }
        const QFileInfo resolved(target);
        const QString name = link.info.fileName();
        if (resolved.isDir() && isPythonFile(name)) {
            skip(DiagnosticCode::NotAFile, link.relative, QStringLiteral("folder"));
            return;
        }
        if (!resolved.isDir() && !resolved.isFile()) {
            if (const QString kind = specialKind(target); !kind.isEmpty())
                skip(DiagnosticCode::NotAFile, link.relative, kind);
            return;
        }
        QSet<QString> &seen = resolved.isDir() ? m_visitedDirs : m_seenFiles;
        if (seen.contains(target) || link.depth > kMaxDepth) {
            skip(DiagnosticCode::SymlinkSkipped, link.relative, target);
            return;
        }
        seen.insert(target);
        if (resolved.isDir())
            m_dirs.push_back({link.info.filePath(), target, link.relative, link.depth});
        else
            m_out.files.push_back({link.relative, link.info.filePath()});
    }

    QString m_root;
    QString m_rootSlash;
    const ScanOptions &m_options;
    const FoundFile &m_found;
    QSet<QString> m_visitedDirs;
    QSet<QString> m_seenFiles;
    std::vector<Dir> m_dirs;
    std::deque<Link> m_links;
    Listing m_out;
    qsizetype m_entries = 0;
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
// git lists neither FIFOs nor sockets: look for Python-named ones in the folders it lists.
void nameSpecialFiles(const QString &root, const QSet<QString> &folders, Listing &out)
{
    QStringList sorted(folders.cbegin(), folders.cend());
    sorted.sort();
    for (const QString &folder : sorted) {
        const QFileInfoList entries =
            QDir(joinPath(root, folder))
                .entryInfoList({QStringLiteral("*.py"), QStringLiteral("*.pyi")},
                               QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (entry.isSymLink() || !isPythonFile(entry.fileName()))
                continue; // git lists links itself
            if (const QString kind = specialKind(entry.filePath()); !kind.isEmpty())
                out.diagnostics.push_back(
                    {DiagnosticCode::NotAFile, joinPath(folder, entry.fileName()), 0, kind});
        }
    }
}

// nullopt sends the caller to the walk: also when git lists no Python file at all, as for a
// folder that some enclosing repository ignores.
std::optional<Listing> listWithGit(const QString &root, const ScanOptions &options,
                                   const FoundFile &found)
{
    Listing out;
    const std::optional<QByteArray> output = runGitLsFiles(root, options, out.cancelled);
    if (out.cancelled)
        return out;
    if (!output)
        return std::nullopt;

    const QString rootSlash = joinPath(root, {});
    FolderFilter filter(
        [&root](const QString &relative) { return QFileInfo::exists(joinPath(root, relative)); });
    QSet<QString> seenFiles;
    QSet<QString> listedFolders;
    std::vector<Listed> links;
    for (const QByteArray &entry : output->split('\0')) {
        if (entry.isEmpty())
            continue;
        const QString relative = QFile::decodeName(entry);
        const qsizetype slash = relative.lastIndexOf(u'/');
        if (!filter.keeps(relative, out.diagnostics))
            continue;
        listedFolders.insert(slash < 0 ? QString() : relative.left(slash));
        if (!isPythonFile(relative.mid(slash + 1)))
            continue;
        if (!isUtf8(entry)) {
            out.diagnostics.push_back(
                {DiagnosticCode::BadFileName, relative, 0, escapedName(entry)});
            continue;
        }
        const QString path = joinPath(root, relative);
        const QFileInfo info(path);
        if (info.isSymLink()) {
            links.push_back({relative, path});
        } else if (info.isFile()) {
            seenFiles.insert(path);
            out.files.push_back({relative, path});
            if (found)
                found(relative);
        } else if (const QString kind = specialKind(path); !kind.isEmpty()) {
            out.diagnostics.push_back({DiagnosticCode::NotAFile, relative, 0, kind});
        } // else a tracked file deleted from the work tree: not part of the project now
        if (qsizetype(out.files.size()) >= kMaxFiles) {
            out.truncated = true;
            break;
        }
    }
    nameSpecialFiles(root, listedFolders, out);
    // git does not follow links; a link to a file is taken when it stays inside and repeats
    // no file listed already.
    for (const Listed &link : links) {
        const QFileInfo info(link.path);
        const std::optional<Diagnostic> broken = brokenLink(info, link.relativePath);
        const QString target = broken ? QString() : info.canonicalFilePath();
        if (broken) {
            out.diagnostics.push_back(*broken);
        } else if (target.isEmpty()) {
            continue; // gone since it was looked at
        } else if (!target.startsWith(rootSlash)) {
            out.diagnostics.push_back(
                {DiagnosticCode::SymlinkOutside, link.relativePath, 0, target});
        } else if (const QString kind = specialKind(target); !kind.isEmpty()) {
            out.diagnostics.push_back({DiagnosticCode::NotAFile, link.relativePath, 0, kind});
        } else if (seenFiles.contains(target)) {
            out.diagnostics.push_back(
                {DiagnosticCode::SymlinkSkipped, link.relativePath, 0, target});
        } else {
            seenFiles.insert(target);
            out.files.push_back(link);
        }
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

QStringList sourceRoots(const QString &root, const GitRevision *revision, const PyProject &project,
                        const ScanOptions &options, const std::vector<Listed> &files,
                        std::vector<Diagnostic> &diagnostics)
{
    auto isDir = [&](const QString &relative) {
        return revision ? revision->isDir(relative) : QFileInfo(joinPath(root, relative)).isDir();
    };
    QStringList roots;
    auto add = [&](const QStringList &candidates, const QString &origin) {
        for (const QString &candidate : candidates) {
            const std::optional<QString> clean = normalRoot(candidate);
            if (!clean) {
                diagnostics.push_back({DiagnosticCode::ConfigError, origin, 0, candidate});
                continue;
            }
            if (!roots.contains(*clean) && isDir(*clean))
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

QString ScanResult::pathOf(const SourceFile &file) const
{
    return joinPath(folder, file.relativePath);
}

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
    std::shared_ptr<const GitRevision> revision;
    if (!options.revision.isEmpty()) {
        GitRevision::Opened opened = GitRevision::open(root, options.revision);
        if (!opened.revision) {
            result.status = opened.error == RevisionError::NotInRepository ? ScanStatus::NotInGit
                            : opened.error == RevisionError::FolderMissing
                                ? ScanStatus::NotInRevision
                                : ScanStatus::NoRevision;
            result.statusDetail = opened.detail;
            return result;
        }
        result.revision = revision = std::move(opened.revision);
    }
    auto isFile = [&](const QString &relative) {
        return revision ? revision->isFile(relative) : QFileInfo::exists(joinPath(root, relative));
    };

    if (revision) {
        const std::optional<QByteArray> bytes = revision->read(QStringLiteral("pyproject.toml"));
        result.pyproject = bytes ? parsePyProjectBytes(*bytes) : nullptr;
    } else {
        result.pyproject = loadPyProject(root);
    }
    const PyProject project = parsePyProject(result.pyproject);
    result.maxFileBytes = project.maxFileBytes;
    result.churnDays = project.churnDays;
    for (const PyProject::Error &error : project.errors)
        result.diagnostics.push_back({DiagnosticCode::ConfigError, QStringLiteral("pyproject.toml"),
                                      error.line, error.reason});

    // The name the user opened, before links are resolved: a link called `django` is django.
    const QString openedName = QFileInfo(QDir::cleanPath(info.absoluteFilePath())).fileName();
    if (isFile(QStringLiteral("__init__.py")) && isIdentifier(openedName))
        result.packagePrefix = openedName;
    result.projectName = !project.name.isEmpty() ? project.name
                         : openedName.isEmpty()  ? root
                                                 : openedName;

    const PathGlobs excluded(project.exclude + options.exclude);
    FoundFile found;
    if (options.listed && !revision) {
        found = [&options, &root, &excluded,
                 maxBytes = project.maxFileBytes](const QString &relative) {
            if (!excluded.matches(relative))
                options.listed({root, relative, maxBytes});
        };
    }
    std::optional<Listing> listing;
    if (revision)
        listing = listRevision(*revision, root, options);
    else if (options.useGit && mayBeInGitWorkTree(root))
        listing = listWithGit(root, options, found);
    result.fromGit = listing.has_value() && !listing->cancelled;
    if (!listing && !isCancelled(options))
        listing = Walker(root, options, found).run();
    if (!listing || listing->cancelled || isCancelled(options)) {
        result.status = ScanStatus::Cancelled;
        result.fromGit = false;
        return result;
    }
    result.truncated = listing->truncated;
    result.diagnostics.insert(result.diagnostics.end(), listing->diagnostics.begin(),
                              listing->diagnostics.end());

    result.roots = result.packagePrefix.isEmpty()
                       ? sourceRoots(root, revision.get(), project, options, listing->files,
                                     result.diagnostics)
                       : QStringList{QString()};
    QStringList rootsDeepestFirst = result.roots;
    rootsDeepestFirst.append(QString());
    std::stable_sort(rootsDeepestFirst.begin(), rootsDeepestFirst.end(),
                     [](const QString &a, const QString &b) {
                         return a.count(u'/') + !a.isEmpty() > b.count(u'/') + !b.isEmpty();
                     });

    std::vector<SourceFile> files;
    files.reserve(listing->files.size());
    for (const Listed &listed : listing->files) {
        SourceFile file = nameFile(listed, rootsDeepestFirst, result.packagePrefix);
        if (excluded.matches(listed.relativePath))
            result.excluded.append(file.module);
        else
            files.push_back(std::move(file));
    }
    result.excluded.sort();
    result.excluded.removeDuplicates();
    result.files = keepOnePerModule(std::move(files), result.diagnostics);
    if (result.files.empty())
        result.status = ScanStatus::NoPython;
    return result;
}

} // namespace headroom
