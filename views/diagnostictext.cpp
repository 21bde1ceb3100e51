#include "diagnostictext.h"

namespace headroom {

QString DiagnosticText::message(const Diagnostic &d)
{
    switch (d.code) {
    case DiagnosticCode::Unreadable:
        return d.detail.isEmpty() ? tr("cannot be read; skipped")
                                  : tr("cannot be read (%1); skipped").arg(d.detail);
    case DiagnosticCode::Vanished:
        return tr("disappeared before it could be read; skipped");
    case DiagnosticCode::Binary:
        return tr("holds NUL bytes, so it is not Python source; skipped");
    case DiagnosticCode::InvalidUtf8:
        return tr("is not valid UTF-8; analysed anyway, some names may be garbled");
    case DiagnosticCode::TooLarge:
        return tr("is too large to analyse (%1 bytes); skipped").arg(d.detail);
    case DiagnosticCode::SyntaxError:
        return tr("has a syntax error; what could be recovered was analysed");
    case DiagnosticCode::ParseTimeout:
        return tr("took too long to parse; skipped");
    case DiagnosticCode::SymlinkSkipped:
        return tr("is a symbolic link that leaves the project or loops; not followed");
    case DiagnosticCode::UnresolvedImport:
        return tr("imports %1, which is not a module of this project").arg(d.detail);
    case DiagnosticCode::DuplicateModule:
        return tr("names the same module as %1; that file is ignored").arg(d.detail);
    case DiagnosticCode::ConfigError:
        return tr("could not be read as configuration (%1)").arg(d.detail);
    }
    return {};
}

QString DiagnosticText::line(const Diagnostic &d)
{
    QString where = d.file.isEmpty() ? tr("project") : d.file;
    if (d.line > 0)
        where += QLatin1Char(':') + QString::number(d.line);
    return where + QLatin1String(": ") + message(d);
}

} // namespace headroom
