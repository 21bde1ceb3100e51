#pragma once

#include "callgraph.h"

#include <QByteArray>

namespace headroom {

class JsonWriter;

// The call graph in the shapes of the module export (toJson / toDot): at function level
// every node and edge; at class level the projection of projectToClasses(). Formats are
// documented in the README. writeCallGraphJson() writes the JSON into `json`, which may hand
// it on piece by piece.
void writeCallGraphJson(JsonWriter &json, const Analysis &analysis, const CallGraph &graph,
                        bool classLevel);
[[nodiscard]] QByteArray callGraphJson(const Analysis &analysis, const CallGraph &graph,
                                       bool classLevel);
[[nodiscard]] QByteArray callGraphDot(const Analysis &analysis, const CallGraph &graph,
                                      bool classLevel);

} // namespace headroom
