#include "review.h"

#include <algorithm>

namespace headroom {

std::vector<Diagnostic> reviewDiagnostics(const Analysis &analysis, const Review &review)
{
    std::vector<Diagnostic> all = analysis.diagnostics;
    for (const auto *more :
         {&review.options.settings.diagnostics, &review.contractConfig.diagnostics}) {
        for (const Diagnostic &d : *more) {
            if (std::find(all.begin(), all.end(), d) == all.end())
                all.push_back(d);
        }
    }
    return all;
}

Review buildReview(const Analysis &analysis, const ImportGraph &moduleGraph,
                   const ReviewOptions &options, const ImportLinterConfig &contracts,
                   const CallGraph *calls, const FileMeasures *measured)
{
    Review review;
    review.options = options;
    review.graph = projectToDepth(moduleGraph, options.packageDepth, options.includeExternal);
    review.metrics =
        computeMetrics(analysis, review.graph, options.settings.metrics, calls, measured);
    review.packages = packageCoupling(moduleGraph, options.settings.metrics.cycles.kinds);
    if (options.packageDepth == 0 && options.packageRollups)
        review.packageRollups =
            rollUpPackages(review.graph, review.metrics, options.settings.metrics);
    review.contractConfig = contracts;
    review.contracts = checkContracts(review.contractConfig, moduleGraph);
    return review;
}

} // namespace headroom
