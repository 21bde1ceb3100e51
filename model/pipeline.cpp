#include "pipeline.h"

#include "callgraphcache.h"
#include "structure.h"

namespace headroom {

namespace {

bool cancelled(const PipelineOptions &options)
{
    const std::atomic_bool *flag = options.analysis.extract.cancel ? options.analysis.extract.cancel
                                                                   : options.analysis.scan.cancel;
    return flag && flag->load(std::memory_order_relaxed);
}

ProjectConfig readProjectConfig(const ScanResult &scan, const SettingsOverrides &overrides)
{
    ProjectConfig config;
    config.settings = headroomSettings(scan.pyproject);
    if (overrides.budget > 0)
        config.settings.metrics.budget = HeadBudget::uniform(overrides.budget);
    if (overrides.cycleKinds != 0)
        config.settings.metrics.cycles.kinds = overrides.cycleKinds;
    CheckRules &rules = config.settings.check;
    rules.maxCycles = overrides.maxCycles.value_or(rules.maxCycles);
    rules.maxDepth = overrides.maxDepth.value_or(rules.maxDepth);
    rules.maxFindings = overrides.maxFindings.value_or(rules.maxFindings);
    rules.contracts = overrides.contracts.value_or(rules.contracts);
    config.contracts = readImportLinterConfig(scan.folder, scan.pyproject, scan.revision.get());
    return config;
}

// The module graph a snapshot reviews: the analysis's, less the cut imports and hidden kinds.
ImportGraph moduleGraphOf(const Snapshot &s)
{
    if (s.cuts.isEmpty() && s.shownKinds == AllImportKinds)
        return s.analysis->graph;
    return filteredGraph(s.analysis->graph, s.shownKinds, s.cuts);
}

// `before`: a review of the same snapshot's inputs with the same options, other imports.
void review(Snapshot &s, const ReviewOptions &options, const Review *before = nullptr)
{
    if (!s.measures)
        s.measures = std::make_shared<const FileMeasures>(measureFiles(*s.analysis, s.calls.get()));
    ImportGraph g = moduleGraphOf(s);
    s.review = buildReview(*s.analysis, std::move(g), options, s.config->contracts, s.calls.get(),
                           s.measures.get(), before);
}

} // namespace

std::vector<Diagnostic> Snapshot::diagnostics() const
{
    return reviewDiagnostics(*analysis, review);
}

SnapshotPtr runPipeline(const QString &folder, const PipelineOptions &options,
                        const ProgressFn &progress, const StageFn &importGraphReady)
{
    AnalysisOptions analysisOptions = options.analysis;
    if (!options.callGraph) // nothing reads them: the analysis takes less memory without
        analysisOptions.callFacts = false;
    // The analysis says Done when its import graph is resolved; the pipeline is done later.
    ProgressFn analysisProgress;
    if (progress) {
        analysisProgress = [&progress](Stage stage, int done, int total) {
            if (stage != Stage::Done)
                progress(stage, done, total);
        };
    }
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->analysis = analyzeProject(folder, analysisOptions, analysisProgress);
    if (!snapshot->ok() || cancelled(options))
        return snapshot;

    if (progress)
        progress(Stage::Measuring, 0, 0);
    snapshot->config = std::make_shared<const ProjectConfig>(
        readProjectConfig(snapshot->analysis->scan, options.overrides));
    ReviewOptions reviewOptions;
    reviewOptions.packageDepth = options.packageDepth;
    reviewOptions.includeExternal = options.includeExternal;
    reviewOptions.packageRollups = options.packageRollups;
    reviewOptions.settings = snapshot->config->settings;
    reviewOptions.settings.metrics.reachability = options.reachability;
    snapshot->firstOpen = fittingOpenPackages(snapshot->analysis->graph);

    // The first stage is only measured for someone who shows it before the call graph.
    if (!options.callGraph || importGraphReady) {
        review(*snapshot, reviewOptions);
        if (!options.callGraph) {
            if (progress)
                progress(Stage::Done, 0, 0);
            return snapshot;
        }
        importGraphReady(snapshot);
        if (cancelled(options))
            return snapshot;
        // The first stage is shared now: the second starts from its inputs, not a copy of
        // its review.
        auto next = std::make_shared<Snapshot>();
        next->analysis = snapshot->analysis;
        next->config = snapshot->config;
        next->firstOpen = snapshot->firstOpen;
        snapshot = std::move(next);
    }
    if (progress)
        progress(Stage::Calls, 0, 0);
    snapshot->calls = std::make_shared<const CallGraph>(
        cachedCallGraph(*snapshot->analysis, &snapshot->callsCached));
    releaseFreedMemory(); // what resolving kept, freed in small pieces
    review(*snapshot, reviewOptions);
    if (progress)
        progress(Stage::Done, 0, 0);
    return snapshot;
}

SnapshotPtr deriveSnapshot(const Snapshot &base, const QList<QPair<QString, QString>> &cuts,
                           ImportKindSet shownKinds)
{
    auto s = std::make_shared<Snapshot>();
    s->analysis = base.analysis;
    s->config = base.config;
    s->calls = base.calls;
    s->callsCached = base.callsCached;
    s->measures = base.measures;
    s->firstOpen = base.firstOpen;
    s->cuts = cuts;
    s->shownKinds = shownKinds;
    if (s->config)
        review(*s, base.review.options, &base.review);
    return s;
}

SnapshotPtr reviewAt(const Snapshot &base, int packageDepth, bool includeExternal)
{
    auto s = std::make_shared<Snapshot>(base);
    if (!s->config)
        return s;
    ReviewOptions options = base.review.options;
    options.packageDepth = packageDepth;
    options.includeExternal = includeExternal;
    review(*s, options);
    return s;
}

} // namespace headroom
