#include "extractor_python2.h"

#include "extractor_input.h"

#include <array>
#include <cstring>
#include <string_view>

namespace headroom::detail {

namespace {

bool isWordByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z');
}

bool isType(TSNode node, const char *type)
{
    return !ts_node_is_null(node) && std::strcmp(ts_node_type(node), type) == 0;
}

class Scan
{
public:
    Scan(std::string_view source, TSNode root) : m_src(source), m_root(root) {}

    Python2Hint run()
    {
        // The bytes a construct can start with; every other byte is passed over at once.
        static const std::array<bool, 256> starts = [] {
            std::array<bool, 256> table{};
            for (const unsigned char c : std::string_view("peru`<U0123456789"))
                table[c] = true;
            return table;
        }();
        const std::size_t n = m_src.size();
        for (std::size_t i = 0; i < n; ++i) {
            while (i < n && !starts[static_cast<unsigned char>(m_src[i])])
                ++i;
            if (i == n)
                break;
            const char c = m_src[i];
            if (i > 0 && isWordByte(m_src[i - 1]) && c != '`' && c != '<')
                continue; // inside a word: no token starts here
            const char *found = nullptr;
            switch (c) {
            case 'p':
                found = statement(i, "print", "print_statement");
                break;
            case 'e':
                found = statement(i, "exec", "exec_statement");
                if (!found)
                    found = exceptComma(i);
                break;
            case 'r':
                found = raiseComma(i);
                break;
            case '`':
                found = backtick(i);
                break;
            case '<':
                found = notEqual(i);
                break;
            case 'u':
            case 'U':
                found = urString(i);
                break;
            default:
                if (c >= '0' && c <= '9')
                    found = number(i);
                break;
            }
            if (found)
                return {lineOfOffset(m_src, i), found};
        }
        return {};
    }

private:
    // The smallest node covering [begin, end).
    TSNode at(std::size_t begin, std::size_t end) const
    {
        return ts_node_descendant_for_byte_range(m_root, uint32_t(begin), uint32_t(end));
    }

    bool word(std::size_t i, const char *keyword) const
    {
        const std::size_t length = std::strlen(keyword);
        return m_src.substr(i, length) == keyword &&
               (i + length == m_src.size() || !isWordByte(m_src[i + length]));
    }

    // The first byte after `i` that is not a blank, or '\n' at the end.
    char nextAfter(std::size_t i) const
    {
        while (i < m_src.size() && (m_src[i] == ' ' || m_src[i] == '\t'))
            ++i;
        return i < m_src.size() ? m_src[i] : '\n';
    }

    bool commaLater(std::size_t i) const
    {
        for (; i < m_src.size() && m_src[i] != '\n'; ++i) {
            if (m_src[i] == ',')
                return true;
        }
        return false;
    }

    // `print x` / `exec code`: the keyword of a statement, not a name being called or bound.
    const char *statement(std::size_t i, const char *keyword, const char *statementType) const
    {
        if (!word(i, keyword))
            return nullptr;
        const char next = nextAfter(i + std::strlen(keyword));
        if (std::strchr("(=).,:;[]#\r\n\\", next))
            return nullptr;
        const TSNode node = at(i, i + std::strlen(keyword));
        if (!isType(node, keyword) || !isType(ts_node_parent(node), statementType))
            return nullptr;
        return keyword;
    }

    // `except E, e:`, where Python 3 needs `as`.
    const char *exceptComma(std::size_t i) const
    {
        if (!word(i, "except") || !commaLater(i))
            return nullptr;
        const TSNode node = at(i, i + 6);
        const TSNode clause = ts_node_parent(node);
        if (!isType(node, "except") || !isType(clause, "except_clause"))
            return nullptr;
        const uint32_t count = ts_node_child_count(clause);
        for (uint32_t k = 0; k < count; ++k) {
            if (isType(ts_node_child(clause, k), ","))
                return "except-comma";
        }
        return nullptr;
    }

    // `raise E, "message"`, which Python 3 reads as no valid statement.
    const char *raiseComma(std::size_t i) const
    {
        if (!word(i, "raise") || !commaLater(i))
            return nullptr;
        const TSNode node = at(i, i + 5);
        const TSNode statement = ts_node_parent(node);
        if (!isType(node, "raise") || !isType(statement, "raise_statement"))
            return nullptr;
        const uint32_t count = ts_node_named_child_count(statement);
        for (uint32_t k = 0; k < count; ++k) {
            if (isType(ts_node_named_child(statement, k), "expression_list"))
                return "raise-comma";
        }
        return nullptr;
    }

    // `x` for repr(x): the grammar reads it as a string that starts with a backtick. A
    // backtick inside a string or a comment is no such thing.
    const char *backtick(std::size_t i) const
    {
        const TSNode token = at(i, i + 1);
        if (isType(token, "string_start"))
            return "backtick";
        for (TSNode node = token; !ts_node_is_null(node); node = ts_node_parent(node)) {
            if (isType(node, "string") || isType(node, "comment"))
                return nullptr;
        }
        return "backtick";
    }

    const char *notEqual(std::size_t i) const
    {
        if (i + 1 >= m_src.size() || m_src[i + 1] != '>')
            return nullptr;
        return isType(at(i, i + 2), "<>") ? "not-equal" : nullptr;
    }

    // A ur"" or UR'' string prefix, which Python 3 refuses.
    const char *urString(std::size_t i) const
    {
        if (i + 2 >= m_src.size() || (m_src[i + 1] != 'r' && m_src[i + 1] != 'R') ||
            (m_src[i + 2] != '"' && m_src[i + 2] != '\''))
            return nullptr;
        // The prefix starts a string; `'ur'` holds the letters as a string's content.
        const TSNode node = at(i, i + 1);
        return isType(node, "string_start") && ts_node_start_byte(node) == i ? "ur-string"
                                                                             : nullptr;
    }

    // 0777 (octal without 0o) or 10L (a long): integers only Python 2 reads.
    const char *number(std::size_t i) const
    {
        if (i > 0 && m_src[i - 1] == '.')
            return nullptr; // the fraction of a float
        std::size_t end = i;
        bool digitsOnly = true;
        bool nonZero = false;
        while (end < m_src.size() && isWordByte(m_src[end])) {
            const char c = m_src[end];
            digitsOnly = digitsOnly && ((c >= '0' && c <= '9') || c == '_');
            nonZero = nonZero || (c >= '1' && c <= '9');
            ++end;
        }
        const char last = m_src[end - 1];
        const char *construct = nullptr;
        if (end - i > 1 && (last == 'l' || last == 'L'))
            construct = "long";
        else if (m_src[i] == '0' && end - i > 1 && digitsOnly && nonZero)
            construct = "octal";
        if (!construct || !isType(at(i, end), "integer"))
            return nullptr;
        return construct;
    }

    std::string_view m_src;
    TSNode m_root;
};

} // namespace

Python2Hint findPython2(std::string_view source, TSNode root)
{
    return Scan(source, root).run();
}

} // namespace headroom::detail
