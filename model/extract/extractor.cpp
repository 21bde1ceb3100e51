#include "extractor.h"

#include "extractor_input.h"
#include "extractor_python2.h"
#include "extractor_symbols.h"
#include "extractor_walker.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>

namespace headroom {

namespace {

using detail::LineStats;

struct TreeDeleter
{
    void operator()(TSTree *tree) const { ts_tree_delete(tree); }
};
using TreePtr = std::unique_ptr<TSTree, TreeDeleter>;

enum class ParseResult
{
    Tree,
    TimedOut,
    Cancelled
};

// The runtime watches a `const size_t *` cancellation flag, which an std::atomic_bool cannot
// be handed as. So the parser reads its input through a callback that hands out bounded
// chunks and, on each call, copies the caller's atomic flag into a size_t the parser watches:
// a cancel is seen within one chunk of lexing. Without a cancel flag the whole input is one
// chunk (what ts_parser_parse_string does).
constexpr std::uint32_t kCancelChunk = 64 * 1024;

struct ReadState
{
    std::string_view text;
    const std::atomic_bool *cancel = nullptr;
    std::size_t flag = 0; // what the parser watches
};

const char *readInput(void *payload, uint32_t byteIndex, TSPoint, uint32_t *bytesRead)
{
    auto *state = static_cast<ReadState *>(payload);
    if (state->cancel && state->cancel->load(std::memory_order_relaxed))
        state->flag = 1;
    if (byteIndex >= state->text.size()) {
        *bytesRead = 0;
        return "";
    }
    std::size_t length = state->text.size() - byteIndex;
    if (state->cancel)
        length = std::min<std::size_t>(length, kCancelChunk);
    *bytesRead = static_cast<uint32_t>(length);
    return state->text.data() + byteIndex;
}

std::pair<TreePtr, ParseResult> parse(TSParser *parser, std::string_view text,
                                      const ExtractOptions &options)
{
    if (options.cancel && options.cancel->load())
        return {nullptr, ParseResult::Cancelled};
    ReadState state{text, options.cancel, 0};
    ts_parser_set_timeout_micros(
        parser, options.timeoutMicros.value_or(parserSafetyNetMicros(qint64(text.size()))));
    ts_parser_set_cancellation_flag(parser, options.cancel ? &state.flag : nullptr);
    TreePtr tree(ts_parser_parse(parser, nullptr, TSInput{&state, readInput, TSInputEncodingUTF8}));
    ts_parser_set_cancellation_flag(parser, nullptr);
    if (tree)
        return {std::move(tree), ParseResult::Tree};
    // A failed parse would otherwise be resumed by the next call.
    ts_parser_reset(parser);
    const bool cancelled = state.flag != 0 || (options.cancel && options.cancel->load());
    return {nullptr, cancelled ? ParseResult::Cancelled : ParseResult::TimedOut};
}

template <class Facts>
void addDiagnostic(Facts &facts, DiagnosticCode code, int line = 0, QString detail = {})
{
    facts.diagnostics.push_back(Diagnostic{code, QString(), line, std::move(detail)});
}

template <class Facts> void addTooLarge(Facts &facts, qint64 size, qint64 limit)
{
    // The runtime addresses bytes with 32 bits, whatever the limit says.
    limit = std::min<qint64>(limit, std::numeric_limits<std::uint32_t>::max() - 1);
    addDiagnostic(facts, DiagnosticCode::TooLarge, 0,
                  QString::number(size) + QLatin1Char(' ') + QString::number(limit));
}

template <class Facts> void addParseFailure(Facts &facts, ParseResult result)
{
    // A cancelled parse reports as a timeout marked "cancelled"; the caller drops it anyway.
    addDiagnostic(facts, DiagnosticCode::ParseTimeout, 0,
                  result == ParseResult::Cancelled ? QStringLiteral("cancelled") : QString());
}

// The checks both extract() and parseOnly() make before parsing. Returns the text to parse
// (BOM stripped) or nullopt when the input is skipped; fills bytes, and lines/sloc when
// `stats` is given (parseOnly, the benchmark baseline, does not count lines).
std::optional<std::string_view> guardInput(QByteArrayView source, const ExtractOptions &options,
                                           RawFileFacts &facts, LineStats *stats)
{
    const std::string_view raw(source.data(), static_cast<std::size_t>(source.size()));
    facts.bytes = source.size();
    const std::string_view text = detail::withoutBom(raw);
    if (stats) {
        *stats = detail::countLines(text, true);
        facts.lines = stats->lines;
        facts.sloc = stats->sloc;
    }
    if (text.empty()) {
        facts.parsed = true;
        return std::nullopt;
    }
    // The runtime addresses bytes with 32 bits.
    if (source.size() > options.maxBytes ||
        raw.size() >= std::numeric_limits<std::uint32_t>::max()) {
        addTooLarge(facts, source.size(), options.maxBytes);
        return std::nullopt;
    }
    if (std::memchr(raw.data(), 0, raw.size())) {
        addDiagnostic(facts, DiagnosticCode::Binary);
        return std::nullopt;
    }
    if (const std::int64_t bad = detail::firstInvalidUtf8(text); bad >= 0)
        addDiagnostic(facts, DiagnosticCode::InvalidUtf8,
                      detail::lineOfOffset(text, static_cast<std::size_t>(bad)));
    return text;
}

} // namespace

quint64 parserSafetyNetMicros(qint64 bytes)
{
    constexpr quint64 base = 60'000'000;
    constexpr quint64 perMegabyte = 20'000'000;
    return base + quint64(std::max<qint64>(bytes, 0)) * perMegabyte / (1024 * 1024);
}

PythonExtractor::PythonExtractor()
{
    if (!detail::pySymbols().complete)
        return; // a grammar without the node types the walker relies on
    m_parser = ts_parser_new();
    if (!ts_parser_set_language(m_parser, tree_sitter_python())) {
        // ABI version outside what this runtime supports.
        ts_parser_delete(m_parser);
        m_parser = nullptr;
    }
}

PythonExtractor::~PythonExtractor()
{
    if (m_parser)
        ts_parser_delete(m_parser);
}

FileFacts PythonExtractor::extract(QByteArrayView source, const ExtractOptions &options)
{
    return interned(extractRaw(source, options));
}

RawFileFacts PythonExtractor::extractRaw(QByteArrayView source, const ExtractOptions &options)
{
    RawFileFacts facts;
    LineStats stats;
    const std::optional<std::string_view> text = guardInput(source, options, facts, &stats);
    if (!text)
        return facts;
    if (!m_parser) {
        addDiagnostic(facts, DiagnosticCode::ParseTimeout, 0, QStringLiteral("no-grammar"));
        return facts;
    }
    auto [tree, result] = parse(m_parser, *text, options);
    if (!tree) {
        addParseFailure(facts, result);
        return facts;
    }
    const TSNode root = ts_tree_root_node(tree.get());
    // Python 2 explains its syntax errors, and much of it parses without one.
    if (const detail::Python2Hint py2 = detail::findPython2(*text, root); py2.construct)
        addDiagnostic(facts, DiagnosticCode::Python2, py2.line, QLatin1String(py2.construct));
    else if (ts_node_has_error(root))
        addDiagnostic(facts, DiagnosticCode::SyntaxError, detail::firstErrorLine(root));

    detail::TreeWalker walker(*text, stats, facts);
    if (!walker.run(root, options.cancel)) {
        RawFileFacts cancelled;
        cancelled.bytes = facts.bytes;
        cancelled.lines = facts.lines;
        cancelled.sloc = facts.sloc;
        addParseFailure(cancelled, ParseResult::Cancelled);
        return cancelled;
    }
    facts.parsed = true;
    return facts;
}

bool PythonExtractor::parseOnly(QByteArrayView source, const ExtractOptions &options)
{
    RawFileFacts facts;
    const std::optional<std::string_view> text = guardInput(source, options, facts, nullptr);
    if (!text || !m_parser)
        return false;
    return parse(m_parser, *text, options).first != nullptr;
}

FileFacts tooLargeFile(qint64 size, qint64 limit)
{
    FileFacts facts;
    facts.bytes = size;
    addTooLarge(facts, size, limit);
    return facts;
}

FileFacts unreadFile(DiagnosticCode code, const QString &detail)
{
    FileFacts facts;
    addDiagnostic(facts, code, 0, detail);
    return facts;
}

std::optional<QByteArray> readSourceFile(const QString &path, const ExtractOptions &options,
                                         FileFacts *failure)
{
    FileFacts &facts = *failure;
    const QFileInfo info(path);
    if (!info.exists()) {
        addDiagnostic(facts, DiagnosticCode::Vanished);
        return std::nullopt;
    }
    if (!info.isFile()) {
        addDiagnostic(facts, DiagnosticCode::Unreadable, 0,
                      info.isDir() ? QStringLiteral("directory") : QStringLiteral("special file"));
        return std::nullopt;
    }
    if (info.size() > options.maxBytes) {
        facts = tooLargeFile(info.size(), options.maxBytes);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!QFileInfo::exists(path))
            addDiagnostic(facts, DiagnosticCode::Vanished);
        else
            addDiagnostic(facts, DiagnosticCode::Unreadable, 0, file.errorString());
        return std::nullopt;
    }
    // Read at most one byte past the limit: a file that grew since it was listed is still
    // recognised as too large without reading all of it.
    const qint64 limit = options.maxBytes + 1;
    QByteArray data = file.read(std::min(info.size() + 1, limit));
    while (data.size() < limit && file.error() == QFileDevice::NoError) {
        const QByteArray more = file.read(std::min<qint64>(limit - data.size(), 1 << 20));
        if (more.isEmpty())
            break;
        data += more;
    }
    if (file.error() != QFileDevice::NoError) {
        addDiagnostic(facts, DiagnosticCode::Unreadable, 0, file.errorString());
        return std::nullopt;
    }
    return data;
}

FileFacts extractFile(PythonExtractor &extractor, const QString &path,
                      const ExtractOptions &options)
{
    FileFacts failure;
    const std::optional<QByteArray> data = readSourceFile(path, options, &failure);
    return data ? extractor.extract(*data, options) : failure;
}

} // namespace headroom
