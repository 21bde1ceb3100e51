#include "scanlisting.h"

#include "extractor_input.h"
#include "gitrevision.h"
#include "scanner.h"

#include <QFile>
#include <QSet>

#include <algorithm>

#include <unistd.h>

namespace headroom::detail {

QString joinPath(const QString &base, const QString &name)
{
    if (base.isEmpty())
        return name;
    return base.endsWith(u'/') ? base + name : base + u'/' + name;
}

// A file name's bytes with every byte that is not part of valid UTF-8 written as \xNN.
QString escapedName(const QByteArray &raw)
{
    QString out;
    std::string_view rest(raw.constData(), std::size_t(raw.size()));
    while (!rest.empty()) {
        const std::int64_t bad = firstInvalidUtf8(rest);
        const std::size_t valid = bad < 0 ? rest.size() : std::size_t(bad);
        out += QString::fromUtf8(rest.data(), qsizetype(valid));
        if (bad < 0)
            break;
        out += QStringLiteral("\\x%1").arg(uint(uchar(rest[valid])), 2, 16, QLatin1Char('0'));
        rest.remove_prefix(valid + 1);
    }
    return out;
}

bool mayBeInGitWorkTree(const QString &folder)
{
    QByteArray dir = QFile::encodeName(folder);
    while (dir.size() > 1 && dir.endsWith('/'))
        dir.chop(1);
    for (;;) {
        const QByteArray probe = dir == "/" ? QByteArray("/.git") : dir + "/.git";
        if (::access(probe.constData(), F_OK) == 0)
            return true;
        const qsizetype slash = dir.lastIndexOf('/');
        if (slash < 0 || dir == "/")
            return false;
        dir.truncate(std::max<qsizetype>(slash, 1)); // "/a" goes up to "/"
    }
}

bool isPythonFile(const QString &name)
{
    return !name.startsWith(u'.') &&
           (name.endsWith(QLatin1String(".py")) || name.endsWith(QLatin1String(".pyi")));
}

bool isSkippedFolder(const QString &name, const HoldsFile &holds)
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
        return !holds(QStringLiteral("__init__.py"));
    if (holds(QStringLiteral("pyvenv.cfg")))
        return true;
    if (name == QLatin1String("venv") || name == QLatin1String("env"))
        return holds(QStringLiteral("bin/activate")) || holds(QStringLiteral("Scripts/activate"));
    return false;
}

FolderFilter::Verdict FolderFilter::holding(const QString &relativeFile, QString *folder)
{
    const qsizetype slash = relativeFile.lastIndexOf(u'/');
    if (slash < 0)
        return Verdict::Keep;
    const Entry &entry = verdict(relativeFile.left(slash));
    if (folder)
        *folder = entry.folder;
    return entry.verdict;
}

bool FolderFilter::keeps(const QString &relativeFile, std::vector<Diagnostic> &diagnostics)
{
    QString folder;
    switch (holding(relativeFile, &folder)) {
    case Verdict::Keep:
        return true;
    case Verdict::NamedLikeAFile:
        if (!m_reported.contains(folder)) {
            m_reported.insert(folder);
            diagnostics.push_back({DiagnosticCode::NotAFile, folder, 0, QStringLiteral("folder")});
        }
        return false;
    case Verdict::Skip:
        return false;
    }
    return false;
}

const FolderFilter::Entry &FolderFilter::verdict(const QString &dir)
{
    const auto cached = m_cache.constFind(dir);
    if (cached != m_cache.constEnd())
        return *cached;
    const qsizetype slash = dir.lastIndexOf(u'/');
    Entry entry = slash >= 0 ? verdict(dir.left(slash)) : Entry{};
    const QString name = dir.mid(slash + 1);
    if (entry.verdict == Verdict::Keep) {
        const auto holds = [&](const QString &file) { return m_exists(dir + u'/' + file); };
        if (isSkippedFolder(name, holds))
            entry = {Verdict::Skip, dir};
        else if (isPythonFile(name))
            entry = {Verdict::NamedLikeAFile, dir};
    }
    return *m_cache.insert(dir, entry);
}

Listing listRevision(const GitRevision &revision, const QString &root, const ScanOptions &options)
{
    Listing out;
    FolderFilter filter([&revision](const QString &path) { return revision.isFile(path); });
    QSet<QString> listed;
    std::vector<const RevisionEntry *> links;
    for (const RevisionEntry &entry : revision.entries()) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            out.cancelled = true;
            return out;
        }
        const QString &relative = entry.path;
        if (!filter.keeps(relative, out.diagnostics))
            continue;
        if (!isPythonFile(relative.mid(relative.lastIndexOf(u'/') + 1)))
            continue;
        if (!entry.rawPath.isEmpty()) {
            out.diagnostics.push_back({DiagnosticCode::BadFileName,
                                       QFile::decodeName(entry.rawPath), 0,
                                       escapedName(entry.rawPath)});
            continue;
        }
        if (entry.link) {
            links.push_back(&entry);
            continue;
        }
        listed.insert(relative);
        out.files.push_back({relative, joinPath(root, relative)});
        if (qsizetype(out.files.size()) >= kMaxFiles) {
            out.truncated = true;
            return out;
        }
    }
    // As in a work tree: a link to a file is taken when it stays inside the folder and
    // repeats no file listed already.
    for (const RevisionEntry *link : links) {
        QString target;
        switch (revision.follow(*link, &target)) {
        case GitRevision::LinkEnd::File:
            if (listed.contains(target)) {
                out.diagnostics.push_back(
                    {DiagnosticCode::SymlinkSkipped, link->path, 0, joinPath(root, target)});
            } else {
                listed.insert(target);
                out.files.push_back({link->path, joinPath(root, link->path)});
            }
            break;
        case GitRevision::LinkEnd::Folder:
            out.diagnostics.push_back(
                {DiagnosticCode::NotAFile, link->path, 0, QStringLiteral("folder")});
            break;
        case GitRevision::LinkEnd::Outside:
            out.diagnostics.push_back({DiagnosticCode::SymlinkOutside, link->path, 0, target});
            break;
        case GitRevision::LinkEnd::Dangling:
            out.diagnostics.push_back(
                {DiagnosticCode::BrokenLink, link->path, 0, QStringLiteral("dangling ") + target});
            break;
        case GitRevision::LinkEnd::Loop:
            out.diagnostics.push_back(
                {DiagnosticCode::BrokenLink, link->path, 0, QStringLiteral("loop")});
            break;
        }
    }
    return out;
}

} // namespace headroom::detail
