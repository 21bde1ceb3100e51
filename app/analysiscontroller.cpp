#include "analysiscontroller.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QPointer>
#include <QtConcurrent>

namespace headroom {

AnalysisController::AnalysisController(QObject *parent) : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        if (!m_folder.isEmpty())
            run(true);
    });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_debounce.start(); });
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

void AnalysisController::run(bool reanalysis)
{
    cancel();
    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_running = true;
    emit started(m_folder);

    AnalysisOptions options;
    options.extract.cancel = m_cancel.get();
    options.callGraph = true;
    auto lastPercent = std::make_shared<std::atomic_int>(-1);
    QPointer<AnalysisController> self(this);
    ProgressFn progress = [self, lastPercent, generation](Stage stage, int done, int total) {
        const int percent = total > 0 ? done * 100 / total : -1;
        if (stage == Stage::Parsing && lastPercent->exchange(percent) == percent)
            return;
        QMetaObject::invokeMethod(qApp, [self, stage, done, total, generation] {
            if (self && self->m_generation == generation)
                emit self->progress(int(stage), done, total);
        }, Qt::QueuedConnection);
    };
    const QString folder = m_folder;
    const ImportKindSet kinds = m_cycleKinds;
    auto cancel = m_cancel; // kept alive by the task
    QtConcurrent::run([folder, options, progress, cancel, kinds]() -> std::pair<SnapshotPtr, int> {
        AnalysisPtr analysis = analyzeProject(folder, options, progress);
        if (analysis->scan.status != ScanStatus::Ok)
            return {nullptr, int(analysis->scan.status)};
        if (progress)
            progress(Stage::Measuring, 0, 0);
        ReviewOptions reviewOptions;
        reviewOptions.settings = readHeadroomSettings(analysis->scan.folder);
        if (kinds)
            reviewOptions.settings.metrics.cycles.kinds = kinds;
        auto snapshot = std::make_shared<Snapshot>();
        snapshot->review = buildReview(*analysis, reviewOptions);
        snapshot->calls = analysis->calls;
        snapshot->analysis = std::move(analysis);
        if (cancel->load())
            return {nullptr, int(ScanStatus::Cancelled)};
        return {snapshot, int(ScanStatus::Ok)};
    }).then(this, [this, generation, reanalysis, folder](std::pair<SnapshotPtr, int> result) {
        if (generation != m_generation)
            return; // a newer run has started
        m_running = false;
        if (result.second == int(ScanStatus::Cancelled)) {
            emit cancelled();
            return;
        }
        if (!result.first) {
            emit failed(folder, result.second);
            return;
        }
        m_snapshot = result.first;
        if (m_watching)
            watch(*m_snapshot);
        emit finished(m_snapshot, reanalysis);
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
    for (const SourceFile &f : snapshot.analysis->scan.files) {
        dirs.insert(QFileInfo(f.path).absolutePath());
        if (files.size() < MaxWatched)
            files << f.path;
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
