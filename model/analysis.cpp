#include "analysis.h"

#include "callgraph.h"
#include "gitrevision.h"
#include "resolver.h"

#include <QDateTime>
#include <QFileInfo>
#include <QThread>

#include <mutex>
#include <thread>

namespace headroom {

namespace {

constexpr qint64 kOneAtATimeBytes = 1024 * 1024;

FileFacts extractFromRevision(PythonExtractor &extractor, const GitRevision &revision,
                              const RevisionEntry *entry, qint64 size, const QString &error,
                              const ExtractOptions &options)
{
    if (!entry)
        return unreadFile(DiagnosticCode::Vanished);
    if (size < 0)
        return unreadFile(DiagnosticCode::Unreadable, error);
    if (size > options.maxBytes)
        return tooLargeFile(size, options.maxBytes);
    QString why;
    const std::optional<QByteArray> bytes = revision.read(*entry, &why);
    if (!bytes)
        return unreadFile(DiagnosticCode::Unreadable, why);
    return extractor.extract(*bytes, options);
}

// Churn of every scanned file, from the revision analysed or the work tree's HEAD.
void countChurn(Analysis &analysis, int days)
{
    analysis.churnDays = days;
    std::shared_ptr<const GitRevision> revision = analysis.scan.revision;
    qint64 end = 0;
    if (!revision) {
        GitRevision::Opened head = GitRevision::open(analysis.scan.folder, QStringLiteral("HEAD"));
        if (!head.revision) {
            analysis.churnError = head.error == RevisionError::NotInRepository
                                      ? QStringLiteral("not in a git repository")
                                  : head.detail.isEmpty() ? QStringLiteral("no commit yet")
                                                          : head.detail;
            return;
        }
        revision = std::move(head.revision);
        end = QDateTime::currentSecsSinceEpoch();
    }
    const GitRevision::Churn counted = revision->churn(days, end);
    if (!counted.error.isEmpty()) {
        analysis.churnError = counted.error;
        return;
    }
    analysis.churn.reserve(analysis.scan.files.size());
    for (const SourceFile &file : analysis.scan.files)
        analysis.churn.push_back(counted.commits.value(file.relativePath));
}

} // namespace

std::vector<FileFacts> extractAll(const std::vector<SourceFile> &files,
                                  const ExtractOptions &options, int threads,
                                  const ProgressFn &progress, const GitRevision *revision)
{
    std::vector<FileFacts> facts(files.size());
    const int count = int(files.size());
    if (threads <= 0)
        threads = std::max(1, QThread::idealThreadCount());
    threads = std::min(threads, std::max(1, count));

    std::atomic_int next{0};
    std::atomic_int done{0};
    // A parse takes many times its file's size in memory: big files are parsed one at a
    // time, so that the peak stays near one big parse whatever the number of threads.
    std::mutex bigFile;
    auto work = [&] {
        PythonExtractor extractor;
        for (int i = next++; i < count; i = next++) {
            if (options.cancel && options.cancel->load(std::memory_order_relaxed))
                return;
            const SourceFile &file = files[std::size_t(i)];
            const RevisionEntry *entry = revision ? revision->entry(file.relativePath) : nullptr;
            QString error;
            const qint64 size = !revision ? QFileInfo(file.path).size()
                                : entry   ? revision->size(*entry, &error)
                                          : -1;
            std::unique_lock lock(bigFile, std::defer_lock);
            if (size > kOneAtATimeBytes && size <= options.maxBytes)
                lock.lock();
            facts[std::size_t(i)] =
                revision ? extractFromRevision(extractor, *revision, entry, size, error, options)
                         : extractFile(extractor, file.path, options);
            const int d = ++done;
            if (progress)
                progress(Stage::Parsing, d, count);
        }
    };
    std::vector<std::jthread> workers;
    workers.reserve(std::size_t(threads - 1));
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(work);
    work();
    workers.clear(); // joins
    return facts;
}

AnalysisPtr analyzeProject(const QString &folder, const AnalysisOptions &options,
                           const ProgressFn &progress)
{
    auto analysis = std::make_shared<Analysis>();
    const std::atomic_bool *cancel =
        options.extract.cancel ? options.extract.cancel : options.scan.cancel;
    auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };

    if (progress)
        progress(Stage::Scanning, 0, 0);
    ScanOptions scanOptions = options.scan;
    scanOptions.cancel = cancel;
    analysis->scan = scanProject(folder, scanOptions);
    if (analysis->scan.status != ScanStatus::Ok)
        return analysis;
    analysis->diagnostics = analysis->scan.diagnostics;

    ExtractOptions extractOptions = options.extract;
    extractOptions.cancel = cancel;
    if (options.maxFileBytes)
        extractOptions.maxBytes = *options.maxFileBytes;
    else if (analysis->scan.maxFileBytes > 0)
        extractOptions.maxBytes = analysis->scan.maxFileBytes;
    analysis->facts = extractAll(analysis->scan.files, extractOptions, options.threads, progress,
                                 analysis->scan.revision.get());
    if (cancelled()) {
        analysis->scan.status = ScanStatus::Cancelled;
        return analysis;
    }
    for (std::size_t i = 0; i < analysis->facts.size(); ++i) {
        const FileFacts &facts = analysis->facts[i];
        analysis->totalBytes += facts.bytes;
        for (Diagnostic d : facts.diagnostics) {
            d.file = analysis->scan.files[i].relativePath;
            analysis->diagnostics.push_back(std::move(d));
        }
    }

    if (const int days = options.churnDays > 0 ? options.churnDays : analysis->scan.churnDays;
        days > 0)
        countChurn(*analysis, days);

    if (progress)
        progress(Stage::Resolving, 0, 0);
    ResolveResult resolved = resolveImports(analysis->scan, analysis->facts);
    analysis->graph = std::move(resolved.graph);
    analysis->diagnostics.insert(analysis->diagnostics.end(),
                                 std::make_move_iterator(resolved.diagnostics.begin()),
                                 std::make_move_iterator(resolved.diagnostics.end()));
    if (progress)
        progress(Stage::Done, 0, 0);
    return analysis;
}

} // namespace headroom
