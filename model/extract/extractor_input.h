#pragma once

// Byte-level checks and line counts that run before (and beside) the parse. Private to the
// extractor.

#include <cstdint>
#include <string_view>
#include <vector>

namespace headroom::detail {

// The source without a leading UTF-8 byte order mark.
[[nodiscard]] std::string_view withoutBom(std::string_view source);

// Offset of the first byte that does not belong to a well-formed UTF-8 sequence (overlong
// forms, surrogates and code points above U+10FFFF are ill-formed), or -1 when valid.
[[nodiscard]] std::int64_t firstInvalidUtf8(std::string_view source);

// 1-based line of a byte offset.
[[nodiscard]] int lineOfOffset(std::string_view source, std::size_t offset);

// Lines and source lines of code. A line counts as code when it holds something other than
// blanks and is not only a comment; lines inside multi-line strings count as code.
struct LineStats
{
    int lines = 0;
    int sloc = 0;
    // codeBefore[n] = code lines among lines 1..n (size lines + 1), for per-span counts.
    std::vector<int> codeBefore;

    [[nodiscard]] int slocOf(int firstLine, int lastLine) const;
};

[[nodiscard]] LineStats countLines(std::string_view source, bool keepPrefix);

} // namespace headroom::detail
