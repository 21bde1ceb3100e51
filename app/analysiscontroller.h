#pragma once

#include "snapshot.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace headroom {

// Runs the pipeline (scan, extract, resolve, review) off the UI thread, one run at a time:
// a new run cancels the old one and a stale result is dropped by its generation. Progress
// is throttled to whole percents. Watches the project's folders and re-analyses, debounced,
// when files change.
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

    static constexpr int DebounceMs = 800;

signals:
    void started(const QString &folder);
    void progress(int stage, int done, int total);
    void finished(headroom::SnapshotPtr snapshot, bool reanalysis);
    void failed(const QString &folder, int status); // a ScanStatus other than Ok
    void cancelled();

private:
    void run(bool reanalysis);
    void watch(const Snapshot &snapshot);

    QString m_folder;
    SnapshotPtr m_snapshot;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_watching = true;
    ImportKindSet m_cycleKinds = 0; // 0: the project's setting
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
};

} // namespace headroom
