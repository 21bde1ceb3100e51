#include "outputfile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <utility>

#include <unistd.h>

namespace headroom {

namespace {

// Writes all of `data`. A full disk shows first as a short write, which Qt reports without
// a reason ("Unknown error"); writing the rest then fails with the system's words. So a
// write or a flush that falls short is tried once more before giving up.
bool writeAll(QFileDevice &file, const QByteArray &data, QString *error)
{
    qint64 done = 0;
    while (done < data.size()) {
        const qint64 written = file.write(data.constData() + done, data.size() - done);
        if (written <= 0) {
            *error = file.errorString();
            return false;
        }
        done += written;
    }
    if (!file.flush() && !file.flush()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool writeStandardOutput(const QByteArray &data, QString *error)
{
    // What stdio holds comes first; then the data go straight to the descriptor, so that a
    // failure is seen here, with its reason, and not in a buffer flushed at exit.
    errno = 0;
    if (std::fflush(stdout) != 0) {
        *error = qt_error_string(errno != 0 ? errno : EIO);
        std::clearerr(stdout);
        return false;
    }
    QFile out;
    if (!out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered,
                  QFileDevice::DontCloseHandle)) {
        *error = out.errorString();
        return false;
    }
    return writeAll(out, data, error);
}

// A device, FIFO or socket: written to where it is. A QSaveFile would write a new regular
// file beside it and rename it over it (as root, /dev/null would become a file).
bool writeInPlace(const QString &path, const QByteArray &data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = file.errorString();
        return false;
    }
    return writeAll(file, data, error);
}

// The first failure of printStandardOutput() not reported yet. A stdio stream forgets why a
// write failed (QTextStream flushes it and drops the reason), so printing goes to the
// descriptor and keeps the reason here.
QString &unreportedPrintError()
{
    static QString error;
    return error;
}

} // namespace

void printStandardOutput(const QByteArray &data)
{
    QString error;
    if (!writeStandardOutput(data, &error) && unreportedPrintError().isEmpty())
        unreportedPrintError() = error;
}

bool flushStandardOutput(QString *error)
{
    errno = 0;
    const bool flushed = std::fflush(stdout) == 0 && !std::ferror(stdout);
    const int reason = errno != 0 ? errno : EIO;
    std::clearerr(stdout);
    if (!unreportedPrintError().isEmpty()) {
        *error = std::exchange(unreportedPrintError(), QString());
        return false;
    }
    if (!flushed)
        *error = qt_error_string(reason);
    return flushed;
}

bool writeOutput(const QString &path, const QByteArray &data, QString *error)
{
    if (path.isEmpty() || path == QLatin1String("-"))
        return writeStandardOutput(data, error);
    const QFileInfo info(path); // links followed: a link to a device writes to the device
    if (info.isDir()) {
        *error = qt_error_string(EISDIR);
        return false;
    }
    if (info.exists() && !info.isFile())
        return writeInPlace(path, data, error);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    // Qt 6.4 commits a QSaveFile whose flush failed: never commit after a failed write.
    if (!writeAll(file, data, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace headroom
