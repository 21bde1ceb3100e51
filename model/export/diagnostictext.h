#pragma once

#include "diagnostic.h"
#include "metrics.h"

#include <QCoreApplication>
#include <QString>

namespace headroom {

// The words a user reads for a diagnostic; the model only gives a code and a value.
class DiagnosticText
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticText)

public:
    [[nodiscard]] static QString message(const Diagnostic &diagnostic);
    // "file:line: message" (or "file: message"), as compilers print it.
    [[nodiscard]] static QString line(const Diagnostic &diagnostic);
    // The Python 2 construct a Python2 diagnostic names ("print" -> "a print statement").
    [[nodiscard]] static QString python2Construct(const QString &key);
    // " (339 more left out by exclude)" after a file count; empty for none left out.
    [[nodiscard]] static QString excludedFiles(qsizetype count);
};

// The words for what the review found.
class FindingText
{
    Q_DECLARE_TR_FUNCTIONS(FindingText)

public:
    // What a head budget check counts ("methods", "levels").
    [[nodiscard]] static QString checkName(BudgetCheck check);
    // The kind of finding a check makes, as a title ("Fan-out", "Class size").
    [[nodiscard]] static QString checkTitle(BudgetCheck check);
};

} // namespace headroom
