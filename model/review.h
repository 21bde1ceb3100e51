#pragma once

#include "analysis.h"
#include "contracts.h"
#include "metrics.h"
#include "settings.h"

namespace headroom {

// What a reviewer reads: the graph at the level asked, its metrics, and the import-linter
// contracts checked on the module graph. Built once and shared by the JSON, DOT, summary
// and check outputs so that they always agree.
struct ReviewOptions
{
    int packageDepth = 0;        // 0: module level; N: packages of N dotted components
    bool includeExternal = true; // external nodes in the exported graph
    HeadroomSettings settings;
};

struct Review
{
    ReviewOptions options;
    ImportGraph graph;   // the graph shown: module graph or its projection
    Metrics metrics;     // of `graph`: depth, cycles and findings describe what is shown
    ImportLinterConfig contractConfig;
    std::vector<ContractResult> contracts; // edges refer to analysis.graph
};

[[nodiscard]] Review buildReview(const Analysis &analysis, const ReviewOptions &options);

} // namespace headroom
