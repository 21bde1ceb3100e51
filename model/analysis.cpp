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

#include <mutex>
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

std::vector<FileFacts> extractAll(const ScanResult &scan, const ExtractOptions &options,
                                  int threads, const ProgressFn &progress, FactCache *cache,
                                  ExtractCounts *counts, bool callFacts,
                                  std::vector<QByteArray> *contentKeys)
{
    const std::vector<SourceFile> &files = scan.files;
    std::vector<FileFacts> facts(files.size());
    if (contentKeys)
        contentKeys->assign(files.size(), QByteArray());
    const int count = int(files.size());
    if (threads <= 0)
        threads = std::max(1, QThread::idealThreadCount());
    threads = std::min(threads, std::max(1, count));

    std::atomic_int next{0};
    std::atomic_int done{0};
    std::atomic_int parsed{0};
    std::atomic_int cached{0};
    // A parse takes many times its file's size in memory: big files are parsed one at a
    // time, so that the peak stays near one big parse whatever the number of threads.
    std::mutex bigFile;
    auto work = [&] {
        PythonExtractor extractor;
        const Worker worker{extractor, options, scan, cache, bigFile, parsed, cached};
        for (int i = next++; i < count; i = next++) {
            if (options.cancel && options.cancel->load(std::memory_order_relaxed))
                return;
            QByteArray key;
            RawFileFacts f = worker.extract(files[std::size_t(i)], &key);
            if (contentKeys)
                (*contentKeys)[std::size_t(i)] = std::move(key);
            if (!callFacts) // after the cache has them all, before their names are interned
                dropCallFacts(f);
            facts[std::size_t(i)] = interned(f);
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
    if (counts)
        *counts = ExtractCounts{parsed.load(), cached.load()};
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
    analysis->scan = scanProject(folder, scanOptions);
    if (analysis->scan.status != ScanStatus::Ok)
        return analysis;
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
    // The cache is the analysis's own: never a file in the project.
    const std::unique_ptr<FactCache> cache =
        openCache(options.cache, extractOptions, &analysis->cacheError);
    ExtractCounts counts;
    std::vector<QByteArray> contentKeys;
    analysis->facts =
        extractAll(analysis->scan, extractOptions, options.threads, progress, cache.get(), &counts,
                   options.callFacts, cache ? &contentKeys : nullptr);
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
