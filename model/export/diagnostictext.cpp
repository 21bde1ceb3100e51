#include "diagnostictext.h"

#include <QLocale>

namespace headroom {

namespace {

// "SIZE LIMIT" in bytes, as the extractor gives them.
QString sizeText(const QString &bytes)
{
    return QLocale().formattedDataSize(bytes.toLongLong(), 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

QString DiagnosticText::python2Construct(const QString &key)
{
    if (key == QLatin1String("print"))
        return tr("a print statement");
    if (key == QLatin1String("exec"))
        return tr("an exec statement");
    if (key == QLatin1String("backtick"))
        return tr("backticks");
    if (key == QLatin1String("except-comma"))
        return tr("except with a comma");
    if (key == QLatin1String("raise-comma"))
        return tr("raise with a comma");
    if (key == QLatin1String("not-equal"))
        return tr("the <> operator");
    if (key == QLatin1String("octal"))
        return tr("an octal number without 0o");
    if (key == QLatin1String("long"))
        return tr("a long integer");
    if (key == QLatin1String("ur-string"))
        return tr("a ur string");
    return key;
}

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
    case DiagnosticCode::TooLarge: {
        const QStringList sizes = d.detail.split(QLatin1Char(' '));
        if (sizes.size() < 2)
            return tr("is too large to analyse (%1 bytes); skipped").arg(d.detail);
        return tr("is %1, over the size limit of %2 (max_file_bytes); skipped")
            .arg(sizeText(sizes[0]), sizeText(sizes[1]));
    }
    case DiagnosticCode::SyntaxError:
        return tr("has a syntax error; what could be recovered was analysed");
    case DiagnosticCode::Python2:
        return tr("looks like Python 2 (%1); what could be recovered was analysed")
            .arg(python2Construct(d.detail));
    case DiagnosticCode::ParseTimeout:
        return tr("took too long to parse; skipped");
    case DiagnosticCode::SymlinkSkipped:
        return tr("is a symbolic link to a place read already; not followed");
    case DiagnosticCode::SymlinkOutside:
        return tr("is a symbolic link that leaves the project (to %1); not followed").arg(d.detail);
    case DiagnosticCode::BrokenLink:
        if (d.detail == QLatin1String("loop"))
            return tr("is a symbolic link in a loop of links; skipped");
        return tr("is a symbolic link to nothing (%1); skipped")
            .arg(d.detail.section(QLatin1Char(' '), 1));
    case DiagnosticCode::NotAFile:
        if (d.detail == QLatin1String("folder"))
            return tr("is a folder named like a Python file, which no import can reach; skipped "
                      "with all it holds");
        if (d.detail == QLatin1String("fifo"))
            return tr("is a named pipe, not a file; skipped");
        if (d.detail == QLatin1String("socket"))
            return tr("is a socket, not a file; skipped");
        return tr("is a device, not a file; skipped");
    case DiagnosticCode::BadFileName:
        return tr("has a name that is not valid UTF-8 (%1); skipped").arg(d.detail);
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

QString FindingText::checkName(BudgetCheck check)
{
    switch (check) {
    case BudgetCheck::PackageMembers:
        return tr("package members");
    case BudgetCheck::ModuleDefinitions:
        return tr("top-level definitions");
    case BudgetCheck::ModuleImports:
        return tr("imported project modules");
    case BudgetCheck::ClassMethods:
        return tr("methods");
    case BudgetCheck::ProjectDepth:
        return tr("levels");
    }
    return {};
}

QString FindingText::checkTitle(BudgetCheck check)
{
    switch (check) {
    case BudgetCheck::PackageMembers:
        return tr("Package size");
    case BudgetCheck::ModuleDefinitions:
        return tr("Module size");
    case BudgetCheck::ModuleImports:
        return tr("Fan-out");
    case BudgetCheck::ClassMethods:
        return tr("Class size");
    case BudgetCheck::ProjectDepth:
        return tr("Depth");
    }
    return {};
}

QString DiagnosticText::excludedFiles(qsizetype count)
{
    return count > 0 ? tr(" (%n more left out by exclude)", nullptr, int(count)) : QString();
}

} // namespace headroom
