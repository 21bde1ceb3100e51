#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <string_view>
#include <vector>

namespace headroom {

namespace detail {
struct TomlDocument;
}

// A project's pyproject.toml read and parsed once per analysis; the scanner, the settings
// and the import-linter reader all take their part from this one parse. Null: no file.
using PyProjectDocument = std::shared_ptr<const detail::TomlDocument>;

// Reads and parses `folder/pyproject.toml`; null when there is none. A file that cannot be
// read, or is too large to be a configuration, gives a document that failed to parse.
[[nodiscard]] PyProjectDocument loadPyProject(const QString &folder);
// The same from the file's bytes (as a revision holds them).
[[nodiscard]] PyProjectDocument parsePyProjectBytes(const QByteArray &bytes);

// The few settings of a pyproject.toml that decide how a project's modules are named.
struct PyProject
{
    QString name; // [project].name, else [tool.poetry].name
    bool hasHeadroomRoots = false;
    QStringList headroomRoots;   // [tool.headroom] roots
    QStringList setuptoolsRoots; // package-dir "" key, packages.find.where, poetry packages.from
    qint64 maxFileBytes = 0;     // [tool.headroom] max_file_bytes; 0 when not set
    int churnDays = 0;           // [tool.headroom] churn_days; 0 when not set
    QStringList exclude;         // [tool.headroom] exclude: path globs left out (PathGlobs)

    struct Error
    {
        int line = 0;   // 1-based, 0 when not about a line
        QString reason; // a value to show: the parser's message or the offending key
    };
    std::vector<Error> errors; // parse failure or settings of the wrong type
};

// Reads TOML text; never throws. Errors come back in PyProject::errors.
[[nodiscard]] PyProject parsePyProject(std::string_view text);
// The same from a parsed file; a null document gives an empty PyProject without errors.
[[nodiscard]] PyProject parsePyProject(const PyProjectDocument &document);

} // namespace headroom
