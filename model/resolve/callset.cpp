// Sets of values for the call resolver: a name bound in two branches, a parameter two callers
// fill differently, a function with two returns. Sets are interned, so that equal sets are
// equal values and memos keep one copy.

#include "callresolver.h"

#include <algorithm>

namespace headroom::detail {

namespace {

// Past this many members a value says too little to be worth following.
constexpr std::size_t kMaxMembers = 32;

} // namespace

Alternatives CallResolver::alternatives(const Value &value) const
{
    if (value.kind == Value::Set)
        return Alternatives(std::span<const Value>(m_sets[std::size_t(value.id)]));
    return Alternatives(value);
}

// The level of a memoised computation starting (see ValueMemo).
int CallResolver::enterLevel()
{
    const int level = ++m_memoLevel;
    if (m_levels.size() <= std::size_t(level))
        m_levels.resize(std::size_t(level) + 1);
    m_levels[std::size_t(level)] = Level{++m_runs, 0, false, false};
    return level;
}

CallResolver::Standing CallResolver::standing(const Round &from) const
{
    if (from.level <= m_memoLevel && m_levels[std::size_t(from.level)].run == from.run)
        return m_levels[std::size_t(from.level)].round == from.round ? Standing::Current
                                                                     : Standing::Earlier;
    const auto it = m_settled.constFind(from.run);
    return it != m_settled.constEnd() && *it == from.round ? Standing::Settled : Standing::Stale;
}

// One value standing for all the found values given: itself when they are one, a Set when
// they are several, Unknown when none is found or they are too many; Pending when none is
// found but some are still being worked out in a cycle.
Value CallResolver::unite(std::span<const Value> values)
{
    // Gathered in a buffer kept between calls (nothing unite() calls unites): most calls
    // make no new set, and then allocate nothing.
    std::vector<Value> &members = m_uniting;
    members.clear();
    bool pending = false;
    for (const Value &v : values) {
        if (v.kind == Value::Set) {
            const std::vector<Value> &inner = m_sets[std::size_t(v.id)];
            members.insert(members.end(), inner.begin(), inner.end());
        } else if (v.found()) {
            members.push_back(v);
        } else {
            pending = pending || v.kind == Value::Pending;
        }
    }
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    if (members.empty() && pending)
        return Value::pending();
    if (members.empty() || members.size() > kMaxMembers)
        return Value::unknown();
    if (members.size() == 1)
        return members.front();
    const auto it = m_setIds.find(members);
    if (it != m_setIds.end())
        return Value::of(Value::Set, it->second);
    const int id = int(m_sets.size());
    m_sets.push_back(members);
    m_setIds.emplace(members, id);
    return Value::of(Value::Set, id);
}

} // namespace headroom::detail

namespace headroom::detail {

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
    const qsizetype dot = findLastChar(chain, u'.');
    return dot < 0 ? chain : chain.mid(dot + 1);
}

QList<QStringView> displayedElements(QStringView value)
{
    const qsizetype colon = value.indexOf(QLatin1Char(':'));
    if (colon < 0 || value.left(colon) == QLatin1String(kIteratorType))
        return {};
    QList<QStringView> out = value.mid(colon + 1).split(QLatin1Char(','));
    for (QStringView &e : out)
        e = keyedElement(e).value;
    return out;
}

// The elements one store puts in, as a store writes them ("f", "*xs"); "" for one reading
// cannot follow. `update` puts in the values of a mapping it is given and its keywords.
void storedElements(const FileFacts &facts, int index, QStringList &out)
{
    if (index >= 0) {
        out << facts.stores[std::size_t(index)].value;
        return;
    }
    const CallFact &call = facts.calls[std::size_t(-1 - index)];
    const QStringView method =
        QStringView(call.callee).mid(call.callee->lastIndexOf(QLatin1Char('.')) + 1);
    if (method == QLatin1String("update")) {
        for (const QString &a : call.arguments) {
            const qsizetype equals = a.indexOf(QLatin1Char('='));
            if (a.startsWith(QLatin1String("**")))
                out << (a.size() > 2 ? a.mid(1) : QString()); // `**kw`: all of kw's values
            else if (a.startsWith(QLatin1Char('*')))
                out << QString(); // pairs reading cannot follow
            else if (equals >= 0) // `d.update(k=f)`: under key 'k'
                out << QLatin1Char('\'') + a.left(equals) + QLatin1String("':") + a.mid(equals + 1);
            else
                out << (a.isEmpty() || a.startsWith(QLatin1Char('\'')) ? QString()
                                                                       : QLatin1Char('*') + a);
        }
        return;
    }
    const int stored = storedArgument(method);
    QString element = call.arguments.value(stored);
    // `d.setdefault("a", f)`: under its key.
    if (stored == 1 && call.arguments.front().startsWith(QLatin1Char('\'')) && !element.isEmpty())
        element = call.arguments.front() + QLatin1Char(':') + element;
    if (method == QLatin1String("extend")) {
        if (element.isEmpty() || element.startsWith(QLatin1Char('\'')) ||
            element.startsWith(QLatin1Char('*')))
            element.clear();
        else
            element.prepend(QLatin1Char('*')); // every element of the argument
    }
    out << element;
}

// Whether an element as a store writes it names something to read.
bool isFollowedElement(QStringView element)
{
    return !element.isEmpty() && element != QLatin1String("?") &&
           !element.contains(QLatin1Char('=')) && !element.contains(QLatin1Char(':')) &&
           element != QLatin1String("*") && !element.startsWith(QLatin1String("**")) &&
           !element.startsWith(QLatin1Char('\''));
}

// What stores into an element of the defaultdict a default container belongs to put in
// (`d[k].append(f)`, `d[k].add(f)`): each where what is subscripted reads as that
// defaultdict.
Value CallResolver::nestedStored(int container)
{
    const ContainerSite made = m_containers[std::size_t(container)];
    const ContainerSite owner = m_containers[std::size_t(made.defaultOf)];
    const QString &name =
        m_analysis.facts[std::size_t(owner.file)].bindings[std::size_t(owner.binding)].name;
    indexStores();
    const auto stores = m_nestedStores.constFind(name);
    if (stores == m_nestedStores.constEnd())
        return {};
    if (stores->size() > kMaxStores)
        return Value::unknown();
    std::vector<Value> values;
    const std::vector<StoreSite> sites = *stores;
    for (const StoreSite &site : sites) {
        if (!site.followed)
            continue;
        const FileFacts &facts = m_analysis.facts[std::size_t(site.file)];
        const CallFact &call = facts.calls[std::size_t(-1 - site.index)];
        const Value target = memoised(m_nestedTargets, site.file, site.index, [&] {
            const QStringView callee(call.callee);
            return evaluate(site.file, site.scope, callee.left(callee.indexOf(QLatin1Char('['))),
                            false, site.line);
        });
        const Alternatives targets = alternatives(target);
        if (std::none_of(targets.begin(), targets.end(), [&](const Value &v) {
                return v.kind == Value::Container && v.id == made.defaultOf && v.name.isEmpty();
            }))
            continue;
        takeStored(site.file, site.index, site.scope, site.line, false, [&](Value v) {
            if (v.found() || v.kind == Value::Pending)
                values.push_back(std::move(v));
        });
    }
    return values.empty() ? Value{} : unite(values);
}

bool isContainerGetter(QStringView method)
{
    return method == QLatin1String("get") || method == QLatin1String("pop") ||
           method == QLatin1String("setdefault") || method == QLatin1String("copy") ||
           method == QLatin1String("values") || method == QLatin1String("send") ||
           method == QLatin1String("__next__");
}

// What a method of a container gives, where it gives elements or the container itself:
// `d.get(k)`, `d.pop(k)`, `d.setdefault(k, f)`, `d.values()`, `xs.copy()`, a generator's
// `g.send(v)` and `g.__next__()`. Not found for any other method. Given the `call` by a literal key
// (keyedCallAt()), `get` and `pop` give the elements under it or their default (`get` with
// none gives None where nothing is under it), `setdefault` those under it.
Value CallResolver::containerMethodResult(const Value &container, QStringView method, int file,
                                          const CallFact *call)
{
    if (!isContainerGetter(method))
        return {};
    const auto members = alternatives(container);
    if (!std::all_of(members.begin(), members.end(),
                     [](const Value &v) { return v.kind == Value::Container; }))
        return {};
    if (method == QLatin1String("get") || method == QLatin1String("pop") ||
        method == QLatin1String("setdefault")) {
        if (!call)
            return elementsOf(container);
        Value under = keyedElementsOf(container, call->arguments.front());
        if (method == QLatin1String("setdefault"))
            return under;
        const QString fallback = call->arguments.value(1);
        if (isFollowedElement(fallback)) {
            const Value other = evaluate(file, call->scope, fallback, false, call->line);
            if (!other.found())
                return other.kind == Value::Pending ? under : Value::unknown();
            return under.kind == Value::NotFound ? other : unite({under, other});
        }
        if (under.kind == Value::NotFound && method == QLatin1String("get") &&
            call->arguments.size() == 1)
            return Value::of(Value::Neutral, -1); // None
        return under;
    }
    if (method == QLatin1String("send") || method == QLatin1String("__next__"))
        // A generator's: the next value it yields.
        return std::all_of(members.begin(), members.end(),
                           [this](const Value &v) {
                               // A generator's own (no type), or an iterator over one.
                               const QStringView type = containerType(v);
                               return type.isEmpty() || type == QLatin1String(kIteratorType);
                           })
                   ? elementsOf(container)
                   : Value{};
    if (method == QLatin1String("copy"))
        return container;
    if (method == QLatin1String("values"))
        return mapped(container, [](Value v) {
            v.name = QString::fromLatin1(kIteratorType); // a view: iterated, not called through
            return v;
        });
    return {};
}

// The one call of `callee` on a line when it passes a literal key first (`d.get("a")`);
// null when it passes anything else, or when the line has no such call or several.
const CallFact *CallResolver::keyedCallAt(int file, int scope, int line, QStringView callee) const
{
    if (line == kEnd)
        return nullptr;
    const std::vector<const CallFact *> calls = callsAt(file, scope, line, callee);
    if (calls.size() != 1 || calls.front()->arguments.isEmpty() ||
        !calls.front()->arguments.front().startsWith(QLatin1Char('\'')))
        return nullptr;
    return calls.front();
}

// An element as a store writes it: a value, or "*xs" for every element of xs (with a `key`,
// those of xs under it).
Value CallResolver::storedValue(int file, int scope, QStringView element, int line, QStringView key)
{
    if (!element.startsWith(QLatin1Char('*')))
        return evaluate(file, scope, element, false, line);
    const Value all = evaluate(file, scope, element.mid(1), false, line);
    return key.isEmpty() ? elementsOf(all) : keyedElementsOf(all, key);
}

// A container's elements; an enum class's members (`for c in Color`, `Color[name]`).
Value CallResolver::elementsOf(const Value &container)
{
    return mapped(container, [this](const Value &v) {
        if (v.kind == Value::Class && isEnumClass(v.id))
            return Value::of(Value::Instance, v.id);
        return v.kind == Value::Container ? containerElements(v.id) : Value::unknown();
    });
}

// What a subscript by a literal key or index gives (`table["a"]`, `pair[0]`): of each
// container it may be, keyedElements(); of a copy (`dict(table)`), any element.
Value CallResolver::keyedElementsOf(const Value &container, QStringView key)
{
    return mapped(container, [&](const Value &v) {
        if (v.kind == Value::Class)
            return elementsOf(v);
        if (v.kind != Value::Container)
            return Value::unknown();
        return v.name.isEmpty() ? keyedElements(v.id, key) : containerElements(v.id);
    });
}

// Of a dict display, its values under that key or under none (`{"a": f, k: g}["a"]` is f or
// g), and what stores put in under it or none; of `**kwargs`, what its function's callers
// pass under that keyword or in a dict under that key, and what the function stores under
// it (`kwargs["rel"] = r`, `kwargs.setdefault("rel", r)`); of a tuple display, or of a list display
// nothing is put into, the element at that place when every place up to it is known (no
// element reading cannot follow, which may be a splat); of anything else, any element.
Value CallResolver::keyedElements(int container, QStringView key)
{
    const Name name(key);
    return memoised(m_keyed, container, int(name.id()), [&]() -> Value {
        int scope = -1;
        int line = kEnd;
        const QString *display = displayOf(container, &scope, &line);
        const ContainerSite &made = m_containers[std::size_t(container)];
        const int file = made.file;
        const QStringView type = containerType(Value::of(Value::Container, container));
        bool numbered = false;
        const bool place = key.toInt(&numbered) >= 0 && numbered && type == QLatin1String("tuple");
        if (!display && made.binding >= 0 && !made.argument &&
            (type == QLatin1String("dict") || place) &&
            m_analysis.facts[std::size_t(file)].bindings[std::size_t(made.binding)].kind ==
                BindingKind::Parameter) // `**kwargs`, `*args`: what callers pass under that key
        {
            std::vector<Value> passed = splatValues(file, made.binding, key);
            if (type == QLatin1String("dict")) { // and what the function stores under it
                Value stored = storedUnder(container, key);
                if (stored.kind != Value::NotFound)
                    passed.push_back(std::move(stored));
            }
            return passed.empty() ? Value{} : unite(passed); // none passes it: nothing there
        }
        if (!display)
            return containerElements(container);
        const qsizetype colon = display->indexOf(QLatin1Char(':'));
        const QStringView kind = QStringView(*display).left(colon);
        const QList<QStringView> elements =
            QStringView(*display).mid(colon + 1).split(QLatin1Char(','));
        if (kind == QLatin1String("dict")) {
            // As any element's reading (containerElements()), what reading cannot pin down
            // adds nothing, and literals and what it cannot follow (`{**other}`) are left out;
            // but nothing under the key at all is NotFound (`d.get("b")` gives None).
            std::vector<Value> values;
            bool unknown = false;
            const auto take = [&](Value v) {
                if (v.found() || v.kind == Value::Pending)
                    values.push_back(std::move(v));
                else
                    unknown = unknown || v.kind != Value::Neutral;
            };
            for (const QStringView e : elements) {
                const KeyedElement keyed = keyedElement(e);
                if (keyMatches(keyed.key, key) && !keyed.value.isEmpty() &&
                    keyed.value != QLatin1String("?"))
                    take(evaluate(file, scope, keyed.value, false, line));
            }
            forEachStore(container, false, take, key);
            if (values.empty())
                return unknown ? Value::unknown() : Value{};
            return unite(values);
        }
        bool number = false;
        const int index = key.toInt(&number);
        const auto count = int(elements.size());
        const int at = index < 0 ? index + count : index;
        if (!number || (kind != QLatin1String("tuple") && kind != QLatin1String("list")) ||
            at < 0 || at >= count ||
            (kind == QLatin1String("list") && containerStored(container, false)))
            return containerElements(container);
        for (int i = index < 0 ? 0 : at; i >= 0 && i < count; i += index < 0 ? 1 : -1)
            if (elements[i] == QLatin1String("?"))
                return containerElements(container); // places unknown from here on
        if (elements[at].isEmpty())
            return Value::unknown(); // a literal
        return evaluate(file, scope, elements[at], false, line);
    });
}

// What the stores into a container put under a key, or under none (forEachStore()); NotFound
// when none does.
Value CallResolver::storedUnder(int container, QStringView key)
{
    return memoised(m_storedUnder, container, int(Name(key).id()), [&] {
        std::vector<Value> values;
        forEachStore(
            container, false,
            [&](Value v) {
                if (v.found() || v.kind == Value::Pending)
                    values.push_back(std::move(v));
            },
            key);
        return values.empty() ? Value{} : unite(values);
    });
}

// What a slice of a value gives (`xs[1:]`): a container's copy, with its elements in places
// reading does not know; any other value stays (a slice of a str is a str).
Value CallResolver::slicedOf(const Value &value)
{
    return mapped(value, [this](const Value &v) {
        const QStringView type = v.kind == Value::Container ? containerType(v) : QStringView();
        if (!v.name.isEmpty() || type.isEmpty())
            return v;
        return Value{Value::Container, v.id, Name(type)};
    });
}

// What iterating a value gives: a container's elements, but a dict's keys, which reading does
// not follow (only a dict's values are, also through `d.values()`); of an instance of a
// project class, what the iterator its __iter__ gives yields: a generator's yields, or what
// the iterator's __next__ returns (an __iter__ returning self).
Value CallResolver::iteratedOf(const Value &container)
{
    return mapped(container, [this](const Value &v) {
        if (v.kind == Value::Container && containerType(v) == QLatin1String("dict"))
            return Value::unknown();
        if (v.kind != Value::Instance)
            return elementsOf(v);
        const Value iter = classMember(v.id, u"__iter__", true);
        if (iter.kind != Value::Function)
            return Value::unknown();
        return mapped(onReceiver(callResult(iter), iter, v), [this](const Value &it) {
            if (it.kind == Value::Container)
                return containerElements(it.id);
            if (it.kind != Value::Instance)
                return Value::unknown();
            const Value next = classMember(it.id, u"__next__", true);
            return next.kind == Value::Function ? onReceiver(callResult(next), next, it)
                                                : Value::unknown();
        });
    });
}

// The values of a list as a Display binding writes it ("list:a,b(),?"); elements that
// nothing pins down are left out: they add no call, and take none away. `complete` (when
// given) is cleared when any is left out, literals included.
std::vector<Value> CallResolver::listedValues(int file, int scope, QStringView list, int line,
                                              bool *complete)
{
    std::vector<Value> out;
    const qsizetype colon = list.indexOf(QLatin1Char(':'));
    if (colon < 0 || colon + 1 >= list.size()) {
        if (complete)
            *complete = false; // `()` or `(1,)`: nothing, or a literal
        return out;
    }
    for (QStringView element : list.mid(colon + 1).split(QLatin1Char(','))) {
        element = keyedElement(element).value;
        if (element.isEmpty() || element == QLatin1String("?")) {
            if (complete)
                *complete = false;
            continue;
        }
        Value v = evaluate(file, scope, element, false, line);
        if (v.found())
            out.push_back(std::move(v));
        else if (complete)
            *complete = false;
    }
    return out;
}

void CallResolver::indexStores()
{
    if (m_storesIndexed)
        return;
    m_storesIndexed = true;
    const auto add = [](QStringView name, const FileFacts &facts, int f, int index,
                        QHash<QString, std::vector<StoreSite>> &into) {
        StoreSite site{f, index, -1, 0, false};
        const bool store = index >= 0;
        site.scope = store ? facts.stores[std::size_t(index)].scope
                           : facts.calls[std::size_t(-1 - index)].scope;
        site.line = store ? facts.stores[std::size_t(index)].line
                          : facts.calls[std::size_t(-1 - index)].line;
        QStringList elements;
        storedElements(facts, index, elements);
        site.followed = std::any_of(elements.begin(), elements.end(), [&](const QString &e) {
            const QStringView value = keyedElement(e).value;
            return isFollowedElement(value) || displayArgument(facts, index, value) >= 0;
        });
        into[name.toString()].push_back(std::move(site));
    };
    for (int f = 0; f < int(m_analysis.facts.size()); ++f) {
        const FileFacts &facts = m_analysis.facts[std::size_t(f)];
        for (int s = 0; s < int(facts.stores.size()); ++s)
            add(lastName(facts.stores[std::size_t(s)].target), facts, f, s, m_stores);
        for (int c = 0; c < int(facts.calls.size()); ++c) {
            if (facts.calls[std::size_t(c)].origin != CallOrigin::Written)
                continue;
            const QString &callee = facts.calls[std::size_t(c)].callee;
            const qsizetype dot = callee.lastIndexOf(QLatin1Char('.'));
            if (dot <= 0 || storedArgument(QStringView(callee).mid(dot + 1)) < 0)
                continue;
            const QStringView object = QStringView(callee).left(dot);
            if (object.contains(QLatin1Char('('))) // `d.setdefault(k, []).append(f)`: below
                continue;
            if (object.contains(QLatin1Char('['))) {
                // `d[k].append(f)`: into an element of d (a defaultdict's default).
                const qsizetype open = object.indexOf(QLatin1Char('['));
                const QStringView chain = object.left(open);
                if (object.endsWith(QLatin1Char(']')) &&
                    open == object.lastIndexOf(QLatin1Char('[')) && isPlainChain(chain))
                    add(lastName(chain), facts, f, -1 - c, m_nestedStores);
                continue;
            }
            add(lastName(object), facts, f, -1 - c, m_stores);
        }
    }
}

// Calls `take(value)` for each element one store (a StoreFact, index >= 0, or a call, -1 -
// index) written on `line` of `scope` of `file` puts in under `key` (or none): what it names,
// the container a display it passes makes, or with `all`, NotFound for one reading cannot
// follow.
template <typename F>
void CallResolver::takeStored(int file, int index, int scope, int line, bool all, F &&take,
                              QStringView key)
{
    const FileFacts &facts = m_analysis.facts[std::size_t(file)];
    QStringList elements;
    storedElements(facts, index, elements);
    for (const QString &element : elements) {
        const KeyedElement keyed = keyedElement(element);
        if (!keyMatches(keyed.key, key))
            continue;
        if (isFollowedElement(keyed.value))
            take(storedValue(file, scope, keyed.value, line, key));
        else if (const int argument = displayArgument(facts, index, keyed.value);
                 argument >= 0) // `d.setdefault(k, [])`, `xs.append((f, 1))`
            take(argumentContainer(file, facts.calls[std::size_t(-1 - index)], argument,
                                   keyed.value));
        else if (all)
            take(Value{});
    }
}

// Calls `take(value)` for each element put into the container by a store of a container of
// its name that reads as this one (`routes[k] = f`, `handlers.append(f)`, `d.update(k=f)`),
// or by a function it is passed to that stores into that parameter (parameterStores); with
// `all`, also for those reading cannot follow (NotFound), else they are skipped unread. With
// a `key`, only for those under that key or none (`routes["a"] = f`, `routes[k] = f`).
// A display a `setdefault` call passes for its default (`d.setdefault(k, [])`) is what the
// call gives when the key is new: so what calls chained on that call put in
// (`d.setdefault(k, []).append(f)`), and stores into a name bound to it on its line
// (`fs = d.setdefault(k, [])`), are its elements.
template <typename F>
void CallResolver::forEachStore(int container, bool all, F &&take, QStringView key)
{
    const ContainerSite made = m_containers[std::size_t(container)];
    if (made.binding < 0) {
        if (!made.argument)
            return;
        const FileFacts &facts = m_analysis.facts[std::size_t(made.file)];
        const CallFact &call = facts.calls[std::size_t(made.call)];
        if (!call.callee->endsWith(QLatin1String(".setdefault")) || call.arguments.size() != 2 ||
            call.arguments[1] != *made.argument)
            return;
        for (const CallFact *chained : chainedStores(made.file, call))
            takeStored(made.file, int(facts.calls.data() - chained) - 1, call.scope, call.line, all,
                       take, key);
        for (const Binding &b : facts.bindings)
            if (b.line == call.line && b.scope == call.scope && b.kind == BindingKind::Call &&
                b.value == call.callee && !b.selfAttribute && !bindsObjectAttribute(b))
                storesNamed(container, b.name, all, take, key);
        return;
    }
    storesNamed(container,
                m_analysis.facts[std::size_t(made.file)].bindings[std::size_t(made.binding)].name,
                all, take, key);
}

// forEachStore() for the stores into containers of one name, and through the parameters of
// the functions such a container is passed to.
template <typename F>
void CallResolver::storesNamed(int container, const QString &name, bool all, F &&take,
                               QStringView key)
{
    indexStores();
    const auto stores = m_stores.constFind(name);
    if (stores == m_stores.constEnd() || stores->size() > kMaxStores) {
        if (stores != m_stores.constEnd() && all)
            take(Value{}); // unread stores: elements reading does not know
        parameterStores(container, name, all, take, key);
        return;
    }
    for (const StoreSite &site : *stores) {
        if (!all && !site.followed)
            continue;
        const int f = site.file; // (plain names: a lambda below captures them)
        const int index = site.index;
        const int scope = site.scope;
        const int line = site.line;
        const FileFacts &facts = m_analysis.facts[std::size_t(f)];
        // What the store's target names is read once for all the containers of its name.
        const Value target = memoised(m_storeTargets, f, index, [&] {
            if (index >= 0)
                return evaluate(f, scope, facts.stores[std::size_t(index)].target, false, line);
            const QString &callee = facts.calls[std::size_t(-1 - index)].callee;
            return evaluate(f, scope,
                            QStringView(callee).left(callee.lastIndexOf(QLatin1Char('.'))), false,
                            line);
        });
        const Alternatives targets = alternatives(target);
        const bool here = std::any_of(targets.begin(), targets.end(), [&](const Value &v) {
            return v.kind == Value::Container && v.id == container && v.name.isEmpty();
        });
        if (!here)
            continue;
        takeStored(f, index, scope, line, all, take, key);
    }
    parameterStores(container, name, all, take, key);
}

// What a container holds: its display's elements, and what any place puts into a container
// of the same name that reads as this one (forEachStore); what is put into a copy of it
// (`set(handlers)`) stays there.
Value CallResolver::containerElements(int container)
{
    return memoised([&]() -> ValueMemo & { return m_containers[std::size_t(container)].elements; },
                    [&] { return computeElements(container); });
}

Value CallResolver::computeElements(int container)
{
    const ContainerSite made = m_containers[std::size_t(container)];
    const int file = made.file;
    std::vector<Value> values;
    if (made.defaultOf >= 0)
        return nestedStored(container);
    if (made.argument) {
        const CallFact &call = m_analysis.facts[std::size_t(file)].calls[std::size_t(made.call)];
        values = listedValues(file, call.scope, *made.argument, call.line);
        forEachStore(container, false, [&](const Value &v) {
            if (v.found())
                values.push_back(v);
        });
    } else if (made.function >= 0) {
        const CallNode &node = m_graph.node(made.function);
        const Definition &def = definitionOf(made.function);
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
    } else {
        const Binding &b = m_analysis.facts[std::size_t(file)].bindings[std::size_t(made.binding)];
        const QStringView factory =
            b.kind == BindingKind::Call ? defaultFactory(file, made.binding) : QStringView();
        if (!factory.isEmpty()) // a defaultdict: what its factory makes, then what is stored
            values.push_back(defaultContainer(container, factory));
        else
            values = b.kind == BindingKind::Parameter ? splatValues(file, made.binding)
                     : b.kind == BindingKind::Call    ? dictCallValues(file, made.binding)
                                                   : listedValues(file, b.scope, b.value, b.line);
        forEachStore(container, false, [&](const Value &v) {
            if (v.found())
                values.push_back(v);
        });
    }
    return unite(values);
}

// Whether every element a container holds is known (no literal, no element or store reading
// cannot follow): then one of its elements is one of the values it gives. Only displays
// (bound or returned) may be; their stores are read only when the display itself is.
bool CallResolver::containerComplete(int container)
{
    if (m_containers[std::size_t(container)].completeState != Memo::Todo) {
        m_partial = m_partial || m_containers[std::size_t(container)].completeState == Memo::Busy;
        return m_containers[std::size_t(container)].complete; // false while Busy (a cycle)
    }
    m_containers[std::size_t(container)].completeState = Memo::Busy;
    int scope = -1;
    int line = kEnd;
    const QString *display = displayOf(container, &scope, &line);
    bool complete = display && containerElements(container).found();
    if (complete)
        (void)listedValues(m_containers[std::size_t(container)].file, scope, *display, line,
                           &complete);
    if (complete)
        complete = !containerStored(container, true);
    ContainerSite &site = m_containers[std::size_t(container)];
    site.completeState = Memo::Done;
    site.complete = complete;
    return complete;
}

// Whether anything is put into a container besides its display; with `unknown`, only
// whether anything reading cannot follow is (an element nothing pins down).
bool CallResolver::containerStored(int container, bool unknown)
{
    bool found = false;
    forEachStore(container, true, [&](const Value &v) { found = found || !unknown || !v.found(); });
    return found;
}

namespace {

// Whether `name` is a whole word of a space-separated list that starts and ends with a space.
bool isWordOf(QLatin1String words, QStringView name)
{
    for (qsizetype at = words.indexOf(name); at > 0 && !name.isEmpty();
         at = words.indexOf(name, at + 1)) {
        const qsizetype end = at + name.size();
        if (words[at - 1] == QLatin1Char(' ') && end < words.size() &&
            words[end] == QLatin1Char(' '))
            return true;
    }
    return false;
}

// Whether a builtin container type has a method of that name (Python 3.11; the dunders are
// taken as they come): `xs.filter()` on what reads as a list is a value reading got wrong
// (a parameter one caller fills with a list), never `builtins.list.filter`.
bool hasMethod(QStringView type, QStringView name)
{
    if (name.startsWith(QLatin1String("__")) && name.endsWith(QLatin1String("__")))
        return true;
    static const std::vector<std::pair<QLatin1String, QLatin1String>> methods = {
        {QLatin1String("dict"), QLatin1String(" clear copy fromkeys get items keys pop popitem "
                                              "setdefault update values ")},
        {QLatin1String("frozenset"), QLatin1String(" copy difference intersection isdisjoint "
                                                   "issubset issuperset symmetric_difference "
                                                   "union ")},
        {QLatin1String("list"), QLatin1String(" append clear copy count extend index insert pop "
                                              "remove reverse sort ")},
        {QLatin1String("set"), QLatin1String(" add clear copy difference difference_update "
                                             "discard intersection intersection_update "
                                             "isdisjoint issubset issuperset pop remove "
                                             "symmetric_difference symmetric_difference_update "
                                             "union update ")},
        {QLatin1String("tuple"), QLatin1String(" count index ")},
    };
    for (const auto &[t, names] : methods) {
        if (t == type)
            return isWordOf(names, name);
    }
    return true; // a type of no list here
}

} // namespace

// The values of a Set that may have a method `name` called on them: a container whose type
// lacks it is left out (had the call run on it, it would have failed); the value itself when
// nothing is left.
Value CallResolver::withMethod(const Value &value, QStringView name)
{
    if (value.kind != Value::Set)
        return value;
    const std::vector<Value> &set = m_sets[std::size_t(value.id)];
    if (std::none_of(set.begin(), set.end(),
                     [](const Value &v) { return v.kind == Value::Container; }))
        return value;
    const std::vector<Value> members = set; // unite() may add sets
    std::vector<Value> kept;
    kept.reserve(members.size());
    for (const Value &v : members) {
        if (v.kind != Value::Container || hasMethod(containerType(v), name))
            kept.push_back(v);
    }
    return kept.size() == members.size() || kept.empty() ? value : unite(kept);
}

// A container's methods are its builtin type's: `handlers.append` is `builtins.list.append`.
Value CallResolver::containerAttribute(const Value &container, QStringView name, bool called)
{
    const QStringView type = containerType(container);
    if (called && ((type.isEmpty() &&
                    isWordOf(QLatin1String(" send throw close asend athrow aclose "), name)) ||
                   ((type.isEmpty() || type == QLatin1String(kIteratorType)) &&
                    name == QLatin1String("__next__"))))
        return Value::of(Value::Neutral, -1); // the runtime's: `gen.close()`, `it.__next__()`
    if (!called || type.isEmpty() || type == QLatin1String(kIteratorType) || !hasMethod(type, name))
        return Value::unknown(); // a generator's other methods are the iterator protocol's
    QString qualified = QStringLiteral("builtins.");
    qualified.append(type).append(QLatin1Char('.')).append(name);
    return Value::named(Value::Builtin, std::move(qualified));
}

} // namespace headroom::detail
