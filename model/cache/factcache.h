#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace headroom {

// What the cache may hold before the least recently used entries go: HEADROOM_CACHE_MAX_BYTES
// (bytes, or with a K, M or G suffix) changes it.
inline constexpr qint64 kDefaultCacheMaxBytes = qint64(1) << 30;

struct FactCacheSettings
{
    QString dir;     // the folder of the database (created as needed)
    QString version; // what wrote the entries: another version's entries are wiped on open
    qint64 maxBytes = kDefaultCacheMaxBytes;
};

namespace detail {
struct SqliteCloser
{
    void operator()(sqlite3 *db) const;
};
struct StatementFinalizer
{
    void operator()(sqlite3_stmt *statement) const;
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;
} // namespace detail

// A store of opaque values by content key in one SQLite file (facts.sqlite3), shared by every
// Headroom process of the user. WAL journal: readers never wait; a writer waits a second at
// most for the lock and otherwise gives up writing for this run. A file that is no database
// of ours is deleted and made again; when even that fails open() gives null and the caller
// goes on without a cache. Every value is checked against its checksum when read.
// find() and put() may be called from any thread.
class FactCache
{
public:
    static constexpr const char *kFileName = "facts.sqlite3";

    // Null when the cache cannot be used (no folder, a file in its place, a database that
    // cannot be made, another process holding the lock for long). `why` says what failed,
    // in one line naming the path, unless another process only held the lock.
    [[nodiscard]] static std::unique_ptr<FactCache> open(const FactCacheSettings &settings,
                                                         QString *why = nullptr);
    ~FactCache();
    FactCache(const FactCache &) = delete;
    FactCache &operator=(const FactCache &) = delete;

    // $XDG_CACHE_HOME/headroom, by default ~/.cache/headroom.
    [[nodiscard]] static QString defaultDir();
    // HEADROOM_CACHE_MAX_BYTES when set and valid, else kDefaultCacheMaxBytes.
    [[nodiscard]] static qint64 maxBytesFromEnvironment();
    // The key of a file's bytes (XXH3-128), and of a git blob by its id (40 hex digits; empty
    // when it is none). The two never collide.
    [[nodiscard]] static QByteArray contentKey(QByteArrayView bytes);
    [[nodiscard]] static QByteArray blobKey(QByteArrayView hexId);
    // The key of a value made from `material`: its XXH3-128 hash, marked with `kind`, one
    // letter per kind of value ('x' a file's bytes as contentKey() gives, 'c' a call graph
    // from what it is built of; 'g' is taken by blob ids).
    [[nodiscard]] static QByteArray derivedKey(char kind, QByteArrayView material);

    // The value stored under `key`, or nullopt (none, unreadable, failed its checksum).
    [[nodiscard]] std::optional<QByteArray> find(const QByteArray &key);
    // Kept in memory until commit().
    void put(QByteArray key, QByteArray value);
    // One transaction: the values put, the entries found marked as used, and the least
    // recently used entries evicted while the total exceeds maxBytes. False when nothing
    // could be written (then the cache is left as it was); `why` then says what failed,
    // unless nothing was to be written or another process held the lock.
    bool commit(QString *why = nullptr);

private:
    enum class Opened : std::uint8_t
    {
        Ready,
        Busy,
        Broken
    };
    explicit FactCache(FactCacheSettings settings);
    Opened connect(const QString &path);
    Opened createOrCheckSchema();
    bool exec(const char *sql);
    detail::Statement prepare(const char *sql);
    std::optional<QByteArray> queryValue(const char *sql);
    bool writeAll(qint64 clock);
    bool evict();
    void failed(int code, const char *what);
    [[nodiscard]] QString failure() const; // "PATH: SQLite's words for m_lastError"

    FactCacheSettings m_settings;
    QString m_path;
    std::unique_ptr<sqlite3, detail::SqliteCloser> m_db;
    detail::Statement m_find;
    std::mutex m_lock;
    bool m_usable = true;   // false after an error: the rest of the run goes without
    bool m_corrupt = false; // the file turned out damaged: deleted when closed
    int m_lastError = 0;    // SQLite's code of the last failure, 0 without one
    std::vector<qint64> m_used;
    std::vector<std::pair<QByteArray, QByteArray>> m_pending;
};

} // namespace headroom
