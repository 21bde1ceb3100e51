// What a lambda's parameters stand for (part of CallResolver; see callresolver.h): what the
// calls of the names it is bound to in its scope pass (`x = lambda a: a(); x(f)`), and the
// elements builtins call it with where it is written as their argument (`map(lambda g: g(),
// [f1, f2])`, `sorted(xs, key=lambda r: r.name)`), and the calls of the parameter of a project
// function it is passed to, in that function's body (`run(lambda x: x.go())`, `def run(cb):
// cb(job)`), and the calls of the elements of the containers it is put in (`ops = [lambda
// a: a()]; ops[0](f)`). A lambda handed on further (past a second function) is not followed:
// its parameters then say nothing.
#include "callresolver.h"

namespace headroom::detail {

bool CallResolver::startsWithLambdaParameter(int file, int lambda, QStringView chain) const
{
    const std::vector<LambdaFact> &lambdas = m_analysis.facts[std::size_t(file)].lambdas;
    const QStringView head = headName(chain);
    for (int l = lambda; l >= 0; l = lambdas[std::size_t(l)].parent) {
        const NameList &parameters = lambdas[std::size_t(l)].parameters;
        if (std::any_of(parameters.begin(), parameters.end(),
                        [head](const QString &p) { return bareParameter(p) == head; }))
            return true;
    }
    return false;
}

Value CallResolver::evaluateInLambda(int file, int scope, int lambda, QStringView chain,
                                     bool called)
{
    const std::vector<LambdaFact> &lambdas = m_analysis.facts[std::size_t(file)].lambdas;
    const QStringView head = headName(chain);
    const NameList &own = lambdas[std::size_t(lambda)].parameters;
    for (qsizetype i = 0; i < own.size(); ++i) {
        if (bareParameter(own[i]) != head)
            continue;
        if (own[i].startsWith(QLatin1Char('*')))
            return Value::unknown(); // `*args` of a lambda: not read
        const Value v = lambdaParameter(file, lambda, int(i));
        if (!v.found())
            return v;
        return evaluate(file, scope, chain, called, kEnd, &v);
    }
    if (startsWithLambdaParameter(file, lambda, chain))
        return Value::unknown(); // a parameter of a lambda it sits in
    return evaluate(file, scope, chain, called, kEnd);
}

int CallResolver::nestedLambda(int file, int lambda, QStringView name) const
{
    const std::vector<LambdaFact> &lambdas = m_analysis.facts[std::size_t(file)].lambdas;
    for (int l = lambda + 1; l < int(lambdas.size()); ++l)
        if (lambdas[std::size_t(l)].parent == lambda && lambdas[std::size_t(l)].name == name)
            return l;
    return -1;
}

Value CallResolver::computeArgumentValue(int file, const CallFact &call, QStringView text)
{
    if (call.lambda >= 0)
        return evaluateInLambda(file, call.scope, call.lambda, text, false);
    return evaluate(file, call.scope, text, false, call.line);
}

Value CallResolver::lambdaParameter(int file, int lambda, int index)
{
    if (index > 0xff)
        return Value::unknown();
    return memoised(m_lambdaParameters, file, (lambda << 8) | index,
                    [&] { return computeLambdaParameter(file, lambda, index); });
}

Value CallResolver::computeLambdaParameter(int file, int lambda, int index)
{
    const FileFacts &facts = m_analysis.facts[std::size_t(file)];
    const LambdaFact &fact = facts.lambdas[std::size_t(lambda)];
    if (fact.parent >= 0)
        return Value::unknown(); // one inside another: its calls are not read
    const QStringView name = bareParameter(fact.parameters[index]);
    const int node = m_graph.lambdaNode(file, lambda);
    std::vector<Value> values;
    bool called = false;
    // Whether a call may call the lambda.
    const auto reaches = [&](int f, int c) {
        const Value callee = calleeAt(f, c);
        const Alternatives callees = alternatives(callee);
        return std::any_of(callees.begin(), callees.end(), [node](const Value &v) {
            return v.kind == Value::Function && v.id == node;
        });
    };
    const auto take = [&](Value v) {
        if (v.found() || v.kind == Value::Pending)
            values.push_back(std::move(v));
    };
    // Calls of the names it is bound to (`x = lambda a: a()`), or of the elements of the
    // containers it is put in (`ops = {"a": lambda a: a()}`, `ops["a"](f)`) wherever they
    // resolve to it.
    QStringList calledBy;   // the names those calls end in
    QStringList containers; // the containers it is put in, whose loops call it by their target
    for (const Binding &b : facts.bindings) {
        if (b.scope != fact.scope || b.selfAttribute || bindsObjectAttribute(b))
            continue;
        const QString bound = lastName(b.name.str()).toString();
        if (b.kind == BindingKind::Alias && b.value == fact.name) {
            calledBy.append(bound);
        } else if (b.kind == BindingKind::Alternatives &&
                   displayedElements(b.value.str()).contains(fact.name.str())) {
            calledBy.append(bound); // `h = f if fast else lambda a: a()`
        } else if (b.kind == BindingKind::Display &&
                   displayedElements(b.value.str()).contains(fact.name.str())) {
            calledBy.append(bound + QLatin1String("[]"));
            containers.append(bound);
        }
    }
    // `def make(): return lambda cb: cb()`: `make()(f)` ends in "make".
    if (fact.scope >= 0) {
        const Definition &def = facts.definitions[std::size_t(fact.scope)];
        if (def.kind != DefKind::Class && def.returnNames.contains(fact.name.str()))
            calledBy.append(def.name.str());
    }
    // `for h in hooks: h(f)`.
    for (const Binding &b : facts.bindings)
        if (b.kind == BindingKind::Element && b.scope == fact.scope &&
            containers.contains(b.value.str()))
            calledBy.append(b.name.str());
    calledBy.removeDuplicates();
    // Bound in a class body (`double = lambda self: self.x * 2`), it is a method: called on
    // an instance, its first parameter is that instance.
    const bool method =
        fact.scope >= 0 && facts.definitions[std::size_t(fact.scope)].kind == DefKind::Class;
    for (const QString &n : calledBy) {
        const std::vector<std::pair<int, int>> &calls = callsNamed(n);
        if (calls.size() > kMaxCandidates)
            return Value::unknown();
        for (const auto &[f, c] : calls) {
            const CallFact &call = m_analysis.facts[std::size_t(f)].calls[std::size_t(c)];
            if (!reaches(f, c))
                continue;
            called = true;
            const qsizetype dot = method ? call.callee->lastIndexOf(QLatin1Char('.')) : -1;
            const Value object =
                dot > 0 ? argumentValue(f, call, QStringView(call.callee).left(dot)) : Value{};
            if (object.kind == Value::Instance || object.kind == Value::Super) {
                if (index > 0)
                    take(passedValue(f, call, index - 1, name));
                else if (object.kind == Value::Instance) // not super(): its self is not read
                    take(object);
                continue;
            }
            take(passedValue(f, call, index, name));
        }
    }
    // The calls it is written as an argument of, in its scope.
    for (int c = 0; c < int(facts.calls.size()); ++c) {
        const CallFact &call = facts.calls[std::size_t(c)];
        if (call.scope != fact.scope || call.lambda >= 0 || call.decorator ||
            call.arguments.isEmpty())
            continue;
        // Builtins: map and filter call it with the elements of what they are given (one
        // iterable), sorted, min and max with the elements they sort.
        const QStringView written = call.callee;
        const bool mapping = written == QLatin1String("map") || written == QLatin1String("filter");
        // A list's own sort: `rows.sort(key=lambda r: r.name)` sorts the elements of rows.
        const bool sorting = written.endsWith(QLatin1String(".sort"));
        const bool keyed = written == QLatin1String("sorted") || written == QLatin1String("min") ||
                           written == QLatin1String("max") || sorting;
        if ((mapping && call.arguments.front() == fact.name && call.arguments.size() == 2) ||
            (keyed && call.arguments.contains(QLatin1String("key=") + fact.name.str()))) {
            const Value builtin = evaluate(file, call.scope, written, true, call.line);
            if (builtin.kind != Value::Builtin || index != 0 ||
                (sorting && builtin.name != QLatin1String("builtins.list.sort")))
                continue;
            called = true;
            const QString iterable = sorting   ? written.chopped(5).toString()
                                     : mapping ? call.arguments[1]
                                               : call.arguments[0];
            if (iterable.isEmpty() || iterable.startsWith(QLatin1Char('*')) ||
                iterable.contains(QLatin1Char('=')))
                continue;
            const Value held = iterable.contains(QLatin1Char(':'))
                                   ? argumentContainer(file, call, mapping ? 1 : 0, iterable)
                                   : argumentValue(file, call, iterable);
            take(iteratedOf(held));
            continue;
        }
        // Functions of the project (`run(lambda x: x.go())`): the calls of that parameter in
        // the function's own body (`def run(cb): cb(job)`).
        int position = -1; // among the positional arguments
        QStringView keyword;
        for (qsizetype i = 0, p = 0; i < call.arguments.size(); ++i) {
            const QString &a = call.arguments[i];
            if (a.startsWith(QLatin1Char('*')))
                break; // the places after a splat are unknown
            const qsizetype equals = a.indexOf(QLatin1Char('='));
            if (equals < 0 && a == fact.name.str())
                position = int(p);
            else if (equals > 0 && QStringView(a).mid(equals + 1) == fact.name.str())
                keyword = QStringView(a).left(equals);
            if (equals < 0)
                ++p;
        }
        if (position < 0 && keyword.isEmpty())
            continue;
        const Value callee = calleeAt(file, c);
        for (const Value &fn : alternatives(callee)) {
            if (fn.kind != Value::Function || m_graph.node(fn.id).definition < 0)
                continue;
            const CallNode &target = m_graph.node(fn.id);
            const Definition &def = definitionOf(fn.id);
            const int bound = def.kind == DefKind::Method && calledOnInstance(file, call) ? 1 : 0;
            QStringView parameter = keyword;
            if (parameter.isEmpty()) {
                int p = 0;
                for (const QString &w : def.parameters) {
                    if (w == QLatin1String("/"))
                        continue;
                    if (w.startsWith(QLatin1Char('*')))
                        break;
                    if (p++ == position + bound) {
                        parameter = w;
                        break;
                    }
                }
            } else if (!def.parameters.contains(keyword)) {
                parameter = {};
            }
            if (parameter.isEmpty())
                continue;
            const std::vector<CallFact> &inner = m_analysis.facts[std::size_t(target.file)].calls;
            for (int k = 0; k < int(inner.size()); ++k) {
                const CallFact &use = inner[std::size_t(k)];
                if (use.scope != target.definition || use.lambda >= 0 || use.callee != parameter ||
                    !reaches(target.file, k))
                    continue;
                called = true;
                take(passedValue(target.file, use, index, name));
            }
        }
    }
    // A call that leaves the parameter out passes its default, made where the lambda is.
    if (called && index < int(fact.defaults.size()) && !fact.defaults[index].isEmpty())
        take(evaluate(file, fact.scope, fact.defaults[index], false, fact.line));
    return called ? unite(values) : Value::unknown();
}

} // namespace headroom::detail
