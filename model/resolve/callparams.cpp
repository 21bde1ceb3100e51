// Parameters take the values their callers pass: every call in the project that resolves to
// the function, read where it is made (part of CallResolver; see callresolver.h).
#include "callresolver.h"

#include <QSet>

#include <algorithm>
#include <deque>
#include <map>
#include <tuple>

namespace headroom::detail {

namespace {

constexpr std::ptrdiff_t kMaxPassedDisplays = 4;

// The index of the keyword argument `name=...`, -1 when the call passes none.
int keywordIndex(const NameList &arguments, QStringView name)
{
    // `name=...`: the name, then the argument's first "=" (read for every caller of every
    // parameter followed, so without a search through each argument).
    const qsizetype n = name.size();
    if (findChar(name, u'=') >= 0)
        return -1;
    const std::span<const Name> all = arguments.names();
    for (int i = 0; i < int(all.size()); ++i) {
        const QString &a = all[std::size_t(i)].str();
        if (a.size() > n && a[n] == QLatin1Char('=') && a[0] != QLatin1Char('*') &&
            sameText(QStringView(a).left(n), name))
            return i;
    }
    return -1;
}

// The keyword argument of a call named `name`, as written after its "="; null when none.
QString keywordArgument(const NameList &arguments, QStringView name)
{
    const int i = keywordIndex(arguments, name);
    if (i < 0)
        return {};
    const QString &a = arguments[i];
    return a.mid(a.indexOf(QLatin1Char('=')) + 1) + QLatin1Char('='); // "" passed is "="
}

} // namespace

int parameterIndex(const NameList &parameters, QStringView name)
{
    bool keywordOnly = false;
    int index = 0;
    for (const QString &p : parameters) {
        if (p == QLatin1String("/"))
            continue;
        if (p.startsWith(QLatin1Char('*'))) {
            if (QStringView(p).mid(p.startsWith(QLatin1String("**")) ? 2 : 1) == name)
                return -1;
            keywordOnly = true;
            continue;
        }
        if (p == name)
            return keywordOnly ? -2 : index;
        ++index;
    }
    return -1;
}

Value CallResolver::parameterValue(int file, int binding)
{
    const Binding &b = m_analysis.facts[std::size_t(file)].bindings[std::size_t(binding)];
    return memoised(m_parameters, file, binding,
                    [&] { return callersValue(file, b.scope, b.name); });
}

// What the stores that call a property's setter put (`obj.name = v`, `self.name = v`, where obj
// is an instance whose class's MRO gives that setter for name); `= None` says nothing.
std::vector<Value> CallResolver::setterArguments(int file, int definition)
{
    if (!m_setterStoresIndexed) {
        m_setterStoresIndexed = true;
        QSet<Name> setters; // the names of the project's properties with a setter
        for (const FileFacts &facts : m_analysis.facts)
            for (const Definition &d : facts.definitions)
                if (d.kind == DefKind::Method &&
                    d.decorators.contains(d.name.str() + QLatin1String(".setter")))
                    setters.insert(d.name);
        for (int f = 0; f < int(m_analysis.facts.size()) && !setters.isEmpty(); ++f) {
            const std::vector<Binding> &bindings = m_analysis.facts[std::size_t(f)].bindings;
            for (int b = 0; b < int(bindings.size()); ++b) {
                const Binding &binding = bindings[std::size_t(b)];
                std::optional<Name> attribute;
                if (binding.selfAttribute && binding.scope >= 0)
                    attribute = binding.name;
                else if (bindsObjectAttribute(binding))
                    attribute = knownName(lastName(binding.name));
                if (attribute && setters.contains(*attribute))
                    m_setterStores[*attribute].emplace_back(f, b);
            }
        }
    }
    const Definition &def =
        m_analysis.facts[std::size_t(file)].definitions[std::size_t(definition)];
    const int setter = nodeOf(file, definition);
    std::vector<Value> values;
    const auto stores = m_setterStores.constFind(def.name);
    if (stores == m_setterStores.constEnd())
        return values;
    for (const auto &[f, b] : *stores) { // filled once: never grows while it is read
        const FileFacts &facts = m_analysis.facts[std::size_t(f)];
        const Binding &binding = facts.bindings[std::size_t(b)];
        if (binding.kind == BindingKind::NoneValue)
            continue;
        const QStringView object =
            binding.selfAttribute
                ? QStringView(facts.definitions[std::size_t(binding.scope)].selfName)
                : QStringView(binding.name).chopped(def.name.str().size() + 1);
        if (object.isEmpty())
            continue;
        const Value owner = evaluate(f, binding.scope, object, false, binding.line);
        const Alternatives owners = alternatives(owner);
        if (std::none_of(owners.begin(), owners.end(), [&](const Value &o) {
                return o.kind == Value::Instance && propertySetter(o.id, def.name) == setter;
            }))
            continue;
        Value v = combineSelfBindings(f, {b});
        if (v.found() || v.kind == Value::Pending)
            values.push_back(std::move(v));
    }
    return values;
}

// What a decorator's call passes: the definition below it, with the decorators written below
// this one applied first (`@outer @inner def f` passes outer what inner(f) gives).
Value CallResolver::decoratorArgument(int file, const CallFact &call)
{
    const FileFacts &facts = m_analysis.facts[std::size_t(file)];
    const Definition &def = facts.definitions[std::size_t(call.decorates)];
    Value v = definitionValue(file, call.decorates);
    const std::vector<int> &order = m_files[std::size_t(file)].callsByLine;
    auto it = std::upper_bound(order.begin(), order.end(), call.line, [&facts](int l, int c) {
        return l < facts.calls[std::size_t(c)].line;
    });
    qsizetype below = 0; // the decorators written below this one
    for (; it != order.end() && facts.calls[std::size_t(*it)].line <= def.line; ++it)
        below += facts.calls[std::size_t(*it)].decorates == call.decorates ? 1 : 0;
    const qsizetype count = def.decorators.size();
    if (below == 0)
        return v;
    // Each decorator written as a name chain or a call of one is one call: a call's place among
    // them is its decorator's. Any other (`@table[0]`) leaves the places unknown.
    if (!std::all_of(def.decorators.begin(), def.decorators.end(), [](const QString &d) {
            const qsizetype paren = d.indexOf(QLatin1Char('('));
            return isPlainChain(paren < 0 ? QStringView(d) : QStringView(d).left(paren));
        }))
        return Value::unknown();
    for (qsizetype i = count - 1; i >= count - below && i >= 0; --i)
        v = decorated(file, def.parent, def.decorators[i], v, def.line);
    return v;
}

// What every resolved call of the function passes for the parameter as a name chain, all
// taken together; calls that pass something else or that nothing resolves say nothing.
// NotFound when the calls are known and none passes a value reading knows.
Value CallResolver::callersValue(int file, int definition, QStringView name, int receiver)
{
    const Definition &def =
        m_analysis.facts[std::size_t(file)].definitions[std::size_t(definition)];
    const int index = parameterIndex(def.parameters, name);
    if (index == -1)
        return Value::unknown();
    std::vector<Value> values;
    const auto take = [&](int f, const CallFact &call, int bound) {
        if (index >= 0 && index < bound)
            return; // the parameter is the bound self
        if (call.decorates >= 0) {
            // `@deco` passes the definition below it as the decorators below it left it.
            if (index - bound == 0)
                values.push_back(decoratorArgument(f, call));
            return;
        }
        Value v = passedValue(f, call, index < 0 ? index : index - bound, name);
        if (v.found() || v.kind == Value::Pending)
            values.push_back(std::move(v));
    };
    // A property's setter is called by stores alone: `obj.name = v` passes v for its value.
    if (def.kind == DefKind::Method &&
        def.decorators.contains(def.name.str() + QLatin1String(".setter"))) {
        if (index != 1)
            return Value::unknown();
        values = setterArguments(file, definition);
        return values.empty() ? Value{} : unite(values);
    }
    bool known = forEachCaller(file, definition, take, false, receiver);
    // Where the calls by its own name pass nothing, those by the names it is bound to do
    // (`go = run; go(f)`, `ops["a"](f)`). Only then: reading more calls while the values they
    // pass are still being worked out leaves values unknown (see kMaxOtherNameCalls).
    if (known && values.empty() && receiver < 0)
        known = forEachCaller(file, definition, take, true);
    // Each display passed is a container of its own: past a few, they would crowd out the
    // other values (a name stands for at most kMaxMembers), so they say nothing then.
    const auto isArgument = [this](const Value &v) {
        return v.kind == Value::Container && m_containers[std::size_t(v.id)].argument;
    };
    if (std::count_if(values.begin(), values.end(), isArgument) > kMaxPassedDisplays)
        values.erase(std::remove_if(values.begin(), values.end(), isArgument), values.end());
    if (known && values.empty())
        return {}; // every call leaves it to its default, or passes what reading cannot tell
    return known ? unite(values) : Value::unknown();
}

// What a call passes for the parameter at `index` (-2: keyword-only) named `name`: its keyword,
// its positional argument, or an element of a splat. A splat fills the parameters by position
// where the order of what it unpacks is known (orderedElements); where it is not, a parameter
// it fills is one of its elements, or of the positional arguments after it: a value only
// when nothing follows it and its elements are all known and all the same one. NotFound when
// the call leaves the parameter to its default or passes something reading cannot tell.
Value CallResolver::passedValue(int f, const CallFact &call, int index, QStringView name)
{
    const Value v = passedDirectly(f, call, index, name);
    return v.kind == Value::NotFound ? forwardedValue(f, call, index, name) : v;
}

// What a call passes for a parameter by what it writes itself (passedValue()).
Value CallResolver::passedDirectly(int f, const CallFact &call, int index, QStringView name)
{
    const QString keyword = keywordArgument(call.arguments, name);
    if (!keyword.isNull()) {
        const QStringView text = QStringView(keyword).chopped(1);
        if (text.isEmpty() || text.startsWith(QLatin1Char('\'')))
            return {};
        if (text.contains(QLatin1Char(':'))) // `run(jobs=[f, g])`
            return argumentContainer(f, call, keywordIndex(call.arguments, name), text);
        return argumentValue(f, call, text);
    }
    if (index < 0)
        return unpackedKeyword(f, call, name);
    int position = 0;
    for (qsizetype i = 0; i < call.arguments.size(); ++i) {
        const QString &a = call.arguments[i];
        if (!isPositional(a))
            continue;
        if (!a.startsWith(QLatin1Char('*'))) {
            if (position++ != index)
                continue;
            if (a.isEmpty() || a.startsWith(QLatin1Char('\'')))
                return {};
            if (a.contains(QLatin1Char(':'))) // `run([f, g])`
                return argumentContainer(f, call, int(i), a);
            return argumentValue(f, call, a);
        }
        const QStringView unpacked = QStringView(a).mid(1);
        if (unpacked.isEmpty())
            return {};
        const bool display = unpacked.contains(QLatin1Char(':'));
        const Value held = display ? Value{} : evaluate(f, call.scope, unpacked, false, call.line);
        const Ordered ordered =
            display ? orderedElements(f, call.scope, call.line, unpacked) : orderedElements(held);
        if (ordered.known) {
            if (index < position + int(ordered.values.size()))
                return ordered.values[std::size_t(index - position)];
            if (ordered.open)
                return {}; // more may have been put in: the places past them are unknown
            position += int(ordered.values.size());
            continue;
        }
        if (display || !held.found() ||
            std::any_of(call.arguments.begin() + i + 1, call.arguments.end(),
                        [](const QString &a) { return isPositional(a); }))
            return {};
        // Only a display's elements may all be known (containerComplete): read no others,
        // nor a copy (what is put into a copy is not read).
        const auto containers = alternatives(held);
        if (!std::all_of(containers.begin(), containers.end(), [this](const Value &v) {
                return v.kind == Value::Container && v.name.isEmpty() && displayOf(v.id) != nullptr;
            }))
            return {};
        const Value v = elementsOf(held);
        if (!v.found() || v.kind == Value::Set ||
            !std::all_of(containers.begin(), containers.end(),
                         [this](const Value &c) { return containerComplete(c.id); }))
            return {};
        return v;
    }
    return unpackedKeyword(f, call, name);
}

// What the `*` or `**` argument at `argument` unpacks: a display written there (`**{"a": f}`)
// as a container of its own, else what the name chain names (`**options`).
Value CallResolver::unpackedValue(int f, const CallFact &call, int argument)
{
    const QString &a = call.arguments[argument];
    const QStringView unpacked = QStringView(a).mid(a.startsWith(QLatin1String("**")) ? 2 : 1);
    return unpacked.contains(QLatin1Char(':'))
               ? argumentContainer(f, call, argument, unpacked)
               : evaluate(f, call.scope, unpacked, false, call.line);
}

// What a call passes for the parameter `name` through a dict it unpacks (`run(**options)`,
// `run(**{"job": f})`): the dict's value under that key (keyedElements()). Only of dict
// displays: the `**kwargs` of the calling function is read where it is filled
// (forwardedValue()).
Value CallResolver::unpackedKeyword(int f, const CallFact &call, QStringView name)
{
    if (name.isEmpty())
        return {};
    for (qsizetype i = 0; i < call.arguments.size(); ++i) {
        const QString &a = call.arguments[i];
        if (!a.startsWith(QLatin1String("**")) || a.size() == 2)
            continue;
        const Value held = unpackedValue(f, call, int(i));
        const Alternatives containers = alternatives(held);
        if (!held.found() ||
            !std::all_of(containers.begin(), containers.end(), [&](const Value &c) {
                return c.kind == Value::Container && c.name.isEmpty() &&
                       containerType(c) == QLatin1String("dict") && displayOf(c.id) != nullptr;
            }))
            continue;
        const Value v =
            keyedElementsOf(held, QLatin1Char('\'') + name.toString() + QLatin1Char('\''));
        if (v.found())
            return v;
    }
    return {};
}

// The display a container is made by, as a Display binding writes it (with the scope and line
// it is read in); null for a container of another kind (a parameter's, a generator's, a
// `dict(...)` call's) or a copy (`list(xs)`).
const QString *CallResolver::displayOf(int container, int *scope, int *line) const
{
    const ContainerSite &made = m_containers[std::size_t(container)];
    if (made.argument) {
        const CallFact &call =
            m_analysis.facts[std::size_t(made.file)].calls[std::size_t(made.call)];
        if (scope)
            *scope = call.scope;
        if (line)
            *line = call.line;
        return made.argument;
    }
    if (made.binding >= 0) {
        const Binding &b =
            m_analysis.facts[std::size_t(made.file)].bindings[std::size_t(made.binding)];
        if (b.kind != BindingKind::Display)
            return nullptr;
        if (scope)
            *scope = b.scope;
        if (line)
            *line = b.line;
        return &b.value.str();
    }
    if (made.display < 0)
        return nullptr;
    if (scope)
        *scope = m_graph.node(made.function).definition;
    if (line)
        *line = kEnd;
    return &definitionOf(made.function).returnDisplays[made.display];
}

// What a splat unpacks, element by element, where the order is known: a tuple or list
// display written in the call (`run(*(f, g))`), or a name bound to one tuple display (a
// tuple's own, or one a function returns; `+=` only adds after its elements, which makes
// it `open`). A literal or an element reading cannot tell is NotFound in its place. Lists
// bound to names are left out: what sorts, reverses, inserts or deletes in them is not read.
CallResolver::Ordered CallResolver::orderedElements(const Value &held)
{
    if (held.kind != Value::Container || !held.name.isEmpty())
        return {};
    int scope = -1;
    int line = kEnd;
    const QString *display = displayOf(held.id, &scope, &line);
    // A list keeps its display's order while nothing is put into it (`insert`, `xs[0] = g`
    // move or replace places), as reading it by an index does. One of one element may be a
    // comprehension's, whose length is unknown (none at all, perhaps).
    const bool list = display && display->startsWith(QLatin1String("list:"));
    if (!display || !(list || display->startsWith(QLatin1String("tuple:"))) ||
        (list && (!display->contains(QLatin1Char(',')) || containerStored(held.id, false))))
        return {};
    Ordered out = orderedElements(m_containers[std::size_t(held.id)].file, scope, line, *display);
    out.open = out.known && !list && containerStored(held.id, false);
    return out;
}

// `a, b = pair()`: the element in the target's place where the order of what is unpacked is
// known (a tuple display, bound or returned); else any of its elements, as a loop over it
// would give; each of several values so.
Value CallResolver::unpackedValue(int file, int scope, const Binding &b)
{
    const qsizetype colon = b.value->indexOf(QLatin1Char(':'));
    bool number = false;
    const int place = QStringView(b.value).left(colon).toInt(&number);
    if (colon < 0 || !number)
        return Value::unknown();
    const Value held = evaluate(file, scope, QStringView(b.value).mid(colon + 1), false, b.line);
    // Each of several tuples in its own right: `a, b = f()` where f returns `x, []` or
    // `y, set()` binds a to x or y, never to a list or a set; a literal in the place of one
    // (`return None, error`) adds nothing to what the others give.
    std::vector<Value> values;
    for (const Value &one : alternatives(held)) {
        const Ordered ordered = orderedElements(one);
        Value v = ordered.known && place < int(ordered.values.size())
                      ? ordered.values[std::size_t(place)]
                      : elementsOf(one);
        if (v.kind == Value::Neutral && held.kind == Value::Set)
            continue;
        if (v.kind != Value::Pending && !v.found())
            return Value::unknown();
        values.push_back(std::move(v));
    }
    return unite(values);
}

CallResolver::Ordered CallResolver::orderedElements(int file, int scope, int line,
                                                    QStringView display)
{
    Ordered out;
    const qsizetype colon = display.indexOf(QLatin1Char(':'));
    const QStringView kind = display.left(colon);
    if (kind != QLatin1String("tuple") && kind != QLatin1String("list"))
        return out;
    const QStringView elements = display.mid(colon + 1);
    if (elements.isEmpty())
        return out; // `()` or `(1,)`: the text cannot tell how many
    for (const QStringView element : elements.split(QLatin1Char(','))) {
        Value v = element.isEmpty() ? Value::of(Value::Neutral, -1) : Value{};
        if (!element.isEmpty() && element != QLatin1String("?"))
            v = evaluate(file, scope, element, false, line);
        const bool kept = v.found() || v.kind == Value::Neutral || v.kind == Value::Pending;
        out.values.push_back(kept ? v : Value{});
    }
    out.known = true;
    return out;
}

// What the callers of a function put into its `*args` (the positional arguments past its own)
// or `**kwargs` (the keywords it does not name), one value per argument found; with a `key`,
// only what they put into `**kwargs` under it ("'name'") or into `*args` at that place ("1").
std::vector<Value> CallResolver::splatValues(int file, int binding, QStringView key)
{
    const Binding &b = m_analysis.facts[std::size_t(file)].bindings[std::size_t(binding)];
    const Definition &def = m_analysis.facts[std::size_t(file)].definitions[std::size_t(b.scope)];
    const bool keywords = splatStars(def.parameters, b.name) == 2;
    int positional = 0;
    QStringList named;
    bool keywordOnly = false;
    for (const QString &p : def.parameters) {
        if (p == QLatin1String("/"))
            continue;
        if (p.startsWith(QLatin1Char('*'))) {
            keywordOnly = true;
            continue;
        }
        named << p;
        positional += keywordOnly ? 0 : 1;
    }
    // `args[1]`: the positional argument at that place past the function's own.
    bool numbered = false;
    const int index = keywords || key.isEmpty() ? -1 : key.toInt(&numbered);
    if (!keywords && !key.isEmpty() && (!numbered || index < 0))
        return {};
    std::vector<Value> values;
    forEachCaller(file, b.scope, [&](int f, const CallFact &call, int bound) {
        if (call.decorates >= 0) {
            if (!keywords && positional == bound && index <= 0)
                values.push_back(decoratorArgument(f, call));
            return;
        }
        int position = bound;
        for (int argument = 0; argument < int(call.arguments.size()); ++argument) {
            const QString &a = call.arguments[argument];
            // `run(*jobs)` and `run(**options)` pass on another container's elements; the
            // positions past a positional splat are unknown.
            const bool many = a.startsWith(QLatin1String("**"));
            if (many || a.startsWith(QLatin1Char('*'))) {
                const QStringView unpacked = QStringView(a).mid(many ? 2 : 1);
                if (numbered && !many) {
                    // The splat's element that lands at that place (`run(1, *(f, g))`).
                    const int place = index + positional - position;
                    if (place >= 0 && !unpacked.isEmpty()) {
                        Value v = keyedElementsOf(unpackedValue(f, call, argument),
                                                  QString::number(place));
                        if (v.found())
                            values.push_back(std::move(v));
                    }
                    return;
                }
                if (many == keywords && (keywords || position >= positional) &&
                    !unpacked.isEmpty() && !key.isEmpty()) {
                    Value v = keyedElementsOf(unpackedValue(f, call, argument), key);
                    if (v.found())
                        values.push_back(std::move(v));
                } else if (many == keywords && (keywords || position >= positional) &&
                           !unpacked.isEmpty()) {
                    if (unpacked.contains(QLatin1Char(':'))) { // `run(*(f, g))`
                        std::vector<Value> listed =
                            listedValues(f, call.scope, unpacked, call.line);
                        values.insert(values.end(), listed.begin(), listed.end());
                    } else {
                        Value v = elementsOf(evaluate(f, call.scope, unpacked, false, call.line));
                        if (v.found())
                            values.push_back(std::move(v));
                    }
                }
                if (many || keywords)
                    continue;
                return;
            }
            const qsizetype equals = a.indexOf(QLatin1Char('='));
            QStringView text = a;
            if (equals >= 0) {
                if (!keywords || named.contains(QStringView(a).left(equals)) ||
                    (!key.isEmpty() && key.mid(1).chopped(1) != QStringView(a).left(equals)))
                    continue;
                text = text.mid(equals + 1);
            } else if (keywords || position++ < positional ||
                       (numbered && position - 1 - positional != index)) {
                continue;
            }
            if (text.isEmpty() || text.startsWith(QLatin1Char('\'')))
                continue;
            Value v = evaluate(f, call.scope, text, false, call.line);
            if (v.found())
                values.push_back(std::move(v));
        }
    });
    return values;
}

} // namespace headroom::detail

namespace headroom::detail {

namespace {

// The argument a call passes for the parameter at `index` (-2: keyword-only) named `name`,
// as written; "" when it passes something else, passes it through a splat or leaves it to
// its default.
QString argumentText(const NameList &arguments, int index, QStringView name)
{
    const QString keyword = keywordArgument(arguments, name);
    if (!keyword.isNull())
        return keyword.chopped(1);
    int position = 0;
    for (const QString &a : arguments) {
        if (!isPositional(a))
            continue;
        if (a.startsWith(QLatin1Char('*')) || index < 0)
            return {};
        if (position++ == index)
            return a;
    }
    return {};
}

} // namespace

// Finds the functions that put elements into a container a parameter of theirs names: the
// parameter is a plain one and its only binding in the function, and the store's target is
// that name (`d[k] = v`, `d.append(v)`, `d.update(k=v)`).
void CallResolver::indexParameterStores()
{
    if (m_parameterStoresIndexed)
        return;
    m_parameterStoresIndexed = true;
    std::map<std::tuple<int, int, QString>, int> found;
    indexStores();
    std::vector<std::pair<int, int>> all; // in a fixed order: the hash's is not
    for (auto it = m_stores.constBegin(); it != m_stores.constEnd(); ++it)
        for (const StoreSite &site : it.value())
            all.emplace_back(site.file, site.index);
    std::sort(all.begin(), all.end());
    for (const auto &[f, index] : all) {
        const FileFacts &facts = m_analysis.facts[std::size_t(f)];
        int scope = -1;
        QStringView target;
        if (index >= 0) {
            scope = facts.stores[std::size_t(index)].scope;
            target = facts.stores[std::size_t(index)].target;
        } else {
            const CallFact &call = facts.calls[std::size_t(-1 - index)];
            scope = call.scope;
            target = QStringView(call.callee).left(call.callee->lastIndexOf(QLatin1Char('.')));
        }
        if (scope < 0 || target.isEmpty() || target.contains(QLatin1Char('.')))
            continue;
        const Definition &def = facts.definitions[std::size_t(scope)];
        if (def.kind == DefKind::Class || def.selfName == target ||
            parameterIndex(def.parameters, target) == -1)
            continue;
        const auto [lo, hi] = entriesNamed(f, scope, target);
        if (hi - lo != 1 || lo->what != Entry::Binding ||
            facts.bindings[std::size_t(lo->index)].kind != BindingKind::Parameter)
            continue;
        const auto [at, added] =
            found.try_emplace({f, scope, target.toString()}, int(m_parameterStores.size()));
        if (added) {
            m_parameterStores.push_back(
                {f, scope, target.toString(), {}, -1, {}, false, false, {}});
            const bool init = def.kind == DefKind::Method && def.name == QLatin1String("__init__");
            const QString &called =
                init ? facts.definitions[std::size_t(def.parent)].name : def.name;
            m_parameterStoresByName[called].push_back(at->second);
        }
        m_parameterStores[std::size_t(at->second)].stores.push_back(index);
    }
    // Read once here, not at every container the functions may be passed.
    QStringList elements;
    for (ParameterStore &store : m_parameterStores) {
        const FileFacts &facts = m_analysis.facts[std::size_t(store.file)];
        store.index = parameterIndex(facts.definitions[std::size_t(store.definition)].parameters,
                                     store.parameter);
        for (const int s : store.stores) {
            elements.clear();
            storedElements(facts, s, elements);
            const int line =
                s >= 0 ? facts.stores[std::size_t(s)].line : facts.calls[std::size_t(-1 - s)].line;
            for (QString &element : elements)
                store.elements.emplace_back(std::move(element), line);
        }
    }
    // Which of those functions each chain is passed to, by its last name.
    QStringList names = m_parameterStoresByName.keys();
    names.sort();
    QSet<std::pair<QString, QString>> listed; // (chain's last name, function) in m_passedTo
    for (const QString &name : names) {
        const std::vector<std::pair<int, int>> &calls = callsNamed(name);
        if (calls.size() > kMaxCandidates)
            continue;
        for (const auto &[f, c] : calls) {
            for (const QString &a :
                 m_analysis.facts[std::size_t(f)].calls[std::size_t(c)].arguments) {
                const qsizetype equals = a.indexOf(QLatin1Char('='));
                const QStringView text = equals >= 0 ? QStringView(a).mid(equals + 1) : a;
                if (!isPlainChain(text))
                    continue;
                const QString last = lastName(text).toString();
                if (!listed.contains({last, name})) {
                    listed.insert({last, name});
                    m_passedTo[last].append(name);
                }
            }
        }
    }
}

// What functions that the container is passed to put into it through their parameter:
// `def add(d, k, v): d[k] = v` called as `add(table, "x", f)` puts f into table. The element
// is read at the call when it is another parameter of the function (what this call passes
// for `v`), else where the store is made; one that starts from another parameter (`v.run`)
// is one reading cannot follow here.
void CallResolver::parameterStores(int container, const QString &name, bool all,
                                   const ValueVisitor &take, QStringView key)
{
    indexParameterStores();
    const auto passed = m_passedTo.constFind(name);
    if (passed == m_passedTo.constEnd())
        return;
    // A name shared by many containers and storing functions (a monorepo of projects alike)
    // would have every container read every such function's callers: past kMaxStores, the
    // container is taken as holding elements reading does not know.
    std::size_t count = 0;
    for (const QString &function : *passed) {
        const auto indices = m_parameterStoresByName.constFind(function);
        count += indices == m_parameterStoresByName.constEnd() ? 0 : indices->size();
    }
    if (count > kMaxStores) {
        if (all)
            take(Value{});
        return;
    }
    // (Neither table grows once indexed: what they hold stays where it is.)
    for (const QString &function : *passed) {
        const auto indices = m_parameterStoresByName.constFind(function);
        if (indices == m_parameterStoresByName.constEnd())
            continue;
        for (const int i : *indices) {
            // (m_parameterStores does not grow once indexed.)
            const ParameterStore &store = m_parameterStores[std::size_t(i)];
            const int index = store.index;
            const int node = nodeOf(store.file, store.definition);
            std::vector<std::tuple<int, int, int>> scanned;
            for (const auto &[f, c, bound] : callersPassing(i, index, name, scanned)) {
                const CallFact &call = m_analysis.facts[std::size_t(f)].calls[std::size_t(c)];
                const QString text = argumentText(call.arguments, index < 0 ? index : index - bound,
                                                  store.parameter);
                const auto targets = alternatives(evaluate(f, call.scope, text, false, call.line));
                if (std::none_of(targets.begin(), targets.end(), [&](const Value &v) {
                        return v.kind == Value::Container && v.id == container && v.name.isEmpty();
                    }))
                    continue;
                for (const auto &[element, line] : store.elements) {
                    const KeyedElement keyed = keyedElement(element);
                    if (!keyMatches(keyed.key, key))
                        continue;
                    if (isFollowedElement(keyed.value))
                        take(parameterElement(f, call, bound, node, keyed.value, line));
                    else if (all)
                        take(Value{});
                }
            }
        }
    }
}

// The resolved calls of parameter store `i`'s function that pass for its parameter (at
// `index`, as parameterIndex gives it) a name chain ending in `name`: (file, call, bound).
// Grouped by that last name at the first use, so that each container reads only the calls
// that may pass it; while the grouping runs, a use from inside it scans the calls itself
// (into `scanned`).
std::span<const std::tuple<int, int, int>>
CallResolver::callersPassing(int i, int index, const QString &name,
                             std::vector<std::tuple<int, int, int>> &scanned)
{
    const bool group =
        !m_parameterStores[std::size_t(i)].built && !m_parameterStores[std::size_t(i)].building;
    if (group)
        m_parameterStores[std::size_t(i)].building = true;
    else if (!m_parameterStores[std::size_t(i)].built)
        m_partial = true;
    if (group || !m_parameterStores[std::size_t(i)].built) {
        const int file = m_parameterStores[std::size_t(i)].file;
        const int definition = m_parameterStores[std::size_t(i)].definition;
        const QString parameter = m_parameterStores[std::size_t(i)].parameter;
        QHash<QString, std::vector<std::tuple<int, int, int>>> byName;
        forEachCaller(file, definition, [&](int f, const CallFact &call, int bound) {
            if (call.decorates >= 0 || (index >= 0 && index < bound))
                return;
            const QString text =
                argumentText(call.arguments, index < 0 ? index : index - bound, parameter);
            if (text.isEmpty())
                return;
            const int c = int(&call - m_analysis.facts[std::size_t(f)].calls.data());
            if (group)
                byName[lastName(text).toString()].emplace_back(f, c, bound);
            else if (lastName(text) == name)
                scanned.emplace_back(f, c, bound);
        });
        if (!group)
            return scanned;
        // m_parameterStores does not grow once indexed: the entry is where it was.
        m_parameterStores[std::size_t(i)].callers = std::move(byName);
        m_parameterStores[std::size_t(i)].building = false;
        m_parameterStores[std::size_t(i)].built = true;
    }
    const auto &callers = m_parameterStores[std::size_t(i)].callers;
    const auto it = callers.constFind(name);
    if (it == callers.constEnd())
        return {};
    return *it;
}

// An element a function's store puts in, for one call of the function (parameterStores).
Value CallResolver::parameterElement(int callerFile, const CallFact &call, int bound, int node,
                                     QStringView element, int line)
{
    const CallNode &n = m_graph.node(node);
    const Definition &def = definitionOf(node);
    const bool all = element.startsWith(QLatin1Char('*'));
    const QStringView chain = element.mid(all ? 1 : 0);
    const QStringView head = topName(chain);
    const int index = parameterIndex(def.parameters, head);
    if (index == -1 && splatStars(def.parameters, head) == 0)
        return storedValue(n.file, n.definition, element, line); // not a parameter's
    if (index == -1 || head != chain || (index >= 0 && index < bound))
        return {};
    const auto [lo, hi] = entriesNamed(n.file, n.definition, head);
    if (hi - lo != 1)
        return {}; // rebound in the function
    const Value v = passedValue(callerFile, call, index < 0 ? index : index - bound, head);
    return all ? elementsOf(v) : v;
}

} // namespace headroom::detail
