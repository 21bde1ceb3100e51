#include "extractor_input.h"

#include <algorithm>
#include <cstring>

namespace headroom::detail {

std::string_view withoutBom(std::string_view source)
{
    if (source.size() >= 3 && source.substr(0, 3) == "\xEF\xBB\xBF")
        source.remove_prefix(3);
    return source;
}

std::int64_t firstInvalidUtf8(std::string_view source)
{
    const auto *s = reinterpret_cast<const unsigned char *>(source.data());
    const std::size_t n = source.size();
    std::size_t i = 0;
    while (i < n) {
        // Most Python is ASCII: skip eight plain bytes at a time.
        if (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, s + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            if (c == 0xE0)
                lo = 0xA0; // overlong
            else if (c == 0xED)
                hi = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            if (c == 0xF0)
                lo = 0x90; // overlong
            else if (c == 0xF4)
                hi = 0x8F; // above U+10FFFF
        } else {
            return static_cast<std::int64_t>(i);
        }
        if (n - i <= static_cast<std::size_t>(extra)) // truncated at the end
            return static_cast<std::int64_t>(i);
        if (s[i + 1] < lo || s[i + 1] > hi)
            return static_cast<std::int64_t>(i);
        for (int k = 2; k <= extra; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return static_cast<std::int64_t>(i);
        }
        i += static_cast<std::size_t>(extra) + 1;
    }
    return -1;
}

int lineOfOffset(std::string_view source, std::size_t offset)
{
    offset = std::min(offset, source.size());
    return 1 + static_cast<int>(std::count(source.begin(), source.begin() + offset, '\n'));
}

int LineStats::slocOf(int firstLine, int lastLine) const
{
    const int last = static_cast<int>(codeBefore.size()) - 1;
    firstLine = std::clamp(firstLine, 1, std::max(last, 1));
    lastLine = std::clamp(lastLine, firstLine - 1, last);
    if (last < 1)
        return 0;
    return codeBefore[lastLine] - codeBefore[firstLine - 1];
}

LineStats countLines(std::string_view source, bool keepPrefix)
{
    LineStats stats;
    if (keepPrefix)
        stats.codeBefore.push_back(0);
    const char *p = source.data();
    const char *const end = p + source.size();
    while (p < end) {
        const char *eol = static_cast<const char *>(std::memchr(p, '\n', end - p));
        const char *lineEnd = eol ? eol : end;
        const char *q = p;
        while (q < lineEnd && (*q == ' ' || *q == '\t' || *q == '\f' || *q == '\r'))
            ++q;
        ++stats.lines;
        if (q < lineEnd && *q != '#')
            ++stats.sloc;
        if (keepPrefix)
            stats.codeBefore.push_back(stats.sloc);
        p = eol ? eol + 1 : end;
    }
    return stats;
}

} // namespace headroom::detail
