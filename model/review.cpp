#include "review.h"

namespace headroom {

Review buildReview(const Analysis &analysis, const ReviewOptions &options)
{
    return buildReview(analysis, analysis.graph, options);
}

Review buildReview(const Analysis &analysis, const ImportGraph &moduleGraph, const ReviewOptions &options)
{
    Review review;
    review.options = options;
    review.graph = projectToDepth(moduleGraph, options.packageDepth, options.includeExternal);
    review.metrics = computeMetrics(analysis, review.graph, options.settings.metrics);
    review.packages = packageCoupling(moduleGraph, options.settings.metrics.cycles.kinds);
    review.contractConfig = readImportLinterConfig(analysis.scan.folder);
    review.contracts = checkContracts(review.contractConfig, moduleGraph);
    return review;
}

} // namespace headroom
