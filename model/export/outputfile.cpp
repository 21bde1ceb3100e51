#include "outputfile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <memory>
#include <utility>

#include <unistd.h>

namespace headroom {

namespace {

// Writes all of `data`. A full disk shows first as a short write, which Qt reports without
// a reason ("Unknown error"); writing the rest then fails with the system's words. So a
// write or a flush that falls short is tried once more before giving up.
bool writeAll(QFileDevice &file, QByteArrayView data, QString *error)
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

// Opens standard output for writing to its descriptor. What stdio holds comes first; then
// the data go straight to the descriptor, so that a failure is seen where it happens, with its
// reason, and not in a buffer flushed at exit.
bool openStandardOutput(QFile &out, QString *error)
{
    errno = 0;
    if (std::fflush(stdout) != 0) {
        *error = qt_error_string(errno != 0 ? errno : EIO);
        std::clearerr(stdout);
        return false;
    }
    if (!out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered,
                  QFileDevice::DontCloseHandle)) {
        *error = out.errorString();
        return false;
    }
    return true;
}

bool writeStandardOutput(const QByteArray &data, QString *error)
{
    QFile out;
    return openStandardOutput(out, error) && writeAll(out, data, error);
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

OutputFile::OutputFile(QString path) : m_path(std::move(path)) {}

OutputFile::~OutputFile() = default;

bool OutputFile::open(QString *error)
{
    if (m_path.isEmpty() || m_path == QLatin1String("-")) {
        auto out = std::make_unique<QFile>();
        if (!openStandardOutput(*out, error))
            return false;
        m_file = std::move(out);
        return true;
    }
    const QFileInfo info(m_path); // links followed: a link to a device writes to the device
    if (info.isDir()) {
        *error = qt_error_string(EISDIR);
        return false;
    }
    // A device, FIFO or socket is written to where it is. A QSaveFile would write a new
    // regular file beside it and rename it over it (as root, /dev/null would become a file).
    if (info.exists() && !info.isFile()) {
        auto file = std::make_unique<QFile>(m_path);
        if (!file->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            *error = file->errorString();
            return false;
        }
        m_file = std::move(file);
        return true;
    }
    auto file = std::make_unique<QSaveFile>(m_path);
    if (!file->open(QIODevice::WriteOnly)) {
        *error = file->errorString();
        return false;
    }
    m_file = std::move(file);
    return true;
}

bool OutputFile::write(QByteArrayView data)
{
    if (!m_file || !m_error.isEmpty())
        return false;
    return writeAll(*m_file, data, &m_error);
}

bool OutputFile::finish(QString *error)
{
    auto *save = qobject_cast<QSaveFile *>(m_file.get());
    if (!m_error.isEmpty() || !m_file) {
        // Qt 6.4 commits a QSaveFile whose flush failed: never commit after a failed write.
        if (save)
            save->cancelWriting();
        *error = m_error.isEmpty() ? qt_error_string(EBADF) : m_error;
        return false;
    }
    if (save && !save->commit()) {
        *error = save->errorString();
        return false;
    }
    m_file.reset();
    return true;
}

bool writeOutput(const QString &path, const QByteArray &data, QString *error)
{
    OutputFile file(path);
    if (!file.open(error))
        return false;
    file.write(data); // a failure is finish()'s to report
    return file.finish(error);
}

} // namespace headroom
