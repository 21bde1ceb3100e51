// Import statements and `__all__`: the parts of TreeWalker that read one statement whole.

#include "extractor_walker.h"

#include <algorithm>

namespace headroom::detail {

namespace {

struct ChildCursor
{
    TSTreeCursor cursor;
    bool valid;
    explicit ChildCursor(TSNode node)
        : cursor(ts_tree_cursor_new(node)), valid(ts_tree_cursor_goto_first_child(&cursor))
    {
    }
    ~ChildCursor() { ts_tree_cursor_delete(&cursor); }
    ChildCursor(const ChildCursor &) = delete;
    ChildCursor &operator=(const ChildCursor &) = delete;

    explicit operator bool() const { return valid; }
    void next() { valid = ts_tree_cursor_goto_next_sibling(&cursor); }
    TSNode node() const { return ts_tree_cursor_current_node(&cursor); }
    TSFieldId field() const { return ts_tree_cursor_current_field_id(&cursor); }
};

ImportKind kindOf(std::uint32_t typeChecking, std::uint32_t functionLocal,
                  std::uint32_t conditional)
{
    if (typeChecking)
        return ImportKind::TypeChecking;
    if (functionLocal)
        return ImportKind::FunctionLocal;
    if (conditional)
        return ImportKind::Conditional;
    return ImportKind::Runtime;
}

} // namespace

// `a.b.c` as written, or rebuilt from its parts when written with spaces or comments
// (`import a . b` is legal Python).
QString TreeWalker::dottedText(TSNode node) const
{
    const std::string_view whole = text(node);
    const bool plain = std::none_of(whole.begin(), whole.end(), [](char ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\\' || ch == '#';
    });
    if (plain || symbolOf(node) != S.dottedName)
        return QString::fromUtf8(whole.data(), qsizetype(whole.size()));
    QString result;
    for (ChildCursor c(node); c; c.next()) {
        const TSNode part = c.node();
        if (symbolOf(part) != S.identifier)
            continue;
        if (!result.isEmpty())
            result += QLatin1Char('.');
        result += qtext(part);
    }
    return result;
}

void TreeWalker::addImport(RawImportFact fact, std::string_view boundName, const Context &ctx)
{
    m_out.imports.push_back(std::move(fact));
    if (!boundName.empty())
        m_handles.push_back(boundName);
    bind(Context{ctx.flags & Sticky, ctx.scope}, boundName);
}

void TreeWalker::onImport(TSNode node, TSSymbol symbol, const Context &ctx)
{
    RawImportFact base;
    base.line = lineOf(node);
    base.scope = ctx.scope;
    base.branch = (ctx.flags & InBranch) != 0;
    base.kind =
        kindOf(ctx.flags & TypeChecking, ctx.flags & FunctionLocal, ctx.flags & Conditional);

    if (symbol == S.importStatement) {
        // import a.b.c, d as e: binds `a` and `e`.
        for (ChildCursor c(node); c; c.next()) {
            const TSNode child = c.node();
            const TSSymbol cs = symbolOf(child);
            RawImportFact fact = base;
            std::string_view bound;
            if (cs == S.dottedName) {
                fact.module = dottedText(child);
                bound = text(ts_node_child(child, 0));
            } else if (cs == S.aliasedImport) {
                const TSNode name = ts_node_child_by_field_id(child, S.fName);
                const TSNode alias = ts_node_child_by_field_id(child, S.fAlias);
                if (ts_node_is_null(name))
                    continue;
                fact.module = dottedText(name);
                if (!ts_node_is_null(alias)) {
                    fact.alias = qtext(alias);
                    bound = text(alias);
                }
            } else {
                continue;
            }
            addImport(std::move(fact), bound, ctx);
        }
        return;
    }

    // from [.]*module import names | from __future__ import names
    base.isFrom = true;
    if (symbol == S.futureImportStatement)
        base.module = QStringLiteral("__future__");
    for (ChildCursor c(node); c; c.next()) {
        const TSNode child = c.node();
        const TSSymbol cs = symbolOf(child);
        if (cs == S.relativeImport) {
            for (ChildCursor r(child); r; r.next()) {
                const TSNode part = r.node();
                const TSSymbol ps = symbolOf(part);
                if (ps == S.importPrefix) {
                    const std::string_view dots = text(part);
                    base.level = static_cast<int>(std::count(dots.begin(), dots.end(), '.'));
                } else if (ps == S.dottedName) {
                    base.module = dottedText(part);
                }
            }
            continue;
        }
        if (cs != S.dottedName && cs != S.aliasedImport && cs != S.wildcardImport)
            continue;
        if (cs == S.dottedName && c.field() == S.fModuleName) {
            base.module = dottedText(child);
            continue;
        }
        RawImportFact fact = base;
        std::string_view bound;
        if (cs == S.wildcardImport) {
            fact.name = QStringLiteral("*");
        } else if (cs == S.dottedName) {
            fact.name = dottedText(child);
            bound = text(ts_node_child(child, 0));
        } else {
            const TSNode name = ts_node_child_by_field_id(child, S.fName);
            const TSNode alias = ts_node_child_by_field_id(child, S.fAlias);
            if (ts_node_is_null(name))
                continue;
            fact.name = dottedText(name);
            if (!ts_node_is_null(alias)) {
                fact.alias = qtext(alias);
                bound = text(alias);
            }
        }
        addImport(std::move(fact), bound, ctx);
    }
}

// The text of a plain string literal (no interpolation), escapes left as written.
bool TreeWalker::stringValue(TSNode node, QString &value) const
{
    std::uint32_t begin = 0, end = 0;
    for (ChildCursor c(node); c; c.next()) {
        const TSNode part = c.node();
        const TSSymbol ps = symbolOf(part);
        if (ps == S.interpolation)
            return false;
        if (ps == S.stringStart)
            begin = ts_node_end_byte(part);
        else if (ps == S.stringEnd)
            end = ts_node_start_byte(part);
    }
    if (begin == 0 || end < begin || end > m_src.size())
        return false;
    value = QString::fromUtf8(m_src.data() + begin, qsizetype(end - begin));
    return true;
}

// `__all__ = [...]`, `__all__ = (...)`, `__all__ += [...]` at module level.
void TreeWalker::onModuleAssignment(TSNode node)
{
    const TSNode left = ts_node_child(node, 0);
    if (symbolOf(left) != S.identifier || text(left) != "__all__")
        return;
    const TSNode right = ts_node_child_by_field_id(node, S.fRight);
    const TSSymbol rs = symbolOf(right);
    if (ts_node_is_null(right) || (rs != S.list && rs != S.tuple))
        return;
    for (ChildCursor c(right); c; c.next()) {
        const TSNode item = c.node();
        QString value;
        if (symbolOf(item) == S.string && stringValue(item, value))
            m_out.dunderAll.append(value);
    }
}

} // namespace headroom::detail
