// Parameters take the values their callers pass: every call in the project that resolves to
// the function, read where it is made (part of CallResolver; see callresolver.h).
#include "callresolver.h"

#include <algorithm>

namespace headroom::detail {

namespace {

// Past this many calls of one name, a parameter is left untyped: reading them all would
// cost more than it tells.
constexpr std::size_t kMaxCandidates = 2000;

// The name a call ends in: "save" for "self.save", "c" for "a.b().c".
QStringView calledName(QStringView callee)
{
    while (callee.endsWith(QLatin1String("()")))
        callee.chop(2);
    const qsizetype dot = callee.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? callee : callee.mid(dot + 1);
}

// Where a parameter sits: its index among the positional ones (self included), or -2 for
// keyword-only; -1 when the function has no such plain parameter (a splat, or none).
int parameterIndex(const QStringList &parameters, QStringView name)
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

// The argument a call passes for the parameter at `index` (-2: keyword-only) named `name`,
// as written; "" when the call passes something else, passes it through a splat or leaves
// it to its default.
QString argumentFor(const QStringList &arguments, int index, QStringView name)
{
    int position = 0;
    bool splat = false;
    QString positional;
    for (const QString &a : arguments) {
        if (a.startsWith(QLatin1String("**")))
            continue;
        if (a.startsWith(QLatin1Char('*'))) {
            splat = splat || position <= index;
            continue;
        }
        const qsizetype equals = a.indexOf(QLatin1Char('='));
        if (equals >= 0) {
            if (QStringView(a).left(equals) == name)
                return a.mid(equals + 1);
            continue;
        }
        if (position++ == index && !splat)
            positional = a;
    }
    return positional;
}

} // namespace

const std::vector<std::pair<int, int>> &CallResolver::callsNamed(QStringView name)
{
    if (!m_callsIndexed) {
        m_callsIndexed = true;
        for (int f = 0; f < int(m_analysis.facts.size()); ++f) {
            const std::vector<CallFact> &calls = m_analysis.facts[std::size_t(f)].calls;
            for (int c = 0; c < int(calls.size()); ++c) {
                // A decorator's application passes the definition; other calls in a
                // decorator's expression are calls like any.
                const CallFact &call = calls[std::size_t(c)];
                if (call.origin == CallOrigin::Written && (!call.decorator || call.decorates >= 0))
                    m_callsByName[calledName(call.callee).toString()].emplace_back(f, c);
            }
        }
    }
    static const std::vector<std::pair<int, int>> none;
    const auto it = m_callsByName.constFind(name.toString());
    return it == m_callsByName.constEnd() ? none : *it;
}

Value CallResolver::parameterValue(int file, int binding)
{
    const Binding &b = m_analysis.facts[std::size_t(file)].bindings[std::size_t(binding)];
    return memoised(m_parameters, file, binding,
                    [&] { return callersValue(file, b.scope, b.name); });
}

// Calls `take(file, call, bound)` for every call in the project that resolves to the
// function, with how many leading parameters the call fills itself (self or cls). False when
// its callers cannot be told: a class, a function a decorator replaces, too common a name.
bool CallResolver::forEachCaller(int file, int definition, const CallerVisitor &take)
{
    const std::vector<Definition> &defs = m_analysis.facts[std::size_t(file)].definitions;
    const Definition &def = defs[std::size_t(definition)];
    if (def.kind == DefKind::Class)
        return false;
    bool isStatic = false;
    bool isClassMethod = false;
    for (const QString &d : def.decorators) {
        if (d == QLatin1String("staticmethod"))
            isStatic = true;
        else if (d == QLatin1String("classmethod"))
            isClassMethod = true;
        else
            return false; // callers reach it through what the decorator makes
    }
    const int node = nodeOf(file, definition);
    const bool init = def.kind == DefKind::Method && def.name == QLatin1String("__init__");
    const int classNode = def.kind == DefKind::Method ? nodeOf(file, def.parent) : -1;
    const std::vector<std::pair<int, int>> &candidates =
        callsNamed(init ? QStringView(defs[std::size_t(def.parent)].name) : QStringView(def.name));
    if (candidates.size() > kMaxCandidates)
        return false;
    for (const auto &[f, c] : candidates) {
        const CallFact &call = m_analysis.facts[std::size_t(f)].calls[std::size_t(c)];
        // Calls of a common name are read for many functions: once each.
        const quint64 site = (quint64(quint32(f)) << 32) | quint32(c);
        auto known = m_callees.constFind(site);
        if (known == m_callees.constEnd())
            known = m_callees.insert(site, evaluate(f, call.scope, call.callee, true, call.line));
        const std::vector<Value> callees = alternatives(*known);
        const auto calls = [&callees](Value::Kind kind, int id) {
            return std::any_of(callees.begin(), callees.end(),
                               [&](const Value &v) { return v.kind == kind && v.id == id; });
        };
        int bound = 0;
        if (init) {
            if (!calls(Value::Class, classNode))
                continue;
            bound = 1;
        } else {
            if (!calls(Value::Function, node))
                continue;
            if (def.kind == DefKind::Method && !isStatic) {
                const qsizetype dot = call.callee.lastIndexOf(QLatin1Char('.'));
                const Value object =
                    dot < 0 ? Value{}
                            : evaluate(f, call.scope, QStringView(call.callee).left(dot), false,
                                       call.line);
                bound =
                    isClassMethod || object.kind == Value::Instance || object.kind == Value::Super
                        ? 1
                        : 0;
            }
        }
        take(f, call, bound);
    }
    return true;
}

// What every resolved call of the function passes for the parameter as a name chain, all
// taken together; calls that pass something else or that nothing resolves say nothing.
Value CallResolver::callersValue(int file, int definition, QStringView name)
{
    const Definition &def =
        m_analysis.facts[std::size_t(file)].definitions[std::size_t(definition)];
    const int index = parameterIndex(def.parameters, name);
    if (index == -1)
        return Value::unknown();
    std::vector<Value> values;
    const bool known = forEachCaller(file, definition, [&](int f, const CallFact &call, int bound) {
        if (index >= 0 && index < bound)
            return; // the parameter is the bound self
        if (call.decorates >= 0) {
            // `@deco` passes the definition below it, as it stands before any decorator.
            if (index - bound == 0)
                values.push_back(definitionValue(f, call.decorates));
            return;
        }
        const QString text = argumentFor(call.arguments, index < 0 ? index : index - bound, name);
        if (text.isEmpty())
            return;
        Value v = evaluate(f, call.scope, text, false, call.line);
        if (v.found())
            values.push_back(std::move(v));
    });
    return known ? unite(values) : Value::unknown();
}

// What the callers of a function put into its `*args` (the positional arguments past its own)
// or `**kwargs` (the keywords it does not name), one value per argument found.
std::vector<Value> CallResolver::splatValues(int file, int binding)
{
    const Binding &b = m_analysis.facts[std::size_t(file)].bindings[std::size_t(binding)];
    const Definition &def = m_analysis.facts[std::size_t(file)].definitions[std::size_t(b.scope)];
    const bool keywords = def.parameters.contains(QLatin1String("**") + b.name);
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
    std::vector<Value> values;
    forEachCaller(file, b.scope, [&](int f, const CallFact &call, int bound) {
        if (call.decorates >= 0) {
            if (!keywords && positional == bound)
                values.push_back(definitionValue(f, call.decorates));
            return;
        }
        int position = bound;
        for (const QString &a : call.arguments) {
            // `run(*jobs)` and `run(**options)` pass on another container's elements; the
            // positions past a positional splat are unknown.
            const bool many = a.startsWith(QLatin1String("**"));
            if (many || a.startsWith(QLatin1Char('*'))) {
                if (many == keywords && (keywords || position >= positional) &&
                    a.size() > (many ? 2 : 1)) {
                    Value v = elementsOf(evaluate(f, call.scope, QStringView(a).mid(many ? 2 : 1),
                                                  false, call.line));
                    if (v.found())
                        values.push_back(std::move(v));
                }
                if (many || keywords)
                    continue;
                return;
            }
            const qsizetype equals = a.indexOf(QLatin1Char('='));
            QStringView text = a;
            if (equals >= 0) {
                if (!keywords || named.contains(QStringView(a).left(equals)))
                    continue;
                text = text.mid(equals + 1);
            } else if (keywords || position++ < positional) {
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
