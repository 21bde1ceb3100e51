#include "review.h"

namespace headroom {

Review buildReview(const Analysis &analysis, const ReviewOptions &options)
{
    Review review;
    review.options = options;
    review.graph = projectToDepth(analysis.graph, options.packageDepth, options.includeExternal);
    review.metrics = computeMetrics(analysis, review.graph, options.settings.metrics);
    review.contractConfig = readImportLinterConfig(analysis.scan.folder);
    review.contracts = checkContracts(review.contractConfig, analysis.graph);
    return review;
}

} // namespace headroom
