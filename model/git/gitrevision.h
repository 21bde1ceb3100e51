#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

struct git_repository;

namespace headroom {

// One file of a revision, under the project folder.
struct RevisionEntry
{
    QString path;       // relative to the project folder, '/' separated
    QByteArray id;      // the blob's object id, 40 hex digits
    bool link = false;  // a symbolic link: the blob holds its target
    QByteArray rawPath; // the path's bytes when they are not UTF-8 (else empty)
};

// Why a revision could not be opened.
enum class RevisionError : std::uint8_t
{
    None,
    NotInRepository, // the folder is in no git repository
    NoSuchRevision,  // the expression names no commit or tree
    FolderMissing,   // the folder did not exist at that revision
};

// A project folder as one git revision holds it, read from the object store with libgit2:
// nothing is checked out, and the work tree, the index and the refs are never written.
// Immutable once opened; read() may be called from any thread.
class GitRevision
{
public:
    struct Opened
    {
        std::shared_ptr<const GitRevision> revision;
        RevisionError error = RevisionError::None;
        QString detail; // libgit2's message
    };

    // `folder` is a folder inside a git work tree (or a bare repository); `expression` any
    // revision expression git understands ("HEAD~3", "v1.2", "main@{2 weeks ago}", an id).
    [[nodiscard]] static Opened open(const QString &folder, const QString &expression);

    ~GitRevision();
    GitRevision(const GitRevision &) = delete;
    GitRevision &operator=(const GitRevision &) = delete;

    [[nodiscard]] const QString &expression() const { return m_expression; }
    [[nodiscard]] const QString &commitId() const { return m_commitId; } // 40 hex digits
    [[nodiscard]] const QString &summary() const { return m_summary; }   // the first line
    [[nodiscard]] qint64 commitTime() const { return m_commitTime; }     // seconds since 1970
    // The project folder's path inside the repository ("" at its top).
    [[nodiscard]] const QString &prefix() const { return m_prefix; }

    // Every file under the folder, sorted by path.
    [[nodiscard]] const std::vector<RevisionEntry> &entries() const { return m_entries; }
    [[nodiscard]] const RevisionEntry *entry(const QString &path) const;
    [[nodiscard]] bool isFile(const QString &path) const { return entry(path) != nullptr; }
    [[nodiscard]] bool isDir(const QString &path) const;

    // Where a link leads, as a path under the folder; nullopt when it leaves the folder
    // (`*outside` then holds the target as written) or leads nowhere inside it.
    enum class LinkEnd : std::uint8_t
    {
        File,
        Folder,
        Outside,
        Dangling,
        Loop
    };
    [[nodiscard]] LinkEnd follow(const RevisionEntry &link, QString *target) const;

    // The blob's size (of a link: its target's), or -1 with *error when it cannot be read.
    [[nodiscard]] qint64 size(const RevisionEntry &entry, QString *error) const;
    // The blob's bytes (of a link: its target's), or nullopt with *error.
    [[nodiscard]] std::optional<QByteArray> read(const RevisionEntry &entry, QString *error) const;
    // The file at `path`, or nullopt when there is none or it cannot be read.
    [[nodiscard]] std::optional<QByteArray> read(const QString &path) const;

    // How many commits touched each file of the folder within `days` before `end` (seconds
    // since 1970; the commit's own time when 0), walking first parents back from this
    // revision: paths relative to the folder. (churn.cpp)
    struct Churn
    {
        QHash<QString, int> commits;
        int commitsInWindow = 0;
        qint64 from = 0; // the window, seconds since 1970
        qint64 to = 0;
        QString error; // why it could not be counted, when it could not
    };
    [[nodiscard]] Churn churn(int days, qint64 end = 0) const;

private:
    GitRevision() = default;
    [[nodiscard]] std::optional<QByteArray> read(const RevisionEntry &entry, QString *error,
                                                 bool throughLinks) const;
    // The file a link leads to (the entry itself when it is no link); null with *error.
    [[nodiscard]] const RevisionEntry *fileOf(const RevisionEntry &entry, QString *error) const;

    git_repository *m_repository = nullptr;
    // libgit2 objects are used by one thread at a time.
    mutable std::mutex m_lock;
    QString m_expression;
    QString m_commitId;
    QString m_summary;
    qint64 m_commitTime = 0;
    QString m_prefix;
    std::vector<RevisionEntry> m_entries;
    QHash<QString, int> m_index; // path -> entries index
    QSet<QString> m_dirs;        // every folder holding an entry, "" included
};

} // namespace headroom
