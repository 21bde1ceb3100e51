#pragma once

#include "callgraph.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace headroom {

// The version of the encoding below. Bump it whenever callgraph.h's CallNode, CallEdge or
// CallGraph change (a field, its meaning, an enum's values) or the encoding does.
inline constexpr int kCallGraphFormatVersion = 2;

// A call graph as compact bytes (bytecodec.h), for the fact cache: a warm run of an unchanged
// project reads its call graph back instead of resolving every call again. Decoding checks
// every index against the nodes, the files and the import edges it must fit (`files` scanned
// files, `importEdges` edges of the analysis's import graph); anything else gives nullopt.
[[nodiscard]] QByteArray encodeCallGraph(const CallGraph &graph);
[[nodiscard]] std::optional<CallGraph> decodeCallGraph(QByteArrayView bytes, int files,
                                                       int importEdges);

} // namespace headroom
