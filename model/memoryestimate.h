#pragma once

#include <QtGlobal>

namespace headroom {

// What an analysis will need, said before it starts: from the scan's file count and bytes,
// with factors measured on the standard library and Django (README, "Benchmark").
struct MemoryEstimate
{
    int files = 0;
    qint64 sourceBytes = 0;
    qint64 neededBytes = 0;  // the analysis as asked
    qint64 packageBytes = 0; // the package level: no call graph, no facts kept for it
    qint64 limitBytes = 0;   // what it was measured against
};

// The peak memory of a whole analysis of `sourceBytes` in `files` files: with the call graph
// (`calls`), or the import graph alone.
[[nodiscard]] qint64 estimatedPeakBytes(qint64 sourceBytes, int files, bool calls);

// The memory this process can still take: the system's available memory, or what is left
// under the control group's limit when that is smaller; 0 when neither can be read.
[[nodiscard]] qint64 availableMemoryBytes();

} // namespace headroom
