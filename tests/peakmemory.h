#pragma once
// The process's peak resident memory so far, for the benchmark programs.
#include <sys/resource.h>

namespace headroom::test {

inline long peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace headroom::test
