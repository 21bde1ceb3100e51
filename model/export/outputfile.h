#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

class QFileDevice;

namespace headroom {

// Writes `data` to `path`, or to standard output for "" and "-". A regular file (or a new
// one) is replaced atomically (QSaveFile): a failed write leaves the old one as it was. A
// device, pipe or socket is written to as it is, never replaced; a folder is refused. On
// failure `error` holds the system's words ("No space left on device").
[[nodiscard]] bool writeOutput(const QString &path, const QByteArray &data, QString *error);

// The same output written piece by piece, for documents too large to hold whole (the call
// graph of a large project is more text than its source): open(), write() each piece, then
// finish(), which commits a regular file; until then the old file stays as it was, and after
// a failed write it is never replaced.
class OutputFile
{
public:
    explicit OutputFile(QString path); // "" or "-": standard output
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    [[nodiscard]] bool open(QString *error);
    // False once a write failed; finish() then says why.
    bool write(QByteArrayView data);
    [[nodiscard]] bool finish(QString *error);

private:
    QString m_path;
    std::unique_ptr<QFileDevice> m_file;
    QString m_error;
};

// Prints `data` on standard output after what stdio holds. A failure is kept for
// flushStandardOutput(), which a command calls once at its end, to report.
void printStandardOutput(const QByteArray &data);

// Flushes what was printed to standard output; false with the reason when something printed
// could not be written (a full disk, a closed pipe). For the main thread.
[[nodiscard]] bool flushStandardOutput(QString *error);

} // namespace headroom
