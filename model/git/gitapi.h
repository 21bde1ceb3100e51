#pragma once

// libgit2, loaded the first time a revision is opened (dlopen) rather than linked: most runs
// read no revision (only --rev, --churn, diff and the window's comparisons do), and the
// library, bound in full as it loads with its own (Kerberos, TLS, SSH, HTTP), took about 9 ms
// of every start. Its header still gives every function's type. Private to `gitstore`.

#include <QString>

#include <git2.h>

namespace headroom::detail {

// The libgit2 functions gitstore calls, as X(name) for git_name.
#define HEADROOM_GIT_FUNCTIONS(X)                                                                  \
    X(libgit2_init)                                                                                \
    X(error_last)                                                                                  \
    X(oid_tostr)                                                                                   \
    X(oid_fromstr)                                                                                 \
    X(repository_open_ext)                                                                         \
    X(repository_workdir)                                                                          \
    X(repository_odb)                                                                              \
    X(repository_free)                                                                             \
    X(revparse_single)                                                                             \
    X(object_peel)                                                                                 \
    X(object_free)                                                                                 \
    X(commit_id)                                                                                   \
    X(commit_summary)                                                                              \
    X(commit_time)                                                                                 \
    X(commit_lookup)                                                                               \
    X(commit_parentcount)                                                                          \
    X(commit_parent)                                                                               \
    X(commit_tree)                                                                                 \
    X(commit_free)                                                                                 \
    X(tree_entry_bypath)                                                                           \
    X(tree_entry_type)                                                                             \
    X(tree_entry_id)                                                                               \
    X(tree_entry_name)                                                                             \
    X(tree_entry_filemode)                                                                         \
    X(tree_entry_free)                                                                             \
    X(tree_lookup)                                                                                 \
    X(tree_walk)                                                                                   \
    X(tree_free)                                                                                   \
    X(odb_read_header)                                                                             \
    X(odb_free)                                                                                    \
    X(blob_lookup)                                                                                 \
    X(blob_rawsize)                                                                                \
    X(blob_rawcontent)                                                                             \
    X(blob_free)                                                                                   \
    X(diff_tree_to_tree)                                                                           \
    X(diff_num_deltas)                                                                             \
    X(diff_get_delta)                                                                              \
    X(diff_free)

struct GitApi
{
#define HEADROOM_GIT_MEMBER(name) decltype(&::git_##name) name = nullptr;
    HEADROOM_GIT_FUNCTIONS(HEADROOM_GIT_MEMBER)
#undef HEADROOM_GIT_MEMBER
};

// libgit2, loaded and initialised once for the process; null when it cannot be, with the
// dynamic linker's reason in `*why`.
[[nodiscard]] const GitApi *loadGit(QString *why = nullptr);
// The loaded library: only where loadGit() gave it (an open GitRevision has).
[[nodiscard]] inline const GitApi &git()
{
    return *loadGit();
}

} // namespace headroom::detail
