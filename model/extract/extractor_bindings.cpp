// Bindings, return values and references: the parts of TreeWalker that feed the call graph.
// The walk records string views and nodes only; strings are built in finish() for what is
// kept, so that the cost stays with the few names a call or reference can use.

#include "extractor_walker.h"

#include <algorithm>

namespace headroom::detail {

namespace {

// The children of a node through the walker's scratch cursor: no allocation per use.
struct Children
{
    TSTreeCursor *cursor;
    bool valid;
    Children(TSTreeCursor *scratch, TSNode node) : cursor(scratch)
    {
        ts_tree_cursor_reset(cursor, node);
        valid = ts_tree_cursor_goto_first_child(cursor);
    }
    explicit operator bool() const { return valid; }
    void next() { valid = ts_tree_cursor_goto_next_sibling(cursor); }
    TSNode node() const { return ts_tree_cursor_current_node(cursor); }
};

} // namespace

QString TreeWalker::interned(std::string_view text)
{
    auto [it, added] = m_interned.try_emplace(text);
    if (added)
        it->second = QString::fromUtf8(text.data(), qsizetype(text.size()));
    return it->second;
}

// Records a binding site and gives its index.
int TreeWalker::addBinding(const Context &ctx, TSNode name, std::string_view text, BindingKind kind,
                           bool selfAttribute)
{
    if (text.empty())
        return -1;
    // A comprehension's variable binds from the comprehension's first line: what its element
    // reads on the lines before its `for` is the variable, not an earlier binding.
    const bool comprehension = (ctx.flags & ComprehensionTarget) != 0;
    const std::uint32_t at = ts_node_start_byte(name);
    const bool sameLine =
        at >= m_header.from && at < m_header.to && lineOf(name) == m_header.bodyLine;
    m_bindings.push_back(BindingSite{ctx.scope,
                                     text,
                                     -1,
                                     kind,
                                     selfAttribute,
                                     comprehension ? m_comprehensionFrom : lineOf(name),
                                     (ctx.flags & InBranch) != 0,
                                     {},
                                     {},
                                     comprehension ? m_comprehensionUntil : 0,
                                     (ctx.flags & InBranch) != 0 ? ctx.blockEnd : 0,
                                     sameLine});
    return static_cast<int>(m_bindings.size()) - 1;
}

// The walk visits an assignment, then its target (a name or a self attribute records its
// site), then the annotation and the value, which type that site: `x = callee(...)`,
// `x: T = ...`, `x = None`, `x = a.b` (an alias), `x = [a, b]` (a display). Other values leave
// it plain. A typed parameter's name and type come the same way. Unpacking pairs targets with
// values before the targets are visited (m_pending).
void TreeWalker::onAssignment(TSNode node, const Context &ctx)
{
    m_assignTarget = -1;
    m_pending.clear();
    if (ctx.scope < 0)
        onModuleAssignment(node);
    if (symbolOf(node) == S.augmentedAssignment)
        onAugmentedAssignment(node, ctx);
    if (symbolOf(node) != S.assignment)
        return;
    const TSNode left = ts_node_child_by_field_id(node, S.fLeft);
    TSNode right = ts_node_child_by_field_id(node, S.fRight);
    while (symbolOf(right) == S.assignment) // `a, b = c, d = f, g`: the last value
        right = ts_node_child_by_field_id(right, S.fRight);
    const TSSymbol ls = symbolOf(left);
    if (ls == S.identifier)
        onSemicolonAssignment(node, left, right);
    if (ls == S.patternList || ls == S.tuplePattern || ls == S.listPattern)
        pairTargets(left, right, 0);
    else if (ls == S.subscript)
        addStore(ctx, left, right);
}

void TreeWalker::onAssignedValue(TSNode node, TSSymbol symbol)
{
    if (m_assignTarget < 0 || !ts_node_is_named(node) || symbol == S.comment)
        return; // no site to type, or the `=` and `:` tokens
    const int site = m_assignTarget;
    m_assignTarget = -1; // an annotation decides, whatever the value
    typeSite(site, node);
}

void TreeWalker::typeSite(int siteIndex, TSNode node)
{
    BindingSite &site = m_bindings[std::size_t(siteIndex)];
    TSSymbol symbol = symbolOf(node);
    for (int guard = 0; guard < 16; ++guard) {
        if (symbol == S.assignment) // `a = b = f`: a is what b is
            node = ts_node_child_by_field_id(node, S.fRight);
        else if ((symbol == S.parenthesizedExpression || symbol == S.await) &&
                 ts_node_named_child_count(node) == 1)
            node = ts_node_named_child(node, 0); // `x = await f()`: what f's call gives
        else
            break;
        symbol = symbolOf(node);
    }
    TSNode value{};
    const bool parameter = site.kind == BindingKind::Parameter;
    if (symbol == S.type) {
        if (!parameter)
            site.kind = BindingKind::Annotated;
        value = node;
    } else if (symbol == S.call) {
        if (!parameter) {
            if (QString zipped = zippedDictText(node); !zipped.isEmpty()) {
                site.kind = BindingKind::Display; // `d = dict(zip(keys, values))`
                site.preset = std::move(zipped);
                return;
            }
        }
        site.kind = BindingKind::Call;
        value = ts_node_child(node, 0); // the callee
    } else if (symbol == S.none) {
        site.kind = BindingKind::NoneValue;
        return;
    } else if (symbol == S.yield && !parameter) {
        // `x = yield v`: what the generator is sent; `x = yield from g()` is g's return value,
        // which reading does not follow.
        const TSNode second = ts_node_child(node, 1);
        if (ts_node_is_null(second) || std::string_view(ts_node_type(second)) != "from")
            site.kind = BindingKind::Sent;
        return;
    } else if (parameter) {
        return; // a default is only one of the values a caller may pass
    } else if (symbol == S.string) {
        // `s = "abc"` makes a str (bytes with a b prefix) as `str()` does: `s.upper()` calls
        // builtins.str.upper.
        const std::string_view quote = text(ts_node_child(node, 0));
        const bool bytes = quote.find_first_of("bB") != std::string_view::npos;
        site.kind = BindingKind::Call;
        site.preset = bytes ? QStringLiteral("bytes") : QStringLiteral("str");
        return;
    } else if ((symbol == S.identifier || symbol == S.attribute) && isPlainChain(text(node))) {
        site.kind = BindingKind::Alias;
        value = node;
    } else if (symbol == S.subscript || symbol == S.attribute) {
        // `h = handlers[0]`: an element of what handlers is ("handlers[0]"); a slice is a copy
        // holding the same elements (`rest = handlers[1:]`, "handlers[*]"). `h = Job().run`:
        // an attribute of what a call gives ("Job().run").
        QString element = calleeText(node);
        if (element.isEmpty())
            return;
        m_heads.push_back(m_lastHead);
        site.kind = BindingKind::Alias;
        site.preset = std::move(element);
        return;
    } else if (symbol == S.lambda) {
        site.kind = BindingKind::Alias; // `key = lambda r: r.name`: the lambda's node
        site.preset = lambdaPlaceholder(node);
        return;
    } else if (isDisplay(symbol)) {
        QString display = displayText(node);
        if (!display.isEmpty()) {
            site.kind = BindingKind::Display;
            site.preset = std::move(display);
        }
        return;
    } else if (symbol == S.binaryOperator) {
        QString joined = concatenationText(node); // `hooks = base + [f]`
        if (!joined.isEmpty()) {
            site.kind = BindingKind::Display;
            site.preset = std::move(joined);
        }
        return;
    } else if (symbol == S.conditionalExpression || symbol == S.booleanOperator) {
        // `h = f if fast else g`, `h = hook or default`: one of the branches, each read as a
        // display's element; nothing when one is an expression reading cannot follow.
        std::vector<TSNode> branches;
        branchesOf(node, branches, 0);
        QString elements = QStringLiteral("tuple:");
        for (std::size_t i = 0; i < branches.size(); ++i) {
            const QString element = elementText(branches[i]);
            if (element == QLatin1String("?"))
                return;
            elements += (i ? QLatin1String(",") : QLatin1String("")) + element;
        }
        site.kind = BindingKind::Alternatives;
        site.preset = std::move(elements);
        return;
    } else {
        return;
    }
    site.value = static_cast<int>(m_bindingValues.size());
    m_bindingValues.push_back(value);
}

// `a, (b, *c) = f, (g, h, i)`: each target name gets the value in its place; a starred one
// the list of those it takes. `a, b = pair()` (a call, subscript or name chain unpacked):
// each name the element in its place (Unpacked); other targets, and anything else
// unpacked, stay plain.
void TreeWalker::unpackTargets(TSNode left, TSNode right)
{
    std::vector<TSNode> targets;
    if (tupleTargets(left, targets))
        unpackInto(targets, managerText(right)); // keeps the heads it reads
}

// The targets of a tuple target that may take the elements in their places: false when none
// is a name, there are too many, or a starred one makes the places depend on the length.
bool TreeWalker::tupleTargets(TSNode left, std::vector<TSNode> &targets)
{
    for (uint32_t i = 0, count = ts_node_named_child_count(left); i < count; ++i) {
        const TSNode c = ts_node_named_child(left, i);
        const TSSymbol cs = symbolOf(c);
        if (cs == S.listSplatPattern)
            return false; // the places after a starred target depend on the length
        if (cs != S.comment)
            targets.push_back(c);
    }
    return targets.size() <= kMaxElements &&
           std::any_of(targets.begin(), targets.end(),
                       [this](TSNode t) { return symbolOf(t) == S.identifier; });
}

// Each name among the targets is the element in its place of what `unpacked` gives.
void TreeWalker::unpackInto(const std::vector<TSNode> &targets, const QString &unpacked)
{
    if (unpacked.isEmpty())
        return;
    for (std::size_t i = 0; i < targets.size(); ++i) {
        if (symbolOf(targets[i]) != S.identifier)
            continue;
        m_pending.push_back({ts_node_start_byte(targets[i]), TSNode{}, BindingKind::Unpacked,
                             QString::number(i) + QLatin1Char(':') + unpacked});
    }
}

void TreeWalker::pairTargets(TSNode left, TSNode right, int depth)
{
    right = unparenthesized(right);
    const TSSymbol rs = symbolOf(right);
    if (depth == 0 && (rs == S.call || rs == S.subscript ||
                       ((rs == S.identifier || rs == S.attribute) && isPlainChain(text(right))))) {
        unpackTargets(left, right);
        return;
    }
    if (depth > 8 || !(rs == S.expressionList || rs == S.tuple || rs == S.list))
        return;
    const auto children = [this](TSNode n) {
        std::vector<TSNode> out;
        for (uint32_t i = 0, count = ts_node_named_child_count(n); i < count; ++i) {
            const TSNode c = ts_node_named_child(n, i);
            if (symbolOf(c) != S.comment)
                out.push_back(c);
        }
        return out;
    };
    const std::vector<TSNode> targets = children(left);
    const std::vector<TSNode> values = children(right);
    if (values.size() > kMaxElements || std::any_of(values.begin(), values.end(), [this](TSNode v) {
            return symbolOf(v) == S.listSplat;
        }))
        return;
    std::size_t star = targets.size();
    for (std::size_t i = 0; i < targets.size(); ++i) {
        if (symbolOf(targets[i]) == S.listSplatPattern)
            star = i;
    }
    const std::size_t after = star < targets.size() ? targets.size() - star - 1 : 0;
    if (star == targets.size() ? values.size() != targets.size()
                               : values.size() < targets.size() - 1)
        return;
    const auto pair = [&](TSNode target, TSNode value) {
        const TSSymbol ts = symbolOf(target);
        if (ts == S.identifier || ts == S.attribute)
            m_pending.push_back({ts_node_start_byte(target), value, BindingKind::Plain, {}});
        else if (ts == S.tuplePattern || ts == S.listPattern || ts == S.patternList)
            pairTargets(target, value, depth + 1);
    };
    for (std::size_t i = 0; i < std::min(star, targets.size()); ++i)
        pair(targets[i], values[i]);
    if (star == targets.size())
        return;
    for (std::size_t j = 0; j < after; ++j)
        pair(targets[targets.size() - 1 - j], values[values.size() - 1 - j]);
    const TSNode name = ts_node_named_child(targets[star], 0);
    if (symbolOf(name) != S.identifier)
        return;
    const std::vector<TSNode> taken(values.begin() + std::ptrdiff_t(star),
                                    values.end() - std::ptrdiff_t(after));
    m_pending.push_back(
        {ts_node_start_byte(name), TSNode{}, BindingKind::Display, displayText(taken, "list")});
}

// Types a site recorded for a target the statement paired with a value.
void TreeWalker::applyPending(int site, TSNode target)
{
    const std::uint32_t start = ts_node_start_byte(target);
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (it->target != start)
            continue;
        if (it->preset.isEmpty() && it->kind == BindingKind::Plain) {
            typeSite(site, it->value);
        } else {
            BindingSite &s = m_bindings[std::size_t(site)];
            s.kind = it->kind;
            if (!it->preset.isEmpty())
                s.preset = it->preset;
            else if (!ts_node_is_null(it->value)) {
                s.value = static_cast<int>(m_bindingValues.size());
                m_bindingValues.push_back(it->value);
            }
        }
        m_pending.erase(it);
        return;
    }
}

bool TreeWalker::isDisplay(TSSymbol symbol) const
{
    return symbol == S.list || symbol == S.tuple || symbol == S.set || symbol == S.dictionary ||
           symbol == S.listComprehension || symbol == S.setComprehension ||
           symbol == S.dictionaryComprehension || symbol == S.generatorExpression;
}

// A display as its elements: "list:f,g" (see BindingKind). A comprehension is a container of
// what its element expression gives: `[make(x) for x in xs]` is "list:make()", `{k: v for
// ...}` "dict:v"; its length and order are unknown (nothing reads positions but of tuples).
// A generator expression is an iterator of its element: `(f for f in fs)` "<iterator>:f".
QString TreeWalker::displayText(TSNode display)
{
    const TSSymbol ds = symbolOf(display);
    if (ds == S.listComprehension || ds == S.setComprehension || ds == S.dictionaryComprehension ||
        ds == S.generatorExpression) {
        TSNode body = ts_node_child_by_field_id(display, S.fBody);
        if (ds == S.dictionaryComprehension)
            body = ts_node_child_by_field_id(body, S.fValue);
        const QString element = ts_node_is_null(body) ? QString() : elementText(body);
        const QString kind = ds == S.listComprehension     ? QStringLiteral("list:")
                             : ds == S.setComprehension    ? QStringLiteral("set:")
                             : ds == S.generatorExpression ? QLatin1String(kIteratorType) + u':'
                                                           : QStringLiteral("dict:");
        return kind + element;
    }
    const std::uint32_t count = ts_node_named_child_count(display);
    if (count > kMaxElements)
        return {};
    std::vector<TSNode> elements;
    elements.reserve(count);
    std::vector<std::string> keys; // a dict's: each value's literal key (keyOf()), or ""
    const bool dict = symbolOf(display) == S.dictionary;
    for (uint32_t i = 0; i < count; ++i) {
        const TSNode c = ts_node_named_child(display, i);
        const TSSymbol cs = symbolOf(c);
        if (cs == S.comment)
            continue;
        const bool pair = dict && cs == S.pair;
        elements.push_back(pair ? ts_node_child_by_field_id(c, S.fValue) : c);
        if (dict)
            keys.push_back(pair ? keyOf(ts_node_child_by_field_id(c, S.fKey)) : std::string());
    }
    return displayText(elements,
                       ds == S.list  ? "list"
                       : ds == S.set ? "set"
                       : dict        ? "dict"
                                     : "tuple",
                       dict ? &keys : nullptr);
}

// One element of a display: a name chain, a callee with "()", a subscript as a callee text
// ("xs[]"), the name of a display inside it ("<display1>"), "" for a literal (nothing to
// call), "?" for anything else.
QString TreeWalker::elementText(TSNode element)
{
    while (symbolOf(element) == S.parenthesizedExpression &&
           ts_node_named_child_count(element) == 1)
        element = ts_node_named_child(element, 0);
    const TSSymbol s = symbolOf(element);
    // The names an element starts with may be bound in the function: keep those bindings.
    if ((s == S.identifier || s == S.attribute) && isPlainChain(text(element))) {
        m_heads.push_back(headOf(text(element)));
        return interned(text(element));
    }
    // A call's result, an element, or an attribute of either (`Job().run`).
    if (s == S.call || s == S.subscript || s == S.attribute) {
        const QString callee = calleeText(s == S.call ? ts_node_child(element, 0) : element);
        if (callee.isEmpty())
            return QStringLiteral("?");
        m_heads.push_back(m_lastHead);
        return s == S.call ? callee + QLatin1String("()") : callee; // "xs[]", "xs[*]" (slice)
    }
    if (s == S.lambda)
        return lambdaPlaceholder(element);
    if (isDisplay(s))
        return nestedDisplay(element);
    if (s == S.string || s == S.none)
        return {};
    const std::string_view type = ts_node_is_null(element) ? "" : ts_node_type(element);
    if (type == "integer" || type == "float" || type == "true" || type == "false" ||
        type == "concatenated_string" || type == "ellipsis")
        return {};
    return QStringLiteral("?");
}

// The name of a function's first parameter: a method's self (or cls).
std::string_view TreeWalker::firstParameter(TSNode function)
{
    const TSNode params = ts_node_child_by_field_id(function, S.fParameters);
    if (ts_node_is_null(params))
        return {};
    for (Children c(m_scratch, params); c; c.next()) {
        const TSNode child = c.node();
        const TSSymbol symbol = symbolOf(child);
        if (!ts_node_is_named(child) || symbol == S.comment)
            continue;
        TSNode name = child;
        if (symbol == S.typedParameter)
            name = ts_node_child(child, 0);
        else if (symbol == S.defaultParameter || symbol == S.typedDefaultParameter)
            name = ts_node_child_by_field_id(child, S.fName);
        return symbolOf(name) == S.identifier ? text(name) : std::string_view{};
    }
    return {};
}

// The parameters as Definition::parameters writes them; with `defaults`, also each one's
// default as a display's element (elementText(), "" for none), read in the scope visited.
QStringList TreeWalker::parameterList(TSNode function, QStringList *defaults)
{
    QStringList out;
    const TSNode params = ts_node_child_by_field_id(function, S.fParameters);
    if (ts_node_is_null(params))
        return out;
    const auto nameOf = [this](TSNode n) -> QString {
        const TSSymbol s = symbolOf(n);
        if (s == S.identifier)
            return interned(text(n));
        if (s == S.listSplatPattern || s == S.dictionarySplatPattern) {
            const TSNode inner = ts_node_named_child(n, 0);
            const QString stars = QLatin1String(s == S.listSplatPattern ? "*" : "**");
            return ts_node_is_null(inner) ? stars : stars + qtext(inner);
        }
        return {};
    };
    for (Children c(m_scratch, params); c; c.next()) {
        const TSNode child = c.node();
        const TSSymbol symbol = symbolOf(child);
        if (symbol == S.comment)
            continue;
        const std::string_view type = ts_node_type(child);
        if (type == "keyword_separator" || type == "*") {
            out << QStringLiteral("*");
            continue;
        }
        if (type == "positional_separator" || type == "/") {
            out << QStringLiteral("/");
            continue;
        }
        if (!ts_node_is_named(child))
            continue;
        QString name;
        QString value;
        if (symbol == S.typedParameter) {
            name = nameOf(ts_node_child(child, 0));
        } else if (symbol == S.defaultParameter || symbol == S.typedDefaultParameter) {
            name = nameOf(ts_node_child_by_field_id(child, S.fName));
            if (defaults) {
                value = elementText(ts_node_child_by_field_id(child, S.fValue));
                if (value == QLatin1String("?"))
                    value.clear();
            }
        } else {
            name = nameOf(child);
        }
        out << (name.isEmpty() ? QStringLiteral("?") : name);
        if (defaults) {
            while (defaults->size() + 1 < out.size())
                defaults->append(QString()); // the "*" and "/" before it
            defaults->append(value);
        }
    }
    if (defaults && std::all_of(defaults->begin(), defaults->end(),
                                [](const QString &d) { return d.isEmpty(); }))
        defaults->clear();
    else if (defaults)
        defaults->resize(out.size());
    return out;
}

QStringList TreeWalker::argumentList(TSNode call)
{
    QStringList out;
    TSNode args{};
    for (uint32_t i = 0, n = ts_node_named_child_count(call); i < n; ++i) {
        const TSNode child = ts_node_named_child(call, i);
        if (symbolOf(child) == S.argumentList)
            args = child;
    }
    if (ts_node_is_null(args))
        return out; // `f(x for x in y)`: a generator, no list
    // With `displays`, a display is its text; a splat's is read apart (below) or not at all.
    const auto chain = [this](TSNode n, bool displays = true) -> QString {
        n = unparenthesized(n);
        const TSSymbol s = symbolOf(n);
        if (s == S.lambda)
            return lambdaPlaceholder(n);
        if (s == S.string)
            return quotedName(n);
        if (displays && isDisplay(s)) // `run([f, g])`: "list:f,g", a container made here
            return displayText(n);
        if (displays && (s == S.call || s == S.subscript || s == S.attribute)) {
            // `use(Handler())`: what the call gives, as a display's element writes it
            // ("Handler()", "jobs[]"); an attribute of one as a callee text ("Job().run").
            const QString callee = calleeText(s == S.call ? ts_node_child(n, 0) : n);
            if (callee.isEmpty())
                return QString();
            m_heads.push_back(m_lastHead);
            return s == S.call ? callee + QLatin1String("()") : callee;
        }
        if (!((s == S.identifier || s == S.attribute) && isPlainChain(text(n))))
            return QString();
        // A local the argument names must be read as the function binds it.
        m_heads.push_back(headOf(text(n)));
        return interned(text(n));
    };
    for (Children c(m_scratch, args); c; c.next()) {
        const TSNode child = c.node();
        const TSSymbol symbol = symbolOf(child);
        if (!ts_node_is_named(child) || symbol == S.comment)
            continue;
        if (symbol == S.keywordArgument) {
            const TSNode name = ts_node_child_by_field_id(child, S.fName);
            const TSNode value = ts_node_child_by_field_id(child, S.fValue);
            out << qtext(name) + QLatin1Char('=') +
                       (ts_node_is_null(value) ? QString() : chain(value));
        } else if (symbol == S.listSplat) {
            // `*jobs`: "*jobs"; `*(f, g)`: "*tuple:f,g"; "*" for other expressions.
            const TSNode inner = ts_node_named_child(child, 0);
            const TSSymbol is = symbolOf(inner);
            out << QLatin1Char('*') +
                       (is == S.tuple || is == S.list ? displayText(inner) : chain(inner, false));
        } else if (symbol == S.dictionarySplat) {
            // `**options`: "**options"; `**{"a": f}`: "**dict:'a':f".
            const TSNode inner = ts_node_named_child(child, 0);
            out << QLatin1String("**") +
                       (symbolOf(inner) == S.dictionary ? displayText(inner) : chain(inner, false));
        } else {
            out << chain(child);
        }
    }
    return out;
}

void TreeWalker::onReturn(TSNode node, const Context &ctx)
{
    if (ctx.scope < 0)
        return;
    RawDefinition &def = m_out.definitions[ctx.scope];
    if (def.kind == DefKind::Class)
        return;
    const TSNode value = ts_node_named_child(node, 0);
    if (ts_node_is_null(value) || symbolOf(value) == S.comment)
        return; // gives None, like falling off the end
    addReturned(def, value);
}

// The values a conditional expression or a boolean operator may give: both branches of
// `a if c else b`, both operands of `a or b`, the right one of `a and b` (the left one is
// given only when it is false); what is awaited for `await c` (a coroutine function's call
// reads as what it returns); the node itself for any other expression.
void TreeWalker::branchesOf(TSNode value, std::vector<TSNode> &out, int depth)
{
    while ((symbolOf(value) == S.parenthesizedExpression || symbolOf(value) == S.await) &&
           ts_node_named_child_count(value) == 1)
        value = ts_node_named_child(value, 0);
    const TSSymbol s = symbolOf(value);
    if (depth < 8 && s == S.conditionalExpression && ts_node_named_child_count(value) == 3) {
        branchesOf(ts_node_named_child(value, 0), out, depth + 1);
        branchesOf(ts_node_named_child(value, 2), out, depth + 1);
        return;
    }
    if (depth < 8 && s == S.booleanOperator) {
        const TSNode op = ts_node_child_by_field_id(value, S.fOperator);
        const bool either = !ts_node_is_null(op) && std::string_view(ts_node_type(op)) == "or";
        if (either)
            branchesOf(ts_node_child_by_field_id(value, S.fLeft), out, depth + 1);
        branchesOf(ts_node_child_by_field_id(value, S.fRight), out, depth + 1);
        return;
    }
    out.push_back(value);
}

// What `return value` gives, added to the function's returns (each branch of a conditional).
void TreeWalker::addReturned(RawDefinition &def, TSNode returned)
{
    std::vector<TSNode> branches;
    branchesOf(returned, branches, 0);
    for (const TSNode value : branches) {
        const TSSymbol vs = symbolOf(value);
        if (ts_node_is_null(value) || vs == S.none)
            continue; // gives None
        addReturnedValue(def, value, vs);
    }
}

void TreeWalker::addReturnedValue(RawDefinition &def, TSNode value, TSSymbol vs)
{
    if (vs == S.call) {
        QString callee = calleeText(ts_node_child(value, 0));
        if (!callee.isEmpty()) {
            if (!def.returnCalls.contains(callee))
                def.returnCalls.append(std::move(callee));
            return;
        }
    }
    if (((vs == S.identifier || vs == S.attribute) && isPlainChain(text(value))) ||
        vs == S.lambda) {
        if (vs != S.lambda) // `return job`: what the function binds to job is what it gives
            m_heads.push_back(headOf(text(value)));
        QString name = vs == S.lambda ? lambdaPlaceholder(value) : interned(text(value));
        if (!def.returnNames.contains(name))
            def.returnNames.append(std::move(name));
        return;
    }
    // `return table[name]`: an element of table ("table[]"); `return Job().run`: an attribute
    // of what a call gives, not through a subscript (see namedElement()).
    if (vs == S.subscript || vs == S.attribute) {
        QString element = vs == S.subscript ? namedElement(value) : calleeText(value);
        if (vs == S.attribute && element.contains(QLatin1Char('[')))
            element.clear();
        if (!element.isEmpty()) {
            m_heads.push_back(m_lastHead);
            if (!def.returnNames.contains(element))
                def.returnNames.append(std::move(element));
            return;
        }
    }
    if (isDisplay(vs) || vs == S.expressionList) { // `return f, g` is a tuple
        QString display = displayText(value);      // a container made at each call
        if (!display.isEmpty()) {
            def.returnDisplays.append(std::move(display));
            return;
        }
    }
    def.returnsOther = true;
}

// What a function or lambda gives back when it returns a subscript: "table[]" for an element
// (or "table[*]" for a slice) of a container a plain name holds; "" for any other. Not of an
// attribute's container: what `return self._data[key]` gives would be read through every
// store into every such container and every call filling them (a standard library call
// graph 60% slower), for few calls.
QString TreeWalker::namedElement(TSNode subscript)
{
    QString element = calleeText(subscript);
    if (element.contains(QLatin1Char('.')) || element.contains(QLatin1Char('(')))
        return {};
    return element;
}

// `yield f` and `yield from fs`: what iterating the generator gives.
void TreeWalker::onYield(TSNode node, const Context &ctx)
{
    if (ctx.scope < 0 || (ctx.flags & InLambda))
        return;
    RawDefinition &def = m_out.definitions[ctx.scope];
    if (def.kind == DefKind::Class)
        return;
    def.returnsOther = true;
    def.generator = true;
    const TSNode value = ts_node_named_child(node, 0);
    if (ts_node_is_null(value) || symbolOf(value) == S.comment)
        return; // a bare `yield` gives None
    QString element = elementText(value);
    if (element.isEmpty())
        return; // a literal: nothing to call
    if (element != QLatin1String("?") && ts_node_child_count(node) > 1 &&
        std::string_view(ts_node_type(ts_node_child(node, 1))) == "from")
        element.prepend(QLatin1Char('*'));
    if (!def.yields.contains(element))
        def.yields.append(std::move(element));
}

// Keeps the references that start with a name a definition or import binds, or with the
// scope's self, and every attribute chain (`run(job.done)`, `show(form.errors)`:
// a method of what a local or a parameter holds, or a property read): the only ones that can
// name a function of the project or call a getter.
void TreeWalker::finishReferences()
{
    std::sort(m_handles.begin(), m_handles.end());
    m_handles.erase(std::unique(m_handles.begin(), m_handles.end()), m_handles.end());
    for (const NameRead &ref : m_references) {
        const std::string_view head = headOf(ref.name);
        const bool viaSelf = ref.scope >= 0 && head == m_selfNames[ref.scope];
        const bool chain = head.size() < ref.name.size();
        if (!viaSelf && !chain && !std::binary_search(m_handles.begin(), m_handles.end(), head))
            continue;
        if (!isPlainChain(ref.name))
            continue;
        m_heads.push_back(head);
        m_out.references.push_back(
            RawReferenceFact{ref.scope, interned(ref.name), ref.line, ref.lambda});
    }
}

void TreeWalker::finishBindings()
{
    // A name an alias is bound to may be bound in the function too: `a = f; b = a; b()`.
    for (const BindingSite &site : m_bindings) {
        if ((site.kind == BindingKind::Alias || site.kind == BindingKind::Element) &&
            site.value >= 0)
            m_heads.push_back(headOf(text(m_bindingValues[std::size_t(site.value)])));
        if (!site.selfAttribute && site.name.find('.') != std::string_view::npos)
            m_heads.push_back(headOf(site.name)); // `conf.hook = f`: what conf is
    }
    std::sort(m_heads.begin(), m_heads.end());
    m_heads.erase(std::unique(m_heads.begin(), m_heads.end()), m_heads.end());
    dropLoneNarrowings();
    for (const BindingSite &site : m_bindings) {
        const bool inFunction =
            site.scope >= 0 && m_out.definitions[site.scope].kind != DefKind::Class;
        const bool ofObject = site.name.find('.') != std::string_view::npos; // `conf.hook`
        if (inFunction && !site.selfAttribute && !ofObject) {
            // Functions bind many names; only those a call or reference starts with matter,
            // and those declared global or nonlocal (they rebind another scope's name), and
            // attributes of other objects. Their self parameter is known from the definition.
            const bool declared = site.kind == BindingKind::Global ||
                                  site.kind == BindingKind::Nonlocal ||
                                  std::binary_search(m_globals.begin(), m_globals.end(),
                                                     ScopedName{site.scope, site.name});
            if (!declared && !std::binary_search(m_heads.begin(), m_heads.end(), site.name))
                continue;
            if (site.kind == BindingKind::Parameter && site.name == m_selfNames[site.scope])
                continue;
        }
        RawBinding binding;
        binding.scope = site.scope;
        binding.name = interned(site.name);
        binding.kind = site.kind;
        binding.selfAttribute = site.selfAttribute;
        binding.line = site.line;
        binding.branch = site.branch;
        binding.sameLine = site.sameLine;
        binding.setBlockEnd(site.blockEnd);
        binding.defaultValue = site.defaultValue;
        binding.setUntil(site.until);
        if (!site.preset.isEmpty()) {
            binding.value = site.preset;
        } else if (site.value >= 0) {
            const TSNode value = m_bindingValues[std::size_t(site.value)];
            binding.value =
                site.kind == BindingKind::Call ? calleeText(value) : interned(text(value));
        }
        if (site.kind == BindingKind::Call && binding.value.isEmpty())
            binding.kind = BindingKind::Plain; // `x = d[k]()`: nothing to type it by
        m_out.bindings.push_back(std::move(binding));
    }
    for (RawBinding &b : m_displayBindings)
        m_out.bindings.push_back(std::move(b));
}

} // namespace headroom::detail
