#pragma once

// Python 2 syntax. The grammar accepts much of it (print and exec statements, `except E, e`,
// `<>`, `0777`, `10L`, `ur""`) and recovers from the rest (backticks), so a Python 2 file
// would pass as Python 3 with at most a syntax error. Private to the extractor.

#include <tree_sitter/api.h>

#include <string_view>

namespace headroom::detail {

struct Python2Hint
{
    int line = 0;                    // 1-based line of the first Python 2 construct
    const char *construct = nullptr; // its key (see DiagnosticCode::Python2); null: none found
};

// Finds the first Python 2 construct of `source`: the text is scanned for candidate tokens,
// each confirmed on the parse tree so that strings and comments never count.
[[nodiscard]] Python2Hint findPython2(std::string_view source, TSNode root);

} // namespace headroom::detail
