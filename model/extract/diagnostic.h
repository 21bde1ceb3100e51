#pragma once

#include "enumkeys.h"

#include <QString>

#include <cstdint>

namespace headroom {

// What went wrong with one input. The model reports codes and values; the words a user
// reads are made from them in model/export/diagnostictext.cpp.
enum class DiagnosticCode : std::uint8_t
{
    Unreadable,       // the file could not be opened or read (permissions, I/O error)
    Vanished,         // the file was listed but is gone when read
    Binary,           // NUL bytes: not Python source; skipped
    InvalidUtf8,      // not valid UTF-8; parsed anyway, names may be garbled
    TooLarge,         // over the size limit; skipped (detail: "SIZE LIMIT", both in bytes)
    SyntaxError,      // tree-sitter had to recover; facts are partial (line: first error)
    Python2,          // Python 2 syntax; facts are partial (line: the first construct;
                      // detail: print, exec, backtick, except-comma, raise-comma, not-equal,
                      // octal, long, ur-string)
    ParseTimeout,     // the parser gave up on the file (pathological input)
    SymlinkSkipped,   // a link to a place read already (a repeat or a folder loop); not followed
    SymlinkOutside,   // a link that leaves the project; not followed (detail: its target)
    BrokenLink,       // a link to nothing, or a loop of links (detail: "dangling TARGET", "loop")
    NotAFile,         // a Python file name that is no regular file, or a folder so named; skipped
                      // (detail: "folder", "fifo", "socket", "device")
    BadFileName,      // a name that is not valid UTF-8; skipped (detail: its bytes, escaped)
    UnresolvedImport, // looks internal (relative, or under an internal package) but no module
    DuplicateModule,  // two files claim one module name; the first wins (detail: other file)
    ConfigError,      // pyproject.toml / setup.cfg could not be read (detail: reason)
};
inline constexpr int DiagnosticCodeCount = 16;
// Stable ids, for JSON.
constexpr std::array<EnumKey<DiagnosticCode>, DiagnosticCodeCount> keyTable(DiagnosticCode)
{
    using enum DiagnosticCode;
    return {{{Unreadable, "unreadable"},
             {Vanished, "vanished"},
             {Binary, "binary"},
             {InvalidUtf8, "invalid-utf8"},
             {TooLarge, "too-large"},
             {SyntaxError, "syntax-error"},
             {Python2, "python2"},
             {ParseTimeout, "parse-timeout"},
             {SymlinkSkipped, "symlink-skipped"},
             {SymlinkOutside, "symlink-outside"},
             {BrokenLink, "broken-link"},
             {NotAFile, "not-a-file"},
             {BadFileName, "bad-file-name"},
             {UnresolvedImport, "unresolved-import"},
             {DuplicateModule, "duplicate-module"},
             {ConfigError, "config-error"}}};
}
static_assert(keyTableIsComplete<DiagnosticCode>(DiagnosticCodeCount));

enum class Severity : std::uint8_t
{
    Info,
    Warning,
    Error
};

struct Diagnostic
{
    DiagnosticCode code = DiagnosticCode::Unreadable;
    QString file;   // path relative to the project root ("" for project-wide)
    int line = 0;   // 1-based, 0 when not about a line
    QString detail; // a value to show (module name, size, reason); never a sentence

    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

[[nodiscard]] Severity severityOf(DiagnosticCode code);

} // namespace headroom
