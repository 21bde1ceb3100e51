#pragma once

#include "facts.h"

#include <QByteArrayView>

#include <atomic>
#include <memory>

struct TSParser;

namespace headroom {

struct ExtractOptions
{
    qint64 maxBytes = 16 * 1024 * 1024; // larger files are skipped with TooLarge
    quint64 timeoutMicros = 20'000'000; // per file; ParseTimeout when exceeded
    const std::atomic_bool *cancel = nullptr; // checked by the parser while it runs
};

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

    // Parse only, building and dropping the tree: the baseline the benchmark compares with.
    bool parseOnly(QByteArrayView source, const ExtractOptions &options = {});

    // Whether the grammar loaded (ABI compatible with the runtime).
    [[nodiscard]] bool isValid() const { return m_parser != nullptr; }

private:
    TSParser *m_parser = nullptr;
};

// Reads a file and extracts it; unreadable or vanished files give a diagnostic.
[[nodiscard]] FileFacts extractFile(PythonExtractor &extractor, const QString &path,
                                    const ExtractOptions &options = {});

} // namespace headroom
