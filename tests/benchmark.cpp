// headroom-bench FOLDER [THREADS] [--once]: how much the full import analysis costs over a
// bare tree-sitter parse of the same files, with 1 and N threads, cold and warm through the
// fact cache, and the peak memory. --once runs the analysis and the call graph once, with N
// threads and no cache, so that the peak is theirs: for big generated projects (README,
// "Big projects"), one process a size.
#include "analysis.h"
#include "callgraph.h"
#include "callgraphcache.h"
#include "cycles.h"
#include "extractor.h"
#include "metrics.h"
#include "peakmemory.h"
#include "scanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace headroom;
using headroom::test::peakMegabytes;

namespace {

// Reads and parses every file, keeping nothing: the floor the analysis is measured against.
double parseOnlySeconds(const ScanResult &scan, int threads)
{
    const std::vector<SourceFile> &files = scan.files;
    QElapsedTimer timer;
    timer.start();
    std::atomic_int next{0};
    auto work = [&] {
        PythonExtractor parser;
        for (int i = next++; i < int(files.size()); i = next++) {
            QFile f(scan.pathOf(files[std::size_t(i)]));
            if (f.open(QIODevice::ReadOnly))
                parser.parseOnly(f.readAll());
        }
    };
    std::vector<std::jthread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(work);
    work();
    workers.clear();
    return double(timer.nsecsElapsed()) / 1e9;
}

// The whole import analysis; with `cacheDir`, through the fact cache there.
double analysisSeconds(const QString &folder, int threads, AnalysisPtr *analysis,
                       const QString &cacheDir = {})
{
    QElapsedTimer timer;
    timer.start();
    AnalysisOptions options;
    options.threads = threads;
    options.cache.enabled = !cacheDir.isEmpty();
    options.cache.dir = cacheDir;
    *analysis = analyzeProject(folder, options);
    return double(timer.nsecsElapsed()) / 1e9;
}

// A cold run fills an empty cache folder, a warm one reads every file's facts and the call
// graph back.
void measureCache(const QString &folder, int threads)
{
    const QTemporaryDir dir;
    double cold = 0;
    for (const char *run : {"cold", "warm"}) {
        AnalysisPtr analysis;
        const double seconds = analysisSeconds(folder, threads, &analysis, dir.path());
        QElapsedTimer timer;
        timer.start();
        bool fromCache = false;
        const CallGraph calls = cachedCallGraph(*analysis, &fromCache);
        const double callSeconds = double(timer.nsecsElapsed()) / 1e9;
        if (cold == 0)
            cold = seconds + callSeconds;
        std::printf("%s cache: full import analysis %.2f s (%d files parsed, %d from the cache), "
                    "call graph %.2f s (%s); together %.0f%% of cold\n",
                    run, seconds, analysis->parsedFiles, analysis->cachedFiles, callSeconds,
                    fromCache ? "read back" : "built", 100.0 * (seconds + callSeconds) / cold);
    }
    std::printf("cache file: %.1f MB\n",
                double(QFileInfo(dir.filePath(QStringLiteral("facts.sqlite3"))).size()) / 1e6);
}

// Every metric of the module graph, then the "what if" recomputation with the first edge of
// each cycle's breaking set cut, as the window does on a click.
void measureMetrics(const Analysis &analysis)
{
    QElapsedTimer timer;
    timer.start();
    const Metrics metrics = computeMetrics(analysis, analysis.graph);
    const double all = double(timer.nsecsElapsed()) / 1e6;
    std::vector<int> cuts;
    for (const Cycle &c : metrics.cycles) {
        if (!c.breakingSet.empty())
            cuts.push_back(c.breakingSet.front());
    }
    timer.restart();
    const Layering whatIf = computeWithCuts(analysis.graph, CycleOptions{}, cuts);
    const double quick = double(timer.nsecsElapsed()) / 1e6;
    std::printf("metrics: %d modules, %zu cycles, depth %d, %zu findings in %.0f ms; "
                "what-if with %zu cuts: %zu cycles in %.1f ms\n",
                analysis.graph.nodeCount(), metrics.cycles.size(), metrics.depth,
                metrics.findings.size(), all, cuts.size(), whatIf.cycles.size(), quick);
    // The window's what-if: every metric of the graph without the cut imports, with the
    // files measured once (Snapshot::measures), as deriveSnapshot does.
    timer.restart();
    const FileMeasures files = measureFiles(analysis);
    const double filesMs = double(timer.nsecsElapsed()) / 1e6;
    QList<QPair<QString, QString>> named;
    for (const int e : cuts) {
        const Edge &edge = analysis.graph.edge(e);
        named.append(
            {analysis.graph.node(edge.source).name, analysis.graph.node(edge.target).name});
    }
    timer.restart();
    const ImportGraph cutGraph = filteredGraph(analysis.graph, AllImportKinds, named);
    const Metrics cutMetrics = computeMetrics(analysis, cutGraph, {}, nullptr, &files);
    std::printf("files measured once in %.0f ms; the window's what-if (graph and every metric "
                "again): %zu cycles in %.0f ms\n",
                filesMs, cutMetrics.cycles.size(), double(timer.nsecsElapsed()) / 1e6);
}

// One analysis and its call graph with `threads` threads, and what they cost per file.
void measureOnce(const QString &folder, const ScanResult &scan, int threads, qint64 bytes)
{
    const std::vector<SourceFile> &files = scan.files;
    const double parse = parseOnlySeconds(scan, threads);
    AnalysisPtr analysis;
    const double full = analysisSeconds(folder, threads, &analysis);
    const long analysisPeak = peakMegabytes();
    QElapsedTimer timer;
    timer.start();
    const CallGraph calls = buildCallGraph(*analysis);
    const double callSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double count = double(files.size());
    std::printf("threads %d: parse only %.2f s, full import analysis %.2f s (%d edges), "
                "ratio %.2f; peak %ld MB\n",
                threads, parse, full, analysis->graph.edgeCount(), full / parse, analysisPeak);
    std::printf("call graph: %zu nodes, %zu edges in %.2f s\n", calls.nodes.size(),
                calls.edges.size(), callSeconds);
    std::printf("per file: analysis %.3f ms, with the call graph %.3f ms; peak %.1f KB "
                "(%.1f bytes per byte of source)\n",
                1e3 * full / count, 1e3 * (full + callSeconds) / count,
                double(peakMegabytes()) * 1024 / count,
                double(peakMegabytes()) * 1024 * 1024 / double(bytes));
    std::printf("peak memory: %ld MB\n", peakMegabytes());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    const bool once = args.removeAll(QStringLiteral("--once")) > 0;
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: headroom-bench FOLDER [THREADS] [--once]\n");
        return 2;
    }
    const QString folder = args.at(1);
    const int n = args.size() > 2 ? args.at(2).toInt() : QThread::idealThreadCount();
    const ScanResult scan = scanProject(folder);
    if (scan.status != ScanStatus::Ok) {
        std::fprintf(stderr, "headroom-bench: cannot scan %s\n", qPrintable(folder));
        return 1;
    }
    qint64 bytes = 0;
    for (const SourceFile &f : scan.files)
        bytes += QFileInfo(scan.pathOf(f)).size();
    std::printf("%s: %zu files, %.1f MB\n", qPrintable(folder), scan.files.size(),
                double(bytes) / 1e6);

    // Warm the page cache so that the first measurement is not the only one reading disk.
    parseOnlySeconds(scan, n);
    // Finding the files (part of the full analysis, not of the bare parse), warm.
    {
        QElapsedTimer timer;
        timer.start();
        const ScanResult again = scanProject(folder);
        std::printf("scanning: %zu files in %.0f ms\n", again.files.size(),
                    double(timer.nsecsElapsed()) / 1e6);
    }
    if (once) {
        measureOnce(folder, scan, n, bytes);
        return 0;
    }
    for (const int threads : {1, n}) {
        const double parse = parseOnlySeconds(scan, threads);
        AnalysisPtr analysis;
        const double full = analysisSeconds(folder, threads, &analysis);
        std::printf(
            "threads %d: parse only %.2f s, full import analysis %.2f s (%d edges), ratio %.2f\n",
            threads, parse, full, analysis->graph.edgeCount(), full / parse);
        if (threads == n) {
            measureMetrics(*analysis);
            QElapsedTimer timer;
            timer.start();
            const CallGraph calls = buildCallGraph(*analysis);
            std::printf(
                "call graph: %zu nodes, %zu edges in %.2f s (%.0f%% of the full analysis)\n",
                calls.nodes.size(), calls.edges.size(), double(timer.nsecsElapsed()) / 1e9,
                100.0 * double(timer.nsecsElapsed()) / 1e9 / full);
            break;
        }
    }
    measureCache(folder, n);
    std::printf("peak memory: %ld MB\n", peakMegabytes());
    return 0;
}
