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

// `a.b.c` written without spaces, comments or calls: what a reference may name.
bool isPlainChain(std::string_view text)
{
    if (text.empty() || text.front() == '.' || text.back() == '.')
        return false;
    return std::all_of(text.begin(), text.end(), [](char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
               ch == '_' || ch == '.' || static_cast<unsigned char>(ch) >= 0x80;
    });
}

std::string_view headOf(std::string_view chain)
{
    return chain.substr(0, chain.find('.'));
}

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
    m_bindings.push_back(BindingSite{ctx.scope, text, -1, kind, selfAttribute, lineOf(name),
                                     (ctx.flags & InBranch) != 0});
    return static_cast<int>(m_bindings.size()) - 1;
}

// The walk visits an assignment, then its target (a name or a self attribute records its
// site), then the annotation and the value, which type that site: `x = callee(...)`,
// `x: T = ...`, `x = None`, `x = a.b` (an alias). Other values leave it plain. A typed parameter's
// name and type come the same way.
void TreeWalker::onAssignment(TSNode node, const Context &ctx)
{
    m_assignTarget = -1;
    if (ctx.scope < 0)
        onModuleAssignment(node);
}

void TreeWalker::onAssignedValue(TSNode node, TSSymbol symbol)
{
    if (m_assignTarget < 0 || !ts_node_is_named(node))
        return; // no site to type, or the `=` and `:` tokens
    BindingSite &site = m_bindings[std::size_t(m_assignTarget)];
    m_assignTarget = -1; // an annotation decides, whatever the value
    TSNode value{};
    if (symbol == S.type) {
        if (site.kind != BindingKind::Parameter)
            site.kind = BindingKind::Annotated;
        value = node;
    } else if (symbol == S.call) {
        site.kind = BindingKind::Call;
        value = ts_node_child(node, 0); // the callee
    } else if (symbol == S.none) {
        site.kind = BindingKind::NoneValue;
        return;
    } else if ((symbol == S.identifier || symbol == S.attribute) &&
               site.kind != BindingKind::Parameter && isPlainChain(text(node))) {
        // A parameter's default is only one of the values a caller may pass.
        site.kind = BindingKind::Alias;
        value = node;
    } else {
        return;
    }
    site.value = static_cast<int>(m_bindingValues.size());
    m_bindingValues.push_back(value);
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

QStringList TreeWalker::parameterList(TSNode function)
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
        if (symbol == S.typedParameter)
            name = nameOf(ts_node_child(child, 0));
        else if (symbol == S.defaultParameter || symbol == S.typedDefaultParameter)
            name = nameOf(ts_node_child_by_field_id(child, S.fName));
        else
            name = nameOf(child);
        out << (name.isEmpty() ? QStringLiteral("?") : name);
    }
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
    const auto chain = [this](TSNode n) -> QString {
        const TSSymbol s = symbolOf(n);
        return (s == S.identifier || s == S.attribute) && isPlainChain(text(n)) ? interned(text(n))
                                                                                : QString();
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
            out << QStringLiteral("*");
        } else if (symbol == S.dictionarySplat) {
            out << QStringLiteral("**");
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
    Definition &def = m_out.definitions[ctx.scope];
    if (def.kind == DefKind::Class)
        return;
    const TSNode value = ts_node_named_child(node, 0);
    const TSSymbol vs = symbolOf(value);
    if (ts_node_is_null(value) || vs == S.none || vs == S.comment)
        return; // gives None, like falling off the end
    if (vs == S.call) {
        QString callee = calleeText(ts_node_child(value, 0));
        if (!callee.isEmpty()) {
            if (!def.returnCalls.contains(callee))
                def.returnCalls.append(std::move(callee));
            return;
        }
    }
    if ((vs == S.identifier || vs == S.attribute) && isPlainChain(text(value))) {
        QString name = interned(text(value));
        if (!def.returnNames.contains(name))
            def.returnNames.append(std::move(name));
        return;
    }
    def.returnsOther = true;
}

void TreeWalker::onYield(const Context &ctx)
{
    if (ctx.scope >= 0 && !(ctx.flags & InLambda)) {
        Definition &def = m_out.definitions[ctx.scope];
        if (def.kind != DefKind::Class) {
            def.returnsOther = true;
            def.generator = true;
        }
    }
}

// Keeps the references that start with a name a definition or import binds, or with the
// scope's self: the only ones that can name a function of the project.
void TreeWalker::finishReferences()
{
    std::sort(m_handles.begin(), m_handles.end());
    m_handles.erase(std::unique(m_handles.begin(), m_handles.end()), m_handles.end());
    for (const NameRead &ref : m_references) {
        const std::string_view head = headOf(ref.name);
        const bool viaSelf = ref.scope >= 0 && head == m_selfNames[ref.scope];
        if (!viaSelf && !std::binary_search(m_handles.begin(), m_handles.end(), head))
            continue;
        if (!isPlainChain(ref.name))
            continue;
        m_heads.push_back(head);
        m_out.references.push_back(ReferenceFact{ref.scope, interned(ref.name), ref.line});
    }
}

void TreeWalker::finishBindings()
{
    // A name an alias is bound to may be bound in the function too: `a = f; b = a; b()`.
    for (const BindingSite &site : m_bindings) {
        if (site.kind == BindingKind::Alias)
            m_heads.push_back(headOf(text(m_bindingValues[std::size_t(site.value)])));
    }
    std::sort(m_heads.begin(), m_heads.end());
    m_heads.erase(std::unique(m_heads.begin(), m_heads.end()), m_heads.end());
    for (const BindingSite &site : m_bindings) {
        const bool inFunction =
            site.scope >= 0 && m_out.definitions[site.scope].kind != DefKind::Class;
        if (inFunction && !site.selfAttribute) {
            // Functions bind many names; only those a call or reference starts with matter,
            // and those declared global or nonlocal (they rebind another scope's name).
            // Their self parameter is known from the definition.
            const bool declared = site.kind == BindingKind::Global ||
                                  site.kind == BindingKind::Nonlocal ||
                                  std::binary_search(m_globals.begin(), m_globals.end(),
                                                     ScopedName{site.scope, site.name});
            if (!declared && !std::binary_search(m_heads.begin(), m_heads.end(), site.name))
                continue;
            if (site.kind == BindingKind::Parameter && site.name == m_selfNames[site.scope])
                continue;
        }
        Binding binding;
        binding.scope = site.scope;
        binding.name = interned(site.name);
        binding.kind = site.kind;
        binding.selfAttribute = site.selfAttribute;
        binding.line = site.line;
        binding.branch = site.branch;
        if (site.value >= 0) {
            const TSNode value = m_bindingValues[std::size_t(site.value)];
            binding.value =
                site.kind == BindingKind::Call ? calleeText(value) : interned(text(value));
        }
        if (site.kind == BindingKind::Call && binding.value.isEmpty())
            binding.kind = BindingKind::Plain; // `x = d[k]()`: nothing to type it by
        m_out.bindings.push_back(std::move(binding));
    }
}

} // namespace headroom::detail
