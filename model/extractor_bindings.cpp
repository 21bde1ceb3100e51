// Bindings, return values and references: the parts of TreeWalker that feed the call graph.
// The walk records string views and nodes only; strings are built in finish() for what is
// kept, so that the cost stays with the few names a call or reference can use.

#include "extractor_walker.h"

#include <algorithm>

namespace headroom::detail {

namespace {

struct Children
{
    TSTreeCursor cursor;
    bool valid;
    explicit Children(TSNode node)
        : cursor(ts_tree_cursor_new(node)), valid(ts_tree_cursor_goto_first_child(&cursor))
    {
    }
    ~Children() { ts_tree_cursor_delete(&cursor); }
    Children(const Children &) = delete;
    Children &operator=(const Children &) = delete;

    explicit operator bool() const { return valid; }
    void next() { valid = ts_tree_cursor_goto_next_sibling(&cursor); }
    TSNode node() const { return ts_tree_cursor_current_node(&cursor); }
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

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

void TreeWalker::addBinding(int scope, TSNode name, std::string_view text, BindingKind kind,
                            bool selfAttribute, TSNode value)
{
    if (text.empty())
        return;
    m_bindings.push_back(BindingSite{scope, ts_node_start_byte(name), text, value, kind,
                                     selfAttribute, lineOf(name)});
}

// `x = callee(...)`, `x: T = ...`, `x = None`, and the same with `self.x`: the typed sites.
// Other values leave the target to be recorded as a plain binding where it is visited.
void TreeWalker::onAssignment(TSNode node, TSSymbol symbol, const Context &ctx)
{
    if (ctx.scope < 0)
        onModuleAssignment(node);
    if (symbol != S.assignment)
        return;
    const TSNode left = ts_node_child_by_field_id(node, S.fLeft);
    const TSSymbol ls = symbolOf(left);
    std::string_view name;
    bool selfAttribute = false;
    if (ls == S.identifier) {
        name = text(left);
    } else if (ls == S.attribute && ctx.scope >= 0 && !m_selfNames[ctx.scope].empty()) {
        const TSNode object = ts_node_child(left, 0);
        if (symbolOf(object) != S.identifier || text(object) != m_selfNames[ctx.scope])
            return;
        name = text(ts_node_child_by_field_id(left, S.fAttribute));
        selfAttribute = true;
    }
    if (name.empty())
        return;

    const TSNode type = ts_node_child_by_field_id(node, S.fType);
    if (!ts_node_is_null(type)) {
        addBinding(ctx.scope, left, name, BindingKind::Annotated, selfAttribute, type);
        return;
    }
    const TSNode right = ts_node_child_by_field_id(node, S.fRight);
    const TSSymbol rs = symbolOf(right);
    if (rs == S.call)
        addBinding(ctx.scope, left, name, BindingKind::Call, selfAttribute,
                   ts_node_child_by_field_id(right, S.fFunction));
    else if (rs == S.none)
        addBinding(ctx.scope, left, name, BindingKind::NoneValue, selfAttribute);
}

// Records every parameter with its annotation and gives the first one's name (the self of
// a method). Splat parameters are recorded as plain bindings where they are visited.
std::string_view TreeWalker::recordParameters(TSNode function, int scope)
{
    const TSNode params = ts_node_child_by_field_id(function, S.fParameters);
    if (ts_node_is_null(params))
        return {};
    std::string_view first;
    bool seenFirst = false;
    for (Children c(params); c; c.next()) {
        const TSNode child = c.node();
        const TSSymbol symbol = symbolOf(child);
        if (!ts_node_is_named(child) || symbol == S.comment)
            continue;
        TSNode name = child;
        TSNode type{};
        if (symbol == S.typedParameter) {
            name = ts_node_child(child, 0);
            type = ts_node_child_by_field_id(child, S.fType);
        } else if (symbol == S.defaultParameter || symbol == S.typedDefaultParameter) {
            name = ts_node_child_by_field_id(child, S.fName);
            type = ts_node_child_by_field_id(child, S.fType);
        }
        const bool named = symbolOf(name) == S.identifier;
        if (!seenFirst) {
            seenFirst = true;
            first = named ? text(name) : std::string_view{};
        }
        if (named)
            addBinding(scope, name, text(name), BindingKind::Parameter, false, type);
    }
    return first;
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
        QString callee = calleeText(ts_node_child_by_field_id(value, S.fFunction));
        if (!callee.isEmpty()) {
            if (!def.returnCalls.contains(callee))
                def.returnCalls.append(std::move(callee));
            return;
        }
    }
    def.returnsOther = true;
}

void TreeWalker::onYield(const Context &ctx)
{
    if (ctx.scope >= 0 && !(ctx.flags & InLambda)) {
        Definition &def = m_out.definitions[ctx.scope];
        if (def.kind != DefKind::Class)
            def.returnsOther = true;
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
        m_out.references.push_back(ReferenceFact{ref.scope, toQString(ref.name), ref.line});
    }
}

void TreeWalker::finishBindings()
{
    std::sort(m_heads.begin(), m_heads.end());
    m_heads.erase(std::unique(m_heads.begin(), m_heads.end()), m_heads.end());
    // One site per (scope, position); when it was seen twice the typed record comes first.
    std::sort(m_bindings.begin(), m_bindings.end(),
              [](const BindingSite &a, const BindingSite &b) {
                  if (a.scope != b.scope)
                      return a.scope < b.scope;
                  if (a.at != b.at)
                      return a.at < b.at;
                  return a.kind != BindingKind::Plain && b.kind == BindingKind::Plain;
              });
    const BindingSite *previous = nullptr;
    for (const BindingSite &site : m_bindings) {
        const bool repeat = previous && previous->scope == site.scope && previous->at == site.at;
        previous = &site;
        if (repeat)
            continue;
        const bool inFunction =
            site.scope >= 0 && m_out.definitions[site.scope].kind != DefKind::Class;
        if (inFunction && !site.selfAttribute) {
            // Functions bind many names; only those a call or reference starts with matter,
            // and those declared global or nonlocal (they rebind another scope's name).
            // Their self parameter is known from the definition.
            const bool declared =
                site.kind == BindingKind::Global || site.kind == BindingKind::Nonlocal ||
                std::binary_search(m_globals.begin(), m_globals.end(),
                                   ScopedName{site.scope, site.name});
            if (!declared && !std::binary_search(m_heads.begin(), m_heads.end(), site.name))
                continue;
            if (site.kind == BindingKind::Parameter && site.name == m_selfNames[site.scope])
                continue;
        }
        Binding binding;
        binding.scope = site.scope;
        binding.name = toQString(site.name);
        binding.kind = site.kind;
        binding.selfAttribute = site.selfAttribute;
        binding.line = site.line;
        if (site.kind == BindingKind::Call) {
            binding.value = calleeText(site.value);
            if (binding.value.isEmpty())
                binding.kind = BindingKind::Plain; // `x = d[k]()`: nothing to type it by
        } else if (!ts_node_is_null(site.value)) {
            binding.value = qtext(site.value);
        }
        m_out.bindings.push_back(std::move(binding));
    }
}

} // namespace headroom::detail
