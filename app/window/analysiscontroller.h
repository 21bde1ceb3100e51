#pragma once

#include "changeset.h"
#include "graphscene.h"
#include "layout.h"
#include "snapshot.h"
#include "structurepicture.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QPointF>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <memory>

namespace headroom {

// Drops stale background results: each job of a kind takes a ticket, and only the newest
// ticket's result is delivered (as KDAB hotspot's job tracker does).
class JobTracker
{
public:
    [[nodiscard]] quint64 start() { return ++m_generation; }
    [[nodiscard]] bool isCurrent(quint64 ticket) const { return ticket == m_generation; }

private:
    quint64 m_generation = 0;
};

// What the window's pictures show: a projection of a snapshot (package depth with opened
// packages, or the call graph around a module), focused or not, where the nodes were.
struct PictureRequest
{
    SnapshotPtr snapshot;
    GraphPictureOptions options;
    int depth = 0;          // package depth; -1 classes, -2 functions of `selected`'s module
    bool structure = false; // a structure map with the `expanded` packages opened
    QSet<QString> expanded;
    QString focus;
    int hops = 1;
    // A structure map of the focus opens the packages that fit instead of `expanded`; the
    // picture says which (StructurePicture::open).
    bool fitFocus = false;
    int selected = -1;
    // Where unchanged nodes sat, by name (GraphScene::namedPositions()), in the last picture
    // of the same projection.
    QHash<QString, QPointF> previous;
    QString projection; // which projection: pictures of the same one keep their arrangement
    // A picture of a change: what changed since this earlier state is worked out with the
    // picture (options.changes) and marked in the graph.
    std::shared_ptr<const StateOutline> compareWith;
};

// The earlier state a comparison shows, read off the UI thread.
struct EarlierState
{
    std::shared_ptr<const StateOutline> outline; // null when it could not be read
    QString label; // "HEAD~1 (1a2b3c4d5e, summary)", or the baseline file's name
    QString error; // why there is none, for the user
};

// The projection, its metrics and its layout, computed off the UI thread.
struct PictureData
{
    SnapshotPtr snapshot;
    ImportGraph graph;
    Metrics metrics;
    LayoutResult layout;
    std::shared_ptr<const StructurePicture> structure; // a structure map, else null
    // A plain picture of a change: the graph drawn, ghosts included, with the metrics that
    // placed its boxes (`graph` and `metrics` have no ghosts, for the matrix, the treemap and
    // the panels; the same node ids).
    std::shared_ptr<const MeasuredGraph> unionGraph;
    GraphPictureOptions options;
    QString projection;       // PictureRequest::projection
    bool fittedFocus = false; // PictureRequest::fitFocus
    QString error;
};

using PictureDataPtr = std::shared_ptr<const PictureData>;

// Every computation behind the window, off the UI thread, through the one pipeline: the
// analysis (one run at a time: a new run cancels the old one; progress throttled to whole
// percents), what-if snapshots derived from it, and the pictures' projections and layouts.
// A stale result of any of them is dropped by its job tracker. Watches the project's
// folders and re-analyses, debounced, when files change.
class AnalysisController : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisController(QObject *parent = nullptr);
    ~AnalysisController() override;

    void open(const QString &folder);
    void reanalyze();
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QString folder() const { return m_folder; }
    [[nodiscard]] SnapshotPtr snapshot() const { return m_snapshot; }
    void setWatching(bool on);
    // The review settings for the next run (budget, cycle kinds), over pyproject.toml's.
    void setCycleKinds(ImportKindSet kinds);
    // What-if: `base` with these imports cut and kinds hidden; delivered by derived().
    void derive(const SnapshotPtr &base, const QList<QPair<QString, QString>> &cuts,
                ImportKindSet shownKinds);
    // The package roll-ups of `snapshot` (the packages table's), which the window's reviews
    // leave out so that pictures and what-ifs do not wait for them; delivered by
    // rollupsReady() for the newest snapshot asked about.
    void rollUp(const SnapshotPtr &snapshot);
    // The pictures' data for `request`; delivered by picturesReady().
    void buildPictures(PictureRequest request);
    // The earlier state of a comparison: the project at git revision `revision` (analysed
    // with this controller's settings), or a JSON written by `headroom analyze`; delivered
    // by earlierStateReady(), with an error when it could not be read.
    void readRevision(const QString &revision);
    void readBaseline(const QString &file);

    // What the window asks of the pipeline: no package roll-ups in a review (rollUp() works
    // them out after the pictures) and no reach (no view shows it).
    [[nodiscard]] static PipelineOptions pipelineOptions();

    static constexpr int DebounceMs = 800;

signals:
    void started(const QString &folder);
    void progress(headroom::Stage stage, int done, int total);
    // The import graph and its metrics, before the call graph is resolved.
    void importGraphReady(headroom::SnapshotPtr snapshot, bool reanalysis);
    void finished(headroom::SnapshotPtr snapshot, bool reanalysis);
    void failed(const QString &folder, headroom::ScanStatus status); // not Ok
    void cancelled();
    void derived(headroom::SnapshotPtr snapshot);
    void picturesReady(headroom::PictureDataPtr pictures);
    void rollupsReady(headroom::SnapshotPtr snapshot,
                      std::shared_ptr<const headroom::PackageRollups> rollups);
    void earlierStateReady(const headroom::EarlierState &state);

private:
    void run(bool reanalysis);
    // Runs `work` on the thread pool and hands its result to `deliver` on this object's
    // thread, unless this controller is gone by then.
    template <typename Work, typename Deliver> void inBackground(Work work, Deliver deliver);
    void watch(const Snapshot &snapshot);

    QString m_folder;
    SnapshotPtr m_snapshot;
    JobTracker m_runs;
    JobTracker m_derivations;
    JobTracker m_pictures;
    JobTracker m_rollups;
    JobTracker m_comparisons;
    bool m_running = false;
    bool m_watching = true;
    ImportKindSet m_cycleKinds = 0; // 0: the project's setting
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
};

} // namespace headroom
