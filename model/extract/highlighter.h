#pragma once

#include <QByteArrayView>

#include <cstdint>
#include <vector>

namespace headroom {

// What a stretch of Python source is, for the source view. Taken from tree-sitter's own
// parse, so the colours agree with what the analysis saw.
enum class TokenKind : std::uint8_t
{
    Keyword,
    String,
    Comment,
    Number,
    Constant,   // True, False, None
    Definition, // the name in `def name` / `class name`
    Decorator,
};

struct Token
{
    int line = 0;   // 0-based
    int column = 0; // 0-based, in UTF-16 code units (QString positions) of that line
    int length = 0; // in UTF-16 code units; a token never spans lines (a multi-line string
                    // is one token per line)
    TokenKind kind = TokenKind::Keyword;
};

// Tokens in source order. Empty for input that cannot be parsed (NUL bytes, over 16 MB).
[[nodiscard]] std::vector<Token> highlightPython(QByteArrayView source);

} // namespace headroom
