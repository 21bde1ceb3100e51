#pragma once

#include "diagnostic.h"
#include "pyproject.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace headroom {

class GitRevision;

// Where a file is on the disk is ScanResult::pathOf(): one path a file less to hold, and the
// folder's part of it once instead of per file (100,000 files: some 50 MB).
struct SourceFile
{
    QString relativePath;       // relative to the project folder, '/' separated
    QString module;             // dotted module name ("pkg.sub" for pkg/sub/__init__.py)
    bool isPackageInit = false; // an __init__.py / __init__.pyi
    bool isStub = false;        // a .pyi read because no .py sits beside it
    bool isScript = false;      // a loose file outside any package under a root (top-level module)
};

// A regular Python file as the scan finds it, before the scan ends (ScanOptions::listed).
struct ListedFile
{
    QString folder;          // the project folder, absolute and canonical (ScanResult::folder)
    QString relativePath;    // as ScanResult::files will name it
    qint64 maxFileBytes = 0; // pyproject.toml's [tool.headroom] max_file_bytes, 0 for none
};

struct ScanOptions
{
    QStringList roots;  // extra source roots relative to the folder, besides those found
    bool useGit = true; // `git ls-files` when the folder is in a git work tree
    // A git revision expression ("HEAD~3", "v2.0"): the project as that revision holds it,
    // read from the object store; empty: the files as they are now.
    QString revision;
    const std::atomic_bool *cancel = nullptr;
    // Called on the scanning thread with each regular Python file the walk of the folder or
    // git's listing finds, as it finds it (not for a revision's files, nor for files reached
    // through links), so that reading them may begin before the scan ends. A file named
    // here may still be left out of the result (a file of the same module wins, or the scan
    // is cancelled): ScanResult::files is what counts.
    std::function<void(const ListedFile &)> listed;
    // Path globs left out besides pyproject.toml's [tool.headroom] exclude (PathGlobs).
    QStringList exclude;
};

enum class ScanStatus : std::uint8_t
{
    Ok,
    Missing,
    NotADirectory,
    NoPython,
    Cancelled,
    NotInGit,      // a revision was asked of a folder in no git repository
    NoRevision,    // the revision expression names no commit (statusDetail: git's reason)
    NotInRevision, // the folder did not exist at that revision
    TooLarge,      // the analysis would need more memory than it may take (Analysis::memory)
};

struct ScanResult
{
    ScanStatus status = ScanStatus::Ok;
    QString statusDetail;          // why, where the status has more to say
    QString folder;                // absolute, canonical project folder
    QString projectName;           // [project].name from pyproject.toml, else the folder's name
    QStringList roots;             // source roots relative to folder ("" = the folder itself)
    QString packagePrefix;         // set when the folder is itself a package: its name ("django")
    std::vector<SourceFile> files; // sorted by module name; one file per module
    bool fromGit = false;          // listed by git rather than walked
    bool truncated = false;        // the walk stopped at a limit (files, entries or depth)
    qint64 maxFileBytes = 0;       // [tool.headroom] max_file_bytes; 0 when not set
    int churnDays = 0;             // [tool.headroom] churn_days; 0 when not set
    // The modules of the files an exclude pattern left out, sorted: an import of one is
    // left out too, never an unresolved import.
    QStringList excluded;
    PyProjectDocument pyproject; // parsed once, for the settings and contracts too
    // The revision read, when one was asked for: every file is read from it, not the disk.
    std::shared_ptr<const GitRevision> revision;
    std::vector<Diagnostic> diagnostics;

    // The file's absolute path: the folder and its relative path.
    [[nodiscard]] QString pathOf(const SourceFile &file) const;
};

// Finds the Python sources of a folder and names their modules (see README, "Definitions").
[[nodiscard]] ScanResult scanProject(const QString &folder, const ScanOptions &options = {});

} // namespace headroom
