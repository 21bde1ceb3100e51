// What the entries of a scope's names give: definitions, imports, a function's `global` or
// `nonlocal` declaration, lambdas and bindings of every kind (part of CallResolver; see
// callresolver.h).
#include "callresolver.h"

namespace headroom::detail {

// What a function declaring `global f` (or `nonlocal f`) binds to f: a value the module's
// (or the enclosing function's) f may have from whenever the function has run.
Value CallResolver::reboundValue(int file, const Entry &entry)
{
    return memoised(m_rebounds, file, entry.index, [&] {
        const std::vector<Binding> &bindings = m_analysis.facts[std::size_t(file)].bindings;
        const int inner = bindings[std::size_t(entry.index)].scope;
        const auto [lo, hi] = entriesNamed(file, inner, entry.name);
        std::vector<Value> values;
        for (auto it = lo; it != hi; ++it) {
            if (it->untilSpan > 0)
                continue; // a comprehension's own variable
            if (it->what == Entry::Binding) {
                const BindingKind kind = bindings[std::size_t(it->index)].kind;
                if (kind == BindingKind::Global || kind == BindingKind::Nonlocal)
                    continue;
            }
            Value v = entryValue(file, inner, *it);
            if (v.kind == Value::Neutral)
                continue;
            if (v.kind != Value::Pending && !v.found())
                return Value::unknown();
            values.push_back(std::move(v));
        }
        // A function that only reads the name through its declaration adds nothing.
        return values.empty() ? Value::of(Value::Neutral, -1) : unite(values);
    });
}

Value CallResolver::entryValue(int file, int scope, const Entry &entry)
{
    const FileFacts &facts = m_analysis.facts[std::size_t(file)];
    switch (entry.what) {
    case Entry::Definition: {
        const Definition &def = facts.definitions[std::size_t(entry.index)];
        Value v = definitionValue(file, entry.index);
        // `@d` rebinds the name to d(f): the innermost decorator is applied first.
        for (qsizetype i = def.decorators.size() - 1; i >= 0; --i)
            v = decorated(file, def.parent, def.decorators[i], v, entry.line);
        return v;
    }
    case Entry::Import:
        return importValue(file, facts.imports[std::size_t(entry.index)]);
    case Entry::Rebound:
        return reboundValue(file, entry);
    case Entry::Lambda:
        return Value::of(Value::Function, m_graph.lambdaNode(file, entry.index));
    case Entry::Binding:
        break;
    }
    switch (facts.bindings[std::size_t(entry.index)].kind) {
    case BindingKind::Annotated:
    case BindingKind::Call:
    case BindingKind::Alias:
    case BindingKind::Alternatives:
    case BindingKind::Element:
        return bindingValue(file, scope, entry.index);
    default:
        return computeBindingValue(file, scope, entry.index);
    }
}

// What a binding that reads other names gives, worked out once: a function reading a local
// before binding it (`x = y.get(); y = x.run()`) reads each in terms of the other, which read
// anew at every use doubled the work at each level down to the depth bound.
Value CallResolver::bindingValue(int file, int scope, int binding)
{
    const std::size_t memo =
        m_bindingMemos.slot(file, binding, m_analysis.facts[std::size_t(file)].bindings.size(),
                            m_analysis.facts.size());
    return memoised([&]() -> ValueMemo & { return m_bindingMemos.memos[memo]; },
                    [&] { return computeBindingValue(file, scope, binding); });
}

std::size_t CallResolver::DenseMemos::slot(int file, int index, std::size_t count,
                                           std::size_t files)
{
    if (indices.empty())
        indices.resize(files);
    std::vector<int> &ofFile = indices[std::size_t(file)];
    if (ofFile.empty())
        ofFile.assign(count, -1);
    int &at = ofFile[std::size_t(index)];
    if (at < 0) {
        at = int(memos.size());
        memos.emplace_back();
    }
    return std::size_t(at);
}

Value CallResolver::withDefault(int file, int scope, const Binding &parameter, const Value &passed)
{
    if (parameter.defaultValue.isEmpty())
        return passed.kind == Value::NotFound ? Value::unknown() : passed;
    // The default is read where the function is defined, when it is defined; where no call
    // passes a value reading knows, it is the default alone (`def run(cb=None): if cb is
    // None: cb = f` then calls f).
    const Definition &def = m_analysis.facts[std::size_t(file)].definitions[std::size_t(scope)];
    const Value fallback =
        parameter.defaultValue == QLatin1String(kLiteralDefault)
            ? Value::of(Value::Neutral, -1)
            : evaluate(file, def.parent, parameter.defaultValue, false, def.line);
    if (passed.kind == Value::NotFound)
        return fallback.found() || fallback.kind == Value::Neutral ? fallback : Value::unknown();
    return unite({passed, fallback});
}

Value CallResolver::computeBindingValue(int file, int scope, int binding)
{
    const FileFacts &facts = m_analysis.facts[std::size_t(file)];
    const Binding &b = facts.bindings[std::size_t(binding)];
    switch (b.kind) {
    case BindingKind::Plain:
    case BindingKind::Global:
    case BindingKind::Nonlocal:
        return Value::unknown();
    case BindingKind::NoneValue:
        return Value::of(Value::Neutral, -1);
    case BindingKind::Parameter:
        // An annotation is read where the function is defined; without one, the parameter
        // means what its callers pass. `*args` and `**kwargs` hold what they pass beyond the
        // other parameters.
        if (scope < 0)
            return Value::unknown();
        if (splatStars(facts.definitions[std::size_t(scope)].parameters, b.name) > 0)
            return containerValue(file, binding);
        if (!b.value.isEmpty())
            return typeValue(file, facts.definitions[std::size_t(scope)].parent, b.value);
        return withDefault(file, scope, b, parameterValue(file, binding));
    case BindingKind::Annotated:
        return typeValue(file, scope, b.value);
    case BindingKind::Call: {
        // `y = table.get(k)`, `h = hooks.pop()`: an element a container's method gives.
        const QStringView text = b.value;
        const qsizetype dot = text.lastIndexOf(QLatin1Char('.'));
        if (dot > 0 && isContainerGetter(text.mid(dot + 1))) {
            const Value object = evaluate(file, scope, text.left(dot), false, b.line);
            const Value element =
                object.found() ? containerMethodResult(object, text.mid(dot + 1), file,
                                                       keyedCallAt(file, scope, b.line, text))
                               : Value{};
            if (element.kind != Value::NotFound)
                return element;
        }
        // `with session() as s`, session a generator made a context manager
        // (`@contextmanager`): s is what it yields.
        if (dot > 0 && (text.mid(dot + 1) == QLatin1String("__enter__") ||
                        text.mid(dot + 1) == QLatin1String("__aenter__"))) {
            const Value manager = evaluate(file, scope, text.left(dot), false, b.line);
            const auto members = alternatives(manager);
            if (manager.found() &&
                std::all_of(members.begin(), members.end(),
                            [this](const Value &v) { return isContextManagerGenerator(v); }))
                return elementsOf(manager);
        }
        const Value callee = evaluate(file, scope, b.value, true, b.line);
        if (callee.kind == Value::Builtin && callee.name == QLatin1String("builtins.dict"))
            return containerValue(file, binding); // `d = dict(k=f)`: a dict of its own
        // `d = defaultdict(list)`: a dict whose missing keys give a new list (set, dict).
        if (callee.kind == Value::External &&
            callee.name == QLatin1String("collections.defaultdict") &&
            !defaultFactory(file, binding).isEmpty())
            return containerValue(file, binding);
        // `s = set()`, `xs = list()`: an empty one of its own, which stores fill (called by
        // that name: containerType() reads the type off the text).
        const QStringView type = lastName(text);
        if (callee.kind == Value::Builtin &&
            (type == QLatin1String("set") || type == QLatin1String("list")) &&
            QStringView(callee.name).mid(9) == type) { // "builtins."
            const std::vector<const CallFact *> calls = callsAt(file, scope, b.line, text);
            if (calls.size() == 1 && calls.front()->arguments.isEmpty())
                return containerValue(file, binding);
        }
        return callResultAt(callee, file, scope, b.line, b.value);
    }
    case BindingKind::Alias:
        // What the chain names where it is bound, from the bindings before it.
        return evaluate(file, scope, b.value, false, b.line);
    case BindingKind::Display:
        return containerValue(file, binding);
    case BindingKind::Alternatives:
        return unite(listedValues(file, scope, b.value, b.line));
    case BindingKind::Element:
        return iteratedOf(evaluate(file, scope, b.value, false, b.line));
    case BindingKind::Narrowed:
        return memoised(m_unpacked, file, binding, [&] { return narrowedValue(file, scope, b); });
    case BindingKind::Sent:
        return memoised(m_unpacked, file, binding, [&] { return sentValue(file, scope); });
    case BindingKind::Unpacked:
        // Memoised: `a, b = b, a` in a loop reads itself through each of its elements.
        return memoised(m_unpacked, file, binding, [&] { return unpackedValue(file, scope, b); });
    }
    return Value::unknown();
}

// Whether a value is what calling a generator function decorated `@contextmanager` (or
// `@asynccontextmanager`, as contextlib names them) gives: entering it gives what it yields.
bool CallResolver::isContextManagerGenerator(const Value &value) const
{
    if (value.kind != Value::Container)
        return false;
    const ContainerSite &site = m_containers[std::size_t(value.id)];
    if (site.binding >= 0 || site.function < 0 || site.display >= 0)
        return false;
    const CallNode &node = m_graph.node(site.function);
    if (node.definition < 0)
        return false;
    const Definition &def =
        m_analysis.facts[std::size_t(node.file)].definitions[std::size_t(node.definition)];
    return def.generator &&
           std::any_of(def.decorators.begin(), def.decorators.end(), [](const QString &decorator) {
               const QStringView name = lastName(decorator);
               return name == QLatin1String("contextmanager") ||
                      name == QLatin1String("asynccontextmanager");
           });
}

// In the block of `if isinstance(x, T):`, x is what it was before the `if`, kept to instances
// of T: an instance of a project class derived from T stays, one of a base of T (and of no
// other T) is an instance of T, one of another project class, a function, a class or a module
// is left out; a builtin's or a library's value stays (an abstract T may have its type
// registered: `Mapping.register(dict)`); where x was unknown, or nothing is left, x is an
// instance of T.
// Where a T is no class of the project (`str`, an imported class), x stays what it was.
Value CallResolver::narrowedValue(int file, int scope, const Binding &b)
{
    const Value before = evaluate(file, scope, b.name.str(), false, b.line - 1);
    const Value types = b.value.str().startsWith(u"tuple:")
                            ? unite(listedValues(file, scope, b.value.str(), b.line))
                            : evaluate(file, scope, b.value.str(), false, b.line);
    const Alternatives classes = alternatives(types);
    if (classes.empty() || std::any_of(classes.begin(), classes.end(),
                                       [](const Value &t) { return t.kind != Value::Class; }))
        return before;
    std::vector<Value> kept;
    if (before.found()) {
        for (const Value &v : alternatives(before)) {
            if (v.kind == Value::Function || v.kind == Value::Class || v.kind == Value::Module)
                continue; // no instance of a project class (nor of a metaclass, rarely tested)
            if (v.kind != Value::Instance) {
                kept.push_back(v); // a builtin's or library's value: T may have it registered
                continue;
            }
            if (std::any_of(classes.begin(), classes.end(),
                            [&](const Value &t) { return inMro(v.id, t.id); })) {
                kept.push_back(v);
                continue;
            }
            for (const Value &t : classes) {
                if (inMro(t.id, v.id))
                    kept.push_back(Value::of(Value::Instance, t.id));
            }
        }
    } else if (before.kind == Value::Pending) {
        return before;
    }
    if (kept.empty()) {
        for (const Value &t : classes)
            kept.push_back(Value::of(Value::Instance, t.id));
    }
    return unite(kept);
}

} // namespace headroom::detail
