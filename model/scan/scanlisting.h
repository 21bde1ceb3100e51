#pragma once

// What the walk of a folder, the git listing of a work tree and the listing of a revision
// share: which files are Python, which folders hold no project code. Private to the scanner.

#include "diagnostic.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <vector>

namespace headroom {

class GitRevision;
struct ScanOptions;

namespace detail {

inline constexpr qsizetype kMaxFiles = 200000; // Python files listed

[[nodiscard]] QString joinPath(const QString &base, const QString &name);
[[nodiscard]] bool isPythonFile(const QString &name);
// A file name's bytes with every byte that is not part of valid UTF-8 written as \xNN.
[[nodiscard]] QString escapedName(const QByteArray &raw);

// Whether git could find a work tree holding `folder` (an absolute, clean path): a `.git`
// (a repository's folder, or the file a linked work tree or a submodule has) in it or in a
// folder above. Where there is none, `git ls-files` can only fail: it is not started.
[[nodiscard]] bool mayBeInGitWorkTree(const QString &folder);

// Whether a folder holds a file: (name relative to the folder) -> exists.
using HoldsFile = std::function<bool(const QString &name)>;

// Folders that hold no project code: environments, build output, caches, hidden tool data.
[[nodiscard]] bool isSkippedFolder(const QString &name, const HoldsFile &holds);

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

// Which folders of a listing to leave out, by the walk's rules; cached per folder.
class FolderFilter
{
public:
    // `exists` says whether a path relative to the project folder names a file.
    explicit FolderFilter(std::function<bool(const QString &relative)> exists)
        : m_exists(std::move(exists))
    {
    }

    enum class Verdict : std::uint8_t
    {
        Keep,
        Skip,
        NamedLikeAFile
    };

    // Whether a listed file is read: its folder kept; a folder named like a Python file is
    // reported in `diagnostics` once, the first time one of its files comes by.
    bool keeps(const QString &relativeFile, std::vector<Diagnostic> &diagnostics);

private:
    // Whether the folder of `relativeFile` is read; for a folder named like a Python file,
    // `folder` is the outermost one so named.
    Verdict holding(const QString &relativeFile, QString *folder);

    struct Entry
    {
        Verdict verdict = Verdict::Keep;
        QString folder;
    };

    const Entry &verdict(const QString &dir);

    std::function<bool(const QString &)> m_exists;
    QHash<QString, Entry> m_cache;
    QSet<QString> m_reported; // folders named like files, reported already
};

// The Python files of a revision under the project folder, by the same rules as a git listing
// of a work tree; links are followed inside the folder.
[[nodiscard]] Listing listRevision(const GitRevision &revision, const QString &root,
                                   const ScanOptions &options);

} // namespace detail
} // namespace headroom
