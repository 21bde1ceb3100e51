#include "memoryestimate.h"

#include <QFile>

#include <algorithm>

namespace headroom {

namespace {

// Measured with /usr/bin/time on `headroom analyze` (maximum resident set), 2 December 2026:
// the process itself takes 33 MB; the standard library (31.5 MB in 1,791 files) takes 152 MB
// with the call graph (186 MB the first time with the cache, whose entries wait for their
// transaction) and 75 MB at package level; Django (5.0 MB in 859 files) 55 MB (60 MB with a
// cold cache) and 43 MB; 3,000 and 10,000 generated Django-shaped modules (18 and 61.7 MB)
// 108 MB (126 MB cold) and 272 MB with the call graph. The factors give every one of these
// with room to spare (Django's cold cache and package level are the closest, 5% and 1%).
constexpr qint64 kProcessBytes = 30LL << 20;
constexpr qint64 kPerFileBytes = 4LL << 10;
constexpr qint64 kPerSourceByteWithCalls = 6;
constexpr qint64 kPerSourceByteImports = 2;

// A number of bytes from a /proc or /sys file: its first field, or the value after `key`.
qint64 readBytes(const QString &path, const QByteArray &key = {})
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = file.read(1 << 16);
    if (key.isEmpty()) {
        bool ok = false;
        const qint64 value = text.trimmed().toLongLong(&ok); // "max" reads as no limit
        return ok ? value : 0;
    }
    for (const QByteArray &line : text.split('\n')) {
        if (!line.startsWith(key))
            continue;
        const QList<QByteArray> fields = line.mid(key.size()).simplified().split(' ');
        bool ok = false;
        const qint64 kilobytes = fields.value(0).toLongLong(&ok);
        return ok ? kilobytes * 1024 : 0;
    }
    return 0;
}

} // namespace

qint64 estimatedPeakBytes(qint64 sourceBytes, int files, bool calls)
{
    return kProcessBytes + qint64(files) * kPerFileBytes +
           sourceBytes * (calls ? kPerSourceByteWithCalls : kPerSourceByteImports);
}

qint64 availableMemoryBytes()
{
    qint64 available = readBytes(QStringLiteral("/proc/meminfo"), "MemAvailable:");
    const qint64 limit = readBytes(QStringLiteral("/sys/fs/cgroup/memory.max"));
    if (limit > 0) {
        const qint64 used = readBytes(QStringLiteral("/sys/fs/cgroup/memory.current"));
        const qint64 left = std::max<qint64>(0, limit - used);
        available = available > 0 ? std::min(available, left) : left;
    }
    return available;
}

} // namespace headroom
