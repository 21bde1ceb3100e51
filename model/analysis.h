#pragma once

#include "extractor.h"
#include "facts.h"
#include "graph.h"
#include "memoryestimate.h"
#include "scanner.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace headroom {

struct CallGraph;
class FactCache;
class GitRevision;

enum class Stage : std::uint8_t
{
    Scanning,
    Parsing,
    Resolving,
    Measuring,
    Calls,
    Done
};

// The cache of extracted facts (model/cache): off unless a front end turns it on, so that a
// library user or a test never writes outside what it asked for.
struct CacheOptions
{
    bool enabled = false;
    QString dir; // the cache's folder; "" for $XDG_CACHE_HOME/headroom (~/.cache/headroom)
    std::optional<qint64> maxBytes; // unset: HEADROOM_CACHE_MAX_BYTES, else 1 GiB
};

struct AnalysisOptions
{
    ScanOptions scan;
    ExtractOptions extract;
    // Files larger than this are skipped (--max-file-size); unset: [tool.headroom]
    // max_file_bytes, else extract.maxBytes.
    std::optional<qint64> maxFileBytes;
    int threads = 0; // 0 = one per core
    // Count the commits that touched each file in this many days (first parents, up to now
    // for the work tree, up to the revision's commit for a revision); 0: not counted.
    int churnDays = 0;
    CacheOptions cache;
    // Stop after the scan, with ScanStatus::TooLarge, when the estimate of what the analysis
    // needs (memoryestimate.h) is larger than this many bytes; 0: not checked.
    qint64 memoryLimit = 0;
    // Keep the facts only the call graph reads (calls, bindings, references, stores, lambdas).
    // Without: the import graph and every metric but call-graph cohesion, in less memory.
    bool callFacts = true;
};

// One finished analysis: immutable once built, shared by every view.
struct Analysis
{
    ScanResult scan;
    std::vector<FileFacts> facts; // facts[i] belongs to scan.files[i]
    ImportGraph graph;
    std::vector<Diagnostic> diagnostics; // every problem found, files named relative
    qint64 totalBytes = 0;
    // AnalysisOptions::churnDays: the commits that touched each file (by file index) in that
    // window; empty when not asked for or not countable (churnError says why).
    int churnDays = 0;
    std::vector<int> churn;
    QString churnError;
    MemoryEstimate memory; // when AnalysisOptions::memoryLimit was given
    int parsedFiles = 0;   // files handed to the parser
    int cachedFiles = 0;   // files whose facts came from the cache
    // Why the cache of facts could not be opened or written ("cannot make the folder X",
    // "X/facts.sqlite3: database or disk is full"); empty when it worked, was not asked for
    // or was only busy with another process. The analysis is the same either way.
    QString cacheError;
    // The call graph's key in the fact cache (callgraphcache.h) and the cache it is in; empty
    // when the cache was not used, or the facts the call graph reads were not kept.
    QByteArray callGraphKey;
    CacheOptions cacheOptions;

    [[nodiscard]] const SourceFile &file(int i) const { return scan.files[std::size_t(i)]; }
    [[nodiscard]] QString pathOf(int i) const { return scan.pathOf(file(i)); }
};

using AnalysisPtr = std::shared_ptr<const Analysis>;

// Called from worker threads, throttled by the caller's needs: (stage, done, total).
using ProgressFn = std::function<void(Stage, int, int)>;

// Runs scan -> extract (in parallel) -> resolve. Returns a snapshot whose scan.status says
// whether the folder could be analysed; cancelling returns status Cancelled.
[[nodiscard]] AnalysisPtr analyzeProject(const QString &folder, const AnalysisOptions &options = {},
                                         const ProgressFn &progress = {});

// Gives the pages that freed memory leaves behind back to the system (glibc's malloc keeps
// them, in each thread's arena): called between stages that free much in small pieces, so
// that the next stage's allocations do not add to them. Does nothing on other C libraries.
void releaseFreedMemory();

// Drops the operators' calls (CallOrigin::Operator) whose special method no class of the
// project defines: they can give no edge, and a large project writes hundreds of thousands
// of `x[k]` and `a == b` (a tenth of its calls).
void dropUnansweredOperators(std::vector<FileFacts> &all);

struct ExtractCounts
{
    int parsed = 0;
    int cached = 0;
};

// Extracts every file of the scan with `threads` workers, each owning one parser; from its
// revision when it has one (a file's relativePath names the entry), else from the disk. With
// a `cache`, facts of the same bytes come from it and the facts of files parsed are put in it
// (not committed). Without `callFacts`, what only the call graph reads is dropped once the
// cache has it. `contentKeys` gets each file's key in the cache (empty where it has none).
[[nodiscard]] std::vector<FileFacts>
extractAll(const ScanResult &scan, const ExtractOptions &options, int threads,
           const ProgressFn &progress = {}, FactCache *cache = nullptr,
           ExtractCounts *counts = nullptr, bool callFacts = true,
           std::vector<QByteArray> *contentKeys = nullptr);

// The fact cache as `options` ask for it; null when not enabled or when it cannot be used
// (`why` then says why, see FactCache::open).
[[nodiscard]] std::unique_ptr<FactCache> openFactCache(const CacheOptions &options,
                                                       QString *why = nullptr);

// What the fact cache's entries must have been written by: Headroom's version, the grammar's
// and the facts format's.
[[nodiscard]] QString factCacheVersion();

} // namespace headroom
