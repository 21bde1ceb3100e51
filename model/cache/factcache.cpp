#include "factcache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>

#include <sqlite3.h>
#include <xxhash.h>

#include <bit>
#include <cstring>

Q_LOGGING_CATEGORY(lcCache, "headroom.cache", QtWarningMsg)

namespace headroom {

namespace detail {
void SqliteCloser::operator()(sqlite3 *db) const
{
    sqlite3_close_v2(db);
}
void StatementFinalizer::operator()(sqlite3_stmt *statement) const
{
    sqlite3_finalize(statement);
}
} // namespace detail

namespace {

// The tables' layout; a file with another one is made again.
constexpr const char *kSchema = "1";
// How long a writer waits for another process's transaction before it gives up.
constexpr int kBusyMillis = 1000;

constexpr const char *kCreate =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE facts(id INTEGER PRIMARY KEY, key BLOB NOT NULL UNIQUE,"
    " last_used INTEGER NOT NULL, size INTEGER NOT NULL, checksum INTEGER NOT NULL,"
    " value BLOB NOT NULL);"
    "CREATE INDEX facts_lru ON facts(last_used, id);"
    "INSERT INTO meta VALUES('clock', '0');";

bool isBusy(int code)
{
    const int primary = code & 0xFF;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

bool isDamage(int code)
{
    const int primary = code & 0xFF;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

qint64 checksumOf(const void *data, std::size_t size)
{
    return std::bit_cast<qint64>(quint64(XXH3_64bits(data, size)));
}

// The database and the files SQLite keeps beside it; false when it is still there (or is a
// folder, which is not ours to remove).
bool removeDatabase(const QString &path)
{
    if (QFileInfo(path).isDir())
        return false;
    for (const char *suffix : {"-wal", "-shm", ""}) {
        const QString file = path + QLatin1String(suffix);
        if (QFileInfo::exists(file) && !QFile::remove(file))
            return false;
    }
    return true;
}

} // namespace

FactCache::FactCache(FactCacheSettings settings) : m_settings(std::move(settings)) {}

FactCache::~FactCache()
{
    m_find.reset();
    m_db.reset();
    if (m_corrupt && !removeDatabase(m_path))
        qCInfo(lcCache) << "could not remove the damaged cache" << m_path;
}

std::unique_ptr<FactCache> FactCache::open(const FactCacheSettings &settings, QString *why)
{
    const auto fail = [&](const QString &reason) {
        if (why)
            *why = reason;
        if (!reason.isEmpty())
            qCInfo(lcCache) << reason;
        qCInfo(lcCache) << "going without a cache";
        return nullptr;
    };
    if (settings.dir.isEmpty())
        return fail(QStringLiteral("no cache folder ($XDG_CACHE_HOME and $HOME are not set)"));
    if (!QDir().mkpath(settings.dir))
        return fail(QStringLiteral("cannot make the folder %1").arg(settings.dir));
    const QString path = QDir(settings.dir).filePath(QLatin1String(kFileName));
    // A file that is no database of ours is removed and made again, once.
    QString reason;
    for (int attempt = 0; attempt < 2; ++attempt) {
        std::unique_ptr<FactCache> cache(new FactCache(settings));
        const Opened opened = cache->connect(path);
        if (opened == Opened::Ready)
            return cache;
        reason = opened == Opened::Busy ? QString() : cache->failure();
        cache.reset();
        if (opened == Opened::Busy || attempt > 0)
            break;
        if (!removeDatabase(path)) {
            reason = QFileInfo(path).isDir()
                         ? QStringLiteral("%1: a folder where the database should be").arg(path)
                         : QStringLiteral("%1: cannot remove the damaged database").arg(path);
            break;
        }
        qCInfo(lcCache) << "made the cache again at" << path;
    }
    return fail(reason);
}

FactCache::Opened FactCache::connect(const QString &path)
{
    m_path = path;
    sqlite3 *db = nullptr;
    const int code =
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    m_db.reset(db); // a handle is given even when opening fails
    if (code != SQLITE_OK) {
        failed(code, "open");
        return Opened::Broken;
    }
    sqlite3_busy_timeout(db, kBusyMillis);
    // WAL: readers go on while another process writes. NORMAL synchronous loses at most the
    // last transactions on a power cut, never the file's consistency.
    if (!exec("PRAGMA journal_mode=WAL") || !exec("PRAGMA synchronous=NORMAL"))
        return isBusy(sqlite3_errcode(db)) ? Opened::Busy : Opened::Broken;
    const Opened schema = createOrCheckSchema();
    if (schema != Opened::Ready)
        return schema;
    m_find = prepare("SELECT id, checksum, value FROM facts WHERE key = ?");
    return m_find ? Opened::Ready : Opened::Broken;
}

FactCache::Opened FactCache::createOrCheckSchema()
{
    sqlite3 *db = m_db.get();
    if (!exec("BEGIN IMMEDIATE"))
        return isBusy(sqlite3_errcode(db)) ? Opened::Busy : Opened::Broken;
    auto fail = [&] {
        const Opened why = isBusy(sqlite3_errcode(db)) ? Opened::Busy : Opened::Broken;
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return why;
    };
    const std::optional<QByteArray> tables = queryValue("SELECT count(*) FROM sqlite_master");
    if (!tables)
        return fail();
    const QByteArray version = m_settings.version.toUtf8();
    if (*tables == "0") {
        if (!exec(kCreate))
            return fail();
        const QByteArray insert =
            "INSERT INTO meta VALUES('schema', '" + QByteArray(kSchema) + "'), ('version', ?)";
        detail::Statement statement = prepare(insert.constData());
        if (!statement ||
            sqlite3_bind_text(statement.get(), 1, version.constData(), int(version.size()),
                              SQLITE_STATIC) != SQLITE_OK ||
            sqlite3_step(statement.get()) != SQLITE_DONE)
            return fail();
    } else {
        // Another program's database, or an older layout of ours: not to be read.
        if (queryValue("SELECT value FROM meta WHERE key = 'schema'").value_or(QByteArray()) !=
            kSchema)
            return fail() == Opened::Busy ? Opened::Busy : Opened::Broken;
        const std::optional<QByteArray> stored =
            queryValue("SELECT value FROM meta WHERE key = 'version'");
        if (!stored)
            return fail();
        if (*stored != version) {
            detail::Statement update = prepare("UPDATE meta SET value = ? WHERE key = 'version'");
            if (!exec("DELETE FROM facts") || !update ||
                sqlite3_bind_text(update.get(), 1, version.constData(), int(version.size()),
                                  SQLITE_STATIC) != SQLITE_OK ||
                sqlite3_step(update.get()) != SQLITE_DONE)
                return fail();
        }
    }
    if (!exec("COMMIT"))
        return fail();
    return Opened::Ready;
}

bool FactCache::exec(const char *sql)
{
    const int code = sqlite3_exec(m_db.get(), sql, nullptr, nullptr, nullptr);
    if (code != SQLITE_OK)
        failed(code, sql);
    return code == SQLITE_OK;
}

detail::Statement FactCache::prepare(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    const int code = sqlite3_prepare_v2(m_db.get(), sql, -1, &statement, nullptr);
    detail::Statement owned(statement);
    if (code != SQLITE_OK) {
        failed(code, sql);
        return nullptr;
    }
    return owned;
}

std::optional<QByteArray> FactCache::queryValue(const char *sql)
{
    detail::Statement statement = prepare(sql);
    if (!statement)
        return std::nullopt;
    const int code = sqlite3_step(statement.get());
    if (code == SQLITE_DONE)
        return QByteArray(); // no row
    if (code != SQLITE_ROW) {
        failed(code, sql);
        return std::nullopt;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement.get(), 0));
    return QByteArray(text ? text : "");
}

void FactCache::failed(int code, const char *what)
{
    if (isDamage(code))
        m_corrupt = true;
    m_lastError = code;
    qCInfo(lcCache) << "sqlite error" << code << sqlite3_errstr(code) << "in" << what;
}

QString FactCache::failure() const
{
    const int code = m_lastError != 0 ? m_lastError : SQLITE_ERROR;
    return QStringLiteral("%1: %2").arg(m_path, QString::fromUtf8(sqlite3_errstr(code)));
}

QString FactCache::defaultDir()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return base.isEmpty() ? QString() : base + QLatin1String("/headroom");
}

qint64 FactCache::maxBytesFromEnvironment()
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,15})\\s*([kmg]?)i?b?\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match =
        pattern.match(qEnvironmentVariable("HEADROOM_CACHE_MAX_BYTES"));
    if (!match.hasMatch())
        return kDefaultCacheMaxBytes;
    const QString unit = match.captured(2).toLower();
    const int shift = unit == QLatin1String("k")   ? 10
                      : unit == QLatin1String("m") ? 20
                      : unit == QLatin1String("g") ? 30
                                                   : 0;
    return match.captured(1).toLongLong() << shift;
}

QByteArray FactCache::contentKey(QByteArrayView bytes)
{
    return derivedKey('x', bytes);
}

QByteArray FactCache::derivedKey(char kind, QByteArrayView material)
{
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical,
                             XXH3_128bits(material.data(), std::size_t(material.size())));
    QByteArray key(1, kind);
    key.append(reinterpret_cast<const char *>(canonical.digest), sizeof canonical.digest);
    return key;
}

QByteArray FactCache::blobKey(QByteArrayView hexId)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{40}([0-9a-f]{24})?$"));
    const QString text = QString::fromLatin1(hexId);
    if (!hex.match(text).hasMatch())
        return {};
    return QByteArray(1, 'g') + QByteArray::fromHex(hexId.toByteArray());
}

std::optional<QByteArray> FactCache::find(const QByteArray &key)
{
    std::lock_guard lock(m_lock);
    if (!m_usable || key.isEmpty())
        return std::nullopt;
    sqlite3_stmt *statement = m_find.get();
    sqlite3_reset(statement);
    if (sqlite3_bind_blob(statement, 1, key.constData(), int(key.size()), SQLITE_STATIC) !=
        SQLITE_OK)
        return std::nullopt;
    const int code = sqlite3_step(statement);
    std::optional<QByteArray> value;
    if (code == SQLITE_ROW) {
        const void *data = sqlite3_column_blob(statement, 2);
        const int size = sqlite3_column_bytes(statement, 2);
        if (data && size > 0 &&
            checksumOf(data, std::size_t(size)) == sqlite3_column_int64(statement, 1)) {
            value = QByteArray(static_cast<const char *>(data), size);
            m_used.push_back(sqlite3_column_int64(statement, 0));
        }
    } else if (code != SQLITE_DONE) {
        failed(code, "find");
        m_usable = false;
    }
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return value;
}

void FactCache::put(QByteArray key, QByteArray value)
{
    if (key.isEmpty())
        return;
    std::lock_guard lock(m_lock);
    if (m_usable)
        m_pending.emplace_back(std::move(key), std::move(value));
}

bool FactCache::commit(QString *why)
{
    std::lock_guard lock(m_lock);
    if (!m_usable || (m_pending.empty() && m_used.empty()))
        return false;
    m_lastError = 0;
    // A second at most (the busy timeout), then this run's entries are dropped: the next
    // run writes them.
    bool written = exec("BEGIN IMMEDIATE");
    if (written) {
        const std::optional<QByteArray> clock =
            queryValue("SELECT value FROM meta WHERE key = 'clock'");
        written = clock && writeAll(clock->toLongLong() + 1) && exec("COMMIT");
        if (!written)
            sqlite3_exec(m_db.get(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
    m_pending.clear();
    m_used.clear();
    if (!written) {
        m_usable = false;
        if (why && !isBusy(m_lastError))
            *why = failure();
    }
    return written;
}

bool FactCache::writeAll(qint64 clock)
{
    detail::Statement setClock = prepare("UPDATE meta SET value = ? WHERE key = 'clock'");
    detail::Statement touch = prepare("UPDATE facts SET last_used = ? WHERE id = ?");
    detail::Statement insert = prepare(
        "INSERT INTO facts(key, last_used, size, checksum, value) VALUES(?, ?, ?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET last_used = excluded.last_used, size = excluded.size, "
        "checksum = excluded.checksum, value = excluded.value");
    if (!setClock || !touch || !insert)
        return false;
    const QByteArray clockText = QByteArray::number(clock);
    if (sqlite3_bind_text(setClock.get(), 1, clockText.constData(), int(clockText.size()),
                          SQLITE_STATIC) != SQLITE_OK ||
        sqlite3_step(setClock.get()) != SQLITE_DONE)
        return false;
    auto done = [this](sqlite3_stmt *statement, const char *what) {
        const int code = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (code != SQLITE_DONE)
            failed(code, what);
        return code == SQLITE_DONE;
    };
    for (const qint64 id : m_used) {
        if (sqlite3_bind_int64(touch.get(), 1, clock) != SQLITE_OK ||
            sqlite3_bind_int64(touch.get(), 2, id) != SQLITE_OK || !done(touch.get(), "touch"))
            return false;
    }
    for (const auto &[key, value] : m_pending) {
        sqlite3_stmt *s = insert.get();
        if (sqlite3_bind_blob(s, 1, key.constData(), int(key.size()), SQLITE_STATIC) != SQLITE_OK ||
            sqlite3_bind_int64(s, 2, clock) != SQLITE_OK ||
            sqlite3_bind_int64(s, 3, key.size() + value.size()) != SQLITE_OK ||
            sqlite3_bind_int64(s, 4, checksumOf(value.constData(), std::size_t(value.size()))) !=
                SQLITE_OK ||
            sqlite3_bind_blob(s, 5, value.constData(), int(value.size()), SQLITE_STATIC) !=
                SQLITE_OK ||
            !done(s, "insert"))
            return false;
    }
    return m_pending.empty() || evict();
}

bool FactCache::evict()
{
    const std::optional<QByteArray> total = queryValue("SELECT total(size) FROM facts");
    if (!total)
        return false;
    qint64 excess = qint64(total->toDouble()) - m_settings.maxBytes;
    if (excess <= 0)
        return true;
    std::vector<qint64> victims;
    {
        detail::Statement oldest = prepare("SELECT id, size FROM facts ORDER BY last_used, id");
        if (!oldest)
            return false;
        int code = SQLITE_ROW;
        while (excess > 0 && (code = sqlite3_step(oldest.get())) == SQLITE_ROW) {
            victims.push_back(sqlite3_column_int64(oldest.get(), 0));
            excess -= sqlite3_column_int64(oldest.get(), 1);
        }
        if (code != SQLITE_ROW && code != SQLITE_DONE) {
            failed(code, "evict");
            return false;
        }
    }
    detail::Statement remove = prepare("DELETE FROM facts WHERE id = ?");
    if (!remove)
        return false;
    for (const qint64 id : victims) {
        const int bound = sqlite3_bind_int64(remove.get(), 1, id);
        const int code = bound == SQLITE_OK ? sqlite3_step(remove.get()) : bound;
        sqlite3_reset(remove.get());
        if (code != SQLITE_DONE) {
            failed(code, "evict");
            return false;
        }
    }
    return true;
}

} // namespace headroom
