#pragma once

#include "analysis.h"
#include "callgraph.h"

#include <QByteArray>

#include <vector>

namespace headroom {

// The key of a project's call graph in the fact cache: what the call graph is made from,
// hashed (every scanned file's path, module name and content key, the import graph, the call
// resolver's sources). `contentKeys` holds each file's key as extractAll() found it; a file
// without one (unread, too large, not parsed) stands for its facts, encoded. Empty when the
// sizes disagree.
[[nodiscard]] QByteArray callGraphKey(const Analysis &analysis,
                                      const std::vector<QByteArray> &contentKeys);

// The call graph of an analysis: read from the fact cache when the analysis has a key for it
// (Analysis::callGraphKey) and the entry decodes, else built and put there. `fromCache` tells
// which. A cache that cannot be opened or written changes nothing but the time taken.
[[nodiscard]] CallGraph cachedCallGraph(const Analysis &analysis, bool *fromCache = nullptr);

} // namespace headroom
