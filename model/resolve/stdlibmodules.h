#pragma once

#include <QSet>
#include <QString>

namespace headroom {

// Top-level names of the Python standard library (3.8 to 3.13), from the list shipped in
// resources/stdlib-modules.txt.
[[nodiscard]] const QSet<QString> &stdlibModules();
[[nodiscard]] bool isStdlibModule(const QString &topLevelName);

} // namespace headroom
