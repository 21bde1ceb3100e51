#include "diagnostic.h"

namespace headroom {

Severity severityOf(DiagnosticCode code)
{
    switch (code) {
    case DiagnosticCode::Unreadable:
    case DiagnosticCode::Vanished:
    case DiagnosticCode::Binary:
    case DiagnosticCode::ParseTimeout:
    case DiagnosticCode::ConfigError:
        return Severity::Error;
    case DiagnosticCode::InvalidUtf8:
    case DiagnosticCode::TooLarge:
    case DiagnosticCode::SyntaxError:
    case DiagnosticCode::Python2:
    case DiagnosticCode::SymlinkOutside:
    case DiagnosticCode::BrokenLink:
    case DiagnosticCode::NotAFile:
    case DiagnosticCode::BadFileName:
    case DiagnosticCode::UnresolvedImport:
    case DiagnosticCode::DuplicateModule:
        return Severity::Warning;
    case DiagnosticCode::SymlinkSkipped:
        return Severity::Info;
    }
    return Severity::Warning;
}

const char *diagnosticKey(DiagnosticCode code)
{
    switch (code) {
    case DiagnosticCode::Unreadable: return "unreadable";
    case DiagnosticCode::Vanished: return "vanished";
    case DiagnosticCode::Binary: return "binary";
    case DiagnosticCode::InvalidUtf8: return "invalid-utf8";
    case DiagnosticCode::TooLarge: return "too-large";
    case DiagnosticCode::SyntaxError: return "syntax-error";
    case DiagnosticCode::Python2: return "python2";
    case DiagnosticCode::ParseTimeout: return "parse-timeout";
    case DiagnosticCode::SymlinkSkipped: return "symlink-skipped";
    case DiagnosticCode::SymlinkOutside: return "symlink-outside";
    case DiagnosticCode::BrokenLink: return "broken-link";
    case DiagnosticCode::NotAFile: return "not-a-file";
    case DiagnosticCode::BadFileName: return "bad-file-name";
    case DiagnosticCode::UnresolvedImport: return "unresolved-import";
    case DiagnosticCode::DuplicateModule: return "duplicate-module";
    case DiagnosticCode::ConfigError: return "config-error";
    }
    return "unknown";
}

} // namespace headroom
