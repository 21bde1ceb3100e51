// Churn: the commits that touched each file in a window of days, first parents only (the
// history of the branch as merged, not every commit of every merged branch).
#include "gitrevision.h"

#include "gitowned.h"

namespace headroom {

namespace {

QString errorText()
{
    const QString text = detail::lastGitError();
    return text.isEmpty() ? QStringLiteral("libgit2") : text;
}

} // namespace

GitRevision::Churn GitRevision::churn(int days, qint64 end) const
{
    Churn out;
    if (m_commitId.isEmpty()) {
        out.error = QStringLiteral("no commit");
        return out;
    }
    out.to = end > 0 ? end : m_commitTime;
    out.from = out.to - qint64(days) * 24 * 3600;
    const std::lock_guard guard(m_lock);
    const detail::GitApi &api = detail::git(); // open: loaded
    git_oid id;
    if (api.oid_fromstr(&id, m_commitId.toLatin1().constData()) != 0) {
        out.error = errorText();
        return out;
    }
    const QByteArray prefix = m_prefix.isEmpty() ? QByteArray() : m_prefix.toUtf8() + '/';
    char *pathspec[] = {const_cast<char *>(prefix.constData())};
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    if (!prefix.isEmpty()) {
        options.pathspec.strings = pathspec;
        options.pathspec.count = 1;
    }
    detail::OwnedCommit commit;
    if (api.commit_lookup(&commit.p, m_repository, &id) != 0) {
        out.error = errorText();
        return out;
    }
    while (commit.p) {
        const qint64 time = qint64(api.commit_time(commit.p));
        // First parents run back in time; a commit dated after the window's end (a clock
        // skew, a rebase) is passed over, one before its start ends the walk.
        if (time < out.from)
            break;
        detail::OwnedCommit parent;
        if (api.commit_parentcount(commit.p) > 0 &&
            api.commit_parent(&parent.p, commit.p, 0) != 0) {
            out.error = errorText();
            return out;
        }
        if (time <= out.to) {
            detail::OwnedTree tree;
            detail::OwnedTree before;
            detail::OwnedDiff diff;
            if (api.commit_tree(&tree.p, commit.p) != 0 ||
                (parent.p && api.commit_tree(&before.p, parent.p) != 0) ||
                api.diff_tree_to_tree(&diff.p, m_repository, before.p, tree.p, &options) != 0) {
                out.error = errorText();
                return out;
            }
            ++out.commitsInWindow;
            const size_t deltas = api.diff_num_deltas(diff.p);
            for (size_t i = 0; i < deltas; ++i) {
                const git_diff_delta *d = api.diff_get_delta(diff.p, i);
                const char *path =
                    d->status == GIT_DELTA_DELETED ? d->old_file.path : d->new_file.path;
                if (!path)
                    continue;
                const QByteArray full(path);
                if (!full.startsWith(prefix))
                    continue;
                ++out.commits[QString::fromUtf8(full.mid(prefix.size()))];
            }
        }
        std::swap(commit.p, parent.p);
    }
    return out;
}

} // namespace headroom
