// What Python's builtins are: the names of the builtins module, and the attributes of the
// builtin value types (a `str` has `upper`, not `get_absolute_url`).

#include "callresolver.h"

#include <QLatin1String>

#include <algorithm>
#include <string_view>
#include <vector>

namespace headroom::detail {

namespace {

// Python 3.11's builtins module, less the constants and the interactive helpers.
constexpr const char kBuiltins[] =
    "abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr "
    "classmethod compile complex delattr dict dir divmod enumerate eval exec filter float "
    "format frozenset getattr globals hasattr hash hex id input int isinstance issubclass "
    "iter len list locals map max memoryview min next object oct open ord pow print "
    "property range repr reversed round set setattr slice sorted staticmethod str sum "
    "super tuple type vars zip __import__ ArithmeticError AssertionError AttributeError "
    "BaseException BaseExceptionGroup BlockingIOError BrokenPipeError BufferError "
    "BytesWarning ChildProcessError ConnectionAbortedError ConnectionError "
    "ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError "
    "EncodingWarning EnvironmentError Exception ExceptionGroup FileExistsError "
    "FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError ImportError "
    "ImportWarning IndentationError IndexError InterruptedError IsADirectoryError KeyError "
    "KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError "
    "NotADirectoryError NotImplementedError OSError OverflowError "
    "PendingDeprecationWarning PermissionError ProcessLookupError RecursionError "
    "ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration "
    "StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError "
    "TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError "
    "UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError";

// Python 3.11's public attributes of the builtin value types (plus int.is_integer, 3.12);
// special names (`__len__`) are not listed: every one is taken as there.
struct TypeAttributes
{
    const char *type;
    const char *attributes;
};
constexpr TypeAttributes kTypeAttributes[] = {
    {"builtins.bytearray",
     "append capitalize center clear copy count decode endswith expandtabs extend find "
     "fromhex hex index insert isalnum isalpha isascii isdigit islower isspace istitle "
     "isupper join ljust lower lstrip maketrans partition pop remove removeprefix "
     "removesuffix replace reverse rfind rindex rjust rpartition rsplit rstrip split "
     "splitlines startswith strip swapcase title translate upper zfill"},
    {"builtins.bytes",
     "capitalize center count decode endswith expandtabs find fromhex hex index "
     "isalnum isalpha isascii isdigit islower isspace istitle isupper join ljust lower "
     "lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust "
     "rpartition rsplit rstrip split splitlines startswith strip swapcase title "
     "translate upper zfill"},
    {"builtins.dict", "clear copy fromkeys get items keys pop popitem setdefault update values"},
    {"builtins.float", "as_integer_ratio conjugate fromhex hex imag is_integer real"},
    {"builtins.frozenset",
     "copy difference intersection isdisjoint issubset issuperset symmetric_difference "
     "union"},
    {"builtins.int", "as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag "
                     "is_integer numerator real to_bytes"},
    {"builtins.list", "append clear copy count extend index insert pop remove reverse sort"},
    {"builtins.object", ""},
    {"builtins.set", "add clear copy difference difference_update discard intersection "
                     "intersection_update isdisjoint issubset issuperset pop remove "
                     "symmetric_difference symmetric_difference_update union update"},
    {"builtins.str",
     "capitalize casefold center count encode endswith expandtabs find format "
     "format_map index isalnum isalpha isascii isdecimal isdigit isidentifier islower "
     "isnumeric isprintable isspace istitle isupper join ljust lower lstrip maketrans "
     "partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit "
     "rstrip split splitlines startswith strip swapcase title translate upper zfill"},
    {"builtins.tuple", "count index"},
};

// The words of a space-separated list, sorted, for lookups.
class Words
{
public:
    explicit Words(std::string_view all)
    {
        for (std::size_t start = 0; start < all.size();) {
            std::size_t end = all.find(' ', start);
            if (end == std::string_view::npos)
                end = all.size();
            m_sorted.emplace_back(all.data() + start, qsizetype(end - start));
            start = end + 1;
        }
        std::sort(m_sorted.begin(), m_sorted.end(),
                  [](QLatin1String a, QLatin1String b) { return a.compare(b) < 0; });
    }
    [[nodiscard]] bool contains(QStringView word) const
    {
        const auto it =
            std::lower_bound(m_sorted.begin(), m_sorted.end(), word,
                             [](QLatin1String a, QStringView b) { return b.compare(a) > 0; });
        return it != m_sorted.end() && word.compare(*it) == 0;
    }

private:
    std::vector<QLatin1String> m_sorted;
};

// The attributes of the builtin value type `qualified` ("builtins.str"), null for another.
const Words *typeAttributes(QStringView qualified)
{
    static const std::vector<Words> attributes = [] {
        std::vector<Words> out;
        for (const TypeAttributes &t : kTypeAttributes)
            out.emplace_back(t.attributes);
        return out;
    }();
    for (std::size_t i = 0; i < std::size(kTypeAttributes); ++i) {
        if (qualified == QLatin1String(kTypeAttributes[i].type))
            return &attributes[i];
    }
    return nullptr;
}

} // namespace

bool isBuiltinValueType(QStringView qualified)
{
    return typeAttributes(qualified) != nullptr;
}

bool builtinTypeLacks(QStringView qualified, QStringView name)
{
    if (name.startsWith(QLatin1String("__")) && name.endsWith(QLatin1String("__")))
        return false;
    const Words *attributes = typeAttributes(qualified);
    return attributes && !attributes->contains(name);
}

bool isBuiltinName(QStringView name)
{
    static const Words names{std::string_view(kBuiltins)};
    return names.contains(name);
}

} // namespace headroom::detail
