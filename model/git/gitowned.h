#pragma once

// What the libgit2 boundary's files share: owners of libgit2 objects (not copyable) and the last
// error's words. Private to the `gitstore` library.

#include <QString>

#include <git2.h>

namespace headroom::detail {

// Owns one libgit2 object, freed by its own function.
template <typename T, void (*Free)(T *)> struct GitOwned
{
    T *p = nullptr;
    GitOwned() = default;
    GitOwned(const GitOwned &) = delete;
    GitOwned &operator=(const GitOwned &) = delete;
    ~GitOwned()
    {
        if (p)
            Free(p);
    }
};
using OwnedObject = GitOwned<git_object, git_object_free>;
using OwnedTree = GitOwned<git_tree, git_tree_free>;
using OwnedEntry = GitOwned<git_tree_entry, git_tree_entry_free>;
using OwnedBlob = GitOwned<git_blob, git_blob_free>;
using OwnedOdb = GitOwned<git_odb, git_odb_free>;
using OwnedCommit = GitOwned<git_commit, git_commit_free>;
using OwnedDiff = GitOwned<git_diff, git_diff_free>;

// libgit2's message for the last error on this thread; "" when it has none.
inline QString lastGitError()
{
    const git_error *e = git_error_last();
    return e && e->message ? QString::fromUtf8(e->message).trimmed() : QString();
}

} // namespace headroom::detail
