#pragma once

#include "analysis.h"
#include "contracts.h"
#include "metrics.h"
#include "packagecoupling.h"
#include "packagerollup.h"
#include "settings.h"

#include <memory>

namespace headroom {

// What a reviewer reads: the graph at the level asked, its metrics, and the import-linter
// contracts checked on the module graph. Built once and shared by the JSON, DOT, summary
// and check outputs so that they always agree.
struct ReviewOptions
{
    int packageDepth = 0;        // 0: module level; N: packages of N dotted components
    bool includeExternal = true; // external nodes in the exported graph
    // Each package measured as a unit at its depth (the window's packages table): a
    // projection and its levels per depth, which no export reads. The window leaves them
    // out of the review and works them out afterwards (packageRollupsOf()), so that its
    // pictures do not wait for them.
    bool packageRollups = true;
    HeadroomSettings settings;
};

struct Review
{
    ReviewOptions options;
    ImportGraph graph; // the graph shown: module graph or its projection
    Metrics metrics;   // of `graph`: depth, cycles and findings describe what is shown
    QHash<QString, PackageCoupling> packages; // Lakos' measures inside each package, by name
    // Each package as a unit (module level reviews only); null when not worked out.
    std::shared_ptr<const PackageRollups> packageRollups;
    ImportLinterConfig contractConfig;
    std::vector<ContractResult> contracts; // edges refer to analysis.graph
};

// The package roll-ups of a module level review (null at a package depth).
[[nodiscard]] std::shared_ptr<const PackageRollups> packageRollupsOf(const Review &review);

// Every problem met: the analysis's (files, imports, what the scan read of pyproject.toml),
// then the settings' and the import-linter configuration's, each problem once (every reader
// of a broken pyproject.toml meets the same syntax error).
[[nodiscard]] std::vector<Diagnostic> reviewDiagnostics(const Analysis &analysis,
                                                        const Review &review);

// Reviews `moduleGraph` (the analysis's graph, or one with imports cut or filtered by kind,
// see filteredGraph; contract chains then refer to its edges) at the options' level, with
// the contracts as configured. With `calls`, cohesion counts the calls it resolved;
// `measured` is measureFiles() of the analysis with them where the caller keeps it.
// `before`: a review of the same analysis and call graph with the same options and other
// imports (what a what-if cuts), whose measures of the files it reuses (SameNodes).
[[nodiscard]] Review buildReview(const Analysis &analysis, ImportGraph moduleGraph,
                                 const ReviewOptions &options, const ImportLinterConfig &contracts,
                                 const CallGraph *calls, const FileMeasures *measured = nullptr,
                                 const Review *before = nullptr);

} // namespace headroom
