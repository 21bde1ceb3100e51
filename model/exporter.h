#pragma once

#include "analysis.h"

#include <QByteArray>

namespace headroom {

struct GraphExportOptions
{
    int packageDepth = 0;        // 0: module level; N: packages merged to N dotted components
    bool includeExternal = true; // stdlib / third-party nodes and the edges to them
    QString title;               // DOT only: a label drawn above the graph (words from the caller)
};

// The graph an export shows: the module graph, or its projection to packages.
[[nodiscard]] ImportGraph exportedGraph(const Analysis &analysis, const GraphExportOptions &options);

// Machine-readable forms of an analysis; formats documented in the README.
[[nodiscard]] QByteArray toJson(const Analysis &analysis, const GraphExportOptions &options);
[[nodiscard]] QByteArray toDot(const Analysis &analysis, const GraphExportOptions &options);

[[nodiscard]] const char *nodeKindKey(NodeKind kind);
[[nodiscard]] const char *originKey(Origin origin);
[[nodiscard]] const char *importKindKey(ImportKind kind);

} // namespace headroom
