#pragma once

#include <QString>
#include <QStringList>

#include <string_view>
#include <vector>

namespace headroom {

// The few settings of a pyproject.toml that decide how a project's modules are named.
struct PyProject
{
    QString name; // [project].name, else [tool.poetry].name
    bool hasHeadroomRoots = false;
    QStringList headroomRoots;   // [tool.headroom] roots
    QStringList setuptoolsRoots; // package-dir "" key, packages.find.where, poetry packages.from
    qint64 maxFileBytes = 0;     // [tool.headroom] max_file_bytes; 0 when not set

    struct Error
    {
        int line = 0;   // 1-based, 0 when not about a line
        QString reason; // a value to show: the parser's message or the offending key
    };
    std::vector<Error> errors; // parse failure or settings of the wrong type
};

// Reads TOML text; never throws. Errors come back in PyProject::errors.
[[nodiscard]] PyProject parsePyProject(std::string_view text);

// Reads `folder/pyproject.toml`; a missing file gives an empty PyProject without errors.
[[nodiscard]] PyProject readPyProject(const QString &folder);

} // namespace headroom
