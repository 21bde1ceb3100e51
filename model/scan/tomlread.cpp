#include "tomlread.h"

#include <cstdint>
#include <string>

namespace headroom::detail {

namespace {

constexpr int kMaxQuotedIntegers = 100;

bool isTokenChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           c == '+' || c == '-' || c == '.' || c == ':';
}

int digitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 99;
}

// Whether `token` is a TOML integer (decimal with sign, 0x, 0o, 0b; underscores) that does
// not fit in 64 signed bits.
bool isHugeInteger(std::string_view token)
{
    bool negative = false;
    if (!token.empty() && (token.front() == '+' || token.front() == '-')) {
        negative = token.front() == '-';
        token.remove_prefix(1);
    }
    unsigned base = 10;
    if (token.size() > 2 && token[0] == '0' &&
        (token[1] == 'x' || token[1] == 'o' || token[1] == 'b')) {
        base = token[1] == 'x' ? 16 : token[1] == 'o' ? 8 : 2;
        token.remove_prefix(2);
    }
    if (token.empty())
        return false;
    const std::uint64_t limit = std::uint64_t(INT64_MAX) + (negative ? 1 : 0);
    std::uint64_t value = 0;
    bool huge = false;
    for (const char c : token) {
        if (c == '_')
            continue;
        const int digit = digitValue(c);
        if (digit >= int(base))
            return false; // a float, a date, a key: not an integer
        if (value > (limit - std::uint64_t(digit)) / base)
            huge = true;
        else
            value = value * base + std::uint64_t(digit);
    }
    return huge;
}

// Puts quotes around the first integer beyond 64 bits on the 1-based `line`, outside strings
// and comments. False when there is none (the error was something else).
bool quoteHugeInteger(std::string &text, std::size_t line)
{
    std::size_t begin = 0;
    for (std::size_t n = 1; n < line; ++n) {
        begin = text.find('\n', begin);
        if (begin == std::string::npos)
            return false;
        ++begin;
    }
    const std::size_t end = std::min(text.find('\n', begin), text.size());
    for (std::size_t i = begin; i < end;) {
        const char c = text[i];
        if (c == '#')
            return false;
        if (c == '"' || c == '\'') {
            const std::size_t close = text.find(c, i + 1); // escapes cannot hide a digit run
            if (close == std::string::npos || close >= end)
                return false;
            i = close + 1;
            continue;
        }
        if (!isTokenChar(c)) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < end && isTokenChar(text[j]))
            ++j;
        if (isHugeInteger(std::string_view(text).substr(i, j - i))) {
            text.insert(j, 1, '"');
            text.insert(i, 1, '"');
            return true;
        }
        i = j;
    }
    return false;
}

} // namespace

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

int lineOf(const toml::node &node)
{
    return int(node.source().begin.line);
}

TomlDocument parseToml(std::string_view text)
{
    TomlDocument doc;
    std::string patched; // a copy, made when the first huge integer is met
    for (int quoted = 0;; ++quoted) {
        const std::string_view current = quoted == 0 ? text : std::string_view(patched);
        try {
            doc.table = toml::parse(current, std::string_view("pyproject.toml"));
            doc.parsed = true;
            return doc;
        } catch (const toml::parse_error &error) {
            const std::size_t line = error.source().begin.line;
            if (quoted < kMaxQuotedIntegers &&
                error.description().find("not representable in 64 bits") !=
                    std::string_view::npos) {
                if (quoted == 0)
                    patched.assign(text);
                if (quoteHugeInteger(patched, line))
                    continue;
            }
            doc.errorLine = int(line);
            doc.error = fromStd(error.description());
        } catch (const std::exception &error) {
            doc.error = QString::fromUtf8(error.what());
        }
        return doc;
    }
}

} // namespace headroom::detail
