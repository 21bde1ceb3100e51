#pragma once

// What the libgit2 boundary's files share: owners of libgit2 objects (not copyable) and the last
// error's words. Private to the `gitstore` library.

#include "gitapi.h"

#include <QString>

namespace headroom::detail {

// Owns one libgit2 object, freed by its own function (a member of GitApi).
template <typename T, auto Free> struct GitOwned
{
    T *p = nullptr;
    GitOwned() = default;
    GitOwned(const GitOwned &) = delete;
    GitOwned &operator=(const GitOwned &) = delete;
    ~GitOwned()
    {
        if (p)
            (git().*Free)(p);
    }
};
using OwnedObject = GitOwned<git_object, &GitApi::object_free>;
using OwnedTree = GitOwned<git_tree, &GitApi::tree_free>;
using OwnedEntry = GitOwned<git_tree_entry, &GitApi::tree_entry_free>;
using OwnedBlob = GitOwned<git_blob, &GitApi::blob_free>;
using OwnedOdb = GitOwned<git_odb, &GitApi::odb_free>;
using OwnedCommit = GitOwned<git_commit, &GitApi::commit_free>;
using OwnedDiff = GitOwned<git_diff, &GitApi::diff_free>;

// libgit2's message for the last error on this thread; "" when it has none.
inline QString lastGitError()
{
    const git_error *e = git().error_last();
    return e && e->message ? QString::fromUtf8(e->message).trimmed() : QString();
}

} // namespace headroom::detail
