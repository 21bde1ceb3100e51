#include "gitrevision.h"

#include <QDir>
#include <QFileInfo>
#include <QStringDecoder>

#include "gitowned.h"

namespace headroom {

namespace {

using namespace detail;

QByteArray hexId(const git_oid *id)
{
    char text[GIT_OID_HEXSZ + 1] = {};
    git().oid_tostr(text, sizeof text, id);
    return QByteArray(text);
}

struct WalkState
{
    std::vector<RevisionEntry> *entries;
    QSet<QString> *dirs;
};

int collect(const char *root, const git_tree_entry *entry, void *payload)
{
    const GitApi &api = git();
    auto *state = static_cast<WalkState *>(payload);
    const QByteArray raw = QByteArray(root) + api.tree_entry_name(entry);
    QStringDecoder decode(QStringDecoder::Utf8);
    const QString path = decode(raw);
    const QByteArray rawPath = decode.hasError() ? raw : QByteArray();
    switch (api.tree_entry_filemode(entry)) {
    case GIT_FILEMODE_TREE:
        state->dirs->insert(path);
        break;
    case GIT_FILEMODE_BLOB:
    case GIT_FILEMODE_BLOB_EXECUTABLE:
        state->entries->push_back({path, hexId(api.tree_entry_id(entry)), false, rawPath});
        break;
    case GIT_FILEMODE_LINK:
        state->entries->push_back({path, hexId(api.tree_entry_id(entry)), true, rawPath});
        break;
    default: // a submodule's commit: another repository, not part of this project
        break;
    }
    return 0;
}

} // namespace

GitRevision::Opened GitRevision::open(const QString &folder, const QString &expression)
{
    Opened out;
    QString why;
    const GitApi *loaded = loadGit(&why);
    if (!loaded) {
        out.error = RevisionError::NoSuchRevision; // none can be read
        out.detail = why;
        return out;
    }
    const GitApi &api = *loaded;
    std::shared_ptr<GitRevision> revision(new GitRevision);
    revision->m_expression = expression;
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    if (canonical.isEmpty()) {
        out.error = RevisionError::NotInRepository;
        return out;
    }
    if (api.repository_open_ext(&revision->m_repository, QFile::encodeName(canonical).constData(),
                                0, nullptr) != 0) {
        out.error = RevisionError::NotInRepository;
        out.detail = lastGitError();
        return out;
    }
    git_repository *repo = revision->m_repository;
    // The folder's place in the repository: under the work tree, or the top of a bare one.
    if (const char *workdir = api.repository_workdir(repo)) {
        const QString top = QFileInfo(QFile::decodeName(workdir)).canonicalFilePath();
        if (canonical != top && !canonical.startsWith(top + u'/')) {
            out.error = RevisionError::NotInRepository;
            return out;
        }
        revision->m_prefix = canonical.mid(top.size() + 1);
        if (revision->m_prefix == QLatin1String(".git") ||
            revision->m_prefix.startsWith(QLatin1String(".git/"))) {
            out.error = RevisionError::NotInRepository;
            return out;
        }
    }

    OwnedObject object;
    if (api.revparse_single(&object.p, repo, expression.toUtf8().constData()) != 0) {
        out.error = RevisionError::NoSuchRevision;
        out.detail = lastGitError();
        return out;
    }
    OwnedObject commit;
    if (api.object_peel(&commit.p, object.p, GIT_OBJECT_COMMIT) == 0) {
        auto *c = reinterpret_cast<git_commit *>(commit.p);
        revision->m_commitId = QString::fromLatin1(hexId(api.commit_id(c)));
        revision->m_summary = QString::fromUtf8(api.commit_summary(c));
        revision->m_commitTime = qint64(api.commit_time(c));
    }
    OwnedObject treeObject;
    if (api.object_peel(&treeObject.p, object.p, GIT_OBJECT_TREE) != 0) {
        out.error = RevisionError::NoSuchRevision;
        out.detail = lastGitError();
        return out;
    }
    const auto *top = reinterpret_cast<const git_tree *>(treeObject.p);
    OwnedTree sub;
    if (!revision->m_prefix.isEmpty()) {
        OwnedEntry entry;
        if (api.tree_entry_bypath(&entry.p, top, revision->m_prefix.toUtf8().constData()) != 0 ||
            api.tree_entry_type(entry.p) != GIT_OBJECT_TREE ||
            api.tree_lookup(&sub.p, repo, api.tree_entry_id(entry.p)) != 0) {
            out.error = RevisionError::FolderMissing;
            return out;
        }
    }
    WalkState state{&revision->m_entries, &revision->m_dirs};
    revision->m_dirs.insert(QString());
    if (api.tree_walk(sub.p ? sub.p : top, GIT_TREEWALK_PRE, collect, &state) != 0) {
        out.error = RevisionError::NoSuchRevision;
        out.detail = lastGitError();
        return out;
    }
    std::sort(revision->m_entries.begin(), revision->m_entries.end(),
              [](const RevisionEntry &a, const RevisionEntry &b) { return a.path < b.path; });
    revision->m_index.reserve(qsizetype(revision->m_entries.size()));
    for (std::size_t i = 0; i < revision->m_entries.size(); ++i)
        revision->m_index.insert(revision->m_entries[i].path, int(i));
    out.revision = std::move(revision);
    return out;
}

GitRevision::~GitRevision()
{
    if (m_repository)
        git().repository_free(m_repository);
}

const RevisionEntry *GitRevision::entry(const QString &path) const
{
    const auto found = m_index.constFind(path);
    return found == m_index.constEnd() ? nullptr : &m_entries[std::size_t(*found)];
}

bool GitRevision::isDir(const QString &path) const
{
    return m_dirs.contains(path);
}

GitRevision::LinkEnd GitRevision::follow(const RevisionEntry &link, QString *target) const
{
    const RevisionEntry *at = &link;
    // As the system does, a chain of links longer than 40 is a loop.
    for (int hops = 0; hops < 40; ++hops) {
        if (!at->link) {
            *target = at->path;
            return LinkEnd::File;
        }
        QString error;
        const std::optional<QByteArray> text = read(*at, &error, false);
        if (!text)
            return LinkEnd::Dangling;
        *target = QFile::decodeName(*text);
        if (QDir::isAbsolutePath(*target))
            return LinkEnd::Outside;
        const qsizetype slash = at->path.lastIndexOf(u'/');
        const QString from = slash < 0 ? QString() : at->path.left(slash + 1);
        const QString clean = QDir::cleanPath(from + *target);
        if (clean == QLatin1String("..") || clean.startsWith(QLatin1String("../")))
            return LinkEnd::Outside;
        const QString path = clean == u'.' ? QString() : clean;
        if (isDir(path)) {
            *target = path;
            return LinkEnd::Folder;
        }
        at = entry(path);
        if (!at) {
            *target = path;
            return LinkEnd::Dangling;
        }
    }
    return LinkEnd::Loop;
}

const RevisionEntry *GitRevision::fileOf(const RevisionEntry &entry, QString *error) const
{
    if (!entry.link)
        return &entry;
    QString target;
    const RevisionEntry *file = nullptr;
    if (follow(entry, &target) != LinkEnd::File || !(file = this->entry(target)))
        *error = QStringLiteral("dangling ") + target;
    return file;
}

qint64 GitRevision::size(const RevisionEntry &entry, QString *error) const
{
    const GitApi &api = git(); // open: loaded
    const RevisionEntry *file = fileOf(entry, error);
    git_oid id;
    if (!file || api.oid_fromstr(&id, file->id.constData()) != 0)
        return -1;
    std::lock_guard guard(m_lock);
    OwnedOdb odb;
    size_t length = 0;
    git_object_t type = GIT_OBJECT_INVALID;
    if (api.repository_odb(&odb.p, m_repository) != 0 ||
        api.odb_read_header(&length, &type, odb.p, &id) != 0) {
        *error = lastGitError();
        return -1;
    }
    return qint64(length);
}

std::optional<QByteArray> GitRevision::read(const RevisionEntry &entry, QString *error) const
{
    return read(entry, error, true);
}

std::optional<QByteArray> GitRevision::read(const RevisionEntry &entry, QString *error,
                                            bool throughLinks) const
{
    const GitApi &api = git(); // open: loaded
    const RevisionEntry *file = throughLinks ? fileOf(entry, error) : &entry;
    git_oid id;
    if (!file || api.oid_fromstr(&id, file->id.constData()) != 0)
        return std::nullopt;
    std::lock_guard guard(m_lock);
    OwnedBlob blob;
    if (api.blob_lookup(&blob.p, m_repository, &id) != 0) {
        *error = lastGitError();
        return std::nullopt;
    }
    const auto size = qsizetype(api.blob_rawsize(blob.p));
    return QByteArray(static_cast<const char *>(api.blob_rawcontent(blob.p)), size);
}

std::optional<QByteArray> GitRevision::read(const QString &path) const
{
    const RevisionEntry *found = entry(path);
    QString error;
    return found ? read(*found, &error) : std::nullopt;
}

} // namespace headroom
