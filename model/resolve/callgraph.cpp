#include "callgraph.h"

#include "callresolver.h"

#include <QThread>

#include <pthread.h>

#include <algorithm>
#include <memory>

namespace headroom {

using detail::CallResolver;
using detail::Value;

namespace {

// The call graph builder's stack (buildCallGraph()).
constexpr uint kBuilderStack = 256u << 20;
// Enough for it where it is called (a main thread's 8 MB stack is reported a little short).
constexpr std::size_t kInPlaceStack = 6u << 20;

// The stack the calling thread has, in bytes; 0 when it cannot be told.
std::size_t stackSize()
{
    pthread_attr_t attributes;
    if (pthread_getattr_np(pthread_self(), &attributes) != 0)
        return 0;
    std::size_t size = 0;
    if (pthread_attr_getstacksize(&attributes, &size) != 0)
        size = 0;
    pthread_attr_destroy(&attributes);
    return size;
}

CallNodeKind kindOf(DefKind kind)
{
    switch (kind) {
    case DefKind::Class:
        return CallNodeKind::Class;
    case DefKind::Function:
        return CallNodeKind::Function;
    case DefKind::Method:
        return CallNodeKind::Method;
    }
    return CallNodeKind::Function;
}

class Builder
{
public:
    explicit Builder(const Analysis &analysis) : m_analysis(analysis) {}

    CallGraph run()
    {
        addNodes();
        m_graph.unresolved.assign(m_analysis.facts.size(), 0);
        {
            CallResolver resolver(m_analysis, m_graph);
            m_resolver = &resolver;
            for (int f = 0; f < int(m_analysis.facts.size()); ++f) {
                addCalls(f);
                addPropertyReads(f);
                addReferences(f);
                addBases(f);
            }
            addInheritedSelfCalls();
            m_resolver = nullptr;
        } // what the resolver kept is freed before the edges are made
        nameNodes();
        m_graph.setEdges(std::move(m_found));
        addImportUses();
        m_graph.buildIndex();
        return std::move(m_graph);
    }

private:
    void addNodes()
    {
        const ImportGraph &graph = m_analysis.graph;
        std::size_t total = m_analysis.facts.size();
        for (const FileFacts &facts : m_analysis.facts)
            total += facts.definitions.size() + facts.lambdas.size();
        // The external and builtin nodes come later, a few percent more (2.4% for the
        // standard library): room for them too, so that the list is not made again at twice
        // its size.
        m_graph.nodes.reserve(total + total / 8 + 64);
        m_graph.firstNode.reserve(m_analysis.facts.size());
        m_graph.firstLambda.reserve(m_analysis.facts.size());
        for (int f = 0; f < int(m_analysis.facts.size()); ++f) {
            const SourceFile &file = m_analysis.file(f);
            const FileFacts &facts = m_analysis.facts[std::size_t(f)];
            const int moduleNode = int(m_graph.nodes.size());
            m_graph.firstNode.push_back(moduleNode);
            CallNode module;
            module.qualifiedName = file.module;
            module.kind = CallNodeKind::Module;
            module.file = f;
            module.line = 1;
            module.endLine = facts.lines;
            module.module = graph.find(file.module);
            m_graph.nodes.push_back(std::move(module));
            for (int d = 0; d < int(facts.definitions.size()); ++d) {
                const Definition &def = facts.definitions[std::size_t(d)];
                CallNode node;
                node.kind = kindOf(def.kind);
                node.file = f;
                node.definition = d;
                node.line = def.line;
                node.endLine = def.endLine;
                node.module = m_graph.nodes[std::size_t(moduleNode)].module;
                node.parent = def.parent >= 0 ? moduleNode + 1 + def.parent : moduleNode;
                m_graph.nodes.push_back(std::move(node));
            }
            const int firstLambda = int(m_graph.nodes.size());
            m_graph.firstLambda.push_back(firstLambda);
            for (int l = 0; l < int(facts.lambdas.size()); ++l) {
                const LambdaFact &fact = facts.lambdas[std::size_t(l)];
                CallNode node;
                node.parent = fact.parent >= 0  ? firstLambda + fact.parent
                              : fact.scope >= 0 ? moduleNode + 1 + fact.scope
                                                : moduleNode;
                node.kind = CallNodeKind::Function;
                node.file = f;
                node.line = fact.line;
                node.endLine = fact.endLine;
                node.module = m_graph.nodes[std::size_t(moduleNode)].module;
                node.lambda = l;
                m_graph.nodes.push_back(std::move(node));
            }
        }
    }

    // The qualified names of the project's definitions and lambdas, which resolving never
    // reads: made once the resolver's memory is freed, they do not add to the peak.
    void nameNodes()
    {
        for (CallNode &node : m_graph.nodes) {
            if (node.file < 0 || node.kind == CallNodeKind::Module)
                continue;
            if (node.lambda >= 0) { // after its parent, named before it
                const QString &parent = m_graph.nodes[std::size_t(node.parent)].qualifiedName;
                const FileFacts &facts = m_analysis.facts[std::size_t(node.file)];
                node.qualifiedName =
                    detail::joined(parent, facts.lambdas[std::size_t(node.lambda)].name);
            } else {
                const QString &module = m_analysis.file(node.file).module;
                const Definition &def = m_analysis.facts[std::size_t(node.file)]
                                            .definitions[std::size_t(node.definition)];
                node.qualifiedName = detail::joined(module, def.qualName); // no spare room
            }
        }
    }

    int callerOf(int file, int scope, int lambda) const
    {
        if (lambda >= 0)
            return m_graph.lambdaNode(file, lambda);
        return scope < 0 ? m_graph.moduleNode(file) : m_graph.definitionNode(file, scope);
    }

    int externalNode(const Value &v)
    {
        const auto it = m_externals.constFind(v.name);
        if (it != m_externals.constEnd())
            return *it;
        CallNode node;
        node.qualifiedName = v.name;
        node.kind = v.kind == Value::Builtin ? CallNodeKind::Builtin : CallNodeKind::External;
        const int id = int(m_graph.nodes.size());
        m_graph.nodes.push_back(std::move(node));
        m_externals.insert(v.name, id);
        return id;
    }

    void addEdge(int caller, int callee, CallEdgeKind kind, CallSite site)
    {
        m_found.push_back(CallEdgeSite{caller, callee, kind, site});
    }

    // The edges a call of `callee` gives; false when it gives none.
    bool addCallEdges(int caller, const Value &callee, bool decorator, CallSite site)
    {
        const CallEdgeKind call = decorator ? CallEdgeKind::Decorator : CallEdgeKind::Call;
        switch (callee.kind) {
        case Value::Set: {
            bool any = false;
            for (const Value &v : m_resolver->alternatives(callee))
                any = addCallEdges(caller, v, decorator, site) || any;
            return any;
        }
        case Value::Function:
            addEdge(caller, callee.id, call, site);
            return true;
        case Value::Class: {
            // Applied as a decorator too (`@Registry`): it makes an instance.
            addEdge(caller, callee.id, CallEdgeKind::Instantiate, site);
            // Making an instance runs __new__ where a class of the project defines it, then
            // __init__; an inherited one runs on an instance of this class (`B()` with B
            // inheriting A's __init__: its `self.setup()` calls B's setup).
            for (const char16_t *method : {u"__new__", u"__init__"}) {
                const Value v = m_resolver->classMember(callee.id, method, true);
                if (v.kind == Value::Function) {
                    addEdge(caller, v.id, CallEdgeKind::Call, site);
                    m_resolver->noteReceiver(callee.id, v);
                }
            }
            return true;
        }
        case Value::Instance: {
            const Value method = m_resolver->classMember(callee.id, u"__call__", true);
            if (method.kind != Value::Function)
                return false;
            addEdge(caller, method.id, call, site);
            m_resolver->noteReceiver(callee.id, method);
            return true;
        }
        case Value::External:
        case Value::Builtin:
            addEdge(caller, externalNode(callee), call, site);
            return true;
        default:
            return false;
        }
    }

    // Builtins and library functions that call what they are given, at the call: map and
    // filter their first argument, functools.reduce and itertools' starmap, filterfalse,
    // takewhile and dropwhile too; accumulate and groupby their second (or `func=`, `key=`);
    // sorted, a list's sort, min, max and heapq's nsmallest, nlargest and merge their key.
    // Each such argument that names a function or a class gets the edges of a call of it, at
    // the same site.
    // `len(a)`, `str(a)`, `next(a)`...: the special method of its argument that the builtin
    // calls, where the argument is an instance of a class of the project whose MRO defines it
    // (`str` falls back to `__repr__`, as `object.__str__` does).
    // Whether a value found for a method is (or may be) a function of the project.
    bool definesMethod(const Value &found) const
    {
        const auto all = m_resolver->alternatives(found);
        return std::any_of(all.begin(), all.end(),
                           [](const Value &m) { return m.kind == Value::Function; });
    }

    void addSpecialMethodCall(int file, const CallFact &call, const Value &callee, int caller)
    {
        if (callee.kind != Value::Builtin || call.arguments.isEmpty())
            return;
        static constexpr std::pair<const char *, const char *> kMethods[] = {
            {"builtins.len", "__len__"},           {"builtins.iter", "__iter__"},
            {"builtins.next", "__next__"},         {"builtins.repr", "__repr__"},
            {"builtins.str", "__str__"},           {"builtins.hash", "__hash__"},
            {"builtins.abs", "__abs__"},           {"builtins.bool", "__bool__"},
            {"builtins.reversed", "__reversed__"}, {"builtins.int", "__int__"},
            {"builtins.float", "__float__"},       {"builtins.complex", "__complex__"},
            {"builtins.bytes", "__bytes__"},       {"builtins.round", "__round__"},
            {"builtins.divmod", "__divmod__"},     {"builtins.format", "__format__"},
        };
        const auto *known =
            std::find_if(std::begin(kMethods), std::end(kMethods),
                         [&](const auto &m) { return callee.name == QLatin1String(m.first); });
        const QString &first = call.arguments.front();
        if (known == std::end(kMethods) || first.isEmpty() || first.startsWith(QLatin1Char('*')) ||
            first.startsWith(QLatin1Char('\'')) || first.contains(QLatin1Char('=')) ||
            first.contains(QLatin1Char(':')))
            return; // a splat, a keyword, a string or a display: no instance of the project's
        const Value v = m_resolver->argumentValue(file, call, first);
        for (const Value &object : m_resolver->alternatives(v)) {
            if (object.kind != Value::Instance)
                continue;
            Value found =
                m_resolver->classMember(object.id, QString::fromLatin1(known->second), true);
            // object.__str__ (what the MRO gives where no class defines it) calls __repr__.
            if (!definesMethod(found) && callee.name == QLatin1String("builtins.str"))
                found = m_resolver->classMember(object.id, u"__repr__", true);
            for (const Value &method : m_resolver->alternatives(found))
                if (method.kind == Value::Function)
                    addEdge(caller, method.id, CallEdgeKind::Call, CallSite{file, call.line});
        }
    }

    void addCallsThrough(int file, const CallFact &call, const Value &callee, int caller)
    {
        if (callee.kind != Value::Builtin && callee.kind != Value::External)
            return;
        struct Caller
        {
            const char *name;
            int position;        // the argument called, by position; -1 for none
            const char *keyword; // or by keyword
        };
        static constexpr Caller kCallers[] = {
            {"builtins.map", 0, nullptr},          {"builtins.filter", 0, nullptr},
            {"builtins.sorted", -1, "key"},        {"builtins.list.sort", -1, "key"},
            {"builtins.min", -1, "key"},           {"builtins.max", -1, "key"},
            {"functools.reduce", 0, nullptr},      {"itertools.starmap", 0, nullptr},
            {"itertools.filterfalse", 0, nullptr}, {"itertools.takewhile", 0, nullptr},
            {"itertools.dropwhile", 0, nullptr},   {"itertools.accumulate", 1, "func"},
            {"itertools.groupby", 1, "key"},       {"heapq.nsmallest", 2, "key"},
            {"heapq.nlargest", 2, "key"},          {"heapq.merge", -1, "key"},
        };
        const auto *known =
            std::find_if(std::begin(kCallers), std::end(kCallers),
                         [&](const Caller &c) { return callee.name == QLatin1String(c.name); });
        if (known == std::end(kCallers))
            return;
        QString argument;
        int position = 0;
        for (const QString &a : call.arguments) {
            if (a.startsWith(QLatin1Char('*'))) {
                if (argument.isEmpty())
                    return; // a splat first: where the rest go is not read
                continue;
            }
            const qsizetype equals = a.indexOf(QLatin1Char('='));
            if (equals < 0) {
                if (position++ == known->position)
                    argument = a;
            } else if (known->keyword &&
                       QStringView(a).left(equals) == QLatin1String(known->keyword)) {
                argument = a.mid(equals + 1);
            }
        }
        if (argument.isEmpty())
            return;
        const Value v = m_resolver->argumentValue(file, call, argument);
        for (const Value &member : m_resolver->alternatives(v)) {
            if (member.kind == Value::Function || member.kind == Value::Class)
                addCallEdges(caller, member, false, CallSite{file, call.line});
        }
    }

    // `raise E` instantiates a class; a protocol method gives an edge only where a class of
    // the project defines it, and so does what a decorator factory gives, applied.
    void addImplicitEdges(int caller, const Value &callee, CallOrigin origin, CallSite site)
    {
        for (const Value &v : m_resolver->alternatives(callee)) {
            if (origin == CallOrigin::Raise) {
                if (v.kind == Value::Class || v.kind == Value::External || v.kind == Value::Builtin)
                    addCallEdges(caller, v, false, site);
            } else if (origin == CallOrigin::Applied) {
                if (v.kind == Value::Function || v.kind == Value::Class)
                    addCallEdges(caller, v, true, site);
            } else if (v.kind == Value::Function) {
                addEdge(caller, v.id, CallEdgeKind::Call, site);
            }
        }
    }

    // `a + b` (callee "a.__add__"): where a is an instance of a class of the project, the
    // method its MRO gives; `a += b` falls back to __add__ where the MRO has no __iadd__. Read
    // on a class object (`Alias[int]`), an operator is the metaclass's: no edge.
    // `text` read where `fact` (a call or a reference: its scope, lambda and line) is written;
    // a lambda's body reads names as they end.
    template <typename Fact>
    Value valueAt(int file, const Fact &fact, QStringView text, bool called)
    {
        return fact.lambda >= 0
                   ? m_resolver->evaluateInLambda(file, fact.scope, fact.lambda, text, called)
                   : m_resolver->evaluate(file, fact.scope, text, called, fact.line);
    }

    // Whether the left operand of a reflected operator's call (its argument: "<literal>", a
    // name chain, "" for any other expression) surely lacks `method`, so that Python asks the
    // right one: a literal (a builtin type's value adds no class of the project), or every
    // value reading finds for it an instance of a class of the project without the method, a
    // builtin container, a function, a class or a module. A left reading cannot type, or an
    // instance of another library's class, may answer: no edge (precision first).
    bool cannotAnswer(int file, const CallFact &call, Name operand, const QString &method)
    {
        if (operand == QLatin1String("<literal>"))
            return true;
        if (operand.isEmpty())
            return false;
        const auto values = m_resolver->alternatives(valueAt(file, call, operand, false));
        return !values.empty() && std::all_of(values.begin(), values.end(), [&](const Value &v) {
            switch (v.kind) {
            case Value::Instance:
                return m_resolver->classMember(v.id, method, true).kind == Value::NotFound;
            case Value::Container:
            case Value::Function:
            case Value::Class:
            case Value::Module:
                return true;
            default:
                return false;
            }
        });
    }

    void addOperatorEdges(int file, const CallFact &call, int caller)
    {
        const QStringView callee(call.callee);
        const qsizetype dot = callee.lastIndexOf(QLatin1Char('.'));
        if (dot <= 0)
            return;
        const QStringView method = callee.mid(dot + 1);
        const QStringView operand = callee.left(dot);
        // (The analysis dropped those whose method no class of the project defines.)
        const QString plain = plainOperatorMethod(method);
        // `a + b` asks b.__radd__ only where a cannot add.
        if (const QString forward = forwardOperatorMethod(method);
            !forward.isEmpty() &&
            (call.arguments.isEmpty() || !cannotAnswer(file, call, call.arguments[0], forward)))
            return;
        for (const Value &object : m_resolver->alternatives(valueAt(file, call, operand, false))) {
            if (object.kind != Value::Instance)
                continue;
            Value found = m_resolver->classMember(object.id, method, true);
            if (found.kind == Value::NotFound && !plain.isEmpty())
                found = m_resolver->classMember(object.id, plain, true);
            for (const Value &v : m_resolver->alternatives(found))
                if (v.kind == Value::Function)
                    addEdge(caller, v.id, CallEdgeKind::Call, CallSite{file, call.line});
        }
    }

    void addCalls(int file)
    {
        const FileFacts &facts = m_analysis.facts[std::size_t(file)];
        int unresolved = facts.dynamicCalls;
        for (const CallFact &call : facts.calls) {
            // super() itself is no edge: the method reached through it is.
            if (call.callee == QLatin1String("super"))
                continue;
            const int caller = callerOf(file, call.scope, call.lambda);
            if (call.lambda >= 0 && call.callee->startsWith(QLatin1Char('<'))) {
                // `(lambda: f())()` inside a lambda: the lambda written there, nested in it.
                const int inner = m_resolver->nestedLambda(file, call.lambda, call.callee.str());
                if (inner < 0)
                    ++unresolved;
                else
                    addEdge(caller, m_graph.lambdaNode(file, inner), CallEdgeKind::Call,
                            CallSite{file, call.line});
                continue;
            }
            if (call.origin == CallOrigin::Operator) {
                addOperatorEdges(file, call, caller);
                continue; // made by an expression: never counted as unresolved
            }
            // A lambda's body runs when it is called: it reads names as they end. Reading a
            // property on the way (`a.b.run()`) calls its getter.
            m_propertyReads.clear();
            m_resolver->notePropertyReads(&m_propertyReads);
            const Value callee = call.origin == CallOrigin::Applied
                                     ? m_resolver->appliedDecorator(file, call)
                                     : valueAt(file, call, call.callee, true);
            m_resolver->notePropertyReads(nullptr);
            std::sort(m_propertyReads.begin(), m_propertyReads.end());
            m_propertyReads.erase(std::unique(m_propertyReads.begin(), m_propertyReads.end()),
                                  m_propertyReads.end());
            for (const int getter : m_propertyReads)
                addEdge(caller, getter, CallEdgeKind::Call, CallSite{file, call.line});
            if (call.origin != CallOrigin::Written) {
                addImplicitEdges(caller, callee, call.origin, CallSite{file, call.line});
                continue; // made by a statement: never counted as unresolved
            }
            if (!addCallEdges(caller, callee, call.decorator, CallSite{file, call.line}))
                ++unresolved;
            addCallsThrough(file, call, callee, caller);
            addSpecialMethodCall(file, call, callee, caller);
        }
        m_graph.unresolved[std::size_t(file)] = unresolved;
    }

    // Reading a property through self anywhere in a method (`x = self.errors`, `if
    // self.is_bound:`) calls its getter, as reading one on the way to a call does.
    void addPropertyReads(int file)
    {
        if (!m_propertiesIndexed) {
            m_propertiesIndexed = true;
            for (const FileFacts &facts : m_analysis.facts) {
                for (const Definition &def : facts.definitions) {
                    if (def.kind != DefKind::Method)
                        continue;
                    if (detail::isProperty(def))
                        m_propertyNames.insert(def.name);
                    else if (def.decorators.contains(def.name + QLatin1String(".setter")))
                        m_setterNames.insert(def.name);
                }
            }
        }
        addPropertyWrites(file);
        const FileFacts &facts = m_analysis.facts[std::size_t(file)];
        for (const AttributeUse &use : facts.attributes) {
            if (use.store || use.scope < 0 || use.scope >= int(facts.definitions.size()) ||
                !m_propertyNames.contains(use.attribute))
                continue;
            const QString &self = facts.definitions[std::size_t(use.scope)].selfName;
            if (self.isEmpty())
                continue;
            addGetterCalls(file, use.scope, detail::joined(self, use.attribute), use.line);
        }
        // A property read through any other name and bound (`x = form.errors`).
        for (const Binding &b : facts.bindings) {
            if (b.kind == BindingKind::Alias &&
                m_propertyNames.contains(detail::lastName(b.value.str()).toString()))
                addGetterCalls(file, b.scope, b.value.str(), b.line);
        }
    }

    // Setting a property (`self.x = v`, `form.data = d`) calls its setter.
    void addPropertyWrites(int file)
    {
        if (m_setterNames.isEmpty())
            return;
        const FileFacts &facts = m_analysis.facts[std::size_t(file)];
        for (const Binding &b : facts.bindings) {
            const bool self = b.selfAttribute && b.scope >= 0;
            if (!self && !detail::bindsObjectAttribute(b))
                continue;
            const QStringView attribute =
                self ? QStringView(b.name) : detail::lastName(b.name.str());
            if (!m_setterNames.contains(attribute.toString()))
                continue;
            const QStringView object =
                self ? QStringView(facts.definitions[std::size_t(b.scope)].selfName)
                     : QStringView(b.name).chopped(attribute.size() + 1);
            if (object.isEmpty())
                continue;
            const Value v = m_resolver->evaluate(file, b.scope, object, false, b.line);
            for (const Value &member : m_resolver->alternatives(v)) {
                const int setter = member.kind == Value::Instance
                                       ? m_resolver->propertySetter(member.id, attribute)
                                       : -1;
                if (setter >= 0)
                    addEdge(callerOf(file, b.scope, -1), setter, CallEdgeKind::Call,
                            CallSite{file, b.line});
            }
        }
    }

    // The getters reading `chain` in a scope passes through, each a call from it at `line`.
    void addGetterCalls(int file, int scope, QStringView chain, int line)
    {
        m_propertyReads.clear();
        m_resolver->notePropertyReads(&m_propertyReads);
        (void)m_resolver->evaluate(file, scope, chain, false, line);
        m_resolver->notePropertyReads(nullptr);
        const int caller = callerOf(file, scope, -1);
        for (const int getter : m_propertyReads)
            addEdge(caller, getter, CallEdgeKind::Call, CallSite{file, line});
    }

    // What a call written `self.name` or `super().name` in a method calls by name: "name";
    // "" for any other.
    static QStringView selfOrSuperCall(QStringView callee, QStringView self)
    {
        for (const QStringView head : {self, QStringView(u"super()")}) {
            if (callee.size() > head.size() + 1 && callee.startsWith(head) &&
                callee[head.size()] == QLatin1Char('.'))
                return callee.mid(head.size() + 1);
        }
        return {};
    }

    // Template methods: a method called on an instance of a subclass that inherits it runs
    // with self that instance, so its `self.step()` also calls the subclass's step, and its
    // `super().step()` the next step in the subclass's MRO (cooperative mixins). Each call
    // of the method's own body through its self name gets those edges; a method reached so
    // that the subclass inherits too is followed the same way.
    void addInheritedSelfCalls()
    {
        std::vector<std::pair<int, int>> todo = m_resolver->inheritedReceivers();
        QSet<quint64> seen;
        // A method's own calls, found once: it is followed for each subclass that inherits it.
        std::unordered_map<int, std::vector<int>> ownCalls;
        for (std::size_t i = 0; i < todo.size(); ++i) {
            const auto [method, subclass] = todo[i];
            const quint64 key = (quint64(quint32(method)) << 32) | quint32(subclass);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            const CallNode &node = m_graph.node(method);
            const FileFacts &facts = m_analysis.facts[std::size_t(node.file)];
            const Definition &def = facts.definitions[std::size_t(node.definition)];
            const QString &self = def.selfName;
            if (self.isEmpty())
                continue;
            const bool byClass = detail::isClassmethod(def);
            const auto [own, fresh] = ownCalls.try_emplace(method);
            if (fresh) {
                for (int c = 0; c < int(facts.calls.size()); ++c) {
                    const CallFact &call = facts.calls[std::size_t(c)];
                    if (call.scope == node.definition && call.lambda < 0 &&
                        call.origin == CallOrigin::Written)
                        own->second.push_back(c);
                }
            }
            for (const int c : own->second) {
                const CallFact &call = facts.calls[std::size_t(c)];
                const QStringView callee(call.callee);
                // A classmethod's `cls()` makes an instance of the subclass.
                if (callee == self && byClass) {
                    addCallEdges(method, Value::of(Value::Class, subclass), false,
                                 CallSite{node.file, call.line});
                    continue;
                }
                // `self.step()` looks in the subclass's MRO from its start, `super().step()`
                // after the method's class (or the class `super(Base, self)` names).
                const QStringView name = selfOrSuperCall(callee, self);
                if (name.isEmpty() || name.contains(QLatin1Char('.')) ||
                    name.contains(QLatin1Char('(')))
                    continue;
                int after = -1;
                if (!callee.startsWith(self)) {
                    after = m_resolver->superBase(node.file, node.definition, call.line,
                                                  node.parent, subclass);
                    if (after < 0)
                        continue;
                }
                const Value found = m_resolver->classMember(subclass, name, true, after);
                for (const Value &m : m_resolver->alternatives(found)) {
                    if (m.kind != Value::Function)
                        continue;
                    addEdge(method, m.id, CallEdgeKind::Call, CallSite{node.file, call.line});
                    const CallNode &target = m_graph.node(m.id);
                    if (target.kind == CallNodeKind::Method && target.parent != subclass)
                        todo.emplace_back(m.id, subclass);
                }
            }
        }
    }

    void addReferences(int file)
    {
        const FileFacts &facts = m_analysis.facts[std::size_t(file)];
        for (const ReferenceFact &ref : facts.references) {
            if (ref.name.isEmpty())
                continue;
            // A property read on the way, or as the name itself (`show(form.errors)`), calls
            // its getter.
            m_propertyReads.clear();
            m_resolver->notePropertyReads(&m_propertyReads);
            const Value v = valueAt(file, ref, ref.name, false);
            m_resolver->notePropertyReads(nullptr);
            const int caller = callerOf(file, ref.scope, ref.lambda);
            for (const int getter : m_propertyReads)
                addEdge(caller, getter, CallEdgeKind::Call, CallSite{file, ref.line});
            for (const Value &member : m_resolver->alternatives(v)) {
                if (member.kind == Value::Function)
                    addEdge(caller, member.id, CallEdgeKind::Reference, CallSite{file, ref.line});
            }
        }
    }

    void addBases(int file)
    {
        const FileFacts &facts = m_analysis.facts[std::size_t(file)];
        for (int d = 0; d < int(facts.definitions.size()); ++d) {
            const Definition &def = facts.definitions[std::size_t(d)];
            if (def.kind != DefKind::Class || def.bases.isEmpty())
                continue;
            const int cls = m_graph.definitionNode(file, d);
            for (const Value &base : m_resolver->bases(cls)) {
                const CallSite site{file, def.line};
                if (base.kind == Value::Class)
                    addEdge(cls, base.id, CallEdgeKind::Inherit, site);
                else if (base.kind == Value::External || base.kind == Value::Builtin)
                    addEdge(cls, externalNode(base), CallEdgeKind::Inherit, site);
            }
        }
    }

    // An import edge is realised by a call-graph edge from the importer to the imported
    // module, to a module below an imported package, or to a name under an imported
    // external top-level name.
    void addImportUses()
    {
        const ImportGraph &graph = m_analysis.graph;
        m_graph.importUses.assign(std::size_t(graph.edgeCount()), {});
        for (int i = 0; i < int(m_graph.edges.size()); ++i) {
            const CallEdge &e = m_graph.edges[std::size_t(i)];
            const int from = m_graph.node(e.caller).module;
            const CallNode &callee = m_graph.node(e.callee);
            if (from < 0)
                continue;
            if (callee.kind == CallNodeKind::External) {
                const int top = graph.find(callee.qualifiedName.section(QLatin1Char('.'), 0, 0));
                const int edge = top >= 0 ? graph.findEdge(from, top) : -1;
                if (edge >= 0)
                    m_graph.importUses[std::size_t(edge)].push_back(i);
                continue;
            }
            for (int m = callee.module; m >= 0 && m != from; m = graph.node(m).parent) {
                const int edge = graph.findEdge(from, m);
                if (edge >= 0)
                    m_graph.importUses[std::size_t(edge)].push_back(i);
            }
        }
    }

    const Analysis &m_analysis;
    CallGraph m_graph;
    CallResolver *m_resolver = nullptr;
    QHash<QString, int> m_externals;
    std::deque<CallEdgeSite> m_found; // every site of an edge, as found (no room to spare)
    std::vector<int> m_propertyReads; // getters the call being read passes through
    QSet<QString> m_propertyNames;    // of every property getter of the project
    QSet<QString> m_setterNames;      // of every property setter
    bool m_propertiesIndexed = false;
};

} // namespace

CallGraph buildCallGraph(const Analysis &analysis)
{
    // Reading values nests evaluations up to CallResolver's depth bound, about a kilobyte of
    // stack each (several with sanitizers): the standard library takes a megabyte. A thread
    // with less room than a main thread's usual 8 MB (a pool's where stacks are unlimited,
    // 2 MB) has the graph built on a thread of its own with room for it (reserved, and only
    // touched as deep as reading goes). Not always: that thread's allocations go to another
    // malloc arena, which cannot reuse what extraction freed (15 MB more for the standard
    // library).
    if (stackSize() >= kInPlaceStack)
        return Builder(analysis).run();
    CallGraph graph;
    const std::unique_ptr<QThread> thread(
        QThread::create([&graph, &analysis] { graph = Builder(analysis).run(); }));
    thread->setObjectName(QStringLiteral("call graph"));
    thread->setStackSize(kBuilderStack);
    thread->start();
    thread->wait();
    return graph;
}

} // namespace headroom
