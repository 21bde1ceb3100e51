// Where the containers the call resolver reads are made (a display bound or passed, a
// function's returned displays or yields, `dict(...)`, a defaultdict's default), the builtin
// type each is, and the displays and chained calls that put elements into them (part of
// CallResolver, see callresolver.h; what they hold is read in callset.cpp).

#include "callresolver.h"

#include <algorithm>

namespace headroom::detail {

bool isDisplayElement(QStringView element)
{
    return element.startsWith(QLatin1String("list:")) ||
           element.startsWith(QLatin1String("dict:")) ||
           element.startsWith(QLatin1String("set:")) || element.startsWith(QLatin1String("tuple:"));
}

int displayArgument(const FileFacts &facts, int index, QStringView element)
{
    if (index >= 0 || !isDisplayElement(element))
        return -1;
    const CallFact &call = facts.calls[std::size_t(-1 - index)];
    const QStringView callee(call.callee);
    const int argument = storedArgument(callee.mid(callee.lastIndexOf(QLatin1Char('.')) + 1));
    return argument >= 0 && call.arguments.value(argument) == element ? argument : -1;
}

// The calls chained on a call that store into what it gives, written on its line in its
// scope (`d.setdefault(k, []).append(f)`).
std::vector<const CallFact *> CallResolver::chainedStores(int file, const CallFact &call) const
{
    const std::vector<CallFact> &calls = m_analysis.facts[std::size_t(file)].calls;
    const std::vector<int> &order = m_files[std::size_t(file)].callsByLine;
    auto it = std::lower_bound(order.begin(), order.end(), call.line,
                               [&calls](int c, int l) { return calls[std::size_t(c)].line < l; });
    std::vector<const CallFact *> out;
    const QString prefix = call.callee + QLatin1String("().");
    for (; it != order.end() && calls[std::size_t(*it)].line == call.line; ++it) {
        const CallFact &chained = calls[std::size_t(*it)];
        if (chained.scope == call.scope && chained.origin == CallOrigin::Written &&
            chained.callee->startsWith(prefix) &&
            storedArgument(QStringView(chained.callee).mid(prefix.size())) >= 0)
            out.push_back(&chained);
    }
    return out;
}

// A display bound at a site is one container wherever the site runs.
Value CallResolver::containerValue(int file, int binding)
{
    const quint64 key = (quint64(quint32(file)) << 32) | quint32(binding);
    auto it = m_containerIds.constFind(key);
    if (it == m_containerIds.constEnd()) {
        it = m_containerIds.insert(key, int(m_containers.size()));
        m_containers.push_back(ContainerSite{file, binding, -1, -1, {}, Memo::Todo, false});
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
            m_graph.node(functionNode).file, -1, functionNode, display, {}, Memo::Todo, false});
    }
    return Value::of(Value::Container, *it);
}

Value CallResolver::argumentContainer(int file, const CallFact &call, int argument,
                                      QStringView display)
{
    const std::vector<CallFact> &calls = m_analysis.facts[std::size_t(file)].calls;
    const auto index = int(&call - calls.data());
    const QPair<quint64, int> key((quint64(quint32(file)) << 32) | quint32(index), argument);
    auto it = m_argumentIds.constFind(key);
    if (it == m_argumentIds.constEnd()) {
        it = m_argumentIds.insert(key, int(m_containers.size()));
        m_argumentDisplays.push_back(display.toString());
        ContainerSite site{file, -1, -1, -1, {}, Memo::Todo, false};
        site.call = index;
        site.argument = &m_argumentDisplays.back();
        m_containers.push_back(site);
    }
    return Value::of(Value::Container, *it);
}

QStringView CallResolver::defaultFactory(int file, int binding) const
{
    const Binding &b = m_analysis.facts[std::size_t(file)].bindings[std::size_t(binding)];
    if (lastName(b.value) != QLatin1String("defaultdict"))
        return {};
    const std::vector<const CallFact *> calls = callsAt(file, b.scope, b.line, b.value);
    if (calls.size() != 1 || calls.front()->arguments.isEmpty())
        return {};
    const QString &factory = calls.front()->arguments.front();
    for (const QStringView type : {u"list", u"set", u"dict"})
        if (factory == type)
            return type;
    return {};
}

Value CallResolver::defaultContainer(int container, QStringView type)
{
    auto it = m_defaultIds.constFind(container);
    if (it == m_defaultIds.constEnd()) {
        it = m_defaultIds.insert(container, int(m_containers.size()));
        ContainerSite site{
            m_containers[std::size_t(container)].file, -1, -1, -1, {}, Memo::Todo, false};
        site.defaultOf = container;
        site.defaultType = type;
        m_containers.push_back(site);
    }
    return Value::of(Value::Container, *it);
}

// `d = dict(k=f, **kw)`: the values of the keywords and of what `**` unpacks; `dict(other)`
// copies the values of another dict (a name chain reading knows to be one: pairs from a list
// or anything else are left out, as an element nothing pins down is).
std::vector<Value> CallResolver::dictCallValues(int file, int binding)
{
    const Binding &b = m_analysis.facts[std::size_t(file)].bindings[std::size_t(binding)];
    const std::vector<const CallFact *> calls = callsAt(file, b.scope, b.line, b.value);
    std::vector<Value> values;
    if (calls.size() != 1)
        return values; // none, or two on the line: which is this?
    const CallFact &call = *calls.front();
    for (qsizetype i = 0; i < call.arguments.size(); ++i) {
        const QString &a = call.arguments[i];
        const qsizetype equals = a.indexOf(QLatin1Char('='));
        QStringView element;
        const bool display =
            a.startsWith(QLatin1String("list:")) || a.startsWith(QLatin1String("tuple:"));
        if (a.startsWith(QLatin1String("**")))
            element = QStringView(a).mid(1); // "*kw": all of kw's values
        else if (!a.startsWith(QLatin1Char('*')) && equals >= 0 && !display)
            element = QStringView(a).mid(equals + 1);
        else if ((display || isFollowedElement(a)) && !a.startsWith(QLatin1Char('*'))) {
            const Value other = display ? argumentContainer(file, call, int(i), a)
                                        : evaluate(file, b.scope, a, false, b.line);
            const Alternatives held = alternatives(other);
            const auto ofType = [&](QStringView type) {
                return other.found() && std::all_of(held.begin(), held.end(), [&](const Value &v) {
                           return v.kind == Value::Container && containerType(v) == type;
                       });
            };
            if (ofType(u"dict")) {
                Value copied = elementsOf(other);
                if (copied.found())
                    values.push_back(std::move(copied));
            } else if (ofType(u"list") || ofType(u"tuple")) {
                // `dict([("a", f), ("b", g)])`: the second place of each pair.
                for (const Value &pair : alternatives(elementsOf(other))) {
                    const Ordered ordered = orderedElements(pair);
                    if (ordered.known && ordered.values.size() == 2 && ordered.values[1].found())
                        values.push_back(ordered.values[1]);
                }
            }
            continue;
        }
        if (element.isEmpty() || element == QLatin1String("*") ||
            element.startsWith(QLatin1Char('\'')))
            continue;
        Value v = storedValue(file, b.scope, element, b.line);
        if (v.found())
            values.push_back(std::move(v));
    }
    return values;
}

// The builtin type of a container: its display's ("list"), a copy's (`set(xs)`), "tuple" for
// `*args`, "dict" for `**kwargs` and `dict(...)`, "set" for `set()`, "list" for `list()`;
// kIteratorType for an iterator; "" for a generator's.
QStringView CallResolver::containerType(const Value &container) const
{
    if (!container.name.isEmpty())
        return container.name;
    const ContainerSite &site = m_containers[std::size_t(container.id)];
    if (site.defaultOf >= 0)
        return site.defaultType;
    if (site.argument)
        return QStringView(*site.argument).left(site.argument->indexOf(QLatin1Char(':')));
    if (site.binding < 0 && site.display < 0)
        return {};
    const FileFacts &facts = m_analysis.facts[std::size_t(site.file)];
    const Binding *b = site.binding >= 0 ? &facts.bindings[std::size_t(site.binding)] : nullptr;
    if (b && b->kind == BindingKind::Parameter) {
        const bool keywords =
            splatStars(facts.definitions[std::size_t(b->scope)].parameters, b->name) == 2;
        return keywords ? u"dict" : u"tuple";
    }
    if (b && b->kind == BindingKind::Call) { // `dict(...)`, `set()`, `list()`
        const QStringView type = lastName(b->value);
        return type == QLatin1String("set") || type == QLatin1String("list") ? type : u"dict";
    }
    const QString &list =
        b ? b->value.str() : definitionOf(site.function).returnDisplays[site.display];
    return QStringView(list).left(list.indexOf(QLatin1Char(':')));
}

} // namespace headroom::detail
