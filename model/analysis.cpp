#include "analysis.h"

#include "callgraph.h"
#include "callgraphcache.h"
#include "extractorhash.h"
#include "factcache.h"
#include "factscodec.h"
#include "gitrevision.h"
#include "headroomversion.h"
#include "resolver.h"

#include <QDateTime>
#include <QFileInfo>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <numeric>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <thread>

namespace headroom {

namespace {

constexpr qint64 kOneAtATimeBytes = 1024 * 1024;

// What every file of one worker is extracted with.
struct Worker
{
    PythonExtractor &extractor;
    const ExtractOptions &options;
    const ScanResult &scan; // its files, folder and revision
    FactCache *cache;
    std::mutex &bigFile; // see extractAll()
    std::atomic_int &parsed;
    std::atomic_int &cached;

    // The cached facts of `key`; nullopt when there are none or they do not decode.
    [[nodiscard]] std::optional<RawFileFacts> lookUp(const QByteArray &key) const
    {
        if (!cache || key.isEmpty())
            return std::nullopt;
        const std::optional<QByteArray> value = cache->find(key);
        std::optional<RawFileFacts> facts = value ? decodeRawFacts(*value) : std::nullopt;
        if (!facts || !facts->parsed)
            return std::nullopt;
        ++cached;
        return facts;
    }

    // Reads the file (a revision's blob, or from the disk) unless its facts are cached;
    // nullopt with `*facts` set when it is done (cached, or could not be read).
    std::optional<QByteArray> read(const SourceFile &file, QByteArray *key,
                                   RawFileFacts *facts) const
    {
        const GitRevision *revision = scan.revision.get();
        if (!revision) {
            FileFacts failure;
            std::optional<QByteArray> bytes = readSourceFile(scan.pathOf(file), options, &failure);
            if (!bytes)
                *facts = raw(failure);
            if (bytes && cache && bytes->size() <= options.maxBytes) {
                *key = FactCache::contentKey(*bytes);
                if (std::optional<RawFileFacts> hit = lookUp(*key)) {
                    *facts = std::move(*hit);
                    return std::nullopt;
                }
            }
            return bytes;
        }
        const RevisionEntry *entry = revision->entry(file.relativePath);
        QString error;
        const qint64 size = entry ? revision->size(*entry, &error) : -1;
        if (!entry) {
            *facts = raw(unreadFile(DiagnosticCode::Vanished));
            return std::nullopt;
        }
        if (size < 0) {
            *facts = raw(unreadFile(DiagnosticCode::Unreadable, error));
            return std::nullopt;
        }
        if (size > options.maxBytes) {
            *facts = raw(tooLargeFile(size, options.maxBytes));
            return std::nullopt;
        }
        // The blob id names the bytes, so a hit reads nothing; a link's blob holds its
        // target's path, not the bytes read through it.
        if (cache && !entry->link) {
            *key = FactCache::blobKey(entry->id);
            if (std::optional<RawFileFacts> hit = lookUp(*key)) {
                *facts = std::move(*hit);
                return std::nullopt;
            }
        }
        std::optional<QByteArray> bytes = revision->read(*entry, &error);
        if (!bytes)
            *facts = raw(unreadFile(DiagnosticCode::Unreadable, error));
        else if (cache && key->isEmpty())
            *key = FactCache::contentKey(*bytes);
        return bytes;
    }

    // `*key`: the file's content key, when the cache is used and the file could be read.
    // The facts before interning (facts.h): the caller drops what it does not keep first.
    [[nodiscard]] RawFileFacts extract(const SourceFile &file, QByteArray *key) const
    {
        RawFileFacts facts;
        const std::optional<QByteArray> bytes = read(file, key, &facts);
        if (!bytes)
            return facts;
        std::unique_lock lock(bigFile, std::defer_lock);
        if (bytes->size() > kOneAtATimeBytes && bytes->size() <= options.maxBytes)
            lock.lock();
        facts = extractor.extractRaw(*bytes, options);
        if (lock.owns_lock())
            lock.unlock();
        ++parsed;
        // Cancelled, timed out or skipped files are not what their bytes give.
        if (cache && facts.parsed)
            cache->put(*key, encodeFacts(facts));
        return facts;
    }
};

std::unique_ptr<FactCache> openCache(const CacheOptions &options, const ExtractOptions &extract,
                                     QString *why)
{
    // A time limit of the caller's own could make a file time out that a cached entry holds
    // whole: such runs go without the cache.
    if (extract.timeoutMicros)
        return nullptr;
    return openFactCache(options, why);
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

void dropCallFacts(RawFileFacts &facts)
{
    facts.calls = {};
    facts.bindings = {};
    facts.references = {};
    facts.stores = {};
    facts.lambdas = {};
}

// The scan's files and bytes (as the disk or the revision holds them), and what analysing
// them takes.
MemoryEstimate estimateMemory(const ScanResult &scan, const AnalysisOptions &options)
{
    MemoryEstimate estimate;
    estimate.files = int(scan.files.size());
    const GitRevision *revision = scan.revision.get();
    for (const SourceFile &file : scan.files) {
        qint64 size = 0;
        if (!revision) {
            size = QFileInfo(scan.pathOf(file)).size();
        } else if (const RevisionEntry *entry = revision->entry(file.relativePath)) {
            QString error;
            size = std::max<qint64>(0, revision->size(*entry, &error));
        }
        estimate.sourceBytes += size;
    }
    estimate.neededBytes =
        estimatedPeakBytes(estimate.sourceBytes, estimate.files, options.callFacts);
    estimate.packageBytes = estimatedPeakBytes(estimate.sourceBytes, estimate.files, false);
    estimate.limitBytes = options.memoryLimit;
    return estimate;
}

} // namespace

QString factCacheVersion()
{
    return QStringLiteral("headroom " HEADROOM_VERSION
                          "; tree-sitter-python " HEADROOM_GRAMMAR_VERSION
                          "; facts %1; extractor " HEADROOM_EXTRACTOR_HASH)
        .arg(kFactsFormatVersion);
}

std::unique_ptr<FactCache> openFactCache(const CacheOptions &options, QString *why)
{
    if (!options.enabled)
        return nullptr;
    FactCacheSettings settings;
    settings.dir = options.dir.isEmpty() ? FactCache::defaultDir() : options.dir;
    settings.version = factCacheVersion();
    settings.maxBytes = options.maxBytes.value_or(FactCache::maxBytesFromEnvironment());
    return FactCache::open(settings, why);
}

namespace {

// What a worker makes of a file's raw facts: without what only the call graph reads unless
// asked for (after the cache has it all), names interned.
FileFacts finished(RawFileFacts raw, bool callFacts)
{
    if (!callFacts)
        dropCallFacts(raw);
    return interned(raw);
}

// Extracts the files `todo` names (indices into the scan's files) into `facts`, with
// `threads` workers; progress counts on from `doneBefore` files done of the scan's.
void extractInto(const ScanResult &scan, const ExtractOptions &options, int threads,
                 const ProgressFn &progress, FactCache *cache, ExtractCounts *counts,
                 bool callFacts, std::vector<QByteArray> *contentKeys,
                 std::vector<FileFacts> &facts, const std::vector<int> &todo, int doneBefore)
{
    const std::vector<SourceFile> &files = scan.files;
    const int count = int(todo.size());
    const int total = int(files.size());
    if (threads <= 0)
        threads = std::max(1, QThread::idealThreadCount());
    threads = std::min(threads, std::max(1, count));

    if (progress && doneBefore > 0)
        progress(Stage::Parsing, doneBefore, total);
    std::atomic_int next{0};
    std::atomic_int done{doneBefore};
    std::atomic_int parsed{0};
    std::atomic_int cached{0};
    // A parse takes many times its file's size in memory: big files are parsed one at a
    // time, so that the peak stays near one big parse whatever the number of threads.
    std::mutex bigFile;
    auto work = [&] {
        PythonExtractor extractor;
        const Worker worker{extractor, options, scan, cache, bigFile, parsed, cached};
        for (int k = next++; k < count; k = next++) {
            if (options.cancel && options.cancel->load(std::memory_order_relaxed))
                return;
            const std::size_t i = std::size_t(todo[std::size_t(k)]);
            QByteArray key;
            facts[i] = finished(worker.extract(files[i], &key), callFacts);
            if (contentKeys)
                (*contentKeys)[i] = std::move(key);
            const int d = ++done;
            if (progress)
                progress(Stage::Parsing, d, total);
        }
    };
    std::vector<std::jthread> workers;
    workers.reserve(std::size_t(threads - 1));
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(work);
    work();
    workers.clear(); // joins
    if (counts) {
        counts->parsed += parsed.load();
        counts->cached += cached.load();
    }
}

// Extraction begun while the scan still runs: the scan names each file as it lists it
// (ScanOptions::listed), and workers read and parse those while the scanning thread walks
// on. Only `.py` files (a stub may lose to its module's `.py`, and a project of stubs is
// rare) and only the work tree's (a revision's files are listed at once). What the scan
// leaves out is dropped; what it keeps and no worker reached is extracted afterwards.
class EarlyExtraction
{
public:
    EarlyExtraction(int workers, const AnalysisOptions &options, const std::atomic_bool *cancel,
                    std::unique_ptr<FactCache> &cache, QString *cacheError)
        : m_options(options), m_cache(cache), m_cacheError(cacheError)
    {
        m_extract = options.extract;
        m_extract.cancel = cancel;
        m_results.resize(std::size_t(workers) + 1); // the last for the scanning thread
        m_threads.reserve(std::size_t(workers));
        for (int w = 0; w < workers; ++w)
            m_threads.emplace_back([this, w] { work(std::size_t(w)); });
    }
    ~EarlyExtraction() { stop(); }
    EarlyExtraction(const EarlyExtraction &) = delete;
    EarlyExtraction &operator=(const EarlyExtraction &) = delete;

    // ScanOptions::listed, on the scanning thread.
    void listed(const ListedFile &file)
    {
        if (!file.relativePath.endsWith(QLatin1String(".py")))
            return;
        const std::scoped_lock lock(m_mutex);
        if (!m_started) {
            // The options every worker reads are settled before the first file is queued
            // (the queue's lock publishes them).
            m_started = true;
            m_scan.folder = file.folder;
            if (m_options.maxFileBytes)
                m_extract.maxBytes = *m_options.maxFileBytes;
            else if (file.maxFileBytes > 0)
                m_extract.maxBytes = file.maxFileBytes;
            m_cache = openCache(m_options.cache, m_extract, m_cacheError);
        }
        m_queue.push_back(file.relativePath);
        m_wake.notify_one();
    }

    // Whether the cache was opened here (with the first file).
    [[nodiscard]] bool started() const { return m_started; }

    // The scan is over, with `total` files: the scanning thread helps with what is queued
    // (progress counting files from now on), then every worker ends.
    void finish(int total, const ProgressFn &progress)
    {
        {
            const std::scoped_lock lock(m_mutex);
            m_closed = true;
            m_total = total;
            m_progress = progress ? &progress : nullptr;
        }
        m_wake.notify_all();
        work(m_results.size() - 1);
        m_threads.clear(); // joins
    }

    // The scan failed or the project is too large: what is queued is left.
    void stop()
    {
        {
            const std::scoped_lock lock(m_mutex);
            m_closed = true;
            m_stopped = true;
        }
        m_wake.notify_all();
        m_threads.clear();
    }

    // Moves the facts of the scan's files that were extracted into `facts` (and their keys
    // into `contentKeys`); the indices of the others, in order.
    std::vector<int> takeInto(const ScanResult &scan, std::vector<FileFacts> &facts,
                              std::vector<QByteArray> *contentKeys, ExtractCounts &counts)
    {
        QHash<QString, Extracted *> byPath;
        for (std::vector<Extracted> &list : m_results)
            for (Extracted &e : list)
                byPath.insert(e.relativePath, &e);
        std::vector<int> rest;
        for (std::size_t i = 0; i < scan.files.size(); ++i) {
            Extracted *e = byPath.value(scan.files[i].relativePath);
            if (!e) {
                rest.push_back(int(i));
                continue;
            }
            facts[i] = std::move(e->facts);
            if (contentKeys)
                (*contentKeys)[i] = std::move(e->key);
            counts.parsed += e->parsed;
            counts.cached += e->cached;
        }
        m_results.clear();
        return rest;
    }

private:
    struct Extracted
    {
        QString relativePath;
        FileFacts facts;
        QByteArray key;
        bool parsed = false;
        bool cached = false;
    };

    void work(std::size_t slot)
    {
        PythonExtractor extractor;
        std::vector<Extracted> &out = m_results[slot];
        for (;;) {
            QString relative;
            const ProgressFn *progress = nullptr;
            int total = 0;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopped || m_closed || !m_queue.empty(); });
                if (m_stopped || m_queue.empty())
                    return;
                relative = std::move(m_queue.front());
                m_queue.pop_front();
                progress = m_progress;
                total = m_total;
            }
            if (m_extract.cancel && m_extract.cancel->load(std::memory_order_relaxed))
                return;
            if (pastShare())
                return; // the rest waits for the scan's estimate
            std::atomic_int parsed{0};
            std::atomic_int cached{0};
            const Worker worker{extractor, m_extract, m_scan, m_cache.get(),
                                m_bigFile, parsed,    cached};
            SourceFile file;
            file.relativePath = relative;
            QByteArray key;
            FileFacts facts = finished(worker.extract(file, &key), m_options.callFacts);
            m_bytes += facts.bytes;
            const int done = ++m_files;
            out.push_back(
                {std::move(relative), std::move(facts), std::move(key), parsed > 0, cached > 0});
            if (progress)
                (*progress)(Stage::Parsing, std::min(done, total), total);
        }
    }

    // With a memory limit, what is read before the scan's estimate says the project fits
    // stays within a quarter of it (by the same estimate, memoryestimate.h).
    [[nodiscard]] bool pastShare() const
    {
        return m_options.memoryLimit > 0 &&
               estimatedPeakBytes(m_bytes.load(), m_files.load(), m_options.callFacts) >
                   m_options.memoryLimit / 4;
    }

    const AnalysisOptions &m_options;
    std::unique_ptr<FactCache> &m_cache;
    QString *m_cacheError;
    ExtractOptions m_extract;
    ScanResult m_scan; // the folder alone: what a worker reads files from
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<QString> m_queue;
    bool m_started = false;
    bool m_closed = false;
    bool m_stopped = false;
    std::mutex m_bigFile;
    std::atomic<qint64> m_bytes{0}; // of the files read so far
    std::atomic_int m_files{0};
    const ProgressFn *m_progress = nullptr; // set by finish(), with the scan's file count
    int m_total = 0;
    std::vector<std::vector<Extracted>> m_results; // per worker, the scanning thread's last
    std::vector<std::jthread> m_threads;           // last member: joined first
};

} // namespace

std::vector<FileFacts> extractAll(const ScanResult &scan, const ExtractOptions &options,
                                  int threads, const ProgressFn &progress, FactCache *cache,
                                  ExtractCounts *counts, bool callFacts,
                                  std::vector<QByteArray> *contentKeys)
{
    std::vector<FileFacts> facts(scan.files.size());
    if (contentKeys)
        contentKeys->assign(scan.files.size(), QByteArray());
    std::vector<int> all(scan.files.size());
    std::iota(all.begin(), all.end(), 0);
    if (counts)
        *counts = {};
    extractInto(scan, options, threads, progress, cache, counts, callFacts, contentKeys, facts, all,
                0);
    return facts;
}

void dropUnansweredOperators(std::vector<FileFacts> &all)
{
    QSet<Name> methods; // every method name a class of the project defines
    for (const FileFacts &facts : all)
        for (const Definition &def : facts.definitions)
            if (def.kind == DefKind::Method)
                methods.insert(def.name);
    const auto defined = [&methods](QStringView method) {
        const std::optional<Name> name = Name::find(method);
        return name && methods.contains(*name);
    };
    for (FileFacts &facts : all) {
        std::erase_if(facts.calls, [&](const CallFact &call) {
            if (call.origin != CallOrigin::Operator)
                return false;
            const QStringView callee(call.callee);
            const QStringView method = callee.mid(callee.lastIndexOf(QLatin1Char('.')) + 1);
            // `a += b` is a.__iadd__, else a.__add__.
            const QString plain = plainOperatorMethod(method);
            return !defined(method) && !(!plain.isEmpty() && defined(plain));
        });
    }
}

void releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
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
    // With more than one thread, the others parse what the scan has listed while it walks on
    // (EarlyExtraction); a revision's files are listed at once.
    const int threads =
        options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
    std::unique_ptr<FactCache> cache;
    std::optional<EarlyExtraction> early;
    if (threads > 1 && options.scan.revision.isEmpty()) {
        early.emplace(threads - 1, options, cancel, cache, &analysis->cacheError);
        scanOptions.listed = [&early](const ListedFile &file) { early->listed(file); };
    }
    analysis->scan = scanProject(folder, scanOptions);
    if (analysis->scan.status != ScanStatus::Ok)
        return analysis; // `early` stops and drops what it read
    analysis->diagnostics = analysis->scan.diagnostics;
    if (options.memoryLimit > 0) {
        analysis->memory = estimateMemory(analysis->scan, options);
        if (analysis->memory.neededBytes > options.memoryLimit) {
            analysis->scan.status = ScanStatus::TooLarge;
            return analysis;
        }
    }

    ExtractOptions extractOptions = options.extract;
    extractOptions.cancel = cancel;
    if (options.maxFileBytes)
        extractOptions.maxBytes = *options.maxFileBytes;
    else if (analysis->scan.maxFileBytes > 0)
        extractOptions.maxBytes = analysis->scan.maxFileBytes;
    // The cache is the analysis's own: never a file in the project. Opened with the first
    // file listed when extraction began during the scan.
    if (!early || !early->started())
        cache = openCache(options.cache, extractOptions, &analysis->cacheError);
    ExtractCounts counts;
    std::vector<QByteArray> contentKeys;
    if (cache)
        contentKeys.assign(analysis->scan.files.size(), QByteArray());
    analysis->facts.resize(analysis->scan.files.size());
    std::vector<int> rest;
    if (early) {
        early->finish(int(analysis->scan.files.size()), progress);
        rest = early->takeInto(analysis->scan, analysis->facts, cache ? &contentKeys : nullptr,
                               counts);
        early.reset();
    } else {
        rest.resize(analysis->scan.files.size());
        std::iota(rest.begin(), rest.end(), 0);
    }
    extractInto(analysis->scan, extractOptions, threads, progress, cache.get(), &counts,
                options.callFacts, cache ? &contentKeys : nullptr, analysis->facts, rest,
                int(analysis->scan.files.size() - rest.size()));
    if (cancelled()) {
        analysis->scan.status = ScanStatus::Cancelled;
        return analysis;
    }
    if (cache)
        cache->commit(&analysis->cacheError); // when it cannot, the next run parses again
    if (options.callFacts)
        dropUnansweredOperators(analysis->facts);
    releaseFreedMemory(); // the parse trees and source texts, in the extraction threads' arenas
    analysis->parsedFiles = counts.parsed;
    analysis->cachedFiles = counts.cached;
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
    if (cache && options.callFacts) {
        analysis->cacheOptions = options.cache;
        analysis->callGraphKey = callGraphKey(*analysis, contentKeys);
    }
    analysis->diagnostics.insert(analysis->diagnostics.end(),
                                 std::make_move_iterator(resolved.diagnostics.begin()),
                                 std::make_move_iterator(resolved.diagnostics.end()));
    if (progress)
        progress(Stage::Done, 0, 0);
    return analysis;
}

} // namespace headroom
