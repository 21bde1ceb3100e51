// Statements that bind or fill what they name: `for` and comprehension targets, `with` and
// `except` aliases, `raise`, augmented assignments and the stores of containers (part of
// TreeWalker, see extractor_walker.h).

#include "extractor_walker.h"

#include <algorithm>
#include <span>
#include <string>

namespace headroom::detail {

namespace {

// `async for`, `async with` (and an async comprehension's `for`): the statement starts with
// the keyword.
bool startsAsync(TSNode statement)
{
    if (ts_node_is_null(statement))
        return false;
    const TSNode first = ts_node_child(statement, 0);
    return !ts_node_is_null(first) && std::string_view(ts_node_type(first)) == "async";
}

// The special method a binary, augmented (without its `=`) or unary operator calls on its left
// (or only) operand; null for none.
const char *operatorMethod(std::string_view op, bool unary)
{
    static constexpr std::pair<std::string_view, const char *> kUnary[] = {
        {"-", "__neg__"}, {"+", "__pos__"}, {"~", "__invert__"}};
    static constexpr std::pair<std::string_view, const char *> kBinary[] = {
        {"+", "__add__"},       {"-", "__sub__"}, {"*", "__mul__"},  {"/", "__truediv__"},
        {"//", "__floordiv__"}, {"%", "__mod__"}, {"**", "__pow__"}, {"@", "__matmul__"},
        {"&", "__and__"},       {"|", "__or__"},  {"^", "__xor__"},  {"<<", "__lshift__"},
        {">>", "__rshift__"},   {"==", "__eq__"}, {"!=", "__ne__"},  {"<", "__lt__"},
        {"<=", "__le__"},       {">", "__gt__"},  {">=", "__ge__"}};
    for (const auto &[text, method] :
         unary ? std::span<const std::pair<std::string_view, const char *>>(kUnary)
               : std::span<const std::pair<std::string_view, const char *>>(kBinary))
        if (text == op)
            return method;
    return nullptr;
}

// Whether a subscript is deleted: `del a[k]`, `del a[k], b`.
bool isDeleted(TSNode subscript, TSSymbol deleteStatement, TSSymbol expressionList)
{
    TSNode parent = ts_node_parent(subscript);
    if (!ts_node_is_null(parent) && ts_node_symbol(parent) == expressionList)
        parent = ts_node_parent(parent);
    return !ts_node_is_null(parent) && ts_node_symbol(parent) == deleteStatement;
}

} // namespace

// `a + b`, `a < b`, `k in a`, `-a`, `a[k]` (read, assigned or deleted): a call of a special
// method of an operand, where its text is something reading can follow (a name chain, a call,
// a subscript; not a literal or a display).
void TreeWalker::onOperator(TSNode node, TSSymbol symbol, const Context &ctx)
{
    const int line = lineOf(node);
    if (symbol == S.binaryOperator) {
        const TSNode op = ts_node_child_by_field_id(node, S.fOperator);
        const char *method = operatorMethod(ts_node_is_null(op) ? "" : ts_node_type(op), false);
        if (!method)
            return;
        const TSNode left = ts_node_child_by_field_id(node, S.fLeft);
        addOperatorCall(ctx, left, method, line);
        // Where the left operand cannot (a literal, a value of a builtin type), `a + b` falls
        // back to b.__radd__(a): the reflected method of the right operand, with the left one
        // as its argument ("<literal>" for a value of a builtin type written out, see
        // isLiteral(); "" for any other expression reading cannot follow) for the resolver to rule
        // out a left that can, or may.
        const std::string reflected = std::string("__r") + (method + 2);
        addOperatorCall(
            ctx, ts_node_child_by_field_id(node, S.fRight), reflected, line,
            {isLiteral(symbolOf(left)) ? QStringLiteral("<literal>") : managerText(left)});
    } else if (symbol == S.unaryOperator) {
        const TSNode op = ts_node_child_by_field_id(node, S.fOperator);
        if (const char *method = operatorMethod(ts_node_is_null(op) ? "" : ts_node_type(op), true))
            addOperatorCall(ctx, ts_node_child_by_field_id(node, S.fArgument), method, line);
    } else if (symbol == S.comparisonOperator) {
        // `a < b < c` compares a with b, then b with c; `k in a` asks a.
        TSNode left{};
        std::string_view pending;
        for (uint32_t i = 0, n = ts_node_child_count(node); i < n; ++i) {
            const TSNode child = ts_node_child(node, i);
            if (!ts_node_is_named(child)) {
                pending = ts_node_type(child);
                continue;
            }
            if (symbolOf(child) == S.comment)
                continue;
            if (pending == "in" || pending == "not in")
                addOperatorCall(ctx, child, "__contains__", line);
            else if (const char *method = operatorMethod(pending, false);
                     method && !ts_node_is_null(left))
                addOperatorCall(ctx, left, method, line);
            left = child;
            pending = {};
        }
    } else if (symbol == S.subscript) {
        const TSNode value = ts_node_child_by_field_id(node, S.fValue);
        if (isDeleted(node, S.deleteStatement, S.expressionList)) {
            addOperatorCall(ctx, value, "__delitem__", line);
            return;
        }
        if (!(ctx.flags & Target) || (ctx.flags & ReadToo))
            addOperatorCall(ctx, value, "__getitem__", line);
        if (ctx.flags & Target)
            addOperatorCall(ctx, value, "__setitem__", line);
    }
}

// A number, a string, None, True, False, a display or a comprehension: a value of a builtin
// type, which adds nothing of the project's.
bool TreeWalker::isLiteral(TSSymbol symbol) const
{
    return symbol == S.integer || symbol == S.float_ || symbol == S.string ||
           symbol == S.concatenatedString || symbol == S.true_ || symbol == S.false_ ||
           symbol == S.none || isDisplay(symbol);
}

void TreeWalker::addOperatorCall(const Context &ctx, TSNode operand, std::string_view method,
                                 int line, QStringList arguments)
{
    if (ts_node_is_null(operand))
        return;
    QString receiver = managerText(operand);
    if (receiver.isEmpty() || receiver.startsWith(QLatin1Char('<')))
        return; // a literal, a display, a lambda: nothing of the project's
    receiver += QLatin1Char('.');
    receiver += QLatin1String(method.data(), qsizetype(method.size()));
    addImplicitCall(ctx, std::move(receiver), line, CallOrigin::Operator, std::move(arguments));
}

// `handlers += [f, g]` (or `|=`) puts elements into the container and leaves the name bound
// to it: the target's new binding names what it named before.
void TreeWalker::onAugmentedAssignment(TSNode node, const Context &ctx)
{
    const TSNode left = ts_node_child_by_field_id(node, S.fLeft);
    const TSNode op = ts_node_child(node, 1);
    const std::string_view opText = ts_node_is_null(op) ? "" : ts_node_type(op);
    // `a += b` calls a.__iadd__ (the resolver falls back to __add__ where a class lacks it).
    if (const char *method =
            operatorMethod(opText.substr(0, opText.empty() ? 0 : opText.size() - 1), false)) {
        const std::string inPlace = std::string("__i") + (method + 2);
        addOperatorCall(ctx, left, inPlace, lineOf(node));
    }
    if (opText != "+=" && opText != "|=")
        return;
    if (addStores(ctx, left, ts_node_child_by_field_id(node, S.fRight), lineOf(node)) &&
        symbolOf(left) == S.identifier)
        m_pending.push_back({ts_node_start_byte(left), TSNode{}, BindingKind::Alias, qtext(left)});
}

// `for x in (a, b)`: x is each element in turn; `for x in xs`: an element of xs.
void TreeWalker::onFor(TSNode node, const Context &ctx)
{
    m_pending.clear();
    const TSNode left = ts_node_child_by_field_id(node, S.fLeft);
    TSNode right = ts_node_child_by_field_id(node, S.fRight);
    right = unparenthesized(right);
    // The loop asks the iterable for an iterator, and the iterator for each element.
    const QString iterable = managerText(right);
    if (!iterable.isEmpty()) {
        const bool async = startsAsync(node);
        const QString iter = iterable + QLatin1String(async ? ".__aiter__" : ".__iter__");
        addImplicitCall(ctx, iter, lineOf(node), CallOrigin::Protocol);
        addImplicitCall(ctx, iter + QLatin1String(async ? "().__anext__" : "().__next__"),
                        lineOf(node), CallOrigin::Protocol);
    }
    if (symbolOf(left) != S.identifier) {
        pairLoopTargets(left, right);
        return;
    }
    const TSSymbol rs = symbolOf(right);
    const std::uint32_t start = ts_node_start_byte(left);
    if ((isDisplay(rs) && rs != S.dictionary && rs != S.dictionaryComprehension) ||
        rs == S.expressionList) {
        QString display = displayText(right);
        if (!display.isEmpty())
            m_pending.push_back({start, TSNode{}, BindingKind::Alternatives, std::move(display)});
    } else if ((rs == S.identifier || rs == S.attribute) && isPlainChain(text(right))) {
        m_pending.push_back({start, right, BindingKind::Element, {}});
    } else if ((rs == S.call || rs == S.subscript) && !iterable.isEmpty()) {
        // `for x in g()`, `for x in table[k]`, `for x in xs[1:]`
        m_pending.push_back({start, TSNode{}, BindingKind::Element, iterable});
    }
}

// `for key, value in table.items()`: value is an element of table (as `table.values()` gives
// them); `for i, job in enumerate(jobs)`: job is an element of jobs; `for a, b in zip(xs, ys)`:
// a is an element of xs, b of ys. Any other tuple target over a name, call, subscript or
// display (`for key, f in pairs`, `for k, f in [(1, a)]`): each name is what the elements
// hold in its place.
void TreeWalker::pairLoopTargets(TSNode left, TSNode right)
{
    const TSSymbol ls = symbolOf(left);
    if (!(ls == S.patternList || ls == S.tuplePattern))
        return;
    const std::size_t pending = m_pending.size();
    pairItemsOrEnumerate(left, right);
    if (m_pending.size() != pending)
        return;
    std::vector<TSNode> targets;
    if (!tupleTargets(left, targets))
        return;
    if (pairZip(targets, right))
        return;
    const QString iterated = iteratedText(right);
    if (!iterated.isEmpty())
        unpackInto(targets, iterated + QLatin1String("[]"));
}

// What a loop's elements are read from: a display's own binding, or the text of a name,
// call or subscript; "" for anything else.
QString TreeWalker::iteratedText(TSNode node)
{
    node = unparenthesized(node);
    const TSSymbol s = symbolOf(node);
    if (s == S.list || s == S.tuple || s == S.set) {
        QString display = nestedDisplay(node);
        return display == QLatin1String("?") ? QString() : display;
    }
    if (s == S.call || s == S.subscript || s == S.identifier || s == S.attribute)
        return managerText(node);
    return {};
}

// `for a, b in zip(xs, ys)`: as many plain names as iterables, each an element of its own.
bool TreeWalker::pairZip(const std::vector<TSNode> &targets, TSNode right)
{
    std::vector<TSNode> iterables;
    if (!namedCall(right, "zip", iterables) || iterables.size() != targets.size())
        return false;
    for (std::size_t i = 0; i < targets.size(); ++i) {
        if (symbolOf(targets[i]) != S.identifier)
            continue;
        const QString iterable = iteratedText(iterables[i]);
        if (!iterable.isEmpty())
            m_pending.push_back(
                {ts_node_start_byte(targets[i]), TSNode{}, BindingKind::Element, iterable});
    }
    return true;
}

// Whether `node` is a call of the plain name `function` (`zip(a, b)`) with positional
// arguments only, none a splat; they are then in `out`.
bool TreeWalker::namedCall(TSNode node, std::string_view function, std::vector<TSNode> &out) const
{
    const TSNode callee = ts_node_child(node, 0);
    if (symbolOf(node) != S.call || symbolOf(callee) != S.identifier || text(callee) != function)
        return false;
    const TSNode arguments = ts_node_child_by_field_id(node, S.fArguments);
    if (symbolOf(arguments) != S.argumentList)
        return false;
    const std::uint32_t count = ts_node_named_child_count(arguments);
    for (std::uint32_t i = 0; i < count; ++i) {
        const TSNode a = ts_node_named_child(arguments, i);
        const TSSymbol s = symbolOf(a);
        if (s == S.keywordArgument || s == S.listSplat || s == S.dictionarySplat)
            return false;
        if (s != S.comment)
            out.push_back(a);
    }
    return true;
}

// `dict(zip(keys, values))` as a dict display: the values' elements, under the keys' literal
// keys where both are displays of as many elements (`dict(zip(["a", "b"], [f, g]))` is
// "dict:'a':f,'b':g"); a name chain of values gives its elements ("dict:handlers[]"). ""
// for any other call.
QString TreeWalker::zippedDictText(TSNode call)
{
    std::vector<TSNode> outer;
    std::vector<TSNode> pair;
    if (!namedCall(call, "dict", outer) || outer.size() != 1 ||
        !namedCall(unparenthesized(outer.front()), "zip", pair) || pair.size() != 2)
        return {};
    const TSNode keys = unparenthesized(pair[0]);
    const TSNode values = unparenthesized(pair[1]);
    const TSSymbol vs = symbolOf(values);
    if ((vs == S.identifier || vs == S.attribute) && isPlainChain(text(values))) {
        m_heads.push_back(headOf(text(values)));
        return QLatin1String("dict:") + qtext(values) + QLatin1String("[]");
    }
    if (vs != S.list && vs != S.tuple)
        return {};
    const auto elementsOf = [this](TSNode display) {
        std::vector<TSNode> out;
        const std::uint32_t count = ts_node_named_child_count(display);
        for (std::uint32_t i = 0; i < count && out.size() <= kMaxElements; ++i) {
            const TSNode c = ts_node_named_child(display, i);
            if (symbolOf(c) != S.comment)
                out.push_back(c);
        }
        return out;
    };
    const std::vector<TSNode> elements = elementsOf(values);
    if (elements.size() > kMaxElements ||
        std::any_of(elements.begin(), elements.end(),
                    [this](TSNode e) { return symbolOf(e) == S.listSplat; }))
        return {};
    std::vector<std::string> names;
    const TSSymbol ks = symbolOf(keys);
    if (ks == S.list || ks == S.tuple) {
        for (const TSNode k : elementsOf(keys))
            names.push_back(keyOf(k));
    }
    if (names.size() != elements.size())
        names.assign(elements.size(), std::string());
    return displayText(elements, "dict", &names);
}

void TreeWalker::pairItemsOrEnumerate(TSNode left, TSNode right)
{
    if (ts_node_named_child_count(left) != 2 || symbolOf(right) != S.call)
        return;
    const TSNode second = ts_node_named_child(left, 1);
    const TSNode function = ts_node_child(right, 0);
    const TSNode arguments = ts_node_child_by_field_id(right, S.fArguments);
    if (symbolOf(second) != S.identifier || symbolOf(arguments) != S.argumentList)
        return;
    const std::uint32_t start = ts_node_start_byte(second);
    if (symbolOf(function) == S.attribute && ts_node_named_child_count(arguments) == 0) {
        const TSNode object = ts_node_child(function, 0);
        const TSNode method = ts_node_child_by_field_id(function, S.fAttribute);
        const TSSymbol os = symbolOf(object);
        if (text(method) == "items" && (os == S.identifier || os == S.attribute) &&
            isPlainChain(text(object))) {
            m_heads.push_back(headOf(text(object)));
            m_pending.push_back({start, TSNode{}, BindingKind::Element,
                                 qtext(object) + QLatin1String(".values()")});
        }
    } else if (symbolOf(function) == S.identifier && text(function) == "enumerate" &&
               ts_node_named_child_count(arguments) >= 1) {
        const QString iterable = iteratedText(ts_node_named_child(arguments, 0));
        if (!iterable.isEmpty())
            m_pending.push_back({start, TSNode{}, BindingKind::Element, iterable});
    }
}

// `with open_session() as s`: s is what the manager's __enter__ gives.
void TreeWalker::onWithItem(TSNode node, const Context &ctx)
{
    m_pending.clear();
    const TSNode value = ts_node_child_by_field_id(node, S.fValue);
    const bool named = symbolOf(value) == S.asPattern;
    const TSNode manager = named ? ts_node_named_child(value, 0) : value;
    const QString callee = managerText(manager);
    if (callee.isEmpty())
        return;
    // The statement enters the manager and leaves it (`async with`: asynchronously).
    const TSNode clause = ts_node_parent(node);
    const bool async = !ts_node_is_null(clause) && startsAsync(ts_node_parent(clause));
    const QLatin1String enter(async ? ".__aenter__" : ".__enter__");
    addImplicitCall(ctx, callee + enter, lineOf(node), CallOrigin::Protocol);
    addImplicitCall(ctx, callee + QLatin1String(async ? ".__aexit__" : ".__exit__"), lineOf(node),
                    CallOrigin::Protocol);
    if (!named)
        return;
    const TSNode alias = ts_node_child_by_field_id(value, S.fAlias);
    const TSNode name = ts_node_named_child(alias, 0);
    if (symbolOf(name) != S.identifier || ts_node_named_child_count(alias) != 1)
        return;
    m_pending.push_back({ts_node_start_byte(name), TSNode{}, BindingKind::Call, callee + enter});
}

// `if isinstance(x, T):` (or an `elif`, or an operand of the `and` that is the whole
// condition): in the block x is what it was, kept to instances of T. A Narrowed binding on
// the block's first line, seen in the block alone (finishBindings() keeps it only for
// a name the scope binds otherwise: it must not make a global or enclosing name local).
void TreeWalker::onNarrowing(TSNode node, const Context &ctx)
{
    const TSNode block = ts_node_child_by_field_id(node, S.fConsequence);
    const TSNode condition = ts_node_child_by_field_id(node, S.fCondition);
    // A body on the header's line is not narrowed: the binding is read from the line before
    // its block, which is then the line before the `if` (or inside the block an `elif` follows).
    if (ts_node_is_null(block) || ts_node_is_null(condition) || lineOf(block) == lineOf(node))
        return;
    std::vector<TSNode> tests{condition};
    for (int guard = 0; !tests.empty() && guard < 16; ++guard) {
        TSNode test = tests.back();
        tests.pop_back();
        test = unparenthesized(test);
        if (symbolOf(test) == S.booleanOperator) {
            const TSNode op = ts_node_child_by_field_id(test, S.fOperator);
            if (!ts_node_is_null(op) && std::string_view(ts_node_type(op)) == "and") {
                tests.push_back(ts_node_child_by_field_id(test, S.fRight));
                tests.push_back(ts_node_child_by_field_id(test, S.fLeft));
            }
            continue;
        }
        if (symbolOf(test) != S.call || text(ts_node_child(test, 0)) != "isinstance")
            continue;
        const TSNode arguments = ts_node_child_by_field_id(test, S.fArguments);
        if (ts_node_is_null(arguments) || ts_node_named_child_count(arguments) != 2)
            continue;
        const TSNode name = ts_node_named_child(arguments, 0);
        TSNode type = ts_node_named_child(arguments, 1);
        type = unparenthesized(type);
        if (symbolOf(name) != S.identifier)
            continue;
        QString types;
        if ((symbolOf(type) == S.identifier || symbolOf(type) == S.attribute) &&
            isPlainChain(text(type))) {
            types = elementText(type);
        } else if (symbolOf(type) == S.tuple && namesOnly(type)) {
            types = displayText(type);
        } else {
            continue;
        }
        // Seen in the block only (as a comprehension's variable is): past it, x is what the
        // block left, and where the block did not run, what it was.
        const int end = int(ts_node_end_point(block).row) + 1;
        m_bindings.push_back(BindingSite{ctx.scope,
                                         text(name),
                                         -1,
                                         BindingKind::Narrowed,
                                         false,
                                         lineOf(block),
                                         true,
                                         std::move(types),
                                         {},
                                         end,
                                         end,
                                         true});
    }
}

// Whether a tuple holds name chains alone (`(A, mod.B)`): one that holds anything else
// (`(A, make())`) allows what reading cannot tell.
bool TreeWalker::namesOnly(TSNode tuple) const
{
    const std::uint32_t count = ts_node_named_child_count(tuple);
    bool any = false;
    for (std::uint32_t i = 0; i < count; ++i) {
        const TSNode c = ts_node_named_child(tuple, i);
        if (symbolOf(c) == S.comment)
            continue;
        if ((symbolOf(c) != S.identifier && symbolOf(c) != S.attribute) || !isPlainChain(text(c)))
            return false;
        any = true;
    }
    return any;
}

// Narrowings of names their scope binds nowhere else are dropped (see onNarrowing()).
void TreeWalker::dropLoneNarrowings()
{
    std::vector<ScopedName> bound;
    for (const BindingSite &site : m_bindings) {
        if (site.kind != BindingKind::Narrowed)
            bound.push_back({site.scope, site.name});
    }
    std::sort(bound.begin(), bound.end());
    std::erase_if(m_bindings, [&bound](const BindingSite &site) {
        return site.kind == BindingKind::Narrowed &&
               !std::binary_search(bound.begin(), bound.end(), ScopedName{site.scope, site.name});
    });
}

// `except Failed as e`: e is an instance of Failed (a tuple of types says nothing).
void TreeWalker::onExcept(TSNode node)
{
    m_pending.clear();
    TSNode type = ts_node_child_by_field_id(node, S.fValue);
    TSNode alias = ts_node_child_by_field_id(node, S.fAlias);
    if (symbolOf(type) == S.asPattern) { // `except E as e` parses as an as-pattern value
        alias = ts_node_named_child(ts_node_child_by_field_id(type, S.fAlias), 0);
        type = ts_node_named_child(type, 0);
    }
    if (symbolOf(alias) != S.identifier)
        return;
    type = unparenthesized(type);
    const TSSymbol ts = symbolOf(type);
    if (ts == S.tuple || ts == S.expressionList) {
        // `except (A, B) as e`: e is an instance of one of them.
        QString listed = QStringLiteral("tuple:");
        std::vector<std::string_view> heads;
        const std::uint32_t count = ts_node_named_child_count(type);
        for (std::uint32_t i = 0; i < count; ++i) {
            const TSNode element = ts_node_named_child(type, i);
            const TSSymbol es = symbolOf(element);
            const std::string_view name = text(element);
            if (!((es == S.identifier || es == S.attribute) && isPlainChain(name)))
                return;
            if (i > 0)
                listed += QLatin1Char(',');
            listed += QString::fromUtf8(name.data(), qsizetype(name.size())) + QLatin1String("()");
            heads.push_back(headOf(name));
        }
        if (heads.empty())
            return;
        m_heads.insert(m_heads.end(), heads.begin(), heads.end());
        m_pending.push_back(
            {ts_node_start_byte(alias), TSNode{}, BindingKind::Alternatives, std::move(listed)});
        return;
    }
    if (!((ts == S.identifier || ts == S.attribute) && isPlainChain(text(type))))
        return;
    m_heads.push_back(headOf(text(type)));
    m_pending.push_back(
        {ts_node_start_byte(alias), TSNode{}, BindingKind::Call, interned(text(type))});
}

// A context manager or iterable as a callee prefix: a name chain, or a call's callee with
// "()"; "" for anything else.
QString TreeWalker::managerText(TSNode node)
{
    TSNode inner = node;
    inner = unparenthesized(inner);
    if (isDisplay(symbolOf(inner)))
        return {}; // not a prefix; a display iterated is read as one where that is kept
    const QString element = elementText(node);
    return element == QLatin1String("?") || element.startsWith(QLatin1String("<lambda@"))
               ? QString()
               : element;
}

// `raise E` (no call): E is instantiated.
void TreeWalker::onRaise(TSNode node, const Context &ctx)
{
    const TSNode exception = ts_node_named_child(node, 0);
    const TSSymbol s = symbolOf(exception);
    if ((s == S.identifier || s == S.attribute) && isPlainChain(text(exception)))
        addImplicitCall(ctx, calleeText(exception), lineOf(node), CallOrigin::Raise);
}

void TreeWalker::addImplicitCall(const Context &ctx, QString callee, int line, CallOrigin origin,
                                 QStringList arguments)
{
    if (callee.isEmpty())
        return;
    m_heads.push_back(m_lastHead);
    m_out.calls.push_back(RawCallFact{.scope = ctx.scope,
                                      .callee = std::move(callee),
                                      .line = line,
                                      .lambda = ctx.lambda,
                                      .decorates = -1,
                                      .arguments = std::move(arguments),
                                      .decorator = false,
                                      .origin = origin});
}

// `xs.extend([f, g])`, `d.update({"k": f})`, `xs += ys`: what `values` holds becomes elements
// of what `object` names, one store per element of a display, or "*ys" for all of another
// container's. Returns whether anything was stored.
bool TreeWalker::addStores(const Context &ctx, TSNode object, TSNode values, int line)
{
    const TSSymbol os = symbolOf(object);
    if (!((os == S.identifier || os == S.attribute) && isPlainChain(text(object))))
        return false;
    values = unparenthesized(values);
    const TSSymbol vs = symbolOf(values);
    QStringList elements;
    if (isDisplay(vs)) {
        const QString display = displayText(values);
        const qsizetype colon = display.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return false;
        // Literals (empty places) are stored too, but give nothing to call.
        elements = display.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    } else if ((vs == S.identifier || vs == S.attribute) && isPlainChain(text(values))) {
        m_heads.push_back(headOf(text(values)));
        elements << QLatin1Char('*') + interned(text(values));
    } else {
        return false;
    }
    m_heads.push_back(headOf(text(object)));
    const QString target = qtext(object);
    for (QString &e : elements)
        m_out.stores.push_back(RawStoreFact{ctx.scope, target, std::move(e), line});
    return true;
}

// `routes[key] = handler`: the value becomes an element of what `routes` names.
void TreeWalker::addStore(const Context &ctx, TSNode target, TSNode value)
{
    const TSNode object = ts_node_child(target, 0);
    const TSSymbol os = symbolOf(object);
    if (!((os == S.identifier || os == S.attribute) && isPlainChain(text(object))))
        return;
    QString element = elementText(value);
    if (element.isEmpty())
        return; // a literal: nothing to call
    // `routes["a"] = handler`: under its key ("'a':handler"), as a dict display writes it.
    if (const std::string key = keyOf(ts_node_named_child(target, 1)); !key.empty())
        element.prepend(QString::fromStdString(key) + QLatin1Char(':'));
    m_heads.push_back(headOf(text(object)));
    m_out.stores.push_back(
        RawStoreFact{ctx.scope, qtext(object), std::move(element), lineOf(target)});
}

// The elements of a display as a Display binding writes them ("list:f,g").
QString TreeWalker::displayText(const std::vector<TSNode> &elements, std::string_view kind,
                                const std::vector<std::string> *keys)
{
    QString out = QString::fromLatin1(kind.data(), qsizetype(kind.size())) + QLatin1Char(':');
    // A tuple's or list's literals keep their (empty) places: a splat fills parameters by
    // position. A set's or dict's are left out. A dict's value under a literal key comes
    // after it: "'name':f".
    const bool ordered = kind == "tuple" || kind == "list";
    bool first = true;
    for (std::size_t i = 0; i < elements.size(); ++i) {
        const QString element = elementText(elements[i]);
        if (element.isEmpty() && !ordered)
            continue;
        if (!first)
            out += QLatin1Char(',');
        if (keys && i < keys->size() && !(*keys)[i].empty())
            out += QString::fromStdString((*keys)[i]) + QLatin1Char(':');
        out += element;
        first = false;
    }
    return out;
}

// `[f] + [g]`, `base + [g]`, `(f,) + (g,)`: a list or tuple of the operands' elements, as a
// display writes it ("list:f,g"); a name chain's are its elements ("base[]"), which leave the
// places unknown (a "?" first, and a tuple then says nothing). Empty unless some operand is a
// list or tuple display and all are displays of that kind or name chains: `a + b` may add
// numbers or strings.
QString TreeWalker::concatenationText(TSNode sum)
{
    constexpr std::size_t kMaxOperands = 16;
    std::vector<TSNode> operands;
    std::vector<TSNode> todo{sum};
    while (!todo.empty()) {
        TSNode n = todo.back();
        todo.pop_back();
        n = unparenthesized(n);
        if (symbolOf(n) == S.binaryOperator) {
            const TSNode op = ts_node_child_by_field_id(n, S.fOperator);
            if (ts_node_is_null(op) || std::string_view(ts_node_type(op)) != "+")
                return {};
            todo.push_back(ts_node_child_by_field_id(n, S.fRight)); // the left one first
            todo.push_back(ts_node_child_by_field_id(n, S.fLeft));
        } else {
            operands.push_back(n);
        }
        if (operands.size() + todo.size() > kMaxOperands)
            return {};
    }
    std::string_view kind;
    bool named = false;
    for (const TSNode operand : operands) {
        const TSSymbol s = symbolOf(operand);
        if (s == S.list || s == S.tuple) {
            const std::string_view k = s == S.list ? "list" : "tuple";
            if (!kind.empty() && kind != k)
                return {};
            kind = k;
        } else if ((s == S.identifier || s == S.attribute) && isPlainChain(text(operand))) {
            named = true;
        } else {
            return {};
        }
    }
    if (kind.empty() || (named && kind == "tuple"))
        return {};
    QString out = QString::fromLatin1(kind.data(), qsizetype(kind.size())) + QLatin1Char(':');
    std::uint32_t count = 0;
    bool first = true;
    const auto add = [&](const QString &element) {
        if (!first)
            out += QLatin1Char(',');
        out += element;
        first = false;
    };
    if (named)
        add(QStringLiteral("?"));
    for (const TSNode operand : operands) {
        if (symbolOf(operand) != S.list && symbolOf(operand) != S.tuple) {
            m_heads.push_back(headOf(text(operand)));
            add(interned(text(operand)) + QLatin1String("[]"));
            continue;
        }
        for (std::uint32_t i = 0, n = ts_node_named_child_count(operand); i < n; ++i) {
            const TSNode element = ts_node_named_child(operand, i);
            if (symbolOf(element) == S.comment)
                continue;
            if (++count > kMaxElements)
                return {};
            add(elementText(element));
        }
    }
    return out;
}

// A display inside another (`{"a": {"b": f}}`, `[[f], [g]]`, `d[k] = [f]`) is a container of
// its own, bound in the scope where it is written to a name of its own ("<display1>" and on
// per file, inner ones first), which the outer element names: `table["a"]["b"]()` then reads
// through both. Nested deeper than kMaxDisplayDepth, too long, or holding only literals or
// what reading cannot follow, it is an element reading cannot follow ("?").
QString TreeWalker::nestedDisplay(TSNode display)
{
    constexpr int kMaxDisplayDepth = 8;
    if (const auto it = m_displayNames.find(display.id); it != m_displayNames.end())
        return it->second;
    if (m_displayDepth >= kMaxDisplayDepth)
        return QStringLiteral("?");
    ++m_displayDepth;
    QString value = displayText(display);
    --m_displayDepth;
    // One of literals only (a table of data) holds nothing to call: not worth a binding.
    const qsizetype colon = value.indexOf(QLatin1Char(':'));
    const auto elements = QStringView(value).mid(colon + 1).split(QLatin1Char(','));
    if (colon < 0 || std::none_of(elements.begin(), elements.end(), [](QStringView e) {
            e = keyedElement(e).value;
            return !e.isEmpty() && e != QLatin1String("?");
        }))
        return QStringLiteral("?");
    QString name = QStringLiteral("<display%1>").arg(m_displayBindings.size() + 1);
    m_displayNames.emplace(display.id, name);
    RawBinding binding;
    binding.scope = m_scope;
    binding.name = name;
    binding.value = std::move(value);
    binding.line = lineOf(display);
    binding.kind = BindingKind::Display;
    m_displayBindings.push_back(std::move(binding));
    return name;
}

} // namespace headroom::detail
