#pragma once

#include "analysis.h"
#include "callgraph.h"
#include "review.h"

#include <QCoreApplication>
#include <QString>

namespace headroom {

// The plain-text review a person reads first: depth and the longest chain, cycles with
// their chains and breaking sets, the least cohesive classes and modules, budget findings,
// contracts, and input problems.
class Summary
{
    Q_DECLARE_TR_FUNCTIONS(Summary)

public:
    // With `calls` (the review's call graph), each class's parts count the calls it resolved
    // as LCOM4 did.
    [[nodiscard]] static QString text(const Analysis &analysis, const Review &review,
                                      const CallGraph *calls = nullptr);

    // One line per item, shared with `headroom check`.
    [[nodiscard]] static QString cycleLine(const Analysis &analysis, const Review &review,
                                           int cycle);
    [[nodiscard]] static QString findingLine(const Review &review, const Finding &finding);
    [[nodiscard]] static QString contractLine(const ContractResult &result);
    [[nodiscard]] static QString violationLine(const Analysis &analysis,
                                               const ContractViolation &v);

    // The configuration that could not be read as written, so that defaults stand in for it:
    // pyproject.toml's settings, and the import-linter configuration when `contracts`.
    [[nodiscard]] static std::vector<Diagnostic>
    configProblems(const Analysis &analysis, const Review &review, bool contracts);
};

} // namespace headroom
