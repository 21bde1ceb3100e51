#include "highlighter.h"

#include <tree_sitter/api.h>

#include <QString>

#include <cstring>
#include <memory>
#include <optional>

extern "C" const TSLanguage *tree_sitter_python(void);

namespace headroom {

namespace {

constexpr qsizetype MaxHighlightBytes = 16 * 1024 * 1024;

struct ParserDeleter
{
    void operator()(TSParser *p) const { ts_parser_delete(p); }
};
struct TreeDeleter
{
    void operator()(TSTree *t) const { ts_tree_delete(t); }
};

bool isWordType(const char *type)
{
    if (!type || !*type)
        return false;
    for (const char *c = type; *c; ++c) {
        if (!((*c >= 'a' && *c <= 'z') || *c == '_'))
            return false;
    }
    return true;
}

// Maps UTF-8 byte offsets to UTF-16 columns in constant time: utf16Before[i] counts the
// UTF-16 code units of bytes [0, i) (a lead byte starts one unit, a 4-byte lead two; stray
// bytes of invalid UTF-8 are counted as one unit each, as QString::fromUtf8 replaces them).
class Columns
{
public:
    explicit Columns(QByteArrayView source) : m_size(source.size())
    {
        m_lineStart.push_back(0);
        m_utf16Before.reserve(std::size_t(source.size()) + 1);
        int units = 0;
        int expectContinuations = 0;
        for (qsizetype i = 0; i < source.size(); ++i) {
            m_utf16Before.push_back(units);
            const auto byte = static_cast<unsigned char>(source[i]);
            if ((byte & 0xC0) == 0x80 && expectContinuations > 0) {
                --expectContinuations;
            } else {
                units += byte >= 0xF0 ? 2 : 1;
                expectContinuations = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0;
            }
            if (byte == '\n')
                m_lineStart.push_back(i + 1);
        }
        m_utf16Before.push_back(units);
    }
    [[nodiscard]] int lineCount() const { return int(m_lineStart.size()); }
    [[nodiscard]] qsizetype lineStart(int line) const { return m_lineStart[std::size_t(line)]; }
    [[nodiscard]] qsizetype lineEnd(int line) const
    {
        return line + 1 < lineCount() ? m_lineStart[std::size_t(line) + 1] - 1 : m_size;
    }
    // UTF-16 length of bytes [lineStart + from, lineStart + to) of `line`.
    [[nodiscard]] int utf16(int line, qsizetype from, qsizetype to) const
    {
        const qsizetype start = lineStart(line);
        return to <= from ? 0
                          : m_utf16Before[std::size_t(start + to)] -
                                m_utf16Before[std::size_t(start + from)];
    }

private:
    qsizetype m_size;
    std::vector<qsizetype> m_lineStart;
    std::vector<int> m_utf16Before;
};

void addToken(std::vector<Token> &out, const Columns &cols, TSPoint start, TSPoint end,
              TokenKind kind)
{
    for (int line = int(start.row); line <= int(end.row) && line < cols.lineCount(); ++line) {
        const qsizetype lineBytes = cols.lineEnd(line) - cols.lineStart(line);
        const qsizetype from = line == int(start.row) ? qsizetype(start.column) : 0;
        const qsizetype to = line == int(end.row) ? qsizetype(end.column) : lineBytes;
        if (to <= from)
            continue;
        const int column = cols.utf16(line, 0, from);
        out.push_back({line, column, cols.utf16(line, from, std::min(to, lineBytes)), kind});
    }
}

} // namespace

std::vector<Token> highlightPython(QByteArrayView source)
{
    std::vector<Token> out;
    if (source.isEmpty() || source.size() > MaxHighlightBytes ||
        std::memchr(source.data(), 0, std::size_t(source.size())))
        return out;
    std::unique_ptr<TSParser, ParserDeleter> parser(ts_parser_new());
    if (!parser || !ts_parser_set_language(parser.get(), tree_sitter_python()))
        return out;
    ts_parser_set_timeout_micros(parser.get(), 5'000'000);
    std::unique_ptr<TSTree, TreeDeleter> tree(
        ts_parser_parse_string(parser.get(), nullptr, source.data(), uint32_t(source.size())));
    if (!tree)
        return out;
    const Columns cols(source);

    TSTreeCursor cursor = ts_tree_cursor_new(ts_tree_root_node(tree.get()));
    for (;;) {
        const TSNode node = ts_tree_cursor_current_node(&cursor);
        const char *type = ts_node_type(node);
        std::optional<TokenKind> kind;
        if (!std::strcmp(type, "comment"))
            kind = TokenKind::Comment;
        else if (!std::strcmp(type, "string") || !std::strcmp(type, "concatenated_string"))
            kind = TokenKind::String;
        else if (!std::strcmp(type, "integer") || !std::strcmp(type, "float"))
            kind = TokenKind::Number;
        else if (!std::strcmp(type, "true") || !std::strcmp(type, "false") ||
                 !std::strcmp(type, "none"))
            kind = TokenKind::Constant;
        else if (!std::strcmp(type, "decorator"))
            kind = TokenKind::Decorator;
        else if (!ts_node_is_named(node) && isWordType(type))
            kind = TokenKind::Keyword;
        else if (!std::strcmp(type, "identifier")) {
            const TSNode parent = ts_node_parent(node);
            const char *ptype = ts_node_type(parent);
            if ((!std::strcmp(ptype, "function_definition") ||
                 !std::strcmp(ptype, "class_definition")) &&
                ts_node_eq(ts_node_child_by_field_name(parent, "name", 4), node))
                kind = TokenKind::Definition;
        }
        if (kind)
            addToken(out, cols, ts_node_start_point(node), ts_node_end_point(node), *kind);
        // Strings, comments and decorators are coloured whole: do not descend into them.
        const bool leafKind = kind && *kind != TokenKind::Keyword && *kind != TokenKind::Definition;
        if (!leafKind && ts_tree_cursor_goto_first_child(&cursor))
            continue;
        if (ts_tree_cursor_goto_next_sibling(&cursor))
            continue;
        bool up = false;
        while (ts_tree_cursor_goto_parent(&cursor)) {
            if (ts_tree_cursor_goto_next_sibling(&cursor)) {
                up = true;
                break;
            }
        }
        if (!up)
            break;
    }
    ts_tree_cursor_delete(&cursor);
    return out;
}

} // namespace headroom
