// What calling a value gives: a function's returns, a lambda's body, a class's instance, the
// builtins that pass on what they are given, and what decorators make of a definition (part
// of CallResolver, see callresolver.h).

#include "callresolver.h"

#include <algorithm>

namespace headroom::detail {

Value CallResolver::callResult(const Value &callee)
{
    if (callee.kind == Value::Set)
        return mapped(callee, [this](const Value &v) { return callResult(v); });
    if (callee.kind == Value::Class)
        return Value::of(Value::Instance, callee.id);
    if (callee.kind == Value::Function)
        return returnValue(callee.id);
    if (callee.kind == Value::Builtin && isBuiltinValueType(callee.name))
        return Value::named(Value::ExternalInstance, callee.name);
    return Value::unknown();
}

// The class of an instance (`type(obj)`, `obj.__class__`); Unknown for anything else.
Value CallResolver::classOf(const Value &object)
{
    return mapped(object, [](const Value &v) {
        if (v.kind == Value::Instance)
            return Value::of(Value::Class, v.id);
        if (v.kind == Value::ExternalInstance)
            return Value::named(v.name->startsWith(QLatin1String("builtins.")) ? Value::Builtin
                                                                               : Value::External,
                                v.name);
        return Value::unknown();
    });
}

// What a call gives, read at its site where its arguments decide: `functools.partial(f, ...)`
// is a callable that calls f (as are `staticmethod(f)` and `classmethod(f)`),
// `getattr(o, "name")` is o.name. Elsewhere as callResult().
Value CallResolver::callResultAt(const Value &callee, int file, int scope, int line,
                                 QStringView text)
{
    const bool builtin = callee.kind == Value::Builtin;
    const QStringView name = builtin ? QStringView(callee.name).mid(9) : QStringView(); // builtins.
    // `fn = staticmethod(f)` in a class body: `self.fn()` calls f (so does a classmethod's).
    const bool partial = isFunctoolsPartial(callee) || name == QLatin1String("staticmethod") ||
                         name == QLatin1String("classmethod");
    const bool getattr = name == QLatin1String("getattr");
    // `list(xs)`, `sorted(xs)` hold xs's elements; `next(it)` is one of them.
    const bool copies = name == QLatin1String("list") || name == QLatin1String("tuple") ||
                        name == QLatin1String("set") || name == QLatin1String("frozenset") ||
                        name == QLatin1String("sorted") || name == QLatin1String("reversed") ||
                        name == QLatin1String("iter");
    const bool next = name == QLatin1String("next");
    const bool type = name == QLatin1String("type"); // `type(obj)`: obj's class
    if (line == kEnd && type) {
        // Read without its line (`return type(self)(...)`): the scope's one `type(x)`.
        QStringView argument;
        for (const CallFact &call : m_analysis.facts[std::size_t(file)].calls) {
            if (call.scope != scope || call.origin != CallOrigin::Written || call.callee != u"type")
                continue;
            if (call.arguments.size() != 1 || !isPlainChain(call.arguments.front()) ||
                (!argument.isEmpty() && argument != call.arguments.front()))
                return Value::unknown();
            argument = call.arguments.front();
        }
        return argument.isEmpty() ? Value::unknown()
                                  : classOf(evaluate(file, scope, argument, false));
    }
    if (line == kEnd)
        return callResult(callee);
    if (!partial && !getattr && !copies && !next && !type) {
        // A function that gives back a parameter as given: what this call passes.
        const auto members = alternatives(callee);
        if (std::none_of(members.begin(), members.end(), [this](const Value &v) {
                return v.kind == Value::Function && returnsParametersOnly(v.id);
            }))
            return callResult(callee);
        const std::vector<const CallFact *> calls = callsAt(file, scope, line, text);
        if (calls.empty())
            return callResult(callee);
        return mapped(callee, [&](const Value &v) {
            return v.kind == Value::Function && returnsParametersOnly(v.id)
                       ? returnedArguments(v.id, file, *calls.front())
                       : callResult(v);
        });
    }
    for (const CallFact *found : callsAt(file, scope, line, text)) {
        const CallFact &call = *found;
        const QString first = call.arguments.value(0);
        if (first.isEmpty() || first.contains(QLatin1Char('=')) ||
            first.startsWith(QLatin1Char('*')) || first.startsWith(QLatin1Char('\'')))
            return copies ? callResult(callee) : Value::unknown();
        if (partial)
            return evaluate(file, scope, first, false, line);
        if (type)
            return call.arguments.size() == 1 ? classOf(evaluate(file, scope, first, false, line))
                                              : Value::unknown();
        if (copies || next) {
            // `list([f, g])` copies the display passed.
            const Value held = first.contains(QLatin1Char(':'))
                                   ? argumentContainer(file, call, 0, first)
                                   : evaluate(file, scope, first, false, line);
            const auto members = alternatives(held);
            // `iter(obj)` and `next(it)` on instances of the project's classes give what their
            // __iter__ and __next__ return.
            if ((next || name == QLatin1String("iter")) && call.arguments.size() == 1 &&
                held.found() && std::all_of(members.begin(), members.end(), [](const Value &v) {
                    return v.kind == Value::Instance;
                })) {
                const char16_t *method = next ? u"__next__" : u"__iter__";
                return mapped(held, [&](const Value &v) {
                    const Value found = classMember(v.id, method, true);
                    return found.kind == Value::Function ? callResult(found) : Value::unknown();
                });
            }
            if (!held.found() || !std::all_of(members.begin(), members.end(), [](const Value &v) {
                    return v.kind == Value::Container;
                }))
                return next ? Value::unknown() : callResult(callee); // `list(range(3))`
            if (next)
                return call.arguments.size() == 1 ? elementsOf(held) : Value::unknown();
            // The same elements in a container of the builtin's type.
            const QString type =
                name == QLatin1String("sorted") ? QStringLiteral("list")
                : name == QLatin1String("iter") || name == QLatin1String("reversed")
                    ? QString::fromLatin1(kIteratorType)
                    : name.toString();
            return mapped(held, [this, &type](Value v) {
                // A dict itself copied into anything but a dict (`list(d)`, `iter(d)`) holds
                // its keys, which reading does not follow: an instance of the builtin type
                // whose elements say nothing; its values view copies its values.
                if (v.name.isEmpty() && type != QLatin1String("dict") &&
                    containerType(v) == QLatin1String("dict"))
                    return type == QLatin1String(kIteratorType)
                               ? Value::unknown()
                               : Value::named(Value::ExternalInstance,
                                              QStringLiteral("builtins.") + type);
                v.name = type;
                return v;
            });
        }
        const QString second = call.arguments.value(1);
        const qsizetype count = call.arguments.size();
        if ((count != 2 && count != 3) || second.size() < 3 ||
            !second.startsWith(QLatin1Char('\'')))
            return Value::unknown(); // a computed name
        const Value named = evaluate(
            file, scope, joined(first, QStringView(second).mid(1, second.size() - 2)), false, line);
        // A default is given where the attribute is missing: a literal one (None) is nothing
        // to call, a named one is one more value.
        const QString fallback = call.arguments.value(2);
        if (count == 2 || fallback.isEmpty())
            return named;
        if (fallback.contains(QLatin1Char('=')) || fallback.startsWith(QLatin1Char('*')) ||
            fallback.startsWith(QLatin1Char('\'')))
            return named.found() ? Value::unknown() : named;
        if (!named.found()) {
            // An object whose every class lacks the attribute gives the default alone.
            const Value object = evaluate(file, scope, first, false, line);
            const auto objects = alternatives(object);
            const QStringView attribute = QStringView(second).mid(1, second.size() - 2);
            if (!object.found() ||
                !std::all_of(objects.begin(), objects.end(),
                             [&](const Value &o) { return lacks(o, attribute); }))
                return named;
            const Value other = evaluate(file, scope, fallback, false, line);
            return other.found() ? other : named;
        }
        const Value other = evaluate(file, scope, fallback, false, line);
        return other.found() ? unite({named, other}) : Value::unknown();
    }
    return Value::unknown();
}

// What `x = yield` in the generator function `scope` gives x: what the project's calls
// `g.send(v)` pass, g a generator it made (`next(g)` and `for` pass None). Unknown outside a
// generator function, and where no call sends it anything known.
Value CallResolver::sentValue(int file, int scope)
{
    if (scope < 0 || !m_analysis.facts[std::size_t(file)].definitions[std::size_t(scope)].generator)
        return Value::unknown();
    const Value generator = functionContainer(nodeOf(file, scope));
    std::vector<Value> values;
    for (const auto &[f, c] : callsNamed(u"send")) {
        const CallFact &call = m_analysis.facts[std::size_t(f)].calls[std::size_t(c)];
        const QStringView callee(call.callee);
        if (call.arguments.size() != 1 || !callee.endsWith(QLatin1String(".send")))
            continue;
        const QStringView receiver = callee.chopped(5);
        const Value object = call.lambda >= 0
                                 ? evaluateInLambda(f, call.scope, call.lambda, receiver, false)
                                 : evaluate(f, call.scope, receiver, false, call.line);
        const auto made = alternatives(object);
        if (std::find(made.begin(), made.end(), generator) == made.end())
            continue;
        const QString &sent = call.arguments.front();
        if (sent.isEmpty() || sent.startsWith(QLatin1Char('*')) || sent.contains(QLatin1Char('=')))
            continue;
        if (const Value v = argumentValue(f, call, sent); v.found() || v.kind == Value::Pending)
            values.push_back(v);
    }
    return values.empty() ? Value::unknown() : unite(values);
}

// A function's result: its return annotation, else the instances, functions and classes its
// returns give (Unknown when any gives something else). A generator gives a generator.
Value CallResolver::returnValue(int functionNode)
{
    return memoised([&]() -> ValueMemo & { return m_returns[std::size_t(functionNode)]; },
                    [&] { return computeReturn(functionNode); });
}

Value CallResolver::computeReturn(int functionNode)
{
    const CallNode &node = m_graph.node(functionNode);
    const Definition &def = definitionOf(functionNode);
    Value result = Value::unknown();
    if (node.lambda >= 0) {
        result = lambdaResult(node);
    } else if (def.generator) { // an async one's too: `async for` iterates it
        result = functionContainer(functionNode);
    } else if (!def.returns.isEmpty()) {
        result = typeValue(node.file, def.parent, def.returns);
    } else if (!(def.returnCalls.isEmpty() && def.returnNames.isEmpty() &&
                 def.returnDisplays.isEmpty()) &&
               !def.returnsOther && !def.generator) {
        std::vector<Value> values;
        for (int d = 0; d < int(def.returnDisplays.size()); ++d)
            values.push_back(functionContainer(functionNode, d));
        for (const QString &text : def.returnCalls)
            values.push_back(callResult(evaluate(node.file, node.definition, text)));
        for (const QString &text : def.returnNames)
            values.push_back(evaluate(node.file, node.definition, text, false));
        // One still being worked out in a cycle adds nothing yet.
        const bool pending =
            std::erase_if(values, [](const Value &v) { return v.kind == Value::Pending; }) > 0;
        if (pending && values.empty())
            return Value::pending();
        bool usable = true;
        for (const Value &v : values) {
            for (const Value &member : alternatives(v)) {
                const Value::Kind k = member.kind;
                usable =
                    usable && (k == Value::Instance || k == Value::ExternalInstance ||
                               k == Value::Function || k == Value::Class || k == Value::Container);
            }
        }
        if (usable)
            result = unite(values);
    }
    return result;
}

// Whether a plain function or method returns nothing but parameters, never rebound, as its
// callers pass them (`def ident(x): return x`, `def pick(a, b): return a if k else b`): what
// a call of it gives is then what that call passes, not what every caller does.
bool CallResolver::returnsParametersOnly(int functionNode)
{
    const CallNode &node = m_graph.node(functionNode);
    if (node.lambda >= 0 || node.definition < 0)
        return false;
    const Definition &def = definitionOf(functionNode);
    if ((def.kind != DefKind::Function && def.kind != DefKind::Method) || def.generator ||
        def.returnsOther || !def.returns.isEmpty() || !def.returnCalls.isEmpty() ||
        !def.returnDisplays.isEmpty() || def.returnNames.isEmpty())
        return false;
    for (const QString &d : def.decorators) {
        if (d != QLatin1String("staticmethod") && d != QLatin1String("classmethod"))
            return false;
    }
    const std::vector<Binding> &bindings = m_analysis.facts[std::size_t(node.file)].bindings;
    return std::all_of(def.returnNames.begin(), def.returnNames.end(), [&](const QString &r) {
        if (parameterIndex(def.parameters, r) == -1 || splatStars(def.parameters, r) > 0)
            return false;
        // The parameter's own binding only: no annotation, nothing binding the name again.
        const auto [lo, hi] = entriesNamed(node.file, node.definition, r);
        return hi - lo == 1 && lo->what == Entry::Binding &&
               bindings[std::size_t(lo->index)].kind == BindingKind::Parameter &&
               bindings[std::size_t(lo->index)].value.isEmpty();
    });
}

// What one call of a function returnsParametersOnly() gives: the arguments it passes for the
// parameters returned (their defaults where it leaves them). Unknown where the call passes
// something reading cannot tell; the function's result over all its callers where the call
// fills a returned parameter itself (self) or a value is still being worked out.
Value CallResolver::returnedArguments(int functionNode, int file, const CallFact &call)
{
    const CallNode &node = m_graph.node(functionNode);
    const Definition &def = definitionOf(functionNode);
    const FileFacts &facts = m_analysis.facts[std::size_t(node.file)];
    int bound = 0;
    if (def.kind == DefKind::Method) {
        if (def.decorators.contains(QLatin1String("classmethod")))
            bound = 1;
        else if (!def.decorators.contains(QLatin1String("staticmethod")))
            bound = int(calledOnInstance(file, call));
    }
    std::vector<Value> values;
    for (const QString &r : def.returnNames) {
        const int index = parameterIndex(def.parameters, r);
        if (index >= 0 && index < bound)
            return returnValue(functionNode);
        Value v = passedValue(file, call, index < 0 ? index : index - bound, r);
        if (v.kind == Value::NotFound) {
            const auto [lo, hi] = entriesNamed(node.file, node.definition, r);
            const Binding &b = facts.bindings[std::size_t(lo->index)];
            if (b.defaultValue.isEmpty())
                return Value::unknown();
            if (b.defaultValue == QLatin1String(kLiteralDefault))
                return Value::unknown(); // None or a literal: nothing reading follows
            v = evaluate(node.file, def.parent, b.defaultValue, false, def.line);
        }
        if (v.kind == Value::Pending)
            return returnValue(functionNode);
        if (!v.found())
            return Value::unknown();
        values.push_back(std::move(v));
    }
    for (const Value &v : values) {
        for (const Value &member : alternatives(v)) {
            const Value::Kind k = member.kind;
            if (k != Value::Instance && k != Value::ExternalInstance && k != Value::Function &&
                k != Value::Class && k != Value::Container)
                return Value::unknown();
        }
    }
    return unite(values);
}

// Whether a function gives back a function it defines inside itself, its first parameter,
// only what names bound outside it give (`return other`), or only new instances of the
// project's classes: the shapes of a decorator whose result reading can follow.
CallResolver::DecoratorShape CallResolver::decoratorShape(int functionNode)
{
    const CallNode &node = m_graph.node(functionNode);
    if (node.definition < 0)
        return DecoratorShape::Other;
    const Definition &def = definitionOf(functionNode);
    if (def.kind != DefKind::Function || def.returnsOther || def.generator ||
        !def.returns.isEmpty() || !def.returnDisplays.isEmpty())
        return DecoratorShape::Other;
    if (!def.returnCalls.isEmpty()) {
        // `return Registered(fn)`: instances of the project's classes, whatever it is given
        // (but descriptors, whose `__get__` makes what reading them gives). Any other call it
        // returns may be handed the function (`return keep_lazy(str)(fn)`, `return
        // skip(reason)` whose decorator returns what it is given): what that call gives is
        // then every function so handed, which is not followed.
        const bool instances =
            def.returnNames.isEmpty() &&
            std::all_of(def.returnCalls.begin(), def.returnCalls.end(), [&](const QString &c) {
                const Value made = evaluate(node.file, node.definition, c, true);
                return made.kind == Value::Class && !classMember(made.id, u"__get__", true).found();
            });
        return instances ? DecoratorShape::Instances : DecoratorShape::Other;
    }
    if (def.returnNames.isEmpty())
        return DecoratorShape::Other;
    const QString first = def.parameters.value(0);
    if (def.returnNames.size() == 1 && def.returnNames.front() == first && !first.isEmpty() &&
        !first.startsWith(QLatin1Char('*')))
        return DecoratorShape::Identity;
    // Names bound outside it (`return other`): what they hold, whatever it is given. A name
    // it binds itself, or a parameter, holds what it was given or made.
    const auto local = [&](const QString &text) {
        const QStringView head = headName(text);
        const auto [lo, hi] = entriesNamed(node.file, node.definition, head);
        return lo != hi ||
               std::any_of(def.parameters.begin(), def.parameters.end(),
                           [head](const QString &p) { return bareParameter(p) == head; });
    };
    if (std::none_of(def.returnNames.begin(), def.returnNames.end(), local))
        return DecoratorShape::Outside;
    const std::vector<Definition> &defs = m_analysis.facts[std::size_t(node.file)].definitions;
    for (const QString &name : def.returnNames) {
        // A function or lambda the decorator itself defines under that name.
        const auto [lo, hi] = entriesNamed(node.file, node.definition, name);
        const bool nested = std::any_of(lo, hi, [&defs](const Entry &e) {
            return e.what == Entry::Lambda ||
                   (e.what == Entry::Definition &&
                    defs[std::size_t(e.index)].kind == DefKind::Function);
        });
        if (!nested)
            return DecoratorShape::Other;
    }
    return DecoratorShape::Wrapper;
}

int CallResolver::passThroughWrapper(int file, int definition)
{
    const Definition &def =
        m_analysis.facts[std::size_t(file)].definitions[std::size_t(definition)];
    if (def.kind == DefKind::Class || def.decorators.size() != 1)
        return -1;
    const Value d = decoratorOf(file, def.parent, def.decorators.front(), def.line);
    if (d.kind != Value::Function || decoratorShape(d.id) != DecoratorShape::Wrapper)
        return -1;
    const QString wrapped = definitionOf(d.id).parameters.value(0);
    const Value w = returnValue(d.id);
    if (w.kind != Value::Function || wrapped.isEmpty() || m_graph.node(w.id).definition < 0)
        return -1;
    const CallNode &wrapper = m_graph.node(w.id);
    const NameList &passed = definitionOf(w.id).parameters;
    if (passed.isEmpty() || passed.contains(QLatin1String("*")) ||
        passed.contains(QLatin1String("/")))
        return -1;
    for (const CallFact &call : m_analysis.facts[std::size_t(wrapper.file)].calls) {
        if (call.scope == wrapper.definition && call.lambda < 0 && call.callee == wrapped &&
            call.arguments == passed)
            return w.id;
    }
    return -1;
}

// The decorator an expression written after `@` applies: the name's value, or what the
// factory called gives (`@route("/")`); NotFound for other expressions.
Value CallResolver::decoratorOf(int file, int scope, QStringView text, int line)
{
    const qsizetype open = text.indexOf(QLatin1Char('('));
    const QStringView callee = text.left(open >= 0 ? open : text.size()).trimmed();
    if (!isPlainChain(callee) || (open >= 0 && !text.endsWith(QLatin1Char(')'))))
        return {};
    const Value d = evaluate(file, scope, callee, true, line);
    return open >= 0 ? factoryDecorator(d) : d;
}

// `@route("/")`: the factory must hand back a decorator it defines, one bound outside it, or
// instances of the project's classes; Unknown when it does not.
Value CallResolver::factoryDecorator(const Value &factory)
{
    if (factory.kind != Value::Function)
        return Value::unknown();
    const DecoratorShape shape = decoratorShape(factory.id);
    if (shape == DecoratorShape::Identity || shape == DecoratorShape::Other)
        return Value::unknown();
    return returnValue(factory.id);
}

Value CallResolver::appliedDecorator(int file, const CallFact &call)
{
    const QStringView factory = QStringView(call.callee).chopped(2); // "route()" -> "route"
    return factoryDecorator(evaluate(file, call.scope, factory, true, call.line));
}

// What a name is once a decorator written `text` is applied to its definition's value `v`:
// for a decorator of the project that returns its argument, `v`; for one that returns a
// function it defines (the wrapper), that function; for a class, or one returning instances
// of the project's classes (`return Registered(fn)`), an instance. Other
// decorators (the library's, or shapes reading cannot follow) leave `v`, as the function
// they wrap is what a call ends up running.
Value CallResolver::decorated(int file, int scope, const QString &text, const Value &v, int line)
{
    // `@x.setter` (or deleter) on a property x of the class: x stays the property, whose
    // getter reading runs.
    const qsizetype dot = text.lastIndexOf(QLatin1Char('.'));
    if (dot > 0 && isPropertyMethod(QStringView(text).mid(dot + 1)) &&
        !text.endsWith(QLatin1String(".getter"))) {
        const Value property = evaluate(file, scope, QStringView(text).left(dot), false, line);
        if (property.kind == Value::Function && m_graph.node(property.id).definition >= 0 &&
            isProperty(definitionOf(property.id)))
            return property;
    }
    const Value d = decoratorOf(file, scope, text, line);
    if (d.kind == Value::Class && !text.contains(QLatin1Char('(')))
        return Value::of(Value::Instance, d.id);
    if (d.kind != Value::Function)
        return v;
    const DecoratorShape shape = decoratorShape(d.id);
    if (shape == DecoratorShape::Identity || shape == DecoratorShape::Other)
        return v; // returns its argument, or a shape reading cannot follow
    const Value wrapper = returnValue(d.id);
    return wrapper.found() ? wrapper : v;
}

// What a lambda's body gives, unless it starts from one of its parameters.
Value CallResolver::lambdaResult(const CallNode &node)
{
    const LambdaFact &fact =
        m_analysis.facts[std::size_t(node.file)].lambdas[std::size_t(node.lambda)];
    const bool isCall = !fact.returnCall.isEmpty();
    const QString &text = isCall ? fact.returnCall : fact.returnName;
    if (text.isEmpty() || fact.parent >= 0 ||
        startsWithLambdaParameter(node.file, node.lambda, text))
        return Value::unknown();
    if (!isCall && text.startsWith(QLatin1String("<lambda"))) {
        // `lambda: lambda: f`: the lambda nested in this one.
        const int nested = nestedLambda(node.file, node.lambda, text);
        const int nestedNode = nested >= 0 ? m_graph.lambdaNode(node.file, nested) : -1;
        return nestedNode >= 0 ? Value::of(Value::Function, nestedNode) : Value::unknown();
    }
    const Value v = evaluate(node.file, fact.scope, text, isCall, kEnd);
    return isCall ? callResult(v) : v;
}

} // namespace headroom::detail
