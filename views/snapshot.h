#pragma once

#include "analysis.h"
#include "callgraph.h"
#include "review.h"

#include <QMetaType>

#include <memory>

namespace headroom {

// One analysed project as every panel of the window sees it: the analysis, the module
// graph with the "what if" cuts and hidden import kinds taken out (same node ids as the
// analysis's graph), and its review at module level. Immutable; any change makes a new one.
struct Snapshot
{
    AnalysisPtr analysis;
    // The review of that module graph at module level with external nodes kept: its graph
    // has the analysis's node ids, and its edge ids are what the metrics and contracts use.
    Review review;
    QList<QPair<QString, QString>> cuts; // imports cut for "what if": (importer, imported)
    ImportKindSet shownKinds = AllImportKinds; // import kinds not hidden
    // The call graph of the analysis (shared by the snapshots derived from it): the calls
    // and uses behind each import edge of analysis->graph.
    std::shared_ptr<const CallGraph> calls;

    [[nodiscard]] const ImportGraph &graph() const { return review.graph; }
};

using SnapshotPtr = std::shared_ptr<const Snapshot>;

// A place in the analysed project: a file (index into the scan) and a 1-based line.
struct SourceLocation
{
    int file = -1;
    int line = 0;
};

} // namespace headroom

Q_DECLARE_METATYPE(headroom::SourceLocation)
