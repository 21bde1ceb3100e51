#pragma once

#include "diagnostic.h"
#include "metrics.h"
#include "pyproject.h"

#include <string_view>
#include <vector>

namespace headroom {

// What `headroom check` fails on. -1 = the rule is off.
struct CheckRules
{
    int maxCycles = 0;     // import cycles allowed
    int maxDepth = 0;      // levels allowed; 0: the budget's depth
    int maxFindings = -1;  // head budget findings allowed
    bool contracts = true; // a broken or invalid import-linter contract fails
};

// Settings from `[tool.headroom]` in pyproject.toml, documented in the README.
struct HeadroomSettings
{
    MetricsOptions metrics; // budget (with per-check overrides) and the cycle import kinds
    CheckRules check;
    std::vector<Diagnostic> diagnostics; // unreadable or mistyped settings
};

[[nodiscard]] HeadroomSettings parseHeadroomSettings(std::string_view pyprojectText);
// From the analysis's parsed pyproject.toml (ScanResult::pyproject); null: the defaults.
[[nodiscard]] HeadroomSettings headroomSettings(const PyProjectDocument &pyproject);

// "runtime,function-local" -> a kind set; false on an unknown name.
[[nodiscard]] bool parseImportKinds(const QStringList &names, ImportKindSet *kinds);

} // namespace headroom
