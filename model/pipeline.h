#pragma once

#include "analysis.h"
#include "callgraph.h"
#include "contracts.h"
#include "review.h"
#include "settings.h"

#include <QList>
#include <QPair>

#include <functional>
#include <memory>
#include <optional>

namespace headroom {

// Flags laid over the project's [tool.headroom]; a zero keeps the project's value.
struct SettingsOverrides
{
    int budget = 0;
    ImportKindSet cycleKinds = 0;
    // `headroom check`'s rules (CheckRules), each when given.
    std::optional<int> maxCycles;
    std::optional<int> maxDepth;
    std::optional<int> maxFindings;
    std::optional<bool> contracts;
};

struct PipelineOptions
{
    AnalysisOptions analysis; // scan, extraction, threads, cancel flag (extract.cancel)
    bool callGraph = true;    // the second stage: calls, and cohesion from resolved uses
    int packageDepth = 0;     // the review's level: 0 modules, N packages of N components
    bool includeExternal = true;
    bool packageRollups = true; // ReviewOptions::packageRollups
    bool reachability = true;   // MetricsOptions::reachability
    SettingsOverrides overrides;
};

// What the project says about itself, read once per analysis: [tool.headroom] (with the
// overrides applied) and the import-linter contracts.
struct ProjectConfig
{
    HeadroomSettings settings;
    ImportLinterConfig contracts;
};

// One analysed project as every front end sees it. Immutable; a what-if cut or another level
// makes a new one from it without reading a file again.
struct Snapshot
{
    AnalysisPtr analysis;
    std::shared_ptr<const ProjectConfig> config;
    // The review at the level asked: its graph, metrics, contracts. Without cuts its module
    // graph is the analysis's; with cuts or hidden kinds, a filtered copy with the same node
    // ids, and the review's edge ids are that copy's.
    Review review;
    // Null in the first stage; then the call graph behind every import (shared by snapshots
    // derived from this one).
    std::shared_ptr<const CallGraph> calls;
    bool callsCached = false; // the call graph came from the fact cache (callgraphcache.h)
    // measureFiles() of the analysis with `calls`: what every projection of it reads from the
    // files, measured once (shared by snapshots derived from this one).
    std::shared_ptr<const FileMeasures> measures;
    QList<QPair<QString, QString>> cuts; // imports cut for "what if": (importer, imported)
    ImportKindSet shownKinds = AllImportKinds;
    // The packages a first structure map opens (fittingOpenPackages()), worked out with it.
    QStringList firstOpen;

    [[nodiscard]] const ImportGraph &graph() const { return review.graph; }
    [[nodiscard]] const HeadroomSettings &settings() const { return review.options.settings; }
    [[nodiscard]] ScanStatus status() const { return analysis->scan.status; }
    [[nodiscard]] bool ok() const { return status() == ScanStatus::Ok; }
    // Every problem met, each once: files, imports, settings, contracts.
    [[nodiscard]] std::vector<Diagnostic> diagnostics() const;
};

using SnapshotPtr = std::shared_ptr<const Snapshot>;

// Called with the first stage's snapshot (import graph and its metrics, no call graph) as
// soon as it is ready, on the pipeline's thread.
using StageFn = std::function<void(const SnapshotPtr &)>;

// The one way from a folder to a snapshot: scan -> extract -> resolve -> settings and
// contracts (read once) -> review; then, with options.callGraph, the call graph and a review
// whose cohesion counts resolved uses. A folder that cannot be analysed (or a cancelled run)
// gives a snapshot whose status() says why and whose review is empty.
[[nodiscard]] SnapshotPtr runPipeline(const QString &folder, const PipelineOptions &options = {},
                                      const ProgressFn &progress = {},
                                      const StageFn &importGraphReady = {});

// The same project with imports cut and import kinds hidden, measured again from the
// snapshot's facts and configuration: nothing is read from disk.
[[nodiscard]] SnapshotPtr deriveSnapshot(const Snapshot &base,
                                         const QList<QPair<QString, QString>> &cuts,
                                         ImportKindSet shownKinds);

// The same project reviewed at another level (package depth, external nodes), with the
// snapshot's cuts and hidden kinds.
[[nodiscard]] SnapshotPtr reviewAt(const Snapshot &base, int packageDepth, bool includeExternal);

} // namespace headroom
