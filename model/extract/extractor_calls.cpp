// Calls as the walk meets them: a callee's text, written calls, decorators (part of
// TreeWalker, see extractor_walker.h).

#include "extractor_walker.h"

namespace headroom::detail {

namespace {

// Callee chains longer than this (a.b().c()...) are not recorded: keeps pathological method
// chains linear.
constexpr int kMaxCalleeParts = 20;

} // namespace

// The callee text m_parts spell, head last.
QString TreeWalker::joinedParts()
{
    m_buffer.clear();
    for (auto it = m_parts.rbegin(); it != m_parts.rend(); ++it)
        m_buffer.append(*it);
    return QString::fromUtf8(m_buffer.data(), qsizetype(m_buffer.size()));
}

// The callee as a dotted chain, with "()" where the chain passes through a call and "[]" where
// it takes an element: `os.path.join` -> "os.path.join", `super().save` -> "super().save",
// `f(x).g` -> "f().g", `routes[k].run` -> "routes[].run".
// A chain that starts from a display written there starts from the name of the display's own
// binding (`[f, g][0]` -> "<display1>[0]"); one that starts from a literal gives "".
QString TreeWalker::calleeText(TSNode callee)
{
    m_parts.clear();
    m_keys.clear();
    TSNode node = callee;
    for (int depth = 0; depth < kMaxCalleeParts; ++depth) {
        const TSSymbol symbol = symbolOf(node);
        if (symbol == S.identifier) {
            m_lastHead = text(node);
            m_parts.push_back(m_lastHead);
            return joinedParts();
        }
        if (symbol == S.attribute) {
            const TSNode attribute = ts_node_child_by_field_id(node, S.fAttribute);
            if (ts_node_is_null(attribute))
                return {};
            m_parts.push_back(text(attribute));
            m_parts.push_back(".");
        } else if (symbol == S.call) {
            m_parts.push_back("()");
        } else if (symbol == S.subscript) {
            // An element: `handlers[i]()` -> "handlers[]", by a literal key or index
            // `table["a"]()` -> "table['a']", `handlers[0]()` -> "handlers[0]" (keyOf()); a
            // slice is a copy holding the same elements in other places: `handlers[1:][0]()`
            // -> "handlers[*][0]".
            const TSNode index = ts_node_named_child(node, 1);
            if (symbolOf(index) == S.slice) {
                m_parts.push_back("[*]");
            } else {
                std::string key = keyOf(index);
                if (key.empty()) {
                    m_parts.push_back("[]");
                } else {
                    m_keys.push_back('[' + std::move(key) + ']');
                    m_parts.push_back(m_keys.back());
                }
            }
        } else if (depth > 0 && isDisplay(symbol) && symbol != S.generatorExpression) {
            // `[f, g][0]()`, `[h for h in hs if h][0]()`: an element of a display written
            // there, named by the binding a nested display gets ("<display1>[0]").
            std::vector<std::string_view> parts = std::move(m_parts);
            std::deque<std::string> keys = std::move(m_keys); // the parts' views stay valid
            const QString name = nestedDisplay(node);         // may read callee texts itself
            m_parts = std::move(parts);
            m_keys = std::move(keys);
            if (name == QLatin1String("?"))
                return {};
            m_lastHead = {};
            m_keys.push_back(name.toStdString());
            m_parts.push_back(m_keys.back());
            return joinedParts();
        } else if (symbol == S.parenthesizedExpression && ts_node_named_child_count(node) == 1 &&
                   symbolOf(ts_node_named_child(node, 0)) == S.lambda) {
            // `(lambda: f())()`: the lambda is called where it is written (named later).
            m_lastHead = {};
            m_lambdaHead = lambdaPlaceholder(ts_node_named_child(node, 0)).toStdString();
            m_parts.push_back(m_lambdaHead);
            return joinedParts();
        } else {
            return {};
        }
        node = ts_node_child(node, 0); // the object of an attribute, the function of a call
    }
    return {};
}

// A call as written, of `callee`, with `node`'s arguments.
void TreeWalker::addWrittenCall(QString callee, TSNode node, const Context &ctx)
{
    m_heads.push_back(m_lastHead);
    m_out.calls.push_back(RawCallFact{.scope = ctx.scope,
                                      .callee = std::move(callee),
                                      .line = lineOf(node),
                                      .lambda = ctx.lambda,
                                      .decorates = -1,
                                      .arguments = argumentList(node),
                                      .decorator = (ctx.flags & InDecorator) != 0,
                                      .origin = CallOrigin::Written});
}

// A string literal that is one name, as "'name'" (what getattr needs); "" for any other.
QString TreeWalker::quotedName(TSNode string) const
{
    QString value;
    if (!stringValue(string, value) || value.isEmpty() || value.front().isDigit())
        return {};
    const bool name = std::all_of(value.begin(), value.end(), [](QChar ch) {
        return ch.isLetterOrNumber() || ch == QLatin1Char('_');
    });
    return name ? QLatin1Char('\'') + value + QLatin1Char('\'') : QString();
}

// A subscript's index as a key the call graph tells elements apart by: a string literal
// that is letters, digits and underscores ("'name'"), or a decimal integer ("0", "-1"); ""
// for any other (a name, an expression, a bytes literal, a long one).
std::string TreeWalker::keyOf(TSNode index) const
{
    constexpr std::size_t kMaxKey = 64;
    const TSSymbol s = symbolOf(index);
    if (s == S.string) {
        const std::string_view quote = text(ts_node_child(index, 0));
        QString value;
        if (quote.find_first_of("bBfF") != std::string_view::npos || !stringValue(index, value) ||
            value.isEmpty() || std::size_t(value.size()) > kMaxKey ||
            !std::all_of(value.begin(), value.end(), [](QChar ch) {
                return ch.isDigit() || (ch >= u'a' && ch <= u'z') || (ch >= u'A' && ch <= u'Z') ||
                       ch == u'_';
            }))
            return {};
        return '\'' + value.toStdString() + '\'';
    }
    const std::string_view t = ts_node_is_null(index) ? std::string_view{} : text(index);
    const std::string_view digits = t.starts_with('-') ? t.substr(1) : t;
    const std::string_view type = ts_node_is_null(index) ? "" : ts_node_type(index);
    if ((type != "integer" && type != "unary_operator") || digits.empty() || digits.size() > 9 ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return {};
    return std::string(t);
}

void TreeWalker::onCall(TSNode node, const Context &ctx)
{
    const TSNode function = ts_node_child(node, 0);
    QString callee = calleeText(function);
    if (callee.isEmpty()) {
        // `(f if c else g)()`, `(handler or default)()`, `(f)()`: a call of whichever it gives; a
        // branch that is no name chain leaves the call dynamic too.
        std::vector<TSNode> branches;
        if (symbolOf(function) == S.parenthesizedExpression)
            branchesOf(function, branches, 0);
        std::size_t made = 0;
        for (const TSNode branch : branches) {
            QString one = calleeText(branch);
            if (!one.isEmpty()) {
                addWrittenCall(std::move(one), node, ctx);
                ++made;
            }
        }
        if (made == 0 || made < branches.size())
            ++m_out.dynamicCalls;
        return;
    }
    const bool fills =
        callee.endsWith(QLatin1String(".extend")) || callee.endsWith(QLatin1String(".update"));
    addWrittenCall(std::move(callee), node, ctx);
    onSetattr(node, ctx);
    if (fills) { // `xs.extend([f, g])`: the display's elements go into xs
        const TSNode arguments = ts_node_child_by_field_id(node, S.fArguments);
        // `xs.extend(f for f in fs)`: the generator is the argument list and the argument.
        const TSNode first = symbolOf(arguments) == S.generatorExpression
                                 ? arguments
                                 : ts_node_named_child(arguments, 0);
        const TSSymbol fs = symbolOf(first);
        if (isDisplay(fs))
            addStores(ctx, ts_node_child(function, 0), first, lineOf(node));
    }
}

// `setattr(obj, "name", value)` with a literal name binds as `obj.name = value` does: a self
// attribute where obj is the method's self, an attribute of another object where it is a
// name chain. Any other form (a computed name, a splat, a keyword) binds nothing known.
void TreeWalker::onSetattr(TSNode call, const Context &ctx)
{
    std::vector<TSNode> parts;
    if (!namedCall(call, "setattr", parts) || parts.size() != 3 || symbolOf(parts[1]) != S.string)
        return;
    const TSSymbol os = symbolOf(parts[0]);
    if ((os != S.identifier && os != S.attribute) || !isPlainChain(text(parts[0])))
        return;
    const QString quoted = quotedName(parts[1]); // "'name'"
    if (quoted.isEmpty())
        return;
    const QString name = quoted.mid(1, quoted.size() - 2);
    const std::string_view object = text(parts[0]);
    const bool self = ctx.scope >= 0 && os == S.identifier && !m_selfNames[ctx.scope].empty() &&
                      object == m_selfNames[ctx.scope];
    m_madeNames.push_back(self ? name.toStdString()
                               : std::string(object) + '.' + name.toStdString());
    const int site = addBinding(ctx, call, m_madeNames.back(), BindingKind::Plain, self);
    if (site < 0)
        return;
    typeSite(site, parts[2]);
    if (self)
        m_out.attributes.push_back(RawAttributeUse{ctx.scope, name, lineOf(call), true});
}

void TreeWalker::onDecorated(TSNode node)
{
    m_pendingDecorators.clear();
    m_pendingStatic = false;
    m_pendingFor = UINT32_MAX;
    m_decoratorCalls.clear();
    CursorOwner owner(node);
    TSTreeCursor *c = &owner.cursor;
    for (bool ok = ts_tree_cursor_goto_first_child(c); ok;
         ok = ts_tree_cursor_goto_next_sibling(c)) {
        const TSNode child = ts_tree_cursor_current_node(c);
        const TSSymbol symbol = symbolOf(child);
        if (symbol == S.decorator) {
            const TSNode expression = ts_node_named_child(child, 0);
            if (ts_node_is_null(expression))
                continue;
            const std::string_view t = text(expression);
            m_pendingStatic = m_pendingStatic || t == "staticmethod";
            m_pendingDecorators.append(QString::fromUtf8(t.data(), qsizetype(t.size())));
        } else if (symbol == S.functionDefinition || symbol == S.classDefinition) {
            m_pendingFor = ts_node_start_byte(child);
        }
    }
}

// A decorator is called with the definition: `@cache` is a call of `cache`; `@app.route("/")`
// is a call of `app.route` (recorded by onCall), then of what it gives ("app.route()").
void TreeWalker::onDecorator(TSNode node, const Context &ctx)
{
    const TSNode expression = ts_node_named_child(node, 0);
    const TSSymbol symbol = symbolOf(expression);
    const bool factory = symbol == S.call;
    if (ts_node_is_null(expression) ||
        (symbol != S.identifier && symbol != S.attribute && !factory))
        return;
    QString callee = calleeText(factory ? ts_node_child(expression, 0) : expression);
    if (callee.isEmpty())
        return;
    m_heads.push_back(m_lastHead);
    m_decoratorCalls.push_back(static_cast<int>(m_out.calls.size()));
    if (factory)
        callee += QLatin1String("()");
    m_out.calls.push_back(
        RawCallFact{.scope = ctx.scope,
                    .callee = std::move(callee),
                    .line = lineOf(node),
                    .lambda = ctx.lambda,
                    .decorates = -1,
                    .arguments = {},
                    .decorator = true,
                    .origin = factory ? CallOrigin::Applied : CallOrigin::Written});
}

} // namespace headroom::detail
