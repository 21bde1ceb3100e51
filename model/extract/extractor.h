#pragma once

#include "facts.h"

#include <QByteArrayView>

#include <atomic>
#include <memory>
#include <optional>

struct TSParser;

namespace headroom {

// Files over this size are skipped (TooLarge), so that what is analysed never depends on the
// machine: [tool.headroom] max_file_bytes and --max-file-size change it. A parse takes 25 to
// 90 times the file's size in memory (120 MB for 5 MB of the standard library's code, 290 MB
// for a 5 MB list literal); files over 1 MB are parsed one at a time (extractAll).
inline constexpr qint64 kDefaultMaxFileBytes = 5 * 1024 * 1024;

struct ExtractOptions
{
    qint64 maxBytes = kDefaultMaxFileBytes; // larger files are skipped with TooLarge
    // Per file; ParseTimeout when exceeded; 0: none. Unset: a safety net against pathological
    // input only (parserSafetyNetMicros), far above what any ordinary file takes to parse.
    std::optional<quint64> timeoutMicros;
    const std::atomic_bool *cancel = nullptr; // checked by the parser while it runs
};

// The default time limit for parsing `bytes`: a minute plus 20 s per MB, some 30 times what
// parsing takes on a busy 2-core machine (under 1 s per MB, a 5 MB list literal included),
// so that only input that sends the parser's error recovery astray ever reaches it.
[[nodiscard]] quint64 parserSafetyNetMicros(qint64 bytes);

// One tree-sitter parser with the Python grammar. Not thread-safe: one per worker thread.
// extract() is pure: bytes in, facts out; it never throws and never reads other files.
class PythonExtractor
{
public:
    PythonExtractor();
    ~PythonExtractor();
    PythonExtractor(const PythonExtractor &) = delete;
    PythonExtractor &operator=(const PythonExtractor &) = delete;

    [[nodiscard]] FileFacts extract(QByteArrayView source, const ExtractOptions &options = {});
    // The same facts before their texts are interned (facts.h): what to drop can be dropped
    // before its names reach the table that holds them for good.
    [[nodiscard]] RawFileFacts extractRaw(QByteArrayView source,
                                          const ExtractOptions &options = {});

    // Parse only, building and dropping the tree: the baseline the benchmark compares with.
    bool parseOnly(QByteArrayView source, const ExtractOptions &options = {});

    // Whether the grammar loaded (ABI compatible with the runtime).
    [[nodiscard]] bool isValid() const { return m_parser != nullptr; }

private:
    TSParser *m_parser = nullptr;
};

// The facts of a file too large to be read: its size and a TooLarge diagnostic.
[[nodiscard]] FileFacts tooLargeFile(qint64 size, qint64 limit);
// The facts of a file that could not be read: `code` (Unreadable, Vanished) and why.
[[nodiscard]] FileFacts unreadFile(DiagnosticCode code, const QString &detail = {});

// Reads a file for extraction: at most options.maxBytes + 1 bytes, so that extract() still
// sees a file that grew too large. Nullopt with `*failure` (Vanished, Unreadable, TooLarge)
// when it is not read.
[[nodiscard]] std::optional<QByteArray>
readSourceFile(const QString &path, const ExtractOptions &options, FileFacts *failure);

// Reads a file and extracts it; unreadable or vanished files give a diagnostic.
[[nodiscard]] FileFacts extractFile(PythonExtractor &extractor, const QString &path,
                                    const ExtractOptions &options = {});

} // namespace headroom
