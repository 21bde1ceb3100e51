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

std::shared_ptr<const PackageRollups> packageRollupsOf(const Review &review)
{
    if (review.options.packageDepth != 0)
        return {};
    return std::make_shared<const PackageRollups>(
        rollUpPackages(review.graph, review.metrics, review.options.settings.metrics));
}

Review buildReview(const Analysis &analysis, ImportGraph moduleGraph, const ReviewOptions &options,
                   const ImportLinterConfig &contracts, const CallGraph *calls,
                   const FileMeasures *measured, const Review *before)
{
    Review review;
    review.options = options;
    review.contractConfig = contracts;
    review.contracts = checkContracts(review.contractConfig, moduleGraph);
    if (options.settings.metrics.reachability) // Lakos' measures: reach inside each package
        review.packages = packageCoupling(moduleGraph, options.settings.metrics.cycles.kinds);
    // The module graph is not read again: a module-level review takes it as it is.
    review.graph =
        projectToDepth(std::move(moduleGraph), options.packageDepth, options.includeExternal);
    review.metrics =
        computeMetrics(analysis, review.graph, options.settings.metrics, calls, measured,
                       before ? SameNodes{&before->graph, &before->metrics} : SameNodes{});
    if (options.packageRollups)
        review.packageRollups = packageRollupsOf(review);
    return review;
}

} // namespace headroom
