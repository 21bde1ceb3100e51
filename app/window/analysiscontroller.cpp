#include "analysiscontroller.h"

#include "changestyle.h"
#include "gitrevision.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QPointer>
#include <QThreadPool>

namespace headroom {

AnalysisController::AnalysisController(QObject *parent) : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        if (!m_folder.isEmpty())
            run(true);
    });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            [this] { m_debounce.start(); });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_debounce.start(); });
}

AnalysisController::~AnalysisController()
{
    cancel();
}

void AnalysisController::open(const QString &folder)
{
    m_folder = folder;
    m_snapshot.reset();
    run(false);
}

void AnalysisController::reanalyze()
{
    if (!m_folder.isEmpty())
        run(true);
}

void AnalysisController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void AnalysisController::setWatching(bool on)
{
    m_watching = on;
    if (!on) {
        const QStringList watched = m_watcher.files() + m_watcher.directories();
        if (!watched.isEmpty())
            m_watcher.removePaths(watched);
    } else if (m_snapshot) {
        watch(*m_snapshot);
    }
}

void AnalysisController::setCycleKinds(ImportKindSet kinds)
{
    m_cycleKinds = kinds;
}

// Results always come back later, through the event loop. (QFuture::then(this, ...) runs
// its continuation inline when the task has already finished, so a missing folder's
// failure could be emitted from inside open(), before the caller listened.)
template <typename Work, typename Deliver>
void AnalysisController::inBackground(Work work, Deliver deliver)
{
    QPointer<AnalysisController> self(this);
    QThreadPool::globalInstance()->start([self, work, deliver] {
        auto result = work();
        QMetaObject::invokeMethod(
            qApp,
            [self, deliver, result] {
                if (self)
                    deliver(*self, result);
            },
            Qt::QueuedConnection);
    });
}

PipelineOptions AnalysisController::pipelineOptions()
{
    PipelineOptions options;
    options.packageRollups = false;
    options.reachability = false;
    return options;
}

void AnalysisController::run(bool reanalysis)
{
    cancel();
    const quint64 ticket = m_runs.start();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_running = true;
    emit started(m_folder);

    PipelineOptions options = pipelineOptions();
    options.analysis.extract.cancel = m_cancel.get();
    options.analysis.cache.enabled = true; // $XDG_CACHE_HOME/headroom
    // Said before it happens: a project too large for this machine's memory is not started.
    options.analysis.memoryLimit = availableMemoryBytes();
    options.overrides.cycleKinds = m_cycleKinds;
    auto lastPercent = std::make_shared<std::atomic_int>(-1);
    QPointer<AnalysisController> self(this);
    // Worker-thread results come back through the event loop, for this run only.
    auto post = [self, ticket](auto deliver) {
        QMetaObject::invokeMethod(
            qApp,
            [self, ticket, deliver] {
                if (self && self->m_runs.isCurrent(ticket))
                    deliver(*self);
            },
            Qt::QueuedConnection);
    };
    ProgressFn progress = [post, lastPercent](Stage stage, int done, int total) {
        const int percent = total > 0 ? done * 100 / total : -1;
        if (stage == Stage::Parsing && lastPercent->exchange(percent) == percent)
            return;
        post([stage, done, total](AnalysisController &c) { emit c.progress(stage, done, total); });
    };
    StageFn importGraph = [post, reanalysis](const SnapshotPtr &snapshot) {
        post([snapshot, reanalysis](AnalysisController &c) {
            emit c.importGraphReady(snapshot, reanalysis);
        });
    };
    const QString folder = m_folder;
    auto cancel = m_cancel; // kept alive by the task
    inBackground(
        [folder, options, progress, importGraph, cancel] {
            SnapshotPtr snapshot = runPipeline(folder, options, progress, importGraph);
            return cancel->load() ? SnapshotPtr() : snapshot;
        },
        [ticket, reanalysis, folder](AnalysisController &c, const SnapshotPtr &snapshot) {
            if (!c.m_runs.isCurrent(ticket))
                return; // a newer run has started
            c.m_running = false;
            if (!snapshot || snapshot->status() == ScanStatus::Cancelled) {
                emit c.cancelled();
                return;
            }
            if (!snapshot->ok()) {
                emit c.failed(folder, snapshot->status());
                return;
            }
            c.m_snapshot = snapshot;
            if (c.m_watching)
                c.watch(*c.m_snapshot);
            emit c.finished(c.m_snapshot, reanalysis);
        });
}

void AnalysisController::derive(const SnapshotPtr &base, const QList<QPair<QString, QString>> &cuts,
                                ImportKindSet shownKinds)
{
    if (!base)
        return;
    const quint64 ticket = m_derivations.start();
    inBackground([base, cuts, shownKinds] { return deriveSnapshot(*base, cuts, shownKinds); },
                 [ticket](AnalysisController &c, const SnapshotPtr &snapshot) {
                     if (c.m_derivations.isCurrent(ticket))
                         emit c.derived(snapshot);
                 });
}

void AnalysisController::rollUp(const SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    const quint64 ticket = m_rollups.start();
    inBackground([snapshot] { return packageRollupsOf(snapshot->review); },
                 [ticket, snapshot](AnalysisController &c,
                                    const std::shared_ptr<const PackageRollups> &rollups) {
                     if (c.m_rollups.isCurrent(ticket))
                         emit c.rollupsReady(snapshot, rollups);
                 });
}

void AnalysisController::buildPictures(PictureRequest request)
{
    if (!request.snapshot)
        return;
    const quint64 ticket = m_pictures.start();
    inBackground(
        [request = std::move(request)] {
            auto d = std::make_shared<PictureData>();
            const Snapshot &snapshot = *request.snapshot;
            d->snapshot = request.snapshot;
            d->options = request.options;
            d->options.measures = snapshot.measures;
            d->projection = request.projection;
            std::optional<ImportGraph> base; // a picture of a change: the union of both states
            if (request.compareWith && request.depth >= 0) {
                auto changes = std::make_shared<const ChangeSet>(compareOutlines(
                    *request.compareWith, outlineOf(snapshot.graph(), snapshot.review.metrics)));
                base = unionGraph(snapshot.graph(), *changes);
                d->options.changes = std::move(changes);
            }
            const ImportGraph &graph = base ? *base : snapshot.graph();
            if (request.structure) {
                QStringList open(request.expanded.begin(), request.expanded.end());
                open.sort();
                // A focus is the neighbourhood of a module as a structure map of its own.
                FocusGraph focus;
                if (!request.focus.isEmpty()) {
                    focus = focusGraph(graph, graph.find(request.focus), request.hops);
                    if (request.fitFocus)
                        open = focusOpenPackages(focus);
                    d->fittedFocus = request.fitFocus;
                }
                auto structure = std::make_shared<StructurePicture>(makeStructurePicture(
                    *snapshot.analysis, request.focus.isEmpty() ? graph : focus.graph, open,
                    snapshot.settings().metrics, snapshot.calls.get(), d->options,
                    request.previous));
                // The matrix, the treemap and the panels see no ghosts; the scene draws them.
                d->graph = structure->heat ? structure->heat->graph : structure->graph;
                d->metrics = structure->heat ? structure->heat->metrics : structure->metrics;
                d->structure = std::move(structure);
                return PictureDataPtr(std::move(d));
            }
            if (request.depth < 0 && request.focus.isEmpty()) {
                // The call graph around the module: flat, wrapped, every call drawn, the
                // module's own functions named without the module.
                GraphPictureOptions options = request.options;
                options.allImports = true;
                options.measures = snapshot.measures;
                const QString module = snapshot.graph().node(request.selected).name;
                const ImportGraph calls = callNeighbourhood(*snapshot.analysis, *snapshot.calls,
                                                            request.selected, request.depth == -1);
                // Classes shown with their methods hold them.
                QStringList classes;
                for (const Node &n : calls.nodes()) {
                    if (n.parent >= 0)
                        classes << calls.node(n.parent).name;
                }
                classes.removeDuplicates();
                auto structure = std::make_shared<StructurePicture>(makeStructurePicture(
                    *snapshot.analysis, calls, classes, snapshot.settings().metrics,
                    snapshot.calls.get(), options, request.previous, module + QLatin1Char('.')));
                d->graph = structure->graph;
                d->metrics = structure->metrics;
                d->structure = std::move(structure);
                return PictureDataPtr(std::move(d));
            }
            // Negative depths are the call graph around the selected module: -1 classes, -2
            // functions.
            std::vector<int> mapping;
            d->graph = request.depth >= 0
                           ? projectToDepth(graph, request.depth, false, &mapping, request.expanded)
                           : callNeighbourhood(*snapshot.analysis, *snapshot.calls,
                                               request.selected, request.depth == -1);
            d->metrics = computeMetrics(*snapshot.analysis, d->graph, snapshot.settings().metrics,
                                        snapshot.calls.get(), snapshot.measures.get());
            if (base)
                d->options.marks = std::make_shared<const ChangeMarks>(
                    changeMarks(*base, *d->options.changes, d->graph, mapping));
            const int focused = request.focus.isEmpty() ? -1 : holderIn(d->graph, request.focus);
            if (focused >= 0)
                d->options.nodes = focusNeighbourhood(d->graph, focused, request.hops);
            LayoutRequest layout = GraphScene::layoutRequest(d->graph, d->metrics, d->options);
            for (auto it = request.previous.begin(); it != request.previous.end(); ++it) {
                const int id = d->graph.find(it.key());
                if (id >= 0)
                    layout.previous.insert(id, it.value());
            }
            d->layout = computeLayout(layout);
            d->error = d->layout.error;
            if (base) {
                // The scene draws the union, laid out by its metrics and coloured by the
                // later state's; the matrix, the treemap and the panels see no ghosts.
                auto later = std::make_shared<const MeasuredGraph>(laterState(
                    *snapshot.analysis, d->graph, *d->options.marks, snapshot.settings().metrics,
                    snapshot.calls.get(), snapshot.measures.get()));
                d->unionGraph = std::make_shared<const MeasuredGraph>(
                    MeasuredGraph{std::move(d->graph), std::move(d->metrics)});
                d->graph = later->graph;
                d->metrics = later->metrics;
                d->options.heat = std::move(later);
            }
            return PictureDataPtr(std::move(d));
        },
        [ticket](AnalysisController &c, const PictureDataPtr &pictures) {
            if (c.m_pictures.isCurrent(ticket))
                emit c.picturesReady(pictures);
        });
}

void AnalysisController::readRevision(const QString &revision)
{
    const quint64 ticket = m_comparisons.start();
    PipelineOptions options = pipelineOptions();
    options.analysis.scan.revision = revision;
    options.callGraph = false; // only the import graph is compared
    options.overrides.cycleKinds = m_cycleKinds;
    const QString folder = m_folder;
    inBackground(
        [folder, options, revision] {
            EarlierState state;
            if (folder.isEmpty()) {
                state.error = tr("Open a project first.");
                return state;
            }
            const SnapshotPtr then = runPipeline(folder, options);
            const QString where = QDir::toNativeSeparators(folder);
            switch (then->status()) {
            case ScanStatus::Ok:
                break;
            case ScanStatus::NotInGit:
                state.error = tr("%1 is not in a git repository, so it has no revision %2.")
                                  .arg(where, revision);
                return state;
            case ScanStatus::NoRevision:
                state.error = tr("The repository of %1 has no revision %2 (%3).")
                                  .arg(where, revision, then->analysis->scan.statusDetail);
                return state;
            case ScanStatus::NotInRevision:
                state.error = tr("%1 did not exist at revision %2.").arg(where, revision);
                return state;
            default:
                state.error = tr("Revision %1 of %2 holds no Python files to compare with.")
                                  .arg(revision, where);
                return state;
            }
            state.outline = std::make_shared<const StateOutline>(
                outlineOf(then->graph(), then->review.metrics));
            const GitRevision *r = then->analysis->scan.revision.get();
            state.label = r ? ChangeStyle::since(revision, r->commitId(), r->summary()) : revision;
            return state;
        },
        [ticket](AnalysisController &c, const EarlierState &state) {
            if (c.m_comparisons.isCurrent(ticket))
                emit c.earlierStateReady(state);
        });
}

void AnalysisController::readBaseline(const QString &file)
{
    const quint64 ticket = m_comparisons.start();
    inBackground(
        [file] {
            EarlierState state;
            const QString name = QDir::toNativeSeparators(file);
            QFile in(file);
            if (!in.open(QIODevice::ReadOnly)) {
                state.error = tr("Cannot read %1: %2.").arg(name, in.errorString());
                return state;
            }
            OutlineError error = OutlineError::None;
            std::optional<StateOutline> outline = outlineFromJson(in.readAll(), &error);
            if (!outline) {
                state.error = error == OutlineError::NotJson
                                  ? tr("%1 is not JSON.").arg(name)
                                  : tr("%1 is not a JSON written by headroom analyze.").arg(name);
                return state;
            }
            if (outline->packageDepth != 0) {
                state.error = tr("%1 describes packages (depth %2); the window compares modules: "
                                 "write the baseline with 'headroom analyze FOLDER -o FILE'.")
                                  .arg(name)
                                  .arg(outline->packageDepth);
                return state;
            }
            state.outline = std::make_shared<const StateOutline>(std::move(*outline));
            state.label = QFileInfo(file).fileName();
            return state;
        },
        [ticket](AnalysisController &c, const EarlierState &state) {
            if (c.m_comparisons.isCurrent(ticket))
                emit c.earlierStateReady(state);
        });
}

// Folders holding Python files (new and deleted files) and the files themselves (edits).
// QFileSystemWatcher holds one inotify watch per path: stay well under the usual limit.
void AnalysisController::watch(const Snapshot &snapshot)
{
    constexpr int MaxWatched = 4000;
    const QStringList old = m_watcher.files() + m_watcher.directories();
    if (!old.isEmpty())
        m_watcher.removePaths(old);
    QSet<QString> dirs;
    QStringList files;
    const ScanResult &scan = snapshot.analysis->scan;
    for (const SourceFile &f : scan.files) {
        const QString path = scan.pathOf(f);
        dirs.insert(QFileInfo(path).absolutePath());
        if (files.size() < MaxWatched)
            files << path;
    }
    QStringList paths(dirs.begin(), dirs.end());
    if (paths.size() > MaxWatched)
        paths.resize(MaxWatched);
    if (!paths.isEmpty())
        m_watcher.addPaths(paths);
    if (!files.isEmpty() && paths.size() + files.size() <= MaxWatched)
        m_watcher.addPaths(files);
}

} // namespace headroom
