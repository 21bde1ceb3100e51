#pragma once

#include <QByteArray>
#include <QString>

namespace headroom {

// Writes `data` to `path` atomically (QSaveFile), or to standard output for "" and "-".
[[nodiscard]] bool writeOutput(const QString &path, const QByteArray &data, QString *error);

} // namespace headroom
