#pragma once

#include "diagnostic.h"
#include "facts.h"
#include "graph.h"
#include "scanner.h"

#include <vector>

namespace headroom {

struct ResolveResult
{
    ImportGraph graph;
    std::vector<Diagnostic> diagnostics; // unresolved internal-looking imports
};

// Builds the module import graph from every file's facts (facts[i] belongs to
// scan.files[i]). Whole-project and single-threaded: it needs all names at once.
[[nodiscard]] ResolveResult resolveImports(const ScanResult &scan,
                                           const std::vector<FileFacts> &facts);

// The module a relative import names: `level` dots from `importer` (a package's
// __init__ is its own package). Empty optional-like result ("" with ok=false) when the
// dots climb above the top-level package.
struct RelativeBase
{
    QString name;
    bool ok = false;
};
[[nodiscard]] RelativeBase relativeBase(const QString &importer, bool importerIsPackage, int level);

} // namespace headroom
