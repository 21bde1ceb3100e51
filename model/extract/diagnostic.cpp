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

} // namespace headroom
