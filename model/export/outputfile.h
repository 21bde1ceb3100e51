#pragma once

#include <QByteArray>
#include <QString>

namespace headroom {

// Writes `data` to `path`, or to standard output for "" and "-". A regular file (or a new
// one) is replaced atomically (QSaveFile): a failed write leaves the old one as it was. A
// device, pipe or socket is written to as it is, never replaced; a folder is refused. On
// failure `error` holds the system's words ("No space left on device").
[[nodiscard]] bool writeOutput(const QString &path, const QByteArray &data, QString *error);

// Prints `data` on standard output after what stdio holds. A failure is kept for
// flushStandardOutput(), which a command calls once at its end, to report.
void printStandardOutput(const QByteArray &data);

// Flushes what was printed to standard output; false with the reason when something printed
// could not be written (a full disk, a closed pipe). For the main thread.
[[nodiscard]] bool flushStandardOutput(QString *error);

} // namespace headroom
