// Sets of values for the call resolver: a name bound in two branches, a parameter two callers
// fill differently, a function with two returns. Sets are interned, so that equal sets are
// equal values and memos keep one copy.

#include "callresolver.h"

#include <algorithm>

namespace headroom::detail {

namespace {

// Past this many members a value says too little to be worth following.
constexpr std::size_t kMaxMembers = 16;

} // namespace

std::vector<Value> CallResolver::alternatives(const Value &value) const
{
    if (value.kind == Value::Set)
        return m_sets[std::size_t(value.id)];
    return {value};
}

// One value standing for all the found values given: itself when they are one, a Set when
// they are several, Unknown when none is found or they are too many.
Value CallResolver::unite(const std::vector<Value> &values)
{
    std::vector<Value> members;
    members.reserve(values.size());
    for (const Value &v : values) {
        if (v.kind == Value::Set) {
            const std::vector<Value> &inner = m_sets[std::size_t(v.id)];
            members.insert(members.end(), inner.begin(), inner.end());
        } else if (v.found()) {
            members.push_back(v);
        }
    }
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    if (members.empty() || members.size() > kMaxMembers)
        return Value::unknown();
    if (members.size() == 1)
        return members.front();
    const auto it = m_setIds.find(members);
    if (it != m_setIds.end())
        return Value::of(Value::Set, it->second);
    const int id = int(m_sets.size());
    m_sets.push_back(members);
    m_setIds.emplace(std::move(members), id);
    return Value::of(Value::Set, id);
}

} // namespace headroom::detail

namespace headroom::detail {

namespace {

// Past this many places that may put elements into containers of one name, the stores are
// left unread: reading them all would cost more than it tells.
constexpr std::size_t kMaxStores = 2000;

// The methods that put one element into a list, set, deque or dict, and which argument is
// the element.
int storedArgument(QStringView method)
{
    if (method == QLatin1String("append") || method == QLatin1String("add") ||
        method == QLatin1String("appendleft") || method == QLatin1String("extend") ||
        method == QLatin1String("update"))
        return 0;
    if (method == QLatin1String("insert") || method == QLatin1String("setdefault") ||
        method == QLatin1String("__setitem__"))
        return 1;
    return -1;
}

QStringView lastName(QStringView chain)
{
    const qsizetype dot = chain.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? chain : chain.mid(dot + 1);
}

} // namespace

// A display bound at a site is one container wherever the site runs.
Value CallResolver::containerValue(int file, int binding)
{
    const quint64 key = (quint64(quint32(file)) << 32) | quint32(binding);
    auto it = m_containerIds.constFind(key);
    if (it == m_containerIds.constEnd()) {
        it = m_containerIds.insert(key, int(m_containers.size()));
        m_containers.push_back(ContainerSite{file, binding, -1, -1, Memo::Todo, {}});
    }
    return Value::of(Value::Container, *it);
}

// A generator's call gives an iterator over what it yields: one container per function. A
// `return [f, g]` gives one container per display returned.
Value CallResolver::functionContainer(int functionNode, int display)
{
    const quint64 key = (quint64(quint32(functionNode)) << 32) | quint32(display);
    auto it = m_functionIds.constFind(key);
    if (it == m_functionIds.constEnd()) {
        it = m_functionIds.insert(key, int(m_containers.size()));
        m_containers.push_back(ContainerSite{
            m_graph.node(functionNode).file, -1, functionNode, display, Memo::Todo, {}});
    }
    return Value::of(Value::Container, *it);
}

// What a method of a container gives, where it gives elements or the container itself:
// `d.get(k)`, `d.pop(k)`, `d.setdefault(k, f)`, `d.values()`, `xs.copy()`. Not found for any
// other method.
Value CallResolver::containerMethodResult(const Value &container, QStringView method)
{
    const std::vector<Value> members = alternatives(container);
    if (!std::all_of(members.begin(), members.end(),
                     [](const Value &v) { return v.kind == Value::Container; }))
        return {};
    if (method == QLatin1String("get") || method == QLatin1String("pop") ||
        method == QLatin1String("setdefault"))
        return elementsOf(container);
    if (method == QLatin1String("copy"))
        return container;
    if (method == QLatin1String("values"))
        return mapped(container, [](Value v) {
            v.name = QString::fromLatin1(kIteratorType); // a view: iterated, not called through
            return v;
        });
    return {};
}

// An element as a store writes it: a value, or "*xs" for every element of xs.
Value CallResolver::storedValue(int file, int scope, QStringView element, int line)
{
    if (element.startsWith(QLatin1Char('*')))
        return elementsOf(evaluate(file, scope, element.mid(1), false, line));
    return evaluate(file, scope, element, false, line);
}

Value CallResolver::elementsOf(const Value &container)
{
    return mapped(container, [this](const Value &v) {
        return v.kind == Value::Container ? containerElements(v.id) : Value::unknown();
    });
}

// The values of a list as a Display binding writes it ("list:a,b(),?"); elements that
// nothing pins down are left out: they add no call, and take none away.
std::vector<Value> CallResolver::listedValues(int file, int scope, QStringView list, int line)
{
    std::vector<Value> out;
    const qsizetype colon = list.indexOf(QLatin1Char(':'));
    if (colon < 0 || colon + 1 >= list.size())
        return out;
    for (const QStringView element : list.mid(colon + 1).split(QLatin1Char(','))) {
        if (element.isEmpty() || element == QLatin1String("?"))
            continue;
        Value v = evaluate(file, scope, element, false, line);
        if (v.found())
            out.push_back(std::move(v));
    }
    return out;
}

void CallResolver::indexStores()
{
    if (m_storesIndexed)
        return;
    m_storesIndexed = true;
    for (int f = 0; f < int(m_analysis.facts.size()); ++f) {
        const FileFacts &facts = m_analysis.facts[std::size_t(f)];
        for (int s = 0; s < int(facts.stores.size()); ++s)
            m_stores[lastName(facts.stores[std::size_t(s)].target).toString()].emplace_back(f, s);
        for (int c = 0; c < int(facts.calls.size()); ++c) {
            if (facts.calls[std::size_t(c)].origin != CallOrigin::Written)
                continue;
            const QString &callee = facts.calls[std::size_t(c)].callee;
            const qsizetype dot = callee.lastIndexOf(QLatin1Char('.'));
            if (dot <= 0 || storedArgument(QStringView(callee).mid(dot + 1)) < 0)
                continue;
            const QStringView object = QStringView(callee).left(dot);
            if (object.contains(QLatin1Char('(')) || object.contains(QLatin1Char('[')))
                continue;
            m_stores[lastName(object).toString()].emplace_back(f, -1 - c);
        }
    }
}

// What a container holds: its display's elements, and what any place puts into a container
// of the same name that reads as this one (`routes[k] = f`, `handlers.append(f)`); what is
// put into a copy of it (`set(handlers)`) stays there.
Value CallResolver::containerElements(int container)
{
    {
        const ContainerSite &site = m_containers[std::size_t(container)];
        if (site.state == Memo::Done)
            return site.elements;
        if (site.state == Memo::Busy)
            return Value::unknown();
    }
    m_containers[std::size_t(container)].state = Memo::Busy;
    const ContainerSite &made = m_containers[std::size_t(container)];
    const int file = made.file;
    if (made.function >= 0) {
        const CallNode &node = m_graph.node(made.function);
        const Definition &def = definitionOf(made.function);
        std::vector<Value> values;
        if (made.display >= 0) {
            values = listedValues(file, node.definition, def.returnDisplays[made.display], kEnd);
        } else {
            for (const QString &y : def.yields) {
                if (y == QLatin1String("?"))
                    continue;
                Value v = storedValue(file, node.definition, y, kEnd);
                if (v.found())
                    values.push_back(std::move(v));
            }
        }
        ContainerSite &site = m_containers[std::size_t(container)];
        site.state = Memo::Done;
        site.elements = unite(values);
        return site.elements;
    }
    const Binding &b = m_analysis.facts[std::size_t(file)].bindings[std::size_t(made.binding)];
    std::vector<Value> values = b.kind == BindingKind::Parameter
                                    ? splatValues(file, made.binding)
                                    : listedValues(file, b.scope, b.value, b.line);
    indexStores();
    const auto stores = m_stores.constFind(b.name);
    if (stores != m_stores.constEnd() && stores->size() <= kMaxStores) {
        for (const auto &[f, index] : *stores) {
            const FileFacts &facts = m_analysis.facts[std::size_t(f)];
            int scope = -1;
            int line = 0;
            QStringView target;
            QString element;
            if (index >= 0) {
                const StoreFact &store = facts.stores[std::size_t(index)];
                scope = store.scope;
                line = store.line;
                target = store.target;
                element = store.value;
            } else {
                const CallFact &call = facts.calls[std::size_t(-1 - index)];
                const qsizetype dot = call.callee.lastIndexOf(QLatin1Char('.'));
                scope = call.scope;
                line = call.line;
                target = QStringView(call.callee).left(dot);
                const QStringView method = QStringView(call.callee).mid(dot + 1);
                element = call.arguments.value(storedArgument(method));
                if (method == QLatin1String("extend") || method == QLatin1String("update")) {
                    if (element.startsWith(QLatin1Char('\'')))
                        continue;
                    element.prepend(QLatin1Char('*')); // every element of the argument
                }
            }
            if (element.isEmpty() || element == QLatin1String("?") ||
                element.contains(QLatin1Char('=')) || element == QLatin1String("*") ||
                element == QLatin1String("**"))
                continue;
            const std::vector<Value> targets =
                alternatives(evaluate(f, scope, target, false, line));
            const bool here = std::any_of(targets.begin(), targets.end(), [&](const Value &v) {
                return v.kind == Value::Container && v.id == container && v.name.isEmpty();
            });
            if (!here)
                continue;
            Value v = storedValue(f, scope, element, line);
            if (v.found())
                values.push_back(std::move(v));
        }
    }
    const Value result = unite(values);
    ContainerSite &site = m_containers[std::size_t(container)];
    site.state = Memo::Done;
    site.elements = result;
    return result;
}

// A container's methods are its builtin type's: `handlers.append` is `builtins.list.append`.
Value CallResolver::containerAttribute(const Value &container, QStringView name, bool called)
{
    const ContainerSite &site = m_containers[std::size_t(container.id)];
    if (!called || (site.binding < 0 && site.display < 0))
        return Value::unknown(); // a generator's methods are the iterator protocol's
    const FileFacts &facts = m_analysis.facts[std::size_t(site.file)];
    const Binding *b = site.binding >= 0 ? &facts.bindings[std::size_t(site.binding)] : nullptr;
    const QString &list = b ? b->value : definitionOf(site.function).returnDisplays[site.display];
    QStringView type = QStringView(list).left(list.indexOf(QLatin1Char(':')));
    if (!container.name.isEmpty()) {
        if (container.name == QLatin1String(kIteratorType))
            return Value::unknown();
        type = container.name;
    } else if (b && b->kind == BindingKind::Parameter) {
        const bool keywords = facts.definitions[std::size_t(b->scope)].parameters.contains(
            QLatin1String("**") + b->name);
        type = keywords ? u"dict" : u"tuple";
    }
    QString qualified = QStringLiteral("builtins.");
    qualified.append(type).append(QLatin1Char('.')).append(name);
    return Value::named(Value::Builtin, std::move(qualified));
}

} // namespace headroom::detail
